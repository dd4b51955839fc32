import type { CdsTrust } from '../auth/cdsTrust';
import type { Limits } from '../auth/limits';
import type { ServerConfig } from '../config';
import type { Db } from '../db';
import type { RecordService } from '../record/service';

/** What every route plugin is given: the database, the settings, the record service and the trust rules. */
export interface RouteDeps {
  readonly db: Db;
  readonly config: ServerConfig;
  /** Every change to a person's record goes through it. */
  readonly record: RecordService;
  /** Base of absolute links (the configured public URL), else from the request. */
  readonly publicUrl?: string | undefined;
  /** Which EHRs may call CDS Hooks (none: every call is 401). */
  readonly cds?: CdsTrust | undefined;
  readonly limits: Limits;
}

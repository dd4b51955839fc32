import type { ServerConfig } from '../config';
import type { Db } from '../db';
import type { RecordService } from '../record/service';

/** What every route plugin is given: the database, the settings, and the record service. */
export interface RouteDeps {
  readonly db: Db;
  readonly config: ServerConfig;
  /** Every change to a person's record goes through it. */
  readonly record: RecordService;
}

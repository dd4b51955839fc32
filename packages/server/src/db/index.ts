import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Db } from './types';

export { migrate } from './migrate';
export type { Db, Queryable } from './types';

export interface DbOptions {
  /** `postgres://…`: use PostgreSQL. Otherwise PGlite. */
  readonly databaseUrl?: string | undefined;
  /** PGlite data folder; undefined = in memory. */
  readonly dataDir?: string | undefined;
}

/** Opens the database and brings its schema up to date. */
export async function openDb(opts: DbOptions): Promise<Db> {
  const db = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(opts.dataDir);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}

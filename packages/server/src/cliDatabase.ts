/**
 * The database a CLI command works on: PostgreSQL when DATABASE_URL is set, else the embedded one
 * in the data folder (`--data`, then HANDCHECK_DATA, then `data/` at the repository root; see
 * `config.ts`), locked while the command runs so it never writes beside a running server.
 */
import { join } from 'node:path';
import { type Db, openDb } from './db';
import { lockDataDir } from './lock';

export interface DatabasePlace {
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
}

/** Runs `fn` on the configured database (locking an embedded folder while it runs). */
export async function withDb<T>(place: DatabasePlace, fn: (db: Db) => Promise<T>): Promise<T> {
  const release = place.databaseUrl ? undefined : await lockDataDir(place.dataDir);
  try {
    const db = await openDb({
      databaseUrl: place.databaseUrl,
      dataDir: place.databaseUrl ? undefined : join(place.dataDir, 'pglite'),
    });
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  } finally {
    await release?.();
  }
}

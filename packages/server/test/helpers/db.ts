import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Db, openDb } from '../../src/db';

export const BACKENDS = ['pglite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

/** The PostgreSQL every test machine has (trust auth); tests create and drop their own databases. */
export const PG_ADMIN_URL = process.env.HANDCHECK_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDb {
  readonly db: Db;
  /** For PostgreSQL: the URL of the fresh database (to start a real server on it). */
  readonly url?: string;
  drop(): Promise<void>;
}

/** A fresh database named hc_test_<random>, dropped by the returned function. */
export async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    async drop() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A fresh, migrated database of the given kind: PGlite in memory, or a new PostgreSQL database. */
export async function freshDb(kind: Backend): Promise<TestDb> {
  if (kind === 'pglite') {
    const db = await openDb({});
    return { db, drop: () => db.close() };
  }
  const created = await createPgDatabase();
  const db = await openDb({ databaseUrl: created.url });
  return {
    db,
    url: created.url,
    async drop() {
      await db.close();
      await created.drop();
    },
  };
}

import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the machine has (trust auth); each bench makes its own database and drops it. */
export const PG_ADMIN_URL = process.env.HANDCHECK_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A fresh database `hc_bench_<random>`; call `drop()` when done (also after a failure). */
export async function createBenchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hc_bench_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${name}`);
  return {
    url: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

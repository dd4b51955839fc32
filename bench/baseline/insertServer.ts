/**
 * The baselines for the check-in write benchmark: a bare Fastify endpoint that stores the posted
 * check-in in a table shaped like `checkins`, on the same kind of database as the server under
 * test. No session, CSRF, validation or assessment.
 * - `bare` (the physical limit): one INSERT, autocommitted.
 * - `durable` (the same durability as a save): one transaction inserting the check-in row and its
 *   audit row, committed before the answer.
 *
 *   node --import tsx bench/baseline/insertServer.ts <port> pglite <dataDir> [bare|durable]
 *   node --import tsx bench/baseline/insertServer.ts <port> postgres <databaseUrl> [bare|durable]
 */
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import pg from 'pg';

const [portText, kind, where, mode = 'bare'] = process.argv.slice(2);
if (!portText || (kind !== 'pglite' && kind !== 'postgres') || !where) {
  process.stderr.write('usage: insertServer.ts <port> pglite|postgres <dataDir|databaseUrl>\n');
  process.exit(2);
}

type Query = (sql: string, params?: unknown[]) => Promise<unknown[]>;
let query: Query;
let transaction: <T>(fn: (q: Query) => Promise<T>) => Promise<T>;
let close: () => Promise<void>;
if (kind === 'pglite') {
  const db = await PGlite.create(where);
  query = async (sql, params) => (await db.query(sql, params)).rows;
  transaction = (fn) => db.transaction((tx) => fn(async (sql, params) => (await tx.query(sql, params)).rows));
  close = () => db.close();
} else {
  // Same pool size as the server's PostgreSQL seam.
  const pool = new pg.Pool({ connectionString: where, max: 10 });
  query = async (sql, params) => (await pool.query(sql, params)).rows;
  transaction = async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const r = await fn(async (sql, params) => (await client.query(sql, params)).rows);
      await client.query('COMMIT');
      return r;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  };
  close = () => pool.end();
}

await query(`create table if not exists checkins (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null,
  version int not null default 1,
  date date not null,
  body jsonb not null,
  assessment jsonb not null,
  rules_version text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
)`);
await query('create index if not exists checkins_patient_date on checkins (patient_id, date)');
await query(`create table if not exists audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor uuid,
  action text not null,
  patient uuid,
  target text
)`);

const PATIENT = '00000000-0000-4000-8000-000000000001';
const ASSESSMENT = JSON.stringify({ rulesVersion: 'baseline', redFlags: [], resembles: [] });

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ ok: true }));
app.post('/api/checkins', async (request, reply) => {
  const body = request.body as { date: string };
  const insert = (q: Query) =>
    q(
      `insert into checkins (patient_id, date, body, assessment, rules_version)
       values ($1, $2, $3, $4, $5) returning id, version, body, assessment, created_at, updated_at`,
      [PATIENT, body.date, JSON.stringify(body), ASSESSMENT, 'baseline'],
    );
  if (mode !== 'durable') return reply.code(201).send((await insert(query))[0]);
  const row = await transaction(async (tx) => {
    const [r] = (await insert(tx)) as { id: string }[];
    await tx(`insert into audit_log (actor, action, patient, target) values ($1, 'checkin.create', $1, $2)`, [
      PATIENT,
      r?.id,
    ]);
    return r;
  });
  return reply.code(201).send(row);
});

await app.listen({ port: Number(portText), host: '127.0.0.1' });
const stop = async () => {
  await app.close();
  await close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

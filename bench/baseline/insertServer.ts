/**
 * The baseline for the check-in write benchmark: a bare Fastify endpoint that stores the posted
 * check-in with one INSERT into a table shaped like `checkins`, on the same kind of database as the
 * server under test. No session, CSRF, validation, assessment or audit row.
 *
 *   node --import tsx bench/baseline/insertServer.ts <port> pglite <dataDir>
 *   node --import tsx bench/baseline/insertServer.ts <port> postgres <databaseUrl>
 */
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import pg from 'pg';

const [portText, kind, where] = process.argv.slice(2);
if (!portText || (kind !== 'pglite' && kind !== 'postgres') || !where) {
  process.stderr.write('usage: insertServer.ts <port> pglite|postgres <dataDir|databaseUrl>\n');
  process.exit(2);
}

type Query = (sql: string, params?: unknown[]) => Promise<unknown[]>;
let query: Query;
let close: () => Promise<void>;
if (kind === 'pglite') {
  const db = await PGlite.create(where);
  query = async (sql, params) => (await db.query(sql, params)).rows;
  close = () => db.close();
} else {
  // Same pool size as the server's PostgreSQL seam.
  const pool = new pg.Pool({ connectionString: where, max: 10 });
  query = async (sql, params) => (await pool.query(sql, params)).rows;
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

const PATIENT = '00000000-0000-4000-8000-000000000001';
const ASSESSMENT = JSON.stringify({ rulesVersion: 'baseline', redFlags: [], resembles: [] });

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ ok: true }));
app.post('/api/checkins', async (request, reply) => {
  const body = request.body as { date: string };
  const [row] = await query(
    `insert into checkins (patient_id, date, body, assessment, rules_version)
     values ($1, $2, $3, $4, $5) returning id, version, body, assessment, created_at, updated_at`,
    [PATIENT, body.date, JSON.stringify(body), ASSESSMENT, 'baseline'],
  );
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

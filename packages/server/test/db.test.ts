import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sparklineShift } from '@handcheck/core';
import { afterAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../src/db';
import { migrate } from '../src/db/migrate';
import { openPglite } from '../src/db/pglite';
import { openPostgres } from '../src/db/postgres';
import { BACKENDS, type Backend, createPgDatabase, freshDb } from './helpers/db';

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
const MIGRATIONS = readdirSync(MIGRATIONS_DIR)
  .filter((f) => f.endsWith('.sql'))
  .sort();

/** A database with no schema yet: PGlite in memory, or a new PostgreSQL database. */
async function emptyDb(backend: Backend): Promise<{ db: Db; drop(): Promise<void> }> {
  if (backend === 'pglite') {
    const db = await openPglite();
    return { db, drop: () => db.close() };
  }
  const created = await createPgDatabase();
  const db = await openPostgres(created.url);
  return {
    db,
    async drop() {
      await db.close();
      await created.drop();
    },
  };
}

describe.each(BACKENDS)('the database seam on %s', (backend) => {
  it('applies every migration once, in order, and a second run applies nothing', async () => {
    const t = await freshDb(backend);
    try {
      const rows = await t.db.query<{ name: string }>('select name from schema_migrations order by name');
      expect(rows.map((r) => r.name)).toEqual(MIGRATIONS);
      expect(await migrate(t.db)).toEqual([]);
    } finally {
      await t.drop();
    }
  });

  it('a database made before 009 keeps its contexts under the one name (table, constraints, indexes)', async () => {
    const t = await emptyDb(backend);
    const before = mkdtempSync(join(tmpdir(), 'hc-migrations-'));
    try {
      for (const f of MIGRATIONS.filter((m) => m < '009'))
        copyFileSync(join(MIGRATIONS_DIR, f), join(before, f));
      await migrate(t.db, `${before}/`);
      const [u] = (await t.db.query<{ id: string }>(
        `insert into users (email, password_hash, role) values ('old@example.org', 'x', 'patient') returning id`,
      )) as [{ id: string }];
      const context = { medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }], risk: { age: 61 } };
      await t.db.query(
        `insert into profiles (patient_id, context, context_version, ics_token_hash) values ($1, $2, 3, 'h')`,
        [u.id, JSON.stringify(context)],
      );

      expect(await migrate(t.db)).toContain('009_context_name.sql');
      expect(
        await t.db.query(
          'select context, context_version, ics_token_hash from contexts where patient_id = $1',
          [u.id],
        ),
      ).toEqual([{ context, context_version: 3, ics_token_hash: 'h' }]);
      // Nothing of ours is still named after the old word: tables, columns, constraints, indexes.
      const named = await t.db.query<{ name: string }>(
        `select relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and relname like '%profile%'
         union all select column_name from information_schema.columns
          where table_schema = 'public' and column_name like '%profile%'
         union all select conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where n.nspname = 'public' and conname like '%profile%'
         union all select tgname from pg_trigger where tgname like '%profile%'`,
      );
      expect(named).toEqual([]);
      // The constraints still hold under their new names.
      await expect(
        t.db.query(`insert into contexts (patient_id, reminder_weekday) values ($1, 9)`, [u.id]),
      ).rejects.toThrow(/contexts_pkey|contexts_reminder_weekday_check/);
      await expect(
        t.db.query(`update contexts set reminder_weekday = 9 where patient_id = $1`, [u.id]),
      ).rejects.toThrow(/contexts_reminder_weekday_check/);
    } finally {
      rmSync(before, { recursive: true, force: true });
      await t.drop();
    }
  });

  it('a panel row stored before 008 keeps its sparkline: the same weeks shown on any later day', async () => {
    const t = await emptyDb(backend);
    const before = mkdtempSync(join(tmpdir(), 'hc-migrations-'));
    try {
      for (const f of MIGRATIONS.filter((m) => m < '008'))
        copyFileSync(join(MIGRATIONS_DIR, f), join(before, f));
      await migrate(t.db, `${before}/`);
      const [u] = (await t.db.query<{ id: string }>(
        `insert into users (email, password_hash, role) values ('old@example.org', 'x', 'patient') returning id`,
      )) as [{ id: string }];
      // Stored by the old rule: calendar weeks since 1970-01-01; the last slot is week 2942.
      const sparkline = [null, 3, 4, 5, 4, 6, 7, 6, 5, 6, 7, 8];
      await t.db.query(
        `insert into patient_summary (patient_id, sparkline, sparkline_week) values ($1, $2, 2942)`,
        [u.id, JSON.stringify(sparkline)],
      );
      const today = '2026-05-25';
      const oldShift = Math.floor(Date.parse(today) / 86_400_000 / 7) - 2942;

      expect(await migrate(t.db)).toContain('008_sparkline_from_day.sql');
      const [row] = await t.db.query<{ sparkline: unknown; from_day: number }>(
        'select sparkline, sparkline_from_day as from_day from patient_summary where patient_id = $1',
        [u.id],
      );
      expect(row).toEqual({ sparkline, from_day: 2942 * 7 });
      // core's panelRow shifts by whole weeks from that day: the same shift as the old rule gave.
      expect(sparklineShift(row?.from_day ?? null, today)).toBe(oldShift);
    } finally {
      rmSync(before, { recursive: true, force: true });
      await t.drop();
    }
  });

  it('a transaction that throws leaves nothing behind; one that returns is committed', async () => {
    const t = await freshDb(backend);
    try {
      await expect(
        t.db.transaction(async (tx) => {
          await tx.query(
            `insert into users (email, password_hash, role) values ('gone@example.org', 'x', 'patient')`,
          );
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      const kept = await t.db.transaction(async (tx) => {
        const [u] = await tx.query<{ id: string }>(
          `insert into users (email, password_hash, role) values ('kept@example.org', 'x', 'patient') returning id`,
        );
        return u?.id;
      });
      const emails = (await t.db.query<{ email: string }>('select email from users')).map((r) => r.email);
      expect(emails).toEqual(['kept@example.org']);
      expect(kept).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await t.drop();
    }
  });
});

describe('several servers starting together on one PostgreSQL', () => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const d of drops) await d();
  });

  it('wait for each other on the migration lock instead of racing', async () => {
    const created = await createPgDatabase();
    drops.push(created.drop);
    const dbs = await Promise.all(Array.from({ length: 4 }, () => openDb({ databaseUrl: created.url })));
    try {
      const rows = await dbs[0]?.query<{ name: string }>('select name from schema_migrations order by name');
      expect(rows?.map((r) => r.name)).toEqual(MIGRATIONS);
    } finally {
      for (const db of dbs) await db.close();
    }
  });
});

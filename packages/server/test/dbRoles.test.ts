/**
 * PostgreSQL mode: `handcheck setup-roles` makes an owner role for the tables and an app role for
 * the server, which may only INSERT and SELECT the audit log — it can neither change nor delete a
 * row, nor switch the append-only trigger off. Random role names; everything is dropped after.
 * (PGlite has one built-in user and no roles: what it cannot enforce is said in the README.)
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { type Db, openDb } from '../src/db';
import { setupRoles } from '../src/db/roles';
import { signedUp } from './helpers/client';
import { createPgDatabase, PG_ADMIN_URL } from './helpers/db';
import { carpalTunnelCheckIn } from './helpers/fixtures';

describe('PostgreSQL roles: the app may only insert into and read the audit log', () => {
  const suffix = randomBytes(4).toString('hex');
  const owner = `hc_owner_${suffix}`;
  const appRole = `hc_app_${suffix}`;
  let created: Awaited<ReturnType<typeof createPgDatabase>>;
  let appUrl: string;
  let asApp: Db;

  beforeAll(async () => {
    created = await createPgDatabase();
    // An earlier start as the administrator made the tables: setup-roles hands them over.
    const first = await openDb({ databaseUrl: created.url });
    await first.close();
    const steps = await setupRoles(created.url, { owner, app: appRole });
    expect(steps).toContain(`create role ${owner} nologin`);
    const url = new URL(created.url);
    url.username = appRole;
    appUrl = url.toString();
    asApp = await openDb({ databaseUrl: appUrl });
  }, 60_000);

  afterAll(async () => {
    await asApp?.close();
    await created?.drop();
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    for (const role of [appRole, owner]) await admin.query(`drop role if exists ${role}`);
    await admin.end();
  });

  it('the tables, the trigger’s function and the sequences belong to the owner role', async () => {
    const tables = await asApp.query<{ tableowner: string }>(
      `select distinct tableowner from pg_tables where schemaname = 'public'`,
    );
    expect(tables).toEqual([{ tableowner: owner }]);
    const fn = await asApp.query<{ owner: string }>(
      `select pg_get_userbyid(proowner) as owner from pg_proc where proname = 'audit_log_append_only'`,
    );
    expect(fn).toEqual([{ owner }]);
  });

  it('the server runs as the app role: sign-up, check-in, audit rows', async () => {
    const app = await buildApp({ db: asApp });
    try {
      const p = await signedUp(app);
      expect((await p.post('/api/checkins', carpalTunnelCheckIn('2026-03-16'))).status).toBe(201);
      const rows = await asApp.query<{ action: string }>('select action from audit_log where actor = $1', [
        p.user?.id,
      ]);
      expect(rows.map((r) => r.action)).toContain('checkin.create');
      // A person can still delete their account (the audit log keeps only ids).
      expect((await p.del('/api/account')).status).toBe(204);
    } finally {
      await app.close();
    }
  });

  it.each([
    ['update the audit log', 'update audit_log set action = $$x$$'],
    ['delete from the audit log', 'delete from audit_log'],
    ['truncate the audit log', 'truncate audit_log'],
    ['switch the append-only trigger off', 'alter table audit_log disable trigger audit_log_no_update'],
    ['drop the trigger', 'drop trigger audit_log_no_update on audit_log'],
    ['drop the audit log', 'drop table audit_log'],
    ['create a table', 'create table sneaky (id int)'],
    ['mark a migration as applied', `insert into schema_migrations (name) values ('999_x.sql')`],
  ])('the app role cannot %s', async (_what, sql) => {
    await expect(asApp.query(sql)).rejects.toThrow(/permission denied|must be owner/);
  });

  it('running it again is harmless, and applies nothing twice', async () => {
    const steps = await setupRoles(created.url, { owner, app: appRole });
    expect(steps.some((s) => s.startsWith('create role'))).toBe(false);
    expect(steps.some((s) => s.startsWith('migration'))).toBe(false);
    await expect(asApp.query('delete from audit_log')).rejects.toThrow(/permission denied/);
  });

  it('refuses role names that are not plain identifiers', async () => {
    await expect(setupRoles(created.url, { owner: 'x; drop table users', app: appRole })).rejects.toThrow(
      /role name/,
    );
    await expect(setupRoles(created.url, { owner: appRole, app: appRole })).rejects.toThrow(/two different/);
  });
});

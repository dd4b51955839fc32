/**
 * `handcheck setup-roles --owner OWNER --app APP` (PostgreSQL only): two roles so that the
 * server's own login cannot rewrite history.
 *
 * - OWNER (no login) owns every table, the audit trigger and its function; the migrations run as it.
 * - APP (login) is what the server connects as (DATABASE_URL): it reads and writes the record
 *   tables, but may only INSERT and SELECT `audit_log` — it cannot UPDATE, DELETE or TRUNCATE it,
 *   and, not owning it, cannot `ALTER TABLE audit_log DISABLE TRIGGER` either. It cannot create
 *   tables, so new migrations are applied by running this command again (as an administrator)
 *   before starting the new version.
 *
 * Run it with DATABASE_URL pointing at the database as a role that may create roles (e.g. the
 * `postgres` superuser). Re-running it is safe: it creates what is missing and grants again.
 */

import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../config';
import { readStdin } from '../stdin';
import { type Db, migrate, type Queryable } from './index';
import { openPostgres } from './postgres';

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface RoleNames {
  readonly owner: string;
  readonly app: string;
  /** The app role's password; none = keep it as it is (or log in without one, with trust/peer auth). */
  readonly appPassword?: string | undefined;
}

const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Creates (if missing) the two roles, migrates as the owner, hands it everything, grants the app its share. */
export async function setupRoles(adminUrl: string, names: RoleNames): Promise<string[]> {
  for (const [what, name] of [
    ['--owner', names.owner],
    ['--app', names.app],
  ] as const) {
    if (!ROLE_NAME.test(name))
      throw new Error(`${what} must be a role name of lower-case letters, digits and _ (got "${name}")`);
  }
  if (names.owner === names.app) throw new Error('--owner and --app must be two different roles');
  const { owner, app } = names;
  const steps: string[] = [];
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const run = async (sql: string) => {
      await admin.query(sql);
      steps.push(sql);
    };
    const exists = async (role: string) =>
      (await admin.query('select 1 from pg_roles where rolname = $1', [role])).rowCount === 1;
    if (!(await exists(owner))) await run(`create role ${owner} nologin`);
    if (!(await exists(app))) await run(`create role ${app} login`);
    if (names.appPassword !== undefined)
      await admin.query(`alter role ${app} password ${quoteLiteral(names.appPassword)}`);
    // The administrator needs to act as the owner to create and hand over objects.
    await run(`grant ${owner} to current_user`);
    const [{ db }] = (await admin.query<{ db: string }>('select current_database() as db')).rows as [
      { db: string },
    ];
    await run(`grant connect on database ${db} to ${app}`);
    await run(`grant usage, create on schema public to ${owner}`);
    await run(`revoke create on schema public from public`);
    await run(`revoke create on schema public from ${app}`);
    await run(`grant usage on schema public to ${app}`);
    // Whatever exists already (an earlier start as another role) goes to the owner.
    const objects = await admin.query<{ kind: string; name: string }>(
      `select 'table' as kind, quote_ident(tablename) as name from pg_tables
        where schemaname = 'public' and tableowner <> $1
       union all
       select 'function', p.oid::regprocedure::text from pg_proc p
         join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> $1`,
      [owner],
    );
    for (const o of objects.rows) await run(`alter ${o.kind} ${o.name} owner to ${owner}`);
  } finally {
    await admin.end();
  }

  // Migrate as the owner, so every new table, sequence and trigger is the owner's.
  const db = await openPostgres(adminUrl, 1);
  try {
    await db.transaction(async (tx) => {
      await tx.query(`set local role ${owner}`);
      const applied = await migrateIn(tx);
      for (const file of applied) steps.push(`migration ${file} applied as ${owner}`);
    });
  } finally {
    await db.close();
  }

  const grants = new pg.Client({ connectionString: adminUrl });
  await grants.connect();
  try {
    const run = async (sql: string) => {
      await grants.query(sql);
      steps.push(sql);
    };
    await run(`revoke all on all tables in schema public from ${app}`);
    await run(`grant select, insert, update, delete on all tables in schema public to ${app}`);
    await run(`revoke update, delete, truncate, references, trigger on audit_log from ${app}`);
    await run(`revoke insert, update, delete, truncate on schema_migrations from ${app}`);
    await run(`grant usage, select on all sequences in schema public to ${app}`);
  } finally {
    await grants.end();
  }
  return steps;
}

/** `migrate` inside an open transaction (run as the owner). */
function migrateIn(tx: Queryable): Promise<string[]> {
  const inside: Db = {
    kind: 'postgres',
    query: (sql, params) => tx.query(sql, params),
    exec: (sql) => tx.exec(sql),
    transaction: (fn) => fn(tx),
    close: async () => {},
  };
  return migrate(inside);
}

/** The command: `DATABASE_URL=postgres://postgres@host/db handcheck setup-roles --owner O --app A`. */
export async function setupRolesCommand(args: string[]): Promise<number> {
  let values: { owner?: string; app?: string; 'app-password-stdin'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        owner: { type: 'string', default: 'handcheck_owner' },
        app: { type: 'string', default: 'handcheck_app' },
        'app-password-stdin': { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`handcheck setup-roles: ${(e as Error).message}\n`);
    return 2;
  }
  const url = loadConfig().databaseUrl;
  if (!url) {
    process.stderr.write(
      'handcheck setup-roles: set DATABASE_URL to the PostgreSQL database, connecting as a role that may create roles (e.g. postgres). The embedded database has no roles to set up.\n',
    );
    return 2;
  }
  try {
    const appPassword = values['app-password-stdin'] ? (await readStdin()).replace(/\r?\n$/, '') : undefined;
    const steps = await setupRoles(url, {
      owner: values.owner as string,
      app: values.app as string,
      appPassword,
    });
    for (const s of steps) process.stdout.write(`  ${s}\n`);
    process.stdout.write(
      `Roles ready: ${values.owner} owns the tables; start the server with DATABASE_URL connecting as ${values.app}.\n`,
    );
    return 0;
  } catch (e) {
    process.stderr.write(`handcheck setup-roles: ${(e as Error).message}\n`);
    return 1;
  }
}

import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './types';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/**
 * Applies `migrations/NNN_name.sql` in order, each once, all in one transaction, recorded in
 * `schema_migrations`. The advisory lock makes several processes starting together on one
 * PostgreSQL wait for each other instead of racing (harmless on PGlite).
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f)).sort();
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(7312026)');
    // Checked first: an app role that may not create tables (handcheck setup-roles) still starts.
    const [known] = await tx.query<{ ok: boolean }>(
      `select to_regclass('schema_migrations') is not null as ok`,
    );
    if (!known?.ok)
      await tx.exec(
        `create table schema_migrations (
           name text primary key,
           applied_at timestamptz not null default now()
         )`,
      );
    const done = new Set(
      (await tx.query<{ name: string }>('select name from schema_migrations')).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file)) continue;
      try {
        await tx.exec(await readFile(`${dir}${file}`, 'utf8'));
      } catch (e) {
        if ((e as { code?: string }).code === '42501')
          throw new Error(
            `migration ${file} needs the owner role: this database role may not change the schema. Run "handcheck setup-roles" (as an administrator) to apply it, then start again.`,
          );
        throw e;
      }
      await tx.query('insert into schema_migrations (name) values ($1)', [file]);
      applied.push(file);
    }
    return applied;
  });
}

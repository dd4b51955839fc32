import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../src/db';
import { migrate } from '../src/db/migrate';
import { BACKENDS, createPgDatabase, freshDb } from './helpers/db';

const MIGRATIONS = readdirSync(fileURLToPath(new URL('../migrations/', import.meta.url)))
  .filter((f) => f.endsWith('.sql'))
  .sort();

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

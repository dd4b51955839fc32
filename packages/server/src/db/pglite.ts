import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './types';

/**
 * Embedded PostgreSQL (WASM). `dataDir` undefined = in memory (tests).
 *
 * Transactions go through PGlite's own `transaction()`, which holds an exclusive mutex: wrappers
 * that send raw BEGIN/COMMIT through the shared connection let concurrent requests land inside
 * another request's transaction.
 */
export async function openPglite(dataDir?: string): Promise<Db> {
  const pg = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await q.query<T>(sql, params as unknown[]);
      return r.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}

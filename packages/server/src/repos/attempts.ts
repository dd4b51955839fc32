/**
 * The `attempt_counters` table: one row per (scope, key) counting attempts in a fixed window.
 * The rules (which scopes, how many, what a full counter means) are in auth/limits.ts; this file
 * only runs the SQL.
 */
import type { Queryable } from '../db';

export interface CounterSlot {
  readonly scope: string;
  readonly key: string;
  /** The length of this scope's window. */
  readonly minutes: number;
}

/**
 * Adds one to each counter in ONE statement (an upsert: PostgreSQL locks each counter's row for
 * the statement, so parallel attempts are counted one after another). A counter whose window has
 * ended starts again at 1. Answers each scope's count after the attempt.
 */
export async function countAttempts(
  db: Queryable,
  slots: readonly CounterSlot[],
): Promise<{ scope: string; count: number }[]> {
  return db.query<{ scope: string; count: number }>(
    `insert into attempt_counters as c (scope, key, window_start, count)
     select s, k, now(), 1 from unnest($1::text[], $2::text[]) as t(s, k)
     on conflict (scope, key) do update set
       count = case when c.window_start <= now() - make_interval(mins => (
                      select m from unnest($1::text[], $3::int[]) as w(s, m) where w.s = c.scope limit 1))
                    then 1 else c.count + 1 end,
       window_start = case when c.window_start <= now() - make_interval(mins => (
                      select m from unnest($1::text[], $3::int[]) as w(s, m) where w.s = c.scope limit 1))
                    then now() else c.window_start end
     returning c.scope, c.count`,
    [slots.map((s) => s.scope), slots.map((s) => s.key), slots.map((s) => s.minutes)],
  );
}

/** Takes one back from each counter (never below 0). */
export async function uncountAttempts(
  db: Queryable,
  slots: readonly { readonly scope: string; readonly key: string }[],
): Promise<void> {
  await db.query(
    `update attempt_counters c set count = greatest(c.count - 1, 0)
       from unnest($1::text[], $2::text[]) as t(s, k) where c.scope = t.s and c.key = t.k`,
    [slots.map((s) => s.scope), slots.map((s) => s.key)],
  );
}

/** Forgets one counter. */
export async function deleteCounter(db: Queryable, scope: string, key: string): Promise<void> {
  await db.query('delete from attempt_counters where scope = $1 and key = $2', [scope, key]);
}

/** Drops counters whose window started more than a day ago (they count for nothing). */
export async function pruneCounters(db: Queryable): Promise<void> {
  await db.query(`delete from attempt_counters where window_start < now() - interval '1 day'`);
}

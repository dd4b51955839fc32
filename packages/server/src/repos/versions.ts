/**
 * A guard against lost updates (SQL only; the `contexts` table): the context's version (a save
 * from an older version is refused). A check-in's client key (the `Idempotency-Key` a phone sends
 * with a check-in it kept offline) is read and written by the save itself (`saveReads.ts`,
 * `saveWrites.ts`).
 */
import { Context } from '@handcheck/core';
import type { Queryable } from '../db';

export interface VersionedContext {
  readonly context: Context;
  /** 0 until the first save; each save adds one. */
  readonly version: number;
}

export async function loadVersionedContext(db: Queryable, patientId: string): Promise<VersionedContext> {
  const [r] = await db.query<{ context: unknown; version: number }>(
    'select context, context_version as version from contexts where patient_id = $1',
    [patientId],
  );
  return { context: Context.parse(r?.context ?? {}), version: r?.version ?? 0 };
}

/** Thrown inside the saving transaction, so nothing of a stale save is kept. */
export class ContextVersionConflict extends Error {}

/**
 * Saves the context when `expected` is its current version (or always, when `expected` is
 * undefined) and returns the new version; throws `ContextVersionConflict` otherwise.
 */
export async function saveVersionedContext(
  db: Queryable,
  patientId: string,
  context: Context,
  expected: number | undefined,
): Promise<number> {
  const json = JSON.stringify(context);
  const [r] = await db.query<{ version: number }>(
    `insert into contexts as p (patient_id, context, context_version) values ($1, $2, 1)
     on conflict (patient_id) do update
       set context = excluded.context, context_version = p.context_version + 1, updated_at = now()
       where $3::int is null or p.context_version = $3::int
     returning context_version as version`,
    [patientId, json, expected ?? null],
  );
  // A first save expecting a version other than 0 inserted a row nobody had seen: treat as a conflict.
  if (!r || (expected !== undefined && expected !== r.version - 1)) throw new ContextVersionConflict();
  // The caller (the record service) then rewrites the panel row: the medicine's start dates the overdue reminder.
  return r.version;
}

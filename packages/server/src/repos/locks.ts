/** Locks that are not rows: one per person's record. SQL only. */
import type { Queryable } from '../db';

/**
 * The record's lock as an SQL expression of the person's id (`$1`), for a statement that takes it
 * itself (the usual save's write, `saveWrites.ts`).
 */
export const RECORD_LOCK_SQL = 'pg_advisory_xact_lock(hashtextextended($1::uuid::text, 7312026))';

/**
 * Serialises, until the transaction ends, everything that rewrites one person's record-derived
 * rows (assessment history, alerts, panel row). Take it before touching an alert row
 * (acknowledging), or a save that already holds it and upserts that row would deadlock with you.
 * Re-entrant within a transaction.
 */
export async function lockRecord(db: Queryable, patientId: string): Promise<void> {
  await db.query(`select ${RECORD_LOCK_SQL}`, [patientId]);
}

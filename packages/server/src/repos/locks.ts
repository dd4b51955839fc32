/** Locks that are not rows: one per person's record. SQL only. */
import type { Queryable } from '../db';

/**
 * Serialises, until the transaction ends, everything that rewrites one person's record-derived
 * rows (assessment history, alerts, panel row). Take it before touching an alert row
 * (acknowledging), or a save that already holds it and upserts that row would deadlock with you.
 * Re-entrant within a transaction.
 */
export async function lockRecord(db: Queryable, patientId: string): Promise<void> {
  await db.query('select pg_advisory_xact_lock(hashtextextended($1::text, 7312026))', [patientId]);
}

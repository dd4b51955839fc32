import type { Queryable } from '../db';

/**
 * One row per read or change of health data, written in the same transaction as the change
 * (HIPAA 164.312(b), ASVS 16). Ids and an action name only — never the data itself.
 */
export async function audit(
  db: Queryable,
  entry: { actor: string | null; action: string; patient: string | null; target?: string | null },
): Promise<void> {
  await db.query('insert into audit_log (actor, action, patient, target) values ($1, $2, $3, $4)', [
    entry.actor,
    entry.action,
    entry.patient,
    entry.target ?? null,
  ]);
}

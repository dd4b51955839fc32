import type { Queryable } from '../db';

export type AuditOutcome = 'allowed' | 'refused';

/**
 * One row per read or change of health data, written in the same transaction as the change
 * (HIPAA 164.312(b), ASVS 16). Ids and an action name only — never the data itself.
 */
export async function audit(
  db: Queryable,
  entry: {
    actor: string | null;
    action: string;
    patient: string | null;
    target?: string | null;
    /** Whether the action happened; a refused read is a refusal, never a read. Default allowed. */
    outcome?: AuditOutcome;
  },
): Promise<void> {
  await db.query(
    'insert into audit_log (actor, action, patient, target, outcome) values ($1, $2, $3, $4, $5)',
    [entry.actor, entry.action, entry.patient, entry.target ?? null, entry.outcome ?? 'allowed'],
  );
}

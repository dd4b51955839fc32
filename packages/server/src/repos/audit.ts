/**
 * The `audit_log` table: one row per read or change of health data, written in the same
 * transaction as the change (HIPAA 164.312(b), ASVS 16). Ids and an action name only — never the
 * data itself.
 */
import type { Db, Queryable } from '../db';

export type AuditOutcome = 'allowed' | 'refused';

export interface AuditEntry {
  readonly actor: string | null;
  readonly action: string;
  readonly patient: string | null;
  readonly target?: string | null;
  /** Whether the action happened; a refused read is a refusal, never a read. Default allowed. */
  readonly outcome?: AuditOutcome;
}

export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    'insert into audit_log (actor, action, patient, target, outcome) values ($1, $2, $3, $4, $5)',
    [entry.actor, entry.action, entry.patient, entry.target ?? null, entry.outcome ?? 'allowed'],
  );
}

/** One row per patient, in one statement (a panel page shows a summary of each). */
export async function auditEach(
  db: Queryable,
  entry: { actor: string; action: string },
  patients: readonly string[],
): Promise<void> {
  if (patients.length === 0) return;
  await db.query('insert into audit_log (actor, action, patient) select $1, $2, unnest($3::uuid[])', [
    entry.actor,
    entry.action,
    patients,
  ]);
}

/**
 * Runs `fn` and appends its audit row in the same transaction, saying whether it was allowed:
 * with `allowed: found`, `fn` answering undefined, null or false (not found, not shared, not
 * theirs) is recorded as refused, so a refused read is never logged as a read. The response goes
 * out after COMMIT.
 */
export function audited<T>(
  db: Db,
  entry: {
    actor: string | null;
    action: string;
    patient: string | null;
    target?: (result: T) => string | null;
    /** Whether the result means the action happened (default: it always does). */
    allowed?: (result: T) => boolean;
  },
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await fn(tx);
    await audit(tx, {
      actor: entry.actor,
      action: entry.action,
      patient: entry.patient,
      target: entry.target?.(result) ?? null,
      outcome: (entry.allowed?.(result) ?? true) ? 'allowed' : 'refused',
    });
    return result;
  });
}

/** For `allowed`: the thing was there and theirs (not undefined, null or false). */
export const found = (result: unknown): boolean =>
  result !== undefined && result !== null && result !== false;

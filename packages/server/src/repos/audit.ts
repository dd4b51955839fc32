/**
 * The `audit_log` table: one row per read or change of health data, written in the same
 * transaction as the change (HIPAA 164.312(b), ASVS 16). Ids and an action name only — never the
 * data itself.
 */
import type { Db, Queryable } from '../db';

export interface AuditEntry {
  readonly actor: string | null;
  readonly action: string;
  readonly patient: string | null;
  readonly target?: string | null;
}

export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query('insert into audit_log (actor, action, patient, target) values ($1, $2, $3, $4)', [
    entry.actor,
    entry.action,
    entry.patient,
    entry.target ?? null,
  ]);
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
 * Runs `fn` and appends its audit row in the same transaction: the row exists exactly when the
 * read or change happened. The response goes out after COMMIT.
 */
export function audited<T>(
  db: Db,
  entry: { actor: string; action: string; patient: string | null; target?: (result: T) => string | null },
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await fn(tx);
    await audit(tx, {
      actor: entry.actor,
      action: entry.action,
      patient: entry.patient,
      target: entry.target?.(result) ?? null,
    });
    return result;
  });
}

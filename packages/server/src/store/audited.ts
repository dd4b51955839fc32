import type { Db, Queryable } from '../db';
import { audit } from './audit';

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

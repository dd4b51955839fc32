import type { Db, Queryable } from '../db';
import { audit } from './audit';

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

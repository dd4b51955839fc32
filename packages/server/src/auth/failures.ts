import type { Queryable } from '../db';
import { clearFailureRows, countFailures, insertFailure, sweepFailures } from '../repos/accounts';

/**
 * Counting failed attempts in the database (not in the process), so several server processes
 * behind one PostgreSQL share the count. 10 failures per email or 50 per IP in 15 minutes → 429;
 * a clinic behind one address gets more room than one account.
 */
export const FAILURE_WINDOW_MINUTES = 15;
export const FAILURE_LIMITS = { signin_email: 10, signin_ip: 50, share_redeem: 10 } as const;
export type FailureScope = keyof typeof FAILURE_LIMITS;

export async function tooManyFailures(db: Queryable, scope: FailureScope, key: string): Promise<boolean> {
  return (await countFailures(db, scope, key, FAILURE_WINDOW_MINUTES)) >= FAILURE_LIMITS[scope];
}

export async function recordFailure(db: Queryable, scope: FailureScope, key: string): Promise<void> {
  await insertFailure(db, scope, key);
  // Keep the table small: old rows count for nothing.
  if (Math.random() < 0.05) await sweepFailures(db, FAILURE_WINDOW_MINUTES * 2);
}

export async function clearFailures(db: Queryable, scope: FailureScope, key: string): Promise<void> {
  await clearFailureRows(db, scope, key);
}

/**
 * The check-in just sent, kept in memory so the result screen shows at once without a second
 * request. Never written to storage: it is health data.
 */
import type { StoredCheckIn } from '@handcheck/core';

let latest: StoredCheckIn | null = null;

export function rememberResult(stored: StoredCheckIn): void {
  latest = stored;
}

export function recentResult(id: string): StoredCheckIn | null {
  return latest?.id === id ? latest : null;
}

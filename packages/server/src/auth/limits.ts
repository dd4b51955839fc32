import type { Queryable } from '../db';
import { HttpError } from '../http/errors';
import { countAttempts, deleteCounter, pruneCounters, uncountAttempts } from '../repos/attempts';

/**
 * Attempt limits that hold under parallel requests. Each attempt first takes a slot with ONE
 * statement (an upsert, so PostgreSQL locks the counter's row for the length of that statement):
 * of 40 attempts sent at once exactly `limit` get a slot and are judged, the rest are refused
 * with 429 before anything is checked. Counters live in the database, so several server
 * processes behind one PostgreSQL share them. A window is fixed: it starts with the first attempt
 * and the count starts again once it is over.
 *
 * - signin_email: 10 failed sign-ins per e-mail per 15 minutes (a success gives its slot back and
 *   clears the e-mail's count);
 * - signin_ip: 50 failed sign-ins per client address per 15 minutes (a clinic behind one address
 *   gets more room than one account);
 * - share_redeem: 10 wrong share codes per clinician per 15 minutes (31^8 codes: guessing is hopeless);
 * - signup_ip: 30 sign-ups per client address per hour (every attempt counts);
 * - passkey_options_ip: 60 passkey sign-in starts per client address per 15 minutes (every attempt
 *   counts; each one stores a challenge).
 */
export const LIMITS = {
  signin_email: { limit: 10, minutes: 15 },
  signin_ip: { limit: 50, minutes: 15 },
  share_redeem: { limit: 10, minutes: 15 },
  signup_ip: { limit: 30, minutes: 60 },
  passkey_options_ip: { limit: 60, minutes: 15 },
} as const;
export type LimitScope = keyof typeof LIMITS;
export type Limits = Record<LimitScope, { readonly limit: number; readonly minutes: number }>;

/** The defaults with some limits changed (an operator's settings, a test's). */
export function limitsWith(changes: Partial<Limits> | undefined): Limits {
  return { ...LIMITS, ...changes };
}

export interface Slot {
  readonly scope: LimitScope;
  readonly key: string;
}

const MESSAGES: Record<LimitScope, string> = {
  signin_email: 'Too many failed sign-ins. Wait 15 minutes and try again.',
  signin_ip: 'Too many failed sign-ins. Wait 15 minutes and try again.',
  share_redeem: 'Too many wrong codes. Wait 15 minutes and try again.',
  signup_ip: 'Too many new accounts from this address. Wait an hour and try again.',
  passkey_options_ip: 'Too many passkey sign-ins started from this address. Wait 15 minutes and try again.',
};

/**
 * Takes one slot in each counter, all in one statement. Throws 429 (with the words of a counter
 * that is full) when any of them is over its limit; the full counter's slot stays taken, so a
 * flood keeps being refused until its window ends.
 */
export async function takeSlots(
  db: Queryable,
  slots: readonly Slot[],
  limits: Limits = LIMITS,
): Promise<void> {
  const rows = (await countAttempts(
    db,
    slots.map((s) => ({ scope: s.scope, key: s.key, minutes: limits[s.scope].minutes })),
  )) as { scope: LimitScope; count: number }[];
  const full = rows.find((r) => r.count > limits[r.scope].limit);
  if (full) {
    // Not judged: the slots in counters that still had room go back (a flood against one e-mail
    // does not use up its address's room). This can only refuse more, never judge more.
    const spare = rows.filter((r) => r.count <= limits[r.scope].limit);
    const back = slots.filter((s) => spare.some((r) => r.scope === s.scope));
    if (back.length > 0) await releaseSlots(db, back);
    throw new HttpError(429, 'too_many_attempts', MESSAGES[full.scope]);
  }
  // Keep the table small: counters whose window ended long ago count for nothing.
  if (Math.random() < 0.02) await pruneCounters(db);
}

/** Gives the slots back (the attempt succeeded: only failures count). */
export async function releaseSlots(db: Queryable, slots: readonly Slot[]): Promise<void> {
  await uncountAttempts(db, slots);
}

/** Forgets a counter (a successful sign-in clears its e-mail's failures). */
export async function clearCounter(db: Queryable, slot: Slot): Promise<void> {
  await deleteCounter(db, slot.scope, slot.key);
}

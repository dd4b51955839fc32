import type { Queryable } from '../db';
import {
  deleteSessionRow,
  deleteSessionsOf,
  findSessionRow,
  insertSession,
  type Role,
  touchSession,
  type User,
} from '../repos/accounts';
import { newToken, tokenHash } from './tokens';

/**
 * Server-side sessions (ASVS V7): the cookie holds a 256-bit token, the table its sha256.
 * Patients: 12 h idle, 30 days absolute (a weekly check-in on a personal phone).
 * Clinicians and admins: 30 min idle, 12 h absolute (shared clinic computers).
 */
export const SESSION_LIMITS: Record<Role, { idleMinutes: number; absoluteHours: number }> = {
  patient: { idleMinutes: 12 * 60, absoluteHours: 30 * 24 },
  clinician: { idleMinutes: 30, absoluteHours: 12 },
  admin: { idleMinutes: 30, absoluteHours: 12 },
};

export interface Session {
  readonly id: string;
  readonly user: User;
  readonly csrfToken: string;
  /** False for a clinician an administrator has not approved yet (they see no patient). */
  readonly approved: boolean;
}

/** Starts a session; returns the token for the cookie (never stored) and the CSRF token. */
export async function createSession(
  db: Queryable,
  user: User,
): Promise<{ token: string; csrfToken: string; maxAgeSeconds: number }> {
  const token = newToken();
  const csrfToken = newToken();
  const { absoluteHours, idleMinutes } = SESSION_LIMITS[user.role];
  // Sweeps this person's ended sessions first, so the table does not grow with every sign-in.
  await insertSession(db, { id: tokenHash(token), userId: user.id, csrfToken, idleMinutes, absoluteHours });
  return { token, csrfToken, maxAgeSeconds: absoluteHours * 3600 };
}

/** The live session for a cookie token, touching `last_seen_at`; undefined if expired or idle too long. */
export async function findSession(db: Queryable, token: string): Promise<Session | undefined> {
  const id = tokenHash(token);
  const r = await findSessionRow(db, id);
  if (!r) return undefined;
  if (r.idle_seconds > SESSION_LIMITS[r.role].idleMinutes * 60) {
    await deleteSessionRow(db, id);
    return undefined;
  }
  // One write a minute at most: a busy page must not turn every read into a write.
  if (r.idle_seconds >= 60) await touchSession(db, id);
  return {
    id,
    csrfToken: r.csrf_token,
    approved: r.approved,
    user: { id: r.id, email: r.email, name: r.name, role: r.role },
  };
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await deleteSessionRow(db, id);
}

/** "Sign out everywhere". */
export async function deleteUserSessions(db: Queryable, userId: string): Promise<void> {
  await deleteSessionsOf(db, userId);
}

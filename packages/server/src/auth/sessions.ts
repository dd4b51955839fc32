import type { Queryable } from '../db';
import type { Role, User } from '../store/users';
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
  // Sweep this person's ended sessions, so the table does not grow with every sign-in.
  await db.query(
    `delete from sessions where user_id = $1
       and (expires_at <= now() or last_seen_at < now() - make_interval(mins => $2))`,
    [user.id, idleMinutes],
  );
  await db.query(
    `insert into sessions (id, user_id, csrf_token, expires_at)
     values ($1, $2, $3, now() + make_interval(hours => $4))`,
    [tokenHash(token), user.id, csrfToken, absoluteHours],
  );
  return { token, csrfToken, maxAgeSeconds: absoluteHours * 3600 };
}

/** The live session for a cookie token, touching `last_seen_at`; undefined if expired or idle too long. */
export async function findSession(db: Queryable, token: string): Promise<Session | undefined> {
  const id = tokenHash(token);
  const [r] = await db.query<{
    csrf_token: string;
    id: string;
    email: string;
    name: string | null;
    role: Role;
    approved: boolean;
    idle_seconds: number;
  }>(
    `select s.csrf_token, u.id, u.email, u.name, u.role, u.approved,
            extract(epoch from now() - s.last_seen_at)::int as idle_seconds
       from sessions s join users u on u.id = s.user_id
      where s.id = $1 and s.expires_at > now() and not u.disabled`,
    [id],
  );
  if (!r) return undefined;
  if (r.idle_seconds > SESSION_LIMITS[r.role].idleMinutes * 60) {
    await db.query('delete from sessions where id = $1', [id]);
    return undefined;
  }
  // One write a minute at most: a busy page must not turn every read into a write.
  if (r.idle_seconds >= 60) await db.query('update sessions set last_seen_at = now() where id = $1', [id]);
  return {
    id,
    csrfToken: r.csrf_token,
    approved: r.approved,
    user: { id: r.id, email: r.email, name: r.name, role: r.role },
  };
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.query('delete from sessions where id = $1', [id]);
}

/** "Sign out everywhere". */
export async function deleteUserSessions(db: Queryable, userId: string): Promise<void> {
  await db.query('delete from sessions where user_id = $1', [userId]);
}

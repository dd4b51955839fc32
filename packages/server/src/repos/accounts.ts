/**
 * Accounts and what signing in keeps: the `users`, `sessions` and `login_failures` tables. SQL
 * only; the rules (token making, limits) live in `auth/`.
 */
import type { Queryable } from '../db';
import { iso, type Role, type User } from './rows';

export { iso, type Role, type User } from './rows';

export interface UserRow extends User {
  readonly passwordHash: string;
  readonly disabled: boolean;
  /** False for a clinician an administrator has not approved yet. */
  readonly approved: boolean;
  readonly createdAt: string;
}

const COLUMNS = `id, email, name, role, disabled, approved, password_hash as "passwordHash", created_at as "createdAt"`;

function toRow(r: UserRow): UserRow {
  return { ...r, createdAt: iso(r.createdAt) };
}

export const publicUser = (u: User): User => ({ id: u.id, email: u.email, name: u.name, role: u.role });

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const [r] = await db.query<UserRow>(`select ${COLUMNS} from users where email = $1`, [email.toLowerCase()]);
  return r && toRow(r);
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const [r] = await db.query<UserRow>(`select ${COLUMNS} from users where id = $1`, [id]);
  return r && toRow(r);
}

/** Creates the account (and a patient's empty context). Undefined when the email is taken. */
export async function createUser(
  db: Queryable,
  u: { email: string; passwordHash: string; role: Role; name: string | null },
): Promise<User | undefined> {
  const [r] = await db.query<User>(
    `insert into users (email, password_hash, role, name) values ($1, $2, $3, $4)
     on conflict (email) do nothing
     returning id, email, name, role`,
    [u.email.toLowerCase(), u.passwordHash, u.role, u.name],
  );
  // A patient's account comes with its empty context row (the one write here outside `users`).
  if (r && r.role === 'patient') await db.query('insert into contexts (patient_id) values ($1)', [r.id]);
  return r;
}

export async function listUsers(db: Queryable): Promise<Omit<UserRow, 'passwordHash'>[]> {
  const rows = await db.query<UserRow>(`select ${COLUMNS} from users order by created_at, email`);
  return rows.map(({ passwordHash: _, ...r }) => ({ ...r, createdAt: iso(r.createdAt) }));
}

export async function setDisabled(db: Queryable, id: string, disabled: boolean): Promise<boolean> {
  const rows = await db.query('update users set disabled = $2 where id = $1 returning id', [id, disabled]);
  if (disabled) await db.query('delete from sessions where user_id = $1', [id]);
  return rows.length > 0;
}

/** Removes the person and, by cascade, everything of theirs. */
export async function deleteUser(db: Queryable, id: string): Promise<void> {
  await db.query('delete from users where id = $1', [id]);
}

/** The patient with this email (lower-cased), or undefined. */
export async function findPatientIdByEmail(db: Queryable, email: string): Promise<string | undefined> {
  const [u] = await db.query<{ id: string }>(`select id from users where email = $1 and role = 'patient'`, [
    email.trim().toLowerCase(),
  ]);
  return u?.id;
}

export async function emailTaken(db: Queryable, email: string): Promise<boolean> {
  return (await db.query('select 1 from users where email = $1', [email])).length > 0;
}

/** The patient as a record names them, or undefined when there is no such patient. */
export async function findPatient(
  db: Queryable,
  id: string,
): Promise<{ id: string; email: string; name: string | null } | undefined> {
  const [patient] = await db.query<{ id: string; email: string; name: string | null }>(
    `select id, email, name from users where id = $1 and role = 'patient'`,
    [id],
  );
  return patient;
}

/**
 * A patient account made by an import: `wantedId` when it is free (else a new one), with a
 * password hash no password matches.
 */
export async function insertImportedPatient(
  db: Queryable,
  p: { wantedId: string | null; email: string; passwordHash: string; name: string | null },
): Promise<string> {
  const [u] = await db.query<{ id: string }>(
    `insert into users (id, email, password_hash, role, name)
     values (coalesce((select $1::uuid where not exists (select 1 from users where id = $1::uuid)),
                      gen_random_uuid()), $2, $3, 'patient', $4)
     returning id`,
    [p.wantedId, p.email, p.passwordHash, p.name],
  );
  return (u as { id: string }).id;
}

/** False when there is no such account. */
export async function setPasswordHash(db: Queryable, email: string, hash: string): Promise<boolean> {
  const rows = await db.query('update users set password_hash = $2 where email = $1 returning id', [
    email.trim().toLowerCase(),
    hash,
  ]);
  return rows.length > 0;
}

/** Holds the account row until the transaction ends (serialises seeders of one account). */
export async function lockUser(db: Queryable, id: string): Promise<void> {
  await db.query('select id from users where id = $1 for update', [id]);
}

// ---- sessions ----

/** Sweeps this person's ended sessions, then stores a new one (the token's hash as its id). */
export async function insertSession(
  db: Queryable,
  s: { id: string; userId: string; csrfToken: string; idleMinutes: number; absoluteHours: number },
): Promise<void> {
  await db.query(
    `delete from sessions where user_id = $1
       and (expires_at <= now() or last_seen_at < now() - make_interval(mins => $2))`,
    [s.userId, s.idleMinutes],
  );
  await db.query(
    `insert into sessions (id, user_id, csrf_token, expires_at)
     values ($1, $2, $3, now() + make_interval(hours => $4))`,
    [s.id, s.userId, s.csrfToken, s.absoluteHours],
  );
}

export interface SessionRow {
  readonly csrf_token: string;
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly role: Role;
  readonly approved: boolean;
  readonly idle_seconds: number;
}

/** The unexpired session with this id, of an account that is not disabled. */
export async function findSessionRow(db: Queryable, id: string): Promise<SessionRow | undefined> {
  const [r] = await db.query<SessionRow>(
    `select s.csrf_token, u.id, u.email, u.name, u.role, u.approved,
            extract(epoch from now() - s.last_seen_at)::int as idle_seconds
       from sessions s join users u on u.id = s.user_id
      where s.id = $1 and s.expires_at > now() and not u.disabled`,
    [id],
  );
  return r;
}

export async function touchSession(db: Queryable, id: string): Promise<void> {
  await db.query('update sessions set last_seen_at = now() where id = $1', [id]);
}

export async function deleteSessionRow(db: Queryable, id: string): Promise<void> {
  await db.query('delete from sessions where id = $1', [id]);
}

export async function deleteSessionsOf(db: Queryable, userId: string): Promise<void> {
  await db.query('delete from sessions where user_id = $1', [userId]);
}

// ---- a clinician's approval by an administrator ----

/** Is this clinician approved (they see the patients who share with them)? */
export async function isApproved(db: Queryable, userId: string): Promise<boolean> {
  return (await db.query('select 1 from users where id = $1 and approved', [userId])).length > 0;
}

/** Sets a clinician's approval; false when there is no clinician with this id. */
export async function setApproved(db: Queryable, clinicianId: string, approved: boolean): Promise<boolean> {
  const rows = await db.query(
    `update users set approved = $2 where id = $1 and role = 'clinician' returning id`,
    [clinicianId, approved],
  );
  return rows.length > 0;
}

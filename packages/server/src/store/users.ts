import type { Queryable } from '../db';

export type Role = 'patient' | 'clinician' | 'admin';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly role: Role;
}

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

/** Timestamps come back as Date (both drivers); the API speaks ISO 8601. */
export function iso(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
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

/** Creates the account (and a patient's empty profile). Undefined when the email is taken. */
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
  if (r && r.role === 'patient') await db.query('insert into profiles (patient_id) values ($1)', [r.id]);
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

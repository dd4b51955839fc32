/**
 * What the repositories share, and nothing else: the account types they return and the one way a
 * timestamp leaves the database. Not a repository (no SQL); every repository may import it.
 */

export type Role = 'patient' | 'clinician' | 'admin';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly role: Role;
}

/** Timestamps come back as Date (both drivers); the API speaks ISO 8601. */
export function iso(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

import { newShareCode, tokenHash } from '../auth/tokens';
import type { Queryable } from '../db';
import { iso, type User } from './rows';

/** A share code lives 72 hours and works once. */
export const SHARE_CODE_HOURS = 72;

export async function createShareCode(
  db: Queryable,
  patientId: string,
): Promise<{ code: string; expiresAt: string }> {
  const code = newShareCode();
  const [r] = await db.query<{ expires_at: unknown }>(
    `insert into share_codes (code_hash, patient_id, expires_at)
     values ($1, $2, now() + make_interval(hours => $3)) returning expires_at`,
    [tokenHash(code), patientId, SHARE_CODE_HOURS],
  );
  return { code, expiresAt: iso(r?.expires_at) };
}

/** Uses the code (once) and links the patient to the clinician. Undefined when unknown, used or expired. */
export async function redeemShareCode(
  db: Queryable,
  clinicianId: string,
  code: string,
): Promise<Omit<User, 'role'> | undefined> {
  const [c] = await db.query<{ patient_id: string }>(
    `update share_codes set used_at = now()
      where code_hash = $1 and used_at is null and expires_at > now()
      returning patient_id`,
    [tokenHash(code)],
  );
  if (!c) return undefined;
  await db.query(
    `insert into shares (patient_id, clinician_id) values ($1, $2)
     on conflict (patient_id, clinician_id) where revoked_at is null do nothing`,
    [c.patient_id, clinicianId],
  );
  const [p] = await db.query<Omit<User, 'role'>>('select id, name, email from users where id = $1', [
    c.patient_id,
  ]);
  return p;
}

export interface ShareItem {
  readonly clinician: { id: string; name: string | null; email: string };
  readonly since: string;
}

export async function listSharesOfPatient(db: Queryable, patientId: string): Promise<ShareItem[]> {
  const rows = await db.query<{ id: string; name: string | null; email: string; since: unknown }>(
    `select u.id, u.name, u.email, s.created_at as since
       from shares s join users u on u.id = s.clinician_id
      where s.patient_id = $1 and s.revoked_at is null order by s.created_at`,
    [patientId],
  );
  return rows.map((r) => ({ clinician: { id: r.id, name: r.name, email: r.email }, since: iso(r.since) }));
}

export interface SharedPatientItem {
  readonly patient: { id: string; name: string | null; email: string };
  readonly since: string;
}

export async function listSharesWithClinician(
  db: Queryable,
  clinicianId: string,
): Promise<SharedPatientItem[]> {
  const rows = await db.query<{ id: string; name: string | null; email: string; since: unknown }>(
    `select u.id, u.name, u.email, s.created_at as since
       from shares s join users u on u.id = s.patient_id
      where s.clinician_id = $1 and s.revoked_at is null and not u.disabled order by s.created_at`,
    [clinicianId],
  );
  return rows.map((r) => ({ patient: { id: r.id, name: r.name, email: r.email }, since: iso(r.since) }));
}

export async function revokeShare(db: Queryable, patientId: string, clinicianId: string): Promise<boolean> {
  const rows = await db.query(
    `update shares set revoked_at = now()
      where patient_id = $1 and clinician_id = $2 and revoked_at is null returning id`,
    [patientId, clinicianId],
  );
  return rows.length > 0;
}

export async function hasActiveShare(
  db: Queryable,
  patientId: string,
  clinicianId: string,
): Promise<boolean> {
  const rows = await db.query(
    `select 1 from shares s join users p on p.id = s.patient_id
      where s.patient_id = $1 and s.clinician_id = $2 and s.revoked_at is null and not p.disabled`,
    [patientId, clinicianId],
  );
  return rows.length > 0;
}

/** Links a patient to a clinician (nothing when they are linked already). */
export async function addShare(db: Queryable, patientId: string, clinicianId: string): Promise<void> {
  await db.query(
    `insert into shares (patient_id, clinician_id) values ($1, $2)
     on conflict (patient_id, clinician_id) where revoked_at is null do nothing`,
    [patientId, clinicianId],
  );
}

/**
 * The patient with this id or email (lower-case) who shares their record with at least one
 * approved, enabled clinician and is not disabled (who a CDS Hooks call may be answered about), or
 * undefined.
 */
export async function findSharingPatient(
  db: Queryable,
  by: { readonly id: string } | { readonly email: string },
): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>(
    `select u.id from users u
      where u.role = 'patient' and not u.disabled and ${'id' in by ? 'u.id = $1::uuid' : 'u.email = $1'}
        and exists (select 1 from shares s join users c on c.id = s.clinician_id
                     where s.patient_id = u.id and s.revoked_at is null and c.approved and not c.disabled)`,
    ['id' in by ? by.id : by.email],
  );
  return row?.id;
}

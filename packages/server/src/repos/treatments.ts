import type { StoredTreatment, Treatment } from '@handcheck/core';
import type { Queryable } from '../db';

const toStored = (r: { id: string; body: Treatment }): StoredTreatment => ({ ...r.body, id: r.id });

export async function listTreatments(db: Queryable, patientId: string): Promise<StoredTreatment[]> {
  const rows = await db.query<{ id: string; body: Treatment }>(
    `select id, body from treatments where patient_id = $1 order by body->>'startedOn' nulls last, created_at`,
    [patientId],
  );
  return rows.map(toStored);
}

export async function createTreatment(
  db: Queryable,
  patientId: string,
  t: Treatment,
): Promise<StoredTreatment> {
  const [r] = await db.query<{ id: string; body: Treatment }>(
    'insert into treatments (patient_id, body) values ($1, $2) returning id, body',
    [patientId, JSON.stringify(t)],
  );
  return toStored(r as { id: string; body: Treatment });
}

export async function updateTreatment(
  db: Queryable,
  patientId: string,
  id: string,
  t: Treatment,
): Promise<StoredTreatment | undefined> {
  const [r] = await db.query<{ id: string; body: Treatment }>(
    `update treatments set body = $3, updated_at = now() where patient_id = $1 and id = $2 returning id, body`,
    [patientId, id, JSON.stringify(t)],
  );
  return r && toStored(r);
}

export async function deleteTreatment(db: Queryable, patientId: string, id: string): Promise<boolean> {
  const rows = await db.query('delete from treatments where patient_id = $1 and id = $2 returning id', [
    patientId,
    id,
  ]);
  return rows.length > 0;
}

/** A treatment brought in by an import, keeping its id when it is a UUID (else a new one). */
export async function insertImportedTreatment(
  db: Queryable,
  patientId: string,
  id: string | null,
  t: Treatment,
): Promise<void> {
  await db.query(
    'insert into treatments (id, patient_id, body) values (coalesce($1::uuid, gen_random_uuid()), $2, $3)',
    [id, patientId, JSON.stringify(t)],
  );
}

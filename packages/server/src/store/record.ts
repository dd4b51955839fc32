import type { PatientRecord } from '@handcheck/core';
import type { Queryable } from '../db';
import { listAlerts } from './alerts';
import { listCheckIns } from './checkins';
import { loadContext } from './profiles';
import { listTreatments } from './treatments';

/**
 * One person's whole record, read from what was stored (assessments are never recomputed).
 * The export, the PDF, FHIR and the clinician panel all start here. Undefined when there is no
 * such patient. Call it inside a transaction to read one consistent snapshot; authorize first.
 */
export async function loadPatientRecord(
  db: Queryable,
  patientId: string,
): Promise<PatientRecord | undefined> {
  const [patient] = await db.query<{ id: string; email: string; name: string | null }>(
    `select id, email, name from users where id = $1 and role = 'patient'`,
    [patientId],
  );
  if (!patient) return undefined;
  return {
    patient,
    context: await loadContext(db, patientId),
    checkIns: await listCheckIns(db, patientId),
    treatments: await listTreatments(db, patientId),
    alerts: await listAlerts(db, patientId),
  };
}

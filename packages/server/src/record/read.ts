/**
 * Reading a record: the whole record (export, PDF, FHIR, the clinician's patient page, CDS), a
 * check-in's versions, the weekly timeline. Assessments are read as stored, never recomputed.
 */
import {
  type CheckIn,
  type PatientRecord,
  type StoredCheckIn,
  type Timeline,
  weeklyTimeline,
} from '@handcheck/core';
import type { Queryable } from '../db';
import { findPatient } from '../repos/accounts';
import { listAlerts } from '../repos/alerts';
import { getCheckIn, listCheckIns, listEarlierVersions, timelineEntries } from '../repos/checkins';
import { loadContext } from '../repos/contexts';
import { listTreatments } from '../repos/treatments';

/**
 * One person's whole record, read from what was stored. Undefined when there is no such patient.
 * Call it inside a transaction to read one consistent snapshot; authorize first.
 */
export async function loadPatientRecord(
  db: Queryable,
  patientId: string,
): Promise<PatientRecord | undefined> {
  const patient = await findPatient(db, patientId);
  if (!patient) return undefined;
  return {
    patient,
    context: await loadContext(db, patientId),
    checkIns: await listCheckIns(db, patientId),
    treatments: await listTreatments(db, patientId),
    alerts: await listAlerts(db, patientId),
  };
}

export interface CheckInVersion {
  readonly version: number;
  readonly checkIn: CheckIn;
  readonly assessment: StoredCheckIn['assessment'];
  readonly savedAt: string;
}

/** Every version, oldest first, the current one last. Undefined when there is no such check-in. */
export async function listVersions(
  db: Queryable,
  patientId: string,
  id: string,
): Promise<CheckInVersion[] | undefined> {
  const current = await getCheckIn(db, patientId, id);
  if (!current) return undefined;
  return [
    ...(await listEarlierVersions(db, id)),
    {
      version: current.version,
      checkIn: current.checkIn,
      assessment: current.assessment,
      savedAt: current.updatedAt,
    },
  ];
}

/** Core's weekly timeline of the record (the clinician's trend chart). */
export async function loadTimeline(db: Queryable, patientId: string): Promise<Timeline> {
  return weeklyTimeline(await timelineEntries(db, patientId), await loadContext(db, patientId));
}

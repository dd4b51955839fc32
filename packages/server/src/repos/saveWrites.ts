/**
 * The usual save's write, in one statement: takes the record's lock, then — only if the panel row
 * is still at the revision the save read — rewrites the panel row and the rules' state, inserts the
 * check-in (with its client key) and its audit row, upserts the alerts opened or updated and
 * closes those resolved. A statement runs as one transaction, so all of it lands or none does.
 * When the revision has moved (another change to the record landed after the save's read), it
 * writes nothing and returns undefined: the save reads again. SQL only, composed from the
 * table repositories' pieces; the record service decides what to write.
 */
import type { Alert, CheckIn, PatientSummary, StoredCheckIn } from '@handcheck/core';
import type { Queryable } from '../db';
import { upsertAlertsSql, upsertParams } from './alerts';
import { type AuditedBy, type CheckInRow, toStoredCheckIn } from './checkins';
import { RECORD_LOCK_SQL } from './locks';
import { SUMMARY_COLUMNS, summaryValues } from './summaries';

export interface SaveWrite {
  readonly patientId: string;
  /** The panel row's revision the save read (`readForSave`). */
  readonly revision: string;
  readonly checkIn: CheckIn;
  readonly assessment: StoredCheckIn['assessment'];
  readonly audit?: AuditedBy | undefined;
  readonly clientKey?: string | undefined;
  readonly summary: PatientSummary;
  /** The rules' state after this check-in (plain JSON). */
  readonly alertState: unknown;
  readonly upserts: readonly Alert[];
  readonly resolved: readonly { readonly key: string; readonly on: string }[];
}

const N = SUMMARY_COLUMNS.length;
// $1 person, $2 revision, $3… the panel row, then the state, the check-in, the audit, the alerts.
const at = (k: number) => `$${N + 3 + k}`;
const STATE = at(0);
const [DATE, BODY, ASSESSMENT, RULES, KEY, ACTOR, ACTION] = [1, 2, 3, 4, 5, 6, 7].map(at);
const ALERTS_FROM = N + 3 + 8;
const [RESOLVED_KEYS, RESOLVED_ON] = [ALERTS_FROM + 7, ALERTS_FROM + 8].map((k) => `$${k}`);

const SQL = `with lock as (select ${RECORD_LOCK_SQL}),
  summary as (
    update patient_summary
       set ${SUMMARY_COLUMNS.map((c, i) => `${c} = $${i + 3}`).join(', ')},
           alert_state = ${STATE}::jsonb, revision = revision + 1, updated_at = now()
      from lock
     where patient_id = $1 and revision = $2::bigint
    returning patient_id
  ),
  c as (
    insert into checkins (patient_id, date, body, assessment, rules_version, client_key, created_at, updated_at)
    select $1, ${DATE}::date, ${BODY}::jsonb, ${ASSESSMENT}::jsonb, ${RULES}::text, ${KEY}::text,
           clock_timestamp(), clock_timestamp()
      from summary
    returning id, version, created_at, updated_at
  ),
  a as (
    insert into audit_log (actor, action, patient, target)
    select ${ACTOR}::uuid, ${ACTION}::text, $1, c.id::text from c where ${ACTION}::text is not null
  ),
  up as (
    ${upsertAlertsSql(ALERTS_FROM, 'exists (select 1 from summary)')}
  ),
  res as (
    update alerts set resolved_on = r.day::date
      from unnest(${RESOLVED_KEYS}::text[], ${RESOLVED_ON}::text[]) as r(key, day)
     where alerts.patient_id = $1 and alerts.key = r.key and alerts.resolved_on is null
       and not (alerts.key = any($${ALERTS_FROM}::text[])) and exists (select 1 from summary)
  )
  select * from c`;

/** Writes one save, or nothing when the panel row's revision moved (then undefined). */
export async function writeSave(db: Queryable, w: SaveWrite): Promise<StoredCheckIn | undefined> {
  const [row] = await db.query<Omit<CheckInRow, 'body' | 'assessment'>>(SQL, [
    w.patientId,
    w.revision,
    ...summaryValues(w.summary),
    JSON.stringify(w.alertState),
    w.checkIn.date,
    JSON.stringify(w.checkIn),
    JSON.stringify(w.assessment),
    w.assessment.rulesVersion,
    w.clientKey ?? null,
    w.audit?.actor ?? null,
    w.audit?.action ?? null,
    ...upsertParams(w.upserts.map((alert) => ({ alert, resolvedOn: null }))),
    w.resolved.map((r) => r.key),
    w.resolved.map((r) => r.on),
  ]);
  // The body and assessment as sent: the database need not send back what it was just given.
  return row && toStoredCheckIn({ ...row, body: w.checkIn, assessment: w.assessment });
}

/**
 * A new check-in's write, in one statement: takes the record's lock, then — only if the panel row
 * is still at the revision the save read (or, for a person with no panel row yet, if there still
 * is none) — writes the panel row and the rules' state, inserts the check-in (with its client key)
 * and its audit row, and writes the alerts: for the usual save, those opened or updated and those
 * resolved; for a check-in judged against the whole record, every replayed alert in place of the
 * stored ones. A statement runs as one transaction, so all of it lands or none does. When the
 * record moved (another change landed after the save's read), it writes nothing and returns
 * undefined: the save reads again. SQL only, composed from the table repositories' pieces; the
 * record service decides what to write.
 */
import type { Alert, CheckIn, PatientSummary, StoredCheckIn } from '@handcheck/core';
import type { Queryable } from '../db';
import { type AlertWrite, deleteUnraisedAlertsSql, upsertAlertsSql, upsertParams } from './alerts';
import { type AuditedBy, type CheckInRow, toStoredCheckIn } from './checkins';
import { RECORD_LOCK_SQL } from './locks';
import { SUMMARY_COLUMNS, summaryValues } from './summaries';

export interface SaveWrite {
  readonly patientId: string;
  /** The panel row's revision the save read (`readForSave`); null when the person had no panel row. */
  readonly revision: string | null;
  readonly checkIn: CheckIn;
  readonly assessment: StoredCheckIn['assessment'];
  readonly audit?: AuditedBy | undefined;
  readonly clientKey?: string | undefined;
  readonly summary: PatientSummary;
  /** The rules' state after this check-in (plain JSON). */
  readonly alertState: unknown;
  readonly alerts:
    | {
        /** The usual save: one step of the rules. */
        readonly step: {
          readonly upserts: readonly Alert[];
          readonly resolved: readonly { readonly key: string; readonly on: string }[];
        };
      }
    | {
        /** Judged against the whole record: every episode replayed, in place of the stored alerts. */
        readonly replay: readonly AlertWrite[];
      };
}

const N = SUMMARY_COLUMNS.length;
// $1 person, $2 revision, $3… the panel row, then the state, the check-in, the audit, the alerts.
const at = (k: number) => `$${N + 3 + k}`;
const STATE = at(0);
const [DATE, BODY, ASSESSMENT, RULES, KEY, ACTOR, ACTION] = [1, 2, 3, 4, 5, 6, 7].map(at);
const ALERTS_FROM = N + 3 + 8;
const UPSERTED_KEYS = `$${ALERTS_FROM}::text[]`;
const [RESOLVED_KEYS, RESOLVED_ON] = [ALERTS_FROM + 7, ALERTS_FROM + 8].map((k) => `$${k}`);
const WRITTEN = 'exists (select 1 from summary)';

const SUMMARY_IF_UNMOVED = `update patient_summary
       set ${SUMMARY_COLUMNS.map((c, i) => `${c} = $${i + 3}`).join(', ')},
           alert_state = ${STATE}::jsonb, revision = revision + 1, updated_at = now()
      from lock
     where patient_id = $1 and revision = $2::bigint
    returning patient_id`;

const SUMMARY_IF_NONE = `insert into patient_summary (patient_id, ${SUMMARY_COLUMNS.join(', ')}, alert_state, updated_at)
    select $1, ${SUMMARY_COLUMNS.map((_, i) => `$${i + 3}`).join(', ')}, ${STATE}::jsonb, now()
      from lock where $2::bigint is null
    on conflict (patient_id) do nothing
    returning patient_id`;

const STEP_ALERTS = `up as (
    ${upsertAlertsSql(ALERTS_FROM, WRITTEN)}
  ),
  res as (
    update alerts set resolved_on = r.day::date
      from unnest(${RESOLVED_KEYS}::text[], ${RESOLVED_ON}::text[]) as r(key, day)
     where alerts.patient_id = $1 and alerts.key = r.key and alerts.resolved_on is null
       and not (alerts.key = any(${UPSERTED_KEYS})) and ${WRITTEN}
  )`;

const REPLAY_ALERTS = `gone as (
    ${deleteUnraisedAlertsSql(UPSERTED_KEYS, WRITTEN)}
  ),
  up as (
    ${upsertAlertsSql(ALERTS_FROM, WRITTEN)}
  )`;

const statement = (summary: string, alerts: string) => `with lock as (select ${RECORD_LOCK_SQL}),
  summary as (
    ${summary}
  ),
  -- Stamped at the insert, after the lock (not at the statement's start): saves of one person are
  -- stamped in the order they took the lock, as acknowledgements are, which is how a replay orders them.
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
  ${alerts}
  select * from c`;

const SQL = {
  step: {
    unmoved: statement(SUMMARY_IF_UNMOVED, STEP_ALERTS),
    none: statement(SUMMARY_IF_NONE, STEP_ALERTS),
  },
  replay: {
    unmoved: statement(SUMMARY_IF_UNMOVED, REPLAY_ALERTS),
    none: statement(SUMMARY_IF_NONE, REPLAY_ALERTS),
  },
};

/** Writes one save, or nothing when the record moved since it was read (then undefined). */
export async function writeSave(db: Queryable, w: SaveWrite): Promise<StoredCheckIn | undefined> {
  const a = w.alerts;
  const step = 'step' in a ? a.step : null;
  const alertRows = 'step' in a ? a.step.upserts.map((alert) => ({ alert, resolvedOn: null })) : a.replay;
  const sql = SQL[step ? 'step' : 'replay'][w.revision === null ? 'none' : 'unmoved'];
  const [row] = await db.query<Omit<CheckInRow, 'body' | 'assessment'>>(sql, [
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
    ...upsertParams(alertRows),
    ...(step ? [step.resolved.map((r) => r.key), step.resolved.map((r) => r.on)] : []),
  ]);
  // The body and assessment as sent: the database need not send back what it was just given.
  return row && toStoredCheckIn({ ...row, body: w.checkIn, assessment: w.assessment });
}

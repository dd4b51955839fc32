import { type AlertEntry, assess, type CheckIn, type Context, type StoredCheckIn } from '@handcheck/core';
import type { Queryable } from '../db';
import { alertEntries } from './alerts';
import { afterRecordChanged, lockPatientAlerts, refreshAfterChange } from './panel';
import { loadContext } from './profiles';
import { iso } from './users';

interface Row {
  id: string;
  version: number;
  body: CheckIn;
  assessment: StoredCheckIn['assessment'];
  created_at: unknown;
  updated_at: unknown;
}

const COLUMNS = 'id, version, body, assessment, created_at, updated_at';

const toStored = (r: Row): StoredCheckIn => ({
  id: r.id,
  version: r.version,
  checkIn: r.body,
  assessment: r.assessment,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

/** Who saves, for the audit row written with the check-in (see `audited`). */
export interface AuditedBy {
  readonly actor: string;
  readonly action: string;
}

/**
 * Assesses with core (against every earlier check-in) and stores both, with the rules version.
 * `context` is read from the profile, once, when not given. With `audit`, the audit row (target:
 * the new check-in) goes in with the insert, in one statement.
 */
export async function createCheckIn(
  db: Queryable,
  patientId: string,
  checkIn: CheckIn,
  context?: Context,
  audit?: AuditedBy,
): Promise<StoredCheckIn> {
  // Locked first, so the history read once here already holds every save of this person that
  // committed before ours: the assessment, the alerts and the panel row all see the same record.
  await lockPatientAlerts(db, patientId);
  const ctx = context ?? (await loadContext(db, patientId));
  const stored = await alertEntries(db, patientId);
  // `assess` keeps the check-ins dated before this one.
  const assessment = assess(
    checkIn,
    ctx,
    stored.map((e) => e.checkIn),
  );
  // The audit row rides on the insert; `earlier_same_day` counts the stored check-ins of the same
  // date created no later (this statement does not see its own insert), which places the new one.
  const [r] = await db.query<Row & { earlier_same_day: number }>(
    `with c as (
       insert into checkins (patient_id, date, body, assessment, rules_version)
       values ($1, $2, $3, $4, $5) returning ${COLUMNS}
     ), a as (
       insert into audit_log (actor, action, patient, target)
       select $6::uuid, $7::text, $1, c.id::text from c where $7::text is not null
     )
     select c.*, (select count(*)::int from checkins o
                   where o.patient_id = $1 and o.date = $2::date and o.created_at <= c.created_at)
                 as earlier_same_day
       from c`,
    [
      patientId,
      checkIn.date,
      JSON.stringify(checkIn),
      JSON.stringify(assessment),
      assessment.rulesVersion,
      audit?.actor ?? null,
      audit?.action ?? null,
    ],
  );
  const row = r as Row & { earlier_same_day: number };
  // Where the database would list it: by date, then creation.
  const at = stored.filter((e) => e.checkIn.date < checkIn.date).length + row.earlier_same_day;
  const entries: AlertEntry[] = stored.toSpliced(at, 0, { id: row.id, checkIn, assessment });
  await refreshAfterChange(db, patientId, ctx, checkIn.date, entries);
  return toStored(row);
}

export async function getCheckIn(
  db: Queryable,
  patientId: string,
  id: string,
): Promise<StoredCheckIn | undefined> {
  const [r] = await db.query<Row>(`select ${COLUMNS} from checkins where patient_id = $1 and id = $2`, [
    patientId,
    id,
  ]);
  return r && toStored(r);
}

/** Oldest first; `from`/`to` inclusive. */
export async function listCheckIns(
  db: Queryable,
  patientId: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<StoredCheckIn[]> {
  const rows = await db.query<Row>(
    `select ${COLUMNS} from checkins
      where patient_id = $1 and ($2::date is null or date >= $2::date) and ($3::date is null or date <= $3::date)
      order by date, created_at`,
    [patientId, range.from ?? null, range.to ?? null],
  );
  return rows.map(toStored);
}

export type AmendResult =
  | { ok: true; checkIn: StoredCheckIn }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; currentVersion: number };

/**
 * Replaces the check-in when `version` is the current one, keeping the earlier version (and the
 * assessment made then) in `checkin_versions`. Row-locked, so two amendments of one version
 * cannot both succeed.
 */
export async function amendCheckIn(
  db: Queryable,
  patientId: string,
  id: string,
  version: number,
  checkIn: CheckIn,
  context: Context,
): Promise<AmendResult> {
  const [cur] = await db.query<Row & { rules_version: string }>(
    `select ${COLUMNS}, rules_version from checkins where patient_id = $1 and id = $2 for update`,
    [patientId, id],
  );
  if (!cur) return { ok: false, reason: 'not_found' };
  if (cur.version !== version) return { ok: false, reason: 'conflict', currentVersion: cur.version };
  // The row first, then the person (as delete does), so the two cannot deadlock.
  await lockPatientAlerts(db, patientId);
  const others = (await alertEntries(db, patientId)).filter((e) => e.id !== id);
  await db.query(
    `insert into checkin_versions (checkin_id, version, body, assessment, rules_version, saved_at)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      id,
      cur.version,
      JSON.stringify(cur.body),
      JSON.stringify(cur.assessment),
      cur.rules_version,
      cur.updated_at,
    ],
  );
  const assessment = assess(
    checkIn,
    context,
    others.map((e) => e.checkIn),
  );
  const [r] = await db.query<Row>(
    `update checkins set version = version + 1, date = $3, body = $4, assessment = $5, rules_version = $6,
            updated_at = now()
      where patient_id = $1 and id = $2 returning ${COLUMNS}`,
    [
      patientId,
      id,
      checkIn.date,
      JSON.stringify(checkIn),
      JSON.stringify(assessment),
      assessment.rulesVersion,
    ],
  );
  // Alerts from the earlier of the old and new dates on are recomputed (reading the record again:
  // the amended check-in keeps its place among those of its date, by creation).
  await refreshAfterChange(db, patientId, context, [cur.body.date, checkIn.date].toSorted()[0] as string);
  return { ok: true, checkIn: toStored(r as Row) };
}

export async function deleteCheckIn(db: Queryable, patientId: string, id: string): Promise<boolean> {
  const rows = await db.query<{ date: string }>(
    'delete from checkins where patient_id = $1 and id = $2 returning date::text as date',
    [patientId, id],
  );
  if (rows[0]) await afterRecordChanged(db, patientId, rows[0].date);
  return rows.length > 0;
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
  const rows = await db.query<{
    version: number;
    body: CheckIn;
    assessment: CheckInVersion['assessment'];
    saved_at: unknown;
  }>(
    'select version, body, assessment, saved_at from checkin_versions where checkin_id = $1 order by version',
    [id],
  );
  return [
    ...rows.map((r) => ({
      version: r.version,
      checkIn: r.body,
      assessment: r.assessment,
      savedAt: iso(r.saved_at),
    })),
    {
      version: current.version,
      checkIn: current.checkIn,
      assessment: current.assessment,
      savedAt: current.updatedAt,
    },
  ];
}

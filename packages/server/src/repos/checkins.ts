/**
 * The `checkins` and `checkin_versions` tables. SQL only: the record service (`record/`) decides
 * what to write; this file reads and writes rows.
 */
import type { AlertEntry, AssessedCheckIn, CheckIn, StoredCheckIn } from '@handcheck/core';
import type { Queryable } from '../db';
import { iso } from './rows';

/** A `checkins` row as `COLUMNS` reads it. */
export interface CheckInRow {
  id: string;
  version: number;
  body: CheckIn;
  assessment: StoredCheckIn['assessment'];
  created_at: unknown;
  updated_at: unknown;
}

const COLUMNS = 'id, version, body, assessment, created_at, updated_at';

export const toStoredCheckIn = (r: CheckInRow): StoredCheckIn => ({
  id: r.id,
  version: r.version,
  checkIn: r.body,
  assessment: r.assessment,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

/** An audit row to write with a new check-in's insert (target: the new check-in), in the same statement. */
export interface AuditedBy {
  readonly actor: string;
  readonly action: string;
}

/** A check-in brought in by an import, with its own id (when a UUID), version and timestamps. */
export async function insertImportedCheckIn(
  db: Queryable,
  patientId: string,
  c: StoredCheckIn,
  id: string | null,
): Promise<void> {
  await db.query(
    `insert into checkins (id, patient_id, version, date, body, assessment, rules_version, created_at, updated_at)
     values (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      patientId,
      c.version,
      c.checkIn.date,
      JSON.stringify(c.checkIn),
      JSON.stringify(c.assessment),
      c.assessment.rulesVersion,
      c.createdAt,
      c.updatedAt,
    ],
  );
}

export async function getCheckIn(
  db: Queryable,
  patientId: string,
  id: string,
): Promise<StoredCheckIn | undefined> {
  const [r] = await db.query<CheckInRow>(
    `select ${COLUMNS} from checkins where patient_id = $1 and id = $2`,
    [patientId, id],
  );
  return r && toStoredCheckIn(r);
}

/** The check-in row-locked until the transaction ends, with its rules version; undefined if none. */
export async function lockCheckIn(
  db: Queryable,
  patientId: string,
  id: string,
): Promise<(StoredCheckIn & { rulesVersion: string; updatedAtRaw: unknown }) | undefined> {
  const [cur] = await db.query<CheckInRow & { rules_version: string }>(
    `select ${COLUMNS}, rules_version from checkins where patient_id = $1 and id = $2 for update`,
    [patientId, id],
  );
  return cur && { ...toStoredCheckIn(cur), rulesVersion: cur.rules_version, updatedAtRaw: cur.updated_at };
}

/** Keeps one earlier version of a check-in (and the assessment made then). */
export async function insertVersion(
  db: Queryable,
  v: {
    checkInId: string;
    version: number;
    checkIn: CheckIn;
    assessment: StoredCheckIn['assessment'];
    rulesVersion: string;
    savedAt: unknown;
  },
): Promise<void> {
  await db.query(
    `insert into checkin_versions (checkin_id, version, body, assessment, rules_version, saved_at)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      v.checkInId,
      v.version,
      JSON.stringify(v.checkIn),
      JSON.stringify(v.assessment),
      v.rulesVersion,
      v.savedAt,
    ],
  );
}

/** Replaces the check-in's body and assessment and adds one to its version. */
export async function updateCheckIn(
  db: Queryable,
  patientId: string,
  id: string,
  checkIn: CheckIn,
  assessment: StoredCheckIn['assessment'],
): Promise<StoredCheckIn> {
  const [r] = await db.query<CheckInRow>(
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
  return toStoredCheckIn(r as CheckInRow);
}

/** Deletes the check-in; its date, or undefined when there was none. */
export async function deleteCheckIn(
  db: Queryable,
  patientId: string,
  id: string,
): Promise<string | undefined> {
  const rows = await db.query<{ date: string }>(
    'delete from checkins where patient_id = $1 and id = $2 returning date::text as date',
    [patientId, id],
  );
  return rows[0]?.date;
}

/** Oldest first; `from`/`to` inclusive. */
export async function listCheckIns(
  db: Queryable,
  patientId: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<StoredCheckIn[]> {
  const rows = await db.query<CheckInRow>(
    `select ${COLUMNS} from checkins
      where patient_id = $1 and ($2::date is null or date >= $2::date) and ($3::date is null or date <= $3::date)
      order by date, created_at`,
    [patientId, range.from ?? null, range.to ?? null],
  );
  return rows.map(toStoredCheckIn);
}

export async function countCheckIns(db: Queryable, patientId: string): Promise<number> {
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
    'select count(*)::int as n from checkins where patient_id = $1',
    [patientId],
  );
  return n;
}

/** The earlier versions of one check-in, oldest first. */
export async function listEarlierVersions(
  db: Queryable,
  id: string,
): Promise<
  { version: number; checkIn: CheckIn; assessment: StoredCheckIn['assessment']; savedAt: string }[]
> {
  const rows = await db.query<{
    version: number;
    body: CheckIn;
    assessment: StoredCheckIn['assessment'];
    saved_at: unknown;
  }>(
    'select version, body, assessment, saved_at from checkin_versions where checkin_id = $1 order by version',
    [id],
  );
  return rows.map((r) => ({
    version: r.version,
    checkIn: r.body,
    assessment: r.assessment,
    savedAt: iso(r.saved_at),
  }));
}

/**
 * Every check-in of one person, oldest first, with the parts of its stored assessment the alert
 * rules and the panel row read (core's `AlertEntry`): not the whole assessment of years of
 * check-ins.
 */
export async function alertEntries(
  db: Queryable,
  patientId: string,
): Promise<(AlertEntry & { readonly id: string; readonly createdAt: string })[]> {
  const rows = await db.query<AlertEntry & { id: string; created_at: unknown }>(
    `select id, created_at, body as "checkIn",
            jsonb_build_object('redFlags', assessment->'redFlags', 'resembles', assessment->'resembles',
                               'scores', assessment->'scores') as assessment
       from checkins where patient_id = $1 order by date, created_at`,
    [patientId],
  );
  return rows.map(({ created_at, ...r }) => ({ ...r, createdAt: iso(created_at) }));
}

/**
 * The check-ins dated within `days` of the person's latest, oldest first, with what they resembled
 * (what the panel row's sparkline and pattern read).
 */
export async function recentEntries(db: Queryable, patientId: string, days: number): Promise<AlertEntry[]> {
  return db.query<AlertEntry>(
    `select body as "checkIn", jsonb_build_object('resembles', assessment->'resembles') as assessment
       from checkins
      where patient_id = $1
        and date > (select max(date) from checkins where patient_id = $1) - $2::int
      order by date, created_at`,
    [patientId, days],
  );
}

/**
 * What core's `weeklyTimeline` reads of each check-in (the check-in and what it resembled), oldest
 * first: a fraction of the stored assessment, so two years of check-ins stay quick to send.
 */
export async function timelineEntries(db: Queryable, patientId: string): Promise<AssessedCheckIn[]> {
  return db.query<AssessedCheckIn>(
    `select body as "checkIn", jsonb_build_object('resembles', assessment->'resembles') as assessment
       from checkins where patient_id = $1 order by date, created_at`,
    [patientId],
  );
}

/** The latest check-in of each of these patients (none for a patient without one). */
export async function latestOf(
  db: Queryable,
  patientIds: readonly string[],
): Promise<(AssessedCheckIn & { patient_id: string })[]> {
  return db.query<AssessedCheckIn & { patient_id: string }>(
    `select distinct on (patient_id) patient_id, body as "checkIn", assessment
       from checkins where patient_id = any($1::uuid[]) order by patient_id, date desc, created_at desc`,
    [patientIds],
  );
}

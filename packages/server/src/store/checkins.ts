import { assess, type CheckIn, type Context, type StoredCheckIn } from '@handcheck/core';
import type { Queryable } from '../db';
import { afterRecordChanged } from './panel';
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

/** The person's check-ins dated before `date` (the history `assess` compares with). */
async function historyBefore(db: Queryable, patientId: string, date: string, exceptId?: string) {
  const rows = await db.query<{ body: CheckIn }>(
    `select body from checkins where patient_id = $1 and date < $2 and ($3::uuid is null or id <> $3::uuid)`,
    [patientId, date, exceptId ?? null],
  );
  return rows.map((r) => r.body);
}

/** Assesses with core (against the earlier check-ins) and stores both, with the rules version. */
export async function createCheckIn(
  db: Queryable,
  patientId: string,
  checkIn: CheckIn,
  context: Context,
): Promise<StoredCheckIn> {
  const assessment = assess(checkIn, context, await historyBefore(db, patientId, checkIn.date));
  const [r] = await db.query<Row>(
    `insert into checkins (patient_id, date, body, assessment, rules_version)
     values ($1, $2, $3, $4, $5) returning ${COLUMNS}`,
    [patientId, checkIn.date, JSON.stringify(checkIn), JSON.stringify(assessment), assessment.rulesVersion],
  );
  await afterRecordChanged(db, patientId, checkIn.date);
  return toStored(r as Row);
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
  const assessment = assess(checkIn, context, await historyBefore(db, patientId, checkIn.date, id));
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
  // Alerts from the earlier of the old and new dates on are recomputed.
  await afterRecordChanged(db, patientId, [cur.body.date, checkIn.date].toSorted()[0] as string);
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

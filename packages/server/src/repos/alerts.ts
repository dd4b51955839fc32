/** The `alerts` table: the care team's alerts of each person, open and acknowledged. SQL only. */
import type { Alert, StoredAlert } from '@handcheck/core';
import type { Queryable } from '../db';
import { iso } from './rows';

interface AlertRow {
  key: string;
  kind: Alert['kind'];
  level: Alert['level'];
  date: string;
  reason: string;
  sources: Alert['sources'];
  acknowledged_at: unknown;
  acknowledged_by: string | null;
  resolved_on: string | null;
}

const ALERT_COLUMNS =
  'key, kind, level, date::text as date, reason, sources, acknowledged_at, acknowledged_by, resolved_on::text as resolved_on';

/**
 * Newest first, then by key in byte order (`collate "C"`, the same on every database and as
 * `byKey`): only what an export carries, so a re-imported record lists (and numbers) its alerts
 * the same way.
 */
const byDateThenKey = (a: StoredAlert, b: StoredAlert) => b.date.localeCompare(a.date) || byKey(a.key, b.key);
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Care-team alerts of one person, newest first (open and acknowledged). */
export async function listAlerts(db: Queryable, patientId: string): Promise<StoredAlert[]> {
  const rows = await db.query<AlertRow>(
    `select ${ALERT_COLUMNS} from alerts where patient_id = $1 order by date desc, key collate "C"`,
    [patientId],
  );
  return rows.map(toStoredAlert);
}

function toStoredAlert(r: AlertRow): StoredAlert {
  return {
    key: r.key,
    kind: r.kind,
    level: r.level,
    date: r.date,
    reason: r.reason,
    sources: r.sources,
    acknowledgedAt: r.acknowledged_at == null ? null : iso(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by,
    resolvedOn: r.resolved_on,
  };
}

/** An alert to store: its latest version, and when its episode resolved (null: still going). */
export interface AlertWrite {
  readonly alert: Alert;
  readonly resolvedOn: string | null;
}

/**
 * Upserts alert rows from parallel arrays: parameters `$first`…`$first+6` (key, kind, level, date,
 * reason, sources, resolved_on); the person is `$1`. `guard`, when given, is a condition every row
 * must meet (the usual save's revision check). An acknowledged key keeps its acknowledgement.
 */
export function upsertAlertsSql(first: number, guard = 'true'): string {
  const p = (k: number) => `$${first + k}::text[]`;
  return `insert into alerts (patient_id, key, kind, level, date, reason, sources, resolved_on)
       select $1, a.key, a.kind, a.level, a.date::date, a.reason, a.sources::jsonb, a.resolved_on::date
         from unnest(${[0, 1, 2, 3, 4, 5, 6].map(p).join(', ')})
              as a(key, kind, level, date, reason, sources, resolved_on)
        where ${guard}
       on conflict (patient_id, key) do update
         set kind = excluded.kind, level = excluded.level, date = excluded.date,
             reason = excluded.reason, sources = excluded.sources, resolved_on = excluded.resolved_on`;
}

const UPSERT = upsertAlertsSql(2);

/**
 * Deletes the person's (`$1`) alerts a replay no longer raises: not among `keys` (an SQL text[]),
 * not acknowledged, and not `overdue` (which no check-in raises). `guard` as for `upsertAlertsSql`.
 */
export function deleteUnraisedAlertsSql(keys: string, guard = 'true'): string {
  return `delete from alerts where patient_id = $1 and acknowledged_at is null
          and kind <> 'overdue' and not (key = any(${keys})) and ${guard}`;
}

/** Rows to upsert as the seven parallel arrays `upsertAlertsSql` reads. */
export const upsertParams = (rows: readonly AlertWrite[]) => [
  rows.map((r) => r.alert.key),
  rows.map((r) => r.alert.kind),
  rows.map((r) => r.alert.level),
  rows.map((r) => r.alert.date),
  rows.map((r) => r.alert.reason),
  rows.map((r) => JSON.stringify(r.alert.sources)),
  rows.map((r) => r.resolvedOn),
];

/**
 * Every episode of the record as replayed from scratch, in one statement: unacknowledged alerts no
 * longer raised go, the replayed ones are upserted (an acknowledged key keeps its acknowledgement).
 * Returns the open alerts after it.
 */
export async function replaceAlerts(
  db: Queryable,
  patientId: string,
  rows: readonly AlertWrite[],
): Promise<StoredAlert[]> {
  const out = await db.query<AlertRow>(
    `with gone as (
       ${deleteUnraisedAlertsSql('$2::text[]')}
       returning key
     ),
     up as (
       ${UPSERT}
       returning ${ALERT_COLUMNS}
     )
     select * from up where acknowledged_at is null and resolved_on is null
     union all
     select ${ALERT_COLUMNS} from alerts
      where patient_id = $1 and acknowledged_at is null and resolved_on is null
        and not (key = any($2::text[])) and key not in (select key from gone)`,
    [patientId, ...upsertParams(rows)],
  );
  return out.map(toStoredAlert).sort(byDateThenKey);
}

/** The person's open alerts (not acknowledged, not resolved), newest first. */
export async function listOpenAlerts(db: Queryable, patientId: string): Promise<StoredAlert[]> {
  const rows = await db.query<AlertRow>(
    `select ${ALERT_COLUMNS} from alerts
      where patient_id = $1 and acknowledged_at is null and resolved_on is null
      order by date desc, key collate "C"`,
    [patientId],
  );
  return rows.map(toStoredAlert);
}

/** When each acknowledged alert of the person was acknowledged (ISO 8601): key → time. */
export async function acknowledgedOn(db: Queryable, patientId: string): Promise<Map<string, string>> {
  const rows = await db.query<{ key: string; at: unknown }>(
    'select key, acknowledged_at as at from alerts where patient_id = $1 and acknowledged_at is not null',
    [patientId],
  );
  return new Map(rows.map((r) => [r.key, iso(r.at)]));
}

/** Marks one alert acknowledged by `clinicianId`. False when there is no such alert. */
export async function acknowledgeAlert(
  db: Queryable,
  patientId: string,
  key: string,
  clinicianId: string,
): Promise<boolean> {
  const rows = await db.query(
    `update alerts set acknowledged_at = coalesce(acknowledged_at, clock_timestamp()),
            acknowledged_by = coalesce(acknowledged_by, $3)
      where patient_id = $1 and key = $2 returning key`,
    [patientId, key, clinicianId],
  );
  return rows.length > 0;
}

/** An alert brought in by an import; who acknowledged it is kept only when that clinician exists here. */
export async function insertImportedAlert(db: Queryable, patientId: string, a: StoredAlert): Promise<void> {
  await db.query(
    `insert into alerts (patient_id, key, kind, level, date, reason, sources, acknowledged_at, acknowledged_by,
                         resolved_on)
     values ($1, $2, $3, $4, $5, $6, $7, $8, (select id from users where id::text = $9), $10)`,
    [
      patientId,
      a.key,
      a.kind,
      a.level,
      a.date,
      a.reason,
      JSON.stringify(a.sources),
      a.acknowledgedAt,
      a.acknowledgedBy,
      a.resolvedOn ?? null,
    ],
  );
}

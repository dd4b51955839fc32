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
}

const ALERT_COLUMNS =
  'key, kind, level, date::text as date, reason, sources, acknowledged_at, acknowledged_by';

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
  };
}

/**
 * Replaces the person's stored alerts dated `from` or later with `raised` (every alert the
 * check-ins from `from` on raise now, `overdue` excepted: it depends on today and is worked out
 * when the panel is read). An existing key keeps its acknowledgement; an open alert no longer
 * raised (amended or deleted) goes. Returns the person's open alerts after the change, newest
 * first (as `listAlerts`).
 */
export async function replaceAlertsFrom(
  db: Queryable,
  patientId: string,
  from: string,
  raised: readonly Alert[],
): Promise<StoredAlert[]> {
  const keys = raised.map((a) => a.key);
  // One statement: drop the open alerts no longer raised, upsert the raised ones (a key already
  // there keeps its acknowledgement), and return the open ones. The last SELECT sees the table as
  // it was before this statement, so it skips the rows deleted (gone) or rewritten (raised keys)
  // and takes the rewritten ones from the upsert's RETURNING.
  const rows = await db.query<AlertRow>(
    `with gone as (
       delete from alerts where patient_id = $1 and date >= $2 and acknowledged_at is null
          and kind <> 'overdue' and not (key = any($3::text[]))
       returning key
     ),
     up as (
       insert into alerts (patient_id, key, kind, level, date, reason, sources)
       select $1, a.key, a.kind, a.level, a.date::date, a.reason, a.sources::jsonb
         from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
              as a(key, kind, level, date, reason, sources)
       on conflict (patient_id, key) do update
         set kind = excluded.kind, level = excluded.level, date = excluded.date,
             reason = excluded.reason, sources = excluded.sources
       returning ${ALERT_COLUMNS}
     )
     select * from up where acknowledged_at is null
     union all
     select ${ALERT_COLUMNS} from alerts
      where patient_id = $1 and acknowledged_at is null and not (key = any($3::text[]))
        and key not in (select key from gone)`,
    [
      patientId,
      from,
      keys,
      raised.map((a) => a.kind),
      raised.map((a) => a.level),
      raised.map((a) => a.date),
      raised.map((a) => a.reason),
      raised.map((a) => JSON.stringify(a.sources)),
    ],
  );
  return rows.map(toStoredAlert).sort(byDateThenKey);
}

/** Marks one alert acknowledged by `clinicianId`. False when there is no such alert. */
export async function acknowledgeAlert(
  db: Queryable,
  patientId: string,
  key: string,
  clinicianId: string,
): Promise<boolean> {
  const rows = await db.query(
    `update alerts set acknowledged_at = coalesce(acknowledged_at, now()),
            acknowledged_by = coalesce(acknowledged_by, $3)
      where patient_id = $1 and key = $2 returning key`,
    [patientId, key, clinicianId],
  );
  return rows.length > 0;
}

/** An alert brought in by an import; who acknowledged it is kept only when that clinician exists here. */
export async function insertImportedAlert(db: Queryable, patientId: string, a: StoredAlert): Promise<void> {
  await db.query(
    `insert into alerts (patient_id, key, kind, level, date, reason, sources, acknowledged_at, acknowledged_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, (select id from users where id::text = $9))`,
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
    ],
  );
}

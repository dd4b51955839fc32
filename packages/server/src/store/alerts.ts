import {
  type Alert,
  type AlertConfig,
  type AlertEntry,
  type Context,
  computeAlerts,
  DEFAULT_ALERT_CONFIG,
  fieldErrors,
  type StoredAlert,
} from '@handcheck/core';
import { z } from 'zod';
import type { Queryable } from '../db';
import { iso } from './users';

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
 * Alert thresholds for this server: core's defaults, overridden by the JSON object in
 * `HANDCHECK_ALERT_CONFIG` (e.g. `{"worseningPoints": 3, "overdueDays": 28}`) so a site can tune
 * the load [aft39-alerts]. A bad value stops the server at start with the field named.
 */
export function alertConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AlertConfig {
  const text = env.HANDCHECK_ALERT_CONFIG?.trim();
  if (!text) return DEFAULT_ALERT_CONFIG;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`HANDCHECK_ALERT_CONFIG is not valid JSON (${(e as Error).message})`);
  }
  const parsed = AlertConfigOverrides.safeParse(json);
  if (!parsed.success) {
    const why = fieldErrors(parsed.error).map((f) => `${f.field} ${f.message}`);
    throw new Error(`HANDCHECK_ALERT_CONFIG: ${why.join('; ')}`);
  }
  return { ...DEFAULT_ALERT_CONFIG, ...parsed.data } as AlertConfig;
}

const AlertConfigOverrides = z.strictObject({
  worseningPoints: z.number().min(0.5).max(10).optional(),
  baselineCheckIns: z.number().int().min(1).max(52).optional(),
  compositeGradeAtLeast: z.number().int().min(1).max(3).optional(),
  adherenceRiskWorstPain: z.number().min(0).max(10).optional(),
  overdueDays: z.number().int().min(7).max(365).optional(),
  overdueFollowsCadence: z.boolean().optional(),
  newPatternMinStrength: z.enum(['weak', 'moderate', 'strong']).optional(),
});

let configuredAlerts: AlertConfig | undefined;
/** The thresholds in force (read once from the environment). */
export function currentAlertConfig(): AlertConfig {
  configuredAlerts ??= alertConfigFromEnv();
  return configuredAlerts;
}

/**
 * Every check-in of one person, oldest first, with the parts of its stored assessment the alert
 * rules and the panel row read (core's `AlertEntry`): not the whole assessment of years of
 * check-ins.
 */
export async function alertEntries(
  db: Queryable,
  patientId: string,
): Promise<(AlertEntry & { readonly id: string })[]> {
  return db.query<AlertEntry & { id: string }>(
    `select id, body as "checkIn",
            jsonb_build_object('redFlags', assessment->'redFlags', 'resembles', assessment->'resembles',
                               'scores', assessment->'scores') as assessment
       from checkins where patient_id = $1 order by date, created_at`,
    [patientId],
  );
}

/**
 * Recomputes the stored alerts raised by every check-in dated `from` or later, as if each had just
 * been saved (core `computeAlerts` reads the latest of the entries it is given). An existing key
 * keeps its acknowledgement; an open alert its check-in no longer raises (amended or deleted) goes.
 * `overdue` is not stored: it depends on today and is worked out when the panel is read.
 * `entries` are every check-in of the person as stored now, oldest first (read when not given).
 * Returns them, and the person's open alerts after the change (newest first, as `listAlerts`),
 * which the panel row is made from next.
 */
export async function refreshAlerts(
  db: Queryable,
  patientId: string,
  from: string,
  context: Context,
  config: AlertConfig = currentAlertConfig(),
  known?: readonly AlertEntry[],
): Promise<{ entries: readonly AlertEntry[]; open: StoredAlert[] }> {
  const entries = known ?? (await alertEntries(db, patientId));
  const raised: Alert[] = [];
  entries.forEach(({ checkIn: { date } }, i) => {
    // Once per date from `from` on, with every check-in up to that date (entries are oldest first).
    if (date < from || entries[i + 1]?.checkIn.date === date) return;
    const upTo = entries.slice(0, i + 1);
    raised.push(...computeAlerts(upTo, context, date, config).filter((a) => a.kind !== 'overdue'));
  });
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
  return { entries, open: rows.map(toStoredAlert).sort(byDateThenKey) };
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

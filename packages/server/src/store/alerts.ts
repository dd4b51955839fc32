import {
  type Alert,
  type AlertConfig,
  type AssessedCheckIn,
  type Context,
  computeAlerts,
  DEFAULT_ALERT_CONFIG,
  fieldErrors,
  type StoredAlert,
} from '@handcheck/core';
import { z } from 'zod';
import type { Queryable } from '../db';
import { iso } from './users';

/** Care-team alerts of one person, newest first (open and acknowledged). */
export async function listAlerts(db: Queryable, patientId: string): Promise<StoredAlert[]> {
  const rows = await db.query<{
    key: string;
    kind: Alert['kind'];
    level: Alert['level'];
    date: string;
    reason: string;
    sources: Alert['sources'];
    acknowledged_at: unknown;
    acknowledged_by: string | null;
  }>(
    `select key, kind, level, date::text as date, reason, sources, acknowledged_at, acknowledged_by
       from alerts where patient_id = $1 order by date desc, created_at desc, key`,
    [patientId],
  );
  return rows.map((r) => ({
    key: r.key,
    kind: r.kind,
    level: r.level,
    date: r.date,
    reason: r.reason,
    sources: r.sources,
    acknowledgedAt: r.acknowledged_at == null ? null : iso(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by,
  }));
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

/** Every check-in of one person with its stored assessment, oldest first (what the rules read). */
export async function assessedCheckIns(db: Queryable, patientId: string): Promise<AssessedCheckIn[]> {
  return db.query<AssessedCheckIn>(
    `select body as "checkIn", assessment from checkins where patient_id = $1 order by date, created_at`,
    [patientId],
  );
}

/**
 * Recomputes the stored alerts raised by every check-in dated `from` or later, as if each had just
 * been saved (core `computeAlerts` reads the latest of the entries it is given). An existing key
 * keeps its acknowledgement; an open alert its check-in no longer raises (amended or deleted) goes.
 * `overdue` is not stored: it depends on today and is worked out when the panel is read.
 * Returns every check-in it read (oldest first), which the panel row is made from next.
 */
export async function refreshAlerts(
  db: Queryable,
  patientId: string,
  from: string,
  context: Context,
  config: AlertConfig = currentAlertConfig(),
): Promise<AssessedCheckIn[]> {
  const entries = await assessedCheckIns(db, patientId);
  const dates = [...new Set(entries.map((e) => e.checkIn.date))].filter((d) => d >= from);
  const raised: Alert[] = [];
  for (const date of dates) {
    const upTo = entries.filter((e) => e.checkIn.date <= date);
    raised.push(...computeAlerts(upTo, context, date, config).filter((a) => a.kind !== 'overdue'));
  }
  await db.query(
    `delete from alerts where patient_id = $1 and date >= $2 and acknowledged_at is null
        and kind <> 'overdue' and not (key = any($3::text[]))`,
    [patientId, from, raised.map((a) => a.key)],
  );
  if (raised.length > 0) {
    // One statement for all of them; a key already there keeps its acknowledgement.
    await db.query(
      `insert into alerts (patient_id, key, kind, level, date, reason, sources)
       select $1, a.key, a.kind, a.level, a.date::date, a.reason, a.sources::jsonb
         from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
              as a(key, kind, level, date, reason, sources)
       on conflict (patient_id, key) do update
         set kind = excluded.kind, level = excluded.level, date = excluded.date,
             reason = excluded.reason, sources = excluded.sources`,
      [
        patientId,
        raised.map((a) => a.key),
        raised.map((a) => a.kind),
        raised.map((a) => a.level),
        raised.map((a) => a.date),
        raised.map((a) => a.reason),
        raised.map((a) => JSON.stringify(a.sources)),
      ],
    );
  }
  return entries;
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

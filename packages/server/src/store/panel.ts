/**
 * The clinician panel: one `patient_summary` row per patient, rewritten in the same transaction as
 * each check-in write or alert acknowledgement, so listing thousands of patients is one indexed
 * query over the clinician's shares with LIMIT/OFFSET — never a scan of check-ins.
 *
 * What the rows hold comes from core (stored assessments, `computeAlerts`); this file only keeps
 * them and sorts them. Status is decided when read, because "worsening in the last two weeks" and
 * "overdue" depend on today.
 */
import {
  type AlertConfig,
  type AlertEntry,
  type AssessedCheckIn,
  Context,
  computeAlerts,
  firstAromataseInhibitor,
  overdueFrom,
  type PanelRow,
  type PanelStatus,
  type StoredAlert,
  toDayNumber,
  weeksBetween,
} from '@handcheck/core';
import type { Db, Queryable } from '../db';
import { currentAlertConfig, listAlerts, refreshAlerts } from './alerts';
import { loadContext } from './profiles';

/** Weeks shown in a panel row's sparkline. */
export const SPARKLINE_WEEKS = 12;
/**
 * Open alerts carried by a panel row, most urgent and newest first. A weekly worsening alert per
 * unacknowledged week would otherwise make a row (and a 25-row page) megabytes; the patient page
 * lists them all.
 */
export const PANEL_OPEN_ALERTS = 5;
/** A warning alert younger than this many days makes a patient "worsening" on the panel. */
export const WORSENING_WINDOW_DAYS = 14;

type OpenAlert = PanelRow['openAlerts'][number];

export interface PatientSummary {
  readonly lastCheckInDate: string | null;
  readonly overdueFrom: string | null;
  readonly redFlagOpen: boolean;
  readonly warningLatest: string | null;
  readonly pattern: readonly string[];
  readonly sparkline: readonly (number | null)[];
  readonly sparklineWeek: number | null;
  readonly openAlerts: readonly OpenAlert[];
}

/** Calendar weeks since 1970-01-01, so a stored sparkline can be shifted to any later today. */
export const epochWeek = (date: string) => Math.floor(toDayNumber(date) / 7);

const LEVEL_RANK = { critical: 0, warning: 1, info: 2 } as const;

/** The summary of one record, from its check-ins (oldest first) and its stored alerts. */
export function summarize(
  entries: readonly AlertEntry[],
  context: Context,
  alerts: readonly StoredAlert[],
  config: AlertConfig,
): PatientSummary {
  const latest = entries.at(-1);
  const open = alerts
    .filter((a) => a.acknowledgedAt === null)
    .toSorted((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || b.date.localeCompare(a.date))
    .map(({ key, kind, level, reason, date }) => ({ key, kind, level, reason, date }));
  const warnings = open.filter((a) => a.level === 'warning').map((a) => a.date);
  let sparkline: (number | null)[] = [];
  let sparklineWeek: number | null = null;
  if (latest) {
    sparklineWeek = epochWeek(latest.checkIn.date);
    sparkline = Array.from({ length: SPARKLINE_WEEKS }, () => null);
    for (const e of entries) {
      const slot = SPARKLINE_WEEKS - 1 - (sparklineWeek - epochWeek(e.checkIn.date));
      if (slot < 0) continue;
      const worst = Math.max(0, ...e.checkIn.regions.map((r) => r.severity));
      sparkline[slot] = Math.max(sparkline[slot] ?? 0, worst);
    }
  }
  return {
    lastCheckInDate: latest?.checkIn.date ?? null,
    overdueFrom: overdueFrom(latest?.checkIn.date, context, config),
    redFlagOpen: open.some((a) => a.level === 'critical'),
    warningLatest: warnings.length ? (warnings.toSorted().at(-1) as string) : null,
    pattern: latest?.assessment.resembles.map((r) => r.condition) ?? [],
    sparkline,
    sparklineWeek,
    openAlerts: open.slice(0, PANEL_OPEN_ALERTS),
  };
}

/** Rewrites the patient's panel row from what is stored now. Call inside the writing transaction. */
export async function refreshSummary(
  db: Queryable,
  patientId: string,
  config: AlertConfig = currentAlertConfig(),
  known: { context?: Context; entries?: readonly AlertEntry[] } = {},
): Promise<void> {
  const context = known.context ?? (await loadContext(db, patientId));
  // Only the last 12 weeks feed the sparkline; the latest check-in feeds the rest.
  const entries =
    known.entries ??
    (await db.query<AlertEntry>(
      `select body as "checkIn", jsonb_build_object('resembles', assessment->'resembles') as assessment
         from checkins
        where patient_id = $1
          and date > (select max(date) from checkins where patient_id = $1) - ${SPARKLINE_WEEKS * 7 + 7}
        order by date, created_at`,
      [patientId],
    ));
  const open = (await listAlerts(db, patientId)).filter((a) => a.acknowledgedAt === null);
  await saveSummary(db, patientId, summarize(entries, context, open, config));
}

export async function saveSummary(db: Queryable, patientId: string, s: PatientSummary): Promise<void> {
  await db.query(
    `insert into patient_summary (patient_id, last_checkin_date, overdue_from, red_flag_open, warning_latest,
                                  pattern, sparkline, sparkline_week, open_alerts, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
     on conflict (patient_id) do update set
       last_checkin_date = excluded.last_checkin_date, overdue_from = excluded.overdue_from,
       red_flag_open = excluded.red_flag_open, warning_latest = excluded.warning_latest,
       pattern = excluded.pattern, sparkline = excluded.sparkline, sparkline_week = excluded.sparkline_week,
       open_alerts = excluded.open_alerts, updated_at = now()`,
    [
      patientId,
      s.lastCheckInDate,
      s.overdueFrom,
      s.redFlagOpen,
      s.warningLatest,
      JSON.stringify(s.pattern),
      JSON.stringify(s.sparkline),
      s.sparklineWeek,
      JSON.stringify(s.openAlerts),
    ],
  );
}

/**
 * After any check-in write (create, amend, delete) or context change: recompute the alerts raised
 * from `from` on (the earliest date the write touched) and the panel row, in the caller's
 * transaction. Writes of one patient are serialised so two saves cannot leave a stale row.
 */
export async function afterRecordChanged(db: Queryable, patientId: string, from?: string): Promise<void> {
  await lockPatientAlerts(db, patientId);
  await refreshAfterChange(db, patientId, await loadContext(db, patientId), from);
}

/**
 * `afterRecordChanged` for a writer that already holds `lockPatientAlerts` and has read the context
 * and (optionally) every check-in as stored now, oldest first, so nothing is read twice.
 */
export async function refreshAfterChange(
  db: Queryable,
  patientId: string,
  context: Context,
  from?: string,
  entries?: readonly AlertEntry[],
): Promise<void> {
  const config = currentAlertConfig();
  if (from === undefined) return refreshSummary(db, patientId, config, { context });
  const after = await refreshAlerts(db, patientId, from, context, config, entries);
  await saveSummary(db, patientId, summarize(after.entries, context, after.open, config));
}

/**
 * Serialises, until the transaction ends, everything that rewrites one patient's alerts and panel
 * row. Take it before touching an alert row (acknowledging), or a save that already holds it and
 * upserts that row would deadlock with you. Re-entrant within a transaction.
 */
export async function lockPatientAlerts(db: Queryable, patientId: string): Promise<void> {
  await db.query('select pg_advisory_xact_lock(hashtextextended($1::text, 7312026))', [patientId]);
}

export interface PanelQuery {
  readonly clinicianId: string;
  readonly today: string;
  readonly q?: string | undefined;
  readonly status?: PanelStatus | undefined;
  readonly page: number;
  readonly pageSize: number;
}

interface PanelDbRow {
  id: string;
  email: string;
  name: string | null;
  rank: number;
  context: Context | null;
  last_checkin_date: string | null;
  overdue_from: string | null;
  pattern: string[] | null;
  sparkline: (number | null)[] | null;
  sparkline_week: number | null;
  open_alerts: OpenAlert[] | null;
  total: string | number;
}

const STATUS_RANK: Record<PanelStatus, number> = { red_flag: 0, worsening: 1, overdue: 2, stable: 3 };
const RANK_STATUS = Object.fromEntries(Object.entries(STATUS_RANK).map(([k, v]) => [v, k])) as Record<
  number,
  PanelStatus
>;

/** `%` and `_` typed in the search box are letters, not wildcards. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of the clinician's panel: patients who share with them (not disabled), most in need
 * first — open red flag, a warning in the last two weeks, overdue, stable — then by name.
 */
export async function listPanel(
  db: Queryable,
  query: PanelQuery,
): Promise<{ items: PanelRow[]; total: number }> {
  const q = query.q?.trim() ? likePattern(query.q.trim()) : null;
  const params = [query.clinicianId, query.today, q, query.status ? STATUS_RANK[query.status] : null];
  // Sort narrow rows (id, rank, name) first; fetch the wide columns for the page's rows only.
  const rows = await db.query<PanelDbRow>(
    `${MINE},
     page as (
       select id, rank, count(*) over () as total from mine
        where $4::int is null or rank = $4
        order by rank, sort_name, id
        limit $5 offset $6
     )
     select page.id, page.rank, page.total, u.email, u.name, p.context,
            ps.last_checkin_date::text as last_checkin_date, ps.overdue_from::text as overdue_from,
            ps.pattern, ps.sparkline, ps.sparkline_week, ps.open_alerts
       from page
       join users u on u.id = page.id
       left join patient_summary ps on ps.patient_id = page.id
       left join profiles p on p.patient_id = page.id
      order by page.rank, lower(coalesce(u.name, u.email)), page.id`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  // Past the last page the window count has no row to ride on.
  const total = rows[0]
    ? Number(rows[0].total)
    : query.page === 1
      ? 0
      : Number(
          (
            await db.query<{ n: string | number }>(
              `${MINE} select count(*) as n from mine where $4::int is null or rank = $4`,
              params,
            )
          )[0]?.n ?? 0,
        );
  const overdue = await overdueAlertsFor(
    db,
    rows.filter((r) => r.overdue_from !== null && r.overdue_from <= query.today),
    query.today,
  );
  return { items: rows.map((r) => toPanelRow(r, query.today, overdue.get(r.id))), total };
}

/** The clinician's patients ($1) with their rank as of today ($2), filtered by the search ($3). */
const MINE = `with mine as (
  select u.id, lower(coalesce(u.name, u.email)) as sort_name,
         case when ps.red_flag_open then 0
              when ps.warning_latest >= $2::date - ${WORSENING_WINDOW_DAYS} then 1
              when ps.overdue_from <= $2::date then 2
              else 3 end as rank
    from shares s
    join users u on u.id = s.patient_id and not u.disabled
    left join patient_summary ps on ps.patient_id = s.patient_id
   where s.clinician_id = $1 and s.revoked_at is null
     and ($3::text is null or u.email ilike $3 or u.name ilike $3)
)`;

function toPanelRow(r: PanelDbRow, today: string, overdue: OpenAlert | undefined): PanelRow {
  const course = r.context ? firstAromataseInhibitor(Context.parse(r.context)) : undefined;
  const shift = r.sparkline_week === null ? SPARKLINE_WEEKS : epochWeek(today) - r.sparkline_week;
  const stored = r.sparkline ?? [];
  const sparkline = Array.from({ length: SPARKLINE_WEEKS }, (_, i) => stored[i + shift] ?? null);
  return {
    patient: { id: r.id, email: r.email, name: r.name },
    status: RANK_STATUS[r.rank] as PanelStatus,
    medicine: course?.drug ?? null,
    medicineStartedOn: course?.startedOn ?? null,
    weeksSinceStart: course ? Math.max(0, weeksBetween(course.startedOn, today)) : null,
    lastCheckInDate: r.last_checkin_date,
    pattern: r.pattern ?? [],
    sparkline,
    openAlerts: [...(r.open_alerts ?? []), ...(overdue ? [overdue] : [])].slice(0, PANEL_OPEN_ALERTS),
  };
}

/** Core's `overdue` alert for the page's overdue rows, worked out for today (it is never stored). */
async function overdueAlertsFor(
  db: Queryable,
  rows: readonly PanelDbRow[],
  today: string,
): Promise<Map<string, OpenAlert>> {
  const out = new Map<string, OpenAlert>();
  if (rows.length === 0) return out;
  const latest = await db.query<AssessedCheckIn & { patient_id: string }>(
    `select distinct on (patient_id) patient_id, body as "checkIn", assessment
       from checkins where patient_id = any($1::uuid[]) order by patient_id, date desc, created_at desc`,
    [rows.map((r) => r.id)],
  );
  const byPatient = new Map(latest.map((l) => [l.patient_id, l]));
  const config = currentAlertConfig();
  for (const r of rows) {
    const entry = byPatient.get(r.id);
    const context = Context.parse(r.context ?? {});
    const a = computeAlerts(entry ? [entry] : [], context, today, config).find((x) => x.kind === 'overdue');
    if (a) out.set(r.id, { key: a.key, kind: a.kind, level: a.level, reason: a.reason, date: a.date });
  }
  return out;
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

/**
 * Brings records saved before the panel existed (schema 002) onto it: alerts and a panel row for
 * every patient with check-ins or a medicine but no row yet. Runs at start; a no-op once done.
 * Returns how many records it brought up to date.
 */
export async function backfillSummaries(db: Db): Promise<number> {
  const missing = await db.query<{ id: string }>(
    `select u.id from users u left join profiles p on p.patient_id = u.id
      where u.role = 'patient'
        and not exists (select 1 from patient_summary ps where ps.patient_id = u.id)
        and (exists (select 1 from checkins c where c.patient_id = u.id)
             or jsonb_array_length(coalesce(p.context->'medicines', '[]'::jsonb)) > 0)`,
  );
  for (const { id } of missing) {
    await db.transaction((tx) => afterRecordChanged(tx, id, '0001-01-01'));
  }
  return missing.length;
}

/**
 * The `patient_summary` table: one clinician-panel row per patient, rewritten in the same
 * transaction as each change to the record, so listing thousands of patients is one indexed query
 * over the clinician's shares with LIMIT/OFFSET — never a scan of check-ins. SQL only: what a row
 * holds and how statuses rank come from core (`panel/panel.ts`).
 */
import type { PanelAlert, PatientSummary, StoredPanelRow } from '@handcheck/core';
import type { Queryable } from '../db';

/** The panel row's columns a save writes, in the order of `summaryValues`. */
export const SUMMARY_COLUMNS = [
  'last_checkin_date',
  'overdue_from',
  'red_flag_open',
  'warning_latest',
  'pattern',
  'sparkline',
  'sparkline_from_day',
  'open_alerts',
  'open_count',
  'red_flag_rank',
  'red_flag_latest',
] as const;

/** One panel row's values, as parameters in the order of `SUMMARY_COLUMNS`. */
export const summaryValues = (s: PatientSummary): unknown[] => [
  s.lastCheckInDate,
  s.overdueFrom,
  s.redFlagOpen,
  s.warningLatest,
  JSON.stringify(s.pattern),
  JSON.stringify(s.sparkline),
  s.sparklineFromDay,
  JSON.stringify(s.openAlerts),
  s.openCount,
  s.redFlagRank,
  s.redFlagLatest,
];

/**
 * Writes the panel row and, when given, the rules' state of the record (`alertState`, plain JSON);
 * without one the stored state stays as it is. Each write adds one to the row's `revision`, which
 * the usual save checks (`saveWrites.ts`).
 */
export async function saveSummary(
  db: Queryable,
  patientId: string,
  s: PatientSummary,
  alertState?: unknown,
): Promise<void> {
  const n = SUMMARY_COLUMNS.length;
  await db.query(
    `insert into patient_summary (patient_id, ${SUMMARY_COLUMNS.join(', ')}, alert_state, updated_at)
     values ($1, ${SUMMARY_COLUMNS.map((_, i) => `$${i + 2}`).join(', ')}, $${n + 2}, now())
     on conflict (patient_id) do update set
       ${SUMMARY_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')},
       alert_state = coalesce(excluded.alert_state, patient_summary.alert_state),
       revision = patient_summary.revision + 1, updated_at = now()`,
    [patientId, ...summaryValues(s), alertState === undefined ? null : JSON.stringify(alertState)],
  );
}

/** The rules' stored state of the record (plain JSON), or undefined when none is stored. */
export async function loadAlertState(db: Queryable, patientId: string): Promise<unknown> {
  const [r] = await db.query<{ alert_state: unknown }>(
    'select alert_state from patient_summary where patient_id = $1',
    [patientId],
  );
  return r?.alert_state ?? undefined;
}

/** How the panel ranks a row as of `today`: core's ranks and window, turned into SQL. */
export interface PanelRanking {
  readonly redFlag: number;
  readonly worsening: number;
  readonly overdue: number;
  readonly noCheckIn: number;
  readonly stable: number;
  /** A warning at most this many days old makes the row "worsening". */
  readonly worseningWindowDays: number;
}

export interface PanelPageQuery {
  readonly clinicianId: string;
  readonly today: string;
  /** A LIKE pattern (already escaped), or null for everyone. */
  readonly like: string | null;
  /** Only rows of this rank, or null. */
  readonly rank: number | null;
  readonly limit: number;
  readonly offset: number;
}

export type PanelPageRow = StoredPanelRow & { readonly overdueFrom: string | null };

interface PanelDbRow {
  id: string;
  email: string;
  name: string | null;
  rank: number;
  context: unknown;
  last_checkin_date: string | null;
  overdue_from: string | null;
  pattern: string[] | null;
  sparkline: (number | null)[] | null;
  sparkline_from_day: number | null;
  open_alerts: PanelAlert[] | null;
  open_count: number | null;
  red_flag_rank: number | null;
  signed_up_on: string | null;
  total: string | number;
}

/** The clinician's patients ($1) with their rank as of today ($2), filtered by the search ($3). */
const mine = (r: PanelRanking) => `with mine as (
  select u.id, lower(coalesce(u.name, u.email)) as sort_name, ps.red_flag_rank, ps.red_flag_latest,
         case when ps.red_flag_open then ${r.redFlag}
              when ps.warning_latest >= $2::date - ${r.worseningWindowDays} then ${r.worsening}
              when ps.overdue_from <= $2::date then ${r.overdue}
              when ps.last_checkin_date is null then ${r.noCheckIn}
              else ${r.stable} end as rank
    from shares s
    join users u on u.id = s.patient_id and not u.disabled
    left join patient_summary ps on ps.patient_id = s.patient_id
   where s.clinician_id = $1 and s.revoked_at is null
     and ($3::text is null or u.email ilike $3 or u.name ilike $3)
)`;

/**
 * One page of the clinician's panel (patients who share with them, not disabled), by rank — red
 * flags the most urgent then the newest first — then name, then id; with the number of rows over
 * all pages.
 */
export async function panelPage(
  db: Queryable,
  ranking: PanelRanking,
  query: PanelPageQuery,
): Promise<{ rows: PanelPageRow[]; total: number }> {
  const params = [query.clinicianId, query.today, query.like, query.rank];
  // Sort narrow rows (id, rank, name) first; fetch the wide columns for the page's rows only.
  const rows = await db.query<PanelDbRow>(
    `${mine(ranking)},
     page as (
       select id, rank, red_flag_rank, red_flag_latest, sort_name, count(*) over () as total from mine
        where $4::int is null or rank = $4
        order by rank, red_flag_rank nulls last, red_flag_latest desc nulls last, sort_name, id
        limit $5 offset $6
     )
     select page.id, page.rank, page.total, u.email, u.name, p.context,
            (u.created_at at time zone 'UTC')::date::text as signed_up_on,
            ps.last_checkin_date::text as last_checkin_date, ps.overdue_from::text as overdue_from,
            ps.pattern, ps.sparkline, ps.sparkline_from_day, ps.open_alerts, ps.open_count, ps.red_flag_rank
       from page
       join users u on u.id = page.id
       left join patient_summary ps on ps.patient_id = page.id
       left join contexts p on p.patient_id = page.id
      order by page.rank, page.red_flag_rank nulls last, page.red_flag_latest desc nulls last,
               page.sort_name, page.id`,
    [...params, query.limit, query.offset],
  );
  // Past the last page the window count has no row to ride on.
  const total = rows[0]
    ? Number(rows[0].total)
    : query.offset === 0
      ? 0
      : Number(
          (
            await db.query<{ n: string | number }>(
              `${mine(ranking)} select count(*) as n from mine where $4::int is null or rank = $4`,
              params,
            )
          )[0]?.n ?? 0,
        );
  return {
    total,
    rows: rows.map((r) => ({
      patient: { id: r.id, email: r.email, name: r.name },
      rank: r.rank,
      context: r.context,
      lastCheckInDate: r.last_checkin_date,
      overdueFrom: r.overdue_from,
      pattern: r.pattern,
      sparkline: r.sparkline,
      sparklineFromDay: r.sparkline_from_day,
      openAlerts: r.open_alerts,
      openCount: r.open_count,
      redFlagRank: r.red_flag_rank,
      signedUpOn: r.signed_up_on,
    })),
  };
}

/**
 * Patients whose records were saved before the panel existed (schema 002): check-ins or a
 * medicine, but no panel row yet.
 */
export async function patientsWithoutSummary(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select u.id from users u left join contexts p on p.patient_id = u.id
      where u.role = 'patient'
        and not exists (select 1 from patient_summary ps where ps.patient_id = u.id)
        and (exists (select 1 from checkins c where c.patient_id = u.id)
             or jsonb_array_length(coalesce(p.context->'medicines', '[]'::jsonb)) > 0)`,
  );
  return rows.map((r) => r.id);
}

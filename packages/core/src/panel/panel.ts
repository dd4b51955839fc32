/**
 * The clinician panel's derived views: what one patient's stored row holds (`summarizePanel`),
 * where they sort (`PANEL_STATUS_RANK`, the two-week window for "worsening") and the row shown for
 * a given today (`panelRow`). The server keeps the rows and sorts them in SQL by these ranks; the
 * rules are here. Pure: `today` is passed in.
 */
import { type AlertConfig, type AlertEntry, computeAlerts, overdueFrom } from '../alerts/rules';
import type { Alert, AlertLevel } from '../alerts/types';
import { Context } from '../checkin/context';
import { RAPID_WORSENING } from '../knowledge/redFlags';
import type { PanelRow, PanelStatus, StoredAlert } from '../record';
import { toDayNumber, weeksBetween } from '../timeline/dates';
import { firstAromataseInhibitor } from '../timeline/timing';

/** Weeks shown in a panel row's sparkline. */
export const SPARKLINE_WEEKS = 12;
/**
 * Open alerts carried by a panel row, most urgent and newest first. The patient page lists them
 * all; a row (and a 25-row page) stays small.
 */
export const PANEL_OPEN_ALERTS = 5;
/** A warning alert younger than this many days makes a patient "worsening" on the panel (our judgement). */
export const WORSENING_WINDOW_DAYS = 14;

export type PanelAlert = PanelRow['openAlerts'][number];

/** What the server stores per patient for the panel, rewritten with every change to the record. */
export interface PatientSummary {
  readonly lastCheckInDate: string | null;
  readonly overdueFrom: string | null;
  readonly redFlagOpen: boolean;
  readonly warningLatest: string | null;
  readonly pattern: readonly string[];
  readonly sparkline: readonly (number | null)[];
  readonly sparklineWeek: number | null;
  readonly openAlerts: readonly PanelAlert[];
}

/** Where each status sorts: red flag first, stable last. */
export const PANEL_STATUS_RANK: Readonly<Record<PanelStatus, number>> = {
  red_flag: 0,
  worsening: 1,
  overdue: 2,
  stable: 3,
};

/** Calendar weeks since 1970-01-01, so a stored sparkline can be shifted to any later today. */
export const epochWeek = (date: string) => Math.floor(toDayNumber(date) / 7);

const LEVEL_RANK: Record<AlertLevel, number> = { critical: 0, warning: 1, info: 2 };

/** The summary of one record, from its recent check-ins (oldest first) and its stored alerts. */
export function summarizePanel(
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

/** The check-ins `summarizePanel` needs: those within this many days of the latest. */
export const PANEL_WINDOW_DAYS = SPARKLINE_WEEKS * 7 + 7;

/**
 * How many days before a new (latest) check-in its save must read: what `assess` compares it with
 * (the rapid-worsening red flag's window) and what the panel row shows. Older check-ins reach the
 * rules only through the stored `AlertState`.
 */
export const RECENT_WINDOW_DAYS = Math.max(PANEL_WINDOW_DAYS, RAPID_WORSENING.withinDays);

/** A stored panel row as the server reads it back, with the patient's account and context. */
export interface StoredPanelRow {
  readonly patient: PanelRow['patient'];
  readonly rank: number;
  readonly context: unknown;
  readonly lastCheckInDate: string | null;
  readonly pattern: readonly string[] | null;
  readonly sparkline: readonly (number | null)[] | null;
  readonly sparklineWeek: number | null;
  readonly openAlerts: readonly PanelAlert[] | null;
}

const RANK_STATUS = Object.fromEntries(Object.entries(PANEL_STATUS_RANK).map(([k, v]) => [v, k])) as Record<
  number,
  PanelStatus
>;

/** The row shown on `today`: the sparkline shifted to this week, `overdue` (never stored) added. */
export function panelRow(r: StoredPanelRow, today: string, overdue: PanelAlert | undefined): PanelRow {
  const course = r.context ? firstAromataseInhibitor(Context.parse(r.context)) : undefined;
  const shift = r.sparklineWeek === null ? SPARKLINE_WEEKS : epochWeek(today) - r.sparklineWeek;
  const stored = r.sparkline ?? [];
  const sparkline = Array.from({ length: SPARKLINE_WEEKS }, (_, i) => stored[i + shift] ?? null);
  return {
    patient: r.patient,
    status: RANK_STATUS[r.rank] as PanelStatus,
    medicine: course?.drug ?? null,
    medicineStartedOn: course?.startedOn ?? null,
    weeksSinceStart: course ? Math.max(0, weeksBetween(course.startedOn, today)) : null,
    lastCheckInDate: r.lastCheckInDate,
    pattern: r.pattern ?? [],
    sparkline,
    openAlerts: [...(r.openAlerts ?? []), ...(overdue ? [overdue] : [])].slice(0, PANEL_OPEN_ALERTS),
  };
}

/** Core's `overdue` alert for one record on `today` (from its latest check-in, if any), or undefined. */
export function overdueAlert(
  latest: AlertEntry | undefined,
  context: unknown,
  today: string,
  config: AlertConfig,
): PanelAlert | undefined {
  const a: Alert | undefined = computeAlerts(
    latest ? [latest] : [],
    Context.parse(context ?? {}),
    today,
    config,
  ).find((x) => x.kind === 'overdue');
  return a && { key: a.key, kind: a.kind, level: a.level, reason: a.reason, date: a.date };
}

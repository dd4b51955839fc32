/**
 * The clinician panel's derived views: what one patient's stored row holds (`summarizePanel`),
 * where they sort (`PANEL_STATUS_RANK`, the two-week window for "worsening") and the row shown for
 * a given today (`panelRow`). The server keeps the rows and sorts them in SQL by these ranks; the
 * rules are here. Pure: `today` is passed in.
 */
import { type AlertState, episodeUrgency } from '../alerts/episodes';
import { openAlerts } from '../alerts/open';
import { type AlertConfig, type AlertEntry, computeAlerts, overdueFrom } from '../alerts/rules';
import type { Alert } from '../alerts/types';
import { Context } from '../checkin/context';
import { RAPID_WORSENING } from '../knowledge/redFlags';
import type { PanelRow, PanelStatus, StoredAlert } from '../record';
import { toDayNumber, weeksBetween } from '../timeline/dates';
import { firstAromataseInhibitor } from '../timeline/timing';
import { type TimelineEntry, weeklyTimeline } from '../timeline/weekly';
import type { Urgency } from '../triage/types';

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
  /** `Sparkline.values`: the weekly timeline's last weeks, the latest check-in's week last. */
  readonly sparkline: readonly (number | null)[];
  /** `Sparkline.lastWeekFrom`: the day number on which the sparkline's last week starts. */
  readonly sparklineFromDay: number | null;
  readonly openAlerts: readonly PanelAlert[];
  /** Open alerts in all (the row carries only the first few). */
  readonly openCount: number;
  /** The most urgent open red flag: its urgency (0 emergency … 3 routine) and newest date; null when none. */
  readonly redFlagRank: number | null;
  readonly redFlagLatest: string | null;
}

/** Where each status sorts: red flag first, stable last. */
export const PANEL_STATUS_RANK: Readonly<Record<PanelStatus, number>> = {
  red_flag: 0,
  worsening: 1,
  overdue: 2,
  no_check_in: 3,
  stable: 4,
};

/** Red flags on the panel: the most urgent first (then the newest). */
export const URGENCY_RANK: Readonly<Record<Urgency, number>> = {
  emergency: 0,
  today: 1,
  soon: 2,
  routine: 3,
};
const RANK_URGENCY = Object.fromEntries(Object.entries(URGENCY_RANK).map(([k, v]) => [v, k])) as Record<
  number,
  Urgency
>;

/** A panel row's sparkline, as stored: shifted to today's week when it is read (`panelRow`). */
export interface Sparkline {
  /** Severity of the last `SPARKLINE_WEEKS` weeks, oldest first; null for a week with no check-in. */
  readonly values: readonly (number | null)[];
  /** Day number (days since 1970-01-01) on which the last of those weeks starts; null with no check-in. */
  readonly lastWeekFrom: number | null;
}

/**
 * The sparkline of a record: the last `SPARKLINE_WEEKS` weeks of core's `weeklyTimeline`, so the
 * panel and the patient page's chart agree — weeks counted from the medicine's start (from the
 * first check-in when no start is known) and each week's value the highest severity of the week's
 * latest check-in. The last week is the latest check-in's.
 */
export function sparklineOf(entries: readonly TimelineEntry[], context: Context): Sparkline {
  const timeline = weeklyTimeline(entries, context);
  const last = timeline.weeks.at(-1);
  if (!last || timeline.anchor === null) return { values: [], lastWeekFrom: null };
  const values: (number | null)[] = Array.from({ length: SPARKLINE_WEEKS }, () => null);
  for (const w of timeline.weeks) {
    const slot = SPARKLINE_WEEKS - 1 - (last.week - w.week);
    if (slot >= 0) values[slot] = w.maxSeverity;
  }
  return { values, lastWeekFrom: toDayNumber(timeline.anchor) + 7 * last.week };
}

/** Whole weeks from a sparkline's last week to the week holding `today` (0: this week). */
export function sparklineShift(lastWeekFrom: number | null, today: string): number {
  return lastWeekFrom === null ? SPARKLINE_WEEKS : Math.floor((toDayNumber(today) - lastWeekFrom) / 7);
}

/**
 * The summary of one record, from its recent check-ins (oldest first; only the check-in and what it
 * resembled are read), its stored alerts and the rules' state (which knows each open red flag's
 * urgency). A red flag counts while its episode is open; one that resolved never holds the row up.
 */
export function summarizePanel(
  entries: readonly TimelineEntry[],
  context: Context,
  alerts: readonly StoredAlert[],
  config: AlertConfig,
  state?: AlertState,
): PatientSummary {
  const latest = entries.at(-1);
  const urgencyOf = new Map(
    (state?.episodes ?? []).filter((e) => e.kind === 'red_flag').map((e) => [e.key, episodeUrgency(e)]),
  );
  const openRows = openAlerts(alerts);
  const flags = openRows
    .filter((a) => a.kind === 'red_flag')
    .map((a) => ({ rank: URGENCY_RANK[urgencyOf.get(a.key) ?? 'today'], date: a.date }))
    .toSorted((a, b) => a.rank - b.rank || b.date.localeCompare(a.date));
  // Red flags first, the most urgent then the newest; then the rest as `openAlerts` orders them.
  const flagRank = (a: StoredAlert) =>
    a.kind === 'red_flag' ? URGENCY_RANK[urgencyOf.get(a.key) ?? 'today'] : Number.POSITIVE_INFINITY;
  const open = openRows
    .toSorted((a, b) => flagRank(a) - flagRank(b))
    .map(({ key, kind, level, reason, date }) => ({ key, kind, level, reason, date }));
  const warnings = open.filter((a) => a.level === 'warning' && a.kind !== 'red_flag').map((a) => a.date);
  const sparkline = sparklineOf(entries, context);
  return {
    lastCheckInDate: latest?.checkIn.date ?? null,
    // Overdue counts from a check-in: someone who never checked in is "no check-in yet" instead.
    overdueFrom: latest ? overdueFrom(latest.checkIn.date, context, config) : null,
    redFlagOpen: flags.length > 0,
    warningLatest: warnings.length ? (warnings.toSorted().at(-1) as string) : null,
    pattern: latest?.assessment.resembles.map((r) => r.condition) ?? [],
    sparkline: sparkline.values,
    sparklineFromDay: sparkline.lastWeekFrom,
    openAlerts: open.slice(0, PANEL_OPEN_ALERTS),
    openCount: open.length,
    redFlagRank: flags[0]?.rank ?? null,
    redFlagLatest: flags[0]?.date ?? null,
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
  readonly sparklineFromDay: number | null;
  readonly openAlerts: readonly PanelAlert[] | null;
  readonly openCount: number | null;
  readonly redFlagRank: number | null;
  readonly signedUpOn: string | null;
}

const RANK_STATUS = Object.fromEntries(Object.entries(PANEL_STATUS_RANK).map(([k, v]) => [v, k])) as Record<
  number,
  PanelStatus
>;

/** The row shown on `today`: the sparkline shifted to this week, `overdue` (never stored) added. */
export function panelRow(r: StoredPanelRow, today: string, overdue: PanelAlert | undefined): PanelRow {
  const course = r.context ? firstAromataseInhibitor(Context.parse(r.context)) : undefined;
  const shift = sparklineShift(r.sparklineFromDay, today);
  const stored = r.sparkline ?? [];
  const sparkline = Array.from({ length: SPARKLINE_WEEKS }, (_, i) => stored[i + shift] ?? null);
  return {
    patient: r.patient,
    status: RANK_STATUS[r.rank] as PanelStatus,
    medicine: course?.drug ?? null,
    medicineStartedOn: course?.startedOn ?? null,
    weeksSinceStart: course ? Math.max(0, weeksBetween(course.startedOn, today)) : null,
    lastCheckInDate: r.lastCheckInDate,
    signedUpOn: r.signedUpOn,
    redFlagUrgency: r.redFlagRank === null ? null : (RANK_URGENCY[r.redFlagRank] ?? null),
    openAlertCount: r.openCount ?? 0,
    pattern: r.pattern ?? [],
    sparkline,
    openAlerts: [...(r.openAlerts ?? []), ...(overdue ? [overdue] : [])].slice(0, PANEL_OPEN_ALERTS),
  };
}

/** Core's `overdue` alert for one record on `today` (from its latest check-in), or undefined. */
export function overdueAlert(
  latest: AlertEntry | undefined,
  context: unknown,
  today: string,
  config: AlertConfig,
): PanelAlert | undefined {
  if (!latest) return undefined;
  const a: Alert | undefined = computeAlerts([latest], Context.parse(context ?? {}), today, config).find(
    (x) => x.kind === 'overdue',
  );
  return a && { key: a.key, kind: a.kind, level: a.level, reason: a.reason, date: a.date };
}

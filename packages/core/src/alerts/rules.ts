/**
 * Care-team alert rules: what in a person's latest check-in is worth a clinician's look.
 * "Severe or worsening" is what the weekly-monitoring trials alerted on [basch2016][basch2022];
 * one in three weekly surveys alerted in PRO-TECT [aft39-alerts], so every threshold lives in
 * `AlertConfig` and a site can tune the load. Pure: `today` is passed in, nothing reads a clock.
 *
 * Alerts are episodes (`episodes.ts`): keys are stable (`kind:date[:detail]`), `date` in a key
 * being the check-in that opened the episode, so the server stores an episode once, updates it and
 * remembers that it was acknowledged. For `overdue` the key's date is the last check-in (so one gap
 * is one alert however many days it is recomputed), while `Alert.date` is the day it was computed.
 */
import type { Context } from '../checkin/context';
import type { CheckIn } from '../checkin/schema';
import type { SourceId } from '../knowledge/sources';
import { addDays, daysBetween } from '../timeline/dates';
import { cadenceIntervalDays, checkInSchedule } from '../timeline/reminders';
import { firstAromataseInhibitor } from '../timeline/timing';
import type { Assessment, ProCtcaeAttributes, Resemblance, Urgency } from '../triage/types';
import { EMPTY_ALERT_STATE, median, stepAlerts, worstOf } from './episodes';
import type { Alert, AlertKind, AlertLevel } from './types';

/**
 * What the rules read of one check-in: the check-in and three parts of its stored assessment. A
 * full `AssessedCheckIn` is one; a store may read just these parts of years of check-ins.
 */
export interface AlertEntry {
  readonly checkIn: CheckIn;
  readonly assessment: Pick<Assessment, 'redFlags' | 'resembles' | 'scores'>;
}

export interface AlertConfig {
  /** `worsening`: rise in worst severity (0–10) over the person's own baseline that alerts. */
  readonly worseningPoints: number;
  /** `worsening`: how many recent check-ins make the person's level (their median). */
  readonly baselineCheckIns: number;
  /** `composite_grade_3`: the composite grade (0–3) that alerts, or higher. */
  readonly compositeGradeAtLeast: number;
  /** `pain_adherence_risk`: worst pain (0–10) at or above which stopping the medicine is more likely. */
  readonly adherenceRiskWorstPain: number;
  /** `overdue`: days without a check-in, while check-ins are weekly. */
  readonly overdueDays: number;
  /**
   * `overdue`: stretch the gap with the reminder cadence (2-weekly after 6 months, 4-weekly after
   * 12), keeping the same grace past the due date; otherwise `overdueDays` always.
   */
  readonly overdueFollowsCadence: boolean;
  /** `new_pattern`: the weakest resemblance that counts as a pattern. */
  readonly newPatternMinStrength: Resemblance['strength'];
  /**
   * Weeks a condition must be gone (at every check-in) before its episode resolves and a return
   * opens a new alert. Red flags resolve at the first check-in without them.
   */
  readonly resolvedAfterWeeks: number;
}

/**
 * Defaults. Worsening: 2 points on a 0–10 scale (about 30%) is the smallest change people feel as
 * meaningful [farrar2001], the responder threshold of the AIMSS trials [hershman2018][henry2018].
 * Adherence: worst joint pain ≥ 4 doubled the risk of stopping an AI early (HR 2.09) [chim2013].
 * Composite grade 3 is the "severe" end of the PRO-CTCAE composite [basch2021]. Overdue: two missed
 * weekly reports, weekly being the suggested early cadence [nci-faq][basch2022].
 */
export const DEFAULT_ALERT_CONFIG: AlertConfig = {
  worseningPoints: 2,
  baselineCheckIns: 3,
  compositeGradeAtLeast: 3,
  adherenceRiskWorstPain: 4,
  overdueDays: 21,
  overdueFollowsCadence: true,
  newPatternMinStrength: 'moderate',
  resolvedAfterWeeks: 3,
};

export const ALERT_SOURCES = {
  red_flag: ['basch2016', 'basch2022'],
  worsening: ['farrar2001', 'hershman2018', 'henry2018'],
  new_pattern: ['basch2022'],
  composite_grade_3: ['basch2021'],
  pain_adherence_risk: ['chim2013'],
  overdue: ['basch2022', 'nci-faq'],
} as const satisfies Record<AlertKind, readonly SourceId[]>;

const LEVEL_ORDER: Record<AlertLevel, number> = { critical: 0, warning: 1, info: 2 };

function alert(
  kind: AlertKind,
  level: AlertLevel,
  keyDate: string,
  date: string,
  reason: string,
  detail?: string,
  extraSources: readonly SourceId[] = [],
): Alert {
  return {
    key: detail ? `${kind}:${keyDate}:${detail}` : `${kind}:${keyDate}`,
    kind,
    level,
    date,
    reason,
    sources: [...new Set<SourceId>([...extraSources, ...ALERT_SOURCES[kind]])],
  };
}

/**
 * The person's recent level before the latest check-in: the median worst severity of the last
 * `baselineCheckIns` check-ins (any order given). What a new `worsening` episode is measured from.
 */
export function baselineOf(
  earlier: readonly AlertEntry[],
  config: AlertConfig = DEFAULT_ALERT_CONFIG,
): { value: number; basis: string } | null {
  const recent = earlier.toSorted(byDate).slice(-config.baselineCheckIns);
  if (recent.length === 0) return null;
  return {
    value: median(recent.map((e) => worstOf(e).severity)),
    basis: `median of the last ${recent.length} check-in${recent.length === 1 ? '' : 's'}`,
  };
}

const byDate = (a: AlertEntry, b: AlertEntry) => a.checkIn.date.localeCompare(b.checkIn.date);

export const URGENCY_WORDS: Record<Urgency, string> = {
  emergency: 'emergency',
  today: 'same day',
  soon: 'within days',
  routine: 'routine',
};

export const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const ATTRIBUTE_WORDS = ['frequency', 'severity', 'interference'] as const;
export function describeAttributes(a: ProCtcaeAttributes | undefined): string {
  if (!a) return '';
  const parts = ATTRIBUTE_WORDS.filter((k) => a[k] !== undefined).map((k) => `${k} ${a[k]}/4`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * The gap the `overdue` rule allows after `since` (the latest check-in, else the medicine's start):
 * `overdueDays`, stretched by the reminder cadence in force on `since` when the config says so.
 * Null when nothing dates the record.
 */
function overdueGap(
  latestDate: string | undefined,
  context: Context,
  config: AlertConfig,
): { since: string; interval: number; threshold: number } | null {
  const start = firstAromataseInhibitor(context)?.startedOn ?? null;
  const since = latestDate ?? start;
  if (!since) return null;
  const interval = config.overdueFollowsCadence
    ? cadenceIntervalDays(start, since, checkInSchedule(context).phases)
    : 7;
  const threshold = config.overdueDays + (config.overdueFollowsCadence ? interval - 7 : 0);
  return { since, interval, threshold };
}

/**
 * The first day `computeAlerts` raises `overdue` for a record whose latest check-in is dated
 * `latestDate` (undefined: none yet, counted from the medicine's start); it stays raised every day
 * after until the next check-in. Null when nothing dates the record. Lets a store keep one date
 * instead of asking the rule day by day.
 */
export function overdueFrom(
  latestDate: string | undefined,
  context: Context,
  config: AlertConfig = DEFAULT_ALERT_CONFIG,
): string | null {
  const gap = overdueGap(latestDate, context, config);
  return gap && addDays(gap.since, gap.threshold);
}

function overdueAlerts(
  latest: AlertEntry | undefined,
  context: Context,
  today: string,
  config: AlertConfig,
): Alert[] {
  const due = overdueGap(latest?.checkIn.date, context, config);
  if (!due) return [];
  const { since, interval, threshold } = due;
  const gap = daysBetween(since, today);
  if (gap < threshold) return [];
  const expect = interval === 7 ? 'weekly' : `every ${interval / 7} weeks`;
  const what = latest ? `the last one was on ${since}` : `none since the medicine started on ${since}`;
  return [
    alert(
      'overdue',
      'info',
      since,
      today,
      `No check-in for ${gap} days (${what}); check-ins are expected ${expect} at this stage.`,
    ),
  ];
}

/**
 * Alerts the latest check-in opens — a new episode of a condition, judged against the check-ins
 * before it with no acknowledgements (see `episodes.ts`) — and `overdue` from `today`, most
 * prominent first. `entries` may come in any order; alerts are computed from the stored assessments.
 */
export function computeAlerts(
  entries: readonly AlertEntry[],
  context: Context,
  today: string,
  config: AlertConfig = DEFAULT_ALERT_CONFIG,
): Alert[] {
  const sorted = entries.toSorted(byDate);
  const latest = sorted.at(-1);
  let state = EMPTY_ALERT_STATE;
  for (const e of sorted.slice(0, -1)) state = stepAlerts(state, e, config).state;
  const opened = latest
    ? stepAlerts(state, latest, config).changes.upserts.filter(
        (a) => a.key.split(':')[1] === latest.checkIn.date,
      )
    : [];
  const alerts = [...opened, ...overdueAlerts(latest, context, today, config)];
  return alerts.toSorted((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

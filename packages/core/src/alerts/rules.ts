/**
 * Care-team alert rules: what in a person's latest check-in is worth a clinician's look.
 * "Severe or worsening" is what the weekly-monitoring trials alerted on [basch2016][basch2022];
 * one in three weekly surveys alerted in PRO-TECT [aft39-alerts], so every threshold lives in
 * `AlertConfig` and a site can tune the load. Pure: `today` is passed in, nothing reads a clock.
 *
 * Keys are stable (`kind:date[:detail]`) so the server can store an alert once and remember that it
 * was acknowledged. `date` in a key is the check-in that raised it; for `overdue` it is the last
 * check-in (so one gap is one alert however many days it is recomputed), while `Alert.date` is the
 * day it was computed.
 */
import type { Context } from '../checkin/context';
import type { CheckIn } from '../checkin/schema';
import { region } from '../hand/regions';
import type { SourceId } from '../knowledge/sources';
import { addDays, daysBetween } from '../timeline/dates';
import { cadenceIntervalDays } from '../timeline/reminders';
import { firstAromataseInhibitor } from '../timeline/timing';
import type { Assessment, ProCtcaeAttributes, Resemblance, Urgency } from '../triage/types';
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
  /** `worsening`: how many first check-ins make the baseline (their median). */
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
const STRENGTH_ORDER: Record<Resemblance['strength'], number> = { weak: 0, moderate: 1, strong: 2 };

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

/** Highest severity 0–10 over the areas marked that day (0 when none), and where. */
function worstOf(entry: AlertEntry): { severity: number; where: string | null } {
  let best = { severity: 0, where: null as string | null };
  for (const r of entry.checkIn.regions) {
    if (r.severity > best.severity) best = { severity: r.severity, where: region(r.region).name };
  }
  return best;
}

function median(values: readonly number[]): number {
  const s = values.toSorted((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * What the rules remember of a person's check-ins so far, so the next one can be judged without
 * reading them all again: a fold over the record (`advanceAlertState`), stored with it. Plain JSON.
 * Independent of `AlertConfig` (it keeps enough for any threshold the config allows).
 */
export interface AlertState {
  /** Changes when the shape changes; a stored state of another version is rebuilt from the record. */
  readonly version: 1;
  /** Check-ins folded in so far, and the date of the latest. */
  readonly count: number;
  readonly lastDate: string | null;
  /** The date of the first check-in and the worst severity of the first ones (up to 52). */
  readonly firstDate: string | null;
  readonly firstWorst: readonly number[];
  /** Each condition resembled so far, with the strongest resemblance (0 weak, 1 moderate, 2 strong). */
  readonly seen: Readonly<Record<string, number>>;
  /** The red flags of the latest check-in, with their urgency. */
  readonly redFlags: readonly { readonly id: string; readonly urgency: Urgency }[];
}

export const EMPTY_ALERT_STATE: AlertState = {
  version: 1,
  count: 0,
  lastDate: null,
  firstDate: null,
  firstWorst: [],
  seen: {},
  redFlags: [],
};

/** A stored state, when it has this version's shape; undefined otherwise (rebuild it from the record). */
export function parseAlertState(json: unknown): AlertState | undefined {
  const s = json as Partial<AlertState> | null | undefined;
  if (!s || typeof s !== 'object' || s.version !== 1 || typeof s.count !== 'number') return undefined;
  return s as AlertState;
}

/** Enough first check-ins for the largest `baselineCheckIns` a config may set. */
const FIRST_KEPT = 52;

/** The state after one more check-in (the latest, by date then as saved). */
export function advanceAlertState(state: AlertState, entry: AlertEntry): AlertState {
  const seen: Record<string, number> = { ...state.seen };
  for (const r of entry.assessment.resembles) {
    const rank = STRENGTH_ORDER[r.strength];
    if ((seen[r.condition] ?? -1) < rank) seen[r.condition] = rank;
  }
  return {
    version: 1,
    count: state.count + 1,
    lastDate: entry.checkIn.date,
    firstDate: state.firstDate ?? entry.checkIn.date,
    firstWorst:
      state.firstWorst.length < FIRST_KEPT
        ? [...state.firstWorst, worstOf(entry).severity]
        : state.firstWorst,
    seen,
    redFlags: entry.assessment.redFlags.map((f) => ({ id: f.id, urgency: f.urgency })),
  };
}

/** The state after all of `entries` (oldest first). */
export function alertStateOf(entries: readonly AlertEntry[]): AlertState {
  return entries.reduce(advanceAlertState, EMPTY_ALERT_STATE);
}

/** The person's own baseline from the state before the latest: median of the first N, else the first. */
function baselineFrom(state: AlertState, config: AlertConfig): { value: number; basis: string } | null {
  if (state.count === 0 || state.firstDate === null) return null;
  const n = config.baselineCheckIns;
  if (n > 1 && state.count >= n) {
    return { value: median(state.firstWorst.slice(0, n)), basis: `median of the first ${n} check-ins` };
  }
  return { value: state.firstWorst[0] as number, basis: `the first check-in, ${state.firstDate}` };
}

/** The person's own baseline from the check-ins before the latest (any order): median of the first N, else the first. */
export function baselineOf(
  earlier: readonly AlertEntry[],
  config: AlertConfig = DEFAULT_ALERT_CONFIG,
): { value: number; basis: string } | null {
  return baselineFrom(alertStateOf(earlier.toSorted(byDate)), config);
}

const byDate = (a: AlertEntry, b: AlertEntry) => a.checkIn.date.localeCompare(b.checkIn.date);

const URGENCY_WORDS: Record<Urgency, string> = {
  emergency: 'emergency',
  today: 'same day',
  soon: 'within days',
  routine: 'routine',
};

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const URGENCY_RANK: Record<Urgency, number> = { emergency: 0, today: 1, soon: 2, routine: 3 };

/**
 * Red flags new since the check-in before, or more urgent than they were then: arm swelling last
 * week ("soon") that now comes with a fever ("emergency") is the same flag but a new danger.
 */
function redFlagAlerts(latest: AlertEntry, state: AlertState): Alert[] {
  const before = new Map<string, number>();
  for (const f of state.redFlags) {
    const rank = URGENCY_RANK[f.urgency];
    if (!before.has(f.id) || rank < (before.get(f.id) as number)) before.set(f.id, rank);
  }
  return latest.assessment.redFlags
    .filter((f) => {
      const was = before.get(f.id);
      return was === undefined || URGENCY_RANK[f.urgency] < was;
    })
    .map((f) =>
      alert(
        'red_flag',
        'critical',
        latest.checkIn.date,
        latest.checkIn.date,
        `${before.has(f.id) ? 'Red flag now more urgent' : 'New red flag'} (${f.name ? `${f.name}; ` : ''}${URGENCY_WORDS[f.urgency]}): ${sentence(f.reason)} ` +
          `Advised: ${sentence(f.action)}`,
        f.id,
        f.sources,
      ),
    );
}

function worseningAlerts(latest: AlertEntry, state: AlertState, config: AlertConfig): Alert[] {
  const baseline = baselineFrom(state, config);
  if (!baseline) return [];
  const now = worstOf(latest);
  const rise = now.severity - baseline.value;
  if (rise < config.worseningPoints) return [];
  return [
    alert(
      'worsening',
      'warning',
      latest.checkIn.date,
      latest.checkIn.date,
      `Worst severity ${now.severity}/10${now.where ? ` (${now.where})` : ''}, up ${rise} from a baseline of ` +
        `${baseline.value} (${baseline.basis}); a rise of ${config.worseningPoints} or more on a 0–10 scale is ` +
        'usually felt as a real change.',
    ),
  ];
}

function newPatternAlerts(latest: AlertEntry, state: AlertState, config: AlertConfig): Alert[] {
  const min = STRENGTH_ORDER[config.newPatternMinStrength];
  const counts = (r: Resemblance) => STRENGTH_ORDER[r.strength] >= min;
  return latest.assessment.resembles
    .filter((r) => counts(r) && !((state.seen[r.condition] ?? -1) >= min))
    .map((r) => {
      const where = r.regions.slice(0, 3).map((id) => region(id).name);
      const more = r.regions.length > 3 ? ` and ${r.regions.length - 3} more` : '';
      return alert(
        'new_pattern',
        'warning',
        latest.checkIn.date,
        latest.checkIn.date,
        `For the first time the check-in resembles ${r.name} (${r.strength} resemblance, not a diagnosis)` +
          `${where.length ? `: ${where.join('; ')}${more}` : ''}.`,
        r.condition,
        r.sources,
      );
    });
}

const ATTRIBUTE_WORDS = ['frequency', 'severity', 'interference'] as const;
function describeAttributes(a: ProCtcaeAttributes | undefined): string {
  if (!a) return '';
  const parts = ATTRIBUTE_WORDS.filter((k) => a[k] !== undefined).map((k) => `${k} ${a[k]}/4`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function compositeAlerts(latest: AlertEntry, config: AlertConfig): Alert[] {
  const { composite, compositeAttributes } = latest.assessment.scores;
  const terms = [
    {
      detail: 'joint_pain',
      name: 'joint pain',
      grade: composite.jointPain,
      attrs: compositeAttributes?.jointPain,
    },
    {
      detail: 'numbness',
      name: 'numbness and tingling',
      grade: composite.numbness,
      attrs: compositeAttributes?.numbness,
    },
  ];
  return terms
    .filter((t) => t.grade >= config.compositeGradeAtLeast)
    .map((t) =>
      alert(
        'composite_grade_3',
        'warning',
        latest.checkIn.date,
        latest.checkIn.date,
        `PRO-CTCAE-style composite grade ${t.grade} of 3 for ${t.name}${describeAttributes(t.attrs)}.`,
        t.detail,
      ),
    );
}

function adherenceAlerts(latest: AlertEntry, config: AlertConfig): Alert[] {
  const worst = latest.checkIn.pain?.worst;
  if (worst === undefined || worst < config.adherenceRiskWorstPain) return [];
  return [
    alert(
      'pain_adherence_risk',
      'warning',
      latest.checkIn.date,
      latest.checkIn.date,
      `Worst pain ${worst}/10 this week. At ${config.adherenceRiskWorstPain} or more, people were about twice as ` +
        'likely to stop their aromatase inhibitor early: worth asking how they are managing.',
    ),
  ];
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
  const interval = config.overdueFollowsCadence ? cadenceIntervalDays(start, since) : 7;
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
 * Alerts raised by the latest check-in (and `overdue` from `today`), most prominent first.
 * `entries` may come in any order; alerts are computed from the stored assessments.
 */
export function computeAlerts(
  entries: readonly AlertEntry[],
  context: Context,
  today: string,
  config: AlertConfig = DEFAULT_ALERT_CONFIG,
): Alert[] {
  const sorted = entries.toSorted(byDate);
  const latest = sorted.at(-1);
  const alerts = latest ? checkInAlerts(alertStateOf(sorted.slice(0, -1)), latest, config) : [];
  alerts.push(...overdueAlerts(latest, context, today, config));
  return alerts.toSorted((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/**
 * The alerts one check-in raises as the latest, given the state of the record before it
 * (`overdue` aside: that depends on today). What a save computes, without the earlier check-ins.
 */
export function checkInAlerts(before: AlertState, latest: AlertEntry, config: AlertConfig): Alert[] {
  return [
    ...redFlagAlerts(latest, before),
    ...worseningAlerts(latest, before, config),
    ...newPatternAlerts(latest, before, config),
    ...compositeAlerts(latest, config),
    ...adherenceAlerts(latest, config),
  ];
}

/**
 * When to ask for the next check-in. Pure: every date is passed in, nothing reads a clock.
 *
 * Cadence (our design note): weekly for the first 6 months after the medicine started, every 2
 * weeks until 12 months, then every 4 weeks. Weekly symptom reports are what the NCI suggests in
 * the first months, then less often [nci-faq]; most AI joint symptoms start within 3 months
 * [arthcare2012], but onsets at 8 and 13+ months are reported [kanematsu2011], so check-ins never
 * stop, they only thin out.
 */
import type { Context, RiskProfile } from '../checkin/context';
import type { SourceId } from '../knowledge/sources';
import { addDays, fromDayNumber, toDayNumber } from './dates';
import { firstAromataseInhibitor } from './timing';

export const REMINDER_SOURCES = [
  'nci-faq',
  'arthcare2012',
  'kanematsu2011',
] as const satisfies readonly SourceId[];

export interface CadencePhase {
  readonly fromMonths: number;
  readonly everyDays: number;
}

/** Days between check-ins from each number of months after the medicine started (the standard watch). */
export const REMINDER_CADENCE = [
  { fromMonths: 0, everyDays: 7 },
  { fromMonths: 6, everyDays: 14 },
  { fromMonths: 12, everyDays: 28 },
] as const satisfies readonly CadencePhase[];

/**
 * The closer watch, for a higher-risk profile: weekly for the whole first year (onsets at 8 and 13+
 * months are reported [kanematsu2011][soumaya2016]), every 2 weeks in the second, then every 4.
 * The lengths are our judgement, built on the standard watch above.
 */
export const CLOSER_CADENCE = [
  { fromMonths: 0, everyDays: 7 },
  { fromMonths: 12, everyDays: 14 },
  { fromMonths: 24, everyDays: 28 },
] as const satisfies readonly CadencePhase[];

/** A risk factor for joint or hand symptoms on an aromatase inhibitor, as the profile shows it. */
export interface CadenceRiskFactor {
  readonly id: string;
  /** Plain words: "your menopause was recent". */
  readonly words: string;
  readonly sources: readonly SourceId[];
}

/**
 * The published risk factors that the profile can show, each
 * with its sources. BMI is left out: the studies point both ways [crew2007][beckwee2017].
 */
export const CADENCE_RISK_FACTORS: readonly (CadenceRiskFactor & {
  readonly applies: (r: RiskProfile) => boolean;
})[] = [
  {
    id: 'recent_menopause',
    words: 'your menopause was recent',
    sources: ['mao2009', 'kanematsu2011'],
    applies: (r) =>
      r.menopause === 'peri' || (r.yearsSinceLastPeriod !== undefined && r.yearsSinceLastPeriod < 5),
  },
  {
    id: 'younger_age',
    words: 'you are under 60',
    sources: ['sestak2009', 'kanematsu2011', 'henry2012'],
    applies: (r) => r.age !== undefined && r.age < 60,
  },
  {
    id: 'chemotherapy',
    words: 'you had chemotherapy (a taxane most of all)',
    sources: ['sestak2008', 'crew2007', 'beckwee2017'],
    applies: (r) => (r.chemotherapy?.length ?? 0) > 0,
  },
  {
    id: 'prior_hrt',
    words: 'you took HRT before',
    sources: ['sestak2008', 'sestak2009', 'tw-hrt-cts'],
    applies: (r) => r.priorHrt === true,
  },
  {
    id: 'prior_hormone_therapy',
    words: 'you took tamoxifen before (linked to stopping early)',
    sources: ['chim2013'],
    applies: (r) => r.priorTamoxifen === true,
  },
  {
    id: 'diabetes',
    words: 'you have diabetes (trigger finger is more likely)',
    sources: ['tw-hand2019', 'unlv-tf', 'hollins2022'],
    applies: (r) => r.diabetes === true,
  },
  {
    id: 'prior_hand_problem',
    words: 'you had a hand problem before',
    sources: ['spagnolo2016'],
    applies: (r) => (r.priorHandProblems?.length ?? 0) > 0,
  },
  {
    id: 'lymph_nodes',
    words: 'lymph nodes were removed (swelling on that side needs watching)',
    sources: ['scot-lymph'],
    applies: (r) => r.lymphNodeSurgerySide !== undefined && r.lymphNodeSurgerySide !== 'none',
  },
];

/** From this many factors the closer watch applies: our judgement (one factor alone is common). */
export const CLOSER_WATCH_FACTORS = 2;

export interface CheckInSchedule {
  readonly watch: 'standard' | 'closer';
  readonly phases: readonly CadencePhase[];
  readonly factors: readonly CadenceRiskFactor[];
  /** "Every week for the first 12 months, then every 2 weeks until 24 months, then every 4 weeks." */
  readonly text: string;
  /** Why, in words. */
  readonly reason: string;
  readonly sources: readonly SourceId[];
}

const every = (days: number) => (days === 7 ? 'every week' : `every ${days / 7} weeks`);

/** The phases in words, from the medicine's start. */
export function cadenceText(phases: readonly CadencePhase[]): string {
  const parts = phases.map((p, i) => {
    const next = phases[i + 1];
    if (i === 0)
      return `${capital(every(p.everyDays))}${next ? ` for the first ${next.fromMonths} months` : ''}`;
    return `${every(p.everyDays)}${next ? ` until ${next.fromMonths} months` : ''}`;
  });
  return `${parts.join(', then ')}, counted from the day you started the medicine.`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * How often to ask, from the risk profile: the closer watch with `CLOSER_WATCH_FACTORS` or more
 * factors, else the standard one. Each factor names its sources; the reason says which applied.
 */
export function checkInSchedule(context: Pick<Context, 'risk'>): CheckInSchedule {
  const factors = CADENCE_RISK_FACTORS.filter((f) => f.applies(context.risk)).map(
    ({ id, words, sources }) => ({ id, words, sources }),
  );
  const closer = factors.length >= CLOSER_WATCH_FACTORS;
  const phases = closer ? CLOSER_CADENCE : REMINDER_CADENCE;
  const list = factors.map((f) => f.words);
  const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : (list[0] ?? '');
  const reason = closer
    ? `A closer watch, because ${joined}: joint and hand symptoms are more likely, and can start later.`
    : factors.length === 1
      ? `The usual watch: most symptoms start in the first months. One thing raises the chance (${joined}); with two or more we would ask more often.`
      : 'The usual watch: most symptoms start in the first months, so we ask most often then. Your answers under "More about you" can change this.';
  return {
    watch: closer ? 'closer' : 'standard',
    phases,
    factors,
    text: cadenceText(phases),
    reason,
    sources: [...new Set([...REMINDER_SOURCES, ...factors.flatMap((f) => f.sources)])],
  };
}

/** Most dates one call returns (a year of weekly reminders is 52). */
export const MAX_REMINDER_COUNT = 400;

/** Weekday of a calendar date: 0 Sunday … 6 Saturday (as JavaScript's `getUTCDay`). */
export function weekdayOf(isoDate: string): number {
  // Day 0 of the day numbers, 1970-01-01, was a Thursday (4).
  return (((toDayNumber(isoDate) + 4) % 7) + 7) % 7;
}

/** The same day `months` calendar months later, kept inside the month (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(year, month, Math.min(d, lastDay)) / 86_400_000);
}

/** The first date on or after `isoDate` that falls on `weekday`. */
export function nextWeekday(isoDate: string, weekday: number): string {
  return addDays(isoDate, (((weekday - weekdayOf(isoDate)) % 7) + 7) % 7);
}

/**
 * Days between check-ins on `date`: 7, 14 or 28 by the time since the medicine started; weekly
 * when the start is not known (or the date is before it).
 */
export function cadenceIntervalDays(
  medicineStartedOn: string | null | undefined,
  date: string,
  phases: readonly CadencePhase[] = REMINDER_CADENCE,
): number {
  let every = 7;
  if (!medicineStartedOn) return every;
  for (const phase of phases) {
    if (date >= addMonths(medicineStartedOn, phase.fromMonths)) every = phase.everyDays;
  }
  return every;
}

export interface ReminderRequest {
  /** The first aromatase inhibitor's start (`YYYY-MM-DD`), or null when not known. */
  readonly medicineStartedOn: string | null;
  /** The person's chosen weekday, 0 Sunday … 6 Saturday. */
  readonly weekday: number;
  /** First day that may be returned (usually today). */
  readonly from: string;
  /** How many dates to return, 1–400. */
  readonly count: number;
  /** The watch to follow (`checkInSchedule(context).phases`); the standard one when left out. */
  readonly phases?: readonly CadencePhase[];
}

/** The next `count` dates for a person: their first aromatase inhibitor and the watch their profile gives. */
export function reminderDatesFor(
  context: Context,
  req: Pick<ReminderRequest, 'weekday' | 'from' | 'count'>,
): string[] {
  return reminderDates({
    ...req,
    medicineStartedOn: firstAromataseInhibitor(context)?.startedOn ?? null,
    phases: checkInSchedule(context).phases,
  });
}

/**
 * The next `count` check-in dates on or after `from`, all on the chosen weekday. The schedule is laid
 * from the first chosen weekday on or after the medicine's start, so asking again another day gives
 * the same dates (a calendar feed never jumps); before the start, and without one, it is weekly.
 */
export function reminderDates(req: ReminderRequest): string[] {
  const { medicineStartedOn: start, weekday, from, count } = req;
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6)
    throw new RangeError(`weekday must be a whole number 0–6, 0 = Sunday (got ${weekday})`);
  if (!Number.isInteger(count) || count < 0 || count > MAX_REMINDER_COUNT)
    throw new RangeError(`count must be a whole number 0–${MAX_REMINDER_COUNT} (got ${count})`);
  for (const [name, value] of [
    ['from', from],
    ['medicineStartedOn', start],
  ] as const) {
    if (value !== null && !/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw new RangeError(`${name} must be a date written YYYY-MM-DD (got "${value}")`);
  }
  // Lay the schedule from the start (stable), or from `from` when it comes first or is unknown.
  const origin = start && start < from ? start : from;
  const out: string[] = [];
  let date = nextWeekday(origin, weekday);
  while (out.length < count) {
    if (date >= from) out.push(date);
    date = addDays(date, cadenceIntervalDays(start, date, req.phases));
  }
  return out;
}

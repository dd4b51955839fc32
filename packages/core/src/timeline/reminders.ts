/**
 * When to ask for the next check-in. Pure: every date is passed in, nothing reads a clock.
 *
 * Cadence (our design note): weekly for the first 6 months after the medicine started, every 2
 * weeks until 12 months, then every 4 weeks. Weekly symptom reports are what the NCI suggests in
 * the first months, then less often [nci-faq]; most AI joint symptoms start within 3 months
 * [arthcare2012], but onsets at 8 and 13+ months are reported [kanematsu2011], so check-ins never
 * stop, they only thin out.
 */
import type { SourceId } from '../knowledge/sources';
import { addDays, fromDayNumber, toDayNumber } from './dates';

export const REMINDER_SOURCES = [
  'nci-faq',
  'arthcare2012',
  'kanematsu2011',
] as const satisfies readonly SourceId[];

/** Days between check-ins from each number of months after the medicine started. */
export const REMINDER_CADENCE = [
  { fromMonths: 0, everyDays: 7 },
  { fromMonths: 6, everyDays: 14 },
  { fromMonths: 12, everyDays: 28 },
] as const;

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
export function cadenceIntervalDays(medicineStartedOn: string | null | undefined, date: string): number {
  let every = 7;
  if (!medicineStartedOn) return every;
  for (const phase of REMINDER_CADENCE) {
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
    date = addDays(date, cadenceIntervalDays(start, date));
  }
  return out;
}

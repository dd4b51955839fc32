import { AROMATASE_INHIBITORS, type Context, type MedicineCourse } from '../checkin/context';
import type { CheckIn } from '../checkin/schema';
import type { Timing } from '../triage/types';
import { daysBetween, weeksBetween } from './dates';

/** Most people with AI joint symptoms notice them within 3 months (75% by 8 weeks) [arthcare2012][mao2009]. */
export const EARLY_WINDOW_DAYS = 91;

/** The first aromatase-inhibitor course: day 0 of every timeline. Tamoxifen alone gives none. */
export function firstAromataseInhibitor(context: Context): MedicineCourse | undefined {
  return context.medicines
    .filter((c) => AROMATASE_INHIBITORS.includes(c.drug))
    .reduce<MedicineCourse | undefined>(
      (first, c) => (!first || c.startedOn < first.startedOn ? c : first),
      undefined,
    );
}

/** Earliest onset date among the reported areas, if any area gave one. */
export function earliestOnset(checkIn: CheckIn): string | null {
  let first: string | null = null;
  for (const r of checkIn.regions) if (r.startedOn && (!first || r.startedOn < first)) first = r.startedOn;
  return first;
}

/**
 * When this check-in sits relative to the medicine's start, and whether symptoms began before it.
 * Onset is kept open long after the first months: later onsets (13+ months; a 14-month median for
 * AI-related carpal tunnel in one series) are reported [kanematsu2011][soumaya2016].
 */
export function computeTiming(checkIn: CheckIn, context: Context): Timing {
  const course = firstAromataseInhibitor(context);
  const onset = earliestOnset(checkIn);
  const start = course?.startedOn ?? null;
  const onsetDays = start && onset ? daysBetween(start, onset) : null;
  return {
    medicine: course?.drug ?? null,
    medicineStartedOn: start,
    weeksSinceStart: start ? weeksBetween(start, checkIn.date) : null,
    earliestOnset: onset,
    onsetWeeksAfterStart: start && onset ? weeksBetween(start, onset) : null,
    onsetBeforeMedicine: onsetDays === null ? null : onsetDays < 0,
    inEarlyWindow: onsetDays === null ? null : onsetDays >= 0 && onsetDays <= EARLY_WINDOW_DAYS,
  };
}

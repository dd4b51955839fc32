import type { Context } from '../checkin/context';
import type { CheckIn } from '../checkin/schema';
import type { CheckInMarks } from '../triage/input';
import type { Assessment, ConditionId, Resemblance } from '../triage/types';
import { weeksBetween } from './dates';
import { type MedicineChangeMark, medicineChangeMarks } from './medicines';
import { firstAromataseInhibitor } from './timing';

export interface AssessedCheckIn {
  readonly checkIn: CheckIn;
  readonly assessment: Assessment;
}

/**
 * What the timeline reads of a check-in: its date and each area's severity, and the patterns its
 * assessment named with their areas. A stored check-in is one; a save reads only this much.
 */
export interface TimelineEntry {
  readonly checkIn: CheckInMarks;
  readonly assessment: { readonly resembles: readonly Pick<Resemblance, 'condition' | 'regions'>[] };
}

export interface TimelineWeek {
  /** Whole weeks since the medicine started (or since the first check-in when no start is known). */
  readonly week: number;
  /** Date of the check-in that stands for this week (the latest one in it). */
  readonly date: string;
  /** Highest severity 0–10 over all marked areas that day. */
  readonly maxSeverity: number;
  /** Highest severity among the areas of each condition pattern the check-in resembled. */
  readonly byCondition: Partial<Record<ConditionId, number>>;
}

export interface Timeline {
  readonly medicine: string | null;
  readonly medicineStartedOn: string | null;
  /** Day 0 of the `week` numbers. */
  readonly anchor: string | null;
  readonly weeks: readonly TimelineWeek[];
  /** Every start, switch, pause, stop and restart of a medicine, placed on the same week axis. */
  readonly medicineChanges: readonly MedicineChangeMark[];
}

/**
 * Per-week severity by condition pattern since the medicine started, read from stored assessments
 * (so a later change of rules never rewrites what was shown at the time). One point per week: the
 * latest check-in of that week.
 */
export function weeklyTimeline(entries: readonly TimelineEntry[], context: Context): Timeline {
  const course = firstAromataseInhibitor(context);
  const sorted = entries.toSorted((a, b) => a.checkIn.date.localeCompare(b.checkIn.date));
  const anchor = course?.startedOn ?? sorted[0]?.checkIn.date ?? null;
  const byWeek = new Map<number, TimelineWeek>();
  if (anchor) {
    for (const { checkIn, assessment } of sorted) {
      const severityOf = new Map(checkIn.regions.map((r) => [r.region, r.severity]));
      const byCondition: Partial<Record<ConditionId, number>> = {};
      for (const r of assessment.resembles) {
        byCondition[r.condition] = Math.max(0, ...r.regions.map((id) => severityOf.get(id) ?? 0));
      }
      const week = weeksBetween(anchor, checkIn.date);
      byWeek.set(week, {
        week,
        date: checkIn.date,
        maxSeverity: Math.max(0, ...checkIn.regions.map((r) => r.severity)),
        byCondition,
      });
    }
  }
  return {
    medicine: course?.drug ?? null,
    medicineStartedOn: course?.startedOn ?? null,
    anchor,
    weeks: [...byWeek.values()],
    medicineChanges: medicineChangeMarks(context.medicines, anchor),
  };
}

import type { Context } from '../checkin/context';
import type { CheckIn, RegionReport } from '../checkin/schema';

/**
 * What the rules and the timeline read of an earlier check-in: its date and how bad each marked
 * area was. A whole `CheckIn` is one; a save reads only this much of the recent window.
 */
export interface CheckInMarks {
  readonly date: string;
  readonly regions: readonly Pick<RegionReport, 'region' | 'severity'>[];
}

/** Everything a rule may look at. History is earlier check-ins, oldest first, before `checkIn.date`. */
export interface AssessInput {
  readonly checkIn: CheckIn;
  readonly context: Context;
  readonly history: readonly CheckInMarks[];
}

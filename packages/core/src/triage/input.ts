import type { Context } from '../checkin/context';
import type { CheckIn } from '../checkin/schema';

/** Everything a rule may look at. History is earlier check-ins, oldest first, before `checkIn.date`. */
export interface AssessInput {
  readonly checkIn: CheckIn;
  readonly context: Context;
  readonly history: readonly CheckIn[];
}

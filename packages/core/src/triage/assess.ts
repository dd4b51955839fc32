import { Context, type ContextInput } from '../checkin/context';
import { CheckIn, type CheckInInput } from '../checkin/schema';
import { RULES_VERSION } from '../knowledge/version';
import { computeScores } from '../scores';
import { computeTiming } from '../timeline/timing';
import { gatherFacts } from './facts';
import type { AssessInput } from './input';
import { planNextSteps, tellYourGp } from './nextSteps';
import { findRedFlags } from './redFlags';
import { matchConditions } from './resembles';
import type { Assessment } from './types';

/**
 * Assesses one check-in: red flags first, then what the pattern resembles, the next steps on each
 * care ladder, timing relative to the medicine, and scores. Pure and deterministic: the same input
 * always gives the same answer. Inputs must already be parsed (`parseCheckIn`, `parseContext`).
 *
 * @param history earlier check-ins of the same person (any order); later ones are ignored.
 */
export function assess(checkIn: CheckIn, context: Context, history: readonly CheckIn[] = []): Assessment {
  const input: AssessInput = {
    checkIn,
    context,
    // Most calls pass no history: skip the filter and sort then (the engine aims at ≥ 200,000/s).
    history:
      history.length === 0
        ? history
        : history.filter((h) => h.date < checkIn.date).toSorted((a, b) => a.date.localeCompare(b.date)),
  };
  const timing = computeTiming(checkIn, context);
  const facts = gatherFacts(input, timing);
  const redFlags = findRedFlags(facts);
  const resembles = matchConditions(facts);
  return {
    rulesVersion: RULES_VERSION,
    checkInDate: checkIn.date,
    redFlags,
    resembles,
    nextSteps: planNextSteps(facts, resembles, redFlags),
    timing,
    scores: computeScores(checkIn),
    tellYourGp: tellYourGp(facts, resembles, redFlags),
  };
}

/** Parses unknown input (JSON from a person or another tool) and assesses it. Throws a ZodError naming the field. */
export function assessUnknown(input: {
  checkIn: CheckInInput;
  context?: ContextInput;
  history?: CheckInInput[];
}): Assessment {
  return assess(
    CheckIn.parse(input.checkIn),
    Context.parse(input.context ?? {}),
    (input.history ?? []).map((h) => CheckIn.parse(h)),
  );
}

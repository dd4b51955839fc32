import { Context, type ContextInput } from '../checkin/context';
import { CheckIn, type CheckInInput } from '../checkin/schema';
import { RULES_VERSION } from '../knowledge/version';
import { computeScores } from '../scores';
import { computeTiming } from '../timeline/timing';
import { adherenceConcerns, adherenceSentence, TALK_BEFORE_STOPPING } from './adherence';
import { gatherFacts } from './facts';
import type { AssessInput, CheckInMarks } from './input';
import { planNextSteps, tellYourGp } from './nextSteps';
import { findRedFlags } from './redFlags';
import { matchConditions } from './resembles';
import type { Assessment, ConditionId, NextStep, RedFlagFinding, Resemblance } from './types';

/** Urgencies beside which nothing else is shown: no care-ladder step, no medicine line. */
const URGENT = new Set(['emergency', 'today']);
/** Red flags after which nothing at all is shown beside them (not even what the pattern resembles). */
const ALONE = new Set(['stroke_signs']);
/** Red flags that point to the neck or spinal cord: no wrist-nerve ladder or hand surgeon beside them. */
const NECK = new Set(['neck_or_spine']);
const WRIST_NERVE: ReadonlySet<ConditionId> = new Set(['carpal_tunnel', 'ulnar_nerve']);
const ONCOLOGY_TALK_ID = 'tell_oncology_team';

/**
 * What is shown beside the red flags. While a flag at `emergency` or `today` stands, only the red
 * flags' own steps: no self-care or other care-ladder step and no medicine line compete with it. With
 * signs that may come from the neck, no carpal-tunnel or ulnar ladder and no hand surgeon. Otherwise,
 * when the medicine was missed, stopped or its stop considered, the oncology talk comes first after
 * the red flags' steps [chim2013][hershman2011].
 */
export function combineSteps(
  steps: readonly NextStep[],
  redFlags: readonly RedFlagFinding[],
  checkIn: CheckIn,
): NextStep[] {
  if (redFlags.some((r) => URGENT.has(r.urgency))) return steps.filter((s) => s.redFlag !== undefined);
  const neck = redFlags.some((r) => NECK.has(r.id));
  let out = neck
    ? steps.filter(
        (s) =>
          s.redFlag !== undefined ||
          (!(s.condition && WRIST_NERVE.has(s.condition)) && s.who !== 'hand_specialist'),
      )
    : steps.slice();
  if (adherenceConcerns(checkIn).length > 0) {
    out = out.filter((s) => s.id !== ONCOLOGY_TALK_ID);
    const at = out.findIndex((s) => s.redFlag === undefined);
    const talk: NextStep = {
      id: TALK_BEFORE_STOPPING.id,
      condition: null,
      text: TALK_BEFORE_STOPPING.text,
      who: TALK_BEFORE_STOPPING.who,
      sources: TALK_BEFORE_STOPPING.sources,
      status: 'suggested',
    };
    out.splice(at < 0 ? out.length : at, 0, talk);
  }
  return out;
}

function combineResembles(resembles: readonly Resemblance[], redFlags: readonly RedFlagFinding[]) {
  return redFlags.some((r) => ALONE.has(r.id)) ? [] : resembles;
}

/**
 * Assesses one check-in: red flags first, then what the pattern resembles, the next steps on each
 * care ladder, timing relative to the medicine, and scores. Pure and deterministic: the same input
 * always gives the same answer. Inputs must already be parsed (`parseCheckIn`, `parseContext`).
 *
 * @param history earlier check-ins of the same person (any order); later ones are ignored.
 */
export function assess(
  checkIn: CheckIn,
  context: Context,
  history: readonly CheckInMarks[] = [],
): Assessment {
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
  const resembles = combineResembles(matchConditions(facts), redFlags);
  const told = tellYourGp(facts, resembles, redFlags);
  const medicine = adherenceSentence(checkIn);
  return {
    rulesVersion: RULES_VERSION,
    checkInDate: checkIn.date,
    redFlags,
    resembles,
    nextSteps: combineSteps(planNextSteps(facts, resembles, redFlags), redFlags, checkIn),
    timing,
    scores: computeScores(checkIn),
    tellYourGp: medicine ? [...told, medicine] : told,
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

/**
 * Next steps: red flags' own steps first, then each resembled condition's care ladder
 * (knowledge/ladders.ts), skipping what was tried without relief and keeping what helps.
 */
import type { Treatment, TreatmentKind } from '../checkin/schema';
import {
  type CareLadder,
  LADDERS,
  type LadderStep,
  type LadderView,
  ONCOLOGY_TALK,
} from '../knowledge/ladders';
import { daysBetween } from '../timeline/dates';
import type { Facts, Mark } from './facts';
import { redFlagStep } from './redFlags';
import type { ConditionId, NextStep, RedFlagFinding, Resemblance } from './types';

export { tellYourGp } from './gpSummary';

const LADDER_OF: ReadonlyMap<ConditionId, CareLadder> = new Map(
  (LADDERS as readonly CareLadder[]).map((l) => [l.condition, l]),
);

type TriedAs = 'helped' | 'much_better' | 'early' | 'failed' | 'untried';

function forHands(t: Treatment, r: Resemblance): boolean {
  return !t.hand || t.hand === 'both' || r.hands.includes(t.hand);
}

/** How a rung went, from the treatments reported (the most hopeful report wins). */
function triedAs(step: LadderStep, treatments: readonly Treatment[]): TriedAs {
  let result: TriedAs = 'untried';
  for (const t of treatments) {
    if (!step.tried.includes(t.kind)) continue;
    if (t.effect === 'much_better') return 'much_better';
    if (t.effect === 'a_little_better') result = 'helped';
    else if (t.effect === 'too_early') result = result === 'helped' ? result : 'early';
    else if (result === 'untried') result = 'failed';
  }
  return result;
}

function view(f: Facts, site: readonly Mark[], treatments: readonly Treatment[]): LadderView {
  const date = f.input.checkIn.date;
  const failed = (kind: TreatmentKind) =>
    treatments.some((t) => t.kind === kind && (t.effect === 'no_change' || t.effect === 'worse'));
  return {
    facts: f,
    site,
    failed,
    weeksTriedWithoutRelief: (kind) => {
      let weeks = 0;
      for (const t of treatments) {
        if (t.kind !== kind || (t.effect !== 'no_change' && t.effect !== 'worse') || !t.startedOn) continue;
        const w = Math.floor(daysBetween(t.startedOn, t.endedOn ?? date) / 7);
        if (w > weeks) weeks = w;
      }
      return weeks;
    },
  };
}

function step(s: LadderStep, condition: ConditionId, status: NonNullable<NextStep['status']>): NextStep {
  return {
    id: s.id,
    condition,
    text: status === 'keep_going' ? s.keepGoing : s.text,
    who: s.who,
    sources: s.sources,
    status,
  };
}

/** One condition's ladder walked for this person. */
function climb(ladder: CareLadder, r: Resemblance, f: Facts): NextStep[] {
  const treatments = f.input.checkIn.treatments.filter((t) => forHands(t, r));
  const site = f.all.filter((m) => r.regions.includes(m.region.id));
  const v = view(f, site, treatments);
  const steps = ladder.steps;
  const status = steps.map((s) => triedAs(s, treatments));
  let top = -1;
  status.forEach((st, i) => {
    if (st !== 'untried') top = i;
  });

  const out: NextStep[] = [];
  const emitted = new Set<string>();
  const emit = (s: LadderStep, st: NonNullable<NextStep['status']>) => {
    if (emitted.has(s.id)) return;
    emitted.add(s.id);
    out.push(step(s, ladder.condition, st));
  };
  // A rung whose own rule says "now" (e.g. the NHS threshold for a carpal tunnel referral).
  steps.forEach((s, i) => {
    if (status[i] === 'untried' && s.offerWhen?.(v)) emit(s, 'suggested');
  });
  steps.forEach((s, i) => {
    const st = status[i];
    if (st === 'helped' || st === 'much_better' || st === 'early') emit(s, 'keep_going');
  });
  const topStatus = top >= 0 ? status[top] : 'untried';
  if (topStatus !== 'much_better' && topStatus !== 'early') {
    // Suggest the first untried rung above the highest one tried; if the highest one helps a
    // little, the next rung is only "if no better".
    const rest = steps.slice(top + 1).filter((_, i) => status[top + 1 + i] === 'untried');
    const [next, after] = rest;
    if (next) {
      if (topStatus === 'helped') emit(next, 'if_no_better');
      else {
        emit(next, 'suggested');
        if (after) emit(after, 'if_no_better');
      }
    }
  }
  if (out.length === 0) {
    // Everything on the ladder was tried without relief: back to the GP.
    out.push({
      id: 'gp_review',
      condition: ladder.condition,
      text: 'What was tried has not helped: show your GP this summary and ask what comes next.',
      who: 'gp',
      sources: ladder.sources,
      status: 'suggested',
    });
  }
  return out;
}

/** Next steps: red flags' own first (most urgent first), then each resembled condition's ladder. */
export function planNextSteps(
  f: Facts,
  resembles: readonly Resemblance[],
  redFlags: readonly RedFlagFinding[],
): NextStep[] {
  const out: NextStep[] = [];
  const seen = new Set<string>();
  for (const flag of redFlags) {
    const { id, who } = redFlagStep(flag);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({
      id,
      condition: null,
      text: flag.action,
      who,
      sources: flag.sources,
      redFlag: flag.id,
      urgency: flag.urgency,
    });
  }
  const done = new Set<ConditionId>();
  for (const r of resembles) {
    if (done.has(r.condition)) continue;
    done.add(r.condition);
    const ladder = LADDER_OF.get(r.condition);
    if (ladder) for (const s of climb(ladder, r, f)) out.push(s);
  }
  const worst = f.input.checkIn.pain?.worst ?? 0;
  const first = resembles[0];
  if (
    first &&
    worst >= ONCOLOGY_TALK.worstPainAtLeast &&
    f.timing.medicine !== null &&
    !out.some((s) => s.who === 'oncology_team')
  ) {
    out.push({
      id: ONCOLOGY_TALK.id,
      condition: first.condition,
      text: ONCOLOGY_TALK.text,
      who: ONCOLOGY_TALK.who,
      sources: ONCOLOGY_TALK.sources,
      status: 'suggested',
    });
  }
  return out;
}

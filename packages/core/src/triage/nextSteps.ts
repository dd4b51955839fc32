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
  UNMATCHED_REVIEW,
} from '../knowledge/ladders';
import { daysBetween } from '../timeline/dates';
import { type Facts, type Mark, some, worstPainOf } from './facts';
import { redFlagStep } from './redFlags';
import type { ConditionId, NextStep, RedFlagFinding, Resemblance } from './types';

export { tellYourGp } from './tellYourGp';

const LADDER_OF: ReadonlyMap<ConditionId, CareLadder> = new Map(
  (LADDERS as readonly CareLadder[]).map((l) => [l.condition, l]),
);

/**
 * How a rung went: `failed` = a fair trial without relief (the rung is passed over); `trial` = "no
 * change" but still within its fair trial (keep going, the next rung only "if no better"); `early` =
 * too early to tell; `untried` = not tried, or stopped before a fair trial (so it is suggested again).
 */
type TriedAs = 'helped' | 'much_better' | 'early' | 'trial' | 'failed' | 'untried';

function forHands(t: Treatment, r: Resemblance): boolean {
  return !t.hand || t.hand === 'both' || r.hands.includes(t.hand);
}

/** Whole weeks from a treatment's start to its end (or to the check-in). */
function weeksOf(t: Treatment, date: string): number {
  return t.startedOn ? Math.floor(daysBetween(t.startedOn, t.endedOn ?? date) / 7) : 0;
}

/**
 * One report of "no change" or "worse", against the rung's fair trial (knowledge/ladders.ts).
 * Worse passes the rung at once; without a start date the person's judgement is taken.
 */
function withoutRelief(step: LadderStep, t: Treatment, date: string): TriedAs {
  const trial = step.fairTrial;
  if (!trial || t.effect === 'worse' || !t.startedOn || weeksOf(t, date) >= trial.weeks) return 'failed';
  return t.endedOn ? 'untried' : 'trial';
}

/** How a rung went, from the treatments reported (the most hopeful report wins). */
function triedAs(step: LadderStep, treatments: readonly Treatment[], date: string): TriedAs {
  let result: TriedAs = 'untried';
  for (const t of treatments) {
    if (!step.tried.includes(t.kind)) continue;
    if (t.effect === 'much_better') return 'much_better';
    const now: TriedAs =
      t.effect === 'a_little_better'
        ? 'helped'
        : t.effect === 'too_early'
          ? 'early'
          : withoutRelief(step, t, date);
    if (RANK[now] > RANK[result]) result = now;
  }
  return result;
}

/** Which report wins when one rung was reported more than once. */
const RANK: Readonly<Record<TriedAs, number>> = {
  untried: 0,
  failed: 1,
  trial: 2,
  early: 3,
  helped: 4,
  much_better: 5,
};

/**
 * A rung with `afterFairTrials` (a change of cancer medicine) is only offered once something below it
 * failed a fair trial and nothing below it is still within its trial or too early to judge.
 */
function fairTrialsDone(status: readonly TriedAs[], below: number): boolean {
  let failed = false;
  for (let i = 0; i < below; i++) {
    const st = status[i];
    if (st === 'trial' || st === 'early') return false;
    if (st === 'failed') failed = true;
  }
  return failed;
}

/** Still going: helping, too early to judge, or within its fair trial. */
const GOING: ReadonlySet<TriedAs> = new Set(['helped', 'much_better', 'early', 'trial']);

/** `offerAfterFailed`: one of the treatments failed (long enough), and no rung below `at` is still going. */
function afterFailed(
  failures: NonNullable<LadderStep['offerAfterFailed']>,
  v: LadderView,
  status: readonly TriedAs[],
  at: number,
): boolean {
  for (let i = 0; i < at; i++) if (GOING.has(status[i] as TriedAs)) return false;
  return failures.some((f) =>
    f.weeks === undefined ? v.failed(f.kind) : v.weeksTriedWithoutRelief(f.kind) >= f.weeks,
  );
}

/** What a ladder's `offerWhen` rules may ask. A class, so no closures are made per assessment. */
class View implements LadderView {
  constructor(
    readonly facts: Facts,
    readonly site: readonly Mark[],
    private readonly treatments: readonly Treatment[],
  ) {}

  failed(kind: TreatmentKind): boolean {
    for (const t of this.treatments)
      if (t.kind === kind && (t.effect === 'no_change' || t.effect === 'worse')) return true;
    return false;
  }

  weeksTriedWithoutRelief(kind: TreatmentKind): number {
    let weeks = 0;
    for (const t of this.treatments) {
      if (t.kind !== kind || (t.effect !== 'no_change' && t.effect !== 'worse') || !t.startedOn) continue;
      const w = weeksOf(t, this.facts.input.checkIn.date);
      if (w > weeks) weeks = w;
    }
    return weeks;
  }
}

type Status = NonNullable<NextStep['status']>;

function emit(out: NextStep[], s: LadderStep, condition: ConditionId, status: Status): void {
  for (const o of out) if (o.id === s.id) return;
  out.push({
    id: s.id,
    condition,
    text: status === 'keep_going' ? s.keepGoing : s.text,
    who: s.who,
    sources: s.sources,
    status,
  });
}

/** One condition's ladder walked for this person. */
function climb(ladder: CareLadder, r: Resemblance, f: Facts): NextStep[] {
  const all = f.input.checkIn.treatments;
  const treatments = all.length === 0 ? all : all.filter((t) => forHands(t, r));
  let v: View | undefined;
  const view = () => {
    v ??= new View(
      f,
      f.all.filter((m) => r.regions.includes(m.region.id)),
      treatments,
    );
    return v;
  };
  // Rungs that do not apply to this person (e.g. no finger splint for a finger that stays bent).
  const steps = ladder.steps.some((s) => s.notWhen)
    ? ladder.steps.filter((s) => !s.notWhen?.(view()))
    : ladder.steps;
  const status: TriedAs[] = [];
  let top = -1;
  for (let i = 0; i < steps.length; i++) {
    const st = triedAs(steps[i] as LadderStep, treatments, f.input.checkIn.date);
    status.push(st);
    if (st !== 'untried') top = i;
  }

  const out: NextStep[] = [];
  // A rung whose own rule says "now": the person's state (constant numbness), or a treatment tried
  // without relief (the NHS threshold for a carpal tunnel referral) while nothing below is helping.
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i] as LadderStep;
    if (status[i] !== 'untried' || (!s.offerWhen && !s.offerAfterFailed)) continue;
    if (s.offerWhen?.(view()) || (s.offerAfterFailed && afterFailed(s.offerAfterFailed, view(), status, i)))
      emit(out, s, ladder.condition, 'suggested');
  }
  for (let i = 0; i < steps.length; i++) {
    const st = status[i];
    if (st === 'helped' || st === 'much_better' || st === 'early' || st === 'trial') {
      emit(out, steps[i] as LadderStep, ladder.condition, 'keep_going');
    }
  }
  // Rungs below the highest one tried that stand on their own (exercise; acupuncture beside duloxetine).
  for (let i = 0; i < top; i++) {
    const s = steps[i] as LadderStep;
    if (status[i] === 'untried' && s.alongside) emit(out, s, ladder.condition, 'suggested');
  }
  const topStatus = top >= 0 ? status[top] : 'untried';
  if (topStatus !== 'much_better' && topStatus !== 'early') {
    // Suggest the first untried rung above the highest one tried; if the highest one helps a
    // little, the next rung is only "if no better".
    let next: LadderStep | undefined;
    let after: LadderStep | undefined;
    for (let i = top + 1; i < steps.length && !after; i++) {
      if (status[i] !== 'untried') continue;
      if ((steps[i] as LadderStep).afterFairTrials && !fairTrialsDone(status, i)) break;
      if (next) after = steps[i];
      else next = steps[i];
    }
    if (next) {
      if (topStatus === 'helped' || topStatus === 'trial') emit(out, next, ladder.condition, 'if_no_better');
      else {
        emit(out, next, ladder.condition, 'suggested');
        if (after) emit(out, after, ladder.condition, 'if_no_better');
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

const REFERRALS: readonly string[] = ['hand_specialist', 'rheumatology'];

function flagged(out: readonly NextStep[], id: string): boolean {
  for (const s of out) if (s.redFlag && s.id === id) return true;
  return false;
}

/** Next steps: red flags' own first (most urgent first), then each resembled condition's ladder. */
export function planNextSteps(
  f: Facts,
  resembles: readonly Resemblance[],
  redFlags: readonly RedFlagFinding[],
): NextStep[] {
  const out: NextStep[] = [];
  for (const flag of redFlags) {
    const { id, who } = redFlagStep(flag);
    if (out.some((s) => s.id === id)) continue;
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
  for (let i = 0; i < resembles.length; i++) {
    const r = resembles[i] as Resemblance;
    // other_tendonitis may appear twice (two places); its ladder is walked once.
    if (resembles.findIndex((o) => o.condition === r.condition) !== i) continue;
    const ladder = LADDER_OF.get(r.condition);
    if (!ladder) continue;
    // A referral a red flag already asks for (e.g. a hand specialist for a nerve under strain) is not repeated.
    for (const s of climb(ladder, r, f)) if (!(REFERRALS.includes(s.id) && flagged(out, s.id))) out.push(s);
  }
  const first = resembles[0];
  // Hand pain that matches no pattern and raised no red flag still gets a step.
  const unmatched =
    !first &&
    out.length === 0 &&
    some(f.both.marks, (m) => m.report.severity >= UNMATCHED_REVIEW.severityAtLeast);
  if (unmatched) {
    out.push({
      id: UNMATCHED_REVIEW.id,
      condition: null,
      text: UNMATCHED_REVIEW.text,
      who: UNMATCHED_REVIEW.who,
      sources: UNMATCHED_REVIEW.sources,
      status: 'suggested',
    });
  }
  const worst = worstPainOf(f);
  if (
    // Not beside a red flag alone: the pain of an injury or infection is not the medicine's pain.
    (first || unmatched) &&
    worst >= ONCOLOGY_TALK.worstPainAtLeast &&
    f.timing.medicine !== null &&
    !out.some((s) => s.who === 'oncology_team')
  ) {
    out.push({
      id: ONCOLOGY_TALK.id,
      condition: first?.condition ?? null,
      text: ONCOLOGY_TALK.text,
      who: ONCOLOGY_TALK.who,
      sources: ONCOLOGY_TALK.sources,
      status: 'suggested',
    });
  }
  return out;
}

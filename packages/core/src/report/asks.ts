/**
 * The top of the GP summary: what is asked of the GP (from the latest assessment's next steps and
 * the treatments tried, worded for a clinician) and what changed since about four weeks before.
 */
import type { Context } from '../checkin/context';
import type { Effect, Treatment, TreatmentKind } from '../checkin/schema';
import { type Hand, region } from '../hand/regions';
import { type CareLadder, LADDERS, type LadderStep } from '../knowledge/ladders';
import type { SourceId } from '../knowledge/sources';
import type { StoredCheckIn } from '../record';
import { daysBetween } from '../timeline/dates';
import { boneScanAsk } from '../triage/boneHealth';
import type { Assessment, ConditionId, NextStep } from '../triage/types';
import type { SourcedText } from './gpSummary';
import {
  CONDITION_NAMES,
  capitalize,
  ROLE_WORDING,
  STEP_WORDING,
  TREATMENT_NAMES,
  URGENCY_WORDS,
} from './wording';

/** A change of at least 2 points on a 0-10 scale (about 30%) is clinically meaningful [farrar2001]. */
export const MEANINGFUL_CHANGE = 2;

/** How far back "what changed" looks: the latest check-in at least this many days before the latest. */
export const CHANGE_LOOKBACK_DAYS = 28;

const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

const LADDER_OF: ReadonlyMap<ConditionId, CareLadder> = new Map(
  (LADDERS as readonly CareLadder[]).map((l) => [l.condition, l]),
);

/** Treatments done once: when they helped there is nothing to keep going with, only to review. */
const ONE_OFF: readonly TreatmentKind[] = ['steroid_injection', 'surgical_release'];

/**
 * Where one rung of a care ladder stands for this person, read from the next steps the engine
 * stored and the treatments reported: `untried` (the rung to offer), `helped` (much better),
 * `helped_a_little`, `too_soon` (too early to judge) or `no_help` (no change or worse).
 */
export type RungState = 'untried' | 'helped' | 'helped_a_little' | 'too_soon' | 'no_help';

const HOPE: Readonly<Record<Effect, number>> = {
  much_better: 4,
  a_little_better: 3,
  too_early: 2,
  no_change: 1,
  worse: 0,
};

function forHands(t: Treatment, hands: readonly Hand[]): boolean {
  return !t.hand || t.hand === 'both' || hands.length === 0 || hands.includes(t.hand);
}

/** The most hopeful report of a rung's treatments (the engine reads them the same way). */
function reportOf(step: LadderStep | undefined, treatments: readonly Treatment[]): Treatment | undefined {
  if (!step) return undefined;
  let best: Treatment | undefined;
  for (const t of treatments)
    if (step.tried.includes(t.kind) && (!best || HOPE[t.effect] > HOPE[best.effect])) best = t;
  return best;
}

/** A rung's state: a step the engine says to keep going with, by the report behind it. */
export function rungState(status: NextStep['status'] | undefined, report: Treatment | undefined): RungState {
  if (status === 'keep_going') {
    if (report?.effect === 'much_better') return 'helped';
    if (report?.effect === 'a_little_better') return 'helped_a_little';
    return 'too_soon';
  }
  if (report && (report.effect === 'no_change' || report.effect === 'worse')) return 'no_help';
  return 'untried';
}

/**
 * A step as a clause: "offer a neutral wrist night splint for at least 8 weeks". A trial that is
 * itself a condition ("if no better after 3 weeks of splinting") is kept apart as `when`: it leads
 * the clause where the step is the next rung, and is left out where the step is asked for now.
 */
function stepClause(
  step: NextStep,
  withTrial = true,
): { text: string; when: string | null; sources: SourceId[] } {
  const wording = STEP_WORDING[step.id];
  const trial = wording && step.condition ? wording.trial?.[step.condition] : undefined;
  const fallback = step.text.replace(/\.\s*$/, '');
  const label =
    wording?.label ??
    ROLE_WORDING[step.who] ??
    (fallback.charAt(0).toLowerCase() + fallback.slice(1) || step.id.replaceAll('_', ' '));
  const when = trial?.text.startsWith('if ') ? trial.text : null;
  return {
    text: trial && withTrial && !when ? `${label} ${trial.text}` : label,
    when,
    sources: [...step.sources, ...(wording?.sources ?? []), ...(trial?.sources ?? [])],
  };
}

/** "Night splint" for the treatment reported, else the step's own words. */
function triedName(step: NextStep, report: Treatment | undefined): string {
  if (report) return TREATMENT_NAMES[report.kind];
  return capitalize(stepClause(step, false).text);
}

/** One thing asked of the GP; red-flag asks come first and are marked so a layout can group them. */
export interface Ask extends SourcedText {
  readonly redFlag: boolean;
}

/** One condition's sentence (or the oncology team's): what was tried, then what is asked. */
function ladderSentence(
  lead: string,
  separator: '. ' | ': ',
  steps: readonly NextStep[],
  ladder: CareLadder | undefined,
  treatments: readonly Treatment[],
): SourcedText {
  const sources: SourceId[] = [];
  const sentences: string[] = [];
  const kept = new Set(steps.filter((s) => s.status === 'keep_going').map((s) => s.id));
  // Rungs tried without relief (the engine has passed over them): named, never asked again. Not
  // for the oncology team's sentence: the ladder it borrows is a pattern's, said in that sentence.
  const failed = (separator === '. ' ? (ladder?.steps ?? []) : []).flatMap((rung) => {
    if (kept.has(rung.id) || steps.some((s) => s.id === rung.id)) return [];
    const report = reportOf(rung, treatments);
    return report && rungState(undefined, report) === 'no_help' ? [TREATMENT_NAMES[report.kind]] : [];
  });
  if (failed.length > 0) {
    const names = uniq(failed).map((n, i) => (i === 0 ? n : n.toLowerCase()));
    sentences.push(`${names.join(' and ')} tried without relief`);
  }
  const later = steps.filter((s) => s.status === 'if_no_better').map((s) => stepClause(s));
  for (const c of later) sources.push(...c.sources);
  const ifNoBetter = later.map((c) => `${c.when ?? 'if no better'}, ${c.text}`).join('; ');
  let laterSaid = false;
  for (const step of steps.filter((s) => s.status === 'keep_going')) {
    const rung = ladder?.steps.find((r) => r.id === step.id);
    const report = reportOf(rung, treatments);
    const name = triedName(step, report);
    const c = stepClause(step);
    sources.push(...c.sources);
    const state = rungState(step.status, report);
    if (state === 'helped') {
      const oneOff = report && ONE_OFF.includes(report.kind);
      sentences.push(`${name} helped: ${oneOff ? '' : 'keep going; '}review if it comes back`);
    } else {
      const what =
        state === 'helped_a_little'
          ? `${name} helped a little`
          : `${name}${report?.startedOn ? ` started ${report.startedOn},` : ':'} too soon to judge`;
      sentences.push(`${what}: keep going${ifNoBetter && !laterSaid ? `; ${ifNoBetter}` : ''}`);
      if (ifNoBetter) laterSaid = true;
    }
  }
  const now = steps.filter((s) => !s.status || s.status === 'suggested').map((s) => stepClause(s));
  for (const c of now) sources.push(...c.sources);
  if (now.length > 0) {
    const first = now.map((c) => c.text).join('; ');
    sentences.push(`${capitalize(first)}${ifNoBetter && !laterSaid ? `; ${ifNoBetter}` : ''}`);
    if (ifNoBetter) laterSaid = true;
  }
  if (ifNoBetter && !laterSaid) sentences.push(capitalize(ifNoBetter));
  const said = sentences.map((x) => `${capitalize(x)}.`).join(' ');
  // "Oncology team: tell them …" reads as one sentence; before "Switching medicine helped: …" a
  // colon would be doubled, so a full stop.
  const colon = separator === ': ' && sentences.length === 1 && kept.size === 0;
  return {
    text: colon ? `${lead}: ${said.charAt(0).toLowerCase()}${said.slice(1)}` : `${lead}. ${said}`,
    sources: uniq(sources),
  };
}

/**
 * What is asked of the GP, built from where each care ladder stands: "Resembles carpal tunnel
 * syndrome (right). Night splint helped a little: keep going; if no better, consider a
 * corticosteroid injection." A rung already tried is never asked for again: one that helped reads
 * "keep going; review if it comes back", one that did not is named as tried. Red flags come first.
 * `treatments` are the ones the latest assessment read (its check-in's), with the record's own list.
 */
export function askedOfGp(assessment: Assessment | null, treatments: readonly Treatment[] = []): Ask[] {
  if (!assessment) return [];
  const out: Ask[] = assessment.redFlags.map((f) => ({
    text: `${URGENCY_WORDS[f.urgency]}: assess for ${f.name ?? f.id.replaceAll('_', ' ')} (red flag).`,
    sources: f.sources,
    redFlag: true,
  }));
  // Steps with the oncology team get their own sentence: they are about the medicine, not one hand.
  const ladderSteps = assessment.nextSteps.filter((s) => !s.redFlag && s.who !== 'oncology_team');
  const oncology = assessment.nextSteps.filter((s) => !s.redFlag && s.who === 'oncology_team');
  const conditions = uniq<ConditionId | null>([
    ...assessment.resembles.map((r) => r.condition),
    ...ladderSteps.map((s) => s.condition),
  ]);
  for (const condition of conditions) {
    const steps = ladderSteps.filter((s) => s.condition === condition);
    if (steps.length === 0) continue;
    const resemblance = assessment.resembles.find((r) => r.condition === condition);
    const hands = resemblance?.hands ?? [];
    const lead = resemblance
      ? `Resembles ${CONDITION_NAMES[resemblance.condition]}${hands.length > 0 ? ` (${hands.join(' and ')})` : ''}`
      : 'Hand symptoms matching no common pattern';
    const ladder = condition ? LADDER_OF.get(condition) : undefined;
    const mine = treatments.filter((t) => forHands(t, hands));
    out.push({ ...ladderSentence(lead, '. ', steps, ladder, mine), redFlag: false });
  }
  if (oncology.length > 0) {
    const seen = new Set<string>();
    const steps = oncology.filter((s) => !seen.has(s.id) && seen.add(s.id));
    const ladder = LADDERS.find((l) => l.steps.some((r) => steps.some((s) => s.id === r.id))) as
      | CareLadder
      | undefined;
    out.push({ ...ladderSentence('Oncology team', ': ', steps, ladder, treatments), redFlag: false });
  }
  return out;
}

/**
 * The bone-density ask, in a clinician's words, from core's {@link boneScanAsk} (triage/boneHealth):
 * an aromatase inhibitor thins the bones, so a DXA scan is advised at the start and every 1-2
 * years [asco-bone2019][esmo-bone2014][hadji2017]. Null when a recent scan is on record.
 */
export function boneHealthAsk(context: Context, today: string): Ask | null {
  const bone = boneScanAsk(context, today);
  if (!bone) return null;
  const why =
    bone.reason === 'unknown'
      ? 'no bone-density (DXA) scan date on record'
      : `last bone-density (DXA) scan ${bone.lastScanOn}, more than two years ago`;
  return {
    text: `Bone health on an aromatase inhibitor: ${why}; check whether a scan is due (advised at the start and every 1-2 years).`,
    sources: bone.sources,
    redFlag: false,
  };
}

function maxSeverity(s: StoredCheckIn): number {
  return Math.max(0, ...s.checkIn.regions.map((r) => r.severity));
}

function direction(from: number, to: number): string {
  return to > from ? 'rose' : 'fell';
}

/** What changed between the latest check-in and the one about four weeks before it. */
export function whatChanged(checkIns: readonly StoredCheckIn[]): SourcedText[] {
  const latest = checkIns.at(-1);
  if (!latest) return [];
  const earlier = checkIns.slice(0, -1);
  if (earlier.length === 0)
    return [{ text: `First summary: one check-in (${latest.checkIn.date}).`, sources: [] }];
  const ref =
    earlier.findLast((s) => daysBetween(s.checkIn.date, latest.checkIn.date) >= CHANGE_LOOKBACK_DAYS) ??
    (earlier[0] as StoredCheckIn);
  const since = `since ${ref.checkIn.date}`;
  const out: SourcedText[] = [];
  const [a, b] = [maxSeverity(ref), maxSeverity(latest)];
  out.push(
    Math.abs(b - a) >= MEANINGFUL_CHANGE
      ? { text: `Worst area ${direction(a, b)} from ${a} to ${b} of 10 ${since}.`, sources: ['farrar2001'] }
      : { text: `Worst area about the same (${a} then ${b} of 10) ${since}.`, sources: ['farrar2001'] },
  );
  const [pa, pb] = [ref.assessment.scores.pain.worst, latest.assessment.scores.pain.worst];
  if (pa !== null && pb !== null && Math.abs(pb - pa) >= MEANINGFUL_CHANGE) {
    out.push({
      text: `Worst pain ${direction(pa, pb)} from ${pa} to ${pb} of 10 ${since}.`,
      sources: ['farrar2001'],
    });
  }
  const before = new Set(ref.checkIn.regions.filter((r) => r.severity > 0).map((r) => r.region));
  const added = latest.checkIn.regions.filter((r) => r.severity > 0 && !before.has(r.region));
  if (added.length > 0) {
    const names = added.slice(0, 3).map((r) => region(r.region).name);
    const more = added.length > 3 ? ` and ${added.length - 3} more` : '';
    out.push({ text: `New areas ${since}: ${names.join('; ')}${more}.`, sources: [] });
  }
  const was = new Set(ref.assessment.resembles.map((r) => r.condition));
  const now = new Set(latest.assessment.resembles.map((r) => r.condition));
  for (const r of latest.assessment.resembles.filter((r) => !was.has(r.condition))) {
    out.push({ text: `Newly resembles ${CONDITION_NAMES[r.condition]}.`, sources: r.sources });
  }
  for (const r of ref.assessment.resembles.filter((r) => !now.has(r.condition))) {
    out.push({ text: `No longer resembles ${CONDITION_NAMES[r.condition]}.`, sources: r.sources });
  }
  return out.map((c) => ({ ...c, text: capitalize(c.text) }));
}

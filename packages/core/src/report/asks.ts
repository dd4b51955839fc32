/**
 * The top of the GP summary: what is asked of the GP (from the latest assessment's next steps,
 * worded for a clinician) and what changed since about four weeks before.
 */
import { region } from '../hand/regions';
import type { SourceId } from '../knowledge/sources';
import type { StoredCheckIn } from '../record';
import { daysBetween } from '../timeline/dates';
import type { Assessment, ConditionId, NextStep } from '../triage/types';
import type { SourcedText } from './gpSummary';
import { CONDITION_NAMES, ROLE_WORDING, STEP_WORDING, URGENCY_WORDS } from './wording';

/** A change of at least 2 points on a 0-10 scale (about 30%) is clinically meaningful [farrar2001]. */
export const MEANINGFUL_CHANGE = 2;

/** How far back "what changed" looks: the latest check-in at least this many days before the latest. */
export const CHANGE_LOOKBACK_DAYS = 28;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const uniqBy = <T>(xs: readonly T[], key: (x: T) => string): T[] =>
  xs.filter((x, i) => xs.findIndex((y) => key(y) === key(x)) === i);

function stepClause(step: NextStep): { text: string; sources: SourceId[] } {
  const wording = STEP_WORDING[step.id];
  const trial = wording && step.condition ? wording.trial?.[step.condition] : undefined;
  const fallback = step.text.replace(/\.\s*$/, '');
  const label =
    wording?.label ??
    ROLE_WORDING[step.who] ??
    (fallback.charAt(0).toLowerCase() + fallback.slice(1) || step.id.replaceAll('_', ' '));
  return {
    text: trial ? `${label} ${trial.text}` : label,
    sources: [...step.sources, ...(wording?.sources ?? []), ...(trial?.sources ?? [])],
  };
}

/** One thing asked of the GP; red-flag asks come first and are marked so a layout can group them. */
export interface Ask extends SourcedText {
  readonly redFlag: boolean;
}

/**
 * "Resembles carpal tunnel syndrome (right): neutral wrist night splint for at least 8 weeks; refer
 * to a hand specialist if no better." Red flags come first, then one sentence per condition ladder.
 */
export function askedOfGp(assessment: Assessment | null): Ask[] {
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
    const now = steps.filter((s) => !s.status || s.status === 'suggested').map(stepClause);
    const keep = steps.filter((s) => s.status === 'keep_going').map(stepClause);
    const later = steps.filter((s) => s.status === 'if_no_better').map(stepClause);
    const parts = [
      ...now.map((c) => c.text),
      ...keep.map((c) => `continue ${c.text}`),
      ...(later.length > 0 ? [`${later.map((c) => c.text).join(' or ')} if no better`] : []),
    ];
    const resemblance = assessment.resembles.find((r) => r.condition === condition);
    const lead = resemblance
      ? `Resembles ${CONDITION_NAMES[resemblance.condition]}${resemblance.hands.length > 0 ? ` (${resemblance.hands.join(' and ')})` : ''}`
      : 'General';
    out.push({
      text: `${lead}: ${parts.join('; ')}.`,
      sources: uniq([...now, ...keep, ...later].flatMap((c) => c.sources)),
      redFlag: false,
    });
  }
  if (oncology.length > 0) {
    const clauses = uniqBy(oncology.map(stepClause), (c) => c.text);
    out.push({
      text: `Oncology team: ${clauses.map((c) => c.text).join('; ')}.`,
      sources: uniq(clauses.flatMap((c) => c.sources)),
      redFlag: false,
    });
  }
  return out;
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

/**
 * What the pattern resembles: a small generic reader of the table in knowledge/conditions.ts.
 * For each pattern: find its site, add the weights of the features for and against it that are
 * present, drop it on a veto or below its `minScore`, then rank best first (table order on ties).
 */

import type { Hand } from '../hand/regions';
import { CONDITIONS, type ConditionPattern, type Criterion, MILD_ONLY } from '../knowledge/conditions';
import type { Facts, HandFacts, Mark } from './facts';
import type { Evidence, Resemblance } from './types';

interface Compiled {
  readonly pattern: ConditionPattern;
  readonly for: readonly (readonly [Criterion, Evidence])[];
  readonly against: readonly (readonly [Criterion, Evidence])[];
}

// Evidence objects are made once at module load and shared by every assessment (read-only data).
const evidenceOf = (c: Criterion): readonly [Criterion, Evidence] => [
  c,
  Object.freeze({ id: c.id, text: c.text, sources: c.sources }),
];

const COMPILED: readonly Compiled[] = (CONDITIONS as readonly ConditionPattern[]).map((pattern) => ({
  pattern,
  for: pattern.for.map(evidenceOf),
  against: pattern.against.map(evidenceOf),
}));

interface Judgement {
  readonly score: number;
  readonly evidence: Evidence[];
  readonly against: Evidence[];
  readonly site: readonly Mark[];
}

function judge(c: Compiled, h: HandFacts, f: Facts): Judgement | null {
  if ((h.symptoms & c.pattern.needs) === 0) return null;
  const site = c.pattern.site(h, f);
  if (site.length === 0) return null;
  let score = 0;
  const against: Evidence[] = [];
  for (const [criterion, ev] of c.against) {
    if (!criterion.test(h, f)) continue;
    if (criterion.veto) return null;
    score += criterion.weight;
    against.push(ev);
  }
  const evidence: Evidence[] = [];
  for (const [criterion, ev] of c.for) {
    if (!criterion.test(h, f)) continue;
    score += criterion.weight;
    evidence.push(ev);
  }
  if (score < c.pattern.minScore) return null;
  return { score, evidence, against, site };
}

function mergeEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const out = a.slice();
  for (const e of b) if (!out.includes(e)) out.push(e);
  return out;
}

function strengthOf(score: number): Resemblance['strength'] {
  if (score >= 0.7) return 'strong';
  if (score >= 0.5) return 'moderate';
  return 'weak';
}

function handsOf(site: readonly Mark[]): Hand[] {
  let left = false;
  let right = false;
  for (const m of site) {
    if (m.region.hand === 'left') left = true;
    else right = true;
  }
  return left && right ? ['left', 'right'] : left ? ['left'] : ['right'];
}

function regionsOf(site: readonly Mark[]): string[] {
  const out: string[] = [];
  for (const m of site) if (!out.includes(m.region.id)) out.push(m.region.id);
  return out;
}

function toResemblance(c: Compiled, j: Judgement): Resemblance {
  const p = c.pattern;
  const mildOnly = j.site.every((m) => m.report.severity <= MILD_ONLY.severityAtMost);
  const ceiling = p.scoreAtMost?.(j.site) ?? 1;
  const capped = Math.min(ceiling, mildOnly ? MILD_ONLY.scoreAtMost : 1, j.score);
  const score = Math.round(capped * 100) / 100;
  const out: { -readonly [K in keyof Resemblance]: Resemblance[K] } = {
    condition: p.condition,
    name: p.name,
    score,
    strength: strengthOf(score),
    hands: handsOf(j.site),
    regions: regionsOf(j.site),
    evidence: j.evidence,
    against: j.against,
    sources: p.sources,
  };
  if (p.where) out.where = p.where;
  const grade = p.grade?.(j.site);
  if (grade) out.grade = grade;
  return out;
}

/** What the pattern resembles, best first. Empty when nothing with a symptom is marked. */
export function matchConditions(f: Facts): Resemblance[] {
  const out: Resemblance[] = [];
  if (f.both.marks.length === 0) return out;
  for (const c of COMPILED) {
    let j: Judgement | null;
    if (c.pattern.scope === 'person') {
      j = judge(c, f.both, f);
    } else {
      const l = f.left.marks.length ? judge(c, f.left, f) : null;
      const r = f.right.marks.length ? judge(c, f.right, f) : null;
      j =
        l && r
          ? {
              score: Math.max(l.score, r.score),
              evidence: mergeEvidence(l.evidence, r.evidence),
              against: mergeEvidence(l.against, r.against),
              site: [...l.site, ...r.site],
            }
          : (l ?? r);
    }
    if (j) out.push(toResemblance(c, j));
  }
  // Stable: equal scores keep the table's order.
  return out.sort((a, b) => b.score - a.score);
}

/**
 * Katz hand-diagram class, per hand, read from the hand map [katz1990] as the rules are reproduced
 * in [katz-afp] and [ccjm-katz]. The class ranks how much a drawing looks like carpal tunnel
 * syndrome; it is not a diagnosis (classic/probable LR+ 2.4, unlikely LR− 0.2 [darcy2000]).
 *
 * How the map is read (design note, after the Katz hand diagram [katz1990]):
 * - An area counts when it has a nerve symptom — numbness (reduced feeling), tingling or burning —
 *   with or without pain. Pain alone does not count: the diagram's classes are defined by where the
 *   sensory symptoms lie [katz1990][katz-afp], and pain at the finger joints alone is a joint or
 *   tendon picture, not a median-nerve one. Aching, stiffness, catching, swelling and the rest are left out.
 *   An area marked with severity 0 ("none this week") does not count.
 * - Digits 1–3 are the thumb, index and long (middle) finger, either surface of the digit.
 * - The palm is the thumb base, the middle of the palm, the little-finger side and the bases of the
 *   fingers on the palm side. "Confined to the ulnar side of the palm" means every marked palm area
 *   lies outside the median nerve's territory (the little-finger side and the base of the little
 *   finger; the base of the ring finger is shared and is not purely ulnar).
 * - The back of the hand is the three back-of-hand areas; the back of a digit counts as the digit.
 * - The wrist (either surface) and the forearm just above it are always allowed.
 */
import type { CheckIn, SymptomKind } from '../checkin/schema';
import { HANDS, type Hand, type Region, region } from '../hand/regions';
import type { SourceId } from '../knowledge/sources';
import type { KatzClass } from '../triage/types';

export const KATZ_SOURCES = [
  'katz1990',
  'katz-afp',
  'ccjm-katz',
  'darcy2000',
] as const satisfies readonly SourceId[];

/** The nerve symptoms that make an area count on a Katz diagram (pain may come with them, never alone). */
export const KATZ_SYMPTOMS: readonly SymptomKind[] = ['numbness', 'tingling', 'burning'];

const DIGITS_1_TO_3 = new Set(['thumb', 'index', 'long']);

/** What the map shows on one hand, the facts the Katz rules read. */
export interface KatzFindings {
  /** Which of thumb, index and long finger have a Katz symptom (either surface). */
  readonly digits1to3: readonly string[];
  readonly palm: 'none' | 'ulnar_side_only' | 'median_side';
  readonly backOfHand: boolean;
}

function isPalm(r: Region): boolean {
  const k = r.area.kind;
  return k === 'fingerBase' || k === 'thenar' || k === 'centralPalm' || k === 'hypothenar';
}

/** The facts the Katz rules read, for one hand. */
export function katzFindings(checkIn: CheckIn, hand: Hand): KatzFindings {
  const digits = new Set<string>();
  let palmMedian = false;
  let palmUlnarOnly = false;
  let backOfHand = false;
  for (const report of checkIn.regions) {
    if (report.severity === 0 || !report.symptoms.some((s) => KATZ_SYMPTOMS.includes(s))) continue;
    const r = region(report.region);
    if (r.hand !== hand) continue;
    if (r.area.kind === 'digit' && DIGITS_1_TO_3.has(r.area.digit)) digits.add(r.area.digit);
    else if (r.area.kind === 'backOfHand') backOfHand = true;
    else if (isPalm(r)) {
      if (r.nerves.includes('median')) palmMedian = true;
      else palmUlnarOnly = true;
    }
  }
  return {
    digits1to3: [...digits].sort(),
    palm: palmMedian ? 'median_side' : palmUlnarOnly ? 'ulnar_side_only' : 'none',
    backOfHand,
  };
}

/**
 * The class from the findings, strictest first: classic (≥ 2 of digits 1–3, nothing on the palm or
 * the back of the hand), probable (the same, with palm symptoms that are not only on the
 * little-finger side), possible (at least one of digits 1–3 with anything else), unlikely (none of
 * digits 1–3, e.g. ring and little finger only).
 */
export function katzClassOf(f: KatzFindings): KatzClass {
  const n = f.digits1to3.length;
  if (n === 0) return 'unlikely';
  if (n >= 2 && !f.backOfHand) {
    if (f.palm === 'none') return 'classic';
    if (f.palm === 'median_side') return 'probable';
  }
  return 'possible';
}

/** Katz class for each hand. */
export function katzClasses(checkIn: CheckIn): Record<Hand, KatzClass> {
  const out = {} as Record<Hand, KatzClass>;
  for (const hand of HANDS) out[hand] = katzClassOf(katzFindings(checkIn, hand));
  return out;
}

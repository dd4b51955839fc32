/**
 * The facts every rule reads, computed once per assessment in a single pass over the check-in.
 *
 * Symptom, timing, aggravator and reliever lists become bit masks so the rules in knowledge/ test
 * them with one `&` instead of searching arrays (the engine's speed goal is ≥ 200,000 assessments/s).
 */
import {
  AGGRAVATORS,
  type Aggravator,
  RELIEVERS,
  type RegionReport,
  type Reliever,
  SYMPTOM_KINDS,
  type SymptomKind,
  type SymptomTiming,
  TIMINGS,
} from '../checkin/schema';
import { type Digit, type Hand, type Region, region } from '../hand/regions';
import type { AssessInput } from './input';
import { type NoteSigns, readNotes } from './notes';
import type { Timing } from './types';

function bitsOf<T extends string>(all: readonly T[]): Readonly<Record<T, number>> {
  const out = {} as Record<T, number>;
  all.forEach((k, i) => {
    out[k] = 1 << i;
  });
  return out;
}

/** One bit per symptom kind. */
export const S: Readonly<Record<SymptomKind, number>> = bitsOf(SYMPTOM_KINDS);
/** One bit per timing. */
export const T: Readonly<Record<SymptomTiming, number>> = bitsOf(TIMINGS);
/** One bit per aggravator ("worse with"). */
export const W: Readonly<Record<Aggravator, number>> = bitsOf(AGGRAVATORS);
/** One bit per reliever ("better with"). */
export const B: Readonly<Record<Reliever, number>> = bitsOf(RELIEVERS);

/** Nerve symptoms: what a hand diagram for carpal tunnel asks about [katz1990]. */
export const SENSORY = S.numbness | S.tingling | S.burning;
/** Symptoms of a sore tendon or joint. */
export const PAINFUL = S.pain | S.aching | S.swelling;
export const JOINTY = S.pain | S.aching | S.stiffness | S.swelling;

function maskOf<T extends string>(list: readonly T[], bits: Readonly<Record<T, number>>): number {
  let m = 0;
  for (const k of list) m |= bits[k];
  return m;
}

/** One marked area with its region looked up and its lists as bit masks. */
export interface Mark {
  readonly report: RegionReport;
  readonly region: Region;
  readonly symptoms: number;
  readonly timing: number;
  readonly worse: number;
  readonly better: number;
  /** The digit this area belongs to (a digit segment or the palm-side base of a digit). */
  readonly digit: Digit | undefined;
}

const DIGIT_BIT: Readonly<Record<Digit, number>> = { thumb: 1, index: 2, long: 4, ring: 8, little: 16 };
/** Thumb, index and middle finger: digits 1–3 of the Katz hand diagram [katz1990]. */
const MEDIAN_DIGITS = DIGIT_BIT.thumb | DIGIT_BIT.index | DIGIT_BIT.long;

function popcount(n: number): number {
  let c = 0;
  for (let x = n; x; x &= x - 1) c++;
  return c;
}

/** What one hand shows (or both hands together, for whole-person patterns). */
export interface HandFacts {
  readonly hand: Hand | 'both';
  /** Areas marked with some symptom (severity above 0). */
  readonly marks: readonly Mark[];
  /** Symptoms, timings, aggravators and relievers over all marks, OR-ed. */
  readonly symptoms: number;
  readonly timing: number;
  readonly worse: number;
  readonly better: number;
  /** Marks with numbness, tingling or burning. */
  readonly sensory: readonly Mark[];
  /** Sensory marks on the thumb, index or middle finger inside the median nerve's territory. */
  readonly medianMarks: readonly Mark[];
  /** How many of thumb, index and middle finger have nerve symptoms in the median territory (0–3). */
  readonly medianDigits: number;
  /** Digits (bit per digit) with swelling or stiffness on the palm side. */
  readonly swollenStiffDigits: number;
}

/**
 * The safety answers of the check-in (version 2 questions and the version 1 events), each also true
 * when the free-text note says so without negating it (see notes.ts).
 */
export interface Signs {
  readonly fall: boolean;
  /** A cut, puncture or bite. */
  readonly wound: boolean;
  readonly bite: boolean;
  readonly fever: boolean;
  /** true = came on within hours; false = answered "no"; undefined = not asked and not in the note. */
  readonly sudden: boolean | undefined;
  readonly faceSpeechOrLeg: boolean;
  readonly unsteady: boolean;
  readonly neckIntoArm: boolean;
  readonly fingerHeldBent: boolean;
  /** Only from the note (the context holds the line and its side): a port or PICC line mentioned. */
  readonly lineInNote: boolean;
  /** Only from the note: getting worse over time; pain at night or rest; colour episodes with cold. */
  readonly worseningInNote: boolean;
  readonly nightOrRestInNote: boolean;
  readonly colourEpisodesInNote: boolean;
}

/** Everything the rules may read. */
export interface Facts {
  readonly input: AssessInput;
  readonly timing: Timing;
  /** Every marked area, whatever its severity. */
  readonly all: readonly Mark[];
  /** Symptoms of every marked area, OR-ed (whatever the severity). */
  readonly allSymptoms: number;
  /**
   * Areas present this week (severity above 0): what every red flag reads. An area marked 0/10
   * counts as not present for every rule.
   */
  readonly present: readonly Mark[];
  /** Symptoms of the present areas, OR-ed. */
  readonly presentSymptoms: number;
  readonly signs: Signs;
  /** On an aromatase inhibitor (any course on record): bones thin on these medicines [asco-bone2019]. */
  readonly onAi: boolean;
  readonly left: HandFacts;
  readonly right: HandFacts;
  /** Both hands together. */
  readonly both: HandFacts;
  /** Numbness or tingling in the feet. */
  readonly feetSensory: boolean;
  /** Pain, aching, stiffness or swelling in other joints (ankles, knees, hips, shoulders). */
  readonly elsewhereJoints: boolean;
  /** Symptoms in the neck or down the arm. */
  readonly neckArm: boolean;
  readonly taxane: boolean;
  /** Any chemotherapy on record (taxane, platinum, other or unknown kind). */
  readonly anyChemo: boolean;
  /**
   * Nerve symptoms in both hands and the feet after a taxane or platinum: the glove-and-stocking
   * pattern of chemotherapy nerve damage, not a trapped nerve at the wrist [karger-cipn][tofthagen2013].
   */
  readonly gloveAndStocking: boolean;
}

function handFacts(hand: Hand | 'both', marks: readonly Mark[]): HandFacts {
  let symptoms = 0;
  let timing = 0;
  let worse = 0;
  let better = 0;
  let median = 0;
  let swollen = 0;
  const sensory: Mark[] = [];
  const medianMarks: Mark[] = [];
  for (const m of marks) {
    symptoms |= m.symptoms;
    timing |= m.timing;
    worse |= m.worse;
    better |= m.better;
    if (m.symptoms & SENSORY) {
      sensory.push(m);
      const bit = m.digit ? DIGIT_BIT[m.digit] : 0;
      // Either surface of the digit counts, as on the Katz diagram, but only inside the median
      // nerve's territory: the back of the index base is the radial nerve's [katz1990][shehab2013].
      if (bit & MEDIAN_DIGITS && m.region.nerves.includes('median')) {
        median |= bit;
        medianMarks.push(m);
      }
    }
    if (m.symptoms & (S.swelling | S.stiffness) && m.digit && m.region.surface === 'palm') {
      swollen |= DIGIT_BIT[m.digit];
    }
  }
  return {
    hand,
    marks,
    symptoms,
    timing,
    worse,
    better,
    sensory,
    medianMarks,
    medianDigits: popcount(median),
    swollenStiffDigits: swollen,
  };
}

export function countDigits(bits: number): number {
  return popcount(bits);
}

function toMark(report: RegionReport): Mark {
  const r = region(report.region);
  return {
    report,
    region: r,
    symptoms: maskOf(report.symptoms, S),
    timing: maskOf(report.timing, T),
    worse: maskOf(report.worse, W),
    better: maskOf(report.better, B),
    digit: r.area.kind === 'digit' || r.area.kind === 'fingerBase' ? r.area.digit : undefined,
  };
}

const OTHER_JOINTS = new Set(['ankles', 'knees', 'hips', 'shoulders']);

export function gatherFacts(input: AssessInput, timing: Timing): Facts {
  const { checkIn, context } = input;
  const all: Mark[] = [];
  let allSymptoms = 0;
  const left: Mark[] = [];
  const right: Mark[] = [];
  const active: Mark[] = [];
  for (const report of checkIn.regions) {
    const m = toMark(report);
    all.push(m);
    allSymptoms |= m.symptoms;
    // Severity 0 means "none this week": such a mark never makes a pattern.
    if (report.severity > 0) {
      active.push(m);
      (m.region.hand === 'left' ? left : right).push(m);
    }
  }
  let feetSensory = false;
  let elsewhereJoints = false;
  let neckArm = false;
  for (const e of checkIn.elsewhere) {
    if (e.site === 'feet' && (e.symptoms.includes('numbness') || e.symptoms.includes('tingling'))) {
      feetSensory = true;
    }
    if (OTHER_JOINTS.has(e.site) || e.site === 'feet') {
      if (e.symptoms.some((s) => s !== 'numbness' && s !== 'tingling')) elsewhereJoints = true;
    }
    if (e.site === 'neck_arm') neckArm = true;
  }
  const e = checkIn.events;
  const n: NoteSigns = readNotes(checkIn.notes);
  const signs: Signs = {
    fall: e.fallOrInjury || n.fall,
    wound: e.cutOrBite || e.bite === true || n.bite || n.cut,
    bite: e.bite === true || n.bite,
    fever: e.fever || n.fever,
    sudden: e.suddenOnset === true || n.sudden ? true : e.suddenOnset,
    faceSpeechOrLeg: e.faceSpeechOrLeg === true || n.faceSpeechOrLeg,
    unsteady: e.unsteadyWalking === true || n.unsteady,
    neckIntoArm: e.neckPainIntoArm === true || n.neckIntoArm,
    fingerHeldBent: e.fingerHeldBent === true || n.fingerHeldBent,
    lineInNote: n.venousLine,
    worseningInNote: n.worsening,
    nightOrRestInNote: n.nightOrRest,
    colourEpisodesInNote: n.colourEpisodes,
  };
  let presentSymptoms = 0;
  for (const m of active) presentSymptoms |= m.symptoms;
  const chemo = context.risk.chemotherapy ?? [];
  const taxane = chemo.includes('taxane');
  const neurotoxic = taxane || chemo.includes('platinum');
  const l = handFacts('left', left);
  const r = handFacts('right', right);
  return {
    input,
    timing,
    all,
    allSymptoms,
    present: active,
    presentSymptoms,
    signs,
    onAi: timing.medicine !== null,
    left: l,
    right: r,
    both: handFacts('both', active),
    feetSensory,
    elsewhereJoints,
    neckArm,
    taxane,
    anyChemo: chemo.length > 0,
    gloveAndStocking: feetSensory && neurotoxic && l.sensory.length > 0 && r.sensory.length > 0,
  };
}

const NONE: readonly Mark[] = Object.freeze([]);

/** Marks of `marks` that pass `test`, in order. Most tests match nothing: that shares one empty array. */
export function where(marks: readonly Mark[], test: (m: Mark) => boolean): readonly Mark[] {
  let out: Mark[] | undefined;
  for (const m of marks) {
    if (!test(m)) continue;
    if (out) out.push(m);
    else out = [m];
  }
  return out ?? NONE;
}

/** True when any mark passes `test`. */
export function some(marks: readonly Mark[], test: (m: Mark) => boolean): boolean {
  for (const m of marks) if (test(m)) return true;
  return false;
}

/**
 * The worst pain this week: the pain report's `worst` when given, else the worst severity among areas
 * marked with pain or aching (the check-in app asks per area, not always the overall question).
 */
export function worstPainOf(f: Facts): number {
  const reported = f.input.checkIn.pain?.worst;
  if (reported !== undefined) return reported;
  let worst = 0;
  for (const m of f.all)
    if ((m.symptoms & (S.pain | S.aching)) !== 0 && m.report.severity > worst) worst = m.report.severity;
  return worst;
}

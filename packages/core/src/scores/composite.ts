/**
 * PRO-CTCAE-style composite grade 0–3 [basch2021]: one grade per symptom term from its frequency,
 * severity and interference (each 0–4). The lookup is the published one [basch2021], the mapping as
 * implemented in the ProAE macro [proae-sas]; the brief asks for it to be checked against the paper's
 * supplementary table, which we could not retrieve.
 *
 * Our questions are not PRO-CTCAE items (its wording stays out of HandCheck): the attributes are
 * read from the check-in, and this is our design, written down so a clinician can weigh the grade:
 *
 * Joint pain (the term "aching joints", three attributes):
 * - frequency: from the days per week of the most frequent area marked with pain or aching
 *   (0 never, 1 rarely = 1 day, 2 occasionally = 2–3, 3 frequently = 4–5, 4 almost constantly = 6–7
 *   or marked constant);
 * - severity: worst pain 0–10 (or, without it, the worst severity of those areas), read as
 *   0 none, 1–3 mild, 4–6 moderate, 7–8 severe, 9–10 very severe;
 * - interference: the higher of "got in the way of hand tasks" and "of work" (0–10, same bands),
 *   the two items about usual or daily activities.
 * When no area carries pain but a worst pain is given (pain elsewhere), frequency is not known and
 * the grade comes from severity (and interference); when an attribute was not answered, the grade
 * uses the table for the attributes that were (the published two- and one-attribute tables).
 *
 * Numbness and tingling (the term "numbness & tingling in hands or feet", two attributes):
 * - severity: the worst severity among numb or tingling areas, same bands;
 * - interference: the hardest of the everyday hand tasks (0 no difficulty … 4 cannot do it maps
 *   one to one onto not at all … very much). The tasks are not asked about numbness alone, so this
 *   can overstate interference from numbness when pain also limits the hand.
 *
 * Rule 0: when the first attribute of a term (frequency, else severity, else interference) is 0,
 * the grade is 0.
 */
import type { CheckIn } from '../checkin/schema';
import type { SourceId } from '../knowledge/sources';
import type { ProCtcaeAttributes } from '../triage/types';
import { frequencyOf, type Level, levelOfRating } from './scales';

export const COMPOSITE_SOURCES = ['basch2021', 'proae-sas'] as const satisfies readonly SourceId[];

export type CompositeGrade = 0 | 1 | 2 | 3;
type Row = readonly [CompositeGrade, CompositeGrade, CompositeGrade, CompositeGrade, CompositeGrade];
type Table = readonly Row[];

/** Frequency 1–4 → rows severity 0–4 → columns interference 0–4. */
const FSI: Readonly<Record<1 | 2 | 3 | 4, Table>> = {
  1: [
    [0, 1, 1, 2, 2],
    [1, 1, 1, 2, 2],
    [1, 2, 2, 2, 3],
    [2, 2, 2, 3, 3],
    [2, 2, 3, 3, 3],
  ],
  2: [
    [0, 1, 1, 2, 2],
    [1, 1, 1, 2, 2],
    [2, 2, 2, 3, 3],
    [2, 2, 2, 3, 3],
    [2, 2, 3, 3, 3],
  ],
  3: [
    [1, 1, 1, 2, 2],
    [1, 1, 1, 2, 2],
    [2, 2, 2, 3, 3],
    [2, 2, 3, 3, 3],
    [2, 2, 3, 3, 3],
  ],
  4: [
    [1, 1, 1, 2, 2],
    [1, 1, 2, 2, 3],
    [2, 2, 2, 3, 3],
    [2, 2, 3, 3, 3],
    [2, 2, 3, 3, 3],
  ],
};

/** Rows frequency 1–4 (index 0 = frequency 1), columns severity 0–4. */
const FS: Table = [
  [1, 1, 1, 2, 2],
  [1, 1, 2, 2, 2],
  [1, 1, 2, 3, 3],
  [1, 1, 2, 3, 3],
];
/** Rows frequency 1–4, columns interference 0–4. */
const FI: Table = [
  [1, 1, 1, 2, 2],
  [1, 1, 1, 2, 2],
  [1, 1, 2, 3, 3],
  [1, 1, 2, 3, 3],
];
/** Rows severity 1–4, columns interference 0–4. */
const SI: Table = [
  [1, 1, 1, 2, 2],
  [1, 1, 2, 2, 3],
  [1, 2, 2, 3, 3],
  [2, 2, 2, 3, 3],
];
const F_ONLY: Row = [0, 1, 1, 2, 3];
const S_ONLY: Row = [0, 1, 2, 3, 3];
const I_ONLY: Row = [0, 1, 1, 2, 2];

const at = (table: Table, row: Level, col: Level): CompositeGrade => table[row]?.[col] ?? 0;

/** The composite grade of one term from the attributes it has (absent = not part of the term / not answered). */
export function compositeGrade(a: ProCtcaeAttributes): CompositeGrade {
  const { frequency: f, severity: s, interference: i } = a;
  const first = f ?? s ?? i;
  if (first === undefined || first === 0) return 0; // rule 0
  if (f !== undefined && s !== undefined && i !== undefined) return at(FSI[f as 1 | 2 | 3 | 4], s, i);
  if (f !== undefined && s !== undefined) return at(FS, (f - 1) as Level, s);
  if (f !== undefined && i !== undefined) return at(FI, (f - 1) as Level, i);
  if (s !== undefined && i !== undefined) return at(SI, (s - 1) as Level, i);
  if (f !== undefined) return F_ONLY[f];
  if (s !== undefined) return S_ONLY[s];
  return I_ONLY[first];
}

const max = (values: readonly number[]) => Math.max(0, ...values);

/** Attributes of joint pain read from the check-in (see the design note above). */
export function jointPainAttributes(checkIn: CheckIn): ProCtcaeAttributes {
  const areas = checkIn.regions.filter(
    (r) => r.severity > 0 && (r.symptoms.includes('pain') || r.symptoms.includes('aching')),
  );
  const worst = checkIn.pain?.worst;
  const inter = checkIn.pain?.interference;
  const activity = [inter?.handTasks, inter?.work].filter((v): v is number => v !== undefined);
  const interference = activity.length > 0 ? { interference: levelOfRating(max(activity)) } : {};
  const severity = levelOfRating(max([worst ?? 0, ...areas.map((r) => r.severity)]));
  if (areas.length > 0) return { frequency: max(areas.map(frequencyOf)) as Level, severity, ...interference };
  if (worst !== undefined && worst > 0) return { severity, ...interference };
  return { frequency: 0 };
}

/** Attributes of numbness and tingling read from the check-in (see the design note above). */
export function numbnessAttributes(checkIn: CheckIn): ProCtcaeAttributes {
  const areas = checkIn.regions.filter(
    (r) => r.symptoms.includes('numbness') || r.symptoms.includes('tingling'),
  );
  const severity = levelOfRating(max(areas.map((r) => r.severity)));
  if (checkIn.hardToDo.length === 0) return { severity };
  return { severity, interference: max(checkIn.hardToDo.map((t) => t.difficulty)) as Level };
}

export interface CompositeScores {
  readonly jointPain: CompositeGrade;
  readonly numbness: CompositeGrade;
  readonly attributes: { readonly jointPain: ProCtcaeAttributes; readonly numbness: ProCtcaeAttributes };
}

export function compositeScores(checkIn: CheckIn): CompositeScores {
  const jointPain = jointPainAttributes(checkIn);
  const numbness = numbnessAttributes(checkIn);
  return {
    jointPain: compositeGrade(jointPain),
    numbness: compositeGrade(numbness),
    attributes: { jointPain, numbness },
  };
}

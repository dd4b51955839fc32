/**
 * Hand and wrist patterns the assessment can say a check-in *resembles* (never "is"), as data.
 *
 * Each pattern names the areas that make it up (`site`), the features that speak for it (`for`) and
 * against it (`against`), each with a weight and its sources (knowledge/sources.ts cites the
 * literature). The engine in triage/resembles.ts adds the weights of the features present: a pattern with
 * no site, or a veto against it, or a total below `minScore`, is not shown. Weights rank patterns;
 * they are not probabilities. Adding a condition = adding a record here and its tests.
 */
import {
  B,
  countDigits,
  type Facts,
  type HandFacts,
  JOINTY,
  type Mark,
  PAINFUL,
  S,
  SENSORY,
  some,
  T,
  W,
  where,
} from '../triage/facts';
import type { ConditionId } from '../triage/types';
import { deepFreeze } from './freeze';
import type { SourceId } from './sources';

export type Rule = (h: HandFacts, f: Facts) => boolean;

export interface Criterion {
  /** Stable id, shown as `evidence[].id`. */
  readonly id: string;
  /** Plain words for the person. Suggest, never diagnose. */
  readonly text: string;
  readonly sources: readonly SourceId[];
  /** Added to the score when present (negative for features against). */
  readonly weight: number;
  /** When true and present, the pattern is not shown at all. */
  readonly veto?: boolean;
  readonly test: Rule;
}

export interface ConditionPattern {
  /** Unique key: the condition id, plus `:where` for the kinds of `other_tendonitis`. */
  readonly key: string;
  readonly condition: ConditionId;
  readonly where?: string;
  /** Plain name. */
  readonly name: string;
  /** `hand`: judged on each hand separately (then merged); `person`: on both hands together. */
  readonly scope: 'hand' | 'person';
  readonly sources: readonly SourceId[];
  /** Symptoms of which at least one must be on the hand for the pattern to be possible (a cheap first check). */
  readonly needs: number;
  /** The areas that make up the pattern; empty = the pattern is absent. */
  readonly site: (h: HandFacts, f: Facts) => readonly Mark[];
  readonly for: readonly Criterion[];
  readonly against: readonly Criterion[];
  readonly minScore: number;
  /**
   * Optional ceiling on the score for this site (e.g. De Quervain's is at most moderate unless the
   * back of the thumb-side wrist is marked). Undefined = no ceiling.
   */
  readonly scoreAtMost?: (site: readonly Mark[]) => number | undefined;
  /** Optional grade shown with the resemblance (trigger finger). */
  readonly grade?: (site: readonly Mark[]) => string | undefined;
}

// Small readable helpers for the rules below.
const has = (m: Mark, bits: number) => (m.symptoms & bits) !== 0;
const kind = (m: Mark) => m.region.area.kind;
const side = (m: Mark) => {
  const a = m.region.area;
  return a.kind === 'wrist' || a.kind === 'forearm' || a.kind === 'backOfHand' ? a.side : undefined;
};
const back = (m: Mark) => m.region.surface === 'back';
const palm = (m: Mark) => m.region.surface === 'palm';
const hasCmc = (m: Mark) => m.region.joints.includes('cmc');
const hasJoint = (m: Mark) => m.region.joints.length > 0;
const anyWorse = (marks: readonly Mark[], bits: number) => some(marks, (m) => (m.worse & bits) !== 0);
const hard = (f: Facts, task: string, atLeast: number) =>
  f.input.checkIn.hardToDo.some((t) => t.task === task && t.difficulty >= atLeast);

const PINCH = W.pinching | W.gripping | W.turning_handle;
const THUMB_LOAD = W.lifting | W.gripping | W.thumb_use | W.pinching;

/** The areas of each site, as predicates (tests use `some`, so no arrays are made for them). */
const half = (m: Mark) => (m.region.area.kind === 'digit' ? m.region.area.half : undefined);
const segment = (m: Mark) => (m.region.area.kind === 'digit' ? m.region.area.segment : undefined);

const is = {
  radialWrist: (m: Mark) => kind(m) === 'wrist' && side(m) === 'radial' && has(m, PAINFUL),
  /** The back of the thumb-side wrist: over the radial styloid, where De Quervain's sits. */
  radialStyloid: (m: Mark) => kind(m) === 'wrist' && side(m) === 'radial' && back(m) && has(m, PAINFUL),
  /** Nerve symptoms on the thumb-side half of the ring finger (median territory). */
  ringRadialSensory: (m: Mark) =>
    m.digit === 'ring' && half(m) === 'radial' && has(m, SENSORY) && m.region.nerves.includes('median'),
  /** Nerve symptoms on the little finger or the little-finger-side half of the ring finger. */
  ulnarDigitSensory: (m: Mark) =>
    has(m, SENSORY) && (m.digit === 'little' || (m.digit === 'ring' && half(m) === 'ulnar')),
  /** The end or middle joint of a finger, on the back (where the bony lumps of hand osteoarthritis sit). */
  backFingerJoint: (m: Mark) =>
    back(m) &&
    m.digit !== undefined &&
    m.digit !== 'thumb' &&
    kind(m) === 'digit' &&
    (segment(m) === 'distal' || segment(m) === 'middle'),
  /** A lump in the palm or the palm side of the base of a finger (where Dupuytren's nodules and cords sit). */
  palmLump: (m: Mark) =>
    palm(m) &&
    has(m, S.lump) &&
    (kind(m) === 'fingerBase' ||
      kind(m) === 'centralPalm' ||
      kind(m) === 'hypothenar' ||
      (kind(m) === 'digit' && segment(m) === 'proximal')),
  /** Nerve symptoms on the back of the thumb side of the hand, outside the median territory. */
  dorsalRadialSensory: (m: Mark) =>
    back(m) && has(m, SENSORY) && m.region.nerves.length === 1 && m.region.nerves[0] === 'radial',
  thumbBase: (m: Mark) => hasCmc(m) && has(m, S.pain | S.aching | S.stiffness),
  catching: (m: Mark) => m.digit !== undefined && has(m, S.catching),
  pureUlnar: (m: Mark) => m.region.nerves.length === 1 && m.region.nerves[0] === 'ulnar',
};

/** True when the mark lies on a digit that catches on the same hand. */
function onCatchingDigit(f: Facts, m: Mark): boolean {
  if (m.digit === undefined || (f.allSymptoms & S.catching) === 0) return false;
  const hand = m.region.hand === 'left' ? f.left : f.right;
  return some(hand.marks, (c) => c.digit === m.digit && has(c, S.catching));
}

/**
 * A sore joint for the joint-pain pattern. A catching finger is a tendon (trigger finger), not
 * joint pain, and so is the sore palm-side base or any other part of that same finger [seed][kale2023].
 */
const isJoint = (f: Facts, m: Mark) =>
  hasJoint(m) && has(m, JOINTY) && !has(m, S.catching) && !onCatchingDigit(f, m);
const worseAt = (h: HandFacts, at: (m: Mark) => boolean, bits: number) =>
  some(h.marks, (m) => at(m) && (m.worse & bits) !== 0);

const bothHandsJoints = (f: Facts) =>
  some(f.left.marks, (m) => isJoint(f, m)) && some(f.right.marks, (m) => isJoint(f, m));

function countWhere(marks: readonly Mark[], test: (m: Mark) => boolean): number {
  let n = 0;
  for (const m of marks) if (test(m)) n++;
  return n;
}

function mirrored(f: Facts): boolean {
  for (const l of f.left.marks) {
    if (!isJoint(f, l)) continue;
    const part = l.region.id.slice('left.'.length);
    if (
      some(
        f.right.marks,
        (r) => isJoint(f, r) && r.region.id.endsWith(part) && r.region.id.length === part.length + 6,
      )
    ) {
      return true;
    }
  }
  return false;
}

const onAi = (f: Facts) => f.timing.medicine !== null;

/**
 * A pattern made only of mild areas (severity 2 or less of 10) is shown as a weak resemblance at
 * most: the shape may fit, but a barely-there ache is no reason to call anything strongly, nor to
 * alert a care team (alerts count moderate and strong patterns; alert fatigue [aft39-alerts]).
 */
export const MILD_ONLY = { severityAtMost: 2, scoreAtMost: 0.45 } as const;

export const CONDITIONS = deepFreeze([
  {
    key: 'carpal_tunnel',
    condition: 'carpal_tunnel',
    name: 'carpal tunnel syndrome (a squeezed nerve at the wrist)',
    scope: 'hand',
    sources: ['katz1990', 'darcy2000', 'seed', 'graham2006'],
    // Katz: symptoms on the digits 1–3, palm allowed ("probable"); the back of the hand is not.
    needs: SENSORY,
    site: (h) =>
      h.medianDigits === 0
        ? []
        : h.sensory.filter(
            (m) =>
              h.medianMarks.includes(m) ||
              is.ringRadialSensory(m) ||
              (palm(m) && (kind(m) === 'thenar' || kind(m) === 'centralPalm')),
          ),
    for: [
      {
        id: 'median_digits_two_or_more',
        text: 'Numbness or tingling in two or more of the thumb, index and middle fingers: the area the median nerve supplies.',
        sources: ['katz1990', 'katz-afp', 'darcy2000'],
        weight: 0.45,
        test: (h) => h.medianDigits >= 2,
      },
      {
        id: 'median_digit_one',
        text: 'Numbness or tingling in one of the thumb, index and middle fingers.',
        sources: ['katz-afp'],
        weight: 0.2,
        test: (h) => h.medianDigits === 1,
      },
      {
        id: 'night_waking',
        text: 'The numbness or tingling wakes you at night.',
        sources: ['graham2006', 'seed'],
        weight: 0.2,
        test: (h) => some(h.sensory, (m) => (m.timing & T.wakes_at_night) !== 0),
      },
      {
        id: 'shaking_relief',
        text: 'Shaking or flicking the hand eases it.',
        sources: ['seed', 'hansen2004'],
        weight: 0.15,
        test: (h) => some(h.sensory, (m) => (m.better & B.shaking_hand) !== 0),
      },
      {
        id: 'driving_phone_book',
        text: 'Worse when driving or holding a phone or a book.',
        sources: ['seed', 'cts-symptoms-pages'],
        weight: 0.1,
        test: (h) => anyWorse(h.sensory, W.driving | W.holding_phone_or_book),
      },
      {
        id: 'ring_finger_split',
        text: 'Only the thumb-side half of the ring finger is numb, not its little-finger side: the edge of the area the median nerve supplies.',
        sources: ['seed', 'shehab2013', 'cts-symptoms-pages'],
        weight: 0.1,
        test: (h) => some(h.sensory, is.ringRadialSensory) && !some(h.sensory, is.ulnarDigitSensory),
      },
      {
        id: 'thumb_weakness',
        text: 'Weakness, dropping things, or a thinner muscle at the thumb base.',
        sources: ['cornwall-cts', 'nhs-ebi-cts'],
        weight: 0.1,
        test: (h) => (h.symptoms & (S.weakness | S.thinning)) !== 0,
      },
    ],
    against: [
      {
        id: 'little_finger_too',
        text: 'The little finger, or the little-finger side of the ring finger, is numb too; carpal tunnel usually spares them.',
        // Both lie in the ulnar territory [shehab2013]; the spared-little-finger remark is secondary.
        sources: ['shehab2013', 'afp-cts-text'],
        weight: -0.1,
        test: (h) => some(h.sensory, is.ulnarDigitSensory),
      },
      {
        id: 'back_of_hand',
        text: 'Numbness on the back of the hand, which the nerve at the wrist does not supply.',
        sources: ['katz1990', 'katz-afp'],
        weight: -0.1,
        test: (h) => some(h.sensory, (m) => kind(m) === 'backOfHand'),
      },
      {
        id: 'neck_or_arm',
        text: 'Symptoms in the neck or down the arm can come from the neck instead: worth checking first.',
        sources: ['mdcalc-cts6', 'glos-cts'],
        weight: -0.15,
        test: (_h, f) => f.neckArm,
      },
      {
        id: 'feet_too',
        text: 'Numbness or tingling in the feet as well points to a nerve problem beyond the wrist.',
        sources: ['karger-cipn', 'tofthagen2013'],
        weight: -0.1,
        test: (_h, f) => f.feetSensory,
      },
      {
        // A weight, not a veto: chemotherapy nerve damage and a squeezed nerve at the wrist often
        // come together, and a one-sided classic picture (night waking, eased by shaking) still
        // resembles carpal tunnel [karger-cipn][graham2006]. The weight is our judgement.
        id: 'glove_and_stocking_after_chemo',
        text: 'Both hands and the feet are numb after chemotherapy: part of this may be nerve damage from chemotherapy rather than a squeezed nerve at the wrist.',
        sources: ['karger-cipn', 'tofthagen2013'],
        weight: -0.25,
        test: (_h, f) => f.gloveAndStocking,
      },
    ],
    minScore: 0.4,
  },
  {
    key: 'trigger_finger',
    condition: 'trigger_finger',
    name: 'trigger finger (a catching finger tendon)',
    scope: 'hand',
    sources: ['seed', 'kale2023', 'dralex', 'makkouk2008'],
    needs: S.catching,
    site: (h) => {
      const catching = where(h.marks, is.catching);
      if (catching.length === 0) return [];
      // The base of each catching digit on the palm side, where trigger finger hurts.
      const bases = where(
        h.marks,
        (m) =>
          kind(m) === 'fingerBase' &&
          has(m, PAINFUL) &&
          !catching.includes(m) &&
          catching.some((c) => c.digit === m.digit),
      );
      return bases.length ? [...catching, ...bases] : catching;
    },
    for: [
      {
        id: 'catching',
        text: 'A finger or thumb catches or locks.',
        sources: ['seed', 'kale2023'],
        weight: 0.45,
        test: () => true,
      },
      {
        id: 'finger_base_pain',
        text: 'Pain on the palm side at the base of that finger.',
        sources: ['seed', 'kale2023', 'dralex'],
        weight: 0.25,
        test: (h) => {
          return some(
            h.marks,
            (m) =>
              kind(m) === 'fingerBase' &&
              has(m, PAINFUL) &&
              some(h.marks, (c) => is.catching(c) && c.digit === m.digit),
          );
        },
      },
      {
        id: 'needs_help_to_straighten',
        text: 'It needs the other hand to straighten, or stays bent.',
        sources: ['green-var', 'gopolicy-green', 'quinnell1980', 'teo2018'],
        weight: 0.1,
        test: (h) =>
          some(h.marks, (m) => m.report.locking === 'needs_other_hand' || m.report.locking === 'stays_bent'),
      },
      {
        id: 'nodule',
        text: 'A small lump at the base of the finger.',
        sources: ['dralex', 'kale2023', 'makkouk2008'],
        weight: 0.1,
        test: (h) => some(h.marks, (m) => kind(m) === 'fingerBase' && has(m, S.lump)),
      },
      {
        id: 'diabetes',
        text: 'Diabetes makes trigger finger more common.',
        sources: ['tw-hand2019', 'dralex'],
        weight: 0.05,
        test: (_h, f) => f.input.context.risk.diabetes === true,
      },
    ],
    against: [
      {
        id: 'many_fingers_swollen',
        text: 'Several fingers are swollen or stiff, which points to a wider inflammation rather than one tendon.',
        sources: ['etg-fts'],
        weight: -0.15,
        test: (h) => countDigits(h.swollenStiffDigits) >= 3,
      },
    ],
    minScore: 0.4,
    grade: (site) => {
      let g = 'II';
      for (const m of site) {
        if (m.report.locking === 'stays_bent') return 'IV';
        if (m.report.locking === 'needs_other_hand') g = 'III';
      }
      return g;
    },
  },
  {
    key: 'de_quervain',
    condition: 'de_quervain',
    name: "De Quervain's tenosynovitis (sore thumb tendons at the wrist)",
    scope: 'hand',
    sources: ['seed', 'tw-hand2019', 'shehab2013'],
    needs: PAINFUL,
    site: (h) => where(h.marks, is.radialWrist),
    // Palm-side thumb-side wrist pain alone is weaker evidence (other tendons, a ganglion, wear of
    // the small wrist joints hurt there too [shehab2013]): at most moderate unless the back is marked.
    scoreAtMost: (site) => (site.some(is.radialStyloid) ? undefined : 0.65),
    for: [
      {
        id: 'thumb_side_wrist_pain',
        text: 'Pain over the thumb side of the wrist at the back (over the bony knob at the end of the forearm), where these tendons run.',
        sources: ['tw-hand2019', 'seed', 'shehab2013'],
        weight: 0.4,
        test: (h) => some(h.marks, is.radialStyloid),
      },
      {
        id: 'thumb_side_wrist_palm_only',
        text: 'Pain on the palm side of the thumb-side wrist only: other tendons, a small fluid-filled lump (ganglion) or wear of the small wrist joints can hurt there too.',
        sources: ['shehab2013', 'canfp2024'],
        weight: 0.25,
        test: (h) => !some(h.marks, is.radialStyloid),
      },
      {
        id: 'worse_lifting_grasping',
        text: 'Worse when lifting, grasping or using the thumb.',
        sources: ['seed', 'tw-hand2019', 'umem-intersection'],
        weight: 0.3,
        test: (h) => worseAt(h, is.radialWrist, THUMB_LOAD),
      },
    ],
    against: [
      {
        id: 'numb_not_sore',
        text: 'Numbness on the back of the thumb side without pain when using the thumb resembles an irritated skin nerve more than sore tendons.',
        sources: ['neal2010', 'fpn-radial'],
        weight: -0.1,
        test: (h) => some(h.marks, is.dorsalRadialSensory) && !worseAt(h, is.radialWrist, THUMB_LOAD),
      },
      {
        id: 'thumb_base_pinch_pain',
        text: 'Pain at the thumb base when pinching resembles wear of the thumb-base joint more.',
        sources: ['shehab2013', 'cmaj2013'],
        weight: -0.15,
        test: (h) => worseAt(h, is.thumbBase, W.pinching),
      },
    ],
    minScore: 0.4,
  },
  {
    key: 'thumb_base_arthritis',
    condition: 'thumb_base_arthritis',
    name: 'thumb-base arthritis (wear of the joint at the base of the thumb)',
    scope: 'hand',
    sources: ['cmaj2013', 'prohand', 'shehab2013'],
    needs: S.pain | S.aching | S.stiffness,
    site: (h) => where(h.marks, is.thumbBase),
    for: [
      {
        id: 'thumb_base_pain',
        text: 'Pain or stiffness at the base of the thumb.',
        sources: ['cmaj2013', 'prohand'],
        weight: 0.35,
        test: () => true,
      },
      {
        id: 'worse_pinching',
        text: 'Worse when pinching, gripping or turning (keys, jars, door handles).',
        sources: ['cmaj2013'],
        weight: 0.25,
        test: (h) => worseAt(h, is.thumbBase, PINCH),
      },
      {
        id: 'keys_jars_hard',
        text: 'Keys or jars are hard to manage.',
        sources: ['cmaj2013', 'prohand'],
        weight: 0.1,
        test: (_h, f) => hard(f, 'keys', 2) || hard(f, 'jars', 2),
      },
      {
        id: 'osteoarthritis_known',
        text: 'Osteoarthritis is already known.',
        sources: ['cmaj2013'],
        weight: 0.1,
        test: (_h, f) => f.input.context.risk.arthritis === 'osteoarthritis',
      },
    ],
    against: [
      {
        id: 'thumb_side_wrist_lifting',
        text: 'Pain on the thumb side of the wrist when lifting resembles sore thumb tendons more.',
        sources: ['shehab2013'],
        weight: -0.15,
        test: (h) => worseAt(h, is.radialWrist, W.lifting | W.thumb_use),
      },
    ],
    minScore: 0.4,
  },
  {
    key: 'other_tendonitis:ulnar_wrist',
    condition: 'other_tendonitis',
    where: 'ulnar_wrist',
    name: 'a sore tendon on the little-finger side of the wrist',
    scope: 'hand',
    sources: ['sato2023-ecu', 'canfp2024'],
    needs: PAINFUL,
    site: (h) =>
      where(h.marks, (m) => kind(m) === 'wrist' && side(m) === 'ulnar' && back(m) && has(m, PAINFUL)),
    for: [
      {
        id: 'little_finger_side_wrist_pain',
        text: 'Pain on the back of the wrist, little-finger side.',
        sources: ['sato2023-ecu', 'canfp2024'],
        weight: 0.4,
        test: () => true,
      },
      {
        id: 'worse_turning_gripping',
        text: 'Worse when turning, gripping or bending the wrist.',
        sources: ['canfp2024'],
        weight: 0.15,
        test: (h) =>
          anyWorse(
            where(h.marks, (m) => kind(m) === 'wrist' && side(m) === 'ulnar'),
            W.turning_handle | W.gripping | W.wrist_bending,
          ),
      },
    ],
    against: [
      {
        id: 'little_finger_numb',
        text: 'Numbness of the little finger points to the ulnar nerve rather than a tendon.',
        sources: ['shehab2013'],
        weight: -0.1,
        test: (h) => some(h.sensory, (m) => m.digit === 'little'),
      },
    ],
    minScore: 0.4,
  },
  {
    key: 'other_tendonitis:dorsal_forearm',
    condition: 'other_tendonitis',
    where: 'dorsal_forearm',
    name: 'intersection syndrome (sore tendons where they cross, above the wrist)',
    scope: 'hand',
    sources: ['umem-intersection', 'msk-key', 'jabfm-is'],
    needs: PAINFUL,
    site: (h) =>
      where(h.marks, (m) => kind(m) === 'forearm' && side(m) === 'radial' && back(m) && has(m, PAINFUL)),
    for: [
      {
        id: 'back_of_forearm_thumb_side',
        text: 'Pain on the back of the forearm just above the wrist, thumb side.',
        sources: ['jabfm-is', 'umem-intersection', 'msk-key'],
        weight: 0.35,
        test: () => true,
      },
      {
        id: 'worse_wrist_extension',
        text: 'Worse when bending the wrist back or lifting.',
        sources: ['umem-intersection', 'jabfm-is', 'msk-key'],
        weight: 0.2,
        test: (h) =>
          anyWorse(
            where(h.marks, (m) => kind(m) === 'forearm' && side(m) === 'radial'),
            W.wrist_bending | W.lifting | W.gripping,
          ),
      },
    ],
    against: [],
    minScore: 0.4,
  },
  {
    key: 'other_tendonitis:flexor_sheath',
    condition: 'other_tendonitis',
    where: 'flexor_sheath',
    name: 'inflamed finger tendon sheaths (several fingers)',
    scope: 'hand',
    sources: ['etg-fts'],
    needs: S.swelling | S.stiffness,
    site: (h) =>
      countDigits(h.swollenStiffDigits) >= 2
        ? where(h.marks, (m) => m.digit !== undefined && palm(m) && has(m, S.swelling | S.stiffness))
        : [],
    for: [
      {
        id: 'several_fingers_swollen_stiff',
        text: 'Swelling or stiffness on the palm side of two or more fingers.',
        sources: ['etg-fts'],
        weight: 0.3,
        test: () => true,
      },
      {
        id: 'morning_stiffness',
        text: 'Stiffest in the morning.',
        sources: ['etg-fts'],
        weight: 0.15,
        test: (h) => (h.timing & T.morning_stiffness) !== 0,
      },
    ],
    against: [],
    minScore: 0.4,
  },
  {
    key: 'ai_arthralgia',
    condition: 'ai_arthralgia',
    name: 'aromatase-inhibitor joint pain (aches and stiffness in several joints)',
    scope: 'person',
    sources: ['roberts2020', 'mao2009', 'arthcare2012', 'dfci2014', 'bcna'],
    // Both hands, or one hand with other joints: the symmetric, many-joint pattern [roberts2020].
    needs: JOINTY,
    site: (h, f) => (bothHandsJoints(f) || f.elsewhereJoints ? where(h.marks, (m) => isJoint(f, m)) : []),
    for: [
      {
        id: 'hand_joints',
        text: 'Aching, pain or stiffness in joints of the hand or wrist.',
        sources: ['mao2009', 'arthcare2012'],
        weight: 0.1,
        test: () => true,
      },
      {
        id: 'both_hands',
        text: 'Aching or stiffness in joints of both hands.',
        sources: ['roberts2020', 'dfci2014'],
        weight: 0.3,
        test: (_h, f) => bothHandsJoints(f),
      },
      {
        id: 'same_places_both_sides',
        text: 'The same places on both hands.',
        sources: ['roberts2020'],
        weight: 0.1,
        test: (_h, f) => mirrored(f),
      },
      {
        id: 'several_joints',
        text: 'Several joints at once.',
        sources: ['mao2009', 'arthcare2012'],
        weight: 0.1,
        test: (h, f) => countWhere(h.marks, (m) => isJoint(f, m)) >= 3,
      },
      {
        id: 'morning_stiffness',
        text: 'Stiffness in the morning.',
        sources: ['mao2009', 'lintermans-24mo', 'bcna', 'dfci2014'],
        weight: 0.15,
        test: (h) => (h.timing & T.morning_stiffness) !== 0,
      },
      {
        id: 'eases_with_movement',
        text: 'It eases as you move.',
        sources: ['mao2009', 'arthcare2012', 'bcna'],
        weight: 0.05,
        test: (h) => (h.better & B.moving_it) !== 0,
      },
      {
        id: 'other_joints',
        text: 'Other joints ache too (such as knees, ankles, hips or shoulders).',
        sources: ['mao2009', 'roberts2020'],
        weight: 0.3,
        test: (_h, f) => f.elsewhereJoints,
      },
      {
        id: 'early_months',
        text: 'It began within the first three months of the medicine, when most such joint pain starts.',
        sources: ['arthcare2012', 'mao2009'],
        weight: 0.15,
        test: (_h, f) => f.timing.inEarlyWindow === true,
      },
      {
        id: 'later_onset',
        text: 'It began after the medicine started; later starts happen too.',
        sources: ['kanematsu2011', 'soumaya2016'],
        weight: 0.05,
        test: (_h, f) => f.timing.onsetBeforeMedicine === false && f.timing.inEarlyWindow === false,
      },
    ],
    against: [
      {
        id: 'began_before_medicine',
        text: 'It began before the medicine started.',
        sources: ['arthcare2012'],
        weight: -0.2,
        test: (_h, f) => f.timing.onsetBeforeMedicine === true,
      },
      {
        id: 'hot_red_joints',
        text: 'Red, hot areas: joint pain from the medicine does not usually look inflamed.',
        sources: ['arthcare2012'],
        weight: -0.2,
        test: (h) => (h.symptoms & S.redness_heat) !== 0,
      },
      {
        id: 'no_aromatase_inhibitor',
        text: 'No aromatase inhibitor is on record.',
        sources: ['hyder2021'],
        weight: -0.15,
        test: (_h, f) => f.input.context.medicines.length > 0 && !onAi(f),
      },
    ],
    minScore: 0.4,
  },
  {
    key: 'ulnar_nerve',
    condition: 'ulnar_nerve',
    name: 'an irritated ulnar nerve (the nerve to the ring and little fingers)',
    scope: 'hand',
    sources: ['shehab2013'],
    // Only when the thumb, index and middle finger are spared: otherwise the median pattern leads.
    needs: SENSORY,
    site: (h) =>
      h.medianDigits > 0 || !some(h.sensory, is.pureUlnar) || some(h.sensory, is.ringRadialSensory)
        ? []
        : where(h.sensory, (m) => m.region.nerves.includes('ulnar')),
    for: [
      {
        id: 'ring_little_numbness',
        text: 'Numbness or tingling of the ring and little fingers only: the area the ulnar nerve supplies.',
        sources: ['shehab2013'],
        weight: 0.5,
        test: () => true,
      },
      {
        id: 'ring_finger_split',
        text: 'Only the little-finger-side half of the ring finger is numb, not its thumb side: the edge of the area the ulnar nerve supplies.',
        sources: ['shehab2013', 'seed'],
        weight: 0.1,
        test: (h) =>
          some(h.sensory, (m) => m.digit === 'ring' && half(m) === 'ulnar') &&
          !some(h.sensory, is.ringRadialSensory),
      },
      {
        id: 'worse_elbow_bent',
        text: 'Worse with the elbow bent.',
        sources: ['shehab2013'],
        weight: 0.15,
        test: (h) => (h.worse & W.elbow_bent) !== 0,
      },
      {
        id: 'weakness',
        text: 'Weakness or clumsiness of the hand.',
        sources: ['shehab2013'],
        weight: 0.05,
        test: (h) => (h.symptoms & S.weakness) !== 0,
      },
    ],
    against: [
      {
        id: 'glove_and_stocking_after_chemo',
        text: 'Both hands and the feet are numb after chemotherapy: part of this may be nerve damage from chemotherapy instead.',
        sources: ['karger-cipn', 'tofthagen2013'],
        weight: -0.25,
        test: (_h, f) => f.gloveAndStocking,
      },
      {
        id: 'neck_or_arm',
        text: 'Symptoms in the neck or down the arm can come from the neck instead.',
        sources: ['mdcalc-cts6', 'glos-cts'],
        weight: -0.1,
        test: (_h, f) => f.neckArm,
      },
    ],
    minScore: 0.4,
  },
  {
    key: 'chemo_neuropathy',
    condition: 'chemo_neuropathy',
    name: 'nerve damage from chemotherapy (numb hands and feet)',
    scope: 'person',
    sources: ['karger-cipn', 'tofthagen2013', 'scc2020-cipn'],
    needs: SENSORY,
    site: (h, f) => (f.feetSensory && f.anyChemo ? h.sensory : []),
    for: [
      {
        id: 'hands_and_feet',
        text: 'Numbness or tingling in the hands and the feet.',
        sources: ['karger-cipn', 'tofthagen2013'],
        weight: 0.35,
        test: () => true,
      },
      {
        id: 'after_taxane',
        text: 'After taxane chemotherapy (such as paclitaxel or docetaxel), which often affects these nerves.',
        sources: ['tofthagen2013', 'karger-cipn'],
        weight: 0.3,
        test: (_h, f) => f.taxane,
      },
      {
        id: 'after_chemotherapy',
        text: 'After chemotherapy.',
        sources: ['karger-cipn'],
        weight: 0.1,
        test: (_h, f) => !f.taxane,
      },
      {
        id: 'both_hands',
        text: 'Both hands.',
        sources: ['karger-cipn', 'scc2020-cipn'],
        weight: 0.1,
        test: (_h, f) => f.left.sensory.length > 0 && f.right.sensory.length > 0,
      },
      {
        id: 'fingertips',
        text: 'Starting at the fingertips.',
        sources: ['tofthagen2013'],
        weight: 0.1,
        test: (h) =>
          some(h.sensory, (m) => m.region.area.kind === 'digit' && m.region.area.segment === 'distal'),
      },
    ],
    // Chemotherapy nerve damage is length-dependent: both sides alike, from the tips [tofthagen2013].
    against: [
      {
        id: 'one_hand_only',
        text: 'Only one hand is numb: nerve damage from chemotherapy usually affects both hands alike.',
        sources: ['tofthagen2013', 'karger-cipn'],
        weight: -0.15,
        test: (_h, f) => f.left.sensory.length > 0 !== f.right.sensory.length > 0,
      },
      {
        id: 'classic_squeezed_nerve',
        text: 'Numbness that wakes you at night and eases when you shake the hand is typical of a squeezed nerve at the wrist rather than of chemotherapy nerve damage.',
        sources: ['graham2006', 'seed', 'hansen2004'],
        weight: -0.15,
        test: (h) =>
          some(h.sensory, (m) => (m.timing & T.wakes_at_night) !== 0) &&
          some(h.sensory, (m) => (m.better & B.shaking_hand) !== 0),
      },
    ],
    minScore: 0.4,
  },
  {
    key: 'hand_osteoarthritis',
    condition: 'hand_osteoarthritis',
    name: 'hand osteoarthritis (wear of the end and middle finger joints)',
    scope: 'hand',
    sources: ['zhang2009-hoa', 'kloppenburg2019'],
    // Bony lumps (Heberden and Bouchard nodes) on the back of the end and middle joints, pain on use,
    // one or a few joints at a time [zhang2009-hoa].
    needs: S.lump | JOINTY,
    site: (h) =>
      where(h.marks, (m) => is.backFingerJoint(m) && has(m, S.lump | JOINTY) && !has(m, S.catching)),
    for: [
      {
        id: 'bony_lumps_back_of_joints',
        text: 'Hard lumps on the back of the end or middle finger joints: the bony nodes typical of hand osteoarthritis.',
        sources: ['zhang2009-hoa'],
        weight: 0.4,
        test: (h) => some(h.marks, (m) => is.backFingerJoint(m) && has(m, S.lump)),
      },
      {
        id: 'end_middle_joint_pain',
        text: 'Pain or stiffness at the end or middle finger joints.',
        sources: ['zhang2009-hoa'],
        weight: 0.2,
        test: (h) => some(h.marks, (m) => is.backFingerJoint(m) && has(m, JOINTY)),
      },
      {
        id: 'worse_using',
        text: 'Worse when using the hand (gripping or pinching).',
        sources: ['zhang2009-hoa'],
        weight: 0.1,
        test: (h) => worseAt(h, is.backFingerJoint, W.gripping | W.pinching),
      },
      {
        id: 'osteoarthritis_known',
        text: 'Osteoarthritis is already known.',
        sources: ['zhang2009-hoa'],
        weight: 0.1,
        test: (_h, f) => f.input.context.risk.arthritis === 'osteoarthritis',
      },
    ],
    against: [
      {
        id: 'hot_red_joints',
        text: 'Red, hot joints point to an inflammation rather than wear.',
        sources: ['zhang2009-hoa', 'nice-cg79'],
        weight: -0.2,
        test: (h) => some(h.marks, (m) => is.backFingerJoint(m) && has(m, S.redness_heat)),
      },
      {
        id: 'long_morning_stiffness',
        text: 'Morning stiffness that lasts long (an hour or more) is more typical of an inflammatory arthritis; in osteoarthritis it is short.',
        sources: ['zhang2009-hoa', 'nice-cg79'],
        weight: -0.15,
        test: (h) => some(h.marks, (m) => (m.report.morningStiffnessMinutes ?? 0) >= 60),
      },
    ],
    minScore: 0.4,
  },
  {
    key: 'dupuytren',
    condition: 'dupuytren',
    name: "Dupuytren's disease (a thickened band in the palm)",
    scope: 'hand',
    sources: ['trojian2007'],
    // A nodule or cord in the palm, usually painless, often in line with the ring finger; it pulls a
    // finger bent slowly but does not catch or lock [trojian2007].
    needs: S.lump,
    site: (h) => where(h.marks, is.palmLump),
    for: [
      {
        id: 'palm_nodule',
        text: 'A lump or cord in the palm or at the palm side of a finger base.',
        sources: ['trojian2007'],
        weight: 0.4,
        test: () => true,
      },
      {
        id: 'painless',
        text: 'The lump does not hurt.',
        sources: ['trojian2007'],
        weight: 0.1,
        test: (h) => some(h.marks, (m) => is.palmLump(m) && !has(m, S.pain | S.aching)),
      },
      {
        id: 'ring_little_line',
        text: 'In line with the ring or little finger, where it most often starts.',
        sources: ['trojian2007'],
        weight: 0.1,
        test: (h) =>
          some(
            h.marks,
            (m) => is.palmLump(m) && (m.digit === 'ring' || m.digit === 'little' || kind(m) === 'hypothenar'),
          ),
      },
      {
        id: 'diabetes',
        text: 'Diabetes makes it more common.',
        sources: ['trojian2007'],
        weight: 0.05,
        test: (_h, f) => f.input.context.risk.diabetes === true,
      },
    ],
    against: [
      {
        id: 'catching',
        text: 'A finger that catches or locks points to trigger finger, which can also leave a small lump at the finger base.',
        sources: ['trojian2007', 'kale2023'],
        weight: -0.35,
        test: (h) => (h.symptoms & S.catching) !== 0,
      },
      {
        id: 'painful_lump',
        text: 'The lump hurts: a painful lump at a finger base is more often a sore tendon.',
        sources: ['trojian2007', 'dralex'],
        weight: -0.1,
        test: (h) => !some(h.marks, (m) => is.palmLump(m) && !has(m, S.pain | S.aching)),
      },
    ],
    minScore: 0.4,
  },
  {
    key: 'raynaud',
    condition: 'raynaud',
    name: "Raynaud's phenomenon (fingers that go white or blue in the cold)",
    scope: 'person',
    sources: ['goundry2012'],
    // Episodes of colour change brought on by cold or stress that pass on rewarming [goundry2012].
    // Not a red flag by itself; a finger that stays cold and pale is (knowledge/redFlags.ts).
    needs: S.cold_pale_blue,
    site: (h) => where(h.marks, (m) => has(m, S.cold_pale_blue) && m.digit !== undefined),
    for: [
      {
        id: 'colour_change',
        text: 'Fingers that turn pale, white or blue.',
        sources: ['goundry2012'],
        weight: 0.35,
        test: () => true,
      },
      {
        id: 'comes_and_goes',
        text: 'It comes and goes in episodes.',
        sources: ['goundry2012'],
        weight: 0.15,
        test: (h) => some(h.marks, (m) => has(m, S.cold_pale_blue) && (m.timing & T.comes_and_goes) !== 0),
      },
      {
        id: 'eased_by_warmth',
        text: 'Warming the hands eases it.',
        sources: ['goundry2012'],
        weight: 0.15,
        test: (h) => some(h.marks, (m) => has(m, S.cold_pale_blue) && (m.better & B.warmth) !== 0),
      },
      {
        id: 'both_hands',
        text: 'Fingers of both hands.',
        sources: ['goundry2012'],
        weight: 0.05,
        test: (_h, f) =>
          some(f.left.marks, (m) => has(m, S.cold_pale_blue)) &&
          some(f.right.marks, (m) => has(m, S.cold_pale_blue)),
      },
    ],
    against: [
      {
        id: 'constant',
        text: 'It is there all the time: a finger that stays cold and pale is not Raynaud’s and needs a doctor soon.',
        sources: ['goundry2012', 'glos-hand'],
        weight: -0.3,
        test: (h) => some(h.marks, (m) => has(m, S.cold_pale_blue) && (m.timing & T.constant) !== 0),
      },
      {
        id: 'after_injury',
        text: 'It followed a fall or injury to the hand.',
        sources: ['glos-hand'],
        weight: -0.2,
        test: (_h, f) => f.input.checkIn.events.fallOrInjury,
      },
    ],
    minScore: 0.4,
  },
  {
    key: 'radial_sensory_nerve',
    condition: 'radial_sensory_nerve',
    name: 'an irritated skin nerve on the back of the thumb side (the radial sensory nerve)',
    scope: 'hand',
    sources: ['neal2010', 'fpn-radial'],
    // Numbness or tingling on the back of the thumb side of the hand, often from something tight
    // around the wrist (a strap, splint or watch); it does not depend on moving the thumb [neal2010].
    needs: SENSORY,
    site: (h) => where(h.sensory, is.dorsalRadialSensory),
    for: [
      {
        id: 'back_thumb_side_numb',
        text: 'Numbness or tingling on the back of the hand at the thumb side: the area this small skin nerve supplies.',
        sources: ['neal2010', 'fpn-radial'],
        weight: 0.4,
        test: () => true,
      },
      {
        id: 'splint_or_strap',
        text: 'A wrist or thumb splint is being worn: its strap can press on this nerve (as can a tight watch or bracelet).',
        sources: ['neal2010', 'fpn-radial'],
        weight: 0.15,
        test: (_h, f) =>
          f.input.checkIn.treatments.some((t) => t.kind === 'thumb_splint' || t.kind === 'night_splint'),
      },
      {
        id: 'no_palm_side_numbness',
        text: 'The palm side of the thumb, index and middle finger is not numb.',
        sources: ['neal2010', 'katz1990'],
        weight: 0.05,
        test: (h) => h.medianDigits === 0,
      },
    ],
    against: [
      {
        id: 'median_digits_numb',
        text: 'The thumb, index or middle finger is numb on the palm side too, which points to the median nerve.',
        sources: ['katz1990', 'neal2010'],
        weight: -0.2,
        test: (h) => some(h.medianMarks, palm),
      },
    ],
    minScore: 0.4,
  },
] as const satisfies readonly ConditionPattern[]);

/** The person's words for each condition (its three names are in knowledge/conditionNames.ts). */
export { CONDITION_NAMES } from './conditionNames';

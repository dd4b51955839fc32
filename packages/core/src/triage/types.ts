/**
 * The assessment: what `assess()` returns. It is a public contract (the CLI prints it, the server
 * stores it, other tools read it): add fields, never rename or remove one without a new
 * `RULES_VERSION` major. Documented in docs/assessment.md.
 */

import type { Drug } from '../checkin/context';
import type { Hand } from '../hand/regions';
import type { SourceId } from '../knowledge/sources';

/** How soon to act on a red flag, most urgent first. */
export const URGENCIES = ['emergency', 'today', 'soon', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const CONDITION_IDS = [
  'carpal_tunnel',
  'trigger_finger',
  'de_quervain',
  'other_tendonitis',
  'ai_arthralgia',
  'thumb_base_arthritis',
  'ulnar_nerve',
  'chemo_neuropathy',
  'hand_osteoarthritis',
  'dupuytren',
  'raynaud',
  'radial_sensory_nerve',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

/** Who a next step is with. Never "stop your medicine": the oncology team decides that with the person. */
export type CareRole =
  | 'self'
  | 'gp'
  | 'hand_specialist'
  | 'hand_therapist'
  | 'oncology_team'
  | 'rheumatology'
  | 'emergency';

/** One piece of reasoning, in plain words, with where it comes from. */
export interface Evidence {
  /** Stable id of the criterion, e.g. `median_territory_numbness`. */
  readonly id: string;
  readonly text: string;
  readonly sources: readonly SourceId[];
}

export interface RedFlagFinding {
  readonly id: string;
  /** Plain name, e.g. "possible infection". */
  readonly name?: string;
  readonly urgency: Urgency;
  /** Plain words: why this came up. */
  readonly reason: string;
  /** Plain words: what to do and how soon. */
  readonly action: string;
  readonly regions: readonly string[];
  readonly sources: readonly SourceId[];
}

export interface Resemblance {
  readonly condition: ConditionId;
  /** Plain name, e.g. "carpal tunnel syndrome". */
  readonly name: string;
  /** 0–1, for ranking only; not a probability. */
  readonly score: number;
  readonly strength: 'strong' | 'moderate' | 'weak';
  readonly hands: readonly Hand[];
  readonly regions: readonly string[];
  /** For `other_tendonitis`: where, e.g. `ulnar_wrist`, `dorsal_forearm`, `flexor_sheath`. */
  readonly where?: string;
  /**
   * For `trigger_finger`: a patient-answerable proxy of Green's grade (`I`–`IV`) from how a locked
   * finger straightens [green-var][gopolicy-green]. Not a clinician's grading.
   */
  readonly grade?: string;
  readonly evidence: readonly Evidence[];
  readonly against: readonly Evidence[];
  readonly sources: readonly SourceId[];
}

export interface NextStep {
  /** Stable id such as `night_splint`, `steroid_injection`, `hand_specialist`, `surgical_release`. */
  readonly id: string;
  /** The condition whose care ladder this step is on; null for a red flag's own step (see `redFlag`). */
  readonly condition: ConditionId | null;
  readonly text: string;
  readonly who: CareRole;
  readonly sources: readonly SourceId[];
  /** For a red flag's own step: the red flag's id. These steps always come first. */
  readonly redFlag?: string;
  /** For a red flag's own step: how soon. */
  readonly urgency?: Urgency;
  /**
   * `suggested`: the next rung to try. `keep_going`: already tried and helping (or too early to tell).
   * `if_no_better`: the rung after, if the suggested one does not help.
   */
  readonly status?: 'suggested' | 'keep_going' | 'if_no_better';
}

export interface Timing {
  /** The first aromatase inhibitor (day 0 of every timeline), if known. */
  readonly medicine: Drug | null;
  readonly medicineStartedOn: string | null;
  /** Whole weeks from the medicine's start to the check-in date; null without a start date. */
  readonly weeksSinceStart: number | null;
  /** Earliest `startedOn` among the reported areas, if any was given. */
  readonly earliestOnset: string | null;
  /** Whole weeks from the medicine's start to the earliest onset (negative = before). */
  readonly onsetWeeksAfterStart: number | null;
  /** True when some symptom began before the medicine started; null when unknown. */
  readonly onsetBeforeMedicine: boolean | null;
  /** Onset within the first 3 months, when most AI joint symptoms begin [arthcare2012][mao2009]. */
  readonly inEarlyWindow: boolean | null;
}

export type KatzClass = 'classic' | 'probable' | 'possible' | 'unlikely';

/** Attributes of one PRO-CTCAE-style symptom term, each 0–4; absent = not part of the term or not answered. */
export interface ProCtcaeAttributes {
  readonly frequency?: 0 | 1 | 2 | 3 | 4;
  readonly severity?: 0 | 1 | 2 | 3 | 4;
  readonly interference?: 0 | 1 | 2 | 3 | 4;
}

export interface Scores {
  /** Katz hand-diagram class per hand, from the map [katz1990][katz-afp]. */
  readonly katz: Readonly<Record<Hand, KatzClass>>;
  /** CTS-6 history items only: at most 7.5 of 26 points; the exam items are for a clinician [graham2006]. */
  readonly cts6: {
    readonly historyPoints: number;
    readonly maxFromHistory: 7.5;
    readonly itemsPresent: readonly string[];
    readonly examItemsToCheck: readonly string[];
    /** The hand(s) the points come from (the hand with more points; both when equal). */
    readonly hands?: readonly Hand[];
  };
  /** Pain 0–10 (worst over 7 days), when reported; average and interference mean when given. */
  readonly pain: {
    readonly worst: number | null;
    readonly average: number | null;
    readonly interference: number | null;
  };
  /** Symptom severity 1–5 (mean of answered items; structure of the BCTQ symptom scale) or null. */
  readonly symptomSeverity: number | null;
  /** Hand function 0–100 (higher = harder; structure of QuickDASH scoring) or null when too few items. */
  readonly function: number | null;
  /** PRO-CTCAE-style composite grades 0–3 [basch2021]. */
  readonly composite: { readonly jointPain: 0 | 1 | 2 | 3; readonly numbness: 0 | 1 | 2 | 3 };
  /** The 0–4 attributes each composite grade was read from, so a clinician can see why. */
  readonly compositeAttributes?: {
    readonly jointPain: ProCtcaeAttributes;
    readonly numbness: ProCtcaeAttributes;
  };
}

export interface Assessment {
  /** Version of the rules that made this assessment; stored with it. */
  readonly rulesVersion: string;
  readonly checkInDate: string;
  /** Most urgent first. Always listed before anything else. */
  readonly redFlags: readonly RedFlagFinding[];
  /** Best match first. Empty when nothing is marked. */
  readonly resembles: readonly Resemblance[];
  readonly nextSteps: readonly NextStep[];
  readonly timing: Timing;
  readonly scores: Scores;
  /** Short sentences to say or show to the GP. */
  readonly tellYourGp: readonly string[];
}

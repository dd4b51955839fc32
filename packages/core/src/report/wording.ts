/**
 * Clinician wording for the GP summary: the patient-facing texts of next steps rewritten as what is
 * asked of a GP, the questions worth raising at the visit, and plain names for codes. Data, with
 * the source ids beside each entry.
 */
import type { Drug } from '../checkin/context';
import { TREATMENT_LABELS } from '../checkin/labels';
import type { Effect, TreatmentKind } from '../checkin/schema';
import type { SourceId } from '../knowledge/sources';
import type { CareRole, ConditionId, Urgency } from '../triage/types';

export interface StepWording {
  /** What is asked of the GP, as a short imperative clause ("offer a neutral wrist night splint"). */
  readonly label: string;
  /** How long to try it before the next rung, by condition, with its source. */
  readonly trial?: Partial<
    Record<ConditionId, { readonly text: string; readonly sources: readonly SourceId[] }>
  >;
  readonly sources: readonly SourceId[];
}

/** Known care-ladder step ids (triage/types.ts `NextStep.id`). Unknown ids fall back to {@link ROLE_WORDING}. */
export const STEP_WORDING: Readonly<Record<string, StepWording>> = {
  night_splint: {
    label: 'offer a neutral wrist night splint',
    trial: {
      // NHS threshold for release: still interfering after >= 8 weeks of night splinting [nhs-ebi-cts].
      carpal_tunnel: { text: 'for at least 8 weeks', sources: ['nhs-ebi-cts', 'aaos2016'] },
    },
    sources: ['aaos2016'],
  },
  thumb_splint: {
    label: 'offer a thumb spica splint',
    trial: { de_quervain: { text: 'for 6 weeks', sources: ['glos-dq'] } },
    sources: ['glos-dq'],
  },
  finger_splint: {
    label: 'offer a finger splint (MCP- or PIP-blocking)',
    trial: { trigger_finger: { text: 'for 6-8 weeks', sources: ['tarbhai2012', 'teo2018'] } },
    sources: ['tarbhai2012', 'teo2018'],
  },
  steroid_injection: {
    label: 'consider a corticosteroid injection',
    trial: { de_quervain: { text: 'if no better after 3 weeks of splinting', sources: ['glos-dq'] } },
    sources: ['aaos2024', 'richie2003', 'wojahn2014'],
  },
  hand_specialist: { label: 'refer to a hand specialist', sources: ['seed', 'nhs-ebi-cts'] },
  surgical_release: { label: 'refer for surgical release', sources: ['nhs-ebi-cts', 'verdugo2008'] },
  hand_therapist: { label: 'refer to hand therapy', sources: ['seed'] },
  exercise: { label: 'encourage a regular exercise programme', sources: ['irwin2015'] },
  pain_relief_gp: { label: 'advise simple analgesia (paracetamol, or an NSAID if safe)', sources: [] },
  acupuncture_or_duloxetine: {
    label: 'consider acupuncture or duloxetine',
    sources: ['hershman2018', 'henry2018'],
  },
  acupuncture: {
    label: 'consider acupuncture (about 12 sessions over 6 weeks, as in SWOG S1200)',
    sources: ['hershman2018'],
  },
  duloxetine: {
    label: 'consider duloxetine (30 mg for 1 week, then 60 mg; judge at 12 weeks, as in SWOG S1202)',
    sources: ['henry2018'],
  },
  hand_therapy_exercises: {
    label: 'hand exercises, or refer to hand therapy',
    sources: ['kloppenburg2019'],
  },
  oncology_team_cts: {
    label: 'discuss whether a change of endocrine therapy might help the carpal tunnel symptoms',
    sources: ['nishihori2008'],
  },
  gp_review: { label: 'review in primary care', sources: [] },
  oncology_team_switch: {
    label: 'discuss the options with them (e.g. a different aromatase inhibitor)',
    sources: ['briot2010'],
  },
  tell_oncology_team: {
    label: 'tell them that worst joint pain of 4/10 or more predicts stopping the medicine early',
    sources: ['chim2013'],
  },
};

/** Fallback wording by who the step is with, when the step id is not in {@link STEP_WORDING}. */
export const ROLE_WORDING: Readonly<Partial<Record<CareRole, string>>> = {
  hand_specialist: 'refer to a hand specialist',
  hand_therapist: 'refer to hand therapy',
  rheumatology: 'refer to rheumatology',
  oncology_team: 'discuss with them',
  emergency: 'emergency assessment',
};

/** Condition names as a clinician writes them (knowledge/conditionNames.ts holds all three names). */
export { CLINICIAN_CONDITION_NAMES as CONDITION_NAMES } from '../knowledge/conditionNames';

export const URGENCY_WORDS: Readonly<Record<Urgency, string>> = {
  emergency: 'Emergency',
  today: 'Same day',
  soon: 'Within days',
  routine: 'Routine',
};

export const DRUG_NAMES: Readonly<Record<Drug, string>> = {
  anastrozole: 'Anastrozole',
  letrozole: 'Letrozole',
  exemestane: 'Exemestane',
  tamoxifen: 'Tamoxifen',
};

/** The patient's own labels, except where a clinician writes it otherwise. */
export const TREATMENT_NAMES: Readonly<Record<TreatmentKind, string>> = {
  ...TREATMENT_LABELS,
  night_splint: 'Night splint',
  surgical_release: 'Surgical release',
  activity_change: 'Changing activities',
  medicine_switch: 'Switching medicine',
  other: 'Other',
};

export const EFFECT_WORDS: Readonly<Record<Effect, string>> = {
  much_better: 'much better',
  a_little_better: 'a little better',
  no_change: 'no change',
  worse: 'worse',
  too_early: 'too early to tell',
};

/** CTS-6 history items (scores/cts6.ts ids) in a clinician's words, with their points [graham2006]. */
export const CTS6_ITEM_WORDS: Readonly<Record<string, string>> = {
  median_territory_numbness: 'numbness mostly in the median territory (3.5)',
  night_waking_numbness: 'numbness waking them at night (4)',
};

export interface VisitQuestion {
  readonly text: string;
  readonly sources: readonly SourceId[];
}

/** Questions worth raising at the visit, by the pattern the check-ins resemble. */
export const QUESTIONS_BY_CONDITION: Readonly<Partial<Record<ConditionId, readonly VisitQuestion[]>>> = {
  carpal_tunnel: [
    {
      text: 'CTS-6 exam items (Phalen, Tinel, two-point discrimination, thenar bulk/strength) carry 18.5 of the 26 points: worth checking.',
      sources: ['graham2006', 'mdcalc-cts6'],
    },
    {
      text: 'Is the numbness constant, or is there thenar wasting or weakness? Either supports earlier referral.',
      sources: ['nhs-ebi-cts'],
    },
  ],
  trigger_finger: [
    {
      text: 'Does the finger lock, and does it need the other hand to straighten (Green grade III)?',
      sources: ['green-var', 'gopolicy-green', 'quinnell1980'],
    },
    {
      text: 'Diabetes or a raised HbA1c lowers the success of a single injection.',
      sources: ['prs2022tf', 'chang2018'],
    },
  ],
  de_quervain: [
    {
      text: 'WHAT test or Eichhoff for the first dorsal compartment; a negative grind test helps exclude thumb-base arthritis.',
      sources: ['goubau2014', 'shehab2013'],
    },
  ],
  thumb_base_arthritis: [
    { text: 'Thumb-base grind test, to tell CMC arthritis from De Quervain.', sources: ['shehab2013'] },
  ],
  ai_arthralgia: [
    {
      text: 'Morning stiffness over 30 minutes or swollen small joints? Consider inflammatory arthritis (urgent rheumatology).',
      sources: ['nice-cg79', 'rnhrd-eia'],
    },
  ],
  ulnar_nerve: [
    {
      text: 'Ring and little finger numbness: check the ulnar nerve at the elbow and at the wrist.',
      sources: ['shehab2013'],
    },
  ],
  chemo_neuropathy: [
    {
      text: 'Prior taxane? Symmetrical numbness of hands and feet suggests chemotherapy neuropathy rather than carpal tunnel.',
      sources: ['karger-cipn', 'tofthagen2013'],
    },
  ],
};

/** Worst joint pain >= 4/10 doubles the risk of stopping the medicine early [chim2013]. */
export const ADHERENCE_PAIN_THRESHOLD = 4;

export const ADHERENCE_QUESTION: VisitQuestion = {
  text: 'Is joint pain making the medicine hard to keep taking? Options such as switching aromatase inhibitor are for the oncology team to discuss.',
  sources: ['chim2013', 'briot2010'],
};

/** The first letter in capitals (labels built from names written in lower case). */
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

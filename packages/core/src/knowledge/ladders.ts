/**
 * Care ladders: the usual order of treatments for each condition, as data, each step with its
 * sources (carpal tunnel, trigger finger, De Quervain's, the whole joint-pain syndrome, …).
 *
 * The engine (triage/nextSteps.ts) walks a ladder from the bottom: a rung already tried without
 * relief is passed over, a rung that helps (or is too early to judge) is "keep going", and the first
 * untried rung is suggested, with the one after it as "if no better". A rung with `offerWhen` is
 * offered at once when the person's state calls for it (constant numbness or weakness, a finger
 * that stays bent); a rung with `offerAfterFailed` at once when a named treatment was tried without
 * relief (e.g. the NHS threshold for carpal tunnel surgery) — but not while a rung below it is
 * helping or still within its trial: after an injection that helped, the specialist is only "if no
 * better".
 *
 * Fair trials: a rung with `fairTrial` is only passed over after that many weeks without relief
 * (from the treatment's start date to its end or to the check-in). "No change" before then is still
 * "keep going" while it goes on, and a treatment stopped before then was not a fair trial: the rung is
 * suggested again. "Worse" passes a rung at once (nobody should keep up what makes it worse). Without
 * a start date the person's own judgement is taken. A rung marked `alongside` stays on offer when a
 * later rung was tried (exercise helps alongside everything; acupuncture and duloxetine are
 * alternatives, so trying one does not hide the other).
 *
 * Never "stop your medicine": a change of medicine is always a talk with the oncology team.
 */
import type { TreatmentKind } from '../checkin/schema';
import { type Facts, type Mark, S, T } from '../triage/facts';
import type { CareRole, ConditionId } from '../triage/types';
import { deepFreeze } from './freeze';
import type { SourceId } from './sources';

export interface LadderView {
  readonly facts: Facts;
  /** The areas of the resembled pattern. */
  readonly site: readonly Mark[];
  /** Whole weeks a treatment of this kind has been tried without relief (0 when not). */
  readonly weeksTriedWithoutRelief: (kind: TreatmentKind) => number;
  /** True when a treatment of this kind was tried without relief (no change, or worse). */
  readonly failed: (kind: TreatmentKind) => boolean;
}

export interface LadderStep {
  /** Stable id, shown as `nextSteps[].id`. */
  readonly id: string;
  readonly who: CareRole;
  /** Plain words, suggest-never-diagnose, when this is the next rung. */
  readonly text: string;
  /** Plain words when it was tried and is helping (or too early to tell). */
  readonly keepGoing: string;
  readonly sources: readonly SourceId[];
  /** Treatment kinds in a check-in that count as trying this rung. */
  readonly tried: readonly TreatmentKind[];
  /**
   * The shortest fair trial before this rung is passed over, in whole weeks, with its source (or our
   * judgement, said so in `basis`). See the file comment for how it is applied.
   */
  readonly fairTrial?: {
    readonly weeks: number;
    /** Plain words: where the number comes from. */
    readonly basis: string;
    readonly sources: readonly SourceId[];
  };
  /** Stays on offer when a later rung was tried (it does not depend on the rungs below it). */
  readonly alongside?: true;
  /** When true, offer this rung now, ahead of the ladder's order (the person's state calls for it). */
  readonly offerWhen?: (v: LadderView) => boolean;
  /**
   * Offer this rung now, ahead of the ladder's order, when one of these was tried without relief
   * (for at least `weeks`, when given) — unless a rung below this one is helping, too early to
   * judge or still within its fair trial.
   */
  readonly offerAfterFailed?: readonly { readonly kind: TreatmentKind; readonly weeks?: number }[];
  /**
   * Only offered once a rung below it failed a fair trial and none below is still within its trial
   * (a change of cancer medicine is never the answer to a week of something).
   */
  readonly afterFairTrials?: true;
  /** When true, this rung is not offered at all for this person (e.g. no finger splint for a finger that stays bent). */
  readonly notWhen?: (v: LadderView) => boolean;
}

export interface CareLadder {
  readonly condition: ConditionId;
  readonly sources: readonly SourceId[];
  readonly steps: readonly LadderStep[];
  /** Facts about the ladder worth knowing, shown in docs and on the GP summary. */
  readonly notes?: readonly {
    readonly id: string;
    readonly text: string;
    readonly sources: readonly SourceId[];
  }[];
}

const constantNumbnessOrWeakness = (v: LadderView) =>
  v.site.some(
    (m) => (m.symptoms & S.numbness && m.timing & T.constant) || m.symptoms & (S.weakness | S.thinning),
  ) || (v.facts.both.symptoms & S.thinning) !== 0;

const GP_REVIEW = (sources: readonly SourceId[], text: string) =>
  ({
    id: 'gp_review',
    who: 'gp',
    text,
    keepGoing: 'Keep your GP up to date with how it changes.',
    sources,
    tried: [],
  }) as const satisfies LadderStep;

const staysBent = (v: LadderView) => v.site.some((m) => m.report.locking === 'stays_bent');

/** Simple pain relief: commonly tried, with little trial evidence for these pains (said so in its text). */
const PAIN_RELIEF_TRIAL = {
  weeks: 2,
  basis:
    'Our judgement: about two weeks of regular use is enough to tell whether simple pain relief helps; no trial sets this number.',
  sources: ['cochrane-sys2021', 'kloppenburg2019'],
} as const;

const HAND_EXERCISES = {
  id: 'hand_therapy_exercises',
  who: 'hand_therapist',
  text: 'Hand exercises help joints worn by arthritis move and grip better: try the ones on the Learn page daily, and ask your GP about a hand therapist (a physiotherapist or occupational therapist for hands) to tailor them.',
  keepGoing: 'Keep up the hand exercises: they help over weeks, not days.',
  sources: ['kloppenburg2019', 'cmaj2013'],
  tried: ['hand_therapy', 'hand_exercises'],
  fairTrial: {
    weeks: 6,
    basis:
      'Our judgement: exercise programmes for hand osteoarthritis run for weeks to months; six weeks is a fair first look.',
    sources: ['kloppenburg2019'],
  },
  alongside: true,
} as const satisfies LadderStep;

const ONCOLOGY_SWITCH = {
  id: 'oncology_team_switch',
  who: 'oncology_team',
  text: 'If it still gets in the way of life, talk to your oncology team about your options, including trying a different aromatase inhibitor or another hormone medicine. Keep taking your medicine meanwhile: any change is decided together with them.',
  keepGoing:
    'Your oncology team changed the medicine: tell them how your hands are on it, and keep taking it as agreed with them.',
  sources: ['briot2010', 'henry2012', 'kadakia2017', 'bryce2012'],
  tried: ['medicine_switch'],
  afterFairTrials: true,
} as const satisfies LadderStep;

export const LADDERS = deepFreeze([
  {
    condition: 'carpal_tunnel',
    sources: ['aaos2016', 'aaos2024', 'nhs-ebi-cts'],
    steps: [
      {
        id: 'night_splint',
        who: 'self',
        text: 'Try a wrist splint that keeps the wrist straight (neutral), worn every night for at least 8 weeks; a pharmacy or your GP can help you get one.',
        keepGoing:
          'Keep wearing the night splint every night; if it is not clearly better after 8 weeks, tell your GP.',
        sources: ['aaos2016', 'manente-via-aaos', 'nhs-ebi-cts', 'seed', 'aaos2008'],
        tried: ['night_splint'],
        fairTrial: {
          weeks: 8,
          basis:
            'The NHS criteria judge night splinting after a minimum of 8 weeks (the same number the referral rule below uses).',
          sources: ['nhs-ebi-cts'],
        },
      },
      {
        id: 'steroid_injection',
        who: 'gp',
        text: 'If 8 weeks of the night splint have not helped (or instead of it), ask your GP about a steroid injection into the wrist. It often eases symptoms for a while. (Anti-inflammatory tablets do not help carpal tunnel itself.)',
        keepGoing: 'The injection is helping: tell your GP if the symptoms come back.',
        sources: ['aaos2024', 'jhs2021inj', 'nhs-ebi-cts', 'aaos2016', 'aaos2008'],
        tried: ['steroid_injection'],
      },
      {
        id: 'hand_specialist',
        who: 'hand_specialist',
        text: 'Ask your GP to refer you to a hand specialist to talk about a carpal tunnel release. This is usual when symptoms still disturb daily life or sleep after an injection or 8 weeks of night splinting, or straight away with constant numbness or thumb weakness.',
        keepGoing: 'You are under a hand specialist: tell them how it has changed.',
        sources: ['nhs-ebi-cts', 'aaos2008', 'jhs2015sev'],
        tried: [],
        offerWhen: constantNumbnessOrWeakness,
        offerAfterFailed: [{ kind: 'steroid_injection' }, { kind: 'night_splint', weeks: 8 }],
      },
      {
        // Late rung, only on an aromatase inhibitor: in a small case series most people whose carpal
        // tunnel began on one improved after stopping or changing it [nishihori2008]; the decision is
        // the oncology team's, and the medicine is kept meanwhile.
        id: 'oncology_team_cts',
        who: 'oncology_team',
        text: 'Tell your oncology team about the carpal tunnel symptoms too: when they begin on an aromatase inhibitor, a change of medicine sometimes helps, and they can talk through the options with you. Keep taking your medicine meanwhile.',
        keepGoing:
          'Your oncology team changed the medicine: tell them and your GP how the numbness is on it, and keep taking it as agreed with them.',
        sources: ['nishihori2008'],
        tried: ['medicine_switch'],
        notWhen: (v) => v.facts.timing.medicine === null,
        alongside: true,
      },
      {
        id: 'surgical_release',
        who: 'hand_specialist',
        text: 'A carpal tunnel release is a short operation, usually under local anaesthetic, and works best before the nerve is badly squeezed; the hand specialist will talk it through.',
        keepGoing: 'After a release: tell your surgeon if numbness or weakness comes back.',
        sources: ['verdugo2008', 'shi2011', 'aaos2024', 'jhs2015sev'],
        tried: ['surgical_release'],
      },
    ],
    notes: [
      {
        id: 'no_nsaid_for_cts',
        text: 'Anti-inflammatory tablets, water tablets and vitamin B6 have not been shown to help carpal tunnel itself (they may still help joint pain).',
        sources: ['aaos2016', 'canfp-cts2006'],
      },
      {
        id: 'when_nerve_test',
        text: 'A nerve conduction study (with EMG if needed) is worth asking for before surgery, and whenever the picture is not clear-cut: when chemotherapy nerve damage or diabetes may overlap, with neck or arm symptoms or ring and little finger numbness (an ulnar picture), and when symptoms persist or return after a release. A classic picture does not need one to start a splint or an injection.',
        // Before surgery / when the diagnosis is uncertain [nhs-ebi-cts]; testing adds most when the
        // clinical picture is uncertain [graham2008]; after a failed release is our judgement.
        sources: ['nhs-ebi-cts', 'graham2008', 'aaos2016'],
      },
    ],
  },
  {
    condition: 'trigger_finger',
    sources: ['tarbhai2012', 'teo2018', 'wojahn2014', 'prs2022tf'],
    steps: [
      {
        id: 'finger_splint',
        who: 'self',
        text: 'Try a small finger splint that keeps the finger from bending fully, for 6 to 8 weeks (full-time at first, then at night); a hand therapist can fit one.',
        keepGoing: 'Keep using the finger splint for the full 6 to 8 weeks.',
        sources: ['tarbhai2012', 'teo2018'],
        tried: ['finger_splint'],
        fairTrial: {
          weeks: 6,
          basis: 'The splint trials ran 6 and 8 weeks; a review of splinting advises 6 to 10 weeks.',
          sources: ['tarbhai2012', 'teo2018', 'lunsford2019-tf'],
        },
        // A finger that stays bent goes to a hand specialist: a splint is not for a fixed finger.
        notWhen: staysBent,
      },
      {
        id: 'steroid_injection',
        who: 'gp',
        text: 'If the splint has not helped, ask your GP about a steroid injection at the base of the finger; one injection settles it for good in about half of people or more.',
        keepGoing: 'The injection is helping: tell your GP if the catching comes back.',
        sources: ['wojahn2014', 'prs2022tf', 'hollins2022', 'seed'],
        tried: ['steroid_injection'],
      },
      {
        id: 'hand_specialist',
        who: 'hand_specialist',
        text: 'If it keeps catching after an injection, or the finger stays bent, ask your GP to refer you to a hand specialist.',
        keepGoing: 'You are under a hand specialist: tell them how it has changed.',
        sources: ['inha2022', 'tf-meta', 'glos-hand', 'makkouk2008'],
        tried: [],
        offerWhen: staysBent,
        offerAfterFailed: [{ kind: 'steroid_injection' }],
      },
      {
        id: 'surgical_release',
        who: 'hand_specialist',
        text: 'A trigger finger release is a small operation that frees the tendon; it works for almost everyone.',
        keepGoing: 'After a release: tell your surgeon if the finger catches again.',
        sources: ['wang2013', 'lin2016', 'tf-meta'],
        tried: ['surgical_release'],
      },
    ],
  },
  {
    condition: 'de_quervain',
    sources: ['glos-dq', 'richie2003', 'rowland2015'],
    steps: [
      {
        id: 'thumb_splint',
        who: 'self',
        text: 'Try a wrist splint that includes the thumb, for about 6 weeks, and ease off the movements that hurt.',
        keepGoing: 'Keep using the thumb splint for the full 6 weeks.',
        sources: ['glos-dq', 'richie2003'],
        tried: ['thumb_splint'],
        fairTrial: {
          weeks: 3,
          basis: 'The pathway considers an injection when it is no better after 3 weeks in the splint.',
          sources: ['glos-dq'],
        },
      },
      {
        id: 'steroid_injection',
        who: 'gp',
        text: 'If it is no better after 3 weeks in the splint, ask your GP about a steroid injection; it settles most cases.',
        keepGoing: 'The injection is helping: tell your GP if the pain comes back.',
        sources: ['glos-dq', 'richie2003', 'rowland2015'],
        tried: ['steroid_injection'],
        offerAfterFailed: [{ kind: 'thumb_splint', weeks: 3 }],
      },
      {
        id: 'hand_specialist',
        who: 'hand_specialist',
        text: 'If it keeps coming back after an injection, ask your GP to refer you to a hand specialist; a small operation can free the tendons.',
        keepGoing: 'You are under a hand specialist: tell them how it has changed.',
        sources: ['seed', 'glos-dq'],
        tried: ['surgical_release'],
      },
    ],
  },
  {
    condition: 'ai_arthralgia',
    sources: ['irwin2015', 'mao2022', 'henry2018', 'briot2010'],
    steps: [
      {
        id: 'exercise',
        who: 'self',
        text: 'Regular exercise helps this kind of joint pain: build up, step by step, to about 150 minutes a week of brisk activity (such as walking) plus strength exercises twice a week. The Learn page has a plan.',
        keepGoing:
          'Keep up the exercise: in the trial it took months, and after a year the worst joint pain was about a third lower.',
        sources: ['irwin2015', 'roberts2020', 'nyrop2016'],
        // Resting the hands or changing how they are used (activity_change) is not exercise.
        tried: ['exercise'],
        fairTrial: {
          weeks: 12,
          basis:
            'The exercise trial ran for 12 months and first measured pain at 3 months: 12 weeks is the shortest fair trial (our reading of its schedule).',
          sources: ['irwin2015'],
        },
        alongside: true,
      },
      {
        id: 'pain_relief_gp',
        who: 'gp',
        text: 'Ask your GP or pharmacist whether simple pain relief suits you (such as paracetamol, or an anti-inflammatory gel or tablets if they are safe for you). It is commonly tried, although trials have not shown how well it works for this kind of joint pain.',
        keepGoing:
          'Keep using the pain relief as your GP or pharmacist advised, for about two weeks before judging it.',
        // No trial of paracetamol or anti-inflammatories for this pain was found: the Cochrane review
        // of systemic treatments found the evidence uncertain [cochrane-sys2021]; common practice [bcna].
        sources: ['cochrane-sys2021', 'bcna'],
        tried: ['paracetamol', 'nsaid_tablets', 'nsaid_gel'],
        fairTrial: PAIN_RELIEF_TRIAL,
      },
      {
        id: 'acupuncture',
        who: 'gp',
        text: 'If it still hurts, ask your GP or oncology team about acupuncture: in a trial, a course of about 12 sessions over 6 weeks (twice a week) eased this joint pain.',
        keepGoing:
          'Keep going with the acupuncture course (about 12 sessions over 6 weeks) before judging it.',
        sources: ['hershman2018', 'hershman2022', 'mao2022'],
        tried: ['acupuncture'],
        fairTrial: {
          weeks: 6,
          basis: 'The trial gave two sessions a week for 6 weeks and measured the effect at 6 weeks.',
          sources: ['hershman2018'],
        },
        alongside: true,
      },
      {
        id: 'duloxetine',
        who: 'gp',
        text: 'Another option to ask your GP or oncology team about is a medicine called duloxetine: in a trial it eased this joint pain over 12 weeks, at the full dose after the first week.',
        keepGoing:
          'Keep taking the duloxetine as prescribed: the trial judged it after 12 weeks, 11 of them at the full dose (60 mg a day).',
        sources: ['henry2018', 'mao2022'],
        tried: ['duloxetine'],
        fairTrial: {
          weeks: 12,
          basis:
            'The trial gave 30 mg a day for 1 week, then 60 mg a day for 11 weeks, and judged it at 12 weeks.',
          sources: ['henry2018'],
        },
        alongside: true,
      },
      ONCOLOGY_SWITCH,
    ],
  },
  {
    condition: 'thumb_base_arthritis',
    sources: ['cmaj2013'],
    steps: [
      {
        id: 'thumb_splint',
        who: 'self',
        text: 'A thumb splint, and easier ways to open jars and turn keys, can rest the joint at the base of the thumb.',
        keepGoing: 'Keep using the thumb splint when the joint is sore.',
        sources: ['cmaj2013', 'kloppenburg2019'],
        tried: ['thumb_splint'],
        fairTrial: {
          weeks: 4,
          basis:
            'Our judgement: a thumb splint needs a few weeks of regular use to judge; splints are meant for long-term use.',
          sources: ['kloppenburg2019', 'cmaj2013'],
        },
      },
      HAND_EXERCISES,
      {
        id: 'pain_relief_gp',
        who: 'gp',
        text: 'Ask your GP or pharmacist which pain relief suits you (an anti-inflammatory gel is an option for many).',
        keepGoing: 'Keep using the pain relief as your GP or pharmacist advised.',
        sources: ['cmaj2013', 'kloppenburg2019'],
        tried: ['paracetamol', 'nsaid_tablets', 'nsaid_gel'],
        fairTrial: PAIN_RELIEF_TRIAL,
      },
      {
        id: 'steroid_injection',
        who: 'gp',
        text: 'If it still hurts, ask your GP about a steroid injection into the joint.',
        keepGoing: 'The injection is helping: tell your GP if the pain comes back.',
        sources: ['cmaj2013'],
        tried: ['steroid_injection'],
      },
      {
        id: 'hand_specialist',
        who: 'hand_specialist',
        text: 'If it still limits you, ask your GP to refer you to a hand specialist.',
        keepGoing: 'You are under a hand specialist: tell them how it has changed.',
        sources: ['cmaj2013'],
        tried: ['surgical_release'],
      },
    ],
  },
  {
    condition: 'other_tendonitis',
    sources: ['canfp2024', 'shehab2013'],
    steps: [
      GP_REVIEW(
        ['canfp2024', 'shehab2013'],
        'Show your GP where it hurts and what makes it worse; a sore tendon often settles with rest from the movement that hurts, a splint or hand therapy.',
      ),
      {
        id: 'hand_therapist',
        who: 'hand_therapist',
        text: 'If it does not settle, ask about a hand therapist (a physiotherapist or occupational therapist for hands).',
        keepGoing: 'Keep going with the hand therapy exercises.',
        sources: ['canfp2024'],
        tried: ['hand_therapy', 'hand_exercises'],
      },
    ],
  },
  {
    condition: 'ulnar_nerve',
    sources: ['shehab2013'],
    steps: [
      GP_REVIEW(
        ['shehab2013'],
        'Show your GP which fingers are numb: numbness of the ring and little fingers comes from a different nerve (the ulnar nerve) and is worth a check.',
      ),
    ],
    notes: [
      {
        id: 'when_nerve_test',
        text: 'Numbness of the little finger and the little-finger side of the ring finger points to the ulnar nerve; a nerve conduction study (with EMG) tells where it is squeezed and whether carpal tunnel is there too.',
        sources: ['shehab2013', 'nhs-ebi-cts'],
      },
    ],
  },
  {
    condition: 'chemo_neuropathy',
    sources: ['karger-cipn', 'tofthagen2013'],
    steps: [
      GP_REVIEW(
        ['karger-cipn', 'tofthagen2013'],
        'Tell your GP and your oncology team about numbness in both hands and feet: after chemotherapy this is common, and they can check it and help.',
      ),
    ],
    notes: [
      {
        id: 'when_nerve_test',
        text: 'When carpal tunnel may sit on top of chemotherapy nerve damage (one hand worse, waking at night, eased by shaking), a nerve conduction study can tell the two apart before any wrist treatment is judged.',
        sources: ['nhs-ebi-cts', 'graham2008', 'karger-cipn'],
      },
    ],
  },
  {
    condition: 'hand_osteoarthritis',
    sources: ['kloppenburg2019', 'zhang2009-hoa'],
    steps: [
      HAND_EXERCISES,
      {
        id: 'pain_relief_gp',
        who: 'gp',
        text: 'Ask your GP or pharmacist about pain relief: an anti-inflammatory gel is the first choice for sore finger joints for many people.',
        keepGoing: 'Keep using the pain relief as your GP or pharmacist advised.',
        sources: ['kloppenburg2019'],
        tried: ['paracetamol', 'nsaid_tablets', 'nsaid_gel'],
        fairTrial: PAIN_RELIEF_TRIAL,
      },
      GP_REVIEW(
        ['kloppenburg2019', 'zhang2009-hoa'],
        'Show your GP the sore finger joints: they can usually tell osteoarthritis by looking at the hand (an X-ray is rarely needed) and check that nothing else, such as an inflammatory arthritis, is going on.',
      ),
    ],
  },
  {
    condition: 'dupuytren',
    sources: ['trojian2007'],
    steps: [
      GP_REVIEW(
        ['trojian2007'],
        'Show your GP the lump in your palm. It is usually harmless and often needs no treatment while your hand works well.',
      ),
      {
        id: 'hand_specialist',
        who: 'hand_specialist',
        text: 'If a finger starts to bend towards the palm and will not straighten (your hand no longer lies flat on a table), ask your GP about a hand specialist: treatment works best before the bend is large.',
        keepGoing: 'You are under a hand specialist: tell them if the bend changes.',
        sources: ['trojian2007'],
        tried: ['surgical_release'],
      },
    ],
  },
  {
    condition: 'raynaud',
    sources: ['goundry2012'],
    steps: [
      {
        id: 'keep_warm',
        who: 'self',
        text: 'Keep your whole body warm, not just your hands: gloves, warm layers, and warming the hands in an attack. Smoking makes it worse.',
        keepGoing: 'Keep warm and note how often the attacks come.',
        sources: ['goundry2012'],
        tried: [],
      },
      GP_REVIEW(
        ['goundry2012'],
        'Mention the colour changes to your GP: they will check whether they come on their own or with another condition. A finger that stays white, blue or cold, or a sore on a fingertip, needs a doctor soon.',
      ),
    ],
  },
  {
    condition: 'radial_sensory_nerve',
    sources: ['neal2010', 'fpn-radial'],
    steps: [
      {
        id: 'loosen_strap',
        who: 'self',
        text: 'Loosen or move anything tight around the wrist — a splint strap, a watch or a bracelet — so nothing presses on the thumb side. This small nerve usually settles over weeks to a few months once nothing presses on it.',
        keepGoing: 'Keep the wrist free of pressure; tell your GP if it is not better within a few months.',
        sources: ['neal2010', 'fpn-radial'],
        tried: [],
      },
      GP_REVIEW(
        ['neal2010'],
        'If the numbness stays, or the thumb or wrist become weak, show your GP where it is numb.',
      ),
    ],
  },
] as const satisfies readonly CareLadder[]);

/**
 * When areas hurt at least moderately but match no pattern, the person still gets a step: the GP is
 * the first stop for hand pain that needs a look [seed], and where it hurts and what makes it worse
 * is how a GP sorts wrist and hand pain [shehab2013][canfp2024].
 */
export const UNMATCHED_REVIEW = {
  id: 'gp_review',
  who: 'gp',
  severityAtLeast: 4,
  text: 'This does not look like one of the common patterns HandCheck knows, but it is worth showing your GP: say where it hurts, when, and what makes it worse or better.',
  sources: ['seed', 'shehab2013', 'canfp2024'],
} as const satisfies {
  id: string;
  who: CareRole;
  severityAtLeast: number;
  text: string;
  sources: readonly SourceId[];
};

/** The AIMSS-specific reason to contact the oncology team even without a red flag [chim2013]. */
export const ONCOLOGY_TALK = {
  id: 'tell_oncology_team',
  who: 'oncology_team',
  worstPainAtLeast: 4,
  text: 'Tell your oncology team about these hand symptoms at your next contact: pain this strong often makes taking the medicine hard, and they can help. Keep taking it meanwhile.',
  sources: ['chim2013', 'nyrop2016'],
} as const satisfies {
  id: string;
  who: CareRole;
  worstPainAtLeast: number;
  text: string;
  sources: readonly SourceId[];
};

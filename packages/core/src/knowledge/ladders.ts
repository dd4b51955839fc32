/**
 * Care ladders: the usual order of treatments for each condition, as data (clinical-brief.md §2.6
 * carpal tunnel, §3.3 trigger finger, §4.3 De Quervain's, §7.3 the whole syndrome).
 *
 * The engine (triage/nextSteps.ts) walks a ladder from the bottom: a rung already tried without
 * relief is passed over, a rung that helps (or is too early to judge) is "keep going", and the first
 * untried rung is suggested, with the one after it as "if no better". A rung with `offerWhen` is
 * offered at once when its condition holds (e.g. the NHS threshold for carpal tunnel surgery).
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
   * The shortest fair trial, in whole weeks. A rung reported as "no change" (with a start date) before
   * this is not passed over yet: it is "keep going", with the next rung only "if no better".
   */
  readonly minWeeks?: number;
  /** When true, offer this rung now, ahead of the ladder's order. */
  readonly offerWhen?: (v: LadderView) => boolean;
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

const ONCOLOGY_SWITCH = {
  id: 'oncology_team_switch',
  who: 'oncology_team',
  text: 'If it still gets in the way of life, talk to your oncology team about your options, including trying a different aromatase inhibitor or another hormone medicine. Keep taking your medicine meanwhile: any change is decided together with them.',
  keepGoing:
    'Your oncology team changed the medicine: tell them how your hands are on it, and keep taking it as agreed with them.',
  sources: ['briot2010', 'henry2012', 'kadakia2017', 'bryce2012'],
  tried: ['medicine_switch'],
} as const satisfies LadderStep;

export const LADDERS = deepFreeze([
  {
    condition: 'carpal_tunnel',
    sources: ['aaos2016', 'aaos2024', 'nhs-ebi-cts'],
    steps: [
      {
        id: 'night_splint',
        who: 'self',
        text: 'Try a wrist splint that keeps the wrist straight (neutral), worn at night, for a few weeks; a pharmacy or your GP can help you get one.',
        keepGoing:
          'Keep wearing the night splint; if it is not clearly better after about 8 weeks, tell your GP.',
        sources: ['aaos2016', 'manente-via-aaos', 'nhs-ebi-cts', 'seed', 'aaos2008'],
        tried: ['night_splint'],
        // Change treatment when there is no resolution in 2–7 weeks [aaos2008].
        minWeeks: 2,
      },
      {
        id: 'steroid_injection',
        who: 'gp',
        text: 'If the splint has not helped after a few weeks, ask your GP about a steroid injection into the wrist. It often eases symptoms for a while. (Anti-inflammatory tablets do not help carpal tunnel itself.)',
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
        offerWhen: (v) =>
          constantNumbnessOrWeakness(v) ||
          v.failed('steroid_injection') ||
          v.weeksTriedWithoutRelief('night_splint') >= 8,
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
        // The splint trials ran 6 and 8 weeks [tarbhai2012][teo2018].
        minWeeks: 6,
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
        sources: ['inha2022', 'tf-meta', 'glos-hand'],
        tried: [],
        offerWhen: (v) =>
          v.site.some((m) => m.report.locking === 'stays_bent') || v.failed('steroid_injection'),
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
        // Consider an injection if no better after 3 weeks in the splint [glos-dq].
        minWeeks: 3,
      },
      {
        id: 'steroid_injection',
        who: 'gp',
        text: 'If it is no better after 3 weeks in the splint, ask your GP about a steroid injection; it settles most cases.',
        keepGoing: 'The injection is helping: tell your GP if the pain comes back.',
        sources: ['glos-dq', 'richie2003', 'rowland2015'],
        tried: ['steroid_injection'],
        offerWhen: (v) => v.weeksTriedWithoutRelief('thumb_splint') >= 3,
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
        text: 'Regular exercise helps this kind of joint pain: aim, step by step, for about 150 minutes a week of brisk activity plus strength exercises twice a week.',
        keepGoing:
          'Keep up the exercise: in a trial, a year of it cut the worst joint pain by about a third.',
        sources: ['irwin2015', 'roberts2020', 'nyrop2016'],
        tried: ['exercise', 'activity_change'],
      },
      {
        id: 'pain_relief_gp',
        who: 'gp',
        text: 'Ask your GP or pharmacist which simple pain relief suits you (such as paracetamol, or an anti-inflammatory if it is safe for you).',
        keepGoing: 'Keep using the pain relief as your GP or pharmacist advised.',
        // yang2017 (meta-analysis: moderate-to-large effects of drug treatments for AI joint pain) is the
        // peer-reviewed basis; the secondary sources only describe common first-line practice.
        sources: ['yang2017', 'bcna', 'themeditary', 'fresno-qotd'],
        tried: ['paracetamol', 'nsaid_tablets', 'nsaid_gel'],
      },
      {
        id: 'acupuncture_or_duloxetine',
        who: 'gp',
        text: 'If it still hurts, ask your GP or oncology team about acupuncture, or a medicine called duloxetine; both eased this joint pain in trials.',
        keepGoing: 'Keep going with the acupuncture or duloxetine as agreed with your team.',
        sources: ['mao2022', 'hershman2018', 'hershman2022', 'henry2018'],
        tried: ['acupuncture', 'duloxetine'],
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
        sources: ['cmaj2013'],
        tried: ['thumb_splint', 'hand_therapy'],
      },
      {
        id: 'pain_relief_gp',
        who: 'gp',
        text: 'Ask your GP or pharmacist which pain relief suits you (an anti-inflammatory gel is an option for many).',
        keepGoing: 'Keep using the pain relief as your GP or pharmacist advised.',
        sources: ['cmaj2013'],
        tried: ['paracetamol', 'nsaid_tablets', 'nsaid_gel'],
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
        tried: ['hand_therapy'],
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

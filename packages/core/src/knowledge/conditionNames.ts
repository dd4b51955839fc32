/**
 * Every condition's three names, in one record each: the person's plain words, a short label (a
 * chart's legend, a chip) and the words a clinician writes. Everything that names a condition
 * reads it here. A pattern's own `name` (knowledge/conditions.ts) adds a gloss for the person
 * ("… (sore thumb tendons at the wrist)") and names each kind of `other_tendonitis`.
 */
import type { ConditionId } from '../triage/types';
import { deepFreeze } from './freeze';

export interface ConditionNames {
  /** Plain words for the person, in a sentence ("this resembles …"). */
  readonly patient: string;
  /** A few words for a legend or a chip. */
  readonly short: string;
  /** As a clinician writes it (the GP summary, the clinician's pages). */
  readonly clinician: string;
}

export const CONDITION_NAMING: Readonly<Record<ConditionId, ConditionNames>> = deepFreeze({
  carpal_tunnel: {
    patient: 'carpal tunnel syndrome',
    short: 'carpal tunnel',
    clinician: 'carpal tunnel syndrome',
  },
  trigger_finger: { patient: 'trigger finger', short: 'trigger finger', clinician: 'trigger finger' },
  de_quervain: {
    patient: "De Quervain's tenosynovitis",
    short: "De Quervain's",
    clinician: "De Quervain's tenosynovitis",
  },
  other_tendonitis: {
    patient: 'a sore wrist or finger tendon',
    short: 'tendon pain',
    clinician: 'wrist or forearm tendinopathy',
  },
  ai_arthralgia: {
    patient: 'aromatase-inhibitor joint pain',
    short: 'AI joint pain',
    clinician: 'aromatase inhibitor arthralgia',
  },
  thumb_base_arthritis: {
    patient: 'thumb-base arthritis',
    short: 'thumb-base arthritis',
    clinician: 'thumb-base (CMC) osteoarthritis',
  },
  ulnar_nerve: { patient: 'an irritated ulnar nerve', short: 'ulnar nerve', clinician: 'ulnar neuropathy' },
  chemo_neuropathy: {
    patient: 'nerve damage from chemotherapy',
    short: 'chemo nerve damage',
    clinician: 'chemotherapy-induced neuropathy',
  },
  hand_osteoarthritis: {
    patient: 'hand osteoarthritis',
    short: 'hand osteoarthritis',
    clinician: 'hand (interphalangeal) osteoarthritis',
  },
  dupuytren: { patient: "Dupuytren's disease", short: "Dupuytren's", clinician: "Dupuytren's disease" },
  raynaud: { patient: "Raynaud's phenomenon", short: "Raynaud's", clinician: "Raynaud's phenomenon" },
  radial_sensory_nerve: {
    patient: 'an irritated radial sensory nerve',
    short: 'radial sensory nerve',
    clinician: 'superficial radial nerve irritation (Wartenberg)',
  },
} satisfies Record<ConditionId, ConditionNames>);

const pick = (which: keyof ConditionNames) =>
  Object.freeze(
    Object.fromEntries(Object.entries(CONDITION_NAMING).map(([id, n]) => [id, n[which]])) as Record<
      ConditionId,
      string
    >,
  );

/** The person's words for each condition. */
export const CONDITION_NAMES: Readonly<Record<ConditionId, string>> = pick('patient');
/** A short label for each condition. */
export const SHORT_CONDITION_NAMES: Readonly<Record<ConditionId, string>> = pick('short');
/** Each condition as a clinician writes it. */
export const CLINICIAN_CONDITION_NAMES: Readonly<Record<ConditionId, string>> = pick('clinician');

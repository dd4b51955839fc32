/**
 * Plain words for the values of the check-in format (core's schema), as the app shows them.
 * Labels only: what a value means clinically lives in core's knowledge tables.
 */
import type {
  Aggravator,
  Drug,
  Effect,
  Elsewhere,
  Locking,
  Reliever,
  SymptomKind,
  SymptomTiming,
  Task,
  TreatmentKind,
} from '@handcheck/core';

export const SYMPTOM_WORDS: Record<SymptomKind, string> = {
  pain: 'Pain',
  aching: 'Aching',
  numbness: 'Numbness',
  tingling: 'Tingling, pins and needles',
  burning: 'Burning',
  catching: 'Catching or locking',
  stiffness: 'Stiffness',
  swelling: 'Swelling',
  weakness: 'Weakness, dropping things',
  thinning: 'Muscle looks thinner',
  redness_heat: 'Red or hot',
  cold_pale_blue: 'Cold, pale or blue',
  lump: 'A lump',
};

export const TIMING_WORDS: Record<SymptomTiming, string> = {
  wakes_at_night: 'Wakes me at night',
  morning_stiffness: 'Stiff in the morning',
  during_activity: 'While using the hand',
  after_activity: 'After using the hand',
  constant: 'All the time',
  comes_and_goes: 'Comes and goes',
};

export const AGGRAVATOR_WORDS: Record<Aggravator, string> = {
  gripping: 'Gripping',
  pinching: 'Pinching',
  lifting: 'Lifting',
  thumb_use: 'Using the thumb',
  wrist_bending: 'Bending the wrist',
  elbow_bent: 'Elbow bent a long time',
  driving: 'Driving',
  holding_phone_or_book: 'Holding a phone or book',
  typing: 'Typing',
  turning_handle: 'Turning a handle or key',
};

export const RELIEVER_WORDS: Record<Reliever, string> = {
  shaking_hand: 'Shaking the hand',
  rest: 'Rest',
  splint: 'A splint',
  warmth: 'Warmth',
  moving_it: 'Moving it',
  medicine: 'Pain medicine',
};

export const LOCKING_WORDS: Record<Locking, string> = {
  straightens_itself: 'It straightens by itself',
  needs_other_hand: 'I straighten it with my other hand',
  stays_bent: 'It stays bent',
};

export const TASK_WORDS: Record<Task, string> = {
  buttons: 'Doing up buttons',
  jars: 'Opening a jar',
  keys: 'Turning a key',
  writing: 'Writing',
  carrying: 'Carrying a bag',
  work: 'Work or housework',
};

export const DIFFICULTY_WORDS = ['None', 'A little', 'Some', 'A lot', "Can't"] as const;

export const TREATMENT_WORDS: Record<TreatmentKind, string> = {
  night_splint: 'Wrist splint at night',
  thumb_splint: 'Thumb splint',
  finger_splint: 'Finger splint',
  steroid_injection: 'Steroid injection',
  surgical_release: 'Operation',
  hand_therapy: 'Hand therapy',
  exercise: 'Exercise',
  paracetamol: 'Paracetamol',
  nsaid_tablets: 'Anti-inflammatory tablets',
  nsaid_gel: 'Anti-inflammatory gel',
  duloxetine: 'Duloxetine',
  acupuncture: 'Acupuncture',
  activity_change: 'Changed how I use my hands',
  medicine_switch: 'Changed my cancer medicine',
  other: 'Something else',
};

export const EFFECT_WORDS: Record<Effect, string> = {
  much_better: 'Much better',
  a_little_better: 'A little better',
  no_change: 'No change',
  worse: 'Worse',
  too_early: 'Too early to say',
};

export const ELSEWHERE_WORDS: Record<Elsewhere['site'], string> = {
  feet: 'Feet',
  ankles: 'Ankles',
  knees: 'Knees',
  hips: 'Hips',
  shoulders: 'Shoulders',
  neck_arm: 'Neck or arm',
};

export const DRUG_WORDS: Record<Drug, string> = {
  anastrozole: 'Anastrozole (Arimidex)',
  letrozole: 'Letrozole (Femara)',
  exemestane: 'Exemestane (Aromasin)',
  tamoxifen: 'Tamoxifen',
};

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** `{value, label}` options from a words table, in the schema's order. */
export function options<T extends string>(
  values: readonly T[],
  words: Record<T, string>,
): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: words[value] }));
}

/** Today as `YYYY-MM-DD` in the person's own time zone: a check-in is about their day. */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** "3 March 2026" from `2026-03-03`. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

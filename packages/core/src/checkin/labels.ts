/**
 * The patient's own words for the answers of a check-in (schema.ts) and the context
 * (context.ts), as the app offers them: short labels, first letter capital, in the schema's order.
 * One table per answer so the web form, the history and the clinician's record say the same thing.
 * The GP summary's sentence words (triage/tellYourGp.ts) and the clinician's names
 * (report/wording.ts) are written for other readers and live beside their texts.
 */
import type { Drug } from './context';
import type {
  Aggravator,
  Effect,
  Elsewhere,
  Locking,
  Reliever,
  SymptomKind,
  SymptomTiming,
  Task,
  TreatmentKind,
} from './schema';

export const SYMPTOM_LABELS: Readonly<Record<SymptomKind, string>> = {
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

export const TIMING_LABELS: Readonly<Record<SymptomTiming, string>> = {
  wakes_at_night: 'Wakes me at night',
  morning_stiffness: 'Stiff in the morning',
  during_activity: 'While using the hand',
  after_activity: 'After using the hand',
  constant: 'All the time',
  comes_and_goes: 'Comes and goes',
};

export const AGGRAVATOR_LABELS: Readonly<Record<Aggravator, string>> = {
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

export const RELIEVER_LABELS: Readonly<Record<Reliever, string>> = {
  shaking_hand: 'Shaking the hand',
  rest: 'Rest',
  splint: 'A splint',
  warmth: 'Warmth',
  moving_it: 'Moving it',
  medicine: 'Pain medicine',
};

export const LOCKING_LABELS: Readonly<Record<Locking, string>> = {
  straightens_itself: 'It straightens by itself',
  needs_other_hand: 'I straighten it with my other hand',
  stays_bent: 'It stays bent',
};

export const TASK_LABELS: Readonly<Record<Task, string>> = {
  buttons: 'Doing up buttons',
  jars: 'Opening a jar',
  keys: 'Turning a key',
  writing: 'Writing',
  carrying: 'Carrying a bag',
  work: 'Work or housework',
};

/** How hard a task was, 0–4 (schema's `TaskDifficulty`), index = value. */
export const DIFFICULTY_LABELS = ['None', 'A little', 'Some', 'A lot', "Can't"] as const;

export const TREATMENT_LABELS: Readonly<Record<TreatmentKind, string>> = {
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
  hand_exercises: 'The hand exercises (Learn page)',
};

export const EFFECT_LABELS: Readonly<Record<Effect, string>> = {
  much_better: 'Much better',
  a_little_better: 'A little better',
  no_change: 'No change',
  worse: 'Worse',
  too_early: 'Too early to say',
};

export const ELSEWHERE_LABELS: Readonly<Record<Elsewhere['site'], string>> = {
  feet: 'Feet',
  ankles: 'Ankles',
  knees: 'Knees',
  hips: 'Hips',
  shoulders: 'Shoulders',
  neck_arm: 'Neck or arm',
};

/** Generic name with the brand people see on the box. */
export const DRUG_LABELS: Readonly<Record<Drug, string>> = {
  anastrozole: 'Anastrozole (Arimidex)',
  letrozole: 'Letrozole (Femara)',
  exemestane: 'Exemestane (Aromasin)',
  tamoxifen: 'Tamoxifen',
};

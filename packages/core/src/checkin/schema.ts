/**
 * The check-in format, version 2: what a person reports for one day, region by region.
 * Version 2 adds optional safety questions (a sudden start, face/speech/leg, balance, neck pain into
 * the arm, a finger held bent, a bite) and the medicine this week; a version 1 document is still
 * valid and `migrateCheckIn` lifts it to version 2 (nothing else changes: every new field is optional).
 *
 * zod schemas are the single definition: types are inferred from them, the server and the CLI
 * parse every input with them, and `checkInJsonSchema()` exports them for other tools (docs/).
 * Objects are strict: an unknown field is an error, so a typo never silently drops data.
 */
import { z } from 'zod';
import { REGION_IDS } from '../hand/regions';
import { plausibleDate, safeText } from './text';

export const CHECKIN_SCHEMA_VERSION = 2;
/** Every version this code reads. */
export const CHECKIN_SCHEMA_VERSIONS = [1, 2] as const;

/** A calendar day, `YYYY-MM-DD`. Dates carry no time zone: a check-in is about a day. */
export const IsoDate = plausibleDate(z.iso.date({ error: 'must be a date written YYYY-MM-DD' }));
export type IsoDate = z.infer<typeof IsoDate>;

export const SYMPTOM_KINDS = [
  'pain',
  'aching',
  'numbness',
  'tingling',
  'burning',
  'catching', // catching or locking of a finger or thumb
  'stiffness',
  'swelling',
  'weakness', // weakness or dropping things
  'thinning', // muscle at the thumb base looks thinner
  'redness_heat',
  'cold_pale_blue',
  'lump',
] as const;
export const SymptomKind = z.enum(SYMPTOM_KINDS);
export type SymptomKind = z.infer<typeof SymptomKind>;

export const TIMINGS = [
  'wakes_at_night',
  'morning_stiffness',
  'during_activity',
  'after_activity',
  'constant',
  'comes_and_goes',
] as const;
export const SymptomTiming = z.enum(TIMINGS);
export type SymptomTiming = z.infer<typeof SymptomTiming>;

export const AGGRAVATORS = [
  'gripping',
  'pinching',
  'lifting',
  'thumb_use',
  'wrist_bending',
  'elbow_bent',
  'driving',
  'holding_phone_or_book',
  'typing',
  'turning_handle',
] as const;
export const Aggravator = z.enum(AGGRAVATORS);
export type Aggravator = z.infer<typeof Aggravator>;

export const RELIEVERS = ['shaking_hand', 'rest', 'splint', 'warmth', 'moving_it', 'medicine'] as const;
export const Reliever = z.enum(RELIEVERS);
export type Reliever = z.infer<typeof Reliever>;

/** For catching or locking: how a locked finger straightens (a patient-answerable Green/Quinnell proxy). */
export const LOCKINGS = ['straightens_itself', 'needs_other_hand', 'stays_bent'] as const;
export const Locking = z.enum(LOCKINGS);
export type Locking = z.infer<typeof Locking>;

const int = (min: number, max: number, what: string) =>
  z
    .number({ error: `must be a number (${what})` })
    .int({ error: `must be a whole number (${what})` })
    .min(min, { error: (iss) => `must be ${min}–${max} (got ${String(iss.input)})` })
    .max(max, { error: (iss) => `must be ${min}–${max} (got ${String(iss.input)})` });

/** What one marked area is like. */
export const RegionReport = z.strictObject({
  region: z.enum(REGION_IDS, { error: 'must be a known hand region id (see docs/checkin.md)' }),
  symptoms: z
    .array(SymptomKind)
    .min(1, { error: 'must name at least one symptom' })
    .max(SYMPTOM_KINDS.length),
  /** When this started, if the person knows. */
  startedOn: IsoDate.optional(),
  /** 0 = none, 10 = worst imaginable, over the past 7 days. */
  severity: int(0, 10, '0 = none, 10 = worst imaginable'),
  timing: z.array(SymptomTiming).max(TIMINGS.length).default([]),
  /** With `morning_stiffness`: how many minutes it takes to ease. */
  morningStiffnessMinutes: int(0, 1440, 'minutes').optional(),
  /** How many days in the past week it was there. */
  daysPerWeek: int(0, 7, 'days in the past week'),
  worse: z.array(Aggravator).max(AGGRAVATORS.length).default([]),
  better: z.array(Reliever).max(RELIEVERS.length).default([]),
  /** Only with `catching`. */
  locking: Locking.optional(),
});
export type RegionReport = z.infer<typeof RegionReport>;

export const TASKS = ['buttons', 'jars', 'keys', 'writing', 'carrying', 'work'] as const;
export const Task = z.enum(TASKS);
export type Task = z.infer<typeof Task>;

/** 0 no difficulty, 1 a little, 2 some, 3 a lot, 4 cannot do it (a five-point structure as in hand-function scales). */
export const TaskDifficulty = z.strictObject({
  task: Task,
  difficulty: int(0, 4, '0 = no difficulty … 4 = cannot do it'),
});
export type TaskDifficulty = z.infer<typeof TaskDifficulty>;

export const TREATMENT_KINDS = [
  'night_splint',
  'thumb_splint',
  'finger_splint',
  'steroid_injection',
  'surgical_release',
  'hand_therapy',
  'exercise',
  'paracetamol',
  'nsaid_tablets',
  'nsaid_gel',
  'duloxetine',
  'acupuncture',
  'activity_change',
  'medicine_switch',
  'other',
] as const;
export const TreatmentKind = z.enum(TREATMENT_KINDS);
export type TreatmentKind = z.infer<typeof TreatmentKind>;

export const EFFECTS = ['much_better', 'a_little_better', 'no_change', 'worse', 'too_early'] as const;
export const Effect = z.enum(EFFECTS);
export type Effect = z.infer<typeof Effect>;

export const Treatment = z
  .strictObject({
    kind: TreatmentKind,
    /** Which hand it was for, if one. */
    hand: z.enum(['left', 'right', 'both']).optional(),
    startedOn: IsoDate.optional(),
    endedOn: IsoDate.optional(),
    effect: Effect,
    note: safeText(z.string().max(500)).optional(),
  })
  .refine((t) => !t.startedOn || !t.endedOn || t.endedOn >= t.startedOn, {
    error: 'must not be before startedOn',
    path: ['endedOn'],
  });
export type Treatment = z.infer<typeof Treatment>;

export const Events = z.strictObject({
  /** A fall or injury to the hand or wrist since the last check-in. */
  fallOrInjury: z.boolean().default(false),
  /** After it, the wrist or a finger looks out of shape. */
  looksDeformed: z.boolean().default(false),
  /** Suddenly cannot bend or straighten a finger or the thumb. */
  suddenlyCannotMoveFinger: z.boolean().default(false),
  /** A cut, puncture or bite to the hand. */
  cutOrBite: z.boolean().default(false),
  fever: z.boolean().default(false),
  /** Swelling of the hand or arm: which side. */
  armSwelling: z.enum(['none', 'left', 'right', 'both']).default('none'),
  // Version 2. Absent means "not asked" (the app asks each only where it matters), never "no".
  /** A bite by an animal or a person (also counts as `cutOrBite`). */
  bite: z.boolean().optional(),
  /** The numbness, weakness or swelling came on suddenly, within hours. */
  suddenOnset: z.boolean().optional(),
  /** The face, speech or a leg is affected too. */
  faceSpeechOrLeg: z.boolean().optional(),
  /** Walking or balance has become unsteady. */
  unsteadyWalking: z.boolean().optional(),
  /** Neck pain going down into the arm. */
  neckPainIntoArm: z.boolean().optional(),
  /** A finger is held bent and it hurts to straighten it. */
  fingerHeldBent: z.boolean().optional(),
});
export type Events = z.infer<typeof Events>;

/** Nothing happened: what a check-in that does not mention events means. */
export const NO_EVENTS: Events = {
  fallOrInjury: false,
  looksDeformed: false,
  suddenlyCannotMoveFinger: false,
  cutOrBite: false,
  fever: false,
  armSwelling: 'none',
};

export const ELSEWHERE_SITES = ['feet', 'ankles', 'knees', 'hips', 'shoulders', 'neck_arm'] as const;
export const ElsewhereSite = z.enum(ELSEWHERE_SITES);
export const Elsewhere = z.strictObject({
  site: ElsewhereSite,
  symptoms: z
    .array(z.enum(['pain', 'aching', 'stiffness', 'swelling', 'numbness', 'tingling']))
    .min(1, { error: 'must name at least one symptom' }),
  /** Both sides of the body (both feet, both knees…). */
  bothSides: z.boolean().default(true),
});
export type Elsewhere = z.infer<typeof Elsewhere>;

/** Pain over the past 7 days, 0–10, with the structure of brief pain scales (our own wording). */
export const PainReport = z.strictObject({
  worst: int(0, 10, 'worst pain, 0–10'),
  average: int(0, 10, 'average pain, 0–10').optional(),
  /** How much hand or joint pain got in the way of: 0 not at all … 10 completely. */
  interference: z
    .strictObject({
      sleep: int(0, 10, '0–10').optional(),
      handTasks: int(0, 10, '0–10').optional(),
      work: int(0, 10, '0–10').optional(),
      mood: int(0, 10, '0–10').optional(),
    })
    .optional(),
});
export type PainReport = z.infer<typeof PainReport>;

/** How the hormone medicine went this week (version 2). */
export const MEDICINE_TAKEN = ['every_day', 'missed_some', 'stopped'] as const;
export const MedicineThisWeek = z.strictObject({
  /** Took it every day, missed some doses, or stopped or paused it. */
  taken: z.enum(MEDICINE_TAKEN).optional(),
  /** Thinking about stopping it because of these symptoms. */
  thinkingOfStopping: z.boolean().optional(),
});
export type MedicineThisWeek = z.infer<typeof MedicineThisWeek>;

export const CheckIn = z
  .strictObject({
    schemaVersion: z
      .union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2' })
      .default(CHECKIN_SCHEMA_VERSION),
    date: IsoDate,
    /** Areas with symptoms. Empty means "no symptoms this week". */
    regions: z.array(RegionReport).max(200).default([]),
    pain: PainReport.optional(),
    hardToDo: z.array(TaskDifficulty).max(TASKS.length).default([]),
    treatments: z.array(Treatment).max(50).default([]),
    // A fresh object per parse: a parsed check-in never shares its events with another.
    events: Events.default(() => ({ ...NO_EVENTS })),
    elsewhere: z.array(Elsewhere).max(ELSEWHERE_SITES.length).default([]),
    notes: safeText(z.string().max(2000)).optional(),
    /** Version 2: the hormone medicine this week. */
    medicineThisWeek: MedicineThisWeek.optional(),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.regions.forEach((r, i) => {
      if (seen.has(r.region)) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', i, 'region'],
          message: `"${r.region}" is listed twice; report each area once`,
        });
      }
      seen.add(r.region);
      if (r.locking && !r.symptoms.includes('catching')) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', i, 'locking'],
          message: 'is only for catching or locking; add "catching" to symptoms or leave it out',
        });
      }
      if (r.startedOn && r.startedOn > c.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', i, 'startedOn'],
          message: `must not be after the check-in date (${c.date})`,
        });
      }
    });
    const tasks = new Set<string>();
    c.hardToDo.forEach((t, i) => {
      if (tasks.has(t.task))
        ctx.addIssue({
          code: 'custom',
          path: ['hardToDo', i, 'task'],
          message: `"${t.task}" is listed twice`,
        });
      tasks.add(t.task);
    });
    // A treatment ending before it starts: refused by Treatment itself.
  });
/** A check-in as stored and assessed (defaults filled in). */
export type CheckIn = z.infer<typeof CheckIn>;
/** A check-in as a person or another tool may write it (defaults optional). */
export type CheckInInput = z.input<typeof CheckIn>;

/** Lifts a parsed check-in of any version to the current one (version 1 → 2 adds only optional fields). */
export function migrateCheckIn(c: CheckIn): CheckIn {
  return c.schemaVersion === CHECKIN_SCHEMA_VERSION ? c : { ...c, schemaVersion: CHECKIN_SCHEMA_VERSION };
}

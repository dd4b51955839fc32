/**
 * What we know about the person beside their check-ins: the medicine course and a risk profile.
 * Everything in the risk profile is optional: "unknown" is an honest answer.
 */
import { z } from 'zod';
import { IsoDate } from './schema';

/** The aromatase inhibitors, plus tamoxifen (before an AI, or a switch after one). */
export const DRUGS = ['anastrozole', 'letrozole', 'exemestane', 'tamoxifen'] as const;
export const Drug = z.enum(DRUGS);
export type Drug = z.infer<typeof Drug>;
export const AROMATASE_INHIBITORS: readonly Drug[] = ['anastrozole', 'letrozole', 'exemestane'];

/** How a course ended: a switch to another medicine, a pause (meant to restart) or a stop. */
export const COURSE_ENDINGS = ['switch', 'pause', 'stop'] as const;
export type CourseEnding = (typeof COURSE_ENDINGS)[number];

/**
 * Why a pause or stop happened, in the person's own choice. Joint or hand pain is the answer the
 * care team most needs to see: it is the commonest reason people stop these medicines early
 * [henry2012][murphy2012][hershman2011].
 */
export const STOP_REASONS = [
  'joint_or_hand_pain',
  'other_side_effects',
  'doctor_advised',
  'course_finished',
  'other',
] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/**
 * One stretch on one medicine. A switch is a new course; a stop or pause sets `stoppedOn` (with
 * `endedBy` and, for a pause or stop, `stopReason`); a restart is a new course of the same medicine.
 * Every course is kept: day 0 is always the first aromatase inhibitor's start.
 */
export const MedicineCourse = z
  .strictObject({
    drug: Drug,
    startedOn: IsoDate,
    stoppedOn: IsoDate.optional(),
    endedBy: z.enum(COURSE_ENDINGS).optional(),
    stopReason: z.enum(STOP_REASONS).optional(),
    /** The person's own words about why (at most 300 characters). */
    stopNote: z.string().max(300).optional(),
  })
  .refine((c) => !c.stoppedOn || c.stoppedOn >= c.startedOn, {
    error: 'stoppedOn must not be before startedOn',
    path: ['stoppedOn'],
  })
  .refine((c) => c.stoppedOn || (!c.endedBy && !c.stopReason && !c.stopNote), {
    error: 'endedBy, stopReason and stopNote need stoppedOn (the day it ended)',
    path: ['stoppedOn'],
  });
export type MedicineCourse = z.infer<typeof MedicineCourse>;

export const CHEMOTHERAPY_KINDS = ['taxane', 'anthracycline', 'platinum', 'other', 'unknown'] as const;
export const PRIOR_HAND_PROBLEMS = [
  'carpal_tunnel',
  'trigger_finger',
  'de_quervain',
  'arthritis',
  'other',
] as const;

export const RiskProfile = z.strictObject({
  age: z.number().int().min(18).max(120).optional(),
  /** Menopause status before starting the medicine. */
  menopause: z.enum(['pre', 'peri', 'post', 'unknown']).optional(),
  /** Years since the last period (for post-menopausal people), if known. */
  yearsSinceLastPeriod: z.number().min(0).max(80).optional(),
  bmi: z.number().min(10).max(80).optional(),
  chemotherapy: z.array(z.enum(CHEMOTHERAPY_KINDS)).optional(),
  /** Hormone replacement therapy before the cancer diagnosis. */
  priorHrt: z.boolean().optional(),
  priorTamoxifen: z.boolean().optional(),
  diabetes: z.boolean().optional(),
  arthritis: z.enum(['none', 'osteoarthritis', 'rheumatoid', 'other']).optional(),
  priorHandProblems: z.array(z.enum(PRIOR_HAND_PROBLEMS)).optional(),
  /** Which side had lymph nodes removed (axillary surgery or sentinel node biopsy). */
  lymphNodeSurgerySide: z.enum(['none', 'left', 'right', 'both']).optional(),
  radiotherapy: z.boolean().optional(),
  /** A port or PICC line for treatment, and its side: a swollen arm on that side can be a clot. */
  venousLine: z.enum(['none', 'port', 'picc']).optional(),
  venousLineSide: z.enum(['left', 'right']).optional(),
  /** Takes a blood thinner (anticoagulant). */
  bloodThinners: z.boolean().optional(),
  /** Bone density as last told: osteoporosis, osteopenia (thinner than usual), normal, or not known. */
  boneDensity: z.enum(['normal', 'osteopenia', 'osteoporosis', 'unknown']).optional(),
  /** Day of the last bone-density (DXA) scan, if known. */
  lastBoneScanOn: IsoDate.optional(),
  /** Takes a bone medicine (such as a bisphosphonate or denosumab). */
  boneMedicine: z.boolean().optional(),
});
export type RiskProfile = z.infer<typeof RiskProfile>;

export const Context = z.strictObject({
  /** Medicine courses in any order; day 0 is the first aromatase inhibitor's start. */
  medicines: z.array(MedicineCourse).max(20).default([]),
  risk: RiskProfile.default({}),
  /** Where the person lives (ISO 3166-1 alpha-2, e.g. "GB"): picks the emergency number shown. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code such as GB' })
    .optional(),
});
export type Context = z.infer<typeof Context>;
export type ContextInput = z.input<typeof Context>;

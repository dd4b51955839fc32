/**
 * zod schemas for the parts of a patient record that core has no schema for yet: a stored
 * assessment and a stored alert. Used to parse what a FHIR import carries, so a bad bundle gives
 * field-naming errors. Objects are loose (unknown fields kept): the assessment contract may gain
 * fields (triage/types.ts), and an import must hand them back unchanged.
 */
import { z } from 'zod';
import { ALERT_KINDS } from '../alerts/types';
import { DRUGS } from '../checkin/context';
import { HANDS } from '../hand/regions';
import { isSourceId, type SourceId } from '../knowledge/sources';
import { CONDITION_IDS, URGENCIES } from '../triage/types';

const SourceIdSchema = z.custom<SourceId>((v) => typeof v === 'string' && isSourceId(v), {
  error: (iss) => `must be a known source id (got ${JSON.stringify(iss.input)})`,
});
const Sources = z.array(SourceIdSchema);
const Nullable = <T extends z.ZodType>(t: T) => t.nullable();

const Evidence = z.looseObject({ id: z.string(), text: z.string(), sources: Sources });

const RedFlagFinding = z.looseObject({
  id: z.string(),
  urgency: z.enum(URGENCIES),
  reason: z.string(),
  action: z.string(),
  regions: z.array(z.string()),
  sources: Sources,
});

const Resemblance = z.looseObject({
  condition: z.enum(CONDITION_IDS),
  name: z.string(),
  score: z.number(),
  strength: z.enum(['strong', 'moderate', 'weak']),
  hands: z.array(z.enum(HANDS)),
  regions: z.array(z.string()),
  where: z.string().optional(),
  evidence: z.array(Evidence),
  against: z.array(Evidence),
  sources: Sources,
});

const NextStep = z.looseObject({
  id: z.string(),
  // null for a red flag's own step; `who` is a growing list of care roles, so any name is kept.
  condition: z.enum(CONDITION_IDS).nullable(),
  text: z.string(),
  who: z.string(),
  sources: Sources,
});

const Timing = z.looseObject({
  medicine: Nullable(z.enum(DRUGS)),
  medicineStartedOn: Nullable(z.string()),
  weeksSinceStart: Nullable(z.number()),
  earliestOnset: Nullable(z.string()),
  onsetWeeksAfterStart: Nullable(z.number()),
  onsetBeforeMedicine: Nullable(z.boolean()),
  inEarlyWindow: Nullable(z.boolean()),
});

const Katz = z.enum(['classic', 'probable', 'possible', 'unlikely']);
const Grade = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

const Scores = z.looseObject({
  katz: z.looseObject({ left: Katz, right: Katz }),
  cts6: z.looseObject({
    historyPoints: z.number(),
    maxFromHistory: z.literal(7.5),
    itemsPresent: z.array(z.string()),
    examItemsToCheck: z.array(z.string()),
  }),
  pain: z.looseObject({
    worst: Nullable(z.number()),
    average: Nullable(z.number()),
    interference: Nullable(z.number()),
  }),
  symptomSeverity: Nullable(z.number()),
  function: Nullable(z.number()),
  composite: z.looseObject({ jointPain: Grade, numbness: Grade }),
});

/** A stored assessment (the `Assessment` contract of triage/types.ts). */
export const AssessmentSchema = z.looseObject({
  rulesVersion: z.string().min(1),
  checkInDate: z.iso.date(),
  redFlags: z.array(RedFlagFinding),
  resembles: z.array(Resemblance),
  nextSteps: z.array(NextStep),
  timing: Timing,
  scores: Scores,
  tellYourGp: z.array(z.string()),
});

/** A stored alert (alerts/types.ts plus who acknowledged it). */
export const StoredAlertSchema = z.strictObject({
  key: z.string().min(1),
  kind: z.enum(ALERT_KINDS),
  level: z.enum(['critical', 'warning', 'info']),
  date: z.iso.date(),
  reason: z.string(),
  sources: Sources,
  acknowledgedAt: Nullable(z.string()),
  acknowledgedBy: Nullable(z.string()),
  /** When its episode resolved (the condition gone for the stated weeks); null while it lasts. */
  resolvedOn: Nullable(z.iso.date()).optional(),
});

/**
 * fast-check arbitraries for schema-valid check-ins and contexts, for property tests anywhere in the
 * repository. Test-only: never exported from the package index (fast-check is a dev dependency).
 *
 *   import { checkInArb, contextArb } from '../testing/arbitraries';
 *   test.prop([checkInArb(), contextArb()])('never throws', (c, ctx) => { assess(c, ctx); });
 *
 * Everything generated obeys the schema's cross-field rules too: region ids are unique, `locking`
 * only comes with `catching`, `startedOn` is never after the check-in date, tasks are unique and a
 * treatment or medicine course never ends before it starts. `checkInArb` gives the parsed form
 * (defaults filled in, what `assess` takes); `checkInInputArb` the raw JSON a person could send.
 */
import fc from 'fast-check';
import {
  CHEMOTHERAPY_KINDS,
  COURSE_ENDINGS,
  Context,
  type ContextInput,
  DRUGS,
  PRIOR_HAND_PROBLEMS,
  STOP_REASONS,
} from '../checkin/context';
import {
  AGGRAVATORS,
  CheckIn,
  type CheckInInput,
  EFFECTS,
  ELSEWHERE_SITES,
  LOCKINGS,
  RELIEVERS,
  SYMPTOM_KINDS,
  TASKS,
  TIMINGS,
  TREATMENT_KINDS,
} from '../checkin/schema';
import { REGION_IDS } from '../hand/regions';
import { fromDayNumber, toDayNumber } from '../timeline/dates';

const FIRST_DAY = toDayNumber('2023-01-01');
const LAST_DAY = toDayNumber('2027-12-31');

/** A calendar day `YYYY-MM-DD` between `from` and `to` (day numbers). */
export const dayArb = (from = FIRST_DAY, to = LAST_DAY): fc.Arbitrary<string> =>
  fc.integer({ min: from, max: to }).map(fromDayNumber);

const some = <T>(values: readonly T[], maxLength = values.length, minLength = 0) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength, maxLength });

/** One marked area, with every optional field sometimes present; `startedOn` never after `date`. */
export function regionReportArb(date: string): fc.Arbitrary<NonNullable<CheckInInput['regions']>[number]> {
  const day = toDayNumber(date);
  return fc
    .record(
      {
        region: fc.constantFrom(...REGION_IDS),
        symptoms: some(SYMPTOM_KINDS, 5, 1),
        startedOn: dayArb(day - 900, day),
        severity: fc.integer({ min: 0, max: 10 }),
        timing: some(TIMINGS, 3),
        morningStiffnessMinutes: fc.oneof(
          fc.integer({ min: 0, max: 120 }),
          fc.integer({ min: 0, max: 1440 }),
        ),
        daysPerWeek: fc.integer({ min: 0, max: 7 }),
        worse: some(AGGRAVATORS, 3),
        better: some(RELIEVERS, 2),
        locking: fc.constantFrom(...LOCKINGS),
      },
      { requiredKeys: ['region', 'symptoms', 'severity', 'daysPerWeek'] },
    )
    .map((r) => {
      if (r.locking && !r.symptoms.includes('catching')) {
        const { locking: _drop, ...rest } = r;
        return rest;
      }
      return r;
    });
}

const treatmentArb = fc
  .record(
    {
      kind: fc.constantFrom(...TREATMENT_KINDS),
      hand: fc.constantFrom('left', 'right', 'both') as fc.Arbitrary<'left' | 'right' | 'both'>,
      startedOn: dayArb(),
      lasts: fc.integer({ min: 0, max: 200 }),
      effect: fc.constantFrom(...EFFECTS),
      note: fc.string({ maxLength: 40 }),
    },
    { requiredKeys: ['kind', 'effect'] },
  )
  .map(({ lasts, ...t }) =>
    t.startedOn && lasts !== undefined && lasts > 100
      ? { ...t, endedOn: fromDayNumber(toDayNumber(t.startedOn) + lasts - 100) }
      : t,
  );

const eventsArb = fc.record(
  {
    fallOrInjury: fc.boolean(),
    looksDeformed: fc.boolean(),
    suddenlyCannotMoveFinger: fc.boolean(),
    cutOrBite: fc.boolean(),
    fever: fc.boolean(),
    armSwelling: fc.constantFrom('none', 'left', 'right', 'both') as fc.Arbitrary<
      'none' | 'left' | 'right' | 'both'
    >,
  },
  { requiredKeys: [] },
);

/** Events with the version 2 safety answers too. */
const eventsV2Arb = fc.record(
  {
    fallOrInjury: fc.boolean(),
    looksDeformed: fc.boolean(),
    suddenlyCannotMoveFinger: fc.boolean(),
    cutOrBite: fc.boolean(),
    fever: fc.boolean(),
    armSwelling: fc.constantFrom('none', 'left', 'right', 'both') as fc.Arbitrary<
      'none' | 'left' | 'right' | 'both'
    >,
    bite: fc.boolean(),
    suddenOnset: fc.boolean(),
    faceSpeechOrLeg: fc.boolean(),
    unsteadyWalking: fc.boolean(),
    neckPainIntoArm: fc.boolean(),
    fingerHeldBent: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Version 2: how the medicine went this week. */
const medicineThisWeekArb = fc.record(
  {
    taken: fc.constantFrom('every_day', 'missed_some', 'stopped') as fc.Arbitrary<
      'every_day' | 'missed_some' | 'stopped'
    >,
    thinkingOfStopping: fc.boolean(),
  },
  { requiredKeys: [] },
);

const elsewhereArb = fc.uniqueArray(
  fc.record(
    {
      site: fc.constantFrom(...ELSEWHERE_SITES),
      symptoms: some(['pain', 'aching', 'stiffness', 'swelling', 'numbness', 'tingling'] as const, 3, 1),
      bothSides: fc.boolean(),
    },
    { requiredKeys: ['site', 'symptoms'] },
  ),
  { selector: (e) => e.site, maxLength: 3 },
);

/** The overall pain answers (worst, usual, what it got in the way of), fields left out at random. */
export const painArb = fc.record(
  {
    worst: fc.integer({ min: 0, max: 10 }),
    average: fc.integer({ min: 0, max: 10 }),
    interference: fc.record(
      {
        sleep: fc.integer({ min: 0, max: 10 }),
        handTasks: fc.integer({ min: 0, max: 10 }),
        work: fc.integer({ min: 0, max: 10 }),
        mood: fc.integer({ min: 0, max: 10 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['worst'] },
);

/**
 * A check-in as JSON a person or tool could send (defaults left out at random). With `v2`, the
 * version 2 fields (safety answers, the medicine this week) are generated too; without, the
 * document is one any version reads alike.
 */
export function checkInInputArb(
  options: { maxRegions?: number; date?: fc.Arbitrary<string>; v2?: boolean } = {},
) {
  const { maxRegions = 8, date = dayArb(), v2 = false } = options;
  return date.chain((d) =>
    fc.record(
      {
        date: fc.constant(d),
        regions: fc.uniqueArray(regionReportArb(d), { selector: (r) => r.region, maxLength: maxRegions }),
        pain: painArb,
        hardToDo: fc.uniqueArray(
          fc.record({ task: fc.constantFrom(...TASKS), difficulty: fc.integer({ min: 0, max: 4 }) }),
          { selector: (t) => t.task, maxLength: TASKS.length },
        ),
        treatments: fc.array(treatmentArb, { maxLength: 4 }),
        events: v2 ? eventsV2Arb : eventsArb,
        elsewhere: elsewhereArb,
        notes: v2
          ? fc.oneof(
              fc.string({ maxLength: 60 }),
              fc.constantFrom(
                'It came on suddenly this morning and my face feels droopy.',
                'No fever, no injury, nothing sudden.',
                'The cat bit my thumb; my neck hurts into the arm and I feel unsteady.',
                'I fell on the ice. Not thinking of stopping.',
              ),
            )
          : fc.string({ maxLength: 60 }),
        ...(v2 ? { medicineThisWeek: medicineThisWeekArb } : {}),
      },
      { requiredKeys: ['date'] },
    ),
  ) as fc.Arbitrary<CheckInInput>;
}

/**
 * A version 1 check-in as JSON: none of the version 2 fields, `schemaVersion: 1` sometimes written
 * out (a document from before version 2).
 */
export function checkInV1InputArb(options: { maxRegions?: number; date?: fc.Arbitrary<string> } = {}) {
  return fc
    .tuple(checkInInputArb(options), fc.boolean())
    .map(([c, written]): CheckInInput => (written ? { ...c, schemaVersion: 1 } : c));
}

/** A parsed check-in (defaults filled in): what `assess` takes. */
export function checkInArb(options: { maxRegions?: number; date?: fc.Arbitrary<string>; v2?: boolean } = {}) {
  return checkInInputArb(options).map((c) => CheckIn.parse(c));
}

const riskArb = fc.record(
  {
    age: fc.integer({ min: 18, max: 120 }),
    menopause: fc.constantFrom('pre', 'peri', 'post', 'unknown') as fc.Arbitrary<
      'pre' | 'peri' | 'post' | 'unknown'
    >,
    yearsSinceLastPeriod: fc.integer({ min: 0, max: 80 }),
    bmi: fc.integer({ min: 10, max: 80 }),
    chemotherapy: some(CHEMOTHERAPY_KINDS, 3),
    priorHrt: fc.boolean(),
    priorTamoxifen: fc.boolean(),
    diabetes: fc.boolean(),
    arthritis: fc.constantFrom('none', 'osteoarthritis', 'rheumatoid', 'other') as fc.Arbitrary<
      'none' | 'osteoarthritis' | 'rheumatoid' | 'other'
    >,
    priorHandProblems: some(PRIOR_HAND_PROBLEMS, 2),
    lymphNodeSurgerySide: fc.constantFrom('none', 'left', 'right', 'both') as fc.Arbitrary<
      'none' | 'left' | 'right' | 'both'
    >,
    radiotherapy: fc.boolean(),
  },
  { requiredKeys: [] },
);

const courseArb = fc
  .record(
    {
      drug: fc.constantFrom(...DRUGS),
      startedOn: dayArb(),
      lasts: fc.integer({ min: -1, max: 900 }),
      // How and why an ended course ended (left out at random, as the form allows).
      endedBy: fc.constantFrom(...COURSE_ENDINGS),
      stopReason: fc.constantFrom(...STOP_REASONS),
      stopNote: fc.string({ minLength: 1, maxLength: 60 }).filter((t) => t.trim() === t && t.length > 0),
    },
    { requiredKeys: ['drug', 'startedOn', 'lasts'] },
  )
  .map(({ lasts, endedBy, stopReason, stopNote, ...c }) =>
    lasts < 0
      ? c
      : {
          ...c,
          stoppedOn: fromDayNumber(toDayNumber(c.startedOn) + lasts),
          ...(endedBy ? { endedBy } : {}),
          ...(stopReason ? { stopReason } : {}),
          ...(stopNote ? { stopNote } : {}),
        },
  );

/** The safety additions to the risk profile: a port or PICC line and its side, blood thinners, bone health. */
const safetyRiskArb = fc.record(
  {
    venousLine: fc.constantFrom('none', 'port', 'picc') as fc.Arbitrary<'none' | 'port' | 'picc'>,
    venousLineSide: fc.constantFrom('left', 'right') as fc.Arbitrary<'left' | 'right'>,
    bloodThinners: fc.boolean(),
    boneDensity: fc.constantFrom('normal', 'osteopenia', 'osteoporosis', 'unknown') as fc.Arbitrary<
      'normal' | 'osteopenia' | 'osteoporosis' | 'unknown'
    >,
    lastBoneScanOn: dayArb(),
    boneMedicine: fc.boolean(),
  },
  { requiredKeys: [] },
);

/**
 * A context as JSON (medicine courses and a risk profile, fields left out at random). With
 * `safety`, the risk profile also has the safety additions (lines, blood thinners, bone health).
 */
export function contextInputArb(options: { safety?: boolean } = {}): fc.Arbitrary<ContextInput> {
  const risk = options.safety ? fc.tuple(riskArb, safetyRiskArb).map(([a, b]) => ({ ...a, ...b })) : riskArb;
  return fc.record({ medicines: fc.array(courseArb, { maxLength: 3 }), risk }, { requiredKeys: [] });
}

/** A parsed context. */
export function contextArb(options: { safety?: boolean } = {}): fc.Arbitrary<Context> {
  return contextInputArb(options).map((c) => Context.parse(c));
}

/** Earlier check-ins of the same person (any dates; `assess` keeps those before the check-in). */
export function historyArb(maxLength = 3): fc.Arbitrary<CheckIn[]> {
  return fc.array(checkInArb({ maxRegions: 4 }), { maxLength });
}

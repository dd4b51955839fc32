import { fc, test } from '@fast-check/vitest';
import type { Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../checkin/context';
import {
  AGGRAVATORS,
  CheckIn,
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
import type { PatientRecord } from '../record';
import { checkInArb as anyCheckInArb, contextArb, painArb } from '../testing/arbitraries';
import {
  jsonSchemaErrors,
  medplumIssues,
  SYMPTOM_PROFILE,
  symptomsIgIssues,
  warmValidators,
} from '../testing/fhirValidators';
import { assess } from '../triage/assess';
import { recordToBundle } from './export';
import { bundleToRecord } from './import';
import { checkInToItems, itemsToCheckIn } from './questionnaire';
import { context } from './testRecord';

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-02-${String(d).padStart(2, '0')}`);
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
const some = <T>(values: readonly T[]) => fc.subarray([...values]);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const regionReport = (region: string) =>
  fc.record(
    {
      region: fc.constant(region),
      symptoms: fc.subarray([...SYMPTOM_KINDS], { minLength: 1 }),
      startedOn: day,
      severity: fc.integer({ min: 0, max: 10 }),
      timing: some(TIMINGS),
      morningStiffnessMinutes: fc.integer({ min: 0, max: 1440 }),
      daysPerWeek: fc.integer({ min: 0, max: 7 }),
      worse: some(AGGRAVATORS),
      better: some(RELIEVERS),
      locking: fc.constantFrom(...LOCKINGS),
    },
    { requiredKeys: ['region', 'symptoms', 'severity', 'daysPerWeek'] },
  );

/**
 * Any valid check-in on 2025-03-03 (onsets in February, so never after the check-in). Narrower than
 * testing/arbitraries' `checkInArb` on purpose: FHIR has no empty strings, so notes are never blank.
 */
const checkInArb = fc
  .record(
    {
      regions: fc
        .uniqueArray(fc.constantFrom(...REGION_IDS), { maxLength: 5 })
        .chain((ids) => fc.tuple(...ids.map(regionReport))),
      pain: painArb,
      hardToDo: fc
        .uniqueArray(fc.constantFrom(...TASKS))
        .chain((tasks) =>
          fc.tuple(
            ...tasks.map((task) =>
              fc.record({ task: fc.constant(task), difficulty: fc.integer({ min: 0, max: 4 }) }),
            ),
          ),
        ),
      treatments: fc.array(
        fc.record(
          {
            kind: fc.constantFrom(...TREATMENT_KINDS),
            hand: fc.constantFrom('left', 'right', 'both'),
            startedOn: day,
            effect: fc.constantFrom(...EFFECTS),
            note: text,
          },
          { requiredKeys: ['kind', 'effect'] },
        ),
        { maxLength: 3 },
      ),
      events: fc.record({
        fallOrInjury: fc.boolean(),
        looksDeformed: fc.boolean(),
        suddenlyCannotMoveFinger: fc.boolean(),
        cutOrBite: fc.boolean(),
        fever: fc.boolean(),
        armSwelling: fc.constantFrom('none', 'left', 'right', 'both'),
      }),
      elsewhere: fc.uniqueArray(fc.constantFrom(...ELSEWHERE_SITES)).chain((sites) =>
        fc.tuple(
          ...sites.map((site) =>
            fc.record({
              site: fc.constant(site),
              symptoms: fc.subarray(
                ['pain', 'aching', 'stiffness', 'swelling', 'numbness', 'tingling'] as const,
                {
                  minLength: 1,
                },
              ),
              bothSides: fc.boolean(),
            }),
          ),
        ),
      ),
      notes: optional(text),
    },
    { requiredKeys: ['regions', 'events'] },
  )
  .map((c) => {
    // `locking` belongs only with catching (the schema says so); drop it elsewhere.
    const regions = c.regions.map((r) =>
      r.symptoms.includes('catching') ? r : { ...r, locking: undefined },
    );
    return CheckIn.parse(JSON.parse(JSON.stringify({ date: '2025-03-03', ...c, regions })));
  });

const recordOf = (checkIn: CheckIn, ctx: Context = context): PatientRecord => ({
  patient: { id: 'p-1', email: 'p@example.org', name: null },
  context: ctx,
  checkIns: [
    {
      id: 'c-1',
      version: 1,
      checkIn,
      assessment: assess(checkIn, ctx),
      createdAt: '2025-03-03T10:00:00Z',
      updatedAt: '2025-03-03T10:00:00Z',
    },
  ],
  treatments: [],
  alerts: [],
});

describe('any valid check-in survives the trip through FHIR', () => {
  beforeAll(warmValidators, 180_000);
  test.prop([checkInArb], { numRuns: 60 })('the response items alone rebuild it exactly', (checkIn) => {
    expect(
      // The format version travels beside the items (an extension of the response).
      CheckIn.parse({ ...itemsToCheckIn(checkInToItems(checkIn)), schemaVersion: checkIn.schemaVersion }),
    ).toEqual(checkIn);
  });

  test.prop([anyCheckInArb({ maxRegions: 4, v2: true })], { numRuns: 60 })(
    '… also the generated check-ins of testing/arbitraries (blank and untrimmed notes included)',
    (checkIn) => {
      expect(
        // The format version travels beside the items (an extension of the response).
        CheckIn.parse({ ...itemsToCheckIn(checkInToItems(checkIn)), schemaVersion: checkIn.schemaVersion }),
      ).toEqual(checkIn);
    },
  );

  test.prop([anyCheckInArb({ maxRegions: 4, v2: true }), contextArb({ safety: true })], { numRuns: 30 })(
    'the whole record comes back, and every resource passes both validators and the Symptoms IG checks',
    (checkIn, ctx) => {
      const record = recordOf(checkIn, ctx);
      const bundle = recordToBundle(record, { generatedAt: '2025-03-04T08:00:00Z' });
      for (const entry of bundle.entry ?? []) {
        const r = entry.resource as Resource;
        expect(medplumIssues(r), `${r.resourceType}/${r.id}`).toEqual([]);
        expect(jsonSchemaErrors(r), `${r.resourceType}/${r.id}`).toEqual([]);
        if (r.resourceType === 'Observation' && r.meta?.profile?.includes(SYMPTOM_PROFILE))
          expect(symptomsIgIssues(r), r.id).toEqual([]);
      }
      expect(bundleToRecord(JSON.parse(JSON.stringify(bundle)))).toEqual({ ok: true, record });
    },
    // Three validators over every resource of each generated record: slow on a shared machine.
    180_000,
  );
});

describe('blank answers (FHIR strings need non-blank content)', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['a line break and a tab', ' \n\t'],
    ['a no-break space', '\u00a0'],
  ])('a %s note comes back exactly and the response stays valid', (_name, notes) => {
    const checkIn = CheckIn.parse({ date: '2025-03-03', notes });
    const record = recordOf(checkIn);
    const bundle = recordToBundle(record, { generatedAt: '2025-03-04T08:00:00Z' });
    const qr = bundle.entry?.find((e) => e.resource?.resourceType === 'QuestionnaireResponse')
      ?.resource as Resource;
    expect(medplumIssues(qr)).toEqual([]);
    expect(jsonSchemaErrors(qr)).toEqual([]);
    expect(bundleToRecord(bundle)).toEqual({ ok: true, record });
  });
});

import { fc, test } from '@fast-check/vitest';
import type { Bundle, Extension, QuestionnaireResponseItem, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CANONICAL_BASE } from './codes';
import { recordToBundle } from './export';
import legacyFixture from './fixtures/export-2026-12-v1.bundle.json';
import legacyRecord from './fixtures/export-2026-12-v1.record.json';
import { bundleToRecord } from './import';
import { record, recordWithFixedResemblances } from './testRecord';

const exported = recordToBundle(record, { generatedAt: '2025-03-20T09:00:00Z' });
/** A deep copy (core compiles without DOM or Node types, so no structuredClone). */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** A copy of the exported bundle with one resource changed; returns it and that entry's index. */
function broken(
  type: Resource['resourceType'],
  change: (r: Record<string, unknown>) => void,
  nth = 0,
): { bundle: Bundle; index: number } {
  const bundle = clone(exported);
  const indexes = (bundle.entry ?? []).flatMap((e, i) => (e.resource?.resourceType === type ? [i] : []));
  const index = indexes[nth] as number;
  change(bundle.entry?.[index]?.resource as unknown as Record<string, unknown>);
  return { bundle, index };
}

/** The sub-extension at a path of urls inside the response's structured assessment. */
const assessmentPart = (r: Record<string, unknown>, ...path: string[]): Extension => {
  let e = (r.extension as Extension[]).find((x) =>
    x.url.endsWith('/StructureDefinition/assessment'),
  ) as Extension;
  for (const url of path) e = (e.extension ?? []).find((x) => x.url === url) as Extension;
  return e;
};

/** The first answer of an item found by linkId, at any depth. */
function firstItem(
  items: QuestionnaireResponseItem[],
  linkId: string,
): QuestionnaireResponseItem | undefined {
  for (const i of items) {
    if (i.linkId === linkId) return i;
    const inner = firstItem(i.item ?? [], linkId);
    if (inner) return inner;
  }
  return undefined;
}

/** The exported treatment (not a risk-profile Procedure): its index among the Procedures. */
const firstTreatment = () =>
  (exported.entry ?? [])
    .filter((e) => e.resource?.resourceType === 'Procedure')
    .findIndex((e) =>
      (e.resource as { identifier?: { system?: string }[] }).identifier?.some((i) =>
        i.system?.endsWith('/id/treatment'),
      ),
    );

const legacy = (): Bundle => clone(legacyFixture as unknown as Bundle);

function errorsOf(bundle: unknown) {
  const r = bundleToRecord(bundle);
  if (r.ok) throw new Error('expected the import to fail');
  return r.errors;
}

describe('import names the field of every problem', () => {
  it.each([
    {
      what: 'a check-in severity of 14',
      make: () =>
        broken('QuestionnaireResponse', (r) => {
          const item = firstItem(r.item as QuestionnaireResponseItem[], 'regions.severity');
          (item?.answer ?? [])[0] = { valueInteger: 14 };
        }),
      field: (i: number) => `entry[${i}].resource.item.regions[0].severity`,
      message: 'must be 0–10 (got 14)',
    },
    {
      what: 'a response with no stored assessment',
      make: () =>
        broken('QuestionnaireResponse', (r) => {
          r.extension = (r.extension as Extension[]).filter((e) => !e.url.endsWith('/assessment'));
        }),
      field: (i: number) => `entry[${i}].resource.extension(assessment)`,
      message: 'never recomputes',
    },
    {
      what: 'an assessment whose Katz class is not one of ours',
      make: () =>
        broken('QuestionnaireResponse', (r) => {
          assessmentPart(r, 'scores', 'katz', 'left').valueCode = 'certain';
        }),
      field: (i: number) => `entry[${i}].resource.extension(assessment).scores.katz.left`,
      message: 'classic',
    },
    {
      what: 'an assessment missing a required part',
      make: () =>
        broken('QuestionnaireResponse', (r) => {
          const katz = assessmentPart(r, 'scores', 'katz');
          katz.extension = (katz.extension ?? []).filter((e) => e.url !== 'right');
        }),
      field: (i: number) => `entry[${i}].resource.extension(assessment).scores.katz.right`,
      message: 'is missing',
    },
    {
      what: 'check-in text that is not JSON (an export from before December 2026)',
      make: () => {
        const bundle = legacy();
        const index = (bundle.entry ?? []).findIndex(
          (e) => e.resource?.resourceType === 'QuestionnaireResponse',
        );
        const qr = bundle.entry?.[index]?.resource as unknown as Record<string, unknown>;
        const e = (qr.extension as Extension[]).find((x) => x.url.endsWith('/checkin-json')) as Extension;
        e.valueString = '{"date": ';
        return { bundle, index };
      },
      field: (i: number) => `entry[${i}].resource.extension(checkin-json)`,
      message: 'valid JSON',
    },
    {
      what: 'a BMI out of range',
      make: () =>
        broken('Observation', (r) => {
          (r.valueQuantity as { value: number }).value = 5;
        }),
      field: (i: number) => `entry[${i}].resource.valueQuantity.value`,
      message: '10',
    },
    {
      what: 'an arthritis kind we do not know',
      make: () =>
        broken('Condition', (r) => {
          r.code = { coding: [{ system: `${DEFAULT_CANONICAL_BASE}/CodeSystem/arthritis`, code: 'gout' }] };
          r.identifier = [{ system: `${DEFAULT_CANONICAL_BASE}/id/context`, value: 'arthritis' }];
        }),
      field: (i: number) => `entry[${i}].resource.code`,
      message: 'osteoarthritis',
    },
    {
      what: 'an age out of range (the Patient’s risk-profile extension)',
      make: () =>
        broken('Patient', (r) => {
          const risk = (r.extension as Extension[]).find((x) => x.url.endsWith('/risk-profile')) as Extension;
          (risk.extension ?? []).splice(0, 1, { url: 'age', valueInteger: 7 });
        }),
      field: (i: number) => `entry[${i}].resource.extension(risk-profile).age`,
      message: '18',
    },
    {
      what: 'a medicine start that is not a date',
      make: () =>
        broken('MedicationStatement', (r) => {
          r.effectivePeriod = { start: '10/01/2023' };
        }),
      field: (i: number) => `entry[${i}].resource.effectivePeriod.start`,
      message: 'YYYY-MM-DD',
    },
    {
      what: 'a treatment effect we do not know',
      make: () =>
        broken(
          'Procedure',
          (r) => {
            r.outcome = {
              coding: [{ system: `${DEFAULT_CANONICAL_BASE}/CodeSystem/treatment-effect`, code: 'cured' }],
            };
          },
          firstTreatment(),
        ),
      field: (i: number) => `entry[${i}].resource.outcome`,
      message: 'much_better',
    },
    {
      what: 'an alert citing a source that does not exist',
      make: () =>
        broken('Flag', (r) => {
          (r.extension as Extension[]).push({
            url: `${DEFAULT_CANONICAL_BASE}/StructureDefinition/source`,
            valueCode: 'madeup2030',
          });
        }),
      field: (i: number) => `entry[${i}].resource.extension(source)[2]`,
      message: 'known source id',
    },
    {
      what: 'a check-in without our id',
      make: () =>
        broken('QuestionnaireResponse', (r) => {
          delete r.identifier;
        }),
      field: (i: number) => `entry[${i}].resource.identifier`,
      message: 'check-in id',
    },
  ])('$what', ({ make, field, message }) => {
    const { bundle, index } = make();
    const errors = errorsOf(bundle);
    expect(errors).toContainEqual({ field: field(index), message: expect.stringContaining(message) });
  });

  it.each([
    ['not a Bundle at all', { resourceType: 'Patient' }, '(root)'],
    ['a list instead of a Bundle', [exported], '(root)'],
    ['entries that are not a list', { resourceType: 'Bundle', entry: {} }, 'entry'],
    ['a Bundle with no Patient', { resourceType: 'Bundle', type: 'collection', entry: [] }, 'entry'],
    ['an entry with no resource', { resourceType: 'Bundle', entry: [{ fullUrl: 'x' }] }, 'entry[0].resource'],
  ])('%s', (_what, bundle, field) => {
    expect(errorsOf(bundle).map((e) => e.field)).toContain(field);
  });

  it('a second Patient is refused, naming both entries', () => {
    const bundle = clone(exported);
    bundle.entry?.push(clone(bundle.entry[0] as NonNullable<Bundle['entry']>[number]));
    const errors = errorsOf(bundle);
    expect(errors[0]?.field).toBe(`entry[${(bundle.entry?.length ?? 0) - 1}].resource`);
    expect(errors[0]?.message).toContain('entry[0].resource');
  });
});

describe('import reads what is ours and leaves the rest', () => {
  it("another tool's resources (a blood pressure, an ibuprofen statement) are ignored, not errors", () => {
    const bundle = clone(exported);
    bundle.entry?.push(
      {
        resource: {
          resourceType: 'Observation',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
        },
      },
      {
        resource: {
          resourceType: 'MedicationStatement',
          status: 'active',
          subject: { reference: 'Patient/patient' },
          medicationCodeableConcept: { text: 'ibuprofen' },
        },
      },
    );
    expect(bundleToRecord(bundle)).toEqual({ ok: true, record });
  });

  it('an export from before December 2026 (JSON text in extensions) still imports, exactly', () => {
    expect(bundleToRecord(legacy())).toEqual({ ok: true, record: legacyRecord });
  });

  it('… and so does one whose exact check-in text was dropped (the items give the check-in)', () => {
    const bundle = legacy();
    for (const e of bundle.entry ?? [])
      if (e.resource?.resourceType === 'QuestionnaireResponse')
        e.resource.extension = (e.resource.extension ?? []).filter((x) => !x.url.endsWith('/checkin-json'));
    // Exports before December 2026 held only version 1 check-ins and carry no format version, so
    // one rebuilt from their items is read as version 1: the record comes back exactly.
    expect(bundleToRecord(bundle)).toEqual({ ok: true, record: legacyRecord });
  });

  it('a bundle written under another canonical base reads the same', () => {
    const moved = recordToBundle(record, {
      generatedAt: '2025-03-20T09:00:00Z',
      canonicalBase: 'https://hands.example.org/fhir/',
    });
    const text = JSON.stringify(moved);
    expect(text).toContain('https://hands.example.org/fhir/CodeSystem/region');
    expect(text).not.toContain(DEFAULT_CANONICAL_BASE);
    expect(bundleToRecord(moved)).toEqual({ ok: true, record });
  });

  it('a medicine coded only with RxNorm is still recognised', () => {
    const { bundle } = broken(
      'MedicationStatement',
      (r) => {
        r.medicationCodeableConcept = {
          coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '72965' }],
        };
      },
      1,
    );
    expect(bundleToRecord(bundle)).toEqual({ ok: true, record });
  });

  it('fixed resemblances with every field (including `where`) come back unchanged', () => {
    const bundle = recordToBundle(recordWithFixedResemblances, { generatedAt: '2025-03-20T09:00:00Z' });
    expect(bundleToRecord(bundle)).toEqual({ ok: true, record: recordWithFixedResemblances });
  });
});

describe('import never throws', () => {
  test.prop([fc.anything()])('on any JSON-like value', (value) => {
    const r = bundleToRecord(value);
    expect(typeof r.ok).toBe('boolean');
  });

  test.prop([fc.array(fc.anything(), { maxLength: 5 })])(
    'on a Bundle whose entries are anything',
    (entry) => {
      const r = bundleToRecord({ resourceType: 'Bundle', entry: entry.map((resource) => ({ resource })) });
      expect(r.ok).toBe(false);
    },
  );
});

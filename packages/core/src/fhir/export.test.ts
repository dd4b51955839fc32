import type {
  Condition,
  DocumentReference,
  Extension,
  Flag,
  MedicationStatement,
  Observation,
  Procedure,
  QuestionnaireResponse,
  Resource,
} from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { CheckIn, type SYMPTOM_KINDS } from '../checkin/schema';
import { REGIONS } from '../hand/regions';
import { jsonSchemaErrors, medplumIssues, symptomsIgIssues, warmValidators } from '../testing/fhirValidators';
import { DEFAULT_CANONICAL_BASE, SYMPTOM_SNOMED } from './codes';
import { recordToBundle } from './export';
import { bundleToRecord } from './import';
import { bodySite } from './observations';
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

/** A resource made from the risk profile (diabetes, earlier hand problems…), not from a check-in. */
const isContext = (r: { identifier?: { system?: string }[] }) =>
  r.identifier?.some((i) => i.system?.endsWith('/id/context')) === true;

const symptomObs = () =>
  ofType<Observation>('Observation').filter((o) => o.code.coding?.[0]?.code === '75325-1');

/** Every extension anywhere in a value (resources, elements, nested extensions). */
function extensionsIn(value: unknown): Extension[] {
  if (Array.isArray(value)) return value.flatMap(extensionsIn);
  if (typeof value !== 'object' || value === null) return [];
  const own = (value as { extension?: Extension[] }).extension ?? [];
  return [...own, ...Object.values(value).flatMap(extensionsIn)];
}
const isJsonDocument = (s: string) => {
  try {
    const v = JSON.parse(s);
    return typeof v === 'object' && v !== null;
  } catch {
    return false;
  }
};

describe('the exported Bundle is valid FHIR R4, by two validators', () => {
  beforeAll(warmValidators, 180_000);
  it.each(resources.map((r) => [`${r.resourceType}/${r.id}`, r] as const))(
    '%s validates against the R4 structure definitions (Medplum) and the R4 JSON Schema',
    (_name, resource) => {
      expect(medplumIssues(resource)).toEqual([]);
      expect(jsonSchemaErrors(resource)).toEqual([]);
    },
  );

  it('the Bundle itself validates with both', () => {
    expect(medplumIssues(bundle)).toEqual([]);
    expect(jsonSchemaErrors(bundle)).toEqual([]);
  });

  it('every symptom observation meets the Symptoms IG SymptomObservation constraints', () => {
    expect(symptomObs().length).toBeGreaterThan(0);
    for (const o of symptomObs()) expect(symptomsIgIssues(o), o.id).toEqual([]);
  });

  it('no extension holds a JSON document as text', () => {
    const all = extensionsIn(resources);
    expect(all.length).toBeGreaterThan(0);
    for (const e of all)
      if (e.valueString !== undefined) expect(isJsonDocument(e.valueString), e.url).toBe(false);
  });
});

describe('every symptom observation speaks standard codes', () => {
  it('a SNOMED symptom code for every kind we could verify, our own code always', () => {
    for (const o of symptomObs()) {
      const ours = o.valueCodeableConcept?.coding?.find((c) =>
        c.system?.endsWith('/CodeSystem/symptom-kind'),
      );
      const sct = SYMPTOM_SNOMED[ours?.code as (typeof SYMPTOM_KINDS)[number]];
      if (sct)
        expect(o.valueCodeableConcept?.coding?.[0]).toMatchObject({
          system: 'http://snomed.info/sct',
          code: sct.code,
        });
    }
  });

  it('a SNOMED body structure and a SNOMED laterality for every region of the hand model', () => {
    for (const o of symptomObs()) {
      const site = o.bodySite;
      expect(site?.coding?.[0]?.system).toBe('http://snomed.info/sct');
      const laterality = site?.extension?.find((e) => e.url.endsWith('/StructureDefinition/laterality'));
      expect(['7771000', '24028007']).toContain(laterality?.valueCodeableConcept?.coding?.[0]?.code);
      expect(site?.coding?.some((c) => c.system?.endsWith('/CodeSystem/region'))).toBe(true);
    }
    expect(REGIONS.length).toBeGreaterThan(90);
  });

  it('a numeric 0–10 severity on every one', () => {
    for (const o of symptomObs()) {
      const n = o.component?.find((c) => c.code.coding?.[0]?.code === 'severity_0_10')?.valueInteger;
      expect(Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 10, o.id).toBe(true);
    }
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
      expect(qr.questionnaire).toBe(`${DEFAULT_CANONICAL_BASE}/Questionnaire/checkin|2`);
      expect(qr.status).toBe('completed');
      const assessment = qr.extension?.find((e) => e.url.endsWith('/StructureDefinition/assessment'));
      expect(assessment?.extension?.find((e) => e.url === 'rulesVersion')?.valueString).toBe(
        record.checkIns[0]?.assessment.rulesVersion,
      );
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
      { system: 'http://snomed.info/sct', code: '44077006', display: 'Numbness' },
      { system: `${DEFAULT_CANONICAL_BASE}/CodeSystem/symptom-kind`, code: 'numbness', display: 'numbness' },
    ]);
    // The Symptoms IG's onset: effectivePeriod.start.
    expect(numbness.effectivePeriod).toEqual({ start: '2025-02-20' });
    expect(numbness.derivedFrom).toEqual([{ reference: 'QuestionnaireResponse/checkin-1' }]);
  });

  it('names the place: SNOMED index finger, right laterality, IG location qualifiers, our region id', () => {
    expect(numbness.bodySite?.coding).toEqual([
      { system: 'http://snomed.info/sct', code: '83738005', display: 'Index finger structure' },
      {
        system: `${DEFAULT_CANONICAL_BASE}/CodeSystem/region`,
        code: 'right.palm.index.distal',
        display: 'right index finger, tip and end joint (palm side)',
      },
    ]);
    expect(numbness.bodySite?.extension).toEqual([
      {
        url: `${DEFAULT_CANONICAL_BASE}/StructureDefinition/laterality`,
        valueCodeableConcept: {
          coding: [{ system: 'http://snomed.info/sct', code: '24028007', display: 'Right' }],
        },
      },
      ...['right', 'palm side', 'tip and end joint'].map((valueString) => ({
        url: 'http://hl7.org/fhir/uv/symptoms/StructureDefinition/LocationQualifier',
        valueString,
      })),
    ]);
    expect(numbness.bodySite?.text).toBe('right index finger, tip and end joint (palm side)');
  });

  it('the wrist, the palm and the back of the hand get their own structures', () => {
    const siteOf = (region: string) =>
      ofType<Observation>('Observation').find((o) => o.bodySite?.coding?.[1]?.code === region)?.bodySite;
    expect(siteOf('left.back.wrist.radial')?.coding?.[0]?.code).toBe('8205005');
    expect(
      siteOf('left.back.wrist.radial')?.extension?.map(
        (e) => e.valueString ?? e.valueCodeableConcept?.coding?.[0]?.code,
      ),
    ).toEqual(['7771000', 'left', 'back of the hand', 'thumb side']);
    expect(siteOf('left.palm.base.ring')?.coding?.[0]?.code).toBe('21547004');
  });

  it('carries severity, what makes it worse and better, when it shows, its onset and days per week', () => {
    const byCode = (code: string) =>
      numbness.component?.filter((c) => c.code.coding?.[0]?.code === code) ?? [];
    // Severity 6: SNOMED "Moderate" (core's bands: 4–6), our exact code, and the number.
    expect(byCode('64750-3')[0]?.valueCodeableConcept?.coding?.map((c) => c.code)).toEqual(['6736007', '6']);
    expect(byCode('severity_0_10')[0]?.valueInteger).toBe(6);
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
    expect(byCode('104156-5')[0]?.valueRatio).toEqual({
      numerator: { value: 5, unit: 'd', system: 'http://unitsofmeasure.org', code: 'd' },
      denominator: { value: 1, unit: 'wk', system: 'http://unitsofmeasure.org', code: 'wk' },
    });
  });

  it('a symptom with no verified SNOMED code carries only our code', () => {
    const catching = ofType<Observation>('Observation').find(
      (o) => o.valueCodeableConcept?.coding?.[0]?.code === 'catching',
    );
    expect(catching?.valueCodeableConcept?.coding).toHaveLength(1);
  });

  it('one observation per symptom per area', () => {
    const symptoms = symptomObs();
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
    .filter((r): r is Condition => r.resourceType === 'Condition' && !isContext(r));

  it.each([
    ['a strong match is provisional', 'carpal_tunnel', 'provisional'],
    ['a moderate match is only a differential', 'trigger_finger', 'differential'],
    ['a weak match is only a differential', 'de_quervain', 'differential'],
  ])('%s', (_name, condition, status) => {
    const c = conditions.find((x) => x.code?.coding?.some((k) => k.code === condition));
    expect(c?.verificationStatus?.coding?.[0]?.code).toBe(status);
  });

  it('no Condition from the real rules is confirmed: strong is provisional, the rest differential', () => {
    const real = ofType<Condition>('Condition').filter((c) => !isContext(c));
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
    const [injection] = ofType<Procedure>('Procedure').filter((p) =>
      p.identifier?.some((i) => i.system?.endsWith('/id/treatment')),
    );
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

describe('the safety context (port or PICC line, blood thinners, bone health) as resources', () => {
  const withSafety = {
    ...record,
    context: {
      ...record.context,
      risk: {
        ...record.context.risk,
        venousLine: 'port' as const,
        venousLineSide: 'left' as const,
        bloodThinners: true,
        boneDensity: 'osteoporosis' as const,
        lastBoneScanOn: '2024-11-02',
        boneMedicine: false,
      },
    },
  };
  const b = recordToBundle(withSafety, OPTIONS);
  const byId = (id: string) => b.entry?.find((e) => e.resource?.id === id)?.resource as Resource;

  it('a port on the left is a Procedure with the side as SNOMED laterality', () => {
    const p = byId('context-venous-line') as Procedure;
    expect(p.status).toBe('completed');
    expect(p.code?.coding?.[0]?.code).toBe('port');
    expect(p.bodySite?.[0]?.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('7771000');
  });

  it('blood thinners taken, bone medicine not: MedicationStatements active and not-taken', () => {
    expect((byId('context-blood-thinners') as MedicationStatement).status).toBe('active');
    expect((byId('context-bone-medicine') as MedicationStatement).status).toBe('not-taken');
  });

  it('osteoporosis on the last scan is an Observation with SNOMED 64859006 on the scan day', () => {
    const o = byId('context-bone-density') as Observation;
    expect(o.effectiveDateTime).toBe('2024-11-02');
    expect(o.valueCodeableConcept?.coding?.[0]).toMatchObject({
      system: 'http://snomed.info/sct',
      code: '64859006',
    });
  });

  it('all of it validates and comes back exactly', () => {
    for (const e of b.entry ?? []) {
      expect(medplumIssues(e.resource as Resource)).toEqual([]);
      expect(jsonSchemaErrors(e.resource as Resource)).toEqual([]);
    }
    expect(bundleToRecord(b)).toEqual({ ok: true, record: withSafety });
  });
});

describe('how often, as the Symptoms IG repeats its frequency slice', () => {
  it('"constant" and "comes and goes" add a qualitative frequency beside days per week', () => {
    const checkIn = CheckIn.parse({
      date: '2025-03-10',
      regions: [
        {
          region: 'left.palm.thumb.distal',
          symptoms: ['pain'],
          severity: 2,
          daysPerWeek: 7,
          timing: ['constant'],
        },
        {
          region: 'left.palm.index.distal',
          symptoms: ['pain'],
          severity: 2,
          daysPerWeek: 2,
          timing: ['comes_and_goes'],
        },
      ],
    });
    const stored = { ...(record.checkIns[0] as (typeof record.checkIns)[number]), checkIn };
    const b = recordToBundle({ ...record, checkIns: [stored] }, OPTIONS);
    const freq = (id: string) =>
      ((b.entry?.find((e) => e.resource?.id === id)?.resource as Observation | undefined)?.component ?? [])
        .filter((c) => c.code.coding?.[0]?.code === '104156-5')
        .map((c) => c.valueCodeableConcept?.coding?.[0]?.code ?? c.valueRatio?.numerator?.value);
    expect(freq('checkin-1-area-1-1')).toEqual(['255238004', 7]);
    expect(freq('checkin-1-area-2-1')).toEqual(['7087005', 2]);
  });
});

describe('speed of onset (check-in v2)', () => {
  it('a sudden start puts the IG speed-of-onset slice on the numbness, not on the pain', () => {
    const checkIn = CheckIn.parse({
      date: '2025-03-10',
      schemaVersion: 2,
      regions: [
        { region: 'left.palm.thumb.distal', symptoms: ['numbness', 'pain'], severity: 5, daysPerWeek: 1 },
      ],
      events: { suddenOnset: true },
    });
    const stored = { ...(record.checkIns[0] as (typeof record.checkIns)[number]), checkIn };
    const b = recordToBundle({ ...record, checkIns: [stored] }, OPTIONS);
    const onset = (id: string) =>
      ((b.entry?.find((e) => e.resource?.id === id)?.resource as Observation | undefined)?.component ?? [])
        .filter((c) => c.code.coding?.[0]?.code === '99495-4')
        .map((c) => c.valueCodeableConcept?.coding?.[0]?.code);
    expect(onset('checkin-1-area-1-1')).toEqual(['385315009']);
    expect(onset('checkin-1-area-1-2')).toEqual([]);
    const numbness = b.entry?.find((e) => e.resource?.id === 'checkin-1-area-1-1')?.resource as Observation;
    expect(symptomsIgIssues(numbness)).toEqual([]);
  });
});

describe('every region of the hand model has a specific body site', () => {
  it.each(REGIONS.map((r) => [r.id, r] as const))('%s', (id, r) => {
    const site = bodySite(id);
    const sct = site.coding?.[0];
    expect(sct?.system).toBe('http://snomed.info/sct');
    if (r.area.kind === 'digit') expect(sct?.code).not.toBe('85562004'); // a digit is never just "hand"
    const qualifiers = (site.extension ?? [])
      .filter((e) => e.url.endsWith('/LocationQualifier'))
      .map((e) => e.valueString);
    expect(qualifiers[0]).toBe(r.hand);
    expect(qualifiers[1]).toBe(r.surface === 'palm' ? 'palm side' : 'back of the hand');
    // A digit split along its length (the ring finger's halves, when the model has them) names the half.
    const half = (r.area as { half?: string }).half;
    if (half) expect(qualifiers).toContain(half === 'radial' ? 'thumb-side half' : 'little-finger-side half');
    expect(site.coding?.[1]).toMatchObject({ code: id, display: r.name });
  });
});

describe('medicine courses: how and why each one ended', () => {
  const courses = {
    ...record,
    context: {
      ...record.context,
      medicines: [
        {
          drug: 'letrozole' as const,
          startedOn: '2024-01-08',
          stoppedOn: '2024-06-03',
          endedBy: 'pause' as const,
          stopReason: 'joint_or_hand_pain' as const,
          stopNote: 'My fingers ached too much to grip.',
        },
        {
          drug: 'letrozole' as const,
          startedOn: '2024-07-01',
          stoppedOn: '2024-11-04',
          endedBy: 'switch' as const,
        },
        { drug: 'exemestane' as const, startedOn: '2024-11-04' },
      ],
    },
  };
  const statements = (recordToBundle(courses, OPTIONS).entry ?? [])
    .map((e) => e.resource as Resource)
    .filter((r): r is MedicationStatement => r.resourceType === 'MedicationStatement' && !isContext(r));

  it('says a pause is on hold, with the reason the care team most needs to see, in code and words', () => {
    const [pause, switched, current] = statements;
    expect(pause?.status).toBe('on-hold');
    expect(pause?.statusReason?.[0]?.coding?.[0]).toMatchObject({
      code: 'joint_or_hand_pain',
      display: 'Joint or hand pain',
    });
    expect(pause?.statusReason?.[0]?.text).toBe('My fingers ached too much to grip.');
    expect(pause?.note?.[0]?.text).toBe('My fingers ached too much to grip.');
    expect(switched?.status).toBe('completed');
    expect(switched?.statusReason).toBeUndefined();
    expect(current?.status).toBe('active');
    for (const s of statements) expect(medplumIssues(s), s.id).toEqual([]);
  });

  it('comes back exactly on import', () => {
    const back = bundleToRecord(JSON.parse(JSON.stringify(recordToBundle(courses, OPTIONS))));
    expect(back.ok && back.record.context.medicines).toEqual(courses.context.medicines);
  });
});

/**
 * One person's HandCheck record as a FHIR R4 Bundle (type `collection`). Pure: the time of the
 * export and the PDF's address are passed in. docs/fhir.md describes every resource and code.
 *
 * Resource ids are positional (`checkin-2`, `checkin-2-area-1-3`), so they are always valid FHIR
 * ids whatever our own ids look like; our ids travel as `identifier` values.
 */
import type {
  Bundle,
  CodeableConcept,
  Condition,
  DocumentReference,
  Extension,
  Flag,
  MedicationStatement,
  Observation,
  ObservationComponent,
  Patient,
  Procedure,
  QuestionnaireResponse,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import type { MedicineCourse } from '../checkin/context';
import type { CheckIn, RegionReport } from '../checkin/schema';
import { type Hand, region } from '../hand/regions';
import type { PatientRecord, StoredAlert, StoredCheckIn, StoredTreatment } from '../record';
import type { Resemblance } from '../triage/types';
import {
  BODY_SNOMED,
  bodySiteSnomed,
  CONDITION_CODES,
  cs,
  DRUG_RXNORM,
  ext,
  FHIR_CS,
  idSystem,
  LOINC,
  LOINC_CODES,
  QUESTIONNAIRE_URL,
  QUESTIONNAIRE_VERSION,
  RXNORM,
  SNOMED,
  SYMPTOM_SNOMED,
  SYMPTOMS_IG,
  UCUM,
  words,
} from './codes';
import { checkInQuestionnaire, checkInToItems, handRegionValueSet } from './questionnaire';

export interface ExportOptions {
  /** Server base URL; when given, every entry gets `fullUrl` = `${baseUrl}/${type}/${id}`. */
  readonly baseUrl?: string;
  /** When the export was made (FHIR instant, e.g. `2026-03-20T09:00:00Z`). */
  readonly generatedAt: string;
  /** The GP summary PDF, when one was made: becomes a DocumentReference. `hash` is base64 SHA-1. */
  readonly pdf?: { readonly url: string; readonly size?: number; readonly hash?: string };
}

const PATIENT_ID = 'patient';
const patientRef: Reference<Patient> = { reference: `Patient/${PATIENT_ID}` };
const qrId = (n: number) => `checkin-${n}`;
const symptomObsId = (n: number, area: number, symptom: number) => `checkin-${n}-area-${area}-${symptom}`;

const concept = (system: string, code: string, display = words(code), text = display): CodeableConcept => ({
  coding: [{ system: cs(system), code, display }],
  text,
});

function patientResource(record: PatientRecord): Patient {
  const p: Patient = {
    resourceType: 'Patient',
    id: PATIENT_ID,
    // The risk profile has no natural FHIR home short of a dozen Observations; it travels whole.
    extension: [{ url: ext('risk-profile'), valueString: JSON.stringify(record.context.risk) }],
    identifier: [{ system: idSystem('patient'), value: record.patient.id }],
  };
  if (record.patient.name) p.name = [{ text: record.patient.name }];
  if (record.patient.email) p.telecom = [{ system: 'email', value: record.patient.email }];
  return p;
}

function medicationStatement(course: MedicineCourse, index: number): MedicationStatement {
  const rx = DRUG_RXNORM[course.drug];
  return {
    resourceType: 'MedicationStatement',
    id: `medicine-${index + 1}`,
    status: course.stoppedOn ? 'completed' : 'active',
    medicationCodeableConcept: {
      coding: [
        ...(rx ? [{ system: RXNORM, ...rx }] : []),
        { system: cs('drug'), code: course.drug, display: course.drug },
      ],
      text: course.drug,
    },
    subject: patientRef,
    informationSource: patientRef,
    effectivePeriod: { start: course.startedOn, ...(course.stoppedOn ? { end: course.stoppedOn } : {}) },
  };
}

function questionnaireResponse(stored: StoredCheckIn, n: number): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    id: qrId(n),
    // The exact check-in and the assessment made when it was saved (with its rules version) are
    // the record; the items below say the same thing in FHIR's words for any reader.
    extension: [
      { url: ext('record-version'), valueInteger: stored.version },
      { url: ext('created-at'), valueDateTime: stored.createdAt },
      { url: ext('rules-version'), valueString: stored.assessment.rulesVersion },
      { url: ext('checkin-json'), valueString: JSON.stringify(stored.checkIn) },
      { url: ext('assessment-json'), valueString: JSON.stringify(stored.assessment) },
    ],
    identifier: { system: idSystem('checkin'), value: stored.id },
    questionnaire: `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`,
    status: 'completed',
    subject: patientRef,
    authored: stored.updatedAt,
    author: patientRef,
    source: patientRef,
    item: checkInToItems(stored.checkIn),
  };
}

function bodySite(regionId: string): CodeableConcept {
  const r = region(regionId);
  const sct = bodySiteSnomed(r.area);
  return {
    coding: [
      { system: SNOMED, ...sct },
      { system: cs('region'), code: r.id, display: r.name },
    ],
    text: r.name,
  };
}

function symptomComponents(report: RegionReport): ObservationComponent[] {
  const out: ObservationComponent[] = [
    {
      code: { coding: [{ system: LOINC, ...LOINC_CODES.severity }] },
      // No cited cut-points map 0–10 onto SNOMED mild/moderate/severe, so none is guessed.
      valueCodeableConcept: concept(
        'severity-0-10',
        String(report.severity),
        `${report.severity} of 10`,
        `${report.severity} of 10 (0 none, 10 worst imaginable)`,
      ),
    },
  ];
  for (const a of report.worse)
    out.push({
      code: { coding: [{ system: LOINC, ...LOINC_CODES.exacerbating }] },
      valueCodeableConcept: concept('aggravator', a),
    });
  for (const b of report.better)
    out.push({
      code: { coding: [{ system: LOINC, ...LOINC_CODES.alleviating }] },
      valueCodeableConcept: concept('reliever', b),
    });
  // When and how it shows (not in the Symptoms IG's slices; its component list is open).
  if (report.startedOn)
    out.push({
      code: concept('symptom-detail', 'started_on', 'started on'),
      valueDateTime: report.startedOn,
    });
  for (const t of report.timing)
    out.push({ code: concept('symptom-detail', 'timing'), valueCodeableConcept: concept('timing', t) });
  if (report.morningStiffnessMinutes !== undefined)
    out.push({
      code: concept('symptom-detail', 'morning_stiffness_minutes', 'minutes until morning stiffness eases'),
      valueQuantity: { value: report.morningStiffnessMinutes, unit: 'min', system: UCUM, code: 'min' },
    });
  if (report.locking)
    out.push({
      code: concept('symptom-detail', 'locking'),
      valueCodeableConcept: concept('locking', report.locking),
    });
  out.push({
    code: { coding: [{ system: LOINC, ...LOINC_CODES.frequency }] },
    valueRatio: {
      numerator: { value: report.daysPerWeek, unit: 'd', system: UCUM, code: 'd' },
      // The IG binds the denominator's unit to FHIR duration units (d, wk…).
      denominator: { value: 1, unit: 'wk', system: UCUM, code: 'wk' },
    },
  });
  return out;
}

/** One Symptoms-IG SymptomObservation per symptom kind per marked area. */
function symptomObservations(checkIn: CheckIn, n: number): Observation[] {
  return checkIn.regions.flatMap((report, a) =>
    report.symptoms.map((symptom, s): Observation => {
      const sct = SYMPTOM_SNOMED[symptom];
      return {
        resourceType: 'Observation',
        id: symptomObsId(n, a + 1, s + 1),
        meta: { profile: [SYMPTOMS_IG.profile] },
        status: 'final',
        category: [
          {
            coding: [
              { system: SYMPTOMS_IG.categorySystem, code: SYMPTOMS_IG.categoryCode, display: 'Symptom' },
            ],
          },
        ],
        code: { coding: [{ system: LOINC, ...LOINC_CODES.symptom }] },
        subject: patientRef,
        effectiveDateTime: checkIn.date,
        performer: [patientRef],
        valueCodeableConcept: {
          coding: [
            ...(sct ? [{ system: SNOMED, ...sct }] : []),
            { system: cs('symptom-kind'), code: symptom, display: words(symptom) },
          ],
          text: words(symptom),
        },
        bodySite: bodySite(report.region),
        component: symptomComponents(report),
        derivedFrom: [{ reference: `QuestionnaireResponse/${qrId(n)}` }],
      };
    }),
  );
}

type ScoreValue = Pick<Observation, 'valueInteger' | 'valueQuantity' | 'valueCodeableConcept'>;

const numberValue = (value: number, unit: string): ScoreValue =>
  Number.isInteger(value) ? { valueInteger: value } : { valueQuantity: { value, unit } };

/** Scores of the stored assessment, one survey Observation each (US Core screening pattern). */
function scoreObservations(stored: StoredCheckIn, n: number): Observation[] {
  const { scores } = stored.assessment;
  const date = stored.checkIn.date;
  const out: Observation[] = [];
  const add = (key: string, code: CodeableConcept, value: ScoreValue, extra: Partial<Observation> = {}) =>
    out.push({
      resourceType: 'Observation',
      id: `checkin-${n}-score-${key}`,
      status: 'final',
      category: [{ coding: [{ system: FHIR_CS.observationCategory, code: 'survey', display: 'Survey' }] }],
      code,
      subject: patientRef,
      effectiveDateTime: date,
      ...value,
      ...extra,
      derivedFrom: [{ reference: `QuestionnaireResponse/${qrId(n)}` }],
    });
  const ours = (code: string, display: string) => concept('score', code, display);

  if (scores.pain.worst !== null)
    add(
      'pain-worst',
      {
        coding: [{ system: LOINC, ...LOINC_CODES.painNrs }],
        text: 'Worst hand or joint pain, past 7 days (0–10)',
      },
      numberValue(scores.pain.worst, 'score'),
    );
  if (scores.pain.average !== null)
    add(
      'pain-average',
      ours('pain-average', 'Average pain, past 7 days (0–10)'),
      numberValue(scores.pain.average, 'score'),
    );
  if (scores.pain.interference !== null)
    add(
      'pain-interference',
      ours('pain-interference', 'Pain interference, mean of answered items (0–10)'),
      numberValue(scores.pain.interference, 'score'),
    );
  for (const hand of ['left', 'right'] as const satisfies readonly Hand[]) {
    add(
      `katz-${hand}`,
      ours('katz-class', 'Katz hand-diagram class'),
      {
        valueCodeableConcept: concept('katz-class', scores.katz[hand]),
      },
      { bodySite: { coding: [{ system: SNOMED, ...BODY_SNOMED.hand }], text: `${hand} hand` } },
    );
  }
  add(
    'cts6-history',
    ours('cts6-history-points', 'CTS-6 points from history items (of 7.5; exam items need a clinician)'),
    {
      valueQuantity: { value: scores.cts6.historyPoints, unit: 'points' },
    },
  );
  add('composite-joint-pain', ours('composite-grade-joint-pain', 'Composite grade, joint pain (0–3)'), {
    valueInteger: scores.composite.jointPain,
  });
  add(
    'composite-numbness',
    ours('composite-grade-numbness', 'Composite grade, numbness and tingling (0–3)'),
    {
      valueInteger: scores.composite.numbness,
    },
  );
  if (scores.function !== null)
    add(
      'function',
      ours('hand-function', 'Hand function difficulty (0–100, higher is harder)'),
      numberValue(scores.function, 'score'),
    );
  if (scores.symptomSeverity !== null)
    add(
      'symptom-severity',
      ours('symptom-severity', 'Symptom severity (1–5, mean of answered items)'),
      numberValue(scores.symptomSeverity, 'score'),
    );
  return out;
}

/**
 * What the pattern resembles, as a Condition that is never `confirmed`: a strong match is
 * `provisional`, a moderate or weak one `differential`. HandCheck suggests; a clinician diagnoses.
 */
function resemblanceCondition(stored: StoredCheckIn, n: number, res: Resemblance, k: number): Condition {
  const qr: Reference = { reference: `QuestionnaireResponse/${qrId(n)}` };
  const areaRefs: Reference[] = stored.checkIn.regions.flatMap((report, a) =>
    res.regions.includes(report.region)
      ? report.symptoms.map((_, s) => ({ reference: `Observation/${symptomObsId(n, a + 1, s + 1)}` }))
      : [],
  );
  const evidence = res.evidence.map((e) => ({
    code: [concept('evidence', e.id, e.text)],
    detail: [qr, ...areaRefs],
  }));
  const notes = [
    `A pattern HandCheck rules ${stored.assessment.rulesVersion} found in the check-in of ${stored.checkIn.date}; not a diagnosis.`,
    ...(res.against.length ? [`Against: ${res.against.map((e) => e.text).join(' ')}`] : []),
    ...(res.sources.length ? [`Sources: ${res.sources.join(', ')}`] : []),
  ];
  return {
    resourceType: 'Condition',
    id: `checkin-${n}-resembles-${k + 1}`,
    clinicalStatus: { coding: [{ system: FHIR_CS.conditionClinical, code: 'active' }] },
    verificationStatus: {
      coding: [
        {
          system: FHIR_CS.conditionVerification,
          code: res.strength === 'strong' ? 'provisional' : 'differential',
        },
      ],
    },
    code: {
      coding: [
        ...(CONDITION_CODES[res.condition] ?? []),
        { system: cs('condition'), code: res.condition, display: res.name },
      ],
      text: `Resembles ${res.name}: ${res.strength} match, not a diagnosis`,
    },
    ...(res.hands.length
      ? {
          bodySite: res.hands.map((h) => ({
            coding: [{ system: SNOMED, ...BODY_SNOMED.hand }],
            text: `${h} hand`,
          })),
        }
      : {}),
    subject: patientRef,
    recordedDate: stored.checkIn.date,
    evidence: evidence.length ? evidence : [{ detail: [qr, ...areaRefs] }],
    note: notes.map((text) => ({ text })),
  };
}

function procedure(t: StoredTreatment, index: number): Procedure {
  const p: Procedure = {
    resourceType: 'Procedure',
    id: `treatment-${index + 1}`,
    identifier: [{ system: idSystem('treatment'), value: t.id }],
    status: t.endedOn ? 'completed' : t.startedOn ? 'in-progress' : 'unknown',
    code: concept('treatment-kind', t.kind),
    subject: patientRef,
    outcome: concept('treatment-effect', t.effect),
  };
  if (t.startedOn || t.endedOn)
    p.performedPeriod = {
      ...(t.startedOn ? { start: t.startedOn } : {}),
      ...(t.endedOn ? { end: t.endedOn } : {}),
    };
  if (t.hand)
    p.bodySite = [
      {
        coding: [
          { system: SNOMED, ...BODY_SNOMED.hand },
          { system: cs('hand'), code: t.hand, display: words(t.hand) },
        ],
        text: t.hand === 'both' ? 'both hands' : `${t.hand} hand`,
      },
    ];
  if (t.note) p.note = [{ text: t.note }];
  return p;
}

/** An alert as a Flag: open alerts are `active`; acknowledged ones `inactive`, kept for the record. */
function flag(a: StoredAlert, index: number): Flag {
  const extension: Extension[] = [
    { url: ext('alert-level'), valueCode: a.level },
    ...a.sources.map((s) => ({ url: ext('source'), valueCode: s })),
  ];
  if (a.acknowledgedAt !== null)
    extension.push({ url: ext('acknowledged-at'), valueDateTime: a.acknowledgedAt });
  if (a.acknowledgedBy !== null)
    extension.push({ url: ext('acknowledged-by'), valueString: a.acknowledgedBy });
  return {
    resourceType: 'Flag',
    id: `alert-${index + 1}`,
    extension,
    identifier: [{ system: idSystem('alert'), value: a.key }],
    status: a.acknowledgedAt === null ? 'active' : 'inactive',
    category: [{ coding: [{ system: FHIR_CS.flagCategory, code: 'clinical', display: 'Clinical' }] }],
    code: { coding: [{ system: cs('alert-kind'), code: a.kind, display: words(a.kind) }], text: a.reason },
    subject: patientRef,
    period: { start: a.date },
  };
}

function documentReference(
  options: ExportOptions,
  pdf: NonNullable<ExportOptions['pdf']>,
): DocumentReference {
  return {
    resourceType: 'DocumentReference',
    id: 'gp-summary',
    status: 'current',
    type: { coding: [{ system: LOINC, ...LOINC_CODES.summaryNote }], text: 'HandCheck summary for the GP' },
    subject: patientRef,
    date: options.generatedAt,
    description: 'One-page summary of hand and wrist symptoms since the medicine started, for the GP.',
    content: [
      {
        attachment: {
          contentType: 'application/pdf',
          url: pdf.url,
          title: 'HandCheck GP summary',
          creation: options.generatedAt,
          ...(pdf.size !== undefined ? { size: pdf.size } : {}),
          ...(pdf.hash !== undefined ? { hash: pdf.hash } : {}),
        },
      },
    ],
  };
}

/** The whole record as one FHIR R4 Bundle of type `collection`. */
export function recordToBundle(record: PatientRecord, options: ExportOptions): Bundle {
  const resources: Resource[] = [
    patientResource(record),
    ...record.context.medicines.map(medicationStatement),
    checkInQuestionnaire(),
    handRegionValueSet(),
    ...record.checkIns.flatMap((stored, i) => {
      const n = i + 1;
      return [
        questionnaireResponse(stored, n),
        ...symptomObservations(stored.checkIn, n),
        ...scoreObservations(stored, n),
        ...stored.assessment.resembles.map((res, k) => resemblanceCondition(stored, n, res, k)),
      ];
    }),
    ...record.treatments.map(procedure),
    ...record.alerts.map(flag),
  ];
  if (options.pdf) resources.push(documentReference(options, options.pdf));

  const base = options.baseUrl?.replace(/\/+$/, '');
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: options.generatedAt,
    entry: resources.map((resource) => ({
      ...(base ? { fullUrl: `${base}/${resource.resourceType}/${resource.id}` } : {}),
      resource,
    })),
  };
}

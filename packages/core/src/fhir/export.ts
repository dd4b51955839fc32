/**
 * One person's HandCheck record as a FHIR R4 Bundle (type `collection`). Pure: the time of the
 * export and the PDF's address are passed in. docs/fhir.md describes every resource and code.
 *
 * Resource ids are positional (`checkin-2`, `checkin-2-area-1-3`), so they are always valid FHIR
 * ids whatever our own ids look like; our ids travel as `identifier` values.
 */

import type {
  Bundle,
  Condition,
  DocumentReference,
  Extension,
  Flag,
  MedicationStatement,
  Patient,
  Procedure,
  QuestionnaireResponse,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { isOpenAlert } from '../alerts/open';
import type { MedicineCourse } from '../checkin/context';
import type { PatientRecord, StoredAlert, StoredCheckIn, StoredTreatment } from '../record';
import { STOP_REASON_LABELS } from '../timeline/medicines';
import type { Resemblance } from '../triage/types';
import { assessmentToExtensions } from './assessmentExtension';
import { normaliseBase, rebase } from './canonical';
import {
  CONDITION_CODES,
  cs,
  DEFAULT_CANONICAL_BASE,
  DRUG_RXNORM,
  ext,
  FHIR_CS,
  idSystem,
  LOINC,
  LOINC_CODES,
  QUESTIONNAIRE_URL,
  QUESTIONNAIRE_VERSION,
  RXNORM,
  words,
} from './codes';
import { riskProfileExtension, riskResources } from './context';
import { handSite, scoreObservations, symptomObservations } from './observations';
import { checkInQuestionnaire, checkInToItems, handRegionValueSet } from './questionnaire';
import { concept, PATIENT_ID, patientRef, qrId, symptomObsId } from './refs';

export interface ExportOptions {
  /**
   * Base of HandCheck's own canonical URLs (code systems, extensions, identifier systems, the
   * Questionnaire), e.g. `${HANDCHECK_PUBLIC_URL}/fhir`. Default {@link DEFAULT_CANONICAL_BASE}.
   */
  readonly canonicalBase?: string;
  /** Server base URL; when given, every entry gets `fullUrl` = `${baseUrl}/${type}/${id}`. */
  readonly baseUrl?: string;
  /** When the export was made (FHIR instant, e.g. `2026-03-20T09:00:00Z`). */
  readonly generatedAt: string;
  /** The GP summary PDF, when one was made: becomes a DocumentReference. `hash` is base64 SHA-1. */
  readonly pdf?: { readonly url: string; readonly size?: number; readonly hash?: string };
}

function patientResource(record: PatientRecord): Patient {
  // The risk profile's answers are resources of their own (./context.ts); only what has no
  // standard home stays on the Patient, as one structured extension.
  const risk = riskProfileExtension(record.context.risk);
  const p: Patient = {
    resourceType: 'Patient',
    id: PATIENT_ID,
    ...(risk ? { extension: [risk] } : {}),
    identifier: [{ system: idSystem('patient'), value: record.patient.id }],
  };
  if (record.patient.name) p.name = [{ text: record.patient.name }];
  if (record.patient.email) p.telecom = [{ system: 'email', value: record.patient.email }];
  return p;
}

/**
 * A course's FHIR status: taking it (`active`), a pause (`on-hold`), a stop (`stopped`), a switch
 * or an ending with no reason given (`completed`). How it ended is also kept exactly, in our
 * `course-ended-by` extension, and why (the person's choice, and their words) in `statusReason`.
 */
function courseStatus(course: MedicineCourse): MedicationStatement['status'] {
  if (!course.stoppedOn) return 'active';
  if (course.endedBy === 'pause') return 'on-hold';
  if (course.endedBy === 'stop') return 'stopped';
  return 'completed';
}

function medicationStatement(course: MedicineCourse, index: number): MedicationStatement {
  const rx = DRUG_RXNORM[course.drug];
  const reason = course.stopReason
    ? [
        {
          coding: [
            {
              system: cs('stop-reason'),
              code: course.stopReason,
              display: STOP_REASON_LABELS[course.stopReason],
            },
          ],
          text: course.stopNote ?? STOP_REASON_LABELS[course.stopReason],
        },
      ]
    : course.stopNote
      ? [{ text: course.stopNote }]
      : undefined;
  return {
    resourceType: 'MedicationStatement',
    id: `medicine-${index + 1}`,
    ...(course.endedBy ? { extension: [{ url: ext('course-ended-by'), valueCode: course.endedBy }] } : {}),
    status: courseStatus(course),
    ...(reason ? { statusReason: reason } : {}),
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
    ...(course.stopNote ? { note: [{ text: course.stopNote }] } : {}),
  };
}

function questionnaireResponse(stored: StoredCheckIn, n: number): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    id: qrId(n),
    // The exact check-in and the assessment made when it was saved (with its rules version) are
    // the record; the items below say the same thing in FHIR's words for any reader.
    // The check-in is the items below (read back exactly through the same form); the assessment
    // made when it was saved is one structured extension (./assessmentExtension.ts).
    extension: [
      { url: ext('record-version'), valueInteger: stored.version },
      { url: ext('created-at'), valueDateTime: stored.createdAt },
      { url: ext('rules-version'), valueString: stored.assessment.rulesVersion },
      { url: ext('checkin-schema-version'), valueInteger: stored.checkIn.schemaVersion },
      { url: ext('assessment'), extension: assessmentToExtensions(stored.assessment) },
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
    ...(res.hands.length ? { bodySite: res.hands.map((h) => handSite(h)) } : {}),
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
  if (t.hand) {
    const site = handSite(t.hand);
    p.bodySite = [
      {
        ...site,
        coding: [...(site.coding ?? []), { system: cs('hand'), code: t.hand, display: words(t.hand) }],
      },
    ];
  }
  if (t.note) p.note = [{ text: t.note }];
  return p;
}

/**
 * An alert as a Flag: open alerts are `active`; acknowledged or resolved ones `inactive`, kept for
 * the record (a resolved episode's end is `period.end`).
 */
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
    status: isOpenAlert(a) ? 'active' : 'inactive',
    category: [{ coding: [{ system: FHIR_CS.flagCategory, code: 'clinical', display: 'Clinical' }] }],
    code: { coding: [{ system: cs('alert-kind'), code: a.kind, display: words(a.kind) }], text: a.reason },
    subject: patientRef,
    period: a.resolvedOn ? { start: a.date, end: a.resolvedOn } : { start: a.date },
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
    ...riskResources(record.context.risk),
    checkInQuestionnaire(),
    handRegionValueSet(),
    ...record.checkIns.flatMap((stored, i) => {
      const n = i + 1;
      return [
        questionnaireResponse(stored, n),
        ...symptomObservations(stored.checkIn, n, stored.updatedAt),
        ...scoreObservations(stored, n),
        ...stored.assessment.resembles.map((res, k) => resemblanceCondition(stored, n, res, k)),
      ];
    }),
    ...record.treatments.map(procedure),
    ...record.alerts.map(flag),
  ];
  if (options.pdf) resources.push(documentReference(options, options.pdf));

  const base = options.baseUrl?.replace(/\/+$/, '');
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: options.generatedAt,
    entry: resources.map((resource) => ({
      ...(base ? { fullUrl: `${base}/${resource.resourceType}/${resource.id}` } : {}),
      resource,
    })),
  };
  return rebase(
    bundle,
    DEFAULT_CANONICAL_BASE,
    normaliseBase(options.canonicalBase ?? DEFAULT_CANONICAL_BASE),
  );
}

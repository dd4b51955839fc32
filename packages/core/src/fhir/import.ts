/**
 * A FHIR Bundle back into a HandCheck record. Parse at the edge: everything read is checked with
 * core's zod schemas (`CheckIn`, `Context`, `Treatment`, and the assessment and alert schemas in
 * ./schemas.ts), and every problem names the entry and field. Never throws.
 *
 * Only HandCheck's own resources are read: responses to our Questionnaire, MedicationStatements
 * coding one of our medicines, and Procedures and Flags carrying our identifier systems. Anything
 * else in the bundle (other tools' data, and the Observations and Conditions we derive on export)
 * is left alone: the check-in and its stored assessment are the record, the rest is a view of it.
 */
import type {
  CodeableConcept,
  Extension,
  Flag,
  Identifier,
  MedicationStatement,
  Patient,
  Procedure,
  QuestionnaireResponse,
  Resource,
} from '@medplum/fhirtypes';
import type { ZodType } from 'zod';
import { Context, DRUGS, MedicineCourse, RiskProfile } from '../checkin/context';
import { type FieldError, fieldErrors } from '../checkin/parse';
import { CheckIn, Treatment } from '../checkin/schema';
import type { PatientInfo, PatientRecord, StoredAlert, StoredCheckIn, StoredTreatment } from '../record';
import type { Assessment } from '../triage/types';
import { extensionsToAssessment } from './assessmentExtension';
import { toDefaultBase } from './canonical';
import { cs, DRUG_RXNORM, ext, idSystem, QUESTIONNAIRE_URL, RXNORM } from './codes';
import { type ContextKey, contextKeyOf, readRisk } from './context';
import { itemsToCheckIn } from './questionnaire';
import { AssessmentSchema, StoredAlertSchema } from './schemas';

/** Which risk-profile field each context resource carries, and the FHIR element that holds it. */
const RISK_FIELD: Record<ContextKey, readonly [string, string]> = {
  bmi: ['bmi', 'valueQuantity.value'],
  diabetes: ['diabetes', 'verificationStatus'],
  arthritis: ['arthritis', 'code'],
  'prior-hand-problem': ['priorHandProblems', 'code'],
  'lymph-node-surgery': ['lymphNodeSurgerySide', 'bodySite'],
  chemotherapy: ['chemotherapy', 'code'],
  radiotherapy: ['radiotherapy', 'status'],
  'prior-hrt': ['priorHrt', 'status'],
  'prior-tamoxifen': ['priorTamoxifen', 'status'],
  'venous-line': ['venousLine', 'code'],
  'blood-thinners': ['bloodThinners', 'status'],
  'bone-density': ['boneDensity', 'valueCodeableConcept'],
  'bone-medicine': ['boneMedicine', 'status'],
};

export type ImportResult = { ok: true; record: PatientRecord } | { ok: false; errors: FieldError[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const extensionOf = (r: { extension?: Extension[] }, name: string) =>
  (Array.isArray(r.extension) ? r.extension : []).filter((e) => e?.url === ext(name));
const identifierOf = (ids: Identifier[] | Identifier | undefined, system: string) =>
  (Array.isArray(ids) ? ids : ids ? [ids] : []).find((i) => i?.system === system)?.value;
const ourCode = (c: CodeableConcept | undefined, system: string) =>
  (Array.isArray(c?.coding) ? c.coding : []).find((x) => x?.system === cs(system))?.code;

/** Drops keys whose value is undefined, so optional fields stay absent (as the schemas make them). */
const defined = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

class Collector {
  readonly errors: FieldError[] = [];

  add(field: string, message: string) {
    this.errors.push({ field, message });
  }

  /**
   * Parses `data` with `schema`; errors are named `${at}.${fhirName}…`, where `rename` maps the
   * first segment of our field path to where it lives in the FHIR resource.
   */
  parse<T>(
    schema: ZodType<T>,
    data: unknown,
    at: string,
    rename: Record<string, string> = {},
  ): T | undefined {
    const r = schema.safeParse(data);
    if (r.success) return r.data;
    for (const e of fieldErrors(r.error, '')) {
      if (e.field === '(root)') {
        this.add(at, e.message);
        continue;
      }
      const head = /^[^.[]+/.exec(e.field)?.[0] ?? e.field;
      this.add(`${at}.${rename[head] ?? head}${e.field.slice(head.length)}`, e.message);
    }
    return undefined;
  }

  /** Like {@link parse}, naming each problem by where its first field segment lives (`where`). */
  parseAt<T>(schema: ZodType<T>, data: unknown, where: (head: string) => string): T | undefined {
    const r = schema.safeParse(data);
    if (r.success) return r.data;
    for (const e of fieldErrors(r.error, '')) {
      const head = /^[^.[]+/.exec(e.field)?.[0] ?? e.field;
      this.add(e.field === '(root)' ? where('') : `${where(head)}${e.field.slice(head.length)}`, e.message);
    }
    return undefined;
  }

  /** Reads a JSON-carrying string extension; undefined (and an error) when it is not valid JSON. */
  json(r: { extension?: Extension[] }, name: string, at: string): unknown {
    const text = extensionOf(r, name)[0]?.valueString;
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      this.add(`${at}.extension(${name})`, 'must be valid JSON text');
      return undefined;
    }
  }
}

function readPatient(
  p: Patient,
  at: string,
  c: Collector,
): { info?: PatientInfo; legacyRisk: unknown; riskExtension?: Extension } {
  const id = identifierOf(p.identifier, idSystem('patient'));
  if (!id) c.add(`${at}.identifier`, `must hold the HandCheck patient id (system ${idSystem('patient')})`);
  const email = (Array.isArray(p.telecom) ? p.telecom : []).find((t) => t?.system === 'email')?.value ?? '';
  const name = Array.isArray(p.name) ? (p.name[0]?.text ?? null) : null;
  const [riskExtension] = extensionOf(p, 'risk-profile');
  return {
    ...(id ? { info: { id, email, name } } : {}),
    // Exports before December 2026 carried the whole risk profile as JSON text here.
    legacyRisk: riskExtension?.valueString !== undefined ? c.json(p, 'risk-profile', at) : undefined,
    ...(riskExtension?.extension ? { riskExtension } : {}),
  };
}

function readMedicine(m: MedicationStatement, at: string, c: Collector): MedicineCourse | undefined {
  if (contextKeyOf(m)) return undefined; // a risk-profile answer (earlier tamoxifen), not a course
  const concept = m.medicationCodeableConcept;
  const rxnorm = (concept?.coding ?? []).find((x) => x?.system === RXNORM)?.code;
  const drug =
    ourCode(concept, 'drug') ?? DRUGS.find((d) => rxnorm !== undefined && DRUG_RXNORM[d]?.code === rxnorm);
  if (drug === undefined) return undefined; // some other medicine, not a course HandCheck tracks
  // How it ended: our exact extension, else what FHIR's status says (a pause is on-hold, a stop stopped).
  const endedBy =
    extensionOf(m, 'course-ended-by')[0]?.valueCode ??
    (m.status === 'on-hold' ? 'pause' : m.status === 'stopped' ? 'stop' : undefined);
  const reasons = Array.isArray(m.statusReason) ? m.statusReason : [];
  const stopReason = reasons.map((r) => ourCode(r, 'stop-reason')).find((x) => x !== undefined);
  const note = Array.isArray(m.note) ? m.note[0]?.text : undefined;
  const raw = defined({
    drug,
    startedOn: m.effectivePeriod?.start,
    stoppedOn: m.effectivePeriod?.end,
    endedBy,
    stopReason,
    stopNote: note,
  });
  return c.parse(MedicineCourse, raw, at, {
    drug: 'medicationCodeableConcept',
    startedOn: 'effectivePeriod.start',
    stoppedOn: 'effectivePeriod.end',
    endedBy: 'extension(course-ended-by)',
    stopReason: 'statusReason',
    stopNote: 'note',
  });
}

function readCheckIn(qr: QuestionnaireResponse, at: string, c: Collector): StoredCheckIn | undefined {
  const id = identifierOf(qr.identifier, idSystem('checkin'));
  if (!id) c.add(`${at}.identifier`, `must hold the HandCheck check-in id (system ${idSystem('checkin')})`);
  const version = extensionOf(qr, 'record-version')[0]?.valueInteger ?? 1;
  if (!Number.isInteger(version) || version < 1)
    c.add(
      `${at}.extension(record-version)`,
      `must be a whole number from 1 (got ${JSON.stringify(version)})`,
    );
  const updatedAt = qr.authored ?? extensionOf(qr, 'created-at')[0]?.valueDateTime;
  const createdAt = extensionOf(qr, 'created-at')[0]?.valueDateTime ?? updatedAt;
  if (!updatedAt || !createdAt) c.add(`${at}.authored`, 'is required (when the check-in was saved)');

  // The answers, read back through the same form; exports before December 2026 also carried the
  // exact check-in as JSON text, which is read when present.
  const exact = c.json(qr, 'checkin-json', at);
  // The check-in format version the person answered; exports before December 2026 carry none and
  // held only version 1 check-ins.
  const schemaVersion = extensionOf(qr, 'checkin-schema-version')[0]?.valueInteger ?? 1;
  const fromItems = () => ({ ...itemsToCheckIn(Array.isArray(qr.item) ? qr.item : []), schemaVersion });
  const checkIn =
    exact !== undefined
      ? c.parse(CheckIn, exact, `${at}.extension(checkin-json)`)
      : c.parse(CheckIn, fromItems(), `${at}.item`, { schemaVersion: 'extension(checkin-schema-version)' });

  // The assessment: the structured extension, or (exports before December 2026) JSON text.
  const [structured] = extensionOf(qr, 'assessment');
  const legacy = extensionOf(qr, 'assessment-json').length > 0;
  const where = structured ? `${at}.extension(assessment)` : `${at}.extension(assessment-json)`;
  let rawAssessment: unknown;
  if (structured) {
    const decoded = extensionsToAssessment(Array.isArray(structured.extension) ? structured.extension : []);
    for (const p of decoded.problems) c.add(`${where}${p.path}`, p.message);
    rawAssessment = decoded.problems.length ? undefined : decoded.value;
  } else if (legacy) rawAssessment = c.json(qr, 'assessment-json', at);
  let assessment: Assessment | undefined;
  if (!structured && !legacy)
    c.add(
      `${at}.extension(assessment)`,
      'is missing: the assessment made when the check-in was saved is part of the record, and an import never recomputes it',
    );
  else if (rawAssessment !== undefined)
    assessment = c.parse(AssessmentSchema, rawAssessment, where) as Assessment | undefined;
  if (checkIn && assessment && assessment.checkInDate !== checkIn.date)
    c.add(
      `${where}.checkInDate`,
      `must be the check-in's date (${checkIn.date}, got ${assessment.checkInDate})`,
    );

  if (!id || !checkIn || !assessment || !updatedAt || !createdAt) return undefined;
  return { id, version, checkIn, assessment, createdAt, updatedAt };
}

function readTreatment(p: Procedure, at: string, c: Collector): StoredTreatment | undefined {
  const id = identifierOf(p.identifier, idSystem('treatment'));
  if (!id) return undefined; // not a HandCheck treatment
  const raw = defined({
    kind: ourCode(p.code, 'treatment-kind'),
    hand: ourCode(Array.isArray(p.bodySite) ? p.bodySite[0] : undefined, 'hand'),
    startedOn: p.performedPeriod?.start,
    endedOn: p.performedPeriod?.end,
    effect: ourCode(p.outcome, 'treatment-effect'),
    note: Array.isArray(p.note) ? p.note[0]?.text : undefined,
  });
  const t = c.parse(Treatment, raw, at, {
    kind: 'code',
    hand: 'bodySite',
    startedOn: 'performedPeriod.start',
    endedOn: 'performedPeriod.end',
    effect: 'outcome',
  });
  return t ? { ...t, id } : undefined;
}

function readAlert(f: Flag, at: string, c: Collector): StoredAlert | undefined {
  const key = identifierOf(f.identifier, idSystem('alert'));
  if (!key) return undefined; // not a HandCheck alert
  const raw = {
    key,
    kind: ourCode(f.code, 'alert-kind'),
    level: extensionOf(f, 'alert-level')[0]?.valueCode,
    date: f.period?.start,
    reason: f.code?.text ?? '',
    sources: extensionOf(f, 'source').map((e) => e.valueCode),
    acknowledgedAt: extensionOf(f, 'acknowledged-at')[0]?.valueDateTime ?? null,
    acknowledgedBy: extensionOf(f, 'acknowledged-by')[0]?.valueString ?? null,
    ...(f.period?.end ? { resolvedOn: f.period.end } : {}),
  };
  return c.parse(StoredAlertSchema, raw, at, {
    kind: 'code',
    level: 'extension(alert-level)',
    date: 'period.start',
    reason: 'code.text',
    sources: 'extension(source)',
    acknowledgedAt: 'extension(acknowledged-at)',
    acknowledgedBy: 'extension(acknowledged-by)',
    resolvedOn: 'period.end',
  });
}

function read(input: unknown): ImportResult {
  const c = new Collector();
  // Our URLs on the default base, whatever base the exporting server was configured with.
  const bundle = toDefaultBase(input);
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle')
    return {
      ok: false,
      errors: [{ field: '(root)', message: 'must be a FHIR Bundle (resourceType "Bundle")' }],
    };
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry))
    return { ok: false, errors: [{ field: 'entry', message: 'must be a list of entries' }] };
  const entries = (bundle.entry ?? []) as unknown[];

  let patient: (ReturnType<typeof readPatient> & { at: string }) | undefined;
  const context: { key: ContextKey; resource: Resource; at: string }[] = [];
  const medicines: MedicineCourse[] = [];
  const checkIns: StoredCheckIn[] = [];
  const treatments: StoredTreatment[] = [];
  const alerts: StoredAlert[] = [];

  entries.forEach((entry, i) => {
    const at = `entry[${i}].resource`;
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(resource) || typeof resource.resourceType !== 'string') {
      c.add(at, 'must be a FHIR resource (an object with resourceType)');
      return;
    }
    const key = contextKeyOf(resource as { identifier?: { system?: string; value?: string }[] });
    if (key) {
      context.push({ key, resource: resource as unknown as Resource, at });
      return;
    }
    switch (resource.resourceType) {
      case 'Patient':
        if (patient) c.add(at, `is a second Patient (the first is ${patient.at}); a bundle holds one person`);
        else patient = { ...readPatient(resource as unknown as Patient, at, c), at };
        break;
      case 'MedicationStatement': {
        const m = readMedicine(resource as unknown as MedicationStatement, at, c);
        if (m) medicines.push(m);
        break;
      }
      case 'QuestionnaireResponse': {
        const qr = resource as unknown as QuestionnaireResponse;
        if (typeof qr.questionnaire !== 'string' || !qr.questionnaire.startsWith(QUESTIONNAIRE_URL)) break;
        const s = readCheckIn(qr, at, c);
        if (s) checkIns.push(s);
        break;
      }
      case 'Procedure': {
        const t = readTreatment(resource as unknown as Procedure, at, c);
        if (t) treatments.push(t);
        break;
      }
      case 'Flag': {
        const a = readAlert(resource as unknown as Flag, at, c);
        if (a) alerts.push(a);
        break;
      }
    }
  });

  if (!patient) c.add('entry', 'must contain one Patient (the person this record belongs to)');
  // Each risk answer's problem is named where it lives: the Condition, Procedure or Observation
  // that carries it, or the Patient's risk-profile extension.
  const riskAt = `${patient?.at}.extension(risk-profile)`;
  const risk = patient
    ? patient.legacyRisk !== undefined
      ? c.parse(RiskProfile, patient.legacyRisk, riskAt)
      : c.parseAt(RiskProfile, readRisk(patient.riskExtension, context), (head) => {
          const from = context.find((x) => RISK_FIELD[x.key]?.[0] === head);
          return from ? `${from.at}.${RISK_FIELD[from.key]?.[1]}` : `${riskAt}.${head}`;
        })
    : undefined;
  const parsedContext = c.parse(Context, { medicines, risk: risk ?? {} }, 'context');

  if (c.errors.length || !patient?.info || !parsedContext) return { ok: false, errors: c.errors };
  return {
    ok: true,
    record: { patient: patient.info, context: parsedContext, checkIns, treatments, alerts },
  };
}

/**
 * Reads a FHIR Bundle made by {@link recordToBundle} (or shaped like one) back into a record.
 * Bad input gives `{ ok: false, errors }` with one entry per problem, each naming the field, e.g.
 * `entry[4].resource.extension(checkin-json).regions[0].severity must be 0–10 (got 14)`.
 */
export function bundleToRecord(bundle: unknown): ImportResult {
  try {
    return read(bundle);
  } catch (e) {
    // Defensive: a shape no check above foresaw. Still an answer, never a throw.
    return {
      ok: false,
      errors: [{ field: '(root)', message: `could not be read: ${(e as Error).message}` }],
    };
  }
}

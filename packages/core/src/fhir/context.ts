/**
 * The risk profile (checkin/context.ts `RiskProfile`) as standard resources, and back.
 *
 * Each answer goes where a receiving system looks for it: BMI an Observation (LOINC 39156-5),
 * diabetes, arthritis and earlier hand problems Conditions, lymph-node surgery a Procedure with its
 * side, earlier chemotherapy, radiotherapy and hormone replacement therapy Procedures, earlier
 * tamoxifen a MedicationStatement. A "no" is kept as a "no": a Condition `refuted`, a Procedure
 * `not-done`, a MedicationStatement `not-taken` (so the record comes back exactly, and a reader sees
 * the answer was asked). What has no standard home (age without a birth date, menopause status,
 * years since the last period) is one structured Patient extension, `risk-profile`.
 *
 * Every resource made here carries the identifier system `{base}/id/context` with a value naming
 * the answer (`bmi`, `diabetes`, …), which is how the import finds them.
 */
import type {
  CodeableConcept,
  Condition,
  Extension,
  MedicationStatement,
  Observation,
  Procedure,
  Resource,
} from '@medplum/fhirtypes';
import type { RiskProfile } from '../checkin/context';
import {
  CONDITION_CODES,
  CONTEXT_CODES,
  cs,
  ext,
  FHIR_CS,
  idSystem,
  LATERALITY_SNOMED,
  LOINC,
  SNOMED,
  UCUM,
  words,
} from './codes';
import { patientRef } from './refs';

/** Identifier values of the context resources. */
export type ContextKey =
  | 'bmi'
  | 'diabetes'
  | 'arthritis'
  | 'prior-hand-problem'
  | 'lymph-node-surgery'
  | 'chemotherapy'
  | 'radiotherapy'
  | 'prior-hrt'
  | 'prior-tamoxifen'
  | 'venous-line'
  | 'blood-thinners'
  | 'bone-density'
  | 'bone-medicine';

const contextId = (key: ContextKey) => [{ system: idSystem('context'), value: key }];
const REPORTED =
  'Answered by the person in HandCheck’s questions about their health, not a clinician’s record.';

const sct = (c: { code: string; display: string }) => ({ system: SNOMED, ...c });

/** A side (left, right, both) as our code, plain words, and the SNOMED laterality qualifier. */
function sideSite(side: 'left' | 'right' | 'both', where: string): CodeableConcept {
  return {
    extension: [{ url: ext('laterality'), valueCodeableConcept: { coding: [sct(LATERALITY_SNOMED[side])] } }],
    coding: [{ system: cs('side'), code: side, display: side }],
    text: side === 'both' ? `${where}, both sides` : `${side} ${where}`,
  };
}

function reportedCondition(
  key: ContextKey,
  n: number,
  code: CodeableConcept,
  present: boolean,
  active: boolean,
): Condition {
  return {
    resourceType: 'Condition',
    id: `context-${key}${n ? `-${n}` : ''}`,
    identifier: contextId(key),
    ...(present
      ? active
        ? { clinicalStatus: { coding: [{ system: FHIR_CS.conditionClinical, code: 'active' }] } }
        : {}
      : { verificationStatus: { coding: [{ system: FHIR_CS.conditionVerification, code: 'refuted' }] } }),
    code,
    subject: patientRef,
    asserter: patientRef,
    note: [{ text: REPORTED }],
  };
}

function historyProcedure(
  key: ContextKey,
  n: number,
  code: CodeableConcept,
  done: boolean,
  extra: Partial<Procedure> = {},
): Procedure {
  return {
    resourceType: 'Procedure',
    id: `context-${key}${n ? `-${n}` : ''}`,
    identifier: contextId(key),
    status: done ? 'completed' : 'not-done',
    code,
    subject: patientRef,
    asserter: patientRef,
    note: [{ text: REPORTED }],
    ...extra,
  };
}

const PRIOR_HAND_PROBLEM_NAMES = {
  carpal_tunnel: 'Carpal tunnel syndrome',
  trigger_finger: 'Trigger finger',
  de_quervain: 'De Quervain’s tenosynovitis',
  arthritis: 'Arthritis in the hands',
  other: 'Another hand problem',
} as const;

/** The risk profile as resources (see the file comment), in a fixed order. */
export function riskResources(risk: RiskProfile): Resource[] {
  const out: Resource[] = [];
  if (risk.bmi !== undefined) {
    const bmi: Observation = {
      resourceType: 'Observation',
      id: 'context-bmi',
      identifier: contextId('bmi'),
      status: 'final',
      category: [
        { coding: [{ system: FHIR_CS.observationCategory, code: 'vital-signs', display: 'Vital Signs' }] },
      ],
      code: { coding: [{ system: LOINC, ...CONTEXT_CODES.bmi }], text: 'Body mass index' },
      subject: patientRef,
      performer: [patientRef],
      valueQuantity: { value: risk.bmi, unit: 'kg/m2', system: UCUM, code: 'kg/m2' },
      note: [{ text: REPORTED }],
    };
    out.push(bmi);
  }
  if (risk.diabetes !== undefined)
    out.push(
      reportedCondition(
        'diabetes',
        0,
        { coding: [sct(CONTEXT_CODES.diabetes)], text: 'Diabetes' },
        risk.diabetes,
        true,
      ),
    );
  if (risk.arthritis !== undefined)
    out.push(
      reportedCondition(
        'arthritis',
        0,
        {
          coding: [
            sct(CONTEXT_CODES.arthritis),
            { system: cs('arthritis'), code: risk.arthritis, display: words(risk.arthritis) },
          ],
          text: risk.arthritis === 'none' ? 'No arthritis' : `Arthritis (${words(risk.arthritis)})`,
        },
        risk.arthritis !== 'none',
        true,
      ),
    );
  if (risk.priorHandProblems !== undefined) {
    if (risk.priorHandProblems.length === 0)
      out.push(
        reportedCondition('prior-hand-problem', 0, { text: 'No earlier hand problems' }, false, false),
      );
    risk.priorHandProblems.forEach((p, i) => {
      out.push(
        reportedCondition(
          'prior-hand-problem',
          i + 1,
          {
            coding: [
              ...(p === 'arthritis'
                ? [sct(CONTEXT_CODES.arthritis)]
                : p === 'other'
                  ? []
                  : (CONDITION_CODES[p] ?? [])),
              { system: cs('prior-hand-problem'), code: p, display: words(p) },
            ],
            text: `Earlier: ${PRIOR_HAND_PROBLEM_NAMES[p]}`,
          },
          true,
          false,
        ),
      );
    });
  }
  if (risk.lymphNodeSurgerySide !== undefined) {
    const side = risk.lymphNodeSurgerySide;
    out.push(
      historyProcedure(
        'lymph-node-surgery',
        0,
        { coding: [sct(CONTEXT_CODES.axillaryNodes)], text: 'Lymph nodes removed from the armpit' },
        side !== 'none',
        side !== 'none' ? { bodySite: [sideSite(side, 'armpit')] } : {},
      ),
    );
  }
  if (risk.chemotherapy !== undefined) {
    if (risk.chemotherapy.length === 0)
      out.push(
        historyProcedure(
          'chemotherapy',
          0,
          { coding: [sct(CONTEXT_CODES.chemotherapy)], text: 'Chemotherapy' },
          false,
        ),
      );
    risk.chemotherapy.forEach((kind, i) => {
      out.push(
        historyProcedure(
          'chemotherapy',
          i + 1,
          {
            coding: [
              sct(CONTEXT_CODES.chemotherapy),
              { system: cs('chemotherapy-kind'), code: kind, display: words(kind) },
            ],
            text: `Chemotherapy (${words(kind)})`,
          },
          true,
        ),
      );
    });
  }
  if (risk.radiotherapy !== undefined)
    out.push(
      historyProcedure(
        'radiotherapy',
        0,
        { coding: [sct(CONTEXT_CODES.radiotherapy)], text: 'Radiotherapy' },
        risk.radiotherapy,
      ),
    );
  if (risk.priorHrt !== undefined)
    out.push(
      historyProcedure(
        'prior-hrt',
        0,
        {
          coding: [
            sct(CONTEXT_CODES.hormoneTherapy),
            { system: cs('history'), code: 'hrt', display: 'hormone replacement therapy' },
          ],
          text: 'Hormone replacement therapy before the cancer diagnosis',
        },
        risk.priorHrt,
      ),
    );
  if (risk.priorTamoxifen !== undefined) {
    const m: MedicationStatement = {
      resourceType: 'MedicationStatement',
      id: 'context-prior-tamoxifen',
      identifier: contextId('prior-tamoxifen'),
      status: risk.priorTamoxifen ? 'completed' : 'not-taken',
      medicationCodeableConcept: {
        coding: [{ system: cs('drug'), code: 'tamoxifen', display: 'tamoxifen' }],
        text: 'tamoxifen, before the current medicine',
      },
      subject: patientRef,
      informationSource: patientRef,
      note: [{ text: REPORTED }],
    };
    out.push(m);
  }
  if (risk.venousLine !== undefined || risk.venousLineSide !== undefined) {
    const line = risk.venousLine;
    out.push(
      historyProcedure(
        'venous-line',
        0,
        {
          ...(line ? { coding: [{ system: cs('venous-line'), code: line, display: words(line) }] } : {}),
          text:
            line === 'port'
              ? 'Port for treatment'
              : line === 'picc'
                ? 'PICC line for treatment'
                : line === 'none'
                  ? 'No port or PICC line'
                  : 'Port or PICC line',
        },
        line !== 'none',
        {
          ...(line === undefined ? { status: 'unknown' as const } : {}),
          ...(risk.venousLineSide ? { bodySite: [sideSite(risk.venousLineSide, 'arm')] } : {}),
        },
      ),
    );
  }
  const medicineClass = (
    key: ContextKey,
    code: string,
    text: string,
    taken: boolean,
  ): MedicationStatement => ({
    resourceType: 'MedicationStatement',
    id: `context-${key}`,
    identifier: contextId(key),
    status: taken ? 'active' : 'not-taken',
    medicationCodeableConcept: {
      coding: [{ system: cs('medicine-class'), code, display: words(code) }],
      text,
    },
    subject: patientRef,
    informationSource: patientRef,
    note: [{ text: REPORTED }],
  });
  if (risk.bloodThinners !== undefined)
    out.push(
      medicineClass('blood-thinners', 'anticoagulant', 'A blood thinner (anticoagulant)', risk.bloodThinners),
    );
  if (risk.boneMedicine !== undefined)
    out.push(
      medicineClass(
        'bone-medicine',
        'bone_medicine',
        'A bone medicine (such as a bisphosphonate or denosumab)',
        risk.boneMedicine,
      ),
    );
  if (risk.boneDensity !== undefined || risk.lastBoneScanOn !== undefined) {
    const d = risk.boneDensity;
    const bone: Observation = {
      resourceType: 'Observation',
      id: 'context-bone-density',
      identifier: contextId('bone-density'),
      status: 'final',
      code: {
        coding: [{ system: cs('history'), code: 'bone_density', display: 'bone density, as last told' }],
        text: 'Bone density (DXA), as last told',
      },
      subject: patientRef,
      performer: [patientRef],
      ...(risk.lastBoneScanOn ? { effectiveDateTime: risk.lastBoneScanOn } : {}),
      ...(d
        ? {
            valueCodeableConcept: {
              coding: [
                ...(d === 'osteoporosis' ? [sct(CONTEXT_CODES.osteoporosis)] : []),
                { system: cs('bone-density'), code: d, display: words(d) },
              ],
              text: d === 'unknown' ? 'not known' : words(d),
            },
          }
        : {}),
      note: [{ text: REPORTED }],
    };
    out.push(bone);
  }
  return out;
}

/** What has no standard home, as one structured extension on the Patient (or none). */
export function riskProfileExtension(risk: RiskProfile): Extension | undefined {
  const extension: Extension[] = [];
  if (risk.age !== undefined) extension.push({ url: 'age', valueInteger: risk.age });
  if (risk.menopause !== undefined) extension.push({ url: 'menopause', valueCode: risk.menopause });
  if (risk.yearsSinceLastPeriod !== undefined)
    extension.push({ url: 'yearsSinceLastPeriod', valueDecimal: risk.yearsSinceLastPeriod });
  return extension.length ? { url: ext('risk-profile'), extension } : undefined;
}

/** The context identifier value of a resource, when it is one of ours. */
export function contextKeyOf(r: {
  identifier?: { system?: string; value?: string }[];
}): ContextKey | undefined {
  const ids = Array.isArray(r.identifier) ? r.identifier : [];
  return ids.find((i) => i?.system === idSystem('context'))?.value as ContextKey | undefined;
}

const ourCode = (c: CodeableConcept | undefined, system: string) =>
  (Array.isArray(c?.coding) ? c.coding : []).find((x) => x?.system === cs(system))?.code;

const isRefuted = (c: Condition) => c.verificationStatus?.coding?.some((x) => x?.code === 'refuted') === true;

/**
 * The risk profile back from the Patient's `risk-profile` extension and the context resources
 * (unvalidated: parse with `RiskProfile`).
 */
export function readRisk(
  patientExtension: Extension | undefined,
  resources: readonly { key: ContextKey; resource: Resource }[],
): Record<string, unknown> {
  const risk: Record<string, unknown> = {};
  for (const e of Array.isArray(patientExtension?.extension) ? patientExtension.extension : []) {
    if (e?.url === 'age') risk.age = e.valueInteger;
    if (e?.url === 'menopause') risk.menopause = e.valueCode;
    if (e?.url === 'yearsSinceLastPeriod') risk.yearsSinceLastPeriod = e.valueDecimal;
  }
  for (const { key, resource } of resources) {
    const condition = resource as Condition;
    const procedure = resource as Procedure;
    switch (key) {
      case 'bmi':
        risk.bmi = (resource as Observation).valueQuantity?.value;
        break;
      case 'diabetes':
        risk.diabetes = !isRefuted(condition);
        break;
      case 'arthritis':
        risk.arthritis = ourCode(condition.code, 'arthritis');
        break;
      case 'prior-hand-problem': {
        const list = (risk.priorHandProblems as unknown[] | undefined) ?? [];
        if (!isRefuted(condition)) list.push(ourCode(condition.code, 'prior-hand-problem'));
        risk.priorHandProblems = list;
        break;
      }
      case 'lymph-node-surgery':
        risk.lymphNodeSurgerySide =
          procedure.status === 'not-done'
            ? 'none'
            : ourCode(Array.isArray(procedure.bodySite) ? procedure.bodySite[0] : undefined, 'side');
        break;
      case 'chemotherapy': {
        const list = (risk.chemotherapy as unknown[] | undefined) ?? [];
        if (procedure.status !== 'not-done') list.push(ourCode(procedure.code, 'chemotherapy-kind'));
        risk.chemotherapy = list;
        break;
      }
      case 'radiotherapy':
        risk.radiotherapy = procedure.status !== 'not-done';
        break;
      case 'prior-hrt':
        risk.priorHrt = procedure.status !== 'not-done';
        break;
      case 'prior-tamoxifen':
        risk.priorTamoxifen = (resource as MedicationStatement).status !== 'not-taken';
        break;
      case 'venous-line': {
        const line = ourCode(procedure.code, 'venous-line');
        if (line !== undefined) risk.venousLine = line;
        const side = ourCode(Array.isArray(procedure.bodySite) ? procedure.bodySite[0] : undefined, 'side');
        if (side !== undefined) risk.venousLineSide = side;
        break;
      }
      case 'blood-thinners':
        risk.bloodThinners = (resource as MedicationStatement).status !== 'not-taken';
        break;
      case 'bone-medicine':
        risk.boneMedicine = (resource as MedicationStatement).status !== 'not-taken';
        break;
      case 'bone-density': {
        const o = resource as Observation;
        const d = ourCode(o.valueCodeableConcept, 'bone-density');
        if (d !== undefined) risk.boneDensity = d;
        if (o.effectiveDateTime !== undefined) risk.lastBoneScanOn = o.effectiveDateTime;
        break;
      }
    }
  }
  return risk;
}

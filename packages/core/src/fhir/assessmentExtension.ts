/**
 * The stored assessment as one complex FHIR extension with typed sub-extensions, field by field
 * (no JSON text anywhere). Its readable parts also travel as standard resources (what a pattern
 * resembles as Conditions, the scores as Observations); this extension is for what has no standard
 * home: the rule trace that makes the record exact (evidence ids and texts, source ids, rules
 * version, next steps and what to tell the GP).
 *
 * One table (`ASSESSMENT`) describes every field of the `Assessment` contract (triage/types.ts);
 * encoding and decoding both read it. Each field becomes a sub-extension whose `url` is the field
 * name: text as valueString, ids and enum values as valueCode, dates as valueDate, numbers as
 * valueDecimal (or valueInteger where the contract says whole number), yes/no as valueBoolean,
 * objects as nested sub-extensions, and a list as the field repeated. An absent optional field or a
 * null is simply not sent (the table says which the field is). Two markers keep the round trip
 * exact where FHIR has no empty element: an object with no fields set is `valueBoolean: true`, and
 * an empty list in an optional list field is `valueBoolean: false`.
 */
import type { Extension } from '@medplum/fhirtypes';

type Scalar = 'string' | 'code' | 'date' | 'decimal' | 'integer' | 'boolean';
interface Field {
  readonly type: Scalar | Shape;
  readonly list?: boolean;
  readonly nullable?: boolean;
  readonly optional?: boolean;
}
interface Shape {
  readonly fields: Readonly<Record<string, Field>>;
}

const f = (type: Scalar | Shape, more: Omit<Field, 'type'> = {}): Field => ({ type, ...more });
const shape = (fields: Record<string, Field>): Shape => ({ fields });
const list = (type: Scalar | Shape, more: Omit<Field, 'type' | 'list'> = {}) =>
  f(type, { ...more, list: true });
const nullable = (type: Scalar | Shape) => f(type, { nullable: true });
const optional = (type: Scalar | Shape) => f(type, { optional: true });

const EVIDENCE = shape({ id: f('code'), text: f('string'), sources: list('code') });
const ATTRIBUTES = shape({
  frequency: optional('integer'),
  severity: optional('integer'),
  interference: optional('integer'),
});

/** Every field of a stored assessment (triage/types.ts `Assessment`). */
export const ASSESSMENT: Shape = shape({
  rulesVersion: f('string'),
  checkInDate: f('date'),
  redFlags: list(
    shape({
      id: f('code'),
      name: optional('string'),
      urgency: f('code'),
      reason: f('string'),
      action: f('string'),
      regions: list('code'),
      sources: list('code'),
    }),
  ),
  resembles: list(
    shape({
      condition: f('code'),
      name: f('string'),
      score: f('decimal'),
      strength: f('code'),
      hands: list('code'),
      regions: list('code'),
      where: optional('string'),
      grade: optional('string'),
      evidence: list(EVIDENCE),
      against: list(EVIDENCE),
      sources: list('code'),
    }),
  ),
  nextSteps: list(
    shape({
      id: f('code'),
      condition: nullable('code'),
      text: f('string'),
      who: f('code'),
      sources: list('code'),
      redFlag: optional('code'),
      urgency: optional('code'),
      status: optional('code'),
    }),
  ),
  timing: f(
    shape({
      medicine: nullable('code'),
      medicineStartedOn: nullable('date'),
      weeksSinceStart: nullable('decimal'),
      earliestOnset: nullable('date'),
      onsetWeeksAfterStart: nullable('decimal'),
      onsetBeforeMedicine: nullable('boolean'),
      inEarlyWindow: nullable('boolean'),
    }),
  ),
  scores: f(
    shape({
      katz: f(shape({ left: f('code'), right: f('code') })),
      cts6: f(
        shape({
          historyPoints: f('decimal'),
          maxFromHistory: f('decimal'),
          itemsPresent: list('code'),
          examItemsToCheck: list('string'),
          hands: list('code', { optional: true }),
        }),
      ),
      pain: f(
        shape({
          worst: nullable('decimal'),
          average: nullable('decimal'),
          interference: nullable('decimal'),
        }),
      ),
      symptomSeverity: nullable('decimal'),
      function: nullable('decimal'),
      composite: f(shape({ jointPain: f('integer'), numbness: f('integer') })),
      compositeAttributes: optional(shape({ jointPain: f(ATTRIBUTES), numbness: f(ATTRIBUTES) })),
    }),
  ),
  tellYourGp: list('string'),
});

const VALUE_KEY: Record<Scalar, keyof Extension> = {
  string: 'valueString',
  code: 'valueCode',
  date: 'valueDate',
  decimal: 'valueDecimal',
  integer: 'valueInteger',
  boolean: 'valueBoolean',
};

function encodeValue(url: string, type: Scalar | Shape, value: unknown): Extension {
  if (typeof type === 'string') return { url, [VALUE_KEY[type]]: value } as Extension;
  const extension = encodeShape(type, value as Record<string, unknown>);
  return extension.length ? { url, extension } : { url, valueBoolean: true };
}

function encodeShape(s: Shape, data: Record<string, unknown>): Extension[] {
  const out: Extension[] = [];
  for (const [name, field] of Object.entries(s.fields)) {
    const value = data[name];
    if (value === undefined || value === null) continue;
    if (field.list) {
      const items = value as unknown[];
      if (items.length === 0 && field.optional) out.push({ url: name, valueBoolean: false });
      for (const item of items) out.push(encodeValue(name, field.type, item));
    } else out.push(encodeValue(name, field.type, value));
  }
  return out;
}

/** The assessment's fields as sub-extensions of one extension (`url` is the caller's). */
export function assessmentToExtensions(assessment: object): Extension[] {
  return encodeShape(ASSESSMENT, assessment as Record<string, unknown>);
}

/** A problem found while decoding: the path of sub-extension urls, and what is wrong. */
export interface DecodeProblem {
  readonly path: string;
  readonly message: string;
}

function decodeValue(type: Scalar | Shape, e: Extension, path: string, problems: DecodeProblem[]): unknown {
  if (typeof type === 'string') {
    const v = (e as unknown as Record<string, unknown>)[VALUE_KEY[type]];
    if (v === undefined) problems.push({ path, message: `must carry ${VALUE_KEY[type]}` });
    return v;
  }
  // `valueBoolean: true` with no sub-extensions: the object had no field set (nulls, absent options).
  return decodeShape(type, Array.isArray(e.extension) ? e.extension : [], path, problems);
}

function decodeShape(
  s: Shape,
  extensions: readonly Extension[],
  path: string,
  problems: DecodeProblem[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(s.fields)) {
    const found = extensions.filter((e) => e?.url === name);
    const at = `${path}.${name}`;
    if (field.list) {
      if (found.length === 0) {
        if (!field.optional) out[name] = [];
        continue;
      }
      const items = found.filter((e) => !(field.optional && e.valueBoolean === false && !e.extension));
      out[name] = items.map((e, i) => decodeValue(field.type, e, `${at}[${i}]`, problems));
      continue;
    }
    const [first] = found;
    if (!first) {
      if (field.nullable) out[name] = null;
      else if (!field.optional) problems.push({ path: at, message: 'is missing' });
      continue;
    }
    out[name] = decodeValue(field.type, first, at, problems);
  }
  return out;
}

/**
 * The assessment back from its sub-extensions (unvalidated: parse with the assessment schema).
 * Problems name the sub-extension path, e.g. `.scores.katz.left is missing`.
 */
export function extensionsToAssessment(extensions: readonly Extension[]): {
  value: Record<string, unknown>;
  problems: DecodeProblem[];
} {
  const problems: DecodeProblem[] = [];
  const value = decodeShape(ASSESSMENT, extensions, '', problems);
  return { value, problems };
}

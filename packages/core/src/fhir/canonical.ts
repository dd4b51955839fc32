/**
 * The canonical base of HandCheck's own URLs (code systems, extensions, identifier systems, the
 * Questionnaire and ValueSet), configurable per deployment.
 *
 * The builders always write {@link DEFAULT_CANONICAL_BASE}; the export then rebases the finished
 * Bundle onto the configured base, and the import finds the base a Bundle was written with (from
 * the Patient's identifier system `…/id/patient`, else the response's `…/Questionnaire/checkin`)
 * and rebases it back before reading. Only URL-holding elements are touched (`system`, `url`,
 * `questionnaire`, `answerValueSet`), never free text, so a note that happens to start with the
 * base stays as written.
 */
import { DEFAULT_CANONICAL_BASE } from './codes';

const URL_KEYS = new Set(['system', 'url', 'questionnaire', 'answerValueSet']);

/** Normalises a configured base: no trailing slash. */
export const normaliseBase = (base: string) => base.replace(/\/+$/, '');

/** A deep copy of `value` with every URL element that starts with `from` moved onto `to`. */
export function rebase<T>(value: T, from: string, to: string): T {
  if (from === to) return value;
  const prefix = `${from}/`;
  const walk = (v: unknown, key: string | undefined): unknown => {
    if (typeof v === 'string')
      return key !== undefined && URL_KEYS.has(key) && (v === from || v.startsWith(prefix))
        ? to + v.slice(from.length)
        : v;
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      const out = new Array(v.length);
      for (let i = 0; i < v.length; i++) out[i] = walk(v[i], key);
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const k in v) out[k] = walk((v as Record<string, unknown>)[k], k);
    return out;
  };
  return walk(value, undefined) as T;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strip = (s: unknown, tail: string) =>
  typeof s === 'string' && s.endsWith(tail) && s.length > tail.length ? s.slice(0, -tail.length) : undefined;

/**
 * The base a Bundle's HandCheck resources were written with, or undefined when it holds none of
 * ours. Read from the Patient's identifier system (`{base}/id/patient`), else from a response's
 * questionnaire (`{base}/Questionnaire/checkin|1`).
 */
export function detectBase(bundle: unknown): string | undefined {
  if (!isObject(bundle) || !Array.isArray(bundle.entry)) return undefined;
  const resources = bundle.entry.map((e) => (isObject(e) ? e.resource : undefined)).filter(isObject);
  for (const r of resources) {
    if (r.resourceType !== 'Patient' || !Array.isArray(r.identifier)) continue;
    for (const id of r.identifier) {
      const base = isObject(id) ? strip(id.system, '/id/patient') : undefined;
      if (base) return base;
    }
  }
  for (const r of resources) {
    if (r.resourceType !== 'QuestionnaireResponse' || typeof r.questionnaire !== 'string') continue;
    const base = strip(r.questionnaire.split('|')[0], '/Questionnaire/checkin');
    if (base) return base;
  }
  return undefined;
}

/** The Bundle with its HandCheck URLs on the default base, whatever base it was written with. */
export function toDefaultBase(bundle: unknown): unknown {
  const base = detectBase(bundle);
  return base ? rebase(bundle, base, DEFAULT_CANONICAL_BASE) : bundle;
}

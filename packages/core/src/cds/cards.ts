/**
 * CDS Hooks 2.0 for HandCheck: when a clinician opens a patient's chart (`patient-view`), the EHR
 * asks "anything to show?" and gets cards: red flags first (`critical`), then open worsening alerts
 * (`warning`), then the current pattern and what is asked of the GP (`info`).
 *
 * Spec: https://cds-hooks.hl7.org/2.0/ — Discovery (§ "Discovery"), Card attributes (§ "Card
 * Attributes": `summary` < 140 characters, `indicator` info|warning|critical, `source.label`
 * required), Link (`type` absolute|smart). Pure: the server passes the record, today and links.
 */

import { z } from 'zod';
import { openAlerts } from '../alerts/open';
import { safeText } from '../checkin/text';
import { DEFAULT_CANONICAL_BASE } from '../fhir/codes';
import type { SourceId } from '../knowledge/sources';
import type { PatientRecord } from '../record';
import { type GpSummary, gpSummary } from '../report/gpSummary';
import { uuidV5 } from './uuid';

/** The id of HandCheck's one CDS service. */
export const CDS_SERVICE_ID = 'handcheck-patient-view';

/** Card `summary` must be shorter than 140 characters (CDS Hooks 2.0, Card attributes). */
export const CDS_SUMMARY_MAX = 140;

export type CdsIndicator = 'info' | 'warning' | 'critical';

/** A FHIR Coding, as `source.topic`. */
export interface CdsCoding {
  readonly system?: string;
  readonly code: string;
  readonly display?: string;
}

export interface CdsSource {
  readonly label: string;
  readonly url?: string;
  readonly icon?: string;
  readonly topic?: CdsCoding;
}

export interface CdsLink {
  readonly label: string;
  readonly url: string;
  readonly type: 'absolute' | 'smart';
  readonly appContext?: string;
}

/** A card (CDS Hooks 2.0). HandCheck cards carry no suggestions: they inform, the clinician decides. */
export interface Card {
  readonly uuid: string;
  readonly summary: string;
  /** GitHub-flavoured markdown. */
  readonly detail?: string;
  readonly indicator: CdsIndicator;
  readonly source: CdsSource;
  readonly links?: readonly CdsLink[];
}

export interface CdsResponse {
  readonly cards: readonly Card[];
}

export interface CdsService {
  readonly hook: string;
  readonly id: string;
  readonly title?: string;
  readonly description: string;
  readonly prefetch?: Readonly<Record<string, string>>;
  readonly usageRequirements?: string;
}

export interface CdsDiscovery {
  readonly services: readonly CdsService[];
}

/**
 * Coding system for `source.topic` on HandCheck cards, under the same canonical base as the FHIR
 * export's code systems (`links.canonicalBase`, `${HANDCHECK_PUBLIC_URL}/fhir` on a configured
 * server; default {@link DEFAULT_CANONICAL_BASE}).
 */
export const cdsTopicSystem = (canonicalBase: string = DEFAULT_CANONICAL_BASE) =>
  `${canonicalBase.replace(/\/+$/, '')}/CodeSystem/cds-topic`;
export const CDS_TOPIC_SYSTEM = cdsTopicSystem();

/** Where cards link to: the patient's HandCheck page, and the base of our code systems. */
export interface CardLinks {
  readonly patientPage: string;
  readonly canonicalBase?: string;
}

/** The `/cds-services` discovery document. */
export function cdsDiscovery(): CdsDiscovery {
  return {
    services: [
      {
        hook: 'patient-view',
        id: CDS_SERVICE_ID,
        title: 'HandCheck: hand and wrist symptoms on an aromatase inhibitor',
        description:
          'Shows red flags, worsening and the current pattern from the hand and wrist check-ins a patient shared through HandCheck, with what is asked of the GP.',
        prefetch: { patient: 'Patient/{{context.patientId}}' },
        usageRequirements:
          'The patient must have shared their HandCheck record with the signed-in clinician.',
      },
    ],
  };
}

/**
 * A `patient-view` request (CDS Hooks 2.0, HTTP request). Parsed at the edge by the server; unknown
 * fields are kept (the spec allows extensions).
 */
const CdsText = (max: number) =>
  safeText(z.string().max(max, { error: `must be at most ${max} characters` }));
const CdsNamedValues = z
  .array(z.looseObject({ system: CdsText(2000).optional(), value: CdsText(2000).optional() }), {
    error: 'must be a list of {system, value} (FHIR Identifier / ContactPoint)',
  })
  .max(50);

export const CdsPatientViewRequest = z.looseObject({
  hook: z.literal('patient-view', { error: 'must be "patient-view" for this service' }),
  hookInstance: CdsText(200).min(1, { error: 'must be a UUID for this hook call' }),
  fhirServer: z.url({ error: 'must be the base URL of the FHIR server' }).optional(),
  fhirAuthorization: z.looseObject({ access_token: z.string(), token_type: z.string() }).optional(),
  context: z.looseObject({
    userId: CdsText(500).min(1, { error: 'must name the user, e.g. Practitioner/123' }),
    patientId: CdsText(500).min(1, { error: 'must be the FHIR id of the patient in context' }),
    encounterId: CdsText(500).optional(),
  }),
  prefetch: z
    .looseObject({
      /** The FHIR Patient, when the EHR prefetched it: matched by our identifier or an e-mail. */
      patient: z
        .looseObject({ identifier: CdsNamedValues.optional(), telecom: CdsNamedValues.optional() })
        .nullable()
        .optional(),
    })
    .optional(),
});
export type CdsPatientViewRequest = z.infer<typeof CdsPatientViewRequest>;

function clip(s: string, max = CDS_SUMMARY_MAX - 1): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

function cite(sources: readonly SourceId[]): string {
  return sources.length > 0 ? ` _[${sources.join('][')}]_` : '';
}

function card(
  key: string,
  record: PatientRecord,
  indicator: CdsIndicator,
  summary: string,
  detail: string,
  topic: CdsCoding,
  links: CardLinks,
): Card {
  return {
    uuid: uuidV5(`${record.patient.id}|${key}`),
    summary: clip(summary),
    detail,
    indicator,
    source: { label: 'HandCheck', topic: { system: cdsTopicSystem(links.canonicalBase), ...topic } },
    links: [{ label: 'Open the HandCheck record', url: links.patientPage, type: 'absolute' }],
  };
}

/**
 * A card per red flag of the latest check-in, except one whose alert was acknowledged or resolved
 * (one count with the panel, the patient page and FHIR: a flag the care team closed is no card).
 */
function redFlagCards(s: GpSummary, record: PatientRecord, links: CardLinks): Card[] {
  const flagOf = (key: string) => key.split(':')[2];
  const redFlags = record.alerts.filter((a) => a.kind === 'red_flag');
  const open = new Set(openAlerts(redFlags).map((a) => flagOf(a.key)));
  const closed = new Set(redFlags.map((a) => flagOf(a.key)).filter((id) => !open.has(id)));
  return s.redFlags
    .filter((f) => !closed.has(f.id))
    .map((f) =>
      card(
        `red_flag:${f.id}:${f.date}`,
        record,
        'critical',
        `Red flag (${f.urgencyLabel.toLowerCase()}): ${f.name}, reported ${f.date}`,
        [`**Why:** ${f.reason}${cite(f.sources)}`, `**Suggested:** ${f.action}`].join('\n\n'),
        { code: 'red-flag', display: 'Red flag' },
        links,
      ),
    );
}

function alertCards(record: PatientRecord, links: CardLinks): Card[] {
  // Red flags come from the assessments above; an overdue check-in is not news for a chart.
  const open = openAlerts(record.alerts).filter((a) => a.kind !== 'red_flag' && a.kind !== 'overdue');
  return open.map((a) =>
    card(
      `alert:${a.key}`,
      record,
      a.kind === 'worsening' ? 'warning' : a.level,
      a.kind === 'worsening'
        ? `Hand symptoms worsening (${a.date}): ${a.reason}`
        : `HandCheck (${a.date}): ${a.reason}`,
      `${a.reason}${cite(a.sources)}`,
      { code: a.kind, display: a.kind.replaceAll('_', ' ') },
      links,
    ),
  );
}

function patternCard(s: GpSummary, record: PatientRecord, links: CardLinks): Card | null {
  if (!s.latestCheckIn) return null;
  const onMedicine = s.medicine ? ` on ${s.medicine.name.toLowerCase()} (week ${s.medicine.weeksOn})` : '';
  const top = s.patterns[0];
  const summary = top
    ? `Hand/wrist symptoms${onMedicine}: resemble ${top.name}${top.hands.length ? ` (${top.hands.join(', ')})` : ''}`
    : `Hand/wrist check-in${onMedicine}: ${s.regions.length > 0 ? `${s.regions.length} area(s) marked` : 'no symptoms marked'}`;
  const lines = [
    `Latest check-in ${s.latestCheckIn}.${s.onset ? ` ${s.onset.text}` : ''}`,
    ...(s.asks.length > 0
      ? ['', '**Asked of the GP**', ...s.asks.map((a) => `- ${a.text}${cite(a.sources)}`)]
      : []),
    ...(s.changes.length > 0
      ? ['', '**What changed**', ...s.changes.map((c) => `- ${c.text}${cite(c.sources)}`)]
      : []),
    ...(s.scores
      ? [
          '',
          `CTS-6 history items: ${s.scores.cts6.text}${cite(s.scores.cts6.sources)}. Katz: right ${s.scores.katz.right}, left ${s.scores.katz.left}.`,
        ]
      : []),
    '',
    `_${s.disclaimer}_`,
  ];
  return card(
    `pattern:${s.latestCheckIn}`,
    record,
    'info',
    summary,
    lines.join('\n'),
    { code: 'pattern', display: 'Current pattern and next step' },
    links,
  );
}

/**
 * Cards for a `patient-view` hook: red flags (critical), open worsening and other care-team alerts
 * (warning), then the current pattern with the next step (info). Deterministic: the same record and
 * day give the same cards with the same uuids.
 */
export function patientViewCards(record: PatientRecord, today: string, links: CardLinks): Card[] {
  const s = gpSummary(record, today);
  const pattern = patternCard(s, record, links);
  return [...redFlagCards(s, record, links), ...alertCards(record, links), ...(pattern ? [pattern] : [])];
}

/** The whole `patient-view` response body: `{ cards }` (no system actions). */
export function patientViewResponse(record: PatientRecord, today: string, links: CardLinks): CdsResponse {
  return { cards: patientViewCards(record, today, links) };
}

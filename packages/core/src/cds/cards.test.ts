import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ALERT_KINDS } from '../alerts/types';
import type { CheckInInput } from '../checkin/schema';
import type { StoredAlert } from '../record';
import { buildRecord, demoRecord } from '../report/samples';
import { checkInInputArb } from '../testing/arbitraries';
import {
  CDS_SERVICE_ID,
  CDS_SUMMARY_MAX,
  CdsPatientViewRequest,
  cdsDiscovery,
  patientViewCards,
  patientViewResponse,
} from './cards';
import { uuidV5 } from './uuid';

const links = { patientPage: 'https://handcheck.example/clinician/patients/p1' };
const letrozole = { medicines: [{ drug: 'letrozole' as const, startedOn: '2026-01-05' }] };

/** A patient-view request shaped like the spec's example (CDS Hooks 2.0, "HTTP Request"). */
const request = {
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  fhirServer: 'https://ehr.example.org/fhir',
  hook: 'patient-view',
  fhirAuthorization: {
    access_token: 'some-opaque-fhir-access-token',
    token_type: 'Bearer',
    expires_in: 300,
    scope: 'user/Patient.read user/Observation.read',
    subject: 'cds-service4',
  },
  context: { userId: 'Practitioner/example', patientId: '1288992', encounterId: '89284' },
  prefetch: {
    patient: { resourceType: 'Patient', id: '1288992', gender: 'female', birthDate: '1965-03-14' },
  },
};

const infectionCheckIn: CheckInInput = {
  date: '2026-03-30',
  regions: [
    {
      region: 'right.palm.index.middle',
      symptoms: ['pain', 'swelling', 'redness_heat'],
      severity: 8,
      daysPerWeek: 3,
    },
  ],
  events: { cutOrBite: true, fever: true },
};

describe('the discovery document', () => {
  it('lists one patient-view service that prefetches the Patient', () => {
    const d = cdsDiscovery();
    expect(d.services).toHaveLength(1);
    expect(d.services[0]).toMatchObject({
      hook: 'patient-view',
      id: CDS_SERVICE_ID,
      prefetch: { patient: 'Patient/{{context.patientId}}' },
    });
    expect(d.services[0]?.description.length).toBeGreaterThan(0);
  });
});

describe('the patient-view request', () => {
  it('parses the spec-shaped example and keeps its extension fields', () => {
    const r = CdsPatientViewRequest.parse(request);
    expect(r.context.patientId).toBe('1288992');
    expect(r.fhirAuthorization?.subject).toBe('cds-service4');
  });

  it.each([
    ['another hook is refused', { ...request, hook: 'order-sign' }, 'hook'],
    [
      'a missing patient in context is refused',
      { ...request, context: { userId: 'Practitioner/x' } },
      'context',
    ],
    ['a fhirServer that is not a URL is refused', { ...request, fhirServer: 'not a url' }, 'fhirServer'],
  ])('%s', (_name, body, field) => {
    const r = CdsPatientViewRequest.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path[0]).toBe(field);
  });
});

describe('cards for a patient-view', () => {
  it('gives one info card with the pattern and what is asked of the GP', () => {
    const cards = patientViewCards(demoRecord(), '2026-05-25', links);
    expect(cards.map((c) => c.indicator)).toEqual(['info']);
    const [info] = cards;
    expect(info?.summary).toBe(
      'Hand/wrist symptoms on letrozole (week 20): resemble carpal tunnel syndrome (right)',
    );
    expect(info?.detail).toContain('**Asked of the GP**');
    expect(info?.detail).toContain('Night splint helped a little: keep going');
    expect(info?.detail).toMatch(/_\[[a-z0-9-]+\]/);
    expect(info?.source).toEqual({
      label: 'HandCheck',
      topic: {
        system: 'http://localhost:8080/fhir/CodeSystem/cds-topic',
        code: 'pattern',
        display: 'Current pattern and next step',
      },
    });
    expect(info?.links).toEqual([
      { label: 'Open the HandCheck record', url: links.patientPage, type: 'absolute' },
    ]);
  });

  it('puts a red flag first, as critical', () => {
    const record = buildRecord([infectionCheckIn], { context: letrozole });
    const cards = patientViewCards(record, '2026-03-31', links);
    expect(cards[0]?.indicator).toBe('critical');
    expect(cards[0]?.summary).toMatch(/^Red flag \(/);
    expect(cards.at(-1)?.indicator).toBe('info');
  });

  it.each([
    ['an open worsening alert is a warning', 'worsening', null, ['warning', 'info']],
    ['an acknowledged worsening alert is NOT shown', 'worsening', '2026-05-20T10:00:00Z', ['info']],
    ['an overdue check-in is NOT shown', 'overdue', null, ['info']],
  ] as const)('%s', (_name, kind, acknowledgedAt, indicators) => {
    const alert: StoredAlert = {
      key: `${kind}:2026-05-18`,
      kind,
      level: 'warning',
      date: '2026-05-18',
      reason: 'Worst area rose from 5 to 8 of 10 over 4 weeks.',
      sources: ['basch2016'],
      acknowledgedAt,
      acknowledgedBy: acknowledgedAt ? 'clinician-1' : null,
    };
    const record = { ...demoRecord(), alerts: [alert] };
    const cards = patientViewCards(record, '2026-05-25', links);
    expect(cards.map((c) => c.indicator)).toEqual(indicators);
  });

  it('keeps every summary under 140 characters, even with long reasons', () => {
    const alert: StoredAlert = {
      key: 'worsening:2026-05-18',
      kind: 'worsening',
      level: 'warning',
      date: '2026-05-18',
      reason: 'x'.repeat(400),
      sources: ['basch2016'],
      acknowledgedAt: null,
      acknowledgedBy: null,
    };
    const cards = patientViewCards({ ...demoRecord(), alerts: [alert] }, '2026-05-25', links);
    for (const c of cards) expect(c.summary.length).toBeLessThan(140);
  });

  it('gives the same cards with the same uuids for the same record and day, and valid v5 uuids', () => {
    const a = patientViewCards(demoRecord(), '2026-05-25', links);
    const b = patientViewCards(demoRecord(), '2026-05-25', links);
    expect(a).toEqual(b);
    for (const c of a)
      expect(c.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('shows nothing when the person has no check-ins', () => {
    expect(patientViewCards(buildRecord([]), '2026-05-25', links)).toEqual([]);
  });

  it('never says the person has a condition or should stop the medicine', () => {
    const record = buildRecord([infectionCheckIn], { context: letrozole });
    const text = JSON.stringify([
      ...patientViewCards(record, '2026-03-31', links),
      ...patientViewCards(demoRecord(), '2026-05-25', links),
    ]);
    expect(text).not.toMatch(/\bhas (carpal|trigger|de quervain)|diagnosed with|stop (your|the) medicine/i);
  });
});

describe('the response body', () => {
  // Card, Source and Link attributes as the CDS Hooks 2.0 spec lists them.
  const CARD_FIELDS = [
    'uuid',
    'summary',
    'detail',
    'indicator',
    'source',
    'suggestions',
    'selectionBehavior',
    'overrideReasons',
    'links',
  ];
  const SOURCE_FIELDS = ['label', 'url', 'icon', 'topic'];
  const LINK_FIELDS = ['label', 'url', 'type', 'appContext'];

  it('uses only the attributes the spec defines, with the required ones present', () => {
    const record = buildRecord([infectionCheckIn], { context: letrozole });
    const body = patientViewResponse(record, '2026-03-31', links);
    expect(Object.keys(body)).toEqual(['cards']);
    expect(body.cards.length).toBeGreaterThan(1);
    for (const c of body.cards) {
      for (const k of Object.keys(c)) expect(CARD_FIELDS).toContain(k);
      for (const k of Object.keys(c.source)) expect(SOURCE_FIELDS).toContain(k);
      for (const l of c.links ?? []) for (const k of Object.keys(l)) expect(LINK_FIELDS).toContain(k);
      expect(['info', 'warning', 'critical']).toContain(c.indicator);
      expect(c.source.label).toBe('HandCheck');
      expect(c.summary.length).toBeGreaterThan(0);
    }
    // JSON round trip: nothing undefined or non-serialisable in the body.
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
  });
});

describe('every card follows the spec, whatever the record', () => {
  const alertArb = fc.record({
    kind: fc.constantFrom(...ALERT_KINDS),
    level: fc.constantFrom('critical', 'warning', 'info'),
    reason: fc.string({ minLength: 1, maxLength: 400 }),
  });

  test.prop(
    [
      fc.array(checkInInputArb({ maxRegions: 5 }), { minLength: 1, maxLength: 3 }),
      fc.array(alertArb, { maxLength: 3 }),
    ],
    { numRuns: 40 },
  )(
    'summary under 140 characters, indicator info|warning|critical, source.label, links absolute or smart',
    (inputs, raw) => {
      const record = buildRecord(inputs, { context: letrozole });
      const alerts = raw.map(
        (a, i): StoredAlert => ({
          key: `a-${i}`,
          kind: a.kind,
          level: a.level as StoredAlert['level'],
          date: '2026-03-30',
          reason: a.reason,
          sources: [],
          acknowledgedAt: null,
          acknowledgedBy: null,
        }),
      );
      const cards = patientViewCards({ ...record, alerts }, '2026-03-31', {
        ...links,
        canonicalBase: 'https://hands.example.org/fhir',
      });
      for (const c of cards) {
        expect(c.summary.length).toBeGreaterThan(0);
        expect(c.summary.length).toBeLessThan(CDS_SUMMARY_MAX);
        expect(['info', 'warning', 'critical']).toContain(c.indicator);
        expect(c.source.label.trim().length).toBeGreaterThan(0);
        expect(c.source.topic?.system).toBe('https://hands.example.org/fhir/CodeSystem/cds-topic');
        expect(c.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        for (const l of c.links ?? []) {
          expect(['absolute', 'smart']).toContain(l.type);
          if (l.type === 'absolute') expect(l.url).toMatch(/^https?:\/\/[^\s]+$/);
          expect(l.label.length).toBeGreaterThan(0);
        }
      }
    },
  );
});

describe('name-based uuids', () => {
  it.each([
    [
      'the RFC DNS namespace example value',
      'hello',
      '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
      '9342d47a-1bab-5709-9869-c840b2eac501',
    ],
  ])('match Python uuid.uuid5 for %s', (_name, text, ns, expected) => {
    expect(uuidV5(text, ns)).toBe(expected);
  });

  it('differ for different names', () => {
    expect(uuidV5('a')).not.toBe(uuidV5('b'));
  });
});

/**
 * Hostile input against every endpoint the server documents (its own OpenAPI list, plus the
 * calendar feed): malformed, oversized, deeply nested, wrong-type and injection-shaped bodies
 * (SQL, `__proto__`, unicode, null bytes), query strings and path parameters, sent anonymously, as
 * a patient and as a clinician the patient shares with. Promises: never a 5xx; every API refusal
 * is a JSON error a person can read; and a refused request leaves every stored table exactly as it
 * was (no partial record).
 */
import { fc } from '@fast-check/vitest';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import type { Db } from '../src/db';
import { type Client, signedUp } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { fakeEhr, TEST_EHR } from './helpers/ehr';
import { carpalTunnelCheckIn, context } from './helpers/fixtures';

const PUBLIC_URL = 'https://handcheck.test';

type Role = 'anonymous' | 'patient' | 'clinician';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Endpoint {
  readonly method: Method;
  /** OpenAPI form: `/api/checkins/{id}`. */
  readonly path: string;
}

/** Tables whose rows a refused request must not touch (the logs of refusals are meant to grow). */
const NOT_COMPARED = new Set([
  'audit_log',
  'login_failures',
  'schema_migrations',
  // Counters of attempts and the jti of each CDS token used: logs of attempts, meant to grow.
  'attempt_counters',
  'cds_jti',
]);

/** Each table's row count and a digest of its rows; sessions by count (last_seen_at may tick). */
async function snapshot(db: Db): Promise<Record<string, string>> {
  const tables = (
    await db.query<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  )
    .map((r) => r.name)
    .filter((n) => !NOT_COMPARED.has(n));
  const parts = tables.map((n) =>
    n === 'sessions'
      ? `select '${n}' as t, count(*)::text as d from sessions`
      : `select '${n}' as t, count(*)::text || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') as d from ${n} x`,
  );
  const rows = await db.query<{ t: string; d: string }>(parts.join(' union all '));
  return Object.fromEntries(rows.map((r) => [r.t, r.d]));
}

const INJECTIONS = [
  "' OR '1'='1",
  "'; drop table checkins; --",
  '1; select pg_sleep(5)',
  '$1',
  '%',
  '_',
  '\\',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '\u0000',
  'a\u0000b',
  '\u202eevil',
  '\ud800',
  '😀👍🏽',
  'ǅ𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '\u0024{jndi:ldap://x}',
  '{{7*7}}',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '2026-02-30',
  '9999-12-31',
  '0000-00-00',
  ' ',
  '',
];

const hostileString = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('x'.repeat(5000), 'é'.repeat(3000), `${'9'.repeat(400)}`),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, -1, 0, 2 ** 53, -(2 ** 31), 1e308, 0.5),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant({ __proto__: null, admin: true }),
  fc.array(hostileString, { maxLength: 5 }),
);

/** Percent-encodes any string a client could put in a URL (a lone surrogate goes as its UTF-8 bytes). */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}

/** Pieces sent into the URL as they are: broken or sneaky percent-encoding. */
const RAW_URL_PIECES = [
  '%',
  '%zz',
  '%ED%A0%80',
  '%00',
  '%2e%2e%2f',
  '..%2f..%2f',
  '%C0%AF',
  '%ff',
  '%2525',
  '?x=1#y',
];

/** Raw bodies no JSON.stringify produces: prototype keys, deep nesting, broken or non-UTF-8 text. */
const RAW_BODIES: (string | Buffer)[] = [
  '{"__proto__": {"role": "admin"}}',
  '{"constructor": {"prototype": {"role": "admin"}}}',
  '{"date": "2026-03-16", "__proto__": {"regions": [1]}}',
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
  '{"date": "2026-03-16",',
  '{"date": "2026-03-16"}{"date": "2026-03-17"}',
  '"just a string"',
  '12',
  'null',
  '[]',
  '\u0000',
  '{"date": "2026-03-16\u0000"}',
  Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
  `{"notes": "${'x'.repeat(300 * 1024)}"}`,
];

/** A valid body for each write route, mutated by the property (so the parser gets past the first field). */
function validBody(method: Method, path: string, ids: Record<string, string>): unknown {
  const key = `${method} ${path}`;
  const bodies: Record<string, unknown> = {
    'POST /api/auth/signup': {
      email: 'someone@example.org',
      password: 'a long enough passphrase',
      name: 'Someone',
    },
    'POST /api/auth/signin': { email: 'someone@example.org', password: 'a long enough passphrase' },
    'PUT /api/context': { context },
    'PUT /api/reminders': { weekday: 1, time: '18:00' },
    'POST /api/checkins': {
      ...carpalTunnelCheckIn('2026-04-06'),
      notes: 'Worse after gardening',
      treatments: [
        {
          kind: 'night_splint',
          startedOn: '2026-03-01',
          endedOn: '2026-03-20',
          effect: 'worse',
          note: 'itchy',
        },
      ],
    },
    'PUT /api/checkins/{id}': { version: 1, checkIn: carpalTunnelCheckIn('2026-03-16', 3) },
    'POST /api/treatments': {
      kind: 'night_splint',
      startedOn: '2026-03-01',
      endedOn: '2026-03-20',
      effect: 'no_change',
      note: 'at night only',
    },
    'PUT /api/treatments/{id}': { kind: 'night_splint', startedOn: '2026-03-01', effect: 'worse' },
    'POST /api/shares/redeem': { code: 'ABCD2345' },
    'PATCH /api/admin/users/{id}': { disabled: true },
    'POST /cds-services/handcheck-patient-view': {
      hook: 'patient-view',
      hookInstance: ids.patient,
      context: { userId: 'Practitioner/1', patientId: ids.patient, encounterId: 'enc-1' },
      prefetch: {
        patient: {
          resourceType: 'Patient',
          identifier: [{ system: 'https://ehr.test/mrn', value: 'MRN-1' }],
          telecom: [{ system: 'email', value: 'someone@example.org' }],
        },
      },
    },
  };
  return bodies[key] ?? {};
}

/** Replaces one value somewhere inside `body` (or adds a key) with a hostile one. */
function mutate(body: unknown, pick: number, key: string, value: unknown): unknown {
  const clone = structuredClone(body) as Record<string, unknown>;
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        slots.push([v, i]);
        walk(v[i]);
      }
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        slots.push([v as Record<string, unknown>, k]);
        walk((v as Record<string, unknown>)[k]);
      }
    }
  };
  walk(clone);
  if (slots.length === 0 || pick % 5 === 0) {
    if (clone && typeof clone === 'object') clone[key] = value;
    return clone;
  }
  const [holder, at] = slots[pick % slots.length] as [Record<string, unknown>, string];
  holder[at] = value;
  return clone;
}

describe.each(BACKENDS)('hostile input to every endpoint on %s', (backend) => {
  let t: TestDb;
  let app: FastifyInstance;
  let endpoints: Endpoint[];
  const sessions = {} as Record<Exclude<Role, 'anonymous'>, Client>;
  const ids: Record<string, string> = {};
  let ehr: Awaited<ReturnType<typeof fakeEhr>>;

  beforeAll(async () => {
    t = await freshDb(backend);
    ehr = await fakeEhr(`${PUBLIC_URL}/cds-services/handcheck-patient-view`);
    // CDS calls carry a freshly signed token (most of the time), so their bodies are parsed too.
    app = await buildApp({
      db: t.db,
      publicUrl: PUBLIC_URL,
      cds: { trustedEhrs: [{ issuer: TEST_EHR, jwksUrl: ehr.jwksUrl }] },
    });
    const doc = (await app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    endpoints = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => ({ method: m.toUpperCase() as Method, path })),
    );
    endpoints.push({ method: 'GET', path: '/ics/{file}' });

    const patient = await signedUp(app);
    const clinician = await signedUp(app, 'clinician');
    await patient.put('/api/context', { context });
    const first = await patient.post('/api/checkins', carpalTunnelCheckIn('2026-03-16', 4));
    await patient.post('/api/checkins', carpalTunnelCheckIn('2026-03-23', 8));
    const treatment = await patient.post('/api/treatments', { kind: 'night_splint', effect: 'no_change' });
    const code = await patient.post('/api/shares/code');
    await clinician.post('/api/shares/redeem', { code: code.body.code });
    const feed = await patient.post('/api/reminders/feed');
    const record = await patient.get('/api/export');
    Object.assign(ids, {
      id: first.body.id,
      patient: patient.user?.id,
      patientId: patient.user?.id,
      clinicianId: clinician.user?.id,
      treatment: treatment.body.id,
      key: record.body.alerts?.[0]?.key ?? 'no-alert',
      file:
        String(feed.body.feedUrl ?? '')
          .split('/')
          .pop() ?? 'x.ics',
    });
    sessions.patient = patient;
    sessions.clinician = clinician;
  });
  afterAll(async () => {
    await app?.close();
    await ehr?.close();
    await t?.drop();
  });

  it('finds the endpoints to attack in the server’s own OpenAPI document', () => {
    expect(endpoints.length).toBeGreaterThan(30);
    expect(endpoints).toContainEqual({ method: 'PUT', path: '/api/checkins/{id}' });
    expect(endpoints).toContainEqual({ method: 'GET', path: '/api/clinician/patients/{id}' });
  });

  it('never answers 5xx, refuses in JSON, and a refused request stores nothing', {
    timeout: 300_000,
  }, async () => {
    // Sign-out and account deletion take no input; run signed in they would end the session under test.
    const sessionEnders = new Set([
      'POST /api/auth/signout',
      'POST /api/auth/signout-all',
      'DELETE /api/account',
    ]);
    const target = fc
      .tuple(
        fc.constantFrom(...endpoints),
        fc.constantFrom<Role>('anonymous', 'patient', 'patient', 'patient', 'clinician', 'clinician'),
      )
      .filter(([e, role]) => role === 'anonymous' || !sessionEnders.has(`${e.method} ${e.path}`));
    const param = fc.oneof(
      { weight: 2, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: hostileString.map(enc) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_PIECES) },
    );
    const queryPart = fc.oneof(
      { weight: 4, arbitrary: hostileString.map(enc) },
      fc.constantFrom(...RAW_URL_PIECES),
    );
    const query = fc.option(
      fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom('from', 'to', 'q', 'filter', 'page', '__proto__', 'id'), queryPart),
          queryPart,
        ),
        { minLength: 1, maxLength: 4 },
      ),
      { nil: undefined },
    );
    const body = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.nat(), hostileString, hostileValue)
          .map((m) => ({ kind: 'mutated' as const, m })),
      },
      { weight: 2, arbitrary: hostileValue.map((v) => ({ kind: 'value' as const, v })) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({ kind: 'raw' as const, raw })) },
      { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    );
    const contentType = fc.constantFrom(
      'application/json',
      'application/json',
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    );
    const csrf = fc.constantFrom('right', 'right', 'right', 'right', 'missing', 'wrong');

    let before = await snapshot(t.db);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        target,
        param,
        query,
        body,
        contentType,
        csrf,
        async ([e, role], p, q, b, type, token) => {
          runs++;
          let url = e.path.replace(/\{(\w+)\}/g, (_, name: string) => p ?? enc(ids[name] ?? 'x'));
          if (q) url += `?${q.map(([k, v]) => `${k}=${v}`).join('&')}`;
          const headers: Record<string, string> = {};
          if (role !== 'anonymous') {
            const c = sessions[role];
            headers.cookie = `__Host-hc_session=${c.cookie}`;
            if (token === 'right') headers['x-csrf-token'] = c.csrf as string;
            if (token === 'wrong') headers['x-csrf-token'] = 'not-the-token';
          }
          let payload: string | Buffer | undefined;
          if (e.method !== 'GET' && e.method !== 'DELETE') {
            if (b.kind === 'mutated')
              payload = JSON.stringify(mutate(validBody(e.method, e.path, ids), ...b.m));
            else if (b.kind === 'value') payload = JSON.stringify(b.v) ?? 'null';
            else if (b.kind === 'raw') payload = b.raw;
          }
          if (payload !== undefined) headers['content-type'] = type;
          if (e.path === '/cds-services/handcheck-patient-view' && token !== 'wrong')
            headers.authorization = `Bearer ${await ehr.sign()}`;
          const r = await app.inject({
            method: e.method,
            url,
            headers,
            ...(payload !== undefined ? { payload } : {}),
          });
          const what = `${role} ${e.method} ${url.slice(0, 200)} → ${r.statusCode} ${r.body.slice(0, 300)}`;
          expect(r.statusCode, what).toBeLessThan(500);
          if (r.statusCode >= 400 && (url.startsWith('/api/') || url.startsWith('/cds-services'))) {
            const json = r.json() as { error?: unknown; message?: unknown };
            expect(typeof json.error, what).toBe('string');
            expect(typeof json.message, what).toBe('string');
          }
          const after = await snapshot(t.db);
          if (r.statusCode >= 400) expect(after, `${what}: stored something`).toEqual(before);
          before = after;
        },
      ),
      { numRuns: 1000 },
    );
    expect(runs).toBeGreaterThanOrEqual(1000);
  });

  it('issue 14 classes — NUL, lone surrogates, dates outside 1900–2100 or ahead, wrong shapes — on every route: 0 × 5xx, nothing partial, no such text ever stored', {
    timeout: 300_000,
  }, async () => {
    const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const hostileText = fc.constantFrom(
      '\u0000',
      'note\u0000',
      '\u0000\u0000drop',
      '\ud800',
      'a\udfffb',
      'x\ud83d',
      '\ude00y',
      `${'é'.repeat(10)}\u0000`,
    );
    const hostileDate = fc.constantFrom(
      '0000-01-01',
      '0001-01-01',
      '1899-12-31',
      '2101-01-01',
      '2099-06-01',
      '9999-12-31',
      ahead(3),
      ahead(400),
    );
    const wrongShape = fc.constantFrom<unknown>('abc', { value: 1 }, [1, 2], [{ value: 5 }], [null], 7, true);
    const value = fc.oneof(hostileText, hostileDate, wrongShape);
    // Signed in throughout: no route that ends or replaces the session under test.
    const keepsSession = (e: Endpoint) =>
      !['/api/auth/signout', '/api/auth/signout-all', '/api/auth/signin', '/api/account'].includes(e.path);
    const writes = endpoints.filter((e) => e.method !== 'GET' && e.method !== 'DELETE' && keepsSession(e));
    const withParams = endpoints.filter((e) => e.path.includes('{') && keepsSession(e));
    const role = fc.constantFrom<Exclude<Role, 'anonymous'>>('patient', 'clinician');
    const attack = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('body' as const),
          e: fc.constantFrom(...writes),
          at: fc.nat(),
          v: value,
          role,
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('param' as const),
          e: fc.constantFrom(...withParams),
          at: fc.nat(),
          v: hostileText,
          role,
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('query' as const),
          e: fc.constantFrom(...endpoints.filter((x) => x.method === 'GET')),
          at: fc.nat(),
          v: hostileText,
          role,
        }),
      },
    );
    const unstorable = (x: unknown): boolean => {
      if (typeof x === 'string')
        return (
          x.includes('\u0000') ||
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(x)
        );
      if (Array.isArray(x)) return x.some(unstorable);
      if (x && typeof x === 'object')
        return Object.entries(x).some(([k, v]) => unstorable(k) || unstorable(v));
      return false;
    };
    let before = await snapshot(t.db);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(attack, async (a) => {
        runs++;
        const c = sessions[a.role];
        const headers: Record<string, string> = {
          cookie: `__Host-hc_session=${c.cookie}`,
          'x-csrf-token': c.csrf as string,
        };
        let url = a.e.path.replace(/\{(\w+)\}/g, (_, name: string) => enc(ids[name] ?? 'x'));
        let payload: string | undefined;
        let sent: unknown;
        if (a.kind === 'param') {
          const names = [...a.e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
          const pick = names[a.at % names.length] as string;
          url = a.e.path.replace(/\{(\w+)\}/g, (_, name: string) =>
            enc(name === pick ? a.v : (ids[name] ?? 'x')),
          );
        } else if (a.kind === 'query') {
          url += `?${['q', 'from', 'to', 'status'][a.at % 4]}=${enc(a.v)}`;
        } else {
          sent = mutate(validBody(a.e.method, a.e.path, ids), a.at, 'notes', a.v);
          payload = JSON.stringify(sent);
          headers['content-type'] = 'application/json';
        }
        if (a.e.path === '/cds-services/handcheck-patient-view')
          headers.authorization = `Bearer ${await ehr.sign()}`;
        const r = await app.inject({
          method: a.e.method,
          url,
          headers,
          ...(payload !== undefined ? { payload } : {}),
        });
        const what = `${a.role} ${a.e.method} ${url.slice(0, 200)} ${payload?.slice(0, 200) ?? ''} → ${r.statusCode} ${r.body.slice(0, 300)}`;
        // The state before this request, kept even when an assertion below fails (so a shrunk
        // counterexample is judged against its own starting point).
        const was = before;
        const after = await snapshot(t.db);
        before = after;
        expect(r.statusCode, what).toBeLessThan(500);
        if (a.kind !== 'body' || unstorable(sent)) {
          // Text no database can hold is never accepted (a GET may answer, but nothing is stored).
          if (a.e.method !== 'GET') expect(r.statusCode, what).toBeGreaterThanOrEqual(400);
        }
        if (r.statusCode >= 400) expect(after, `${what}: stored something`).toEqual(was);
      }),
      { numRuns: 600 },
    );
    expect(runs).toBeGreaterThanOrEqual(600);
    // Nothing stored anywhere holds a NUL or a lone surrogate (PostgreSQL refuses both; we never got that far).
    const texts = await t.db.query<{ n: number }>(
      `select count(*)::int as n from checkins where body::text like '%\\u0000%'`,
    );
    expect(texts[0]?.n).toBe(0);
  });

  it('the patient’s record still reads back after all that', async () => {
    const r = await sessions.patient.get('/api/export');
    expect(r.status).toBe(200);
    expect(r.body.patient.id).toBe(ids.patient);
  });
});

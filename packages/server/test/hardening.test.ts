/**
 * Issue 14 (security), item by item, on PGlite and PostgreSQL: signed CDS Hooks calls, limits
 * that hold when 40 attempts arrive at once, proxy hops, links from the public URL only, an
 * audit trail that says allowed or refused, inputs that are a 400 naming the field (never a 500),
 * and accounts (the same sign-up answer for a known e-mail; clinicians approved by an administrator).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { hashPassword } from '../src/auth/passwords';
import { securitySettings } from '../src/config';
import { createUser } from '../src/repos/accounts';
import { Client, PASSWORD, signedUp, uniqueEmail } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { fakeEhr, TEST_EHR } from './helpers/ehr';
import { carpalTunnelCheckIn, context } from './helpers/fixtures';

const PUBLIC_URL = 'https://handcheck.test';
const SERVICE_URL = `${PUBLIC_URL}/cds-services/handcheck-patient-view`;
const EHR = TEST_EHR;
const today = () => new Date().toISOString().slice(0, 10);
const daysFromToday = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const cdsBody = (patientId: string, extra: Record<string, unknown> = {}) => ({
  hookInstance: randomUUID(),
  fhirServer: EHR,
  hook: 'patient-view',
  context: { userId: 'Practitioner/example', patientId },
  ...extra,
});

describe.each(BACKENDS)('issue 14 security on %s', (backend) => {
  let t: TestDb;
  let app: FastifyInstance;
  let ehr: Awaited<ReturnType<typeof fakeEhr>>;
  let patient: Client;
  let clinician: Client;

  const audits = (action: string, actor?: string | null) =>
    t.db.query<{ outcome: string; actor: string | null; patient: string | null }>(
      `select outcome, actor, patient from audit_log where action = $1 ${actor === undefined ? '' : actor === null ? 'and actor is null' : 'and actor = $2'} order by id`,
      actor ? [action, actor] : [action],
    );

  beforeAll(async () => {
    t = await freshDb(backend);
    ehr = await fakeEhr(SERVICE_URL);
    app = await buildApp({
      db: t.db,
      publicUrl: PUBLIC_URL,
      cds: { trustedEhrs: [{ issuer: EHR, jwksUrl: ehr.jwksUrl }] },
      // Every request here comes from one address; the per-address limits are tested on their own.
      limits: { signup_ip: { limit: 10_000, minutes: 60 }, signin_ip: { limit: 10_000, minutes: 15 } },
    });
    patient = await signedUp(app);
    await patient.put('/api/context', { context });
    await patient.post('/api/checkins', carpalTunnelCheckIn('2026-03-16', 6));
    clinician = await signedUp(app, 'clinician');
    const code = await patient.post('/api/shares/code');
    expect((await clinician.post('/api/shares/redeem', { code: code.body.code })).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await ehr?.close();
    await t?.drop();
  });

  describe('CDS Hooks: the EHR’s signed JWT', () => {
    const call = (target: FastifyInstance, token: string | undefined, body: unknown) =>
      target.inject({
        method: 'POST',
        url: '/cds-services/handcheck-patient-view',
        payload: body as object,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });

    it('a valid token from a trusted EHR gets cards, with links on the public URL', async () => {
      const r = await call(app, await ehr.sign(), cdsBody(patient.user?.id as string));
      expect(r.statusCode, r.body).toBe(200);
      const cards = r.json().cards as { links: { url: string }[] }[];
      expect(cards.length).toBeGreaterThan(0);
      expect(cards[0]?.links[0]?.url).toBe(`${PUBLIC_URL}/clinician/patients/${patient.user?.id}`);
    });

    it.each([
      ['no token', async () => undefined, /Bearer/],
      [
        'a token signed with another key',
        async () => ehr.sign({}, (await generateKeyPair('ES384')).privateKey),
        /signature/,
      ],
      ['an expired token', async () => ehr.sign({ expIn: -600 }), /expired/],
      [
        'a token for another audience',
        async () => ehr.sign({ aud: 'https://other.example/cds-services/x' }),
        /audience/,
      ],
      [
        'a token from an EHR not trusted here',
        async () => ehr.sign({ iss: 'https://rogue.example/fhir' }),
        /issuer/,
      ],
      ['a token that lives longer than 5 minutes', async () => ehr.sign({ expIn: 3600 }), /too long/],
      ['something that is not a JWT', async () => 'not-a-jwt', /not a JWT/],
    ])('%s is refused with 401 and no cards', async (_what, token, why) => {
      const r = await call(app, await token(), cdsBody(patient.user?.id as string));
      expect(r.statusCode).toBe(401);
      expect(r.json().error).toBe('cds_unauthorized');
      expect(r.json().message).toMatch(why);
    });

    it('a replayed token (same jti) is refused the second time', async () => {
      const token = await ehr.sign();
      expect((await call(app, token, cdsBody(patient.user?.id as string))).statusCode).toBe(200);
      const again = await call(app, token, cdsBody(patient.user?.id as string));
      expect(again.statusCode).toBe(401);
      expect(again.json().message).toMatch(/already used/);
      // Ten at once with one token: exactly one is answered.
      const fresh = await ehr.sign();
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => call(app, fresh, cdsBody(patient.user?.id as string))),
      );
      expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(1);
      expect(answers.filter((a) => a.statusCode === 401)).toHaveLength(9);
    });

    it('fetches the EHR’s key set once and keeps it', async () => {
      const before = ehr.fetches();
      for (let i = 0; i < 3; i++) await call(app, await ehr.sign(), cdsBody(patient.user?.id as string));
      expect(ehr.fetches()).toBe(before);
    });

    it('with no trusted EHR configured every call is 401, from this machine too', async () => {
      const bare = await buildApp({ db: t.db, publicUrl: PUBLIC_URL });
      try {
        const r = await call(bare, await ehr.sign(), cdsBody(patient.user?.id as string));
        expect(r.statusCode).toBe(401);
        expect(r.json().message).toMatch(/no trusted EHR/);
        expect((await call(bare, undefined, cdsBody(patient.user?.id as string))).statusCode).toBe(401);
      } finally {
        await bare.close();
      }
    });

    it('the development shared secret works only when explicitly set', async () => {
      const dev = await buildApp({
        db: t.db,
        publicUrl: PUBLIC_URL,
        cds: { trustedEhrs: [], devSharedSecret: 'dev-secret-for-this-test' },
      });
      try {
        expect(
          (await call(dev, 'dev-secret-for-this-test', cdsBody(patient.user?.id as string))).statusCode,
        ).toBe(200);
        expect(
          (await call(dev, 'dev-secret-for-this-tesX', cdsBody(patient.user?.id as string))).statusCode,
        ).toBe(401);
      } finally {
        await dev.close();
      }
    });

    it('prefetch.patient.identifier of the wrong shape is a 400 naming the field', async () => {
      for (const identifier of ['abc', { value: 1 }, [1, 2], [{ value: 5 }]]) {
        const r = await call(
          app,
          await ehr.sign(),
          cdsBody('ehr-1', { prefetch: { patient: { resourceType: 'Patient', identifier } } }),
        );
        expect(r.statusCode, JSON.stringify(identifier)).toBe(400);
        expect(r.json().fields[0].field).toMatch(/^prefetch\.patient\.identifier/);
      }
    });

    it('the settings refuse HANDCHECK_CDS_TOKEN and a malformed list of trusted EHRs', () => {
      expect(() => securitySettings({ HANDCHECK_CDS_TOKEN: 'x' }, '127.0.0.1')).toThrow(/no longer read/);
      expect(() => securitySettings({ HANDCHECK_CDS_TRUSTED_EHRS: '{' }, '127.0.0.1')).toThrow(
        /must be JSON/,
      );
      expect(() =>
        securitySettings(
          { HANDCHECK_CDS_TRUSTED_EHRS: JSON.stringify([{ issuer: EHR, jwksUrl: 'http://ehr.test/jwks' }]) },
          '127.0.0.1',
        ),
      ).toThrow(/https/);
      const ok = securitySettings(
        { HANDCHECK_CDS_TRUSTED_EHRS: JSON.stringify([{ issuer: EHR, jwksUrl: 'https://ehr.test/jwks' }]) },
        '127.0.0.1',
      );
      expect(ok.cds.trustedEhrs).toEqual([{ issuer: EHR, jwksUrl: 'https://ehr.test/jwks' }]);
    });
  });

  describe('limits hold when 40 attempts arrive at once', () => {
    const statuses = (rs: { status: number }[]) => {
      const count: Record<number, number> = {};
      for (const r of rs) count[r.status] = (count[r.status] ?? 0) + 1;
      return count;
    };

    it('sign-in per e-mail: exactly 10 of 40 wrong passwords are judged', async () => {
      const victim = await signedUp(app);
      const email = victim.user?.email as string;
      const rs = await Promise.all(
        Array.from({ length: 40 }, () => new Client(app).signin(email, 'not the password at all')),
      );
      expect(statuses(rs)).toEqual({ 401: 10, 429: 30 });
      expect((await new Client(app).signin(email)).status).toBe(429);
    });

    it('sign-in per address: exactly the limit of 40 attempts for different e-mails is judged', async () => {
      const limited = await buildApp({
        db: t.db,
        publicUrl: PUBLIC_URL,
        trustProxy: 1,
        limits: { signin_ip: { limit: 7, minutes: 15 } },
      });
      try {
        const rs = await Promise.all(
          Array.from({ length: 40 }, () =>
            new Client(limited).request(
              'POST',
              '/api/auth/signin',
              { email: uniqueEmail(), password: 'wrong wrong wrong' },
              {
                headers: { 'x-forwarded-for': '198.51.100.7' },
              },
            ),
          ),
        );
        expect(statuses(rs)).toEqual({ 401: 7, 429: 33 });
      } finally {
        await limited.close();
      }
    });

    it('share-code redemption: exactly 10 of 40 wrong codes are judged', async () => {
      const guesser = await signedUp(app, 'clinician');
      const rs = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          guesser.post('/api/shares/redeem', { code: `ZZZZ${String(2000 + i)}` }),
        ),
      );
      expect(statuses(rs)).toEqual({ 404: 10, 429: 30 });
    });

    it('sign-up per address: exactly 30 of 40 are accepted, and exactly 30 accounts made', async () => {
      const fresh = await freshDb(backend);
      const own = await buildApp({ db: fresh.db });
      try {
        const emails = Array.from({ length: 40 }, () => uniqueEmail('flood'));
        const rs = await Promise.all(
          emails.map((email) => new Client(own).post('/api/auth/signup', { email, password: PASSWORD })),
        );
        expect(statuses(rs)).toEqual({ 202: 30, 429: 10 });
        const [n] = await fresh.db.query<{ n: number }>(
          `select count(*)::int as n from users where email like 'flood.%'`,
        );
        expect(n?.n).toBe(30);
      } finally {
        await own.close();
        await fresh.drop();
      }
    }, 60_000);

    it('passkey sign-in options: exactly the limit of 40 starts is answered', async () => {
      const limited = await buildApp({
        db: t.db,
        publicUrl: PUBLIC_URL,
        limits: { passkey_options_ip: { limit: 12, minutes: 15 } },
      });
      try {
        const rs = await Promise.all(
          Array.from({ length: 40 }, () => new Client(limited).post('/api/auth/passkeys/signin/options')),
        );
        expect(statuses(rs)).toEqual({ 200: 12, 429: 28 });
      } finally {
        await limited.close();
      }
    });

    it('a successful sign-in does not use up the address’s room', async () => {
      const limited = await buildApp({
        db: t.db,
        publicUrl: PUBLIC_URL,
        trustProxy: 1,
        limits: { signin_ip: { limit: 3, minutes: 15 } },
      });
      try {
        const someone = await signedUp(app);
        const from = { headers: { 'x-forwarded-for': '198.51.100.8' } };
        for (let i = 0; i < 6; i++) {
          const r = await new Client(limited).request(
            'POST',
            '/api/auth/signin',
            { email: someone.user?.email, password: PASSWORD },
            from,
          );
          expect(r.status).toBe(200);
        }
      } finally {
        await limited.close();
      }
    });
  });

  describe('behind proxies', () => {
    it('HANDCHECK_TRUST_PROXY=1 believes one hop: a made-up X-Forwarded-For prefix is the same address', async () => {
      const proxied = await buildApp({
        db: t.db,
        publicUrl: PUBLIC_URL,
        trustProxy: 1,
        limits: { signin_ip: { limit: 5, minutes: 15 } },
      });
      try {
        const rs = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            new Client(proxied).request(
              'POST',
              '/api/auth/signin',
              { email: uniqueEmail(), password: 'wrong wrong wrong' },
              { headers: { 'x-forwarded-for': `10.9.${i}.1, 192.0.2.${i}, 203.0.113.9` } },
            ),
          ),
        );
        expect(rs.filter((r) => r.status === 401)).toHaveLength(5);
        expect(rs.filter((r) => r.status === 429)).toHaveLength(15);
        // Another real client (another last hop) still has its own room.
        const other = await new Client(proxied).request(
          'POST',
          '/api/auth/signin',
          { email: uniqueEmail(), password: 'wrong wrong wrong' },
          { headers: { 'x-forwarded-for': '203.0.113.10' } },
        );
        expect(other.status).toBe(401);
      } finally {
        await proxied.close();
      }
    });

    it('the settings read N hops, and want the public URL beyond localhost and behind a proxy', () => {
      expect(
        securitySettings({ HANDCHECK_TRUST_PROXY: '2', HANDCHECK_PUBLIC_URL: PUBLIC_URL }, '127.0.0.1')
          .trustProxy,
      ).toBe(2);
      expect(
        securitySettings({ HANDCHECK_TRUST_PROXY: 'true', HANDCHECK_PUBLIC_URL: PUBLIC_URL }, '127.0.0.1')
          .trustProxy,
      ).toBe(1);
      expect(securitySettings({}, '127.0.0.1').trustProxy).toBe(0);
      expect(() => securitySettings({ HANDCHECK_TRUST_PROXY: 'all' }, '127.0.0.1')).toThrow(
        /number of proxies/,
      );
      expect(() => securitySettings({}, '0.0.0.0')).toThrow(/HANDCHECK_PUBLIC_URL is required/);
      expect(() => securitySettings({ HANDCHECK_TRUST_PROXY: '1' }, '127.0.0.1')).toThrow(
        /HANDCHECK_PUBLIC_URL is required/,
      );
      expect(securitySettings({ HANDCHECK_PUBLIC_URL: `${PUBLIC_URL}/` }, '0.0.0.0').publicUrl).toBe(
        PUBLIC_URL,
      );
    });

    it('links never come from the Host header', async () => {
      const local = await buildApp({ db: t.db });
      try {
        const p = await signedUp(local);
        const feed = await p.request('POST', '/api/reminders/feed', undefined, {
          headers: { host: 'evil.example' },
        });
        expect(feed.status).toBe(201);
        expect(feed.body.feedUrl).not.toContain('evil.example');
        expect(feed.body.feedUrl).toMatch(/^http:\/\/localhost/);
        const onPublic = await patient.request('POST', '/api/reminders/feed', undefined, {
          headers: { host: 'evil.example' },
        });
        expect(onPublic.body.feedUrl).toMatch(new RegExp(`^${PUBLIC_URL}/ics/`));
      } finally {
        await local.close();
      }
    });
  });

  describe('the audit trail says allowed or refused', () => {
    it('an unlinked clinician’s refused reads are refusals, never reads', async () => {
      const stranger = await signedUp(app, 'clinician');
      const pid = patient.user?.id as string;
      for (const url of ['', '/timeline', '/report.pdf', '/fhir'])
        expect((await stranger.get(`/api/clinician/patients/${pid}${url}`)).status).toBe(404);
      const rows = await t.db.query<{ action: string; outcome: string }>(
        `select action, outcome from audit_log where actor = $1 order by id`,
        [stranger.user?.id],
      );
      const reads = rows.filter((r) =>
        ['record.read', 'timeline.read', 'report.pdf', 'fhir.export'].includes(r.action),
      );
      expect(reads).toHaveLength(4);
      expect(reads.every((r) => r.outcome === 'refused')).toBe(true);
      // The linked clinician's read is a read.
      expect((await clinician.get(`/api/clinician/patients/${pid}`)).status).toBe(200);
      expect((await audits('record.read', clinician.user?.id)).map((r) => r.outcome)).toEqual(['allowed']);
    });

    it('a patient’s refused amend of someone else’s check-in is a refusal', async () => {
      const other = await signedUp(app);
      const mine = (await patient.post('/api/checkins', carpalTunnelCheckIn('2026-04-06', 3))).body;
      const r = await other.put(`/api/checkins/${mine.id}`, {
        version: 1,
        checkIn: carpalTunnelCheckIn('2026-04-06', 9),
      });
      expect(r.status).toBe(404);
      expect((await audits('checkin.amend', other.user?.id)).map((x) => x.outcome)).toEqual(['refused']);
    });

    it('calendar-feed reads, share listings and reminder reads are audited', async () => {
      const p = await signedUp(app);
      const feed = await p.post('/api/reminders/feed');
      const path = new URL(feed.body.feedUrl).pathname;
      expect((await app.inject({ url: path })).statusCode).toBe(200);
      expect(await audits('reminders.feed.read', null)).toContainEqual({
        outcome: 'allowed',
        actor: null,
        patient: p.user?.id,
      });
      expect((await p.get('/api/reminders')).status).toBe(200);
      expect((await audits('reminders.read', p.user?.id)).map((x) => x.outcome)).toEqual(['allowed']);
      expect((await p.get('/api/shares')).status).toBe(200);
      expect((await audits('share.list', p.user?.id)).map((x) => x.outcome)).toEqual(['allowed']);
      expect((await clinician.get('/api/shares')).status).toBe(200);
      expect(await audits('share.list', clinician.user?.id)).toContainEqual({
        outcome: 'allowed',
        actor: clinician.user?.id,
        patient: patient.user?.id,
      });
    });

    it('failed sign-ins are audited as refused', async () => {
      const p = await signedUp(app);
      expect((await new Client(app).signin(p.user?.email as string, 'not it at all')).status).toBe(401);
      expect((await audits('signin', p.user?.id)).map((x) => x.outcome)).toEqual(['allowed', 'refused']);
    });
  });

  describe('input: 400 naming the field, never 500, nothing stored', () => {
    const NUL = 'a\u0000b';
    const LONE = 'x\ud800y';
    type Answer = { status: number; body: { fields?: { field: string }[] } };
    type Senders = { p: Client; c: Client; anon: Client; cds: (body: unknown) => Promise<Answer> };
    const cases: [string, (c: Senders) => Promise<Answer>, string][] = [
      [
        'a NUL in check-in notes',
        (c) => c.p.post('/api/checkins', { ...carpalTunnelCheckIn('2026-05-04'), notes: NUL }),
        'notes',
      ],
      [
        'a lone surrogate in check-in notes',
        (c) => c.p.post('/api/checkins', { ...carpalTunnelCheckIn('2026-05-04'), notes: LONE }),
        'notes',
      ],
      [
        'a NUL in a treatment note',
        (c) => c.p.post('/api/treatments', { kind: 'night_splint', effect: 'worse', note: NUL }),
        'note',
      ],
      [
        'a lone surrogate in a check-in’s treatment note',
        (c) =>
          c.p.post('/api/checkins', {
            ...carpalTunnelCheckIn('2026-05-04'),
            treatments: [{ kind: 'night_splint', effect: 'worse', note: LONE }],
          }),
        'treatments[0].note',
      ],
      [
        'a NUL in a name at sign-up',
        (c) => c.anon.post('/api/auth/signup', { email: uniqueEmail(), password: PASSWORD, name: NUL }),
        'name',
      ],
      ['a NUL in the panel search', (c) => c.c.get('/api/clinician/patients?q=a%00b'), 'query.q'],
      [
        'a NUL in an alert key',
        (c) => c.c.post(`/api/clinician/alerts/${c.p.user?.id}/a%00b/ack`),
        'params.key',
      ],
      ['a NUL in a CDS hookInstance', (c) => c.cds(cdsBody('x', { hookInstance: NUL })), 'hookInstance'],
      ['a lone surrogate in a CDS patient id', (c) => c.cds(cdsBody(LONE)), 'context.patientId'],
      [
        'a check-in dated year 0000',
        (c) => c.p.post('/api/checkins', carpalTunnelCheckIn('0000-01-01')),
        'date',
      ],
      [
        'a check-in dated 9999',
        (c) => c.p.post('/api/checkins', { date: '9999-12-31', regions: [] }),
        'date',
      ],
      ['a check-in in 2099', (c) => c.p.post('/api/checkins', { date: '2099-01-01', regions: [] }), 'date'],
      [
        'a check-in three days ahead',
        (c) => c.p.post('/api/checkins', { date: daysFromToday(3), regions: [] }),
        'date',
      ],
      [
        'an amend to a date three days ahead',
        async (c) => {
          const first = (await c.p.post('/api/checkins', { date: '2026-05-11', regions: [] })).body;
          return c.p.put(`/api/checkins/${first.id}`, {
            version: 1,
            checkIn: { date: daysFromToday(3), regions: [] },
          });
        },
        'checkIn.date',
      ],
      [
        'a medicine started in 9999',
        (c) =>
          c.p.put('/api/context', {
            context: { medicines: [{ drug: 'letrozole', startedOn: '9999-01-01' }] },
          }),
        'context.medicines[0].startedOn',
      ],
      [
        'a medicine starting next month',
        (c) =>
          c.p.put('/api/context', {
            context: { medicines: [{ drug: 'letrozole', startedOn: daysFromToday(30) }] },
          }),
        'context.medicines[0].startedOn',
      ],
      [
        'a treatment ending before it starts',
        (c) =>
          c.p.post('/api/treatments', {
            kind: 'night_splint',
            effect: 'worse',
            startedOn: '2026-03-10',
            endedOn: '2026-03-01',
          }),
        'endedOn',
      ],
      [
        'a treatment started in 1850',
        (c) =>
          c.p.post('/api/treatments', { kind: 'night_splint', effect: 'worse', startedOn: '1850-03-10' }),
        'startedOn',
      ],
    ];

    it.each(cases)('%s', async (_what, send, field) => {
      const token = await ehr.sign();
      const cds = (body: unknown) =>
        app
          .inject({
            method: 'POST',
            url: '/cds-services/handcheck-patient-view',
            payload: body as object,
            headers: { authorization: `Bearer ${token}` },
          })
          .then((r) => ({ status: r.statusCode, body: r.json() }));
      const before = await t.db.query<{ n: number }>(
        `select (select count(*) from checkins)::int + (select count(*) from treatments)::int + (select count(*) from users)::int as n`,
      );
      const contextBefore = await t.db.query('select context from contexts where patient_id = $1', [
        patient.user?.id,
      ]);
      const r = await send({ p: patient, c: clinician, anon: new Client(app), cds });
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.fields?.map((f) => f.field)).toContainEqual(
        expect.stringMatching(new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}`)),
      );
      const after = await t.db.query<{ n: number }>(
        `select (select count(*) from checkins)::int + (select count(*) from treatments)::int + (select count(*) from users)::int as n`,
      );
      // The amend case made its own first check-in (a 201) before the refused amend.
      if (!_what.startsWith('an amend')) expect(after).toEqual(before);
      expect(
        await t.db.query('select context from contexts where patient_id = $1', [patient.user?.id]),
      ).toEqual(contextBefore);
    });

    it('today and tomorrow are fine for a check-in; a medicine started today is fine', async () => {
      const p = await signedUp(app);
      expect((await p.post('/api/checkins', { date: today(), regions: [] })).status).toBe(201);
      expect((await p.post('/api/checkins', { date: daysFromToday(1), regions: [] })).status).toBe(201);
      expect(
        (await p.put('/api/context', { context: { medicines: [{ drug: 'letrozole', startedOn: today() }] } }))
          .status,
      ).toBe(200);
    });
  });

  describe('accounts', () => {
    it('sign-up answers the same whether or not the e-mail is known', async () => {
      const known = patient.user?.email as string;
      const a = await new Client(app).post('/api/auth/signup', {
        email: known,
        password: 'some other long phrase',
      });
      const b = await new Client(app).post('/api/auth/signup', {
        email: uniqueEmail(),
        password: 'some other long phrase',
      });
      expect(a.status).toBe(202);
      expect(a.body).toEqual(b.body);
      expect(a.raw.cookies).toEqual(b.raw.cookies);
    });

    it('a new clinician signs in but sees no patient until an administrator approves the account', async () => {
      const admin = new Client(app);
      const adminEmail = uniqueEmail('admin');
      await createUser(t.db, {
        email: adminEmail,
        passwordHash: await hashPassword(PASSWORD),
        role: 'admin',
        name: null,
      });
      expect((await admin.signin(adminEmail)).status).toBe(200);

      const newcomer = new Client(app);
      await newcomer.signup('clinician', uniqueEmail('newdoc'), { approve: false });
      const me = await newcomer.get('/api/me');
      expect(me.status).toBe(200);
      expect(me.body.awaitingApproval).toBe(true);
      const code = await patient.post('/api/shares/code');
      const redeem = await newcomer.post('/api/shares/redeem', { code: code.body.code });
      expect(redeem.status).toBe(403);
      expect(redeem.body.error).toBe('awaiting_approval');
      // Even a share made some other way shows nothing while the account waits.
      await t.db.query('insert into shares (patient_id, clinician_id) values ($1, $2)', [
        patient.user?.id,
        newcomer.user?.id,
      ]);
      const panel = await newcomer.get('/api/clinician/patients');
      expect(panel.body).toMatchObject({ items: [], total: 0, awaitingApproval: true });
      expect((await newcomer.get(`/api/clinician/patients/${patient.user?.id}`)).status).toBe(404);
      expect((await newcomer.get('/api/shares')).body.items).toEqual([]);

      const list = await admin.get('/api/admin/users');
      expect(list.body.items.find((u: { id: string }) => u.id === newcomer.user?.id)).toMatchObject({
        approved: false,
        role: 'clinician',
      });
      expect(
        (await admin.request('PATCH', `/api/admin/users/${patient.user?.id}`, { approved: true })).status,
      ).toBe(404);
      expect(
        (await admin.request('PATCH', `/api/admin/users/${newcomer.user?.id}`, { approved: true })).status,
      ).toBe(204);
      // The patient's id was not a clinician's: that attempt is a refusal.
      expect((await audits('user.approve', admin.user?.id)).map((r) => r.outcome)).toEqual([
        'refused',
        'allowed',
      ]);

      expect((await newcomer.get('/api/me')).body.awaitingApproval).toBeUndefined();
      const after = await newcomer.get('/api/clinician/patients');
      expect(after.body.items.map((r: { patient: { id: string } }) => r.patient.id)).toEqual([
        patient.user?.id,
      ]);
      expect((await newcomer.get(`/api/clinician/patients/${patient.user?.id}`)).status).toBe(200);
    });
  });
});

describe('handcheck start refuses an unsafe setup, with a message naming the setting', () => {
  const BIN = fileURLToPath(new URL('../bin/handcheck.js', import.meta.url));
  const start = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [BIN, 'start', '--port', '0', ...args], {
      env: { ...process.env, DATABASE_URL: '', HANDCHECK_PUBLIC_URL: '', HANDCHECK_TRUST_PROXY: '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it.each([
    [
      'listening beyond localhost without HANDCHECK_PUBLIC_URL',
      ['--host', '0.0.0.0'],
      {},
      /HANDCHECK_PUBLIC_URL is required/,
    ],
    [
      'trusting a proxy without HANDCHECK_PUBLIC_URL',
      [],
      { HANDCHECK_TRUST_PROXY: '1' },
      /HANDCHECK_PUBLIC_URL is required/,
    ],
    ['the old HANDCHECK_CDS_TOKEN', [], { HANDCHECK_CDS_TOKEN: 'secret' }, /no longer read/],
    ['a proxy count that is not a number', [], { HANDCHECK_TRUST_PROXY: 'all' }, /number of proxies/],
    [
      'a sign-up limit that is not a number',
      [],
      { HANDCHECK_SIGNUPS_PER_HOUR: 'many' },
      /HANDCHECK_SIGNUPS_PER_HOUR/,
    ],
  ])('%s', (_what, args, env, message) => {
    const r = start(args, env as Record<string, string>);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('reads HANDCHECK_SIGNUPS_PER_HOUR into the sign-up limit', () => {
    expect(securitySettings({ HANDCHECK_SIGNUPS_PER_HOUR: '500' }, '127.0.0.1').limits).toEqual({
      signup_ip: { limit: 500, minutes: 60 },
    });
  });
});

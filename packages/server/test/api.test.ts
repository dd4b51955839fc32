import { assessUnknown } from '@handcheck/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { Client, PASSWORD, signedUp, uniqueEmail } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { carpalTunnelCheckIn, context, quietCheckIn } from './helpers/fixtures';

describe.each(BACKENDS)('the patient API on %s', (backend) => {
  let t: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await freshDb(backend);
    app = await buildApp({ db: t.db });
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  describe('accounts', () => {
    it('signs up, tells who is signed in, signs out and back in', async () => {
      const email = uniqueEmail();
      const c = new Client(app);
      const up = await c.post('/api/auth/signup', {
        email: email.toUpperCase(),
        password: PASSWORD,
        name: 'Ana',
      });
      // No session from sign-up itself (its answer is the same for a known e-mail): sign in next.
      expect(up.status).toBe(202);
      expect(up.body.status).toBe('accepted');
      expect(up.raw.cookies.find((k) => k.name === '__Host-hc_session')).toBeUndefined();
      expect((await c.get('/api/me')).status).toBe(401);
      const first = await c.signin(email, PASSWORD);
      expect(first.status).toBe(200);
      expect(first.body.user).toMatchObject({ email, name: 'Ana', role: 'patient' });
      expect(typeof first.body.csrfToken).toBe('string');

      const me = await c.get('/api/me');
      expect(me.status).toBe(200);
      expect(me.body).toEqual({ user: first.body.user, csrfToken: first.body.csrfToken });

      expect((await c.post('/api/auth/signout')).status).toBe(204);
      expect((await c.get('/api/me')).status).toBe(401);

      const wrong = await c.signin(email, 'not the password');
      expect(wrong.status).toBe(401);
      expect(wrong.body.error).toBe('wrong_credentials');
      const inAgain = await c.signin(email);
      expect(inAgain.status).toBe(200);
      expect(inAgain.body.user.id).toBe(first.body.user.id);
      expect((await c.get('/api/me')).status).toBe(200);
    });

    it('makes no second account with the same email, whatever its case, and answers as for a new one', async () => {
      const c = await signedUp(app);
      const again = await new Client(app).post('/api/auth/signup', {
        email: c.user?.email.toUpperCase(),
        password: 'another long passphrase',
      });
      const fresh = await new Client(app).post('/api/auth/signup', {
        email: uniqueEmail(),
        password: 'another long passphrase',
      });
      expect(again.status).toBe(202);
      expect(again.body).toEqual(fresh.body);
      expect(Object.keys(again.headers).sort()).toEqual(Object.keys(fresh.headers).sort());
      const rows = await t.db.query('select 1 from users where email = $1', [c.user?.email]);
      expect(rows).toHaveLength(1);
      // The account's owner still signs in with their own password, not the newcomer's.
      expect((await new Client(app).signin(c.user?.email as string, 'another long passphrase')).status).toBe(
        401,
      );
      expect((await new Client(app).signin(c.user?.email as string)).status).toBe(200);
    });

    it.each([
      ['too short', 'short1234', 'at least 10'],
      ['one of the most common', 'password123', 'most common'],
      ['one character repeated', 'aaaaaaaaaaaa', 'most common'],
    ])('refuses a password that is %s', async (_what, password, words) => {
      const r = await new Client(app).post('/api/auth/signup', { email: uniqueEmail(), password });
      expect(r.status).toBe(400);
      expect(r.body.fields).toEqual([{ field: 'password', message: expect.stringContaining(words) }]);
    });

    it('"sign out everywhere" ends every session of the person', async () => {
      const a = await signedUp(app);
      const b = new Client(app);
      expect((await b.signin(a.user?.email as string)).status).toBe(200);
      expect((await a.post('/api/auth/signout-all')).status).toBe(204);
      expect((await a.get('/api/me')).status).toBe(401);
      expect((await b.get('/api/me')).status).toBe(401);
    });
  });

  describe('context', () => {
    it('starts empty and keeps the medicine and risk profile it is given', async () => {
      const c = await signedUp(app);
      expect((await c.get('/api/context')).body).toEqual({
        context: { medicines: [], risk: {} },
        version: 0,
      });
      const put = await c.put('/api/context', { context });
      expect(put.status).toBe(200);
      expect(put.body.context.medicines).toEqual(context.medicines);
      expect((await c.get('/api/context')).body.context).toEqual(put.body.context);
      const audit = await t.db.query<{ action: string }>(
        'select action from audit_log where patient = $1 order by id',
        [c.user?.id],
      );
      expect(audit.map((a) => a.action).filter((a) => a.startsWith('context.'))).toEqual([
        'context.read',
        'context.update',
        'context.read',
      ]);
    });
  });

  describe('check-ins', () => {
    it('stores a check-in with the assessment core made, and lists them oldest first', async () => {
      const c = await signedUp(app);
      await c.put('/api/context', { context });
      const later = await c.post('/api/checkins', carpalTunnelCheckIn('2026-03-16'));
      expect(later.status).toBe(201);
      expect(later.body).toMatchObject({ version: 1, checkIn: { date: '2026-03-16' } });
      expect(later.body.assessment.rulesVersion).toMatch(/^\d+\.\d+\.\d+$/);
      expect(later.body.assessment.timing).toMatchObject({ medicine: 'letrozole', weeksSinceStart: 10 });
      expect(later.body.assessment.resembles.map((r: { condition: string }) => r.condition)).toContain(
        'carpal_tunnel',
      );
      const earlier = await c.post('/api/checkins', quietCheckIn('2026-03-09'));
      expect(earlier.status).toBe(201);

      const list = await c.get('/api/checkins');
      expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([earlier.body.id, later.body.id]);
      const ranged = await c.get('/api/checkins?from=2026-03-10&to=2026-03-31');
      expect(ranged.body.items.map((i: { id: string }) => i.id)).toEqual([later.body.id]);
      expect((await c.get(`/api/checkins/${later.body.id}`)).body).toEqual(later.body);
    });

    it('amends with the current version, keeps the earlier one, and answers 409 to a stale version', async () => {
      const c = await signedUp(app);
      const first = (await c.post('/api/checkins', carpalTunnelCheckIn('2026-03-16', 5))).body;
      const amended = await c.put(`/api/checkins/${first.id}`, {
        version: 1,
        checkIn: carpalTunnelCheckIn('2026-03-16', 8),
      });
      expect(amended.status).toBe(200);
      expect(amended.body.version).toBe(2);
      expect(amended.body.checkIn.regions[0].severity).toBe(8);

      const stale = await c.put(`/api/checkins/${first.id}`, {
        version: 1,
        checkIn: carpalTunnelCheckIn('2026-03-16', 2),
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('version_conflict');
      expect((await c.get(`/api/checkins/${first.id}`)).body.checkIn.regions[0].severity).toBe(8);

      const versions = await c.get(`/api/checkins/${first.id}/versions`);
      expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
      expect(versions.body.items[0].checkIn.regions[0].severity).toBe(5);
      expect(versions.body.items[0].assessment).toEqual(first.assessment);
    });

    it('compares with the earlier check-ins when it assesses (history)', async () => {
      const c = await signedUp(app);
      await c.put('/api/context', { context });
      for (const [date, severity] of [
        ['2026-02-16', 2],
        ['2026-02-23', 3],
        ['2026-03-02', 4],
      ] as const) {
        expect((await c.post('/api/checkins', carpalTunnelCheckIn(date, severity))).status).toBe(201);
      }
      const last = await c.post('/api/checkins', carpalTunnelCheckIn('2026-03-16', 8));
      const withHistory = assessUnknown({
        checkIn: carpalTunnelCheckIn('2026-03-16', 8),
        context,
        history: [
          carpalTunnelCheckIn('2026-02-16', 2),
          carpalTunnelCheckIn('2026-02-23', 3),
          carpalTunnelCheckIn('2026-03-02', 4),
        ],
      });
      expect(last.body.assessment).toEqual(JSON.parse(JSON.stringify(withHistory)));
      const alone = assessUnknown({ checkIn: carpalTunnelCheckIn('2026-03-16', 8), context });
      // The history matters (otherwise this test would prove nothing about it).
      expect(withHistory).not.toEqual(alone);
    });

    it('deletes a check-in', async () => {
      const c = await signedUp(app);
      const s = (await c.post('/api/checkins', quietCheckIn('2026-03-09'))).body;
      expect((await c.del(`/api/checkins/${s.id}`)).status).toBe(204);
      expect((await c.get(`/api/checkins/${s.id}`)).status).toBe(404);
      expect((await c.del(`/api/checkins/${s.id}`)).status).toBe(404);
    });
  });

  describe('treatments', () => {
    it('adds, changes, lists and removes a treatment', async () => {
      const c = await signedUp(app);
      const made = await c.post('/api/treatments', {
        kind: 'night_splint',
        hand: 'right',
        startedOn: '2026-03-20',
        effect: 'too_early',
      });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ kind: 'night_splint', effect: 'too_early', id: expect.any(String) });
      const changed = await c.put(`/api/treatments/${made.body.id}`, {
        kind: 'night_splint',
        hand: 'right',
        startedOn: '2026-03-20',
        effect: 'a_little_better',
      });
      expect(changed.body.effect).toBe('a_little_better');
      expect((await c.get('/api/treatments')).body.items).toEqual([changed.body]);
      expect((await c.del(`/api/treatments/${made.body.id}`)).status).toBe(204);
      expect((await c.get('/api/treatments')).body.items).toEqual([]);
    });
  });

  describe('timeline and export', () => {
    it('gives the weekly timeline since the medicine started, from the stored assessments', async () => {
      const c = await signedUp(app);
      await c.put('/api/context', { context });
      await c.post('/api/checkins', carpalTunnelCheckIn('2026-03-16', 6));
      const tl = await c.get('/api/timeline');
      expect(tl.status).toBe(200);
      expect(tl.body).toMatchObject({
        medicine: 'letrozole',
        medicineStartedOn: '2026-01-05',
        anchor: '2026-01-05',
      });
      expect(tl.body.weeks).toEqual([
        expect.objectContaining({
          week: 10,
          date: '2026-03-16',
          maxSeverity: 6,
          byCondition: expect.objectContaining({ carpal_tunnel: 6 }),
        }),
      ]);
    });

    it('exports the whole record and deletes the account with everything in it', async () => {
      const c = await signedUp(app);
      await c.put('/api/context', { context });
      const ci = (await c.post('/api/checkins', carpalTunnelCheckIn())).body;
      const tr = (await c.post('/api/treatments', { kind: 'night_splint', effect: 'too_early' })).body;
      const exp = await c.get('/api/export');
      expect(exp.status).toBe(200);
      expect(exp.body).toEqual({
        patient: { id: c.user?.id, email: c.user?.email, name: 'Test patient' },
        context: expect.objectContaining({ medicines: context.medicines }),
        checkIns: [ci],
        treatments: [tr],
        // Care-team alerts are computed by core's alert rules (tested with them).
        alerts: expect.any(Array),
      });
      const id = c.user?.id as string;
      expect((await c.del('/api/account')).status).toBe(204);
      expect((await c.get('/api/me')).status).toBe(401);
      for (const table of ['users', 'contexts', 'checkins', 'treatments', 'sessions']) {
        const col = { users: 'id', sessions: 'user_id' }[table] ?? 'patient_id';
        const rows = await t.db.query(`select 1 from ${table} where ${col} = $1`, [id]);
        expect(rows, table).toEqual([]);
      }
      const [{ n }] = (await t.db.query<{ n: number }>(
        'select count(*)::int as n from checkin_versions where checkin_id = $1',
        [ci.id],
      )) as [{ n: number }];
      expect(n).toBe(0);
      // The audit log keeps the ids of what happened, nothing else.
      const audit = await t.db.query<{ action: string; target: string | null }>(
        'select action, target from audit_log where patient = $1 order by id',
        [id],
      );
      expect(audit.map((a) => a.action)).toContain('account.delete');
    });
  });

  describe('sharing with a clinician', () => {
    it('a code redeemed once links the patient; the patient can revoke it', async () => {
      const p = await signedUp(app);
      await p.post('/api/checkins', carpalTunnelCheckIn());
      const doc = await signedUp(app, 'clinician');
      const code = await p.post('/api/shares/code');
      expect(code.status).toBe(201);
      expect(code.body.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
      const hours = (Date.parse(code.body.expiresAt) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(71.9);
      expect(hours).toBeLessThanOrEqual(72);

      expect((await doc.get(`/api/clinician/patients/${p.user?.id}`)).status).toBe(404);
      const redeemed = await doc.post('/api/shares/redeem', { code: code.body.code.toLowerCase() });
      expect(redeemed.status).toBe(200);
      expect(redeemed.body.patient).toEqual({ id: p.user?.id, name: 'Test patient', email: p.user?.email });
      const record = await doc.get(`/api/clinician/patients/${p.user?.id}`);
      expect(record.status).toBe(200);
      expect(record.body.checkIns).toHaveLength(1);

      const reused = await (await signedUp(app, 'clinician')).post('/api/shares/redeem', {
        code: code.body.code,
      });
      expect(reused.status).toBe(404);

      const shares = await p.get('/api/shares');
      expect(shares.body.items).toEqual([
        {
          clinician: { id: doc.user?.id, name: 'Test clinician', email: doc.user?.email },
          since: expect.any(String),
        },
      ]);
      expect(
        (await doc.get('/api/shares')).body.items.map((i: { patient: { id: string } }) => i.patient.id),
      ).toEqual([p.user?.id]);

      expect((await p.del(`/api/shares/${doc.user?.id}`)).status).toBe(204);
      expect((await doc.get(`/api/clinician/patients/${p.user?.id}`)).status).toBe(404);
      expect((await p.get('/api/shares')).body.items).toEqual([]);
    });

    it('an expired code does not work', async () => {
      const p = await signedUp(app);
      const code = (await p.post('/api/shares/code')).body.code;
      await t.db.query(
        `update share_codes set expires_at = now() - interval '1 minute' where patient_id = $1`,
        [p.user?.id],
      );
      const r = await (await signedUp(app, 'clinician')).post('/api/shares/redeem', { code });
      expect(r.status).toBe(404);
      expect(r.body.error).toBe('invalid_code');
    });
  });

  describe('reminders and the calendar feed', () => {
    it('keeps the chosen day and time, and the private feed lists check-ins at that time', async () => {
      const c = await signedUp(app);
      await c.put('/api/context', { context });
      expect((await c.get('/api/reminders')).body).toEqual({
        weekday: 1,
        time: '18:00',
        feedUrl: null,
        feedActive: false,
      });
      const set = await c.put('/api/reminders', { weekday: 3, time: '09:30' });
      expect(set.body).toMatchObject({ weekday: 3, time: '09:30' });

      const feed = await c.post('/api/reminders/feed');
      expect(feed.status).toBe(201);
      const path = new URL(feed.body.feedUrl).pathname;
      expect(path).toMatch(/^\/ics\/[\w-]{43}\.ics$/);
      expect((await c.get('/api/reminders')).body.feedActive).toBe(true);

      const anon = new Client(app);
      const ics = await anon.get(path);
      expect(ics.status).toBe(200);
      expect(ics.headers['content-type']).toContain('text/calendar');
      expect(ics.headers['cache-control']).toBe('no-store');
      expect(ics.raw.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
      const starts = [...ics.raw.body.matchAll(/DTSTART:(\d{8})T(\d{4})/g)];
      expect(starts.length).toBeGreaterThan(10);
      for (const [, day, time] of starts) {
        expect(time).toBe('0930');
        const d = new Date(`${day?.slice(0, 4)}-${day?.slice(4, 6)}-${day?.slice(6)}T00:00:00Z`);
        expect(d.getUTCDay()).toBe(3);
      }

      const second = await c.post('/api/reminders/feed');
      expect((await anon.get(path)).status).toBe(404);
      expect((await anon.get(new URL(second.body.feedUrl).pathname)).status).toBe(200);
      expect((await c.del('/api/reminders/feed')).status).toBe(204);
      expect((await anon.get(new URL(second.body.feedUrl).pathname)).status).toBe(404);
    });
  });

  describe('admin', () => {
    it('lists accounts and disables one, which ends its sessions', async () => {
      const adminEmail = uniqueEmail('admin');
      const { hashPassword } = await import('../src/auth/passwords');
      await t.db.query(`insert into users (email, password_hash, role) values ($1, $2, 'admin')`, [
        adminEmail,
        await hashPassword(PASSWORD),
      ]);
      const admin = new Client(app);
      expect((await admin.signin(adminEmail)).status).toBe(200);
      const p = await signedUp(app);
      const list = await admin.get('/api/admin/users');
      expect(list.status).toBe(200);
      const row = list.body.items.find((u: { id: string }) => u.id === p.user?.id);
      expect(row).toMatchObject({ email: p.user?.email, role: 'patient', disabled: false });
      expect(row).not.toHaveProperty('passwordHash');
      expect(
        (await admin.request('PATCH', `/api/admin/users/${p.user?.id}`, { disabled: true })).status,
      ).toBe(204);
      expect((await p.get('/api/me')).status).toBe(401);
      expect((await p.signin(p.user?.email as string)).status).toBe(403);
    });
  });

  it('serves its OpenAPI description', async () => {
    const r = await new Client(app).get('/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(['/api/checkins', '/api/checkins/{id}', '/api/shares/redeem']),
    );
    expect(r.body.paths['/api/checkins'].post.requestBody).toBeDefined();
  });
});

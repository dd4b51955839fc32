import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { hashPassword } from '../src/auth/passwords';
import { Client, PASSWORD, signedUp, uniqueEmail } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { carpalTunnelCheckIn, context } from './helpers/fixtures';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Actor = 'anonymous' | 'another patient' | 'a clinician not shared with' | 'an admin';

/** `/api/checkins/:checkIn` with the real ids. */
const fill = (path: string, ids: Ids) => path.replace(/:(\w+)/g, (_, k: keyof Ids) => ids[k]);

/** Routes about "my own record" (no one else's id in them): another person gets their own, never the owner's. */
const isOwnRecordRoute = (path: string) => !path.includes(':');

interface Ids {
  patient: string;
  checkIn: string;
  treatment: string;
  clinician: string;
}

/** Every route that reads or changes a patient's health data, with a valid body. */
const ENDPOINTS: [Method, string, unknown?][] = [
  ['GET', '/api/context'],
  ['PUT', '/api/context', { context }],
  ['GET', '/api/checkins'],
  ['POST', '/api/checkins', carpalTunnelCheckIn('2026-03-23')],
  ['GET', '/api/checkins/:checkIn'],
  ['PUT', '/api/checkins/:checkIn', { version: 1, checkIn: carpalTunnelCheckIn('2026-03-16', 1) }],
  ['DELETE', '/api/checkins/:checkIn'],
  ['GET', '/api/checkins/:checkIn/versions'],
  ['GET', '/api/treatments'],
  ['POST', '/api/treatments', { kind: 'exercise', effect: 'no_change' }],
  ['PUT', '/api/treatments/:treatment', { kind: 'exercise', effect: 'worse' }],
  ['DELETE', '/api/treatments/:treatment'],
  ['GET', '/api/timeline'],
  ['GET', '/api/export'],
  ['GET', '/api/reminders'],
  ['PUT', '/api/reminders', { weekday: 2, time: '07:00' }],
  ['POST', '/api/reminders/feed'],
  ['DELETE', '/api/reminders/feed'],
  ['POST', '/api/shares/code'],
  ['GET', '/api/shares'],
  ['DELETE', '/api/shares/:clinician'],
  ['GET', '/api/clinician/patients/:patient'],
];

describe.each(BACKENDS)('who may read and change health data, on %s', (backend) => {
  let t: TestDb;
  let app: FastifyInstance;
  let owner: Client;
  let sharedClinician: Client;
  let ids: Ids;
  const marker = `private-note-${Math.random().toString(36).slice(2)}`;
  const actors = {} as Record<Actor, Client>;

  beforeAll(async () => {
    t = await freshDb(backend);
    app = await buildApp({ db: t.db });
    owner = await signedUp(app);
    await owner.put('/api/context', { context });
    const ci = await owner.post('/api/checkins', { ...carpalTunnelCheckIn('2026-03-16'), notes: marker });
    const tr = await owner.post('/api/treatments', {
      kind: 'night_splint',
      effect: 'too_early',
      note: marker,
    });
    sharedClinician = await signedUp(app, 'clinician');
    const code = (await owner.post('/api/shares/code')).body.code;
    expect((await sharedClinician.post('/api/shares/redeem', { code })).status).toBe(200);
    ids = {
      patient: owner.user?.id as string,
      checkIn: ci.body.id,
      treatment: tr.body.id,
      clinician: sharedClinician.user?.id as string,
    };

    const adminEmail = uniqueEmail('admin');
    await t.db.query(`insert into users (email, password_hash, role) values ($1, $2, 'admin')`, [
      adminEmail,
      await hashPassword(PASSWORD),
    ]);
    const admin = new Client(app);
    await admin.signin(adminEmail);
    actors.anonymous = new Client(app);
    actors['another patient'] = await signedUp(app);
    actors['a clinician not shared with'] = await signedUp(app, 'clinician');
    actors['an admin'] = admin;
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  const cases = ENDPOINTS.flatMap(([method, url, body]) =>
    (['anonymous', 'another patient', 'a clinician not shared with', 'an admin'] as const).map(
      (actor) => [actor, method, url, body] as const,
    ),
  );

  it.each(cases)(
    '%s: %s %s is refused, with nothing of the record in the answer',
    async (actor, method, url, body) => {
      const r = await actors[actor].request(method, fill(url, ids), body);
      const text = r.raw.body;
      expect(text).not.toContain(marker);
      expect(text).not.toContain(owner.user?.email);
      if (actor === 'anonymous') expect(r.status).toBe(401);
      else if (actor === 'an admin') expect([403, 404]).toContain(r.status);
      else if (isOwnRecordRoute(url)) expect(r.status).toBeLessThan(500);
      else expect([403, 404], `${method} ${url} → ${r.status}`).toContain(r.status);
    },
  );

  it('after all those attempts, the owner’s record is unchanged', async () => {
    const ci = await owner.get(`/api/checkins/${ids.checkIn}`);
    expect(ci.status).toBe(200);
    expect(ci.body.version).toBe(1);
    expect(ci.body.checkIn.notes).toBe(marker);
    expect((await owner.get('/api/checkins')).body.items).toHaveLength(1);
    const tr = await owner.get('/api/treatments');
    expect(tr.body.items).toEqual([expect.objectContaining({ id: ids.treatment, effect: 'too_early' })]);
    expect((await owner.get('/api/shares')).body.items).toHaveLength(1);
  });

  it.each(ENDPOINTS.filter(([m]) => m === 'GET').map(([m, url]) => [m, url] as const))(
    'the right person is let in: %s %s',
    async (method, url) => {
      const who = url.startsWith('/api/clinician/') ? sharedClinician : owner;
      const r = await who.request(method, fill(url, ids));
      expect(r.status).toBe(200);
    },
  );

  it('the shared clinician sees the record; an admin reads no health data at all', async () => {
    const rec = await sharedClinician.get(`/api/clinician/patients/${ids.patient}`);
    expect(rec.raw.body).toContain(marker);
    const users = await actors['an admin'].get('/api/admin/users');
    expect(users.status).toBe(200);
    expect(users.raw.body).not.toContain(marker);
    expect(users.raw.body).not.toContain('password');
  });

  it.each([
    ['a patient', () => owner],
    ['a clinician', () => sharedClinician],
    ['anonymous', () => actors.anonymous],
  ])('%s cannot use the admin routes', async (_who, client) => {
    const list = await client().get('/api/admin/users');
    expect([401, 403]).toContain(list.status);
    const patch = await client().request('PATCH', `/api/admin/users/${ids.patient}`, { disabled: true });
    expect([401, 403]).toContain(patch.status);
  });

  it('a patient cannot redeem a share code (only clinicians can)', async () => {
    const code = (await owner.post('/api/shares/code')).body.code;
    expect((await actors['another patient'].post('/api/shares/redeem', { code })).status).toBe(403);
  });
});

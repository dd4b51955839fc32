import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../src/demo';
import { Client } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';

describe.each(BACKENDS)('the demo on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb(backend);
  });
  afterAll(async () => t?.drop());

  it('tells the letrozole story: aching from week 6, carpal tunnel from week 10, splint, injection, better', async () => {
    const first = await seedDemo(t.db, { today: '2026-11-25' });
    expect(first.created).toBe(true);
    const app = await buildApp({ db: t.db });
    const patient = new Client(app);
    expect((await patient.signin(DEMO_ACCOUNTS.patient.email, DEMO_PASSWORD)).status).toBe(200);
    const { items } = (await patient.get('/api/checkins')).body;
    expect(items.length).toBeGreaterThanOrEqual(36);
    const tl = (await patient.get('/api/timeline')).body;
    expect(tl.medicine).toBe('letrozole');
    const week = (n: number) => tl.weeks.find((w: { week: number }) => w.week === n);
    expect(week(5).byCondition).toEqual({});
    expect(Object.keys(week(8).byCondition)).toContain('ai_arthralgia');
    expect(week(14).byCondition.carpal_tunnel).toBeGreaterThanOrEqual(5);
    // Better after the injection than at its worst.
    expect(week(36).byCondition.carpal_tunnel ?? 0).toBeLessThan(week(15).byCondition.carpal_tunnel);
    const treatments = (await patient.get('/api/treatments')).body.items.map((t: { kind: string }) => t.kind);
    expect(treatments).toEqual(['night_splint', 'steroid_injection']);

    const clinician = new Client(app);
    expect((await clinician.signin(DEMO_ACCOUNTS.clinician.email, DEMO_PASSWORD)).status).toBe(200);
    expect((await clinician.get(`/api/clinician/patients/${first.patient.id}`)).status).toBe(200);
    await app.close();
  });

  it('running it again adds nothing', async () => {
    const before = await t.db.query<{ n: number }>('select count(*)::int as n from checkins');
    const again = await seedDemo(t.db, { today: '2026-12-09' });
    expect(again.created).toBe(false);
    expect(await t.db.query('select count(*)::int as n from checkins')).toEqual(before);
    const users = await t.db.query<{ n: number }>(
      `select count(*)::int as n from users where email like 'demo.%'`,
    );
    expect(users[0]?.n).toBe(3);
    const shares = await t.db.query<{ n: number }>('select count(*)::int as n from shares');
    expect(shares[0]?.n).toBe(1);
  });
});

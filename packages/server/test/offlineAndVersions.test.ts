/**
 * A check-in kept on a phone while offline is sent later with a key the phone made: however often
 * it is retried (one after another or all at once), the server stores it once. And the context
 * carries a version: a save made from an older one gets 409 with the current context (no lost
 * update). The calendar feed follows the risk profile.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { type Client, signedUp } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { carpalTunnelCheckIn, context } from './helpers/fixtures';

describe.each(BACKENDS)('offline keys and context versions on %s', (backend) => {
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

  const send = (c: Client, key: string | undefined, date = '2026-03-16') =>
    c.request('POST', '/api/checkins', carpalTunnelCheckIn(date), {
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });
  const count = async (c: Client) => (await c.get('/api/checkins')).body.items.length as number;

  it('a retry with the same key returns the stored check-in and stores nothing twice', async () => {
    const c = await signedUp(app);
    await c.put('/api/context', { context });
    const first = await send(c, 'phone-key-0001');
    expect(first.status).toBe(201);
    const again = await send(c, 'phone-key-0001');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(await count(c)).toBe(1);
    // Another key is another check-in; no key behaves as before.
    expect((await send(c, 'phone-key-0002')).status).toBe(201);
    expect((await send(c, undefined)).status).toBe(201);
    expect(await count(c)).toBe(3);
  });

  it('ten retries at once still store it exactly once', async () => {
    const c = await signedUp(app);
    const all = await Promise.all(Array.from({ length: 10 }, () => send(c, 'burst-key-0001')));
    expect(all.filter((r) => r.status === 201)).toHaveLength(1);
    expect(all.filter((r) => r.status === 200)).toHaveLength(9);
    expect(new Set(all.map((r) => r.body.id)).size).toBe(1);
    expect(await count(c)).toBe(1);
  });

  it('keys are per person: the same key from two people stores two check-ins', async () => {
    const a = await signedUp(app);
    const b = await signedUp(app);
    const ra = await send(a, 'shared-key-0001');
    const rb = await send(b, 'shared-key-0001');
    expect([ra.status, rb.status]).toEqual([201, 201]);
    expect(ra.body.id).not.toBe(rb.body.id);
  });

  it('a malformed key is a 400 naming the header, and stores nothing', async () => {
    const c = await signedUp(app);
    const r = await send(c, 'bad key!');
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toMatch(/idempotency-key/);
    expect(await count(c)).toBe(0);
  });

  it('a stale context save gets 409 with the current context; nothing is lost', async () => {
    const c = await signedUp(app);
    expect((await c.get('/api/context')).body.version).toBe(0);
    const first = await c.put('/api/context', { context, version: 0 });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(1);
    // Two devices both loaded version 1.
    const switched = {
      ...context,
      medicines: [
        { drug: 'letrozole', startedOn: '2026-01-05', stoppedOn: '2026-03-02', endedBy: 'switch' },
        { drug: 'exemestane', startedOn: '2026-03-02' },
      ],
    };
    const a = await c.put('/api/context', { context: switched, version: 1 });
    expect(a.status).toBe(200);
    expect(a.body.version).toBe(2);
    const b = await c.put('/api/context', { context: { ...context, risk: { diabetes: true } }, version: 1 });
    expect(b.status).toBe(409);
    expect(b.body).toMatchObject({ error: 'version_conflict', version: 2 });
    expect(b.body.context.medicines).toHaveLength(2);
    expect(b.body.message).toMatch(/changed elsewhere/);
    const now = (await c.get('/api/context')).body;
    expect(now.version).toBe(2);
    expect(now.context.medicines).toHaveLength(2);
  });

  it('parallel saves from one version: exactly one wins', async () => {
    const c = await signedUp(app);
    await c.put('/api/context', { context, version: 0 });
    const all = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        c.put('/api/context', { context: { ...context, risk: { age: 40 + i } }, version: 1 }),
      ),
    );
    expect(all.filter((r) => r.status === 200)).toHaveLength(1);
    expect(all.filter((r) => r.status === 409)).toHaveLength(7);
    expect((await c.get('/api/context')).body.version).toBe(2);
  });

  it('a first save expecting a version that never existed is refused and keeps nothing', async () => {
    const c = await signedUp(app);
    const r = await c.put('/api/context', { context, version: 3 });
    expect(r.status).toBe(409);
    expect((await c.get('/api/context')).body).toEqual({ context: { medicines: [], risk: {} }, version: 0 });
  });

  it('the calendar feed follows the risk profile: two accounts, two schedules', async () => {
    const feedOf = async (risk: object) => {
      const c = await signedUp(app);
      await c.put('/api/context', {
        context: { medicines: [{ drug: 'letrozole', startedOn: '2025-01-06' }], risk },
      });
      const url = new URL((await c.post('/api/reminders/feed')).body.feedUrl);
      const ics = (await c.get(url.pathname)).body as string;
      return [...ics.matchAll(/DTSTART[^:]*:(\d{8})/g)].map((m) => m[1]);
    };
    const plain = await feedOf({});
    const many = await feedOf({
      menopause: 'peri',
      chemotherapy: ['taxane'],
      priorTamoxifen: true,
      diabetes: true,
      priorHandProblems: ['carpal_tunnel'],
      lymphNodeSurgerySide: 'left',
    });
    expect(plain.length).toBeGreaterThan(10);
    expect(plain).not.toEqual(many);
  });
});

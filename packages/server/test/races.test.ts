/**
 * Two devices of one person (two signed-in sessions: a phone and a laptop) change the same
 * check-in at the same moment. Optimistic versions promise: exactly one wins, the other is told
 * (409) and, after reloading, makes its change on top; nobody's change is silently lost.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { Client, signedUp } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { carpalTunnelCheckIn } from './helpers/fixtures';

const ROUNDS = 10;

describe.each(BACKENDS)('two sessions changing one check-in at once, on %s', (backend) => {
  let t: TestDb;
  let app: FastifyInstance;
  let phone: Client;
  let laptop: Client;
  beforeAll(async () => {
    t = await freshDb(backend);
    app = await buildApp({ db: t.db });
    phone = await signedUp(app);
    laptop = new Client(app);
    expect((await laptop.signin(phone.user?.email as string)).status).toBe(200);
    expect(laptop.cookie).not.toBe(phone.cookie);
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it(`amending the same version: one 200, one 409, and the loser's change lands after a reload (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const date = `2026-03-${10 + round}`;
      const created = await phone.post('/api/checkins', carpalTunnelCheckIn(date, 2));
      const id = created.body.id as string;
      const fromPhone = { ...carpalTunnelCheckIn(date, 6), notes: `phone ${round}` };
      const fromLaptop = { ...carpalTunnelCheckIn(date, 8), notes: `laptop ${round}` };

      const [a, b] = await Promise.all([
        phone.put(`/api/checkins/${id}`, { version: 1, checkIn: fromPhone }),
        laptop.put(`/api/checkins/${id}`, { version: 1, checkIn: fromLaptop }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [winner, loser, winnerBody, loserBody] =
        a.status === 200 ? [a, laptop, fromPhone, fromLaptop] : [b, phone, fromLaptop, fromPhone];
      expect(winner.body.version).toBe(2);
      expect(winner.body.checkIn.notes).toBe(winnerBody.notes);
      const refused = a.status === 409 ? a : b;
      expect(refused.body.error).toBe('version_conflict');
      expect(refused.body.message).toContain('now version 2');

      // The loser reloads, sees the winner's change, and makes its own on top.
      const reloaded = await loser.get(`/api/checkins/${id}`);
      expect(reloaded.body).toMatchObject({ version: 2, checkIn: { notes: winnerBody.notes } });
      const retried = await loser.put(`/api/checkins/${id}`, { version: 2, checkIn: loserBody });
      expect(retried.status).toBe(200);
      expect(retried.body.version).toBe(3);

      // Every change is in the history, in order, each with the assessment made for it.
      const versions = await phone.get(`/api/checkins/${id}/versions`);
      expect(
        versions.body.items.map((v: { version: number; checkIn: { notes?: string } }) => v.checkIn.notes),
      ).toEqual([undefined, winnerBody.notes, loserBody.notes]);
      expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
      for (const v of versions.body.items) expect(v.assessment.checkInDate).toBe(date);
    }
  });

  it('amending while the other session deletes: either order is clean, never a 5xx or a half-kept check-in', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const date = `2026-10-${String(10 + round).padStart(2, '0')}`;
      const id = (await phone.post('/api/checkins', carpalTunnelCheckIn(date, 3))).body.id as string;
      const [amend, remove] = await Promise.all([
        phone.put(`/api/checkins/${id}`, { version: 1, checkIn: carpalTunnelCheckIn(date, 9) }),
        laptop.del(`/api/checkins/${id}`),
      ]);
      // Amended then deleted, or deleted first (the amendment finds nothing).
      expect([`200/204`, `404/204`]).toContain(`${amend.status}/${remove.status}`);
      expect((await laptop.get(`/api/checkins/${id}`)).status).toBe(404);
      expect((await laptop.get(`/api/checkins/${id}/versions`)).status).toBe(404);
      const [left] = await t.db.query<{ n: number }>(
        'select count(*)::int as n from checkin_versions where checkin_id = $1',
        [id],
      );
      expect(left?.n).toBe(0);
    }
  });
});

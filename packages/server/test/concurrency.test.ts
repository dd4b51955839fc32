import { CheckIn } from '@handcheck/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { defaultConfig } from '../src/config';
import { RecordService } from '../src/record/service';
import { audit } from '../src/repos/audit';
import { Client, signedUp } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { carpalTunnelCheckIn, context } from './helpers/fixtures';

const OPS = 300;

const service = new RecordService(defaultConfig().alerts);
describe.each(BACKENDS)('many requests at once on %s', (backend) => {
  let t: TestDb;
  let app: FastifyInstance;
  // Spread over several people: each write re-assesses against the person's history, and a
  // 300-check-in history would make this a test of the rules' speed rather than of isolation.
  const people: Client[] = [];
  beforeAll(async () => {
    t = await freshDb(backend);
    app = await buildApp({ db: t.db });
    for (let i = 0; i < 12; i++) {
      const c = await signedUp(app);
      await c.put('/api/context', { context });
      people.push(c);
    }
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it(`${OPS} interleaved writes, a third failing mid-transaction: no rolled-back row kept, no acknowledged row lost`, async () => {
    const note = (kind: string, i: number) => `${kind}-${i}`;
    const day = (i: number) =>
      `2026-${String(3 + (i % 9)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

    const ops = Array.from({ length: OPS }, async (_, i) => {
      const c = people[i % people.length] as Client;
      const patientId = c.user?.id as string;
      const checkIn = CheckIn.parse({
        ...carpalTunnelCheckIn(day(i), i % 11),
        notes: note(['commit', 'fail', 'http'][i % 3] as string, i),
      });
      if (i % 3 === 0) {
        // A committing transaction through the store, as a route does.
        const stored = await t.db.transaction(async (tx) => {
          const s = await service.saveCheckIn(tx, patientId, checkIn);
          await audit(tx, { actor: patientId, action: 'checkin.create', patient: patientId, target: s.id });
          return s;
        });
        return { acked: stored.id };
      }
      if (i % 3 === 1) {
        // Inserted, audited, then a broken statement: the whole transaction must vanish.
        await expect(
          t.db.transaction(async (tx) => {
            const s = await service.saveCheckIn(tx, patientId, checkIn);
            await audit(tx, { actor: patientId, action: 'checkin.create', patient: patientId, target: s.id });
            await tx.query('insert into no_such_table values (1)');
          }),
        ).rejects.toThrow(/no_such_table/);
        return { acked: null };
      }
      // An ordinary request through HTTP, interleaved with the transactions above.
      const r = await c.post('/api/checkins', checkIn);
      expect(r.status).toBe(201);
      return { acked: r.body.id as string };
    });
    const results = await Promise.all(ops);
    const acked = results.flatMap((r) => (r.acked ? [r.acked] : []));
    expect(acked).toHaveLength((OPS * 2) / 3);

    const ids = people.map((p) => p.user?.id);
    const rows = await t.db.query<{ id: string; notes: string }>(
      `select id, body->>'notes' as notes from checkins where patient_id = any($1::uuid[])`,
      [ids],
    );
    expect(rows.filter((r) => r.notes.startsWith('fail-'))).toEqual([]);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(acked));
    const audits = await t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where patient = any($1::uuid[]) and action = 'checkin.create'`,
      [ids],
    );
    expect(audits[0]?.n).toBe(acked.length);
  });

  it('of 20 amendments of the same version at once, exactly one wins and the rest get 409', async () => {
    const p = await signedUp(app);
    const first = (await p.post('/api/checkins', carpalTunnelCheckIn('2026-03-16', 5))).body;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        p.put(`/api/checkins/${first.id}`, {
          version: 1,
          checkIn: carpalTunnelCheckIn('2026-03-16', i % 10),
        }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const versions = await p.get(`/api/checkins/${first.id}/versions`);
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('sign-ups racing for one email: exactly one account', async () => {
    const email = `race.${Date.now()}@example.org`;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        new Client(app).post('/api/auth/signup', { email, password: 'correct horse battery' }),
      ),
    );
    // Every answer is the same (a known e-mail is not told apart); one account exists.
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(202));
    const rows = await t.db.query('select 1 from users where email = $1', [email]);
    expect(rows).toHaveLength(1);
  });
});

/**
 * Repeated crashes in the middle of multi-statement writes (a crash-recovery recipe,
 * scaled down). crash.test.ts kills the server once during plain saves; here the real server is
 * killed (SIGKILL) several times at a random moment while two sessions save new check-ins AND
 * amend existing ones (an amendment writes the old version, the new row, the panel row and an audit
 * row in one transaction). After the last restart the stored data must be whole:
 * - every acknowledged save and amendment is there;
 * - no amendment is half-applied: a check-in at version n has exactly versions 1…n-1 in its history;
 * - every check-in has its one creation audit row, and no audit row names a check-in that is not stored;
 * - the panel row agrees with the check-ins (latest date).
 * The sessions themselves survive the restarts. (PostgreSQL's own postmaster is shared by every
 * test on this machine, so only our server process is killed, never the database.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../src/db';
import { PASSWORD, uniqueEmail } from './helpers/client';
import { createPgDatabase } from './helpers/db';
import { carpalTunnelCheckIn } from './helpers/fixtures';
import { exited, HttpClient, type Spawned, spawnServer } from './helpers/server';

const ROUNDS = 3;
const CREATORS = 4;
const AMENDERS = 2;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each([
  ['PGlite in a data folder', 'pglite'],
  ['PostgreSQL', 'postgres'],
] as const)('killed again and again mid-write, the data stays whole (%s)', (_name, kind) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it(`${ROUNDS} kills during saves and amendments from two sessions`, { timeout: 300_000 }, async () => {
    let args: string[] = [];
    let env: Record<string, string> = {};
    let dataDir = '';
    let databaseUrl = '';
    if (kind === 'pglite') {
      dataDir = mkdtempSync(join(tmpdir(), 'hc-crashloop-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      args = ['--data', dataDir];
    } else {
      const created = await createPgDatabase();
      cleanups.push(() => created.drop());
      databaseUrl = created.url;
      env = { DATABASE_URL: databaseUrl };
    }
    const start = async (): Promise<Spawned> => {
      const s = await spawnServer(args, env);
      cleanups.push(() => {
        s.child.kill('SIGKILL');
      });
      return s;
    };

    let server = await start();
    const email = uniqueEmail();
    const phone = new HttpClient(server.url);
    expect((await phone.call('POST', '/api/auth/signup', { email, password: PASSWORD })).status).toBe(202);
    expect((await phone.call('POST', '/api/auth/signin', { email, password: PASSWORD })).status).toBe(200);
    const laptop = new HttpClient(server.url);
    expect((await laptop.call('POST', '/api/auth/signin', { email, password: PASSWORD })).status).toBe(200);

    const created: string[] = [];
    const amendedTo = new Map<string, number>();
    let day = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let stop = false;
      const creator = async (c: HttpClient) => {
        while (!stop) {
          const d = day++;
          const date = new Date(Date.UTC(2026, 2, 1) + d * 86_400_000).toISOString().slice(0, 10);
          try {
            const r = await c.call('POST', '/api/checkins', {
              ...carpalTunnelCheckIn(date, d % 11),
              notes: `r${round}`,
            });
            if (r.status !== 201) throw new Error(`unexpected ${r.status}`);
            created.push(r.body.id);
          } catch {
            return; // the server is gone
          }
        }
      };
      const amender = async (c: HttpClient, seed: number) => {
        for (let i = seed; !stop; i++) {
          const id = created[(i * 7919) % Math.max(1, created.length)];
          if (!id) {
            await sleep(5);
            continue;
          }
          try {
            const current = await c.call('GET', `/api/checkins/${id}`);
            if (current.status !== 200) throw new Error(`unexpected ${current.status}`);
            const r = await c.call('PUT', `/api/checkins/${id}`, {
              version: current.body.version,
              checkIn: { ...current.body.checkIn, notes: `amended r${round} i${i}` },
            });
            if (r.status === 200) amendedTo.set(id, Math.max(amendedTo.get(id) ?? 0, r.body.version));
            else if (r.status !== 409) throw new Error(`unexpected ${r.status}`);
          } catch {
            return;
          }
        }
      };
      const clients = [phone, laptop];
      const writers = [
        ...Array.from({ length: CREATORS }, (_, k) => creator(clients[k % 2] as HttpClient)),
        ...Array.from({ length: AMENDERS }, (_, k) => amender(clients[k % 2] as HttpClient, k * 13 + round)),
      ];
      // Kill at a random moment once writes are certainly flowing.
      const before = created.length;
      while (created.length < before + 15) await sleep(10);
      await sleep(Math.floor(Math.random() * 400));
      server.child.kill('SIGKILL');
      await exited(server.child);
      stop = true;
      await Promise.all(writers);

      server = await start();
      for (const c of clients) {
        Object.assign(c, { base: server.url });
        // The session was stored, so it outlives the process.
        expect((await c.call('GET', '/api/me')).status).toBe(200);
      }
    }
    expect(amendedTo.size).toBeGreaterThan(0);
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);

    const db = await openDb(kind === 'pglite' ? { dataDir: join(dataDir, 'pglite') } : { databaseUrl });
    try {
      const [user] = await db.query<{ id: string }>('select id from users where email = $1', [email]);
      const patient = user?.id as string;
      const rows = await db.query<{ id: string; version: number; history: number[] | null }>(
        `select c.id, c.version,
                (select array_agg(v.version order by v.version) from checkin_versions v where v.checkin_id = c.id) as history
           from checkins c where c.patient_id = $1`,
        [patient],
      );
      const stored = new Map(rows.map((r) => [r.id, r]));
      expect(created.filter((id) => !stored.has(id))).toEqual([]);
      for (const [id, version] of amendedTo) expect(stored.get(id)?.version).toBeGreaterThanOrEqual(version);
      for (const r of rows) {
        expect(r.history ?? [], `history of ${r.id}`).toEqual(
          Array.from({ length: r.version - 1 }, (_, i) => i + 1),
        );
      }

      const audits = await db.query<{ target: string; n: number }>(
        `select target, count(*)::int as n from audit_log
          where patient = $1 and action = 'checkin.create' group by target`,
        [patient],
      );
      expect(audits.filter((a) => a.n !== 1)).toEqual([]);
      expect(new Set(audits.map((a) => a.target))).toEqual(new Set(stored.keys()));

      const [summary] = await db.query<{ last: string | null; latest: string | null }>(
        `select (select last_checkin_date::text from patient_summary where patient_id = $1) as last,
                (select max(date)::text from checkins where patient_id = $1) as latest`,
        [patient],
      );
      expect(summary?.last).toBe(summary?.latest);
    } finally {
      await db.close();
    }
  });
});

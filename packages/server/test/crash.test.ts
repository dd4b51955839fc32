import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from './helpers/client';
import { createPgDatabase } from './helpers/db';
import { carpalTunnelCheckIn } from './helpers/fixtures';
import { exited, HttpClient, spawnServer } from './helpers/server';

const WRITERS = 8;

/**
 * The durability promise: a 201 means committed. Start the real server, write from several
 * clients at once, SIGKILL it mid-way, start it again on the same data, and find every
 * acknowledged check-in. (A process crash, not a power cut: PGlite runs without fsync.)
 */
describe.each([
  ['PGlite in a data folder', 'pglite'],
  ['PostgreSQL', 'postgres'],
] as const)('a crash of the server process loses nothing acknowledged (%s)', (_name, kind) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('every check-in that got a 201 is there after kill -9 and restart; SIGTERM then stops it cleanly', {
    timeout: 240_000,
  }, async () => {
    let args: string[] = [];
    let env: Record<string, string> = {};
    if (kind === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'hc-crash-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      args = ['--data', dir];
    } else {
      const created = await createPgDatabase();
      cleanups.push(() => created.drop());
      env = { DATABASE_URL: created.url };
    }

    const first = await spawnServer(args, env);
    cleanups.push(() => {
      first.child.kill('SIGKILL');
    });
    const email = uniqueEmail();
    const client = new HttpClient(first.url);
    expect((await client.call('POST', '/api/auth/signup', { email, password: PASSWORD })).status).toBe(202);
    expect((await client.call('POST', '/api/auth/signin', { email, password: PASSWORD })).status).toBe(200);

    const acked: string[] = [];
    let attempts = 0;
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        attempts++;
        const day = `2026-${String(3 + ((w + i) % 9)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        try {
          const r = await client.call('POST', '/api/checkins', {
            ...carpalTunnelCheckIn(day, i % 11),
            notes: `w${w}-${i}`,
          });
          if (r.status === 201) acked.push(r.body.id);
          else throw new Error(`unexpected ${r.status}`);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    // Kill once a fair number are acknowledged, with requests certainly in flight.
    while (acked.length < 60) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    await exited(first.child);
    stop = true;
    await Promise.all(writers);
    expect(attempts).toBeGreaterThan(acked.length);

    const second = await spawnServer(args, env);
    cleanups.push(() => {
      second.child.kill('SIGKILL');
    });
    const again = new HttpClient(second.url);
    expect((await again.call('POST', '/api/auth/signin', { email, password: PASSWORD })).status).toBe(200);
    const list = await again.call('GET', '/api/checkins');
    expect(list.status).toBe(200);
    const stored = new Set(list.body.items.map((i: { id: string }) => i.id));
    const missing = acked.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    // Nothing half-written: every stored check-in reads back whole, with its assessment.
    for (const item of list.body.items) expect(item.assessment.rulesVersion).toBeTruthy();

    if (kind === 'pglite') {
      // Two servers on one PGlite folder would corrupt it: the second is refused, saying why.
      await expect(spawnServer(args, env)).rejects.toThrow(
        /exited with 1[\s\S]*already using the data folder/,
      );
    }
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
  });
});

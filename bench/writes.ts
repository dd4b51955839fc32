/**
 * Check-in writes under load: autocannon, 64 connections on loopback, posting valid check-ins as
 * signed-in patients (session cookie + CSRF header) to the real server in its own process, on
 * PostgreSQL (a fresh database, dropped after) and on PGlite (a temporary folder). Baselines in the
 * same run, each a bare Fastify endpoint in its own process on the same kind of database: one
 * INSERT of the same row (the physical limit), and one transaction inserting the row and its audit
 * row (the same durability as a save). They take turns (see `loadTestRotating`).
 * Goals per database: throughput ≥ 0.25 × the bare INSERT's, p99 ≤ 3 × its p99.
 *
 * Then the history sweep, in this process through the record service: one patient's median save
 * time with 10, 100 and 1,000 earlier check-ins (goal: 1,000 ≤ 1.3 × 10), on each database.
 *
 * BENCH_WRITES_SECONDS (default 10) sets the measured time of each; BENCH_PROFILE=1 starts the
 * server with `--cpu-prof` and leaves the profiles in bench/results/profiles/; BENCH_WRITES_DB=postgres|pglite
 * runs one database only; BENCH_WRITES_PATIENTS (default 64) spreads the writes over more people.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckIn, Context, DEFAULT_ALERT_CONFIG } from '@handcheck/core';
import { openDb } from '../packages/server/src/db';
import { RecordService } from '../packages/server/src/record/service';
import { createUser } from '../packages/server/src/repos/accounts';
import { checkInBody, isoDay } from './lib/checkins';
import { fmt, type LoadResult, loadTestRotating, type Target } from './lib/load';
import { type SignedIn, signUpPatient } from './lib/patients';
import { createBenchDatabase } from './lib/postgres';
import { type Child, freePort, REPO_ROOT, spawnNode, startHandcheck, waitForOk } from './lib/processes';

export interface BenchResult {
  readonly name: string;
  readonly summary: string;
}

const CONNECTIONS = 64;
const PATIENTS = Number(process.env.BENCH_WRITES_PATIENTS ?? 64);
const SECONDS = Number(process.env.BENCH_WRITES_SECONDS ?? 10);
const ROUNDS = 2;
const WARMUP_SECONDS = 3;
const GOAL_THROUGHPUT = 0.25;
const GOAL_P99 = 3;
const GOAL_HISTORY = 1.3;
const SWEEP = [10, 100, 1000] as const;
const SWEEP_SAMPLES = 31;

type Kind = 'pglite' | 'postgres';

/**
 * Each signed-in patient checks in as from their own phone: one check-in on its way at a time,
 * each dated a day after their previous one. (Handing request i to patient i mod P instead let a
 * slow request's patient send the next day's check-in before it landed — one save in ten then
 * arrived dated before the latest and was judged against the whole record, which no person does.)
 */
function checkInRequest(patients: readonly SignedIn[]): Target['request'] {
  return (i, person, nth) => {
    const p = patients[person] as SignedIn;
    return {
      method: 'POST',
      path: '/api/checkins',
      headers: { 'content-type': 'application/json', cookie: p.cookie, 'x-csrf-token': p.csrf },
      body: checkInBody(isoDay(nth), 2 + (i % 7)),
    };
  };
}

/** A fresh place for one database: a temporary folder (PGlite) or a new PostgreSQL database. */
async function freshPlace(kind: Kind): Promise<{ where: string; remove(): Promise<void> }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'hc-bench-'));
    return { where: dir, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const created = await createBenchDatabase();
  return { where: created.url, remove: created.drop };
}

async function startBaseline(
  kind: Kind,
  where: string,
  mode: 'bare' | 'durable',
): Promise<{ target: Target; child: Child }> {
  const port = await freePort();
  const child = spawnNode([
    '--import',
    'tsx',
    join(REPO_ROOT, 'bench/baseline/insertServer.ts'),
    String(port),
    kind,
    kind === 'pglite' ? join(where, 'pglite') : where,
    mode,
  ]);
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/api/health`, child, 120_000);
  return {
    child,
    target: {
      url,
      request: (i) => ({
        method: 'POST',
        path: '/api/checkins',
        headers: { 'content-type': 'application/json' },
        body: checkInBody(isoDay(Math.floor(i / PATIENTS)), 2 + (i % 7)),
      }),
    },
  };
}

async function startServer(kind: Kind, where: string): Promise<{ target: Target; child: Child }> {
  const profile = process.env.BENCH_PROFILE === '1';
  const started = await startHandcheck({
    dataDir: kind === 'pglite' ? where : join(tmpdir(), 'hc-bench-unused'),
    ...(kind === 'postgres' ? { databaseUrl: where } : {}),
    ...(profile
      ? {
          nodeArgs: [
            '--cpu-prof',
            `--cpu-prof-dir=${join(REPO_ROOT, 'bench/results/profiles')}`,
            `--cpu-prof-name=writes-${kind}.cpuprofile`,
          ],
        }
      : {}),
  });
  try {
    const patients: SignedIn[] = [];
    for (let n = 0; n < PATIENTS; n += 8) {
      const batch = [...Array(8).keys()].map((k) => signUpPatient(started.url, n + k));
      patients.push(...(await Promise.all(batch)));
    }
    return {
      child: started.child,
      target: { url: started.url, request: checkInRequest(patients), people: patients.length },
    };
  } catch (e) {
    await started.child.stop();
    throw e;
  }
}

type Measured = Record<'server' | 'bare' | 'durable', LoadResult>;

async function measure(kind: Kind): Promise<Measured> {
  const places = [await freshPlace(kind), await freshPlace(kind), await freshPlace(kind)] as const;
  const children: Child[] = [];
  try {
    const bare = await startBaseline(kind, places[0].where, 'bare');
    children.push(bare.child);
    const durable = await startBaseline(kind, places[2].where, 'durable');
    children.push(durable.child);
    const server = await startServer(kind, places[1].where);
    children.push(server.child);
    return await loadTestRotating({
      targets: { server: server.target, bare: bare.target, durable: durable.target },
      connections: CONNECTIONS,
      seconds: SECONDS,
      rounds: ROUNDS,
      warmupSeconds: WARMUP_SECONDS,
    });
  } finally {
    for (const c of children) await c.stop(15_000);
    for (const p of places) await p.remove();
  }
}

function describe(label: string, m: Measured): string {
  const { server, bare, durable } = m;
  const thr = server.rps / bare.rps;
  const p99 = server.p99 / bare.p99;
  const failed =
    server.failed + bare.failed + durable.failed > 0
      ? ` (failed requests: server ${server.failed}, bare ${bare.failed}, durable ${durable.failed})`
      : '';
  return (
    `${label}: server ${fmt(server.rps)} check-ins/s, p50 ${fmt(server.p50)} ms, p99 ${fmt(server.p99)} ms; ` +
    `bare INSERT ${fmt(bare.rps)}/s, p50 ${fmt(bare.p50)} ms, p99 ${fmt(bare.p99)} ms; ` +
    `same-durability (check-in + audit row in one transaction) ${fmt(durable.rps)}/s, p99 ${fmt(durable.p99)} ms; ` +
    `vs bare: throughput ${thr.toFixed(2)}× (goal ≥ ${GOAL_THROUGHPUT}: ${thr >= GOAL_THROUGHPUT ? 'met' : 'MISSED'}), ` +
    `p99 ${p99.toFixed(2)}× (goal ≤ ${GOAL_P99}: ${p99 <= GOAL_P99 ? 'met' : 'MISSED'}); ` +
    `vs same-durability: throughput ${(server.rps / durable.rps).toFixed(2)}×, p99 ${(server.p99 / durable.p99).toFixed(2)}×${failed}`
  );
}

const medianOf = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** One patient, one connection, saves in a row: the median save with 10, 100 and 1,000 earlier check-ins. */
async function historySweep(kind: Kind): Promise<string> {
  const place = await freshPlace(kind);
  const db = await openDb(
    kind === 'pglite' ? { dataDir: join(place.where, 'pglite') } : { databaseUrl: place.where },
  );
  try {
    const service = new RecordService(DEFAULT_ALERT_CONFIG);
    const user = await createUser(db, {
      email: 'sweep@example.org',
      passwordHash: 'x',
      role: 'patient',
      name: null,
    });
    const id = (user as { id: string }).id;
    await db.transaction((tx) =>
      service.saveContext(
        tx,
        id,
        Context.parse({ medicines: [{ drug: 'letrozole', startedOn: '2000-01-03' }] }),
      ),
    );
    let n = 0;
    const save = async () => {
      const checkIn = CheckIn.parse(JSON.parse(checkInBody(isoDay(n * 7), 2 + (n % 7))));
      n++;
      const t0 = performance.now();
      await db.transaction((tx) =>
        service.saveCheckIn(tx, id, checkIn, { actor: id, action: 'checkin.create' }),
      );
      return performance.now() - t0;
    };
    const medians: number[] = [];
    for (const at of SWEEP) {
      while (n < at) await save();
      const times: number[] = [];
      for (let k = 0; k < SWEEP_SAMPLES; k++) times.push(await save());
      medians.push(medianOf(times));
    }
    const ratio = (medians[2] as number) / (medians[0] as number);
    return (
      `${SWEEP.map((at, i) => `${fmt(at)} earlier: median ${(medians[i] as number).toFixed(2)} ms`).join(', ')}; ` +
      `1,000 vs 10 ${ratio.toFixed(2)}× (goal ≤ ${GOAL_HISTORY}: ${ratio <= GOAL_HISTORY ? 'met' : 'MISSED'})`
    );
  } finally {
    await db.close();
    await place.remove();
  }
}

export async function runWritesBench(): Promise<BenchResult> {
  const parts: string[] = [];
  const only = process.env.BENCH_WRITES_DB;
  for (const [kind, label] of [
    ['postgres', 'PostgreSQL'],
    ['pglite', 'PGlite'],
  ] as const) {
    if (only && only !== kind) continue;
    parts.push(describe(label, await measure(kind)));
    parts.push(`${label} history sweep: ${await historySweep(kind)}`);
  }
  return {
    name: 'writes',
    summary:
      `${CONNECTIONS} connections, ${PATIENTS} signed-in patients, ${SECONDS} s measured each ` +
      `(${ROUNDS} alternating rounds after ${WARMUP_SECONDS} s warm-up). ${parts.join('. ')}`,
  };
}

/**
 * Check-in writes under load: autocannon, 64 connections on loopback, posting valid check-ins as
 * signed-in patients (session cookie + CSRF header) to the real server in its own process, on
 * PostgreSQL (a fresh database, dropped after) and on PGlite (a temporary folder). Baseline in the
 * same run: a bare Fastify endpoint doing one INSERT of the same row into the same kind of database,
 * also in its own process. The two take turns (see `loadTestAlternating`).
 * Goals per database: throughput ≥ 0.7 × baseline, p99 ≤ 1.5 × baseline p99.
 *
 * BENCH_WRITES_SECONDS (default 10) sets the measured time of each; BENCH_PROFILE=1 starts the
 * server with `--cpu-prof` and leaves the profiles in bench/results/profiles/; BENCH_WRITES_DB=postgres|pglite
 * runs one database only; BENCH_WRITES_PATIENTS (default 64) spreads the writes over more people.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkInBody, isoDay } from './lib/checkins';
import { fmt, type LoadResult, loadTestAlternating, type Target } from './lib/load';
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
const GOAL_THROUGHPUT = 0.7;
const GOAL_P99 = 1.5;

type Kind = 'pglite' | 'postgres';

/** Request i goes to patient i mod P, dated one day later each round: no two share a patient-day. */
function checkInRequest(patients: readonly SignedIn[]): Target['request'] {
  return (i) => {
    const p = patients[i % patients.length] as SignedIn;
    return {
      method: 'POST',
      path: '/api/checkins',
      headers: { 'content-type': 'application/json', cookie: p.cookie, 'x-csrf-token': p.csrf },
      body: checkInBody(isoDay(Math.floor(i / patients.length)), 2 + (i % 7)),
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

async function startBaseline(kind: Kind, where: string): Promise<{ target: Target; child: Child }> {
  const port = await freePort();
  const child = spawnNode([
    '--import',
    'tsx',
    join(REPO_ROOT, 'bench/baseline/insertServer.ts'),
    String(port),
    kind,
    kind === 'pglite' ? join(where, 'pglite') : where,
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
    return { child: started.child, target: { url: started.url, request: checkInRequest(patients) } };
  } catch (e) {
    await started.child.stop();
    throw e;
  }
}

async function measure(kind: Kind): Promise<{ subject: LoadResult; baseline: LoadResult }> {
  const places = [await freshPlace(kind), await freshPlace(kind)] as const;
  const children: Child[] = [];
  try {
    const base = await startBaseline(kind, places[0].where);
    children.push(base.child);
    const server = await startServer(kind, places[1].where);
    children.push(server.child);
    return await loadTestAlternating({
      subject: server.target,
      baseline: base.target,
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

function describe(label: string, server: LoadResult, base: LoadResult): string {
  const thr = server.rps / base.rps;
  const p99 = server.p99 / base.p99;
  const failed =
    server.failed + base.failed > 0
      ? ` (failed requests: server ${server.failed}, baseline ${base.failed})`
      : '';
  return (
    `${label}: server ${fmt(server.rps)} check-ins/s, p50 ${fmt(server.p50)} ms, p99 ${fmt(server.p99)} ms; ` +
    `baseline bare INSERT ${fmt(base.rps)}/s, p50 ${fmt(base.p50)} ms, p99 ${fmt(base.p99)} ms; ` +
    `throughput ratio ${thr.toFixed(2)} (goal ≥ ${GOAL_THROUGHPUT}: ${thr >= GOAL_THROUGHPUT ? 'met' : 'MISSED'}), ` +
    `p99 ratio ${p99.toFixed(2)} (goal ≤ ${GOAL_P99}: ${p99 <= GOAL_P99 ? 'met' : 'MISSED'})${failed}`
  );
}

export async function runWritesBench(): Promise<BenchResult> {
  const parts: string[] = [];
  const only = process.env.BENCH_WRITES_DB;
  for (const [kind, label] of [
    ['postgres', 'PostgreSQL'],
    ['pglite', 'PGlite'],
  ] as const) {
    if (only && only !== kind) continue;
    const { subject, baseline } = await measure(kind);
    parts.push(describe(label, subject, baseline));
  }
  return {
    name: 'writes',
    summary:
      `${CONNECTIONS} connections, ${PATIENTS} signed-in patients, ${SECONDS} s measured each ` +
      `(${ROUNDS} alternating rounds after ${WARMUP_SECONDS} s warm-up). ${parts.join('. ')}`,
  };
}

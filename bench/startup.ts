/**
 * Start-up and memory of the embedded mode: time from spawning
 * `node packages/server/bin/handcheck.js start --port N --data DIR` to `/api/health` answering, on a
 * data folder that already holds a database (goal ≤ 3 s), and resident memory idle and under a
 * check-in write load. Baseline in the same run: a bare process (Fastify + PGlite, no migrations,
 * no routes beyond one INSERT) opening the same kind of existing folder, timed and loaded the same way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { checkInBody, isoDay } from './lib/checkins';
import { fmt } from './lib/load';
import { type SignedIn, signUpPatient } from './lib/patients';
import {
  type Child,
  freePort,
  REPO_ROOT,
  rssMb,
  spawnNode,
  startHandcheck,
  waitForOk,
} from './lib/processes';

export interface BenchResult {
  readonly name: string;
  readonly summary: string;
}

const STARTS = 3;
const GOAL_READY_MS = 3000;
const LOAD_SECONDS = 5;

interface Figures {
  readyMs: number;
  idleMb: number;
  loadedMb: number;
}

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Highest RSS seen while `work` runs. */
async function peakRss(pid: number, work: Promise<unknown>): Promise<number> {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 100);
  try {
    await work;
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, rssMb(pid));
}

const settle = () => new Promise((r) => setTimeout(r, 1000));

/** One start of the server; with `load`, also its memory idle and under writes. */
async function serverStart(dir: string, load: boolean): Promise<Figures> {
  let idleMb = 0;
  let loadedMb = 0;
  {
    const { url, child, readyMs } = await startHandcheck({ dataDir: dir });
    try {
      if (!load) return { readyMs, idleMb, loadedMb };
      await settle();
      idleMb = rssMb(child.pid);
      const counter = { i: 0 };
      const patients: SignedIn[] = await Promise.all([...Array(16).keys()].map((n) => signUpPatient(url, n)));
      const writes = autocannon({
        url,
        connections: 32,
        duration: LOAD_SECONDS,
        requests: [
          {
            setupRequest: (req) => {
              counter.i += 1;
              const i = counter.i;
              const p = patients[i % patients.length] as SignedIn;
              return {
                ...req,
                method: 'POST',
                path: '/api/checkins',
                headers: { 'content-type': 'application/json', cookie: p.cookie, 'x-csrf-token': p.csrf },
                body: checkInBody(isoDay(Math.floor(i / patients.length))),
              };
            },
          },
        ],
      });
      loadedMb = await peakRss(child.pid, writes);
      return { readyMs, idleMb, loadedMb };
    } finally {
      await child.stop(15_000);
    }
  }
}

async function startBare(dir: string): Promise<{ url: string; child: Child; readyMs: number }> {
  const port = await freePort();
  const child = spawnNode([
    '--import',
    'tsx',
    join(REPO_ROOT, 'bench/baseline/insertServer.ts'),
    String(port),
    'pglite',
    join(dir, 'pglite'),
  ]);
  const url = `http://127.0.0.1:${port}`;
  try {
    const readyMs = await waitForOk(`${url}/api/health`, child, 120_000);
    return { url, child, readyMs };
  } catch (e) {
    await child.stop();
    throw e;
  }
}

/** One start of the bare baseline; with `load`, also its memory idle and under writes. */
async function bareStart(dir: string, load: boolean): Promise<Figures> {
  let idleMb = 0;
  let loadedMb = 0;
  {
    const { url, child, readyMs } = await startBare(dir);
    try {
      if (!load) return { readyMs, idleMb, loadedMb };
      await settle();
      idleMb = rssMb(child.pid);
      let i = 0;
      const writes = autocannon({
        url,
        connections: 32,
        duration: LOAD_SECONDS,
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              method: 'POST',
              path: '/api/checkins',
              headers: { 'content-type': 'application/json' },
              body: checkInBody(isoDay(Math.floor(i++ / 16))),
            }),
          },
        ],
      });
      loadedMb = await peakRss(child.pid, writes);
      return { readyMs, idleMb, loadedMb };
    } finally {
      await child.stop(15_000);
    }
  }
}

/** Starts alternate (bare, server, bare, …) so background load hits both alike; the last start is loaded. */
async function measure(serverDir: string, bareDir: string): Promise<{ server: Figures; bare: Figures }> {
  const s: Figures[] = [];
  const b: Figures[] = [];
  for (let k = 0; k < STARTS; k++) {
    b.push(await bareStart(bareDir, k === STARTS - 1));
    s.push(await serverStart(serverDir, k === STARTS - 1));
  }
  const summary = (xs: Figures[]): Figures => ({
    readyMs: median(xs.map((x) => x.readyMs)),
    idleMb: (xs.at(-1) as Figures).idleMb,
    loadedMb: (xs.at(-1) as Figures).loadedMb,
  });
  return { server: summary(s), bare: summary(b) };
}

export async function runStartupBench(): Promise<BenchResult> {
  const serverDir = mkdtempSync(join(tmpdir(), 'hc-bench-start-'));
  const bareDir = mkdtempSync(join(tmpdir(), 'hc-bench-bare-'));
  try {
    // First runs create the databases (initdb, migrations); untimed.
    const first = await startHandcheck({ dataDir: serverDir });
    await first.child.stop(15_000);
    const firstBare = await startBare(bareDir);
    await firstBare.child.stop(15_000);

    const { server, bare } = await measure(serverDir, bareDir);
    return {
      name: 'startup',
      summary:
        `embedded database, existing folder, median of ${STARTS} starts: ready in ${fmt(server.readyMs)} ms ` +
        `(goal ≤ ${GOAL_READY_MS} ms: ${server.readyMs <= GOAL_READY_MS ? 'met' : 'MISSED'}; first start with initdb ` +
        `${fmt(first.readyMs)} ms); RSS idle ${fmt(server.idleMb)} MB, peak under ${LOAD_SECONDS} s of check-in writes ` +
        `${fmt(server.loadedMb)} MB. Baseline bare Fastify + PGlite process on the same kind of folder: ready ` +
        `${fmt(bare.readyMs)} ms, RSS idle ${fmt(bare.idleMb)} MB, peak under load ${fmt(bare.loadedMb)} MB. ` +
        `Ratios: ready ${(server.readyMs / bare.readyMs).toFixed(2)}, idle RSS ${(server.idleMb / bare.idleMb).toFixed(2)}, ` +
        `loaded RSS ${(server.loadedMb / bare.loadedMb).toFixed(2)}`,
    };
  } finally {
    rmSync(serverDir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
  }
}

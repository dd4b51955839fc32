/**
 * The check-in screen on a phone.
 * 1. Gzip size of the JavaScript it loads before it can show: the entry script in
 *    packages/web/dist/index.html, its modulepreloads and every module they import statically
 *    (lazy `import()` chunks excluded: the check-in screen is in the entry bundle). Goal ≤ 90 KB.
 * 2. Lighthouse 12.2.3 mobile (simulated throttling) performance and accessibility of the check-in
 *    screen served by the real server (goals ≥ 95 and 100), on /usr/bin/chromium, offline. The
 *    check-in screen is what a signed-in patient sees at `/`, so the run signs a patient up and
 *    Lighthouse sends the session cookie with every request (`extraHeaders`): the page, its
 *    `/api/me` and `/api/context` calls all happen as for that person.
 *    Baseline in the same run: a bare static HTML page served by Fastify + @fastify/static.
 *
 * Needs `npm run build` first (bench/run.ts builds when packages/web/dist is missing).
 * BENCH_LIGHTHOUSE_RUNS (default 3): runs per page, the median is reported.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { fmt } from './lib/load';
import { signUpPatient } from './lib/patients';
import { createBenchDatabase } from './lib/postgres';
import { freePort, REPO_ROOT, spawnNode, startHandcheck, waitForOk } from './lib/processes';

export interface BenchResult {
  readonly name: string;
  readonly summary: string;
}

const DIST = join(REPO_ROOT, 'packages/web/dist');
const GOAL_KB = 90;
const GOAL_PERFORMANCE = 95;
const GOAL_ACCESSIBILITY = 100;
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Every module the page loads before any lazy import, as paths under dist (e.g. `/assets/index-….js`). */
export function eagerModules(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const start = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] as string);
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    // Static imports only: `import x from"./a.js"`, `import"./a.js"`, `export … from"./a.js"`.
    for (const m of code.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w${}*,\s]+from\s*)?["']([^"']+\.js)["']/g,
    )) {
      const spec = m[1] as string;
      queue.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(path), spec));
    }
  }
  return [...seen];
}

function bundleSize(): { kb: number; files: number; rawKb: number } {
  const files = eagerModules(DIST);
  let gz = 0;
  let raw = 0;
  for (const f of files) {
    const bytes = readFileSync(join(DIST, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { kb: gz / 1024, files: files.length, rawKb: raw / 1024 };
}

interface Scores {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART) on a busy machine: try up to 3 times. */
async function audit(url: string, port: number, extraHeaders?: Record<string, string>): Promise<Scores> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, port, extraHeaders);
    } catch (e) {
      if (attempt >= 3 || !/Lighthouse:/.test((e as Error).message)) throw e;
    }
  }
}

async function auditOnce(url: string, port: number, extraHeaders?: Record<string, string>): Promise<Scores> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    formFactor: 'mobile',
    throttlingMethod: 'simulate',
    ...(extraHeaders ? { extraHeaders } : {}),
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  if (extraHeaders) {
    // Make sure it measured the signed-in screen, not the sign-in form.
    const details = lhr.audits['network-requests']?.details as
      | { items?: { url: string; statusCode: number }[] }
      | undefined;
    const me = details?.items?.find((r) => r.url.endsWith('/api/me'));
    if (me?.statusCode !== 200)
      throw new Error(`the page was not signed in (GET /api/me answered ${me?.statusCode ?? 'nothing'})`);
  }
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
  };
}

const medianBy = (xs: Scores[], key: keyof Scores) =>
  xs.map((x) => x[key]).toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const median = (xs: Scores[]): Scores => ({
  performance: medianBy(xs, 'performance'),
  accessibility: medianBy(xs, 'accessibility'),
  lcpMs: medianBy(xs, 'lcpMs'),
  tbtMs: medianBy(xs, 'tbtMs'),
});

export async function runWebBench(): Promise<BenchResult> {
  const size = bundleSize();
  const staticDir = mkdtempSync(join(tmpdir(), 'hc-bench-static-'));
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<meta name="description" content="A bare page."><title>Bare page</title></head><body><main><h1>Check in</h1>' +
      '<p>A bare static page, the baseline for the web benchmark.</p></main></body></html>',
  );
  writeFileSync(join(staticDir, 'favicon.ico'), '');
  const database = await createBenchDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'hc-bench-web-'));
  const staticPort = await freePort();
  const bare = spawnNode([
    '--import',
    'tsx',
    join(REPO_ROOT, 'bench/baseline/staticServer.ts'),
    String(staticPort),
    staticDir,
  ]);
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  let server: Awaited<ReturnType<typeof startHandcheck>> | undefined;
  try {
    server = await startHandcheck({ dataDir, databaseUrl: database.url });
    await waitForOk(`http://127.0.0.1:${staticPort}/api/health`, bare);
    const patient = await signUpPatient(server.url, 0);
    chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
    const app: Scores[] = [];
    const base: Scores[] = [];
    for (let k = 0; k < RUNS; k++) {
      base.push(await audit(`http://127.0.0.1:${staticPort}/`, chrome.port));
      app.push(await audit(`${server.url}/`, chrome.port, { Cookie: patient.cookie }));
    }
    const a = median(app);
    const b = median(base);
    return {
      name: 'web',
      summary:
        `check-in screen JavaScript ${fmt(size.kb, 1)} KB gzipped (${size.files} eager modules, ${fmt(size.rawKb)} KB raw; ` +
        `goal ≤ ${GOAL_KB} KB: ${size.kb <= GOAL_KB ? 'met' : 'MISSED'}). Lighthouse mobile, median of ${RUNS}, signed-in ` +
        `check-in screen from the real server: performance ${a.performance} (goal ≥ ${GOAL_PERFORMANCE}: ` +
        `${a.performance >= GOAL_PERFORMANCE ? 'met' : 'MISSED'}), accessibility ${a.accessibility} (goal ${GOAL_ACCESSIBILITY}: ` +
        `${a.accessibility >= GOAL_ACCESSIBILITY ? 'met' : 'MISSED'}), LCP ${fmt(a.lcpMs)} ms, TBT ${fmt(a.tbtMs)} ms; ` +
        `baseline bare static page: performance ${b.performance}, accessibility ${b.accessibility}, LCP ${fmt(b.lcpMs)} ms, ` +
        `TBT ${fmt(b.tbtMs)} ms; ratios performance ${(a.performance / b.performance).toFixed(2)}, LCP ${(a.lcpMs / b.lcpMs).toFixed(2)}`,
    };
  } finally {
    chrome?.kill();
    await server?.child.stop(15_000);
    await bare.stop();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(staticDir, { recursive: true, force: true });
  }
}

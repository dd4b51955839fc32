/**
 * `npm run bench`: every benchmark, each printing a ratio against a baseline measured in the same
 * run (these machines are noisy). Results are printed and written to bench/RESULTS.md.
 *
 *   npm run bench                 all benchmarks
 *   npm run bench -- assess pdf   only the named ones
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { runAlertsBench } from './alerts';
import { runAssessBench } from './assess';
import { describeMachine } from './machine';
import { runPanelBench } from './panel';
import { runPdfBench } from './pdf';
import { runReassessBench } from './reassess';
import { runStartupBench } from './startup';
import { runWebBench } from './web';
import { runWritesBench } from './writes';

interface BenchResult {
  readonly name: string;
  readonly summary: string;
}

const BENCHES: Record<string, () => Promise<BenchResult>> = {
  assess: runAssessBench,
  alerts: runAlertsBench,
  pdf: runPdfBench,
  panel: runPanelBench,
  writes: runWritesBench,
  reassess: runReassessBench,
  web: runWebBench,
  startup: runStartupBench,
};

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
const unknown = names.filter((n) => !(n in BENCHES));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}

// A fresh clone has no built web app; the web benchmark measures the build.
if (names.includes('web') && !existsSync(new URL('../packages/web/dist/index.html', import.meta.url))) {
  console.log('building the web app (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: new URL('..', import.meta.url), stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

const started = new Date();
const results: BenchResult[] = [];
for (const name of names) {
  const run = BENCHES[name] as () => Promise<BenchResult>;
  console.log(`▶ ${name}`);
  try {
    const r = await run();
    results.push(r);
    console.log(`  ${r.summary}`);
  } catch (e) {
    const r = { name, summary: `FAILED: ${(e as Error).message}` };
    results.push(r);
    console.log(`  ${r.summary}`);
    process.exitCode = 1;
  }
}

const md = [
  '# Benchmark results',
  '',
  `Run ${started.toISOString()} on ${describeMachine()}.`,
  'Each figure is compared with a baseline measured in the same run; compare ratios, not absolute numbers, across runs.',
  '',
  ...results.map((r) => `- **${r.name}**: ${r.summary}`),
  '',
].join('\n');
if (wanted.length === 0) writeFileSync(new URL('./RESULTS.md', import.meta.url), md);

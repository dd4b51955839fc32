/**
 * Re-assessing every stored check-in with the current rules (what a rules update does): 1 M
 * check-ins (goal ≤ 10 s on one core). Patients of a seeded, realistic population are generated in
 * memory a few thousand at a time; each check-in is assessed against that person's earlier ones,
 * as the server does. Only `assess` is timed, in CPU time of this process (the machine is shared:
 * wall time would count other processes' turns), with wall time alongside. Baseline in the same run: parsing the same stored
 * JSON with the core's schema (`CheckIn.parse`), which any re-assessment must do first.
 *
 * BENCH_REASSESS_COUNT (default 1,000,000) scales the run; the time for 1 M is projected from it.
 */
import { assess, CheckIn, Context } from '@handcheck/core';
import { patientHistory, seededRandom } from '../packages/core/src/testing/population';
import { fmt } from './lib/load';

export interface BenchResult {
  readonly name: string;
  readonly summary: string;
}

const GOAL_SECONDS = 10;
const WEEKS = 52;
const PATIENTS_PER_CHUNK = 2000;

/** CPU time (user + system) of this process so far, in ms. */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export async function runReassessBench(): Promise<BenchResult> {
  const wanted = Number(process.env.BENCH_REASSESS_COUNT ?? 1_000_000);
  const random = seededRandom(20261125);
  let count = 0;
  let assessMs = 0;
  let assessWallMs = 0;
  let parseMs = 0;
  let redFlagged = 0;
  while (count < wanted) {
    // Generate a chunk (stored JSON), untimed.
    const chunk = Array.from({ length: PATIENTS_PER_CHUNK }, () => {
      const h = patientHistory(random, WEEKS);
      return { context: h.context, stored: h.checkIns.map((c) => JSON.parse(JSON.stringify(c))) };
    });
    // Baseline: parse what was stored.
    let t = cpuNow();
    const parsed = chunk.map((p) => ({
      context: Context.parse(p.context),
      checkIns: p.stored.map((c) => CheckIn.parse(c)),
    }));
    parseMs += cpuNow() - t;
    // Re-assess each check-in against the same person's earlier ones.
    t = cpuNow();
    const wall = performance.now();
    for (const p of parsed) {
      for (let i = 0; i < p.checkIns.length && count < wanted; i++) {
        const a = assess(p.checkIns[i] as CheckIn, p.context, p.checkIns.slice(0, i));
        if (a.redFlags.length > 0) redFlagged++;
        count++;
      }
    }
    assessMs += cpuNow() - t;
    assessWallMs += performance.now() - wall;
    await new Promise((r) => setImmediate(r));
  }
  const perMillion = (ms: number) => (ms / 1000) * (1_000_000 / count);
  const projected = perMillion(assessMs);
  const baseline = perMillion(parseMs);
  return {
    name: 'reassess',
    summary:
      `re-assessed ${fmt(count)} check-ins (${fmt(count / WEEKS)} patients × up to ${WEEKS} weekly, each against ` +
      `the earlier ones; ${fmt(redFlagged)} with a red flag): ${fmt(projected, 1)} CPU-s per million ` +
      `(${fmt(perMillion(assessWallMs), 1)} s wall) ` +
      `(goal ≤ ${GOAL_SECONDS} s: ${projected <= GOAL_SECONDS ? 'met' : 'MISSED'}); baseline schema parse of the ` +
      `same stored JSON ${fmt(baseline, 1)} CPU-s per million; ratio assess/parse ${(projected / baseline).toFixed(2)}`,
  };
}

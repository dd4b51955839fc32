/**
 * `npm run bench`: every benchmark, each printing a ratio against a baseline measured in the same
 * run (these machines are noisy). Results go to bench/RESULTS.md.
 */
import { runAssessBench } from './assess';

const results = [await runAssessBench()];
for (const r of results) console.log(r.summary);

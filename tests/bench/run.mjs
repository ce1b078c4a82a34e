// `npm run bench`: every benchmark in one run, each printing its figures with budgets
// (README, "Benchmarks"). Runs them one after another so they do not compete for the 2 cores.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BENCHES = [
  ['Startup: initial JavaScript and first render', 'tests/bench/startup.mjs'],
  ['Recalculation', 'tests/bench/recalc.mjs'],
  ['Edit to paint: three channels with imported profiles', 'tests/bench/edit-paint.mjs'],
  ['Monte Carlo', 'tests/bench/monte-carlo.mjs'],
  ['Scale case: 8 scenarios x 50 categories x 120 months, Erlang A', 'tests/bench/scale.mjs'],
  ['Import of a 1,000,000-row ticket export', 'tests/bench/import.mjs'],
];

const failed = [];
for (const [title, file] of BENCHES) {
  if (!existsSync(file)) continue;
  console.log(`\n== ${title} (${file})`);
  const r = spawnSync(process.execPath, [file], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(r.stdout ?? '');
  if (r.status !== 0 || /\bFAIL\b/.test(r.stdout ?? '')) failed.push(title);
}
console.log(failed.length ? `\nOver budget or failed: ${failed.join(', ')}` : '\nAll benchmarks within budget');

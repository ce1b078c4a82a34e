// Benchmark (README, "Benchmarks"): 2,000 Monte Carlo draws of the default scenario in headless
// Chromium, through the app's own worker client, against the 1 s budget.
//
// Builds a small page with Vite into a temporary directory (the client, its workers and
// the default preset), serves it on a local port, and times `MonteCarloClient.run` in the
// page. The first run of a new client is timed as the page's first run after it opens: the
// workers are started when an edit comes (`prepare`, which has them compute the scenario's
// first draws for up to WARM_MS, results dropped) and the run begins once the inputs have
// settled (SETTLE_MS); the CPU time of that warm-up is not in the run's. The runs after it are reported as their median. The
// budget applies to both, for the default preset, the preset with an imported 168-hour
// profile, and three channels with imported profiles in dedicated and in blended pools. The CPU time the page's processes spent
// is printed too: on a machine busy with other work, wall time grows and CPU time does not.
// Always exits 0: PASS or FAIL is printed. BENCH_ROOT=<dir> measures another checkout's
// src/ (to compare a change against this one).
import { build } from 'vite';
import { launchBrowser } from './browser.mjs';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_MS = 1000;
const DRAWS = 2000;
const WARM_RUNS = 5;
const root = resolve(process.env.BENCH_ROOT ?? fileURLToPath(new URL('../..', import.meta.url)));

const dir = mkdtempSync(join(tmpdir(), 'mc-bench-'));
const out = join(dir, 'dist');
const src = (p) => JSON.stringify(join(root, 'src', p));

writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>Monte Carlo bench</title><script type="module" src="./entry.ts"></script>');
writeFileSync(
  join(dir, 'entry.ts'),
  `
import { MonteCarloClient } from ${src('io/monte-carlo-client.ts')};
import { SETTLE_MS } from ${src('ui/uncertainty/settle.ts')};
import { presetScenario, DEFAULT_PRESET } from ${src('model/presets.ts')};
import { newChannel } from ${src('model/channel-defaults.ts')};
import { threeChannelScenario } from ${JSON.stringify(join(fileURLToPath(new URL('.', import.meta.url)), 'channel-scenario.ts'))};

async function time(client, scenario, draws) {
  const t0 = performance.now();
  const o = await client.run(scenario, draws);
  const ms = performance.now() - t0;
  if (o.status !== 'done') throw new Error('run ' + o.status + ': ' + (o.message ?? ''));
  return { ms, p10: o.value.annualSavings.p10.toFixed(2), p50: o.value.annualSavings.p50.toFixed(2), p90: o.value.annualSavings.p90.toFixed(2) };
}

const base = presetScenario(DEFAULT_PRESET);
const scenarios = {
  default: base,
  // The default preset with an imported-looking arrival profile: every hour of the week its
  // own volume (office hours busier), so staffing solves 168 intervals a month, not one.
  profiled: {
    ...base,
    arrivalProfile: Array.from({ length: 168 }, (_, h) => 1 + 0.5 * Math.sin(h / 3) + (h % 24 >= 9 && h % 24 < 18 ? 3 : 0) + 0.01 * (h % 7)),
  },
  // Three channels with imported 168-hour profiles (tests/bench/channel-scenario.ts).
  dedicated: { ...threeChannelScenario(base), pooling: 'dedicated' },
  blended: { ...threeChannelScenario(base), pooling: 'blended' },
  // For information: the channels as a readable link adds them to the preset
  // (channels=chat:40,email:45,voice:15), each with its kind's defaults: the preset's week,
  // email answered every hour to its 4-hour target, which staffs its backlog by the full bisection.
  linked: { ...base, channels: [newChannel('chat', 40), newChannel('email', 45), newChannel('voice', 15)] },
};

let client = null;
window.start = (workers, kind, draws) => {
  client?.dispose();
  client = new MonteCarloClient(workers ? { workers } : {});
  // As the page: an edit starts the workers (which begin on that scenario's draws), and the
  // run comes once the inputs have settled.
  client.prepare(scenarios[kind], draws);
  return new Promise((resolve) => setTimeout(() => resolve(navigator.hardwareConcurrency), SETTLE_MS));
};
window.run = (kind, draws) => time(client, scenarios[kind], draws);
window.preset = DEFAULT_PRESET;
window.benchReady = true;
`,
);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
let server;
let browser;
try {
  await build({
    configFile: false,
    root: dir,
    base: './',
    logLevel: 'error',
    worker: { format: 'es' },
    build: { outDir: out, emptyOutDir: true, target: 'es2022', minify: true },
  });

  server = createServer((req, res) => {
    const path = normalize(join(out, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;

  // Once the browser's own start is over (browser.mjs, `settle`): the first run is timed as the page's first.
  browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true);

  // CPU seconds of the page's renderer processes (dedicated workers run inside them).
  const cdp = await browser.newBrowserCDPSession();
  const cpu = async () => (await cdp.send('SystemInfo.getProcessInfo')).processInfo.filter((p) => p.type === 'renderer').reduce((s, p) => s + p.cpuTime, 0);
  const runs = async (workers, n) => {
    const cores = await page.evaluate(([w, d]) => window.start(w, 'default', d), [workers, DRAWS]);
    const out = [];
    for (let i = 0; i < n; i++) {
      const before = await cpu();
      const r = await page.evaluate((d) => window.run('default', d), DRAWS);
      out.push({ ...r, cpuMs: ((await cpu()) - before) * 1000 });
    }
    return { cores, cold: out[0], warm: out.slice(1) };
  };

  const two = await runs(0, WARM_RUNS + 1);
  const one = await runs(1, 3);
  // A new client for each case: its first run compiles the code for that case on new workers, as a page's first run does.
  const fresh = async (kind, n) => {
    await page.evaluate(([k, d]) => window.start(0, k, d), [kind, DRAWS]);
    const out = [];
    for (let i = 0; i < n; i++) {
      const before = await cpu();
      const r = await page.evaluate(([k, d]) => window.run(k, d), [kind, DRAWS]);
      out.push({ ...r, cpuMs: ((await cpu()) - before) * 1000 });
    }
    return out;
  };
  // The first run and WARM_RUNS after it, as the default client's line: a median of two is
  // their mean, which one run slowed by other work on a shared machine moves by half its delay.
  const profiled = await fresh('profiled', WARM_RUNS + 1);
  const channels = {
    dedicated: await fresh('dedicated', WARM_RUNS + 1),
    blended: await fresh('blended', WARM_RUNS + 1),
  };
  const linked = await fresh('linked', 1);
  const preset = await page.evaluate(() => window.preset);
  const warm = median(two.warm.map((x) => x.ms));
  const cpuPerDraw = median([...two.warm, ...one.warm].map((x) => x.cpuMs)) / DRAWS;
  const same = [two.cold, ...two.warm, one.cold, ...one.warm].every((x) => x.p10 === two.cold.p10 && x.p50 === two.cold.p50 && x.p90 === two.cold.p90);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

  console.log(`Monte Carlo: ${DRAWS} draws of the '${preset}' preset in Chromium (${two.cores} cores reported, load average ${load})`);
  console.log(
    `  default client (${Math.min(2, Math.max(1, two.cores))} workers): first run ${two.cold.ms.toFixed(0)} ms (workers started while the inputs settled), then median ${warm.toFixed(0)} ms of ${WARM_RUNS} (${two.warm.map((x) => x.ms.toFixed(0)).join(', ')})`,
  );
  console.log(`  one worker, for comparison: median ${median(one.warm.map((x) => x.ms)).toFixed(0)} ms`);
  console.log(
    `  CPU time: ${cpuPerDraw.toFixed(3)} ms per draw, so ${((cpuPerDraw * DRAWS) / Math.min(2, Math.max(1, two.cores))).toFixed(0)} ms for a run on idle cores`,
  );
  console.log(
    `  annual savings P10 / P50 / P90: ${two.cold.p10} / ${two.cold.p50} / ${two.cold.p90}; identical in every run and split: ${same ? 'yes' : 'NO'}`,
  );
  // Every case's budget holds for its first run (workers starting, code compiled for it) and the median of the runs after it.
  const line = (name, runs) => {
    const first = runs[0].ms;
    const warm = median(runs.slice(1).map((x) => x.ms));
    const worst = Math.max(first, warm);
    const cpuPerDraw = median(runs.map((x) => x.cpuMs ?? NaN)) / DRAWS;
    console.log(
      `  ${name}: first run ${first.toFixed(0)} ms, then median ${warm.toFixed(0)} ms of ${runs.length - 1} (${runs
        .slice(1)
        .map((x) => x.ms.toFixed(0))
        .join(
          ', ',
        )})${Number.isFinite(cpuPerDraw) ? `, CPU time ${cpuPerDraw.toFixed(3)} ms per draw` : ''}; P10 / P50 / P90 ${runs[0].p10} / ${runs[0].p50} / ${runs[0].p90}; budget ${BUDGET_MS} ms: ${worst < BUDGET_MS ? 'PASS' : 'FAIL'}`,
    );
  };
  line('one channel with an imported 168-hour arrival profile', profiled);
  line('three channels with imported 168-hour profiles (voice, chat, email to a 4-hour target), dedicated pools', channels.dedicated);
  line('the same three channels, blended pools', channels.blended);
  console.log(
    `  for information (no budget): the channels as a link adds them to the preset (channels=chat:40,email:45,voice:15; email answered every hour to its 4-hour target), dedicated pools: first run ${linked[0].ms.toFixed(0)} ms, CPU time ${(linked[0].cpuMs / DRAWS).toFixed(3)} ms per draw`,
  );
  // The budget holds for every run, the first one (workers starting, code not yet optimised) included.
  const worst = Math.max(two.cold.ms, warm);
  console.log(
    `  budget ${BUDGET_MS} ms: ${worst < BUDGET_MS && same ? 'PASS' : 'FAIL'} (first run ${two.cold.ms.toFixed(0)} ms, then ${warm.toFixed(0)} ms: ${(worst / BUDGET_MS).toFixed(2)} of the budget at worst)`,
  );
} catch (err) {
  console.log(`Monte Carlo benchmark: FAIL (${err instanceof Error ? err.message : String(err)})`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);

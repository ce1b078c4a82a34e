// The model's speed on Node, without a page (README, "Benchmarks" has the browser benches):
// recalculation p50 / p95 and Monte Carlo draws of the one- and three-channel cases, and the
// scale case's Monte Carlo with three channels under Erlang A. A figure digest is printed
// with each Monte Carlo run, to compare a change against another checkout (BENCH_ROOT is
// not needed: run it in each). Usage: node tests/bench/model-speed.mjs [recalc|mc|scale]...
import { build } from 'vite';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { percentile } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = process.env.MODEL_SPEED_OUT ?? mkdtempSync(join(tmpdir(), 'model-speed-'));
const what = process.argv.slice(2);
const want = (w) => what.length === 0 || what.includes(w);
try {
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    define: { __APP_VERSION__: '"bench"' },
    build: {
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      ssr: resolve(here, 'model-speed-entry.ts'),
      rollupOptions: { output: { entryFileNames: 'entry.mjs' } },
    },
  });
  if (what.includes('build')) process.exit(0);
  const m = await import(pathToFileURL(join(dir, 'entry.mjs')).href);
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`Model speed on Node ${process.version}, load average ${load()}`);
  const line = (name, t) => console.log(`  ${name.padEnd(46)} p50 ${percentile(t, 50).toFixed(2)} ms, p95 ${percentile(t, 95).toFixed(2)} ms`);
  if (want('recalc')) {
    line('recalculation, one channel', m.runRecalc(200));
    line('recalculation, three channels dedicated', m.runRecalcChannels(200, 'dedicated'));
    line('recalculation, three channels blended', m.runRecalcChannels(200, 'blended'));
  }
  if (want('mc')) {
    for (const [name, s] of [
      ['default preset', m.plain()],
      ['168-hour profile', m.profiled()],
      ['three channels dedicated', m.channels('dedicated')],
      ['three channels blended', m.channels('blended')],
      ['channels of a link, email every hour', m.linked()],
    ]) {
      const r = m.draws(s, 0, 2000);
      console.log(`  2,000 draws, ${name.padEnd(34)} ${r.ms.toFixed(0)} ms (one thread, first run), digest ${r.digest}`);
    }
  }
  if (want('scale')) {
    let total = 0;
    for (let k = 0; k < 8; k++) {
      const s = m.scaleChannels(k);
      const t0 = performance.now();
      m.calculate(s);
      const calc = performance.now() - t0;
      const r = m.draws(s, 0, 2000);
      total += r.ms;
      console.log(
        `  scale scenario ${k + 1}, three channels, Erlang A: calculate ${calc.toFixed(0)} ms, 2,000 draws ${r.ms.toFixed(0)} ms, digest ${r.digest}`,
      );
    }
    console.log(`  scale case Monte Carlo, 8 scenarios: ${total.toFixed(0)} ms on one thread`);
  }
  console.log(`  load average after: ${load()}`);
} finally {
  if (!process.env.MODEL_SPEED_OUT) rmSync(dir, { recursive: true, force: true });
}

// Shared by the benchmarks: bundle a module for the browser with Vite and open it in
// headless Chromium (the system's when installed) on a local static server.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function systemChromium() {
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
}

/** Bundles `entry` (a project file exporting functions) into a temp dir as `bundle.js`. */
export async function bundle(entry) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    define: { __APP_VERSION__: '"bench"' },
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry: path.resolve(entry), formats: ['es'], fileName: () => 'bundle.js' } },
  });
  fs.writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><body></body>');
  return outDir;
}

/** Busy and total CPU ticks of the machine (Linux /proc/stat), or null where there is none. */
function cpuTicks() {
  try {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3] + (f[4] ?? 0);
    const total = f.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

const QUIET_SHARE = 0.15;
const QUIET_WINDOW_MS = 500;
const QUIET_LIMIT_MS = 15_000;

/**
 * Waits until the machine is quiet: a freshly launched Chromium starts its own pages (the
 * browser's built-in UI renderer) and spends 1-2 s of CPU on both cores of a small machine
 * in its first second, which a measurement taken then would count as the app's. Quiet:
 * under 15 % of the CPUs busy over half a second (Linux /proc/stat); at most 15 s (a
 * machine busy with other work then goes on, and its load average is printed with the
 * figures); a fixed 2 s where /proc/stat is not there. Returns the milliseconds waited.
 */
export async function settle() {
  const t0 = Date.now();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  if (cpuTicks() === null) {
    await sleep(2000);
    return Date.now() - t0;
  }
  while (Date.now() - t0 < QUIET_LIMIT_MS) {
    const a = cpuTicks();
    await sleep(QUIET_WINDOW_MS);
    const b = cpuTicks();
    if (b.total > a.total && (b.busy - a.busy) / (b.total - a.total) < QUIET_SHARE) break;
  }
  return Date.now() - t0;
}

/** Serves `dir` on 127.0.0.1 and opens a Chromium page on it; returns { page, url, close }. */
export async function openPage(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(url + 'index.html');
  return {
    page,
    url,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One result line: figure, budget, PASS/FAIL. */
export function report(label, value, unit, budget, pass) {
  const verdict = budget === null ? '' : pass ? 'PASS' : 'FAIL';
  console.log(`${label.padEnd(58)} ${String(value).padStart(12)} ${unit.padEnd(6)} ${budget === null ? '' : `budget ${budget}`.padEnd(22)} ${verdict}`);
  return pass;
}

/** Launches headless Chromium (the system's when installed) with the benchmarks' arguments, once it has settled (see `settle`). */
export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  await settle();
  return browser;
}

/** Bundles `entry` (a project .ts file) for Node, imports it and removes the bundle: the module's exports. */
export async function importForNode(entry) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-node-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      define: { __APP_VERSION__: '"bench"' },
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        target: 'es2022',
        lib: { entry: path.resolve(entry), formats: ['es'], fileName: () => 'module.mjs' },
      },
    });
    return await import(path.join(outDir, 'module.mjs'));
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Serves the built app `dist` on 127.0.0.1 as a static host would (any other path gets
 * index.html), with `extra` pages (path -> body) beside it; returns { server, url }.
 */
export async function serveApp(dist, extra = {}) {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pathname in extra) {
      res.writeHead(200, { 'content-type': pathname.endsWith('.js') ? 'text/javascript' : 'text/html' });
      res.end(extra[pathname]);
      return;
    }
    let file = path.join(dist, pathname);
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dist, 'index.html');
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// Startup budgets (README, "Benchmarks"): the initial JavaScript, gzipped (budget 120 KB), and the
// time from navigation until the default scenario's figures are on screen on localhost
// (budget 400 ms). Builds the app, serves dist/ and loads it in headless Chromium.
// The main thread's busy time (CDP `TaskDuration`, read just after the figures) and the load
// average are printed too: on a machine busy with other work wall time grows, busy time less.
// The figures of a first visit are rendered at build time into index.html; the time until
// the app has taken them over and answers input is printed beside them.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, percentile, report, systemChromium } from './browser.mjs';

const RUNS = 11;

// The floor: a page whose module script shows one formatted figure. Its time is what this
// browser on this machine needs for any page at all, to read the app's figure against.
const FLOOR_PAGE = {
  '/__floor/':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><script type="module" src="./floor.js"></script></head><body><div id="app"></div></body></html>',
  '/__floor/floor.js': `const el = document.createElement('span');
el.dataset.metric = 'monthly_savings';
el.dataset.value = '1';
el.textContent = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(1234.5);
document.getElementById('app').append(el);`,
};

export async function benchStartup() {
  execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  const dist = path.resolve('dist');
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pathname in FLOOR_PAGE) {
      res.writeHead(200, { 'content-type': pathname.endsWith('.js') ? 'text/javascript' : 'text/html' });
      res.end(FLOOR_PAGE[pathname]);
      return;
    }
    let file = path.join(dist, pathname);
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dist, 'index.html');
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  try {
    const times = [];
    const readyTimes = [];
    const floor = [];
    const busy = [];
    let scripts = new Set();
    for (let i = 0; i < RUNS; i++) {
      const app = await load(browser, url, { listScripts: i === 0, untilReady: true });
      times.push(app.ms);
      readyTimes.push(app.readyMs);
      busy.push(app.busyMs);
      if (i === 0) scripts = app.scripts;
      floor.push((await load(browser, `${url}__floor/`, { listScripts: false, untilReady: false })).ms);
    }
    let raw = 0,
      gz = 0;
    for (const p of scripts) {
      const buf = fs.readFileSync(path.join(dist, p));
      raw += buf.length;
      gz += zlib.gzipSync(buf, { level: 9 }).length;
    }
    report(
      `JavaScript loaded before the figures (${scripts.size} files, ${(raw / 1024).toFixed(1)} KB raw), gzipped`,
      (gz / 1024).toFixed(1),
      'KB',
      '<= 120 KB',
      gz <= 120 * 1024,
    );
    report('Default scenario figures on screen after navigation, p50', percentile(times, 50).toFixed(0), 'ms', '< 400 ms', percentile(times, 50) < 400);
    report('Default scenario figures on screen after navigation, worst', Math.max(...times).toFixed(0), 'ms', null, true);
    report('Default scenario answers input (the app has taken the figures over), p50', percentile(readyTimes, 50).toFixed(0), 'ms', null, true);
    report('Main-thread busy time when the figures were painted, p50', percentile(busy, 50).toFixed(0), 'ms', null, true);
    report('The floor: a page showing one formatted figure, p50', percentile(floor, 50).toFixed(0), 'ms', null, true);
    console.log(`  load average (1, 5, 15 min): ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(', ')} on ${os.cpus().length} cores`);
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Opens `url` in a fresh context and returns when the savings figure is painted: the time
 * since navigation, (when `untilReady`) the time the app answered input, the main thread's
 * busy time, and (when `listScripts`) the scripts requested before the figure had its value.
 */
async function load(browser, url, { listScripts, untilReady }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // The page notes when the savings figure first carries a value (a mutation observer,
    // so no polling delay) and reports the start of the next frame, the one that paints
    // it, on the console: the harness evaluates nothing in the page while it starts, so
    // none of its own script competes with the app's.
    await page.addInitScript(() => {
      const seen = () => {
        const el = document.querySelector('[data-metric="monthly_savings"]');
        return el !== null && (el.getAttribute('data-value') ?? '') !== '';
      };
      const observer = new MutationObserver(() => {
        if (!seen()) return;
        observer.disconnect();
        window.__figuresSetMs = performance.now();
        requestAnimationFrame(() => console.debug(`figures-frame ${performance.now()}`));
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value'] });
      // The app marks the root element once it answers input (start-page.ts).
      const ready = new MutationObserver(() => {
        if (document.documentElement?.dataset.ready === undefined) return;
        ready.disconnect();
        console.debug(`ready-at ${performance.now()}`);
      });
      ready.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    const figures = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('figures-frame '), timeout: 30_000 });
    const ready = untilReady && page.waitForEvent('console', { predicate: (m) => m.text().startsWith('ready-at '), timeout: 30_000 });
    await page.goto(url, { waitUntil: 'commit' });
    const ms = Number((await figures).text().split(' ')[1]);
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const busyMs = 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
    // Initial JavaScript: the scripts requested before the figures had their values
    // (sections loaded after the first paint do not delay it).
    const scripts = listScripts
      ? new Set(
          await page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
              .filter((e) => e.startTime < window.__figuresSetMs)
              .map((e) => new URL(e.name).pathname),
          ),
        )
      : new Set();
    const readyMs = ready ? Number((await ready).text().split(' ')[1]) : NaN;
    return { ms, readyMs, busyMs, scripts };
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStartup();

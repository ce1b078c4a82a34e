// Startup budgets (PRODUCT.md 9): the initial JavaScript, gzipped (budget 120 KB), and the
// time from navigation until the default scenario's figures are on screen on localhost
// (budget 400 ms). Builds the app, serves dist/ and loads it in headless Chromium.
// The main thread's busy time until the figures (CDP `TaskDuration`) and the load average
// are printed too: on a machine busy with other work wall time grows, busy time much less.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, percentile, report, systemChromium } from './browser.mjs';

const RUNS = 7;

export async function benchStartup() {
  execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  const dist = path.resolve('dist');
  const server = http.createServer((req, res) => {
    let file = path.join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
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
    const busy = [];
    let scripts = new Set();
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const loaded = new Set();
      page.on('request', (r) => { if (r.resourceType() === 'script') loaded.add(new URL(r.url()).pathname); });
      await page.goto(url, { waitUntil: 'commit' });
      // Milliseconds since navigation start when the savings figure carries a value.
      const ms = await page.waitForFunction(() => {
        const el = document.querySelector('[data-metric="monthly_savings"]');
        return el && el.getAttribute('data-value') !== null && el.getAttribute('data-value') !== '' ? performance.now() : null;
      }, null, { polling: 'raf', timeout: 30_000 });
      times.push(await ms.jsonValue());
      const metrics = (await cdp.send('Performance.getMetrics')).metrics;
      busy.push(1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN));
      // Initial JavaScript: what was requested before the figures were on screen (sections
      // loaded lazily afterwards do not delay the first render).
      if (i === 0) scripts = new Set(loaded);
      await context.close();
    }
    let raw = 0, gz = 0;
    for (const p of scripts) {
      const buf = fs.readFileSync(path.join(dist, p));
      raw += buf.length;
      gz += zlib.gzipSync(buf, { level: 9 }).length;
    }
    report(`JavaScript loaded before the figures (${scripts.size} files, ${(raw / 1024).toFixed(1)} KB raw), gzipped`, (gz / 1024).toFixed(1), 'KB', '<= 120 KB', gz <= 120 * 1024);
    report('Default scenario figures on screen after navigation, p50', percentile(times, 50).toFixed(0), 'ms', '< 400 ms', percentile(times, 50) < 400);
    report('Default scenario figures on screen after navigation, worst', Math.max(...times).toFixed(0), 'ms', null, true);
    report('Main-thread busy time until the figures, p50', percentile(busy, 50).toFixed(0), 'ms', null, true);
    console.log(`  load average (1, 5, 15 min): ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(', ')} on ${os.cpus().length} cores`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStartup();

// A/B: node ab-start.mjs distA distB path runs
import { chromium } from '@playwright/test';
import http from 'node:http'; import fs from 'node:fs'; import path from 'node:path';
const [distA, distB, q, runsArg] = process.argv.slice(2);
function serve(dist) { const s = http.createServer((req, res) => { const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname); let file = path.join(dist, pathname); if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dist, 'index.html'); const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html'; res.writeHead(200, { 'content-type': type }); fs.createReadStream(file).pipe(res); }); return new Promise((r) => s.listen(0, '127.0.0.1', () => r(s))); }
const sa = await serve(path.resolve(distA)), sb = await serve(path.resolve(distB));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
async function load(port) {
  const ctx = await browser.newContext(); const page = await ctx.newPage(); const cdp = await ctx.newCDPSession(page); await cdp.send('Performance.enable');
  await page.addInitScript(() => { const seen = () => { const el = document.querySelector('[data-metric="monthly_savings"]'); return el !== null && (el.getAttribute('data-value') ?? '') !== '' && document.documentElement.dataset.prerender !== 'stale'; };
    const observer = new MutationObserver(() => { if (!seen()) return; observer.disconnect(); requestAnimationFrame(() => console.debug(`figures-frame ${performance.now()}`)); });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value', 'data-prerender'] }); });
  const f = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('figures-frame ') });
  await page.goto(`http://127.0.0.1:${port}/${q}`, { waitUntil: 'commit' });
  await f; const metrics = (await cdp.send('Performance.getMetrics')).metrics; const ms = 1000 * metrics.find((m) => m.name === 'TaskDuration').value; await ctx.close(); return ms;
}
const A = [], B = [];
for (let i = 0; i < Number(runsArg ?? 9); i++) { A.push(await load(sa.address().port)); B.push(await load(sb.address().port)); }
const med = (x) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];
console.log(`${q}: A median ${med(A).toFixed(0)} [${A.map(x=>x.toFixed(0)).join(' ')}]  B median ${med(B).toFixed(0)} [${B.map(x=>x.toFixed(0)).join(' ')}]  load ${fs.readFileSync('/proc/loadavg','utf8').split(' ').slice(0,3).join(' ')}`);
await browser.close(); sa.close(); sb.close();

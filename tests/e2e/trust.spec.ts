/**
 * Reliability across the app (README, "Run every test"): a failing section stays in its
 * section, storage failures are reported, fuzzed links never break the page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import fc from 'fast-check';
import { build } from 'vite';
import { test, expect, type Page } from './fixtures';

// Pages served by the test itself (page.route) must not be answered by the app's service worker.
test.use({ serviceWorkers: 'block' });

test('a section that throws shows its own message; the next section still renders', async ({ page }) => {
  test.setTimeout(120_000);
  // The real boundary component, built with a child that throws, served on the app's origin.
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boundary-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: path.resolve('tests/e2e/boundary'),
    plugins: [svelte()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: path.resolve('tests/e2e/boundary/entry.ts'), formats: ['es'], fileName: () => 'harness.js' },
    },
  });
  const css = fs.readdirSync(outDir).filter((f) => f.endsWith('.css'));
  await page.route('**/__boundary/**', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (name === 'index.html') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Boundary</title>${css.map((c) => `<link rel="stylesheet" href="./${c}">`).join('')}<body><script type="module" src="./harness.js"></script></body></html>`,
      });
    }
    return route.fulfill({ path: path.join(outDir, name) });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./__boundary/index.html');
  const broken = page.getByRole('region', { name: 'Broken section' });
  await expect(broken.getByRole('alert')).toContainText('The broken section could not be shown (the figures could not be computed)');
  await expect(broken.getByRole('button', { name: 'Try this section again' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Working section' })).toHaveText('Figures shown');
  expect(errors).toEqual([]);
});

test('a full storage quota is reported on the page, and the figures still follow the inputs', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?contacts=20000&growth=0');
  await expect(page.getByRole('status').filter({ hasText: 'storage for this page is full' })).toBeVisible();
  await expect(page.locator('[data-metric="contacts_per_month"]')).toHaveAttribute('data-value', '20000');
  expect(errors).toEqual([]);
});

test('storage the browser refuses (private mode, blocked) is reported, not thrown', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await expect(page.locator('[data-metric="monthly_savings"]')).toHaveAttribute('data-value', /\d/);
  await expect(page.locator('p.warning[role="status"]')).toBeVisible();
  expect(errors).toEqual([]);
});

/** Fifty seeded random links: readable parameters, share fragments, and both. */
function fuzzedLinks(): string[] {
  const keys = [
    'preset',
    'method',
    'contacts',
    'handle_min',
    'cost_hour',
    'cost_contact',
    'automation',
    'ramp',
    'growth',
    'months',
    'seats',
    'currency',
    'channel',
    'ai_pricing',
    'error_rate',
    'staffing_model',
    'patience_min',
    'x',
  ];
  const value = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.double().map(String),
    fc.integer().map(String),
    fc.constantFrom('NaN', 'Infinity', '-1', '1e309', '', 'off', 'saas', 'klarna-2024', 'headline', 'voice', 'erlang-a', '0', '100'),
  );
  const query = fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 6 }).map((p) => new URLSearchParams(p).toString());
  const fragment = fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 40 }).map((s) => `#s=1.${encodeURIComponent(s)}`),
    fc.string({ maxLength: 20 }).map((s) => `#${encodeURIComponent(s)}`),
  );
  return fc.sample(
    fc.tuple(query, fragment).map(([q, f]) => `./${q ? `?${q}` : ''}${f}`),
    { seed: 610, numRuns: 50 },
  );
}

async function expectFiguresOrNotice(page: Page, link: string) {
  // The answer strip is in view on every view a fuzzed fragment may open.
  const savings = page.getByRole('region', { name: 'The answer' }).locator('.answer-value');
  const notice = page.locator('.notices, .notice, .warning');
  await expect(savings.or(notice).first(), link).toBeVisible();
  // Notices quote the link's own text (which may say Infinity); the rest of the page may not.
  const text = await page.locator('body').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.notices, .notice, .warning, script, style').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });
  expect(text.trim().length, `${link}: blank page`).toBeGreaterThan(100);
  expect(text, link).not.toMatch(/\bNaN\b|Infinity|∞/);
  const values = await page.locator('[data-metric]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? ''));
  for (const v of values) expect(v === '' || /^-?\d+(\.\d+)?$/.test(v), `${link}: ${v}`).toBe(true);
}

test('fifty fuzzed links: never a page error, a blank page, NaN or Infinity; always figures or a notice', async ({ page }) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const link of fuzzedLinks()) {
    // Each link as a first visit: otherwise every link read is kept beside the last ones, and
    // from the twenty-first on the page rightly asks which scenarios to keep.
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await page.goto(link);
    await expectFiguresOrNotice(page, link);
    expect(errors, link).toEqual([]);
  }
});

/**
 * The default scenario's first screen is rendered at build time into index.html (README,
 * "Benchmarks": figures on screen within 400 ms). These journeys hold back the app's
 * script to see what a visitor sees before it runs, then let it run.
 */
import { test, expect, untilReady as ready, type BrowserContext, type Page } from './fixtures';

const APP_SCRIPT = /\/assets\/app-[^/]*\.js$/;

// Held and failing scripts are routed here; a service worker would answer from its cache instead.
test.use({ serviceWorkers: 'block' });

/** A page of the test's context whose app script waits until `release()` is called. */
async function withHeldScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_SCRIPT, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * A new page of the context (the test's own page waits for the app on every navigation)
 * opened at `url` with the app script held back until `release()`.
 */
async function openHeld(context: BrowserContext, url: string): Promise<{ page: Page; release: () => void }> {
  const page = await context.newPage();
  const release = await withHeldScript(page);
  await page.goto(url, { waitUntil: 'commit' });
  return { page, release };
}

/** Every figure's name, value and text as shown (the text carries the number format). */
const figures = (page: Page) =>
  page
    .locator('[data-metric]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-metric')}=${e.getAttribute('data-value')} "${e.textContent?.trim()}"`));

test('a first visit sees the default figures before the app script runs, and the app takes over those same figures', async ({ context }) => {
  const { page, release } = await openHeld(context, './');

  const savings = page.locator('.answer-strip [data-metric="annual_savings"]');
  await expect(savings).toBeVisible();
  await expect(savings).toHaveAttribute('data-value', /^-?\d+(\.\d+)?$/);
  await expect(page.getByRole('heading', { name: 'Inputs', exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();
  const built = await figures(page);
  expect(built.length).toBeGreaterThan(10);
  // Every figure (and the page's main landmark) is marked, to tell after the script whether
  // the app took these very elements over or built new ones.
  await page.locator('[data-metric], main').evaluateAll((els) => els.forEach((el) => el.setAttribute('data-seen-before-script', '')));

  release();
  await ready(page);
  // The same elements, now the app's (hydrated, not replaced), with the same figures.
  expect(await page.locator('[data-metric]:not([data-seen-before-script])').count()).toBe(0);
  await expect(page.locator('main')).toHaveAttribute('data-seen-before-script', '');
  expect(await figures(page)).toEqual(built);

  // And they follow the inputs.
  const before = await savings.getAttribute('data-value');
  await page.getByLabel('Contacts per month').fill('20000');
  await expect(savings).not.toHaveAttribute('data-value', before ?? '');
  await expect(savings).toHaveAttribute('data-seen-before-script', '');
});

test('a link visit never shows the default figures: the built markup stays hidden until the app has built the page', async ({ context }) => {
  const { page, release } = await openHeld(context, './?contacts=20000');

  await expect(page.locator('html')).toHaveAttribute('data-prerender', 'stale');
  const savings = page.locator('.answer-strip [data-metric="annual_savings"]');
  await expect(savings).toBeAttached();
  await expect(savings).toBeHidden();
  // Nor laid out: the browser spends nothing on markup the app replaces (no box at all).
  expect(await savings.boundingBox()).toBeNull();
  const defaultSavings = await savings.getAttribute('data-value');

  release();
  await ready(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-prerender', /./);
  await expect(page.getByLabel('Contacts per month')).toHaveValue('20000');
  await expect(savings).toBeVisible();
  await expect(savings).not.toHaveAttribute('data-value', defaultSavings ?? '');
});

test('a link visit asks for every file of its start before the app runs: none is found only once the app needs it', async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const maker = await context.newPage();
  await maker.goto('./?preset=saas&contacts=12345');
  await ready(maker);
  await maker.getByRole('button', { name: 'Copy share link' }).click();
  const share = new URL(await maker.getByLabel('Share link').inputValue());
  await maker.close();

  for (const url of ['./?preset=saas&contacts=12345', `./${share.hash}`]) {
    const page = await context.newPage();
    // The moment the page answers input, noted by the page itself (no polling delay).
    await page.addInitScript(() => {
      const w = window as unknown as { readyAt?: number };
      new MutationObserver((_, o) => {
        if (document.documentElement.dataset.ready === undefined) return;
        w.readyAt = performance.now();
        o.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    const release = await withHeldScript(page);
    await page.goto(url, { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-prerender', 'stale');
    release();
    await ready(page);
    // Scripts first asked for between the app's script arriving and the page answering input:
    // each would have cost a round trip on the way to the link's figures.
    const late = await page.evaluate(() => {
      const scripts = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('.js')) as PerformanceResourceTiming[];
      const app = scripts.find((e) => /\/assets\/app-[^/]*\.js$/.test(e.name));
      const readyAt = (window as unknown as { readyAt?: number }).readyAt ?? Infinity;
      return app ? scripts.filter((e) => e.startTime > app.responseEnd && e.startTime < readyAt).map((e) => new URL(e.name).pathname) : ['(no app script)'];
    });
    expect(late, url).toEqual([]);
    await page.close();
  }
});

test('a link visit builds its first screen first, and the Figures view it does not show before the page answers input', async ({ context }) => {
  const page = await context.newPage();
  // What the page held when the answer's savings first had a value, and when it answered input.
  await page.addInitScript(() => {
    const w = window as unknown as { atFigure?: boolean; atReady?: boolean };
    const summary = () => document.querySelector('#view-figures [data-metric="monthly_savings"]') !== null;
    new MutationObserver((_, o) => {
      const answer = document.querySelector('.answer-strip [data-metric="annual_savings"]');
      if (w.atFigure === undefined && answer?.getAttribute('data-value') && document.documentElement.dataset.prerender !== 'stale') w.atFigure = summary();
      if (document.documentElement.dataset.ready !== undefined) {
        w.atReady = summary();
        o.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value', 'data-prerender', 'data-ready'] });
  });
  await page.goto('./?preset=saas&contacts=12345');
  await ready(page);
  expect(await page.evaluate(() => (window as unknown as { atFigure?: boolean }).atFigure)).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { atReady?: boolean }).atReady)).toBe(true);
  await expect(page.locator('#view-figures [data-metric="monthly_savings"]')).toHaveAttribute('data-value', /^-?\d+(\.\d+)?$/);
  await page.close();
});

test('a theme picked earlier shows from the first paint of the built markup, and the switch shows the pick', async ({ context }) => {
  await context.addInitScript(() => localStorage.setItem('ai-support-planner-theme', 'dark'));
  const { page, release } = await openHeld(context, './');

  await expect(page.locator('.answer-strip [data-metric="annual_savings"]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-palette', 'dark');
  await expect(page.locator('html')).not.toHaveAttribute('data-prerender', /./);

  release();
  await ready(page);
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-palette', 'dark');
});

test('an app script that cannot be loaded leaves a message, not a dead page', async ({ context }) => {
  const page = await context.newPage();
  await page.route(APP_SCRIPT, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toHaveText(
    "The planner's script could not be loaded (a new version may have just been published). Reload the page; your saved scenarios are kept in this browser.",
  );
  await expect(page.locator('[data-metric]')).toHaveCount(0);
});

test('an app that fails while starting leaves a message naming the failure, on a link visit too', async ({ context }) => {
  const page = await context.newPage();
  await page.route(APP_SCRIPT, (route) => route.fulfill({ contentType: 'text/javascript', body: "throw new Error('the planner broke here');" }));
  await page.goto('./?contacts=20000');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('The planner could not start (the planner broke here). Reload the page; your saved scenarios are kept in this browser.');
  await expect(alert).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-prerender', /./);
});

test('a start that fails after a wait (an awaited step of the start) is reported as well', async ({ context }) => {
  const page = await context.newPage();
  await page.route(APP_SCRIPT, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: "await new Promise((r) => setTimeout(r, 50)); throw new Error('failed later');" }),
  );
  await page.goto('./');
  await expect(page.getByRole('alert')).toHaveText(
    'The planner could not start (failed later). Reload the page; your saved scenarios are kept in this browser.',
  );
});

test("failures that are not the planner's own, while it starts, leave the page working", async ({ context }) => {
  const page = await context.newPage();
  await page.route('**/injected-by-host.js', (route) => route.fulfill({ status: 404, body: '' }));
  const release = await withHeldScript(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.locator('.answer-strip [data-metric="annual_savings"]')).toBeVisible();
  // What an extension or a host could add while the app's script is on its way: a script of
  // its own that fails to load, and an error from another origin's code (which browsers
  // report as "Script error.", with no file).
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.src = './injected-by-host.js';
    document.head.append(s);
    window.dispatchEvent(new ErrorEvent('error', { message: 'Script error.', filename: '' }));
  });
  await page.waitForTimeout(200);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.answer-strip [data-metric="annual_savings"]')).toBeVisible();
  release();
  await ready(page);
  await page.waitForTimeout(200);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.answer-strip [data-metric="annual_savings"]')).toHaveAttribute('data-value', /^-?\d/);
  await page.getByLabel('Contacts per month').fill('20000');
  await expect(page.getByLabel('Contacts per month')).toHaveValue('20000');
});

test('a visit that changes nothing saves nothing: the next visit opens on the built page again; one with an edit does not', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('./');
  await ready(page);
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => localStorage.getItem('ai-support-planner/scenarios/v1'))).toBeNull();

  let release = await withHeldScript(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('.answer-strip [data-metric="annual_savings"]')).toBeVisible();
  release();
  await ready(page);

  await page.getByLabel('Contacts per month').fill('20000');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ai-support-planner/scenarios/v1'))).not.toBeNull();
  await page.unroute(APP_SCRIPT);
  release = await withHeldScript(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-prerender', 'stale');
  await expect(page.locator('.answer-strip [data-metric="annual_savings"]')).toBeHidden();
  release();
  await ready(page);
  await expect(page.getByLabel('Contacts per month')).toHaveValue('20000');
});

test('what a visitor types before the app has taken the page over is kept', async ({ context }) => {
  const { page, release } = await openHeld(context, './');
  const savings = page.locator('.answer-strip [data-metric="annual_savings"]');
  await expect(savings).toBeVisible();
  const builtSavings = await savings.getAttribute('data-value');
  // Typed into the plan's quick inputs before the app runs (the method switch is in the figures view, which needs the app to open).
  await page.getByLabel('Contacts per month').fill('20000');
  await page.getByLabel('Automation rate (% of all contacts)').fill('50');

  release();
  await ready(page);
  await expect(page.getByLabel('Contacts per month')).toHaveValue('20000');
  await expect(page.getByLabel('Automation rate (% of all contacts)')).toHaveValue('50');
  await expect(savings).not.toHaveAttribute('data-value', builtSavings ?? '');
  await expect(page.locator('[data-metric="contacts_per_month"]')).not.toHaveAttribute('data-value', /^5\d{4}/);
});

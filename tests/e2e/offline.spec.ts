import { test, expect, openView } from './fixtures';

test('after a first visit the app opens and computes with no network', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.locator('[data-metric="monthly_savings"]')).toHaveAttribute('data-value', /^-?\d/);
  // The service worker installs (precaching the whole build) and takes control of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });

  await context.setOffline(true);
  await page.reload();
  const contacts = page.locator('[data-metric="contacts_per_month"]');
  await expect(contacts).toHaveAttribute('data-value', /^\d/);
  const values = await page.locator('[data-metric]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? ''));
  expect(values.length).toBeGreaterThan(20);
  for (const v of values) expect(v === '' || /^-?\d+(\.\d+)?$/.test(v)).toBe(true);

  // Still computing: a changed input gives new figures, and the sections loaded later are there too.
  const before = await contacts.getAttribute('data-value');
  await page.getByLabel('Contacts per month').fill('12345');
  await expect(contacts).not.toHaveAttribute('data-value', before ?? '');
  await expect(page.getByLabel('Contacts per month')).toHaveValue('12345');
  await expect(page.locator('[data-metric="human_contacts_per_month"]')).toHaveAttribute('data-value', /^\d/);
  await openView(page, 'Staffing');
  await expect(page.getByRole('heading', { name: 'Sensitivity of staffing' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Staffing against the automation rate' })).toBeVisible();
  await context.setOffline(false);
});

test('a new release replaces the cached one: one cache, named after the build', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const keys = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('ai-support-planner-')));
  expect(keys).toHaveLength(1);
  const sw = await (await page.request.get('./sw.js')).text();
  expect(sw).toContain(`const CACHE = "${keys[0]}"`);
});

test('a host that answers a missing script with its page: the worker passes the page on but does not keep it', async ({ page, context }) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  // A catch-all host, as after a release: the old build's file is gone, the page comes instead.
  await context.route('**/assets/Panel-OLD*', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>AI support planner</title>' }),
  );
  const answered = await page.evaluate(async () => {
    const r = await fetch('./assets/Panel-OLD.js');
    return { status: r.status, type: r.headers.get('content-type'), fromWorker: navigator.serviceWorker.controller !== null };
  });
  expect(answered).toEqual({ status: 200, type: 'text/html', fromWorker: true });
  const kept = await page.evaluate(async () => (await caches.match('./assets/Panel-OLD.js', { ignoreVary: true })) !== undefined);
  expect(kept).toBe(false);
  // A file of the build is still answered from the cache.
  const script = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"][src*="/assets/app-"]')?.src ?? '');
  expect(await page.evaluate(async (src) => (await caches.match(src, { ignoreVary: true }))?.headers.get('content-type') ?? '', script)).toMatch(/javascript/);
});

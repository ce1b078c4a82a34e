import { test, expect } from './fixtures';

// Pages served by the test itself (page.route) must not be answered by the app's service worker.
test.use({ serviceWorkers: 'block' });

test('the built page carries a strict Content-Security-Policy, and the browser enforces it', async ({ page, guard }) => {
  await page.goto('./');
  await expect(page.locator('[data-metric="monthly_savings"]')).toHaveAttribute('data-value', /\d/);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  for (const d of ["connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) expect(policy).toContain(d);

  // The page refuses inline script, and eval in its own (same-origin) scripts.
  await page.route('**/eval-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "try { eval('1'); document.body.dataset.evalRan = 'yes'; } catch { document.body.dataset.evalRan = 'no'; }",
    }),
  );
  const refused = await page.evaluate(async () => {
    const probe = document.createElement('script');
    probe.src = './eval-probe.js';
    const loaded = new Promise((r) => probe.addEventListener('load', r));
    document.head.append(probe);
    await loaded;
    const s = document.createElement('script');
    s.textContent = 'document.body.dataset.inlineRan = "yes"';
    document.head.append(s);
    return { evalRefused: document.body.dataset.evalRan === 'no', inlineRan: document.body.dataset.inlineRan === 'yes' };
  });
  expect(refused).toEqual({ evalRefused: true, inlineRan: false });
  // Those two refusals were provoked here; nothing else may have been refused.
  await expect.poll(() => guard.violations.length).toBeGreaterThanOrEqual(2);
  guard.violations.length = 0;
});

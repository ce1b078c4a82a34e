import { test, expect, openView, type Page } from './fixtures';

async function allValues(page: Page): Promise<Record<string, string>> {
  await expect(page.locator('[data-metric="monthly_savings"]')).toHaveAttribute('data-value', /\d/);
  // The Monte Carlo percentiles arrive from a worker a moment after the other figures.
  await expect(page.locator('[data-metric="annual_savings_p50"]')).toHaveAttribute('data-value', /\d/, { timeout: 30_000 });
  return page
    .locator('[data-metric]')
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value') ?? ''])));
}

test('a sales engineer opens a hand-written link, presents, and shares a link that restores identical figures', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?preset=saas&contacts=20000&automation=45&error_rate=3&colour=blue&months=x');

  // Readable parameters applied; the unknown and the invalid ones named in a notice.
  await expect(page.getByText('Unknown parameter "colour" was ignored')).toBeVisible();
  await expect(page.getByText(/months=x is not a number/)).toBeVisible();
  await expect(page.locator('[data-metric="contacts_per_month"]')).toHaveAttribute('data-value', /^20\d{3}(\.\d+)?$/);
  await expect(page.getByLabel('Contacts per month')).toHaveValue('20000');
  await expect(page.getByLabel('Automation rate (% of all contacts)')).toHaveValue('45');

  // Headline and full side by side with the gap explained.
  await expect(page.getByRole('table', { name: /Headline arithmetic and the full model/ })).toBeVisible();
  await expect(page.getByText('Full-model savings per month')).toBeVisible();

  // Present: full-screen slides, switch slides by keyboard, leave with Escape.
  await page.getByRole('button', { name: 'Present' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck).toBeVisible();
  await expect(deck.getByRole('heading', { level: 3, name: /^Your support costs fall by \$[\d,]+ a month$/ })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(
    deck.getByRole('heading', { level: 3, name: /^The \$[\d,]+ set-up pays back in [\d.]+ months?; by month 24 the plan saves \$[\d,]+ net$/ }),
  ).toBeVisible();
  await deck.getByRole('button', { name: '5. What a headline leaves out' }).click();
  await expect(deck.getByRole('table', { name: /published headline arithmetic/ })).toBeVisible();
  await deck.getByRole('button', { name: 'Exit presentation' }).click();
  await expect(deck).toBeHidden();

  // The range of outcomes, on its own view; the link is shared from there.
  await openView(page, 'Ranges');
  await expect(page.getByRole('heading', { name: 'Uncertainty: ranges, not point estimates' })).toBeVisible();
  const before = await allValues(page);
  await expect(page.getByRole('region', { name: 'The answer' }).getByText(/^\$[\d,]+ to \$[\d,]+$/)).toBeVisible();

  // Copy the share link: on the clipboard and in the field.
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText(/Link copied/)).toBeVisible();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/#s=1\.[\w-]+&v=ranges$/);
  expect(link.length).toBeLessThan(2000);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // A fresh browser context (nothing saved) opens it with identical figures.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  // It opens on the view it was shared from, and keeps that view in the address.
  await expect(other.getByRole('heading', { name: 'Uncertainty: ranges, not point estimates' })).toBeVisible();
  await expect(other.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Ranges' })).toHaveAttribute('aria-current', 'page');
  await expect(other).toHaveURL(/\/#ranges$/);
  expect(await allValues(other)).toEqual(before);
  await openView(other, 'Plan');
  await expect(other.getByRole('heading', { name: /Results: SaaS \/ tech/ })).toBeVisible();
  await fresh.close();
});

/**
 * Labels that say what the figures are: a range set to exclude its point estimate is warned
 * of beside every P10/P50/P90 (summary, answer strip, ranges view, summary file); under the
 * headline method the percentiles say they are the full model's; a ramp longer than the
 * horizon is never called steady state.
 */
import { test, expect, openView, type Page } from './fixtures';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';

const WARNING = 'A range excludes its point estimate (AI resolution rate 80 %, range 30 % to 40 %)';

async function summaryFile(page: Page): Promise<string[][]> {
  await page.getByRole('toolbar', { name: 'Share and present' }).getByRole('button', { name: 'Download…' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Download files' }).getByRole('button', { name: 'Summary (CSV)' }).click();
  const file = await downloading;
  const parsed = Papa.parse<string[]>((await readFile((await file.path())!, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const percentileFigure = (page: Page, key: string) => page.getByRole('listitem').filter({ has: page.locator(`[data-metric="annual_savings_${key}"]`) });

test('a range that excludes its point is warned of beside every percentile, on the page and in the summary file', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./?preset=ecommerce');
  await openView(page, 'Ranges');
  const ranges = page.locator('section.uncertainty-panel');
  // The e-commerce resolution rate is 80 %: a range of 30-40 % set on purpose excludes it.
  await ranges.getByLabel('AI resolution rate, low end (%)').fill('30');
  await ranges.getByLabel('AI resolution rate, high end (%)').fill('40');
  await expect(ranges.locator('[data-uncertainty-status]')).toHaveAttribute('data-uncertainty-status', 'done', { timeout: 30_000 });
  await expect(ranges.getByRole('note')).toContainText(WARNING);
  // Payback and staffed FTE read the other way round from savings: their P90 is the pessimistic end.
  await expect(
    ranges
      .getByRole('row', { name: /Payback/ })
      .getByRole('cell')
      .last(),
  ).toContainText('pessimistic');
  await expect(
    ranges
      .getByRole('row', { name: /Payback/ })
      .getByRole('cell')
      .first(),
  ).toContainText('optimistic');

  // The answer strip says it beside its P10-P90.
  await expect(page.getByRole('region', { name: 'The answer' }).getByRole('link', { name: 'A range excludes its point estimate' })).toBeVisible();

  await openView(page, 'Figures');
  await expect(page.locator('[data-metric="annual_savings_p50"]')).toHaveAttribute('data-value', /\d/, { timeout: 30_000 });
  await expect(page.getByRole('note').filter({ hasText: WARNING })).toBeVisible();
  for (const key of ['p10', 'p50', 'p90']) await expect(percentileFigure(page, key)).toContainText('Warning: a range excludes its point estimate');
  await expect(percentileFigure(page, 'p10')).toContainText('Annual savings, P10 (pessimistic)');

  const rows = await summaryFile(page);
  expect(rows[0]).toEqual(['scenario', 'metric', 'value', 'unit', 'method', 'note']);
  for (const key of ['p10', 'p50', 'p90']) {
    const row = rows.find((r) => r[1] === `annual_savings_${key}`)!;
    expect(row[2]).toMatch(/^-?\d+(\.\d+)?$/);
    expect(row[4]).toBe('full');
    expect(row[5]).toContain(WARNING);
  }
  expect(rows.find((r) => r[1] === 'annual_savings')![5]).toBe('');
});

test('under the headline method the percentiles say they come from the full model, on the page and in the file', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./?preset=ecommerce&method=headline');
  await openView(page, 'Figures');
  await expect(page.locator('[data-metric="annual_savings_p10"]')).toHaveAttribute('data-value', /\d/, { timeout: 30_000 });
  await expect(percentileFigure(page, 'p10')).toContainText('Annual savings, P10 (pessimistic), full model');
  await expect(page.getByText('P10, P50 and P90 come from the full model: the headline arithmetic has no ranges')).toBeVisible();
  // The headline has no ramp: its figures are month 1's, and year 1 is beside the annual figure.
  await expect(page.getByRole('heading', { name: 'Summary figures (headline arithmetic, steady state, from month 1)' })).toBeVisible();
  await expect(page.getByText('Savings in year 1 (months 1-12, ramp included)', { exact: true })).toBeVisible();

  const rows = await summaryFile(page);
  expect(rows.find((r) => r[1] === 'annual_savings')![4]).toBe('headline');
  expect(rows.find((r) => r[1] === 'annual_savings_p50')![4]).toBe('full');
});

test('a ramp longer than the horizon is never called steady state', async ({ page }) => {
  await page.goto('./?preset=ecommerce&months=2');
  await expect(page.getByText(/The ramp does not finish within the horizon: these are month 2's figures, still ramping\.$/)).toBeVisible();
  await openView(page, 'Figures');
  await expect(page.getByRole('heading', { name: 'Summary figures (full model, month 2; the ramp does not finish within the horizon)' })).toBeVisible();
  await expect(page.getByText(/^The ramp does not finish within the horizon: monthly figures are those of month 2/)).toBeVisible();
  await expect(page.getByText('Savings per month (month 2; the ramp does not finish within the horizon)', { exact: true })).toBeVisible();
  await expect(page.getByText('Savings in months 1-2 (ramp included; the horizon is shorter than a year)', { exact: true })).toBeVisible();
  // The conventions stand beside the figures, each linked to the method document.
  const conventions = page.getByRole('region', { name: 'Conventions behind these figures' });
  // A footnote to the figures: closed until asked for.
  await conventions.getByText('Conventions behind these figures').click();
  await expect(conventions.getByText(/discounted at the effective annual rate/)).toBeVisible();
  await expect(conventions.getByRole('link', { name: 'Method, “Savings, payback, ROI and NPV”' }).first()).toHaveAttribute(
    'href',
    'docs/METHOD.md#savings-payback-roi-and-npv',
  );
});

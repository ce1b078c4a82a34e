/**
 * Money in the currency's own minor unit (docs/METHOD.md, "Money and rounding"): finance
 * opens a link in yen and one in Bahraini dinars and reads whole yen and three-decimal fils
 * in the figures' raw values, and a worked line that multiplies out to the fils.
 */
import { test, expect, openView, type Page } from './fixtures';

const figure = (page: Page, name: string) => page.locator(`#results [data-metric="${name}"]`);

test('finance reads yen to the yen and dinars to the fils, and a worked line that multiplies out', async ({ page }) => {
  // Yen: every money figure is booked in whole yen (the cent figures were 56,607.05 a month).
  await page.goto('./?preset=ecommerce&currency=JPY');
  await openView(page, 'Figures');
  for (const name of ['baseline_cost_per_month', 'total_cost_per_month', 'monthly_savings', 'annual_savings', 'npv', 'hybrid_cost_per_contact'])
    await expect(figure(page, name), name).toHaveAttribute('data-value', /^-?\d+$/);
  await expect(figure(page, 'monthly_savings')).toHaveText(/^¥[\d,]+$/);

  // Dinars at BHD 9.876 an hour, the headline method: 6,854.1666... agent hours x 9.876 =
  // BHD 67,691.750 exactly (82,250 / 12 h x 9.876 = 82,250 x 0.823), kept to the fils; the
  // worked line writes the hours to four decimals, where the product as written rounds to it
  // (6,854.17 x 9.876 would be 67,691.783).
  await page.goto('./?preset=ecommerce&method=headline&currency=BHD&cost_hour=9.876');
  await openView(page, 'Figures');
  const baseline = figure(page, 'baseline_cost_per_month');
  await expect(baseline).toHaveAttribute('data-value', '67691.75');
  await expect(baseline).toHaveText('BHD\u00a067,691.750');
  const item = page.locator('#results .figure', { has: page.locator('[data-metric="baseline_cost_per_month"]') });
  await item.getByText('How is this figure calculated?').click();
  await expect(item.getByText('6,854.1667 agent hours × BHD\u00a09.876 per hour = BHD\u00a067,691.750')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
});

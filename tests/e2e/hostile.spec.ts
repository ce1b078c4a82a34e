/**
 * Hostile links and failed starts: a link that would leave the model's domain is answered
 * with a message at once, and a tab whose last start never finished opens safely, offering
 * the saved scenarios back instead of loading them blindly.
 */
import { test, expect, openView, type Page } from './fixtures';

const STORAGE_KEY = 'ai-support-planner/scenarios/v1';
const START_MARK_KEY = 'ai-support-planner/starting';

/** Saves two named scenarios the way the app does: edit the name, then wait for the autosave. */
async function saveTwoScenarios(page: Page): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Duplicate scenario' }).click();
  await expect.poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{"scenarios":[]}').scenarios.length, STORAGE_KEY)).toBe(2);
  return (await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!;
}

test('an explosive-growth link gets its message in the first render; a reload finds the page working and nothing lost', async ({ page }) => {
  const saved = await saveTwoScenarios(page);
  await page.goto('./?growth=50&months=120');
  // The notice is part of the first render: the page is ready (goto waits for that) and it is there.
  expect(await page.getByRole('status').filter({ hasText: 'growth=50' }).textContent()).toContain('limited to 100,000,000 contacts a month');
  // The figures are there and finite: the link's other values were applied, the growth was not.
  await expect(page.locator('[data-metric="annual_savings"]').first()).toHaveAttribute('data-value', /^-?\d+(\.\d+)?$/);

  await page.reload();
  await expect(page.locator('[data-metric="annual_savings"]').first()).toHaveAttribute('data-value', /^-?\d+(\.\d+)?$/);
  const after = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!);
  // Every saved scenario is still there, unchanged; the link's own scenario (months=120 was read) sits beside them.
  const before = JSON.parse(saved).scenarios;
  expect(after.scenarios.slice(0, before.length)).toEqual(before);
  expect(after.scenarios[before.length].finance.months).toBe(120);
  expect(after.scenarios[before.length].growthPctPerMonth).toBe(before[0].growthPctPerMonth);
  // The page answers input.
  const contacts = page.getByLabel('Contacts per month', { exact: true });
  await contacts.fill('12000');
  await contacts.press('Tab');
  // The steady-state month, after the preset's growth: 12,000 x 1.005^2 = 12,120.3 (written without float noise).
  await expect(page.locator('[data-metric="contacts_per_month"]').first()).toHaveAttribute('data-value', '12120.3');
});

test('typing a growth that leaves the domain is refused at the field with the reason', async ({ page }) => {
  await page.goto('./?months=120');
  await openView(page, 'Inputs');
  const growth = page.getByLabel('Volume growth (% per month)');
  await growth.fill('50');
  await growth.press('Tab');
  await expect(page.getByText(/Growth of 50 % a month takes .* contacts a month/).first()).toBeVisible();
  await expect(page.locator('[data-metric="annual_savings"]').first()).toHaveAttribute('data-value', /^-?\d+(\.\d+)?$/);
});

test('after a start that never finished, the tab opens on the default and offers the saved scenarios back', async ({ page }) => {
  const saved = await saveTwoScenarios(page);
  // What a frozen or failed start leaves behind in this tab: the mark, which a page that
  // answers input removes as it is left (this handler runs after the app's and puts it back).
  await page.evaluate((k) => addEventListener('pagehide', () => sessionStorage.setItem(k, 'saved')), START_MARK_KEY);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'stopped before the page was ready' });
  await expect(alert).toContainText('while opening your saved scenarios');
  await expect(alert).toContainText('Your 2 saved scenarios are kept');
  // Nothing is saved over them meanwhile, even after an edit.
  const contacts = page.getByLabel('Contacts per month', { exact: true });
  await contacts.fill('12345');
  await contacts.press('Tab');
  await page.waitForTimeout(600);
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(saved);

  await alert.getByRole('button', { name: 'Open my saved scenarios' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Scenarios' }).getByRole('button')).toHaveCount(2);
  // The next start is a normal one.
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'stopped before the page was ready' })).toHaveCount(0);
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!).scenarios).toHaveLength(2);
});

import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { test, expect, openView, type Page } from './fixtures';

const THEMES = [
  { pick: 'light', label: 'Light' },
  { pick: 'dark', label: 'Dark' },
  { pick: 'contrast', label: 'High contrast' },
] as const;

/** Opens the page with every section loaded (the staffing charts drawn). */
async function openLoaded(page: Page, url = './?seats=7&staffing_model=erlang-a&channel=voice'): Promise<void> {
  await page.goto(url);
  await expect(page.locator('[data-metric="monthly_savings"]')).toHaveAttribute('data-value', /^-?\d/);
  await expect(page.getByText(/Raising the service-level target from/)).toBeAttached();
}

async function seriousContrastIssues(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
}

for (const theme of THEMES) {
  test(`the ${theme.label.toLowerCase()} theme passes the contrast check and is kept on reload`, async ({ page }) => {
    await openLoaded(page);
    await page.getByLabel('Theme').selectOption({ label: theme.label });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.pick);
    expect(await seriousContrastIssues(page)).toEqual([]);
    await page.reload();
    await expect(page.getByLabel('Theme')).toHaveValue(theme.pick);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.pick);
  });
}

test('the system setting chooses the theme until one is picked', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLoaded(page);
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  const bg = () =>
    page.evaluate(
      () => getComputedStyle(document.body).getPropertyValue('--bg').trim() || getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
    );
  expect(await bg()).toBe('#111418');
  expect(await seriousContrastIssues(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
  await expect.poll(bg).toMatch(/^#fff(fff)?$/);
  expect(await seriousContrastIssues(page)).toEqual([]);
  await page.getByLabel('Theme').selectOption({ label: 'Dark' });
  await expect.poll(bg).toBe('#111418');
});

test('screenshots of each theme at 1280 and 390 px', async ({ page }) => {
  test.skip(!process.env.THEME_SHOTS, 'set THEME_SHOTS=1 to write /tmp/shots/theme-*.png');
  mkdirSync('/tmp/shots', { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const theme of THEMES) {
      await openLoaded(page);
      await page.getByLabel('Theme').selectOption({ label: theme.label });
      await page.screenshot({ path: `/tmp/shots/theme-${theme.pick}-${width}-top.png` });
      await openView(page, 'Staffing');
      await page.locator('#staffing').screenshot({ path: `/tmp/shots/theme-${theme.pick}-${width}-staffing.png` });
      await openView(page, 'Charts');
      await page.locator('#charts').screenshot({ path: `/tmp/shots/theme-${theme.pick}-${width}-charts.png` });
    }
  }
});

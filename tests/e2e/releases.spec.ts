/**
 * After a new release, a tab still running the old build asks for content-hashed files that
 * are gone from the host. Every part loaded on demand then says that a new version is
 * available and that a reload gets it, and the scenarios survive the reload.
 */
import { test, expect, openView, type Page } from './fixtures';

const NEW_VERSION =
  'A new version of the planner is available: reload the page to get it. Your scenarios are saved in this browser and come back after the reload.';

// Files served from the service worker's cache never reach a route: these journeys run
// without it, as a tab whose cache lacks the file would.
test.use({ serviceWorkers: 'block' });

/** The host no longer has these files: the request fails (`abort`) or a catch-all answers with the page (`html`). */
async function removeFromHost(page: Page, pattern: string, how: 'abort' | 'html'): Promise<void> {
  await page.route(pattern, (route) =>
    how === 'abort'
      ? route.abort('failed')
      : route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>AI support planner</title><div id="app"></div>' }),
  );
}

test('a part of the old build that is gone says a new version is available, and a reload keeps the work', async ({ page }) => {
  // The download and open actions (with the CSV writer and reader) are one part, loaded when first used.
  await removeFromHost(page, '**/assets/export-actions-*.js', 'abort');
  await removeFromHost(page, '**/assets/Presentation-*.js', 'abort');
  await removeFromHost(page, '**/assets/KlarnaView-*.js', 'html');
  await removeFromHost(page, '**/assets/register-*.js', 'abort');
  await page.goto('./');

  // Work in progress, autosaved.
  const contacts = page.getByLabel('Contacts per month');
  await contacts.fill('23456');
  await expect(page.locator('[data-metric="contacts_per_month"]')).toHaveAttribute('data-value', /^23\d{3}(\.\d+)?$/);

  const toolbar = page.getByRole('toolbar', { name: 'Share and present' });
  await toolbar.getByRole('button', { name: 'Download…' }).click();
  await toolbar.getByRole('button', { name: 'Monthly table (CSV)' }).click();
  await expect(toolbar.getByRole('status')).toHaveText(NEW_VERSION);

  await toolbar.getByText('Open a scenario CSV').setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from('scenario,metric,value,unit\n') });
  await expect(toolbar.getByRole('status')).toHaveText(NEW_VERSION);

  await toolbar.getByRole('button', { name: 'Present' }).click();
  const presentFailed = page.getByRole('alert').filter({ hasText: NEW_VERSION });
  await expect(presentFailed).toBeInViewport();
  await expect(presentFailed.getByRole('button', { name: 'Reload' })).toBeVisible();
  await presentFailed.getByRole('button', { name: 'Close' }).click();
  await expect(presentFailed).toHaveCount(0);

  // Sections loaded after the first paint, and Chart.js inside the charts section.
  await openView(page, 'Klarna');
  await expect(page.getByRole('region', { name: 'Klarna: the announcement and the walk-back' })).toContainText(NEW_VERSION);
  await openView(page, 'Charts');
  const firstChart = page.locator('#charts figure').first();
  await expect(firstChart).toContainText(`The chart could not be drawn; the table below has its data. ${NEW_VERSION}`);
  // Sections whose files are there are unaffected.
  await openView(page, 'Compare');
  await expect(page.getByRole('region', { name: 'Compare scenarios' })).not.toContainText(NEW_VERSION);

  // The new release is in place: the reload gets it, with the scenario as it was.
  await page.unrouteAll();
  await page.reload();
  await openView(page, 'Plan');
  await expect(page.getByLabel('Contacts per month')).toHaveValue('23456');
  await openView(page, 'Klarna');
  await expect(page.getByRole('region', { name: 'Klarna: the announcement and the walk-back' })).not.toContainText(NEW_VERSION);
  await openView(page, 'Charts');
  await expect(page.locator('#charts figure').first()).not.toContainText('could not be drawn');
  await toolbar.getByRole('button', { name: 'Download…' }).click();
  const download = page.waitForEvent('download');
  await toolbar.getByRole('button', { name: 'Monthly table (CSV)' }).click();
  expect((await download).suggestedFilename()).toMatch(/-monthly\.csv$/);
  await expect(toolbar.getByRole('status')).toHaveText(/^Downloaded the monthly table/);
});

/**
 * Links typed by hand and links pasted into an open tab.
 */
import { test, expect } from './fixtures';

test('a hand-written link: hex and exponents refused, a repeated parameter named, handle_min at its documented maximum read, each notice once', async ({
  page,
}) => {
  await page.goto('./?preset=saas&contacts=0x10&handle_min=600&growth=1e1&months=12&months=24');
  const notices = page.getByRole('status').filter({ hasText: 'The link was read, except:' });
  await expect(notices.getByRole('listitem')).toHaveText([
    'contacts=0x10 is not a number; expected contacts per month between 0 and 100000000, written as a plain decimal such as 12 or 12.5. It was ignored.',
    'growth=1e1 is not a number; expected a percentage per month between -50 and 50, written as a plain decimal such as 12, 12.5 or -3. It was ignored.',
    'months appears 2 times (12, 24); only the last one, months=24, was read',
  ]);
  // 0x10 is not read as 16: the preset's volume stays.
  await expect(page.locator('[data-metric="contacts_per_month"]')).not.toHaveAttribute('data-value', '16');
  await expect(page.getByLabel('Contacts per month')).not.toHaveValue('16');
  await expect(page.getByLabel('Average handle time (minutes)')).toHaveValue(/^600(\.0+)?$/);
  const values = await page.locator('[data-metric]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? ''));
  for (const v of values) expect(v === '' || /^-?\d+(\.\d+)?$/.test(v)).toBe(true);

  // The quick field takes the same range: 300 minutes, on a mix whose longest category would pass 600 when scaled.
  await page.goto('./?preset=saas');
  const handle = page.getByLabel('Average handle time (minutes)');
  await handle.fill('300');
  await expect(handle).toHaveValue('300');
  await expect(page.getByText('Some values were not applied')).toHaveCount(0);
  await expect(handle).not.toHaveAttribute('aria-invalid', 'true');
});

test('a share link pasted into the open tab opens it, beside the work already there', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A link to share: the saas preset at 12,345 contacts.
  await page.goto('./?preset=saas&contacts=12345');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/#s=1\./);

  // Meanwhile the open tab's own work moves on: the same scenario, edited.
  await page.getByLabel('Contacts per month').fill('23456');
  await expect(page.getByLabel('Contacts per month')).toHaveValue('23456');
  const scenarios = page.getByRole('group', { name: 'Scenarios' }).getByRole('button');
  await expect(scenarios).toHaveCount(1);
  // The address was tidied when the first link was read: pasting the link changes only its fragment.
  expect(new URL(page.url()).hash).toBe('');
  expect(new URL(link).pathname).toBe(new URL(page.url()).pathname);

  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, new URL(link).hash);

  await expect(page.getByText('Opened from a share link: the scenario below is the one it holds; your saved scenario is kept beside it.')).toBeVisible();
  await expect(page.getByLabel('Contacts per month')).toHaveValue('12345');
  await expect(scenarios).toHaveCount(2);
  expect(new URL(page.url()).hash).toBe('');
  // The edited scenario is still there.
  await scenarios.first().click();
  await expect(page.getByLabel('Contacts per month')).toHaveValue('23456');

  // A view's link only changes the view.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Charts' }).click();
  await expect(page).toHaveURL(/#charts$/);
  await expect(page.getByRole('heading', { name: 'Charts', exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Plan' }).click();
  await expect(scenarios).toHaveCount(2);
  await expect(page.getByLabel('Contacts per month')).toHaveValue('23456');
  await expect(page.getByText(/^Opened from a share link/)).toBeVisible();

  // Once a scenario is edited, the page no longer says the link's scenario is the one below.
  await page.getByLabel('Contacts per month').fill('23457');
  await expect(page.getByText(/^Opened from a share link/)).toBeHidden();
});

test.describe('when a part of the app cannot load', () => {
  // The files are refused at the network; a service worker would serve them from its cache.
  test.use({ serviceWorkers: 'block' });

  test('a share link is made in the page when its worker cannot load', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // The link is written in a worker of its own; where that file does not come, the page writes it.
    await page.route('**/share-link.worker-*.js', (route) => route.abort());
    await page.goto('./?preset=saas&contacts=12345');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toMatch(/#s=1\./);
    const opened = await context.newPage();
    await opened.goto(link);
    await expect(opened.getByLabel('Contacts per month')).toHaveValue('12345');
  });

  test('the share box says why no link was made, and shows no earlier link', async ({ page }) => {
    // After a new release the old page's files are gone.
    await page.route('**/share-link-client-*.js', (route) => route.abort());
    await page.goto('./?preset=saas&contacts=23456');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.locator('.share').getByRole('status')).toHaveText(/^A new version of the planner is available: reload the page to get it/);
    await expect(page.getByLabel('Share link')).toHaveCount(0);
  });
});

/**
 * No scenario is dropped without the user's word: a link whose scenarios do not fit beside
 * the saved ones asks which to keep (and touches nothing saved until then), a scenario CSV
 * of 20 opens whole, and two tabs of the page keep each other's scenarios.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { test, expect, openView, type Page } from './fixtures';

const KEY = 'ai-support-planner/scenarios/v1';

const tabs = (page: Page) => page.getByRole('group', { name: 'Scenarios' }).getByRole('button');
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const storedNames = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"scenarios":[]}') as { scenarios: { name: string }[] }).scenarios.map((s) => s.name), KEY);

/** Saves scenarios of these names (copies of the page's scenario) as the browser's saved entry, and reloads. */
async function seed(page: Page, names: string[]): Promise<void> {
  await page.goto('./');
  await page.getByLabel('Contacts per month').fill('20000');
  await expect.poll(() => stored(page)).not.toBeNull();
  await page.evaluate(
    ({ key, names }) => {
      const entry = JSON.parse(localStorage.getItem(key)!) as { scenarios: Record<string, unknown>[] };
      const base = entry.scenarios[0]!;
      localStorage.setItem(key, JSON.stringify({ format: 1, active: 0, scenarios: names.map((name, i) => ({ ...base, name, contactsPerMonth: 20000 + i })) }));
    },
    { key: KEY, names },
  );
  await page.reload();
  await expect(tabs(page)).toHaveCount(names.length);
}

const numbered = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

test('a link that does not fit beside 18 saved scenarios asks which to keep, and drops nothing before the answer', async ({ page, browser }) => {
  test.setTimeout(180_000);
  // The link: five scenarios, shared from another browser.
  const elsewhere = await browser.newContext();
  await elsewhere.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sharer = await elsewhere.newPage();
  await seed(sharer, numbered('Link', 5));
  await sharer.getByRole('button', { name: 'Copy share link' }).click();
  const link = await sharer.getByLabel('Share link').inputValue();
  await elsewhere.close();

  await seed(page, numbered('Saved', 18));
  const before = await stored(page);
  // A new visit (a link followed from mail or chat), not a fragment change of the open page.
  await page.goto('about:blank');
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Which scenarios do you keep?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Saved in this browser (18)' }).getByRole('checkbox')).toHaveCount(18);
  await expect(dialog.getByRole('group', { name: 'From the link (5)' }).getByRole('checkbox')).toHaveCount(5);
  await expect(dialog.getByText('23 ticked; a session holds at most 20: untick 3 more.')).toBeVisible();
  const confirm = dialog.getByRole('button', { name: /^Keep the \d+ ticked$/ });
  await expect(confirm).toBeDisabled();
  await expect(page.getByText(/^Opened from a share link/)).toBeHidden();
  // Escape does not answer the question.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  expect(await stored(page)).toBe(before);

  // A reload before answering asks again: the link is still in the address, the saved entry untouched.
  await page.reload();
  await expect(dialog).toBeVisible();
  expect(await stored(page)).toBe(before);

  await dialog.getByRole('checkbox', { name: 'Saved 2' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Saved 3' }).uncheck();
  // The keyboard alone answers it, and the automated checks find nothing serious.
  await dialog.getByRole('checkbox', { name: 'Link 4' }).focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('checkbox', { name: 'Link 5' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('checkbox', { name: 'Link 5' })).not.toBeChecked();
  const axe = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await expect(dialog.getByText('20 ticked, of at most 20.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('keep-dialog.png') });
  await confirm.click();
  await expect(dialog).toBeHidden();

  await expect(tabs(page)).toHaveCount(20);
  await expect(
    page.getByText(
      'Opened from a share link: the 4 scenarios below are the ones it holds; you kept 16 of your 18 saved scenarios beside them (2 removed, as you chose).',
    ),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Results: Link 1' })).toBeVisible();
  const kept = [...numbered('Saved', 18).filter((n) => n !== 'Saved 2' && n !== 'Saved 3'), ...numbered('Link', 4)];
  await expect.poll(() => storedNames(page)).toEqual(kept);

  // Twenty scenarios in the bar and side by side in the comparison.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('group', { name: 'Scenarios' }).screenshot({ path: test.info().outputPath('scenario-bar-20.png') });
  await openView(page, 'Compare');
  const compare = page.getByRole('table', { name: /20 scenarios side by side/ });
  await compare.scrollIntoViewIfNeeded();
  await expect(compare.getByRole('columnheader')).toHaveCount(21);
  await page.locator('#compare').screenshot({ path: test.info().outputPath('comparison-20.png') });

  await page.reload();
  await expect(dialog).toBeHidden();
  await expect(tabs(page)).toHaveCount(20);
});

test('a scenario CSV of 20 opens whole, the user choosing what makes room; a PNG is named as not a CSV', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const elsewhere = await browser.newContext();
  const exporter = await elsewhere.newPage();
  await seed(exporter, numbered('Variant', 20));
  const downloading = exporter.waitForEvent('download');
  await exporter.getByRole('button', { name: 'Download…' }).click();
  await exporter.getByRole('button', { name: 'Inputs (CSV)' }).click();
  const path = testInfo.outputPath('twenty.csv');
  await (await downloading).saveAs(path);
  await elsewhere.close();

  await page.goto('./');
  const open = page.getByLabel('Open a scenario CSV');
  await open.setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x22, 0x41, 0x22, 0x42]),
  });
  await expect(page.getByText('"photo.png" was not opened; your scenarios are unchanged.')).toBeVisible();
  await expect(page.getByText(/^This is not a text \(CSV\) file/)).toBeVisible();

  // A session with work in it (the start scenario renamed): the file's twenty do not fit beside it.
  await page.getByLabel('Scenario name').fill('Mine');
  await expect(tabs(page)).toHaveText(['Mine']);
  await open.setInputFiles({ name: 'twenty.csv', mimeType: 'text/csv', buffer: await readFile(path) });
  const dialog = page.getByRole('dialog', { name: 'Which scenarios do you keep?' });
  await expect(dialog).toBeVisible();
  const mine = dialog.getByRole('group', { name: 'In this session (1)' }).getByRole('checkbox');
  await mine.uncheck();
  await dialog.getByRole('button', { name: 'Keep the 20 ticked' }).click();
  await expect(tabs(page)).toHaveCount(20);
  await expect(page.getByText(/^Opened 20 of the 20 scenarios from "twenty\.csv"\. Removed from this session, as you chose: "/)).toBeVisible();
  await expect.poll(() => storedNames(page)).toEqual(numbered('Variant', 20));
});

test('two tabs: one duplicates a scenario, the other edits; both survive, in both tabs and after a reload', async ({ context }) => {
  const a = await context.newPage();
  await seed(a, ['Plan']);
  const b = await context.newPage();
  await b.goto('./');
  await expect(tabs(b)).toHaveText(['Plan']);

  await a.getByRole('button', { name: 'Duplicate scenario' }).click();
  await expect(tabs(a)).toHaveText(['Plan', 'Plan (2)']);
  await b.getByLabel('Contacts per month').fill('4321');
  await b.getByLabel('Contacts per month').blur();

  // Each tab hears of the other's save and shows both changes.
  await expect(tabs(b)).toHaveText(['Plan', 'Plan (2)']);
  await a.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(a.getByLabel('Contacts per month')).toHaveValue('4321');
  await expect.poll(() => storedNames(a)).toEqual(['Plan', 'Plan (2)']);

  await a.reload();
  await expect(tabs(a)).toHaveText(['Plan', 'Plan (2)']);
  await a.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(a.getByLabel('Contacts per month')).toHaveValue('4321');
});

test('a deleted scenario can be put back with Undo, as it was, and stays back after a reload', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Duplicate scenario' }).click();
  await page.getByLabel('Scenario name').fill('Plan B');
  await page.getByLabel('Contacts per month').fill('30000');
  await expect.poll(() => storedNames(page)).toEqual(['E-commerce', 'Plan B']);
  await page.getByRole('button', { name: 'Delete scenario' }).click();
  await expect(tabs(page)).toHaveCount(1);
  await expect.poll(() => storedNames(page)).toEqual(['E-commerce']);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted "Plan B".' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tabs(page)).toHaveText(['E-commerce', 'Plan B']);
  await expect(page.getByLabel('Contacts per month')).toHaveValue('30000');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect.poll(() => storedNames(page)).toEqual(['E-commerce', 'Plan B']);
  await page.reload();
  await expect(tabs(page)).toHaveText(['E-commerce', 'Plan B']);
});

test('a scenario cannot take another scenario’s name, and at 20 scenarios the page says why it cannot duplicate', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Duplicate scenario' }).click();
  const name = page.getByLabel('Scenario name');
  await expect(name).toHaveValue('E-commerce (2)');
  await name.fill('E-commerce');
  await expect(page.getByText('Another scenario is named "E-commerce": scenarios are told apart by name')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  // The copy keeps its name; its tab marks the value typed and not applied.
  await expect(tabs(page)).toHaveText(['E-commerce', 'E-commerce (2)•']);
  await name.fill('E-commerce, larger');
  await expect(tabs(page)).toHaveText(['E-commerce', 'E-commerce, larger']);

  await seed(page, numbered('Plan', 20));
  const duplicate = page.getByRole('button', { name: 'Duplicate scenario' });
  await expect(duplicate).toBeDisabled();
  await expect(duplicate).toHaveAccessibleDescription('20 scenarios is the most a session holds: delete one to duplicate another.');
});

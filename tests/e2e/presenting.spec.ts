import AxeBuilder from '@axe-core/playwright';
import { test, expect, openView, type Page } from './fixtures';

const STORAGE_KEY = 'ai-support-planner/scenarios/v1';
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);

async function figures(page: Page): Promise<Record<string, string>> {
  await expect(page.locator('[data-metric="monthly_savings"]')).toHaveAttribute('data-value', /\d/);
  return page
    .locator('#summary [data-metric], [data-metric]')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.filter((e) => !/_p\d0$/.test(e.getAttribute('data-metric') ?? '')).map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value') ?? '']),
      ),
    );
}

/** Opens the prospect's scenario and waits until the autosave holds it. */
async function prospect(page: Page) {
  // Shrinkage of 33 %: staffed FTE with a decimal that shows (43.9 → 37.6).
  await page.goto('./?preset=saas&contacts=23456&automation=41&shrinkage=33');
  await page.getByLabel('Scenario name').fill('Prospect: Acme');
  await expect.poll(() => stored(page)).toContain('Prospect: Acme');
  const tabs = page.getByRole('group', { name: 'Scenarios' }).getByRole('button');
  await expect(tabs).toHaveCount(1);
  return { tabs, before: await figures(page), saved: await stored(page) };
}

test("a sales engineer presents, opens two presets, the Klarna and the ranges slides, leaves discarding: the prospect's scenario is unchanged", async ({
  page,
}) => {
  const { tabs, before, saved } = await prospect(page);

  await page.getByRole('button', { name: 'Present' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByRole('heading', { level: 2, name: 'Prospect: Acme' })).toBeVisible();
  // The first slide's title is a statement about the prospect's operation, and the position is said.
  await expect(deck.getByRole('heading', { level: 3, name: /^Your support costs (fall|rise) by \$[\d,]+ a month$/ })).toBeVisible();
  await expect(deck.getByRole('status').filter({ hasText: /Slide 1 of 6/ })).toBeAttached();
  // Its staffed FTE to one decimal, as its title and the page write them.
  const fte = (metric: string) => Number(before[metric]).toLocaleString('en-US', { maximumFractionDigits: 1 });
  await expect(deck.getByText(`${fte('staffed_fte_baseline')} → ${fte('staffed_fte_with_ai')}`, { exact: true })).toBeVisible();

  await deck.getByLabel('Preset').selectOption({ label: 'Klarna 2024, as announced' });
  await expect(deck.getByRole('heading', { level: 2, name: 'Klarna 2024, as announced' })).toBeVisible();
  await expect(deck.getByText('your scenarios are unchanged')).toBeVisible();
  await deck.getByLabel('Preset').selectOption({ label: 'Klarna 2025, hybrid' });
  await expect(deck.getByRole('heading', { level: 2, name: 'Klarna 2025, hybrid' })).toBeVisible();
  // Nothing of a preset opened here reaches the storage.
  expect(await stored(page)).toBe(saved);

  // The Klarna slide: the breakdown and a title made of its figures.
  await deck.getByRole('navigation', { name: 'Slides' }).getByRole('button', { name: '6. Klarna' }).click();
  await expect(
    deck.getByRole('heading', {
      level: 3,
      name: /^Klarna announced \$40M a year; fully modelled, its 2025 hybrid saves \$[\d.]+M and keeps \d+% of contacts human$/,
    }),
  ).toBeVisible();
  await expect(deck.getByRole('status').filter({ hasText: /Slide 6 of 6/ })).toBeAttached();

  // The slide that compares with a headline speaks to a prospect who announced nothing.
  await page.keyboard.press('ArrowLeft');
  await expect(deck.getByRole('heading', { level: 3, name: /^A headline calculator says .* a year; the full model of your operation says / })).toBeVisible();
  await expect(deck.getByRole('table', { name: /published headline arithmetic/ })).toBeVisible();
  await expect(deck.getByText(/Your announcement/)).toHaveCount(0);

  // The ranges slide starts the draws of the preset on screen, then shows its percentiles and fan chart.
  await deck.getByRole('navigation', { name: 'Slides' }).getByRole('button', { name: '3. Ranges' }).click();
  await expect(deck.getByRole('heading', { level: 3, name: /^In 8 of 10 outcomes your savings lie between .* a year$/ })).toBeVisible({ timeout: 30_000 });
  const range = deck.getByRole('group', { name: /^Annual savings, full model, over 2,000 draws/ });
  for (const p of ['P10 (pessimistic)', 'P50', 'P90 (optimistic)']) await expect(range.getByText(p, { exact: true })).toBeVisible();
  await expect(deck.getByRole('figure', { name: 'Cumulative savings: P10 to P90 range' }).locator('canvas')).toBeVisible();
  await expect(deck.getByText(/NaN|Infinity/)).toHaveCount(0);

  // Leaving asks; discarding leaves every figure, the list and the storage as they were.
  await deck.getByRole('button', { name: 'Exit presentation' }).click();
  const ask = deck.getByRole('alertdialog', { name: 'Keep the preset you opened?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Discard it' }).click();
  await expect(deck).toBeHidden();
  await expect(tabs).toHaveCount(1);
  await expect(tabs.first()).toHaveText('Prospect: Acme');
  await expect(page.getByLabel('Contacts per month')).toHaveValue('23456');
  expect(await figures(page)).toEqual(before);
  expect(await stored(page)).toBe(saved);

  // A reload while a preset is shown finds the prospect's session as it was saved.
  await page.getByRole('button', { name: 'Present' }).click();
  await deck.getByLabel('Preset').selectOption({ label: 'E-commerce' });
  await expect(deck.getByRole('heading', { level: 2, name: 'E-commerce' })).toBeVisible();
  await page.reload();
  await expect(deck).toBeHidden();
  await expect(tabs).toHaveCount(1);
  await expect(tabs.first()).toHaveText('Prospect: Acme');
  expect(await figures(page)).toEqual(before);
  expect(await stored(page)).toBe(saved);
});

test('a preset kept on leaving becomes a new scenario beside the prospect’s, which stays as it was', async ({ page }) => {
  const { tabs, before } = await prospect(page);
  await page.getByRole('button', { name: 'Present' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await deck.getByLabel('Preset').selectOption({ label: 'Klarna 2025, hybrid' });
  await expect(deck.getByRole('heading', { level: 2, name: 'Klarna 2025, hybrid' })).toBeVisible();
  // The keyboard moves through the slides; Escape asks about the preset; Escape again goes back.
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('status').filter({ hasText: /Slide 2 of 6/ })).toBeAttached();
  await page.keyboard.press('Escape');
  const ask = deck.getByRole('alertdialog', { name: 'Keep the preset you opened?' });
  await expect(ask.getByRole('button', { name: 'Keep it as a new scenario' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(deck).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('status').filter({ hasText: /Slide 3 of 6/ })).toBeAttached();
  await deck.getByRole('button', { name: 'Exit presentation' }).click();
  await expect(ask.getByRole('button', { name: 'Keep it as a new scenario' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(deck).toBeHidden();
  await expect(tabs).toHaveCount(2);
  await expect(tabs.nth(1)).toHaveText('Klarna 2025, hybrid');
  await expect
    .poll(async () => JSON.parse((await stored(page)) ?? '{"scenarios":[]}').scenarios.map((s: { name: string }) => s.name))
    .toEqual(['Prospect: Acme', 'Klarna 2025, hybrid']);
  await tabs.first().click();
  await expect(page.getByLabel('Contacts per month')).toHaveValue('23456');
  expect(await figures(page)).toEqual(before);
});

test('with channels, the answer slide names them and the people slide shows each one, as the page does', async ({ page }) => {
  await page.goto('./?preset=ecommerce&channels=chat:40,email:45,voice:15&ai.voice=off');
  await expect(page.locator('#results [data-metric="staffed_fte_with_ai"][data-channel="voice"]')).toHaveAttribute('data-value', /\d/);
  const pageRow = await page.locator('#results tr:has([data-channel="voice"])').first().locator('td').allTextContents();
  await page.getByRole('button', { name: 'Present' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText('Across 3 channels: Chat 40%, Email 45% and Phone 15% (human only)')).toBeVisible();
  await deck.getByRole('navigation', { name: 'Slides' }).getByRole('button', { name: '4. People and quality' }).click();
  const table = deck.getByRole('table', { name: /^By channel, month \d+$/ });
  await expect(table.getByRole('row')).toHaveCount(5);
  // Phone's figures as the page's table by channel shows them.
  await expect(table.getByRole('row', { name: /^Phone/ }).getByRole('cell')).toHaveText(pageRow);
});

test('a range set to exclude its point estimate keeps its warning beside the percentiles of the ranges slide', async ({ page }) => {
  await page.goto('./');
  await openView(page, 'Ranges');
  const section = page.locator('section.uncertainty-panel');
  await section.getByLabel('AI resolution rate, high end (%)').fill('100');
  await section.getByLabel('AI resolution rate, low end (%)').fill('99');
  await expect(section.getByText(/the point estimate .* lies outside its range/)).toBeVisible();
  await page.getByRole('button', { name: 'Present' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await deck.getByRole('navigation', { name: 'Slides' }).getByRole('button', { name: '3. Ranges' }).click();
  await expect(deck.getByRole('group', { name: /^Annual savings, full model/ }).getByText('P50', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(
    deck.getByRole('list', { name: 'About the ranges' }).getByText(/AI resolution rate: the point estimate .* lies outside its range \(99 % to 100 %\)/),
  ).toBeVisible();
});

test('the slides fit a 390 px phone in the dark theme: no sideways scroll, targets of at least 24 px, no serious accessibility violation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?preset=saas');
  await page.getByRole('button', { name: 'Present' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  for (let i = 1; i <= 6; i++) {
    await deck
      .getByRole('navigation', { name: 'Slides' })
      .getByRole('button', { name: new RegExp(`^${i}\\. `) })
      .click();
    await expect(deck.getByRole('status').filter({ hasText: new RegExp(`Slide ${i} of 6`) })).toBeAttached();
    const wide = await deck.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth }));
    expect(wide.scroll, `slide ${i} scrolls sideways`).toBeLessThanOrEqual(wide.client);
    expect(wide.page, `slide ${i} widens the page`).toBeLessThanOrEqual(390);
    const small = await deck.locator('button:visible, select:visible').evaluateAll((els) =>
      els
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width < 24 || r.height < 24)
        .map((r) => `${r.width}x${r.height}`),
    );
    expect(small, `slide ${i} has targets under 24 px`).toEqual([]);
    if (i === 3) await expect(deck.getByRole('figure', { name: 'Cumulative savings: P10 to P90 range' })).toBeVisible({ timeout: 30_000 });
    const axe = await new AxeBuilder({ page }).include('.presentation').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
    expect(serious, `slide ${i}`).toEqual([]);
  }
});

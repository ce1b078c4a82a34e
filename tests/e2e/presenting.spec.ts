import { test, expect, type Page } from './fixtures';

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

test("a sales engineer presents, opens two presets and leaves: the prospect's scenario is unchanged unless a preset is kept", async ({ page }) => {
  await page.goto('./?preset=saas&contacts=23456&automation=41');
  await page.getByLabel('Scenario name').fill('Prospect: Acme');
  const tabs = page.getByRole('group', { name: 'Scenarios' }).getByRole('button');
  await expect(tabs).toHaveCount(1);
  const before = await figures(page);

  await page.getByRole('button', { name: 'Present' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByRole('heading', { level: 2, name: 'Prospect: Acme' })).toBeVisible();
  await deck.getByLabel('Preset').selectOption({ label: 'Klarna 2024, as announced' });
  await expect(deck.getByRole('heading', { level: 2, name: 'Klarna 2024, as announced' })).toBeVisible();
  await expect(deck.getByText('your scenarios are unchanged')).toBeVisible();
  await deck.getByLabel('Preset').selectOption({ label: 'Klarna 2025, hybrid' });
  await expect(deck.getByRole('heading', { level: 2, name: 'Klarna 2025, hybrid' })).toBeVisible();
  // The slide that compares with a headline speaks to a prospect who announced nothing.
  await deck.getByRole('button', { name: /What a published headline leaves out/ }).click();
  await expect(deck.getByRole('table', { name: /published headline arithmetic/ })).toBeVisible();
  await expect(deck.getByText('Your announcement')).toHaveCount(0);

  // Leaving asks; discarding leaves every figure of the prospect's scenario as it was.
  await deck.getByRole('button', { name: 'Exit presentation' }).click();
  const ask = deck.getByRole('alertdialog', { name: 'Keep the preset you opened?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Discard it' }).click();
  await expect(deck).toBeHidden();
  await expect(tabs).toHaveCount(1);
  await expect(tabs.first()).toHaveText('Prospect: Acme');
  await expect(page.getByLabel('Contacts per month')).toHaveValue('23456');
  expect(await figures(page)).toEqual(before);

  // Presenting again, a preset kept on leaving becomes a new scenario beside the prospect's.
  await page.getByRole('button', { name: 'Present' }).click();
  await deck.getByLabel('Preset').selectOption({ label: 'Klarna 2025, hybrid' });
  await page.keyboard.press('Escape');
  await expect(ask.getByRole('button', { name: 'Keep it as a new scenario' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(deck).toBeHidden();
  await expect(tabs).toHaveCount(2);
  await expect(tabs.nth(1)).toHaveText('Klarna 2025, hybrid');
  await tabs.first().click();
  await expect(page.getByLabel('Contacts per month')).toHaveValue('23456');
  expect(await figures(page)).toEqual(before);
});

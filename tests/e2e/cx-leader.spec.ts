import { test, expect, openView, type Page } from './fixtures';

const metric = (page: Page, name: string) => page.locator(`[data-metric="${name}"]:not([data-channel])`);
const valueOf = async (page: Page, name: string) => Number(await metric(page, name).getAttribute('data-value'));

test('a CX leader picks a business type, edits the tier mix and reads the staffing change', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI support ROI and staffing planner');

  // The default's answer strip warns that a tier's CSAT falls; the warning opens the quality view.
  await page.getByRole('region', { name: 'The answer' }).getByRole('link', { name: 'CSAT falls on tier 2' }).click();
  await expect(page).toHaveURL(/#quality$/);
  await expect(page.getByRole('table', { name: /Customer satisfaction per tier/ }).getByRole('row', { name: /^Tier 2/ })).toHaveClass(/decline/);
  await openView(page, 'Plan');

  // Business type, with the sources of its figures on the page.
  await page.getByLabel('Start from a business type or a Klarna scenario').selectOption({ label: 'SaaS / tech' });
  await expect(page.getByRole('heading', { name: 'Results: SaaS / tech' })).toBeVisible();
  await expect(page.getByText(/60-70 % autonomous resolution by month 3/).first()).toBeVisible();
  await page.getByText(/Where this preset's figures come from/).click();
  await expect(page.locator('#plan-inputs').getByText('Published loaded-cost example (also $57,000 per FTE-year)')).toBeVisible();

  // The answer first, in one sentence from the full model, and the strip.
  await expect(
    page.getByText(/With the AI resolving \d+% of contacts you (save|lose) \$[\d,]+ a month, not the \$[\d,]+ a headline calculator shows; /),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'The answer' }).getByText('FTE released')).toBeVisible();

  const fteBefore = await valueOf(page, 'staffed_fte_with_ai');
  const humanBefore = await valueOf(page, 'human_contacts_per_month');
  expect(fteBefore).toBeGreaterThan(0);

  // Returns and refunds become human-only (tier 3): more contacts for people, more people.
  await openView(page, 'Inputs');
  await page.getByText('Mix: categories and tiers').click();
  const returns = page.getByRole('group', { name: /Category 3: Returns and refunds/ });
  await returns.getByLabel('Tier').selectOption({ label: '3: complex' });
  await expect(returns.getByLabel('AI may attempt it')).not.toBeChecked();
  await expect(metric(page, 'staffed_fte_with_ai')).not.toHaveAttribute('data-value', String(fteBefore));
  expect(await valueOf(page, 'staffed_fte_with_ai')).toBeGreaterThan(fteBefore);
  expect(await valueOf(page, 'human_contacts_per_month')).toBeGreaterThan(humanBefore);

  // A refused value stays at its field with a message; the figures keep the last valid scenario.
  const hoursAfterTier = await metric(page, 'human_hours_per_month').getAttribute('data-value');
  const handle = page.getByRole('group', { name: /Category 1:/ }).getByLabel('Handle time (agent minutes)');
  await handle.fill('-4');
  await expect(page.getByText('Handle time cannot be negative (accepted: 0 or more minutes)')).toBeVisible();
  await expect(handle).toHaveAttribute('aria-invalid', 'true');
  await expect(metric(page, 'human_hours_per_month')).toHaveAttribute('data-value', hoursAfterTier!);
  await handle.fill('4.5');
  await expect(handle).not.toHaveAttribute('aria-invalid', 'true');
  await expect(metric(page, 'human_hours_per_month')).not.toHaveAttribute('data-value', hoursAfterTier!);

  // Add a category, move it up, remove it again.
  await page.getByRole('button', { name: 'Add a category' }).click();
  const added = page.getByRole('group', { name: /Category 6: New category/ });
  await added.getByLabel('Share of volume (%)').fill('10');
  await expect(page.getByText(/shares add up to 110\s?%, scaled to 100\s?% in the model/)).toBeVisible();
  await page.getByRole('button', { name: 'Move New category up' }).click();
  await expect(page.getByRole('group', { name: /Category 5: New category/ })).toBeVisible();
  await page.getByRole('button', { name: 'Remove New category' }).click();
  await expect(page.getByRole('group', { name: /New category/ })).toHaveCount(0);

  // The staffing change, explained: Erlang staffing against hours / 160.
  await openView(page, 'Charts');
  const staffing = page.getByRole('figure', { name: 'Staffing: agent-equivalents against staffed FTE' });
  await expect(staffing).toContainText(/FTE before and .* after/);
  await openView(page, 'Figures');
  const fteFigure = page.locator('.figure', { has: metric(page, 'staffed_fte_with_ai') });
  await fteFigure.getByText('How is this figure calculated?').click();
  await expect(fteFigure.getByText(/on-seat h ÷/)).toBeVisible();

  // The quality view names the tiers that matter.
  await openView(page, 'Quality');
  await expect(page.getByRole('table', { name: /Customer satisfaction per tier/ })).toBeVisible();

  // Nothing on screen reads NaN or Infinity.
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
});

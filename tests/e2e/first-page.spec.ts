import { test, expect } from './fixtures';

test('the default scenario shows every summary figure as a plain number', async ({ page }) => {
  await page.goto('./');
  const savings = page.locator('[data-metric="monthly_savings"]');
  // The answer strip repeats a few of them, with the same values.
  await expect(page.getByRole('region', { name: 'The answer' }).locator('[data-metric="annual_savings"]')).toHaveAttribute(
    'data-value',
    (await page.locator('#results [data-metric="annual_savings"]').getAttribute('data-value'))!,
  );
  await expect(savings).toHaveAttribute('data-value', /^-?\d+(\.\d+)?$/);
  const values = await page.locator('[data-metric]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? ''));
  for (const v of values) expect(v === '' || /^-?\d+(\.\d+)?$/.test(v)).toBe(true);
});

test('a hand-written headline link reproduces the published arithmetic to the cent', async ({ page }) => {
  // 10,000 contacts x 50 % automated x 6 min = 500 agent hours saved; x $30 = $15,000;
  // AI: 5,000 resolutions x $1 = $5,000; monthly savings $10,000; hours / 160 = 3.125 agents.
  await page.goto('./?method=headline&contacts=10000&automation=50&handle_min=6&cost_hour=30&ai_pricing=resolution&ai_cost=1&setup_cost=0');
  await expect(page.locator('[data-metric="monthly_savings"]')).toHaveAttribute('data-value', '10000');
  await expect(page.locator('[data-metric="annual_savings"]')).toHaveAttribute('data-value', '120000');
  await expect(page.locator('[data-metric="agent_equivalents_ai_work"]')).toHaveAttribute('data-value', '3.125');
});

test('an invalid parameter gets a notice naming it and is ignored', async ({ page }) => {
  await page.goto('./?contacts=-5&colour=blue');
  await expect(page.getByText(/contacts=-5 is out of range/)).toBeVisible();
  await expect(page.getByText(/Unknown parameter "colour"/)).toBeVisible();
  await expect(page.locator('[data-metric="contacts_per_month"]')).not.toHaveAttribute('data-value', '-5');
});

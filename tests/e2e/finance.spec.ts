import { test, expect, openView } from './fixtures';
import { readFile } from 'node:fs/promises';

test('finance compares three scenarios, reads the deltas and the break-even error cost, and exports them', async ({ page }) => {
  await page.goto('./');
  const name = page.getByLabel('Scenario name');

  // Three scenarios: the base, a cautious one (50 % automated, 2 % wrong) and an aggressive one (75 %, 10 % wrong).
  await name.fill('Base case');
  await page.getByRole('button', { name: 'Duplicate scenario' }).click();
  await name.fill('Cautious');
  await page.getByLabel('Automation rate (% of all contacts)').fill('50');
  await openView(page, 'Inputs');
  await page.getByText('AI quality', { exact: true }).click();
  await page.getByLabel('Wrong answers (% of AI resolutions)').fill('2');
  await openView(page, 'Plan');
  await page.getByRole('button', { name: 'Duplicate scenario' }).click();
  await name.fill('Aggressive');
  await page.getByLabel('Automation rate (% of all contacts)').fill('75');
  await openView(page, 'Inputs');
  await page.getByLabel('Wrong answers (% of AI resolutions)').fill('10');
  await expect(page.getByRole('group', { name: 'Scenarios' }).getByRole('button')).toHaveText(['Base case', 'Cautious', 'Aggressive']);

  // The answer strip reads the aggressive scenario: its savings a year beside the headline's, its payback.
  const answer = page.getByRole('region', { name: 'The answer' });
  await expect(answer.locator('[data-metric="annual_savings"]')).toHaveAttribute(
    'data-value',
    (await page.locator('#results [data-metric="annual_savings"]').getAttribute('data-value'))!,
  );
  await expect(answer).toContainText(/headline \$[\d,]+/);
  await expect(answer).toContainText(/Payback/);

  // Side by side, with differences against the base case.
  await openView(page, 'Compare');
  const table = page.getByRole('table', { name: /3 scenarios side by side/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Figure', /^Base case\s*\(reference\)$/, 'Cautious', 'Aggressive']);
  const automation = table.getByRole('row', { name: /^Automation rate/ });
  await expect(automation).toContainText('50%');
  await expect(automation).toContainText('75%');
  await expect(table.getByRole('row', { name: /^Savings per year/ }).locator('.delta')).toHaveCount(2);

  // Break-even error cost between the cautious and the aggressive scenario.
  await page.getByLabel('First scenario').selectOption({ label: 'Cautious' });
  await page.getByLabel('Second scenario').selectOption({ label: 'Aggressive' });
  await expect(page.getByText(/Break-even at \$[\d,.]+ per wrong answer: above it "Cautious" \(fewer wrong answers\) is cheaper/)).toBeVisible();

  // The monthly table holds all three scenarios, month by month.
  await page.getByRole('button', { name: 'Download…' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Monthly table (CSV)' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('3-scenarios-monthly.csv');
  const text = await readFile((await file.path())!, 'utf8');
  expect(text).toMatch(/^\uFEFFscenario,month,contacts,ai_resolved/);
  expect(text).not.toContain('scenario,metric,value,unit');
  for (const n of ['Base case', 'Cautious', 'Aggressive']) expect(text).toContain(`${n},24,`);

  // Delete one; the other two stay.
  await page.getByRole('button', { name: 'Aggressive' }).click();
  await page.getByRole('button', { name: 'Delete scenario' }).click();
  await expect(page.getByRole('group', { name: 'Scenarios' }).getByRole('button')).toHaveText(['Base case', 'Cautious']);

  // Saved in this browser: a reload restores both, with the same figures.
  const savings = await page.locator('#results [data-metric="annual_savings"]').getAttribute('data-value');
  await page.reload();
  // The reload opens the view it was on.
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('group', { name: 'Scenarios' }).getByRole('button')).toHaveText(['Base case', 'Cautious']);
  await expect(page.getByRole('button', { name: 'Cautious' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#results [data-metric="annual_savings"]')).toHaveAttribute('data-value', savings!);
});

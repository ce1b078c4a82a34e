import { test, expect } from './fixtures';

// Keystrokes faster than the page computes are applied as they come and computed once per
// frame at most: the figures that stay are those of the last value, the same as a link to it.
test('typing a new volume fast into a three-channel plan ends on the figures of the value typed, marked as settled', async ({ page, context }) => {
  const link = './?channels=chat:45,email:35,voice:20';
  await page.goto(link);
  const results = page.getByRole('region', { name: /^Results:/ });
  const contacts = page.getByLabel('Contacts per month', { exact: true });
  await contacts.fill('');
  await contacts.pressSequentially('23456');
  await expect(contacts).toHaveValue('23456');
  await expect(results).toHaveAttribute('aria-busy', 'false');
  const savings = page.getByRole('region', { name: 'The answer' }).locator('[data-metric="annual_savings"]');
  await expect(savings).toHaveAttribute('data-value', /^-?\d+(\.\d+)?$/);
  const typed = await savings.getAttribute('data-value');

  const other = await context.newPage();
  await other.goto(`${link}&contacts=23456`);
  await expect(other.getByRole('region', { name: 'The answer' }).locator('[data-metric="annual_savings"]')).toHaveAttribute('data-value', typed!);
});

import { test, expect, openView, type Page } from './fixtures';

const metric = (page: Page, name: string) => page.locator(`[data-metric="${name}"]:not([data-channel])`).first();

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('a planner types numbers as the page writes them: 30.000 contacts, 12,5 %, a budget of 400.000', async ({ page }) => {
    await page.goto('./?preset=ecommerce&growth=0');
    const contacts = page.getByLabel('Contacts per month');
    await contacts.fill('30.000');
    await expect(metric(page, 'contacts_per_month')).toHaveAttribute('data-value', '30000');
    await openView(page, 'Figures');
    await expect(
      page
        .locator('#results')
        .getByText(/^30\.000$/)
        .first(),
    ).toBeVisible();
    await openView(page, 'Plan');

    await page.getByLabel('Automation rate (% of all contacts)').fill('12,5');
    await expect(metric(page, 'automation_rate')).toHaveAttribute('data-value', /^12\.5(0*\d?)?$/);

    // The same budget typed plainly and as the page writes it buys the same agents.
    await openView(page, 'Staffing');
    const panel = page.locator('#staffing');
    const budget = panel.getByLabel(/Or a monthly budget for agents/);
    await budget.fill('400000');
    const use = panel.getByRole('button', { name: /^Use [\d.]+ agents$/ });
    const plain = await use.textContent();
    await budget.fill('400.000');
    await expect(use).toHaveText(plain!);
    await budget.fill('400000,5');
    await expect(use).toHaveText(plain!);
  });
});

test.describe('in a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('an entry that reads two ways is asked about at its field, and the figures wait for the answer', async ({ page }) => {
    await page.goto('./?preset=ecommerce&growth=0');
    const before = await metric(page, 'contacts_per_month').getAttribute('data-value');
    const contacts = page.getByLabel('Contacts per month');
    await contacts.fill('1.234');
    await expect(page.getByText('"1.234" reads two ways here: 1\u202f234 or 1,234. Type 1234 or 1,234 to say which.')).toBeVisible();
    await expect(contacts).toHaveAttribute('aria-invalid', 'true');
    await expect(metric(page, 'contacts_per_month')).toHaveAttribute('data-value', before!);

    await page.getByRole('group', { name: 'Which number did you mean?' }).getByRole('button', { name: '1\u202f234' }).click();
    await expect(metric(page, 'contacts_per_month')).toHaveAttribute('data-value', '1234');
    await expect(contacts).toHaveValue('1234');
    await expect(contacts).not.toHaveAttribute('aria-invalid', 'true');

    await contacts.fill('2 500,5');
    await expect(metric(page, 'contacts_per_month')).toHaveAttribute('data-value', '2500.5');
  });
});

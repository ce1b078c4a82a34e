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

  test('the quality view writes every percentage as the page does, the CSAT before the AI too', async ({ page }) => {
    await page.goto('./?preset=ecommerce&currency=EUR');
    await openView(page, 'Quality');
    const tier1 = page.getByRole('row', { name: /^CSAT tier 1/ });
    await expect(tier1.getByRole('cell').last()).toHaveText(/^Before: \d+(,\d)?\s?%\. Per-tier CSAT is not reported in announcements\.$/);
    await expect(page.locator('#view-quality')).not.toContainText(/\d\.\d\s?%/);
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

test.describe('in an American browser', () => {
  test.use({ locale: 'en-US' });

  test('numbers typed key by key are read as typed: the field is not rewritten while it has the focus', async ({ page }) => {
    await page.goto('./?preset=ecommerce&growth=0');
    const contacts = page.getByLabel('Contacts per month', { exact: true });
    await contacts.selectText();
    await contacts.pressSequentially('1,500', { delay: 30 });
    await expect(contacts).toHaveValue('1,500');
    await expect(metric(page, 'contacts_per_month')).toHaveAttribute('data-value', '1500');
    // Written as the page writes a value once the focus leaves.
    await contacts.press('Tab');
    await expect(contacts).toHaveValue('1500');

    // A second decimal point is refused at its field, not joined to a rounded first part.
    await contacts.selectText();
    await contacts.pressSequentially('12.5.3', { delay: 30 });
    await expect(contacts).toHaveAttribute('aria-invalid', 'true');
    await expect(metric(page, 'contacts_per_month')).toHaveAttribute('data-value', '12.5');

    // A typed cost keeps its decimals, and a small handle time is never shown as 0.
    const cost = page.getByLabel(/^Loaded cost per agent hour/);
    await cost.fill('27.125');
    await cost.press('Tab');
    await expect(cost).toHaveValue('27.125');
    const handle = page.getByLabel('Average handle time (minutes)');
    await handle.fill('0.0001');
    await handle.press('Tab');
    await expect(handle).toHaveValue('0.0001');
  });
});

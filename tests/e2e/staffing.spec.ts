import { test, expect, openView } from './fixtures';

test('a planner starts from a headcount and a budget and sees what they carry', async ({ page }) => {
  await page.goto('./?preset=ecommerce&channel=voice&staffing_model=erlang-a&patience_min=3&seats=20');
  await openView(page, 'Staffing');
  const panel = page.locator('#staffing');
  await expect(panel.getByRole('heading', { name: 'Reverse staffing: what a headcount carries' })).toBeVisible();
  await expect(panel.getByLabel('Agents on seat in every open hour')).toHaveValue('20');
  for (const name of ['service_level', 'asa_seconds', 'abandon_rate', 'automation_needed']) {
    await expect(panel.locator(`[data-headcount="${name}"]`)).toHaveAttribute('data-value', /^\d+(\.\d+)?(e-\d+)?$/);
  }
  const sl20 = Number(await panel.locator('[data-headcount="service_level"]').getAttribute('data-value'));

  // A budget that is not an amount is refused at its field, naming it and what it accepts; nothing is offered to use.
  const budget = panel.getByLabel(/Or a monthly budget for agents/);
  await budget.fill('-400000');
  await expect(budget).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByText('The monthly budget for agents must be an amount of 0 or more, such as 250000.5.')).toBeVisible();
  await expect(panel.getByRole('button', { name: /^Use \d+ agents$/ })).toHaveCount(0);

  // A budget becomes agents; using them changes the service and what the AI must absorb.
  await budget.fill('400000');
  await expect(budget).not.toHaveAttribute('aria-invalid');
  const use = panel.getByRole('button', { name: /^Use \d+ agents$/ });
  await expect(use).toBeVisible();
  const seats = Number((await use.textContent())!.replace(/\D/g, ''));
  await use.click();
  await expect(panel.getByLabel('Agents on seat in every open hour')).toHaveValue(String(seats));
  await expect(panel.locator('[data-headcount="service_level"]')).not.toHaveAttribute('data-value', String(sl20));

  // Back to staffing to the target; the sensitivity charts have text alternatives.
  await panel.getByRole('button', { name: 'Staff to the target instead' }).click();
  await expect(panel.getByLabel('Agents on seat in every open hour')).toHaveValue('');
  await expect(panel.getByRole('figure', { name: 'Staffing against the service-level target' })).toBeVisible();
  await expect(panel.getByText(/Raising the service-level target from 50/)).toBeVisible();
  await expect(panel.getByText(/From 0\s?% to \d+\s?% of contacts resolved by the AI .* At 0\s?% the AI still answers first/)).toBeVisible();
});

test("the staffing view judges a headcount by its one channel's target, and shows the sensitivity of several channels with a live queue", async ({ page }) => {
  // One phone channel: its own answer target (20 s), not the chat default of the scenario's channel field.
  await page.goto('./?channels=voice:100');
  await openView(page, 'Staffing');
  const panel = page.locator('#staffing');
  await expect(panel.getByText(/meet the target of 80(\.0)?% answered within 20 s\./)).toBeVisible();
  // Several channels: a headcount is one queue, so none is offered; the live queues' sensitivity is shown.
  await page.goto('./?channels=email:40,voice:30,chat:30');
  await openView(page, 'Staffing');
  await expect(panel.locator('p', { hasText: 'A fixed headcount is one queue' })).toContainText(
    /A\s+fixed\s+headcount\s+is\s+one\s+queue:\s+this\s+scenario\s+has\s+3\s+channels,\s+each\s+staffed\s+to\s+its\s+own\s+target\.\s+Staffed\s+so,\s+the\s+channels\s+need\s+\d+\s+agents\s+in\s+all,\s+each\s+in\s+its\s+own\s+busiest\s+hour\./,
  );
  await expect(panel.getByLabel('Agents on seat in every open hour')).toHaveCount(0);
  await expect(panel.getByRole('figure', { name: 'Staffing against the service-level target' })).toBeVisible();
  await expect(panel.getByText('Email has no real-time queue', { exact: false })).toHaveCount(0);
});

test('a headcount far below the load says its wait is unbounded and the plan says what service the savings come with', async ({ page }) => {
  await page.goto('./?channel=voice&seats=3');
  await expect(page.locator('.answer-sentence')).toContainText(
    /The 3 agents on seat answer [\d.]+% of contacts within the target time, against a target of 80(\.0)?%: these savings come with that service\./,
  );
  await openView(page, 'Staffing');
  const asa = page.locator('#staffing [data-headcount="asa_seconds"]');
  await expect(asa).toHaveText('unbounded: the queue grows without end in the busiest hours');
  await expect(asa).toHaveAttribute('data-value', '');
  // Staffed to the target, the sentence says nothing of a headcount.
  await page.locator('#staffing').getByRole('button', { name: 'Staff to the target instead' }).click();
  await openView(page, 'Plan');
  await expect(page.locator('.answer-sentence')).not.toContainText('agents on seat');
});

import { test, expect, openView, type Page } from './fixtures';

/** The raw value of one channel's figure. */
async function figure(page: Page, metric: string, channel: string): Promise<number> {
  const cell = page.locator(`#results [data-metric="${metric}"][data-channel="${channel}"]`);
  await expect(cell).toHaveAttribute('data-value', /^\d+(\.\d+)?$/);
  return Number(await cell.getAttribute('data-value'));
}

/** Every per-channel figure of the results, by metric and channel. */
async function channelFigures(page: Page): Promise<Record<string, string>> {
  const cells = page.locator('#results [data-channel]');
  await expect(cells.first()).toBeVisible();
  return Object.fromEntries(
    await cells.evaluateAll((els) =>
      els.map((e) => [`${e.getAttribute('data-metric')}.${e.getAttribute('data-channel')}`, e.getAttribute('data-value') ?? '']),
    ),
  );
}

test('a CX leader adds phone and email, sets automation per channel, reads the staffing by channel and shares it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  const inputs = page.locator('#inputs');
  // One channel: no table by channel yet.
  await openView(page, 'Inputs');
  await expect(inputs.getByLabel('Channel', { exact: true })).toBeVisible();
  await expect(page.locator('#results [data-channel]')).toHaveCount(0);

  await inputs.getByRole('button', { name: 'Add a phone channel' }).click();
  await inputs.getByRole('button', { name: 'Add an email channel' }).click();
  await expect(inputs.getByLabel('Share of Chat, %')).toHaveValue('33.5');
  await expect(inputs.getByLabel('Share of Phone, %')).toHaveValue('33.5');
  await expect(inputs.getByLabel('Share of Email, %')).toHaveValue('33');

  // Figures by channel, before any per-channel automation (every channel at the mix's own rates).
  await openView(page, 'Figures');
  for (const id of ['chat', 'voice', 'email']) await figure(page, 'staffed_fte_with_ai', id);
  const before = await channelFigures(page);
  expect(Number(before['contacts_per_month.chat'])).toBeGreaterThan(0);
  expect(before['service_level.voice']).toMatch(/^\d/);

  // A voice assistant resolves less than the mix's rates, the email AI more.
  await openView(page, 'Inputs');
  await inputs.getByLabel('Automation in Phone, %').fill('20');
  await inputs.getByLabel('Automation in Email, %').fill('70');
  await expect(page.locator('#results [data-metric="ai_resolved_per_month"][data-channel="voice"]')).not.toHaveAttribute(
    'data-value',
    before['ai_resolved_per_month.voice']!,
  );
  await expect(page.locator('#results [data-metric="ai_resolved_per_month"][data-channel="email"]')).not.toHaveAttribute(
    'data-value',
    before['ai_resolved_per_month.email']!,
  );
  await openView(page, 'Figures');
  const after = await channelFigures(page);

  // Phone: fewer resolved by the AI, more agents; email: the other way; chat and every baseline unchanged.
  expect(Number(after['ai_resolved_per_month.voice'])).toBeLessThan(Number(before['ai_resolved_per_month.voice']));
  expect(Number(after['staffed_fte_with_ai.voice'])).toBeGreaterThan(Number(before['staffed_fte_with_ai.voice']));
  expect(Number(after['ai_resolved_per_month.email'])).toBeGreaterThan(Number(before['ai_resolved_per_month.email']));
  expect(Number(after['staffed_fte_with_ai.email'])).toBeLessThanOrEqual(Number(before['staffed_fte_with_ai.email']));
  expect(after['staffed_fte_with_ai.chat']).toBe(before['staffed_fte_with_ai.chat']);
  for (const id of ['chat', 'voice', 'email']) expect(after[`staffed_fte_baseline.${id}`]).toBe(before[`staffed_fte_baseline.${id}`]);
  // The email channel is staffed to a response time, the live ones to a service level.
  expect(after['response_level.email']).toMatch(/^\d/);
  expect(after['service_level.email']).toBeUndefined();
  const ai = Number(after['ai_resolved_per_month.voice']) / Number(after['contacts_per_month.voice']);
  expect(ai).toBeCloseTo(0.2, 6);
  // The scenario's totals are the sums over its channels.
  const total = Number(await page.locator('#results [data-metric="staffed_fte_with_ai"]:not([data-channel])').getAttribute('data-value'));
  expect(total).toBeCloseTo(
    ['chat', 'voice', 'email'].reduce((a, id) => a + Number(after[`staffed_fte_with_ai.${id}`]), 0),
    6,
  );
  await expect(page.getByRole('figure', { name: 'Staffed FTE by channel, without and with AI' })).toBeVisible();

  // The share link opens the same figures in a browser that never saw the scenario.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(link);
  // The link opens on the view it was shared from; the editor is built after the first figures are painted.
  await expect(other.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Figures' })).toHaveAttribute('aria-current', 'page');
  await openView(other, 'Inputs');
  await expect(other.locator('#inputs').getByLabel('Automation in Email, %')).toHaveValue('70', { timeout: 30_000 });
  await openView(other, 'Figures');
  expect(await channelFigures(other)).toEqual(after);
  await elsewhere.close();

  // One pool: the backlog fills the live queues' idle time; the page says what that saves, and how.
  await openView(page, 'Inputs');
  await inputs.getByLabel("Blended: the backlog fills the live queues' idle time").check();
  await openView(page, 'Figures');
  const saved = page.locator('#results [data-metric="pooling_saved_fte"]');
  await expect(saved).toHaveAttribute('data-value', /^\d+(\.\d+)?$/);
  await expect(page.locator('#results').getByText(/Method: hour by hour, each live channel keeps the agents it needs alone/)).toBeVisible();
  const pooled = Number(await page.locator('#results [data-metric="staffed_fte_with_ai"]:not([data-channel])').getAttribute('data-value'));
  expect(pooled).toBeLessThanOrEqual(total + 1e-9);
  expect(Number(await saved.getAttribute('data-value'))).toBeCloseTo(total - pooled, 6);
});

test('removing channels back to one keeps the figures, and a refused share or name says why', async ({ page }) => {
  await page.goto('./');
  await openView(page, 'Inputs');
  const inputs = page.locator('#inputs');
  const single = await page.locator('#results [data-metric="monthly_savings"]').getAttribute('data-value');
  await inputs.getByRole('button', { name: 'Add an email channel' }).click();
  // The new channel comes last, the focus on its name.
  await expect(inputs.getByLabel('Name of channel Email')).toBeFocused();
  await inputs.getByLabel('Share of Email, %').fill('-5');
  await expect(inputs.getByText('Email: Channel share cannot be negative (accepted: 0 to 100 %)')).toBeVisible();
  await expect(inputs.getByLabel('Share of Email, %')).toHaveAttribute('aria-invalid', 'true');
  // The name of another channel stays typed and is refused, saying why.
  await inputs.getByLabel('Name of channel Email').fill('chat');
  await expect(inputs.getByText('Another channel is named "Chat": give each channel a name of its own')).toBeVisible();
  await expect(inputs.getByLabel('Name of channel Email')).toHaveAttribute('aria-invalid', 'true');
  await inputs.getByLabel('Name of channel Email').fill('Email');
  await expect(inputs.getByLabel('Name of channel Email')).not.toHaveAttribute('aria-invalid', 'true');
  // Another kind: the channel takes its name, and the focus stays on its kind.
  const kind = inputs.getByLabel('Kind of Email');
  await kind.focus();
  await kind.selectOption('messaging');
  await expect(inputs.getByLabel('Kind of Messaging')).toBeFocused();
  await expect(inputs.getByLabel('Share of Messaging, %')).toHaveAttribute('aria-invalid', 'true');
  // Removed from the keyboard: the focus goes to the channel now in its place, not to the page.
  await inputs.getByRole('button', { name: 'Remove Messaging' }).focus();
  await page.keyboard.press('Enter');
  await expect(inputs.getByLabel('Name of channel Chat')).toBeFocused();
  await expect(inputs.getByText('1 channel.', { exact: false })).toBeVisible();
  await expect(inputs.getByLabel('Share of Chat, %')).toHaveValue('100');
  await expect(page.locator('#results [data-channel]')).toHaveCount(0);
  await expect(page.locator('#results [data-metric="monthly_savings"]')).toHaveAttribute('data-value', single!);
});

test("a CX leader starts from the business type's typical channels, stated as an assumption", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await openView(page, 'Inputs');
  const inputs = page.locator('#inputs');
  await expect(inputs.getByText('chat 45 %, email 40 %, phone 15 %, each with its kind')).toContainText('an assumption');
  await inputs.getByRole('button', { name: 'Use the typical E-commerce channels' }).click();
  await expect(inputs.getByLabel('Share of Chat, %')).toHaveValue('45');
  await expect(inputs.getByLabel('Share of Email, %')).toHaveValue('40');
  await expect(inputs.getByLabel('Share of Phone, %')).toHaveValue('15');
  // Offered once: the channels are now the typical ones.
  await expect(inputs.getByRole('button', { name: 'Use the typical E-commerce channels' })).toHaveCount(0);
  const chat = await figure(page, 'contacts_per_month', 'chat');
  const email = await figure(page, 'contacts_per_month', 'email');
  const voice = await figure(page, 'contacts_per_month', 'voice');
  expect(chat / (chat + email + voice)).toBeCloseTo(0.45, 9);
  expect(voice / (chat + email + voice)).toBeCloseTo(0.15, 9);
  await expect(page.locator('#results [data-metric="service_level"][data-channel="voice"]')).toHaveAttribute('data-value', /^\d/);
});

test("the answer-time field names the default of the scenario's own channel", async ({ page }) => {
  await page.goto('./?channel=email');
  await openView(page, 'Inputs');
  const inputs = page.locator('#inputs');
  await inputs.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expect(inputs.getByLabel('Answer within (seconds)')).toHaveAttribute('placeholder', '60 (email default)');
  await page.goto('./?channel=voice');
  await openView(page, 'Inputs');
  await inputs.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expect(inputs.getByLabel('Answer within (seconds)')).toHaveAttribute('placeholder', '20 (voice default)');
});

test("a channel's automation past what the AI may attempt there is refused at the field, as a link refuses it", async ({ page }) => {
  await page.goto('./?channels=chat:40,email:45,voice:15');
  await openView(page, 'Inputs');
  const before = await page.locator('[data-metric="ai_resolved_per_month"][data-channel="voice"]').first().getAttribute('data-value');
  const field = page.locator('#inputs').getByLabel('Automation in Phone, %', { exact: true });
  await field.fill('95');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/^Phone: Automation of 95 % exceeds the [\d.]+ % of contacts the AI may attempt/);
  // Kept as typed in the field; the figures stay those of the last valid scenario.
  await expect(field).toHaveValue('95');
  await expect(page.locator('[data-metric="ai_resolved_per_month"][data-channel="voice"]').first()).toHaveAttribute('data-value', before!);
  // Within the ceiling, it is taken.
  await field.fill('20');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-metric="ai_resolved_per_month"][data-channel="voice"]').first()).not.toHaveAttribute('data-value', before!);
});

test('a removed channel, or channels replaced by the typical ones, come back with Undo', async ({ page }) => {
  await page.goto('./?preset=ecommerce&channels=chat:40,email:45,voice:15&automation.email=70');
  await openView(page, 'Inputs');
  const inputs = page.locator('#inputs');
  await inputs.getByLabel('Name of channel Phone').fill('Sales line');
  await expect(inputs.getByLabel('Name of channel Sales line')).toBeVisible();
  const savings = page.locator('[data-metric="annual_savings"]').first();
  const before = await savings.getAttribute('data-value');
  await inputs.getByRole('button', { name: 'Remove Sales line' }).click();
  await expect(inputs.getByRole('status').filter({ hasText: 'Removed channel "Sales line" and its settings.' })).toBeVisible();
  await expect(inputs.getByLabel('Name of channel Sales line')).toHaveCount(0);
  await inputs.getByRole('button', { name: 'Undo' }).click();
  await expect(inputs.getByLabel('Name of channel Sales line')).toBeVisible();
  await expect(inputs.getByLabel('Automation in Email, %', { exact: true })).toHaveValue('70');
  await expect(savings).toHaveAttribute('data-value', before!);
  await expect(inputs.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  // The typical channels replace the named one and the override; Undo puts them back.
  await inputs.getByRole('button', { name: /typical/ }).click();
  await expect(inputs.getByLabel('Name of channel Sales line')).toHaveCount(0);
  await inputs.getByRole('button', { name: 'Undo' }).click();
  await expect(inputs.getByLabel('Name of channel Sales line')).toBeVisible();
  await expect(savings).toHaveAttribute('data-value', before!);
});

import { test, expect, openView, type Page } from './fixtures';

const metric = (page: Page, name: string) => page.locator(`[data-metric="${name}"]:not([data-channel])`);
const panel = (page: Page) => page.locator('section.uncertainty-panel');

/** Waits for the Monte Carlo of the scenario on screen to finish, then reads its figures. */
async function percentiles(page: Page): Promise<Record<string, string>> {
  await expect(panel(page).locator('[data-uncertainty-status]')).toHaveAttribute('data-uncertainty-status', 'done', { timeout: 30_000 });
  await expect(metric(page, 'annual_savings_p50')).toHaveAttribute('data-value', /\d/);
  const shell = await page
    .locator('[data-metric^="annual_savings_p"]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value') ?? '']));
  const mine = await panel(page)
    .locator('[data-uncertainty]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-uncertainty'), e.getAttribute('data-value') ?? '']));
  return Object.fromEntries([...shell, ...mine]);
}

test('finance reads ranges, a fan chart and a tornado, and a share link reproduces the same percentiles', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await openView(page, 'Ranges');
  await expect(page.getByRole('heading', { name: 'Uncertainty: ranges, not point estimates' })).toBeVisible();

  // The preset's published ranges, editable: e-commerce resolves 75-85 %.
  const section = panel(page);
  await expect(section.getByRole('checkbox', { name: 'AI resolution rate' })).toBeChecked();
  await expect(section.getByLabel('AI resolution rate, low end (%)')).toHaveValue('75');
  await expect(section.getByLabel('AI resolution rate, high end (%)')).toHaveValue('85');
  await expect(section.getByLabel('Loaded agent cost, low end (% of point)')).toHaveValue('90');
  await expect(section.getByText(/\$22\.50 to \$27\.50 per agent hour/)).toBeVisible();

  const first = await percentiles(page);
  const [p10, p50, p90] = ['annual_savings_p10', 'annual_savings_p50', 'annual_savings_p90'].map((k) => Number(first[k]));
  expect(p10).toBeLessThanOrEqual(p50!);
  expect(p50).toBeLessThanOrEqual(p90!);
  expect(p10).toBeLessThan(p90!);
  expect(Number(first.payback_probability)).toBeGreaterThan(0);

  // The fan chart and the tornado, each with its data as a table.
  const fan = page.getByRole('figure', { name: 'Cumulative savings: P10 to P90 range' });
  await expect(fan.locator('canvas')).toBeVisible();
  await fan.getByText('Data of this chart as a table').click();
  await expect(fan.getByRole('row')).toHaveCount(25);
  const tornado = page.getByRole('figure', { name: 'Tornado: annual savings, one input at a time' });
  await expect(tornado.locator('canvas')).toBeVisible();
  await tornado.getByText('Data of this chart as a table').click();
  await expect(tornado.getByRole('row')).toHaveCount(7);
  await expect(section.getByText(/The steady-state month saves money from .* automation of all contacts/)).toBeVisible();

  // A refused range stays at its field with a message; the figures keep the last valid ranges.
  const high = section.getByLabel('AI resolution rate, high end (%)');
  await high.fill('120');
  await expect(high).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByText('AI resolution rate: the high end cannot exceed 100 % (accepted: 0 to 100 %)')).toBeVisible();
  expect(await percentiles(page)).toEqual(first);

  // A wider range moves the pessimistic end down.
  await high.fill('85');
  await section.getByLabel('AI resolution rate, low end (%)').fill('55');
  await expect(metric(page, 'annual_savings_p10')).not.toHaveAttribute('data-value', first.annual_savings_p10!);
  const wider = await percentiles(page);
  expect(Number(wider.annual_savings_p10)).toBeLessThan(p10!);

  // The share link carries ranges and seed: a fresh browser gets identical percentiles.
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  expect(await percentiles(other)).toEqual(wider);
  await fresh.close();

  // Another seed gives other draws; the first seed gives back the same figures.
  const seed = section.getByRole('textbox', { name: 'Seed', exact: true });
  const original = await seed.inputValue();
  await seed.fill('12345');
  await expect(metric(page, 'annual_savings_p50')).not.toHaveAttribute('data-value', wider.annual_savings_p50!);
  await percentiles(page);
  await seed.fill(original);
  // The run of the other seed may still show "done" until this one starts: wait for its figures.
  await expect(metric(page, 'annual_savings_p50')).toHaveAttribute('data-value', wider.annual_savings_p50!, { timeout: 60_000 });
  expect(await percentiles(page)).toEqual(wider);
});

test('a point estimate below P10 is said beside the range and explained in the Ranges view', async ({ page }) => {
  // Its email is answered every hour, so its draws take several seconds (more on a busy machine).
  test.setTimeout(150_000);
  // Three channels on the preset's flat week: month 3 needs one more agent in every hour, which most draws do not.
  await page.goto('./?preset=ecommerce&channels=chat:40,email:45,voice:15');
  await openView(page, 'Ranges');
  await expect(panel(page).locator('[data-uncertainty-status]')).toHaveAttribute('data-uncertainty-status', 'done', { timeout: 120_000 });
  const figures = await percentiles(page);
  const point = Number(await metric(page, 'annual_savings').first().getAttribute('data-value'));
  expect(point).toBeLessThan(Number(figures.annual_savings_p10));
  const why = page.getByRole('link', { name: 'Point estimate below P10: why' });
  await expect(why).toBeVisible();
  await expect(
    panel(page)
      .getByRole('note')
      .filter({ hasText: /^The point estimate, \$[\d,]+ a year, lies below P10 \(\$[\d,]+\): most draws save more\./ }),
  ).toBeVisible();
  // Within the range, nothing is said.
  await page.goto('./?preset=ecommerce');
  await openView(page, 'Ranges');
  await percentiles(page);
  await expect(page.getByRole('link', { name: /^Point estimate (below|above)/ })).toHaveCount(0);
});

test('a long Monte Carlo shows the draws done and the time left, stops on request, and runs again', async ({ page }) => {
  const key = 'ai-support-planner/scenarios/v1';
  // A heavy scenario: Erlang A over ten years of growth, every hour of the week its own
  // volume, and email answered every hour to its 4-hour target (its backlog searched in full).
  await page.goto('./?staffing_model=erlang-a&months=120&growth=1&channels=chat:40,email:45,voice:15');
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).not.toBeNull();
  const entry = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!) as { active: number; scenarios: Array<Record<string, unknown>> };
  entry.scenarios[entry.active]!.arrivalProfile = Array.from({ length: 168 }, (_, h) => 1 + (h % 24 >= 9 && h % 24 < 18 ? 3 : 0) + (h % 7) / 10);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify(entry)] as const);
  await page.goto('./');
  await openView(page, 'Ranges');

  const section = panel(page);
  const status = section.locator('[data-uncertainty-status]');
  const bar = section.getByRole('progressbar', { name: 'Draws done' });
  await expect(bar).toBeVisible({ timeout: 30_000 });
  await expect(status).toHaveAttribute('data-uncertainty-status', 'running');
  // Draws done of the total, with the time left once there is a pace to go by.
  await expect(section.locator('[data-uncertainty="draws_done"]')).toHaveText(
    /^\s*[1-9][\d,]* of 2,000 draws, (about [\d a-z]+|less than 5 seconds) left\s*$/,
    { timeout: 60_000 },
  );
  expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
  // No percentile is shown for a run that has not finished.
  await expect(metric(page, 'annual_savings_p50')).toHaveAttribute('data-value', '');
  // Printed mid-run: no progress bar or count on paper, a sentence saying so instead.
  await page.emulateMedia({ media: 'print' });
  await expect(bar).toBeHidden();
  await expect(status).toHaveText('The ranges were still being computed when this was printed; print again once they are done.', { useInnerText: true });
  await expect(page.getByRole('region', { name: 'The answer' }).locator('.answer-pending')).toHaveText('not computed when printed', { useInnerText: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(bar).toBeVisible();

  await section.getByRole('button', { name: 'Stop the draws' }).click();
  await expect(status).toHaveAttribute('data-uncertainty-status', 'stopped');
  await expect(status).toHaveText(/Stopped after [1-9][\d,]* of 2,000 draws\./);
  await expect(bar).toBeHidden();
  await expect(metric(page, 'annual_savings_p50')).toHaveAttribute('data-value', '');
  // The answer at the top says the range was not computed, not that it is computing.
  const strip = page.getByRole('region', { name: 'The answer' });
  await expect(strip.getByRole('link', { name: 'not computed: the draws were stopped' })).toBeVisible();
  await expect(strip.getByText('computing…')).toHaveCount(0);

  // Run again: the draws start over, with their progress; stopped again to free the machine.
  await section.getByRole('button', { name: 'Run the draws again' }).click();
  await expect(status).toHaveAttribute('data-uncertainty-status', 'running');
  await expect(strip.getByText('computing…')).toBeVisible();
  await expect(bar).toBeVisible();
  await section.getByRole('button', { name: 'Stop the draws' }).click();
  await expect(status).toHaveAttribute('data-uncertainty-status', 'stopped');
});

test('a refused seed keeps its message only while the field shows it: another edit shows the seed in use again', async ({ page }) => {
  await page.goto('./');
  await openView(page, 'Ranges');
  const section = panel(page);
  const seed = section.getByRole('textbox', { name: 'Seed', exact: true });
  const inUse = await seed.inputValue();
  await seed.fill('12a');
  await expect(seed).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByText('The seed must be a whole number from 0 to 4,294,967,295')).toBeVisible();

  await section.getByLabel('AI resolution rate, high end (%)').fill('86');
  await expect(seed).toHaveValue(inUse);
  await expect(seed).not.toHaveAttribute('aria-invalid');
  await expect(section.getByText('The seed must be a whole number from 0 to 4,294,967,295')).toHaveCount(0);
});

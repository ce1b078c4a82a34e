import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, openView, type Locator, type Page, type TestInfo } from './fixtures';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// Screenshots of each step, for looking at the panel at a given width:
// IMPORT_SHOTS=/tmp/shots IMPORT_WIDTH=390 npx playwright test tests/e2e/import.spec.ts
const WIDTH = Number(process.env.IMPORT_WIDTH ?? 1280);
const SHOTS = process.env.IMPORT_SHOTS ?? '';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const metric = (page: Page, name: string) => page.locator(`[data-metric="${name}"]:not([data-channel])`).first();
const valueOf = async (page: Page, name: string) => Number(await metric(page, name).getAttribute('data-value'));

/** Every figure's raw value once the page has settled (the Monte Carlo included, when the page runs one). */
async function settledFigures(page: Page): Promise<Record<string, string>> {
  const uncertainty = page.locator('[data-uncertainty-status]');
  if ((await uncertainty.count()) > 0) await expect(uncertainty.first()).toHaveAttribute('data-uncertainty-status', 'done', { timeout: 30_000 });
  const pairs = await page
    .locator('#results [data-metric]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-metric') ?? '', e.getAttribute('data-value') ?? '']));
  expect(pairs.length).toBeGreaterThan(20);
  return Object.fromEntries(pairs);
}

/** Serious or critical accessibility violations inside the import section (none expected). */
async function importViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('#import').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

async function shot(page: Page, target: Locator, step: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: `${SHOTS}/import-${step}-${WIDTH}.png`, animations: 'disabled' });
}

/**
 * Holds the import worker's script until `release()`: the import then stays on its
 * progress screen however fast the machine reads a small file, as on a slow connection.
 */
async function holdImportWorker(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/worker-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return { release };
}

/** A large, plain ticket export written to the test's output folder (too big to pass as a buffer). */
async function bigExport(info: TestInfo, rows: number): Promise<string> {
  const path = info.outputPath('big-export.csv');
  const lines = ['created_at,category,channel,handle_seconds'];
  const cats = ['Order status', 'Refund', 'Password reset', 'Complaint'];
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    const hour = 8 + (i % 10);
    lines.push(`2024-02-${day < 10 ? '0' : ''}${day} ${hour < 10 ? '0' : ''}${hour}:${String(i % 60).padStart(2, '0')},${cats[i % 4]},Chat,${120 + (i % 500)}`);
  }
  await writeFile(path, lines.join('\n') + '\n');
  return path;
}

// The app's service worker answers asset requests from its cache, which routes cannot
// see; these journeys hold the import worker with a route, so they run without it.
base.use({ serviceWorkers: 'block' });

const test = base.extend<{ importSection: Locator }>({
  importSection: async ({ page }, use) => {
    // Taller when taking screenshots, so that a whole step fits in one picture.
    await page.setViewportSize({ width: WIDTH, height: SHOTS ? 2400 : 900 });
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await openView(page, 'Data');
    const section = page.locator('section#import');
    await expect(section.getByLabel('File to import')).toBeVisible();
    await use(section);
  },
});

test('a CX leader imports a messy ticket export, reads the report, sets a tier and sees the figures follow', async ({ page, importSection: section }) => {
  const before = await settledFigures(page);
  await shot(page, section, '1-choose');

  // A European helpdesk export: BOM, semicolons, CRLF, decimal commas, H:MM:SS handle
  // times, a line break inside a quoted subject, "N/A", and one row without a real date.
  const choosing = page.waitForEvent('filechooser');
  await section.getByLabel('File to import').click();
  await (await choosing).setFiles(fixture('tickets-messy-eu.csv'));

  // The mapping, suggested from the headers and checked against the values, with a preview.
  await expect(section.getByText('tickets-messy-eu.csv, 998 bytes')).toBeVisible();
  await expect(section.getByText('Cells separated by semicolons, decimal comma, 8 columns.')).toBeVisible();
  await expect(section.getByLabel('Kind of file')).toHaveValue('tickets');
  const chosen = (label: string) => section.getByRole('combobox', { name: label, exact: true }).locator('option:checked');
  await expect(chosen('Created time')).toHaveText('Created at (e.g. 29.02.2024 16:40)');
  await expect(chosen('Category (type, tag or subject)')).toHaveText('Category (e.g. Order status)');
  await expect(chosen('Channel')).toHaveText('Channel (e.g. Chat)');
  await expect(chosen('Handle time')).toHaveText('Handle time (e.g. 0:03:00)');
  await expect(chosen('Resolution time')).toHaveText('Resolution hours (e.g. 0,5)');
  await expect(chosen('CSAT')).toHaveText('CSAT (e.g. 5)');
  await expect(chosen('Resolution time, when a plain number')).toHaveText('hours');
  await expect(section.getByText('The first rows read as day/month/year.')).toBeVisible();
  await expect(section.getByRole('combobox', { name: 'Created time', exact: true })).toHaveAccessibleDescription(
    'Format found: day and month as numbers (05/03/2024 14:07) (12 of 13 first rows read).',
  );
  const preview = section.getByRole('region', { name: 'Preview of the first rows' });
  // Each column under the field it feeds; the quoted line break stays inside its cell.
  await expect(preview.getByRole('columnheader')).toHaveText([
    'Ticket ID',
    'Created at as Created time',
    'Category imported',
    'Channel imported',
    'Subject',
    'Handle time imported',
    'Resolution hours as Resolution time',
    'CSAT imported',
  ]);
  await expect(preview.getByRole('row').nth(3).getByRole('cell').nth(4)).toHaveText('Refund not received\nsecond reminder');
  await shot(page, section, '2-mapping');

  // Progress while the worker reads the file; then the report.
  const worker = await holdImportWorker(page);
  await section.getByRole('button', { name: 'Import tickets-messy-eu.csv' }).click();
  await expect(section.getByRole('progressbar', { name: /Reading the file/ })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Cancel import' })).toBeEnabled();
  await shot(page, section, '3-progress');
  worker.release();

  // 13 data rows: the one dated "yesterday" (row 11: the header is row 1 and the quoted
  // line break keeps row 4 one row) is rejected, the other 12 are imported.
  await expect(metric(page, 'imported_rows')).toHaveAttribute('data-value', '12');
  await expect(metric(page, 'rejected_rows')).toHaveAttribute('data-value', '1');
  const rejected = section.getByRole('table', { name: /Rejected rows/ });
  await expect(rejected.getByRole('row')).toHaveCount(2);
  await expect(rejected.getByRole('row').nth(1).getByRole('cell')).toHaveText(['11', 'Created at', /^"yesterday" is not a date and time \(accepted: /]);
  // March is the only whole month (29 February and 1 April are cut months): 10 tickets.
  await expect(section.getByText('10 contacts per month: the mean of 1 complete month (cut months at the start and end are left out).')).toBeVisible();
  await expect(
    section.getByText('Channels: Chat 58 %, Email 25 %, Phone 17 %. Each becomes a channel of the scenario: check their kinds below.'),
  ).toBeVisible();
  // Handle minutes 3, 4, 10.5, 2.5, 15, 3.5, 12, 8, 5, 3, 20, 4.5: mean 91/12, median (4.5 + 5) / 2.
  await expect(section.getByText('Handle time: mean 7.6 min, median 4.8 min.')).toBeVisible();
  await shot(page, section, '4-report');

  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download rejected rows (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('tickets-messy-eu-rejected-rows.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.replace(/^\ufeff/, '')).toBe(
    'row,column,reason\r\n' +
      '11,Created at,"""yesterday"" is not a date and time (accepted: 2024-03-05 14:07, 05/03/2024 2:07 PM, 5 Mar 2024, Tue, 31 Oct 2017 22:10:47 GMT, 2024-W10-2, 20240305, Unix time in seconds or milliseconds, or a spreadsheet date number)"\r\n',
  );

  // Tiers suggested from keywords; refunds are moved to the human-only tier.
  const tiers = section.getByRole('table', { name: 'Categories and their tiers' });
  await expect(tiers.getByRole('rowheader')).toHaveText(['Order status', 'Refund', 'Password reset', 'Complaint', 'Billing']);
  await expect(tiers.getByLabel('Tier of Order status')).toHaveValue('1');
  await expect(tiers.getByLabel('Tier of Refund')).toHaveValue('2');
  await expect(tiers.getByLabel('Tier of Complaint')).toHaveValue('3');
  // Before applying, what it changes: the volume, the mix's handle time (91/12 minutes) and
  // the automation rate, which follows the tiers as they are edited.
  const changes = section.locator('.changes');
  await expect(changes.getByRole('listitem')).toHaveText([
    'Contacts per month: 50,000 → 10',
    'Average handle time: 8.23 → 7.58 min',
    /^Automation rate of the categories: 60\.8% → 63\.3%: each imported category takes its tier's AI resolution rate/,
  ]);
  await tiers.getByLabel('Tier of Refund').selectOption({ label: '3: complex' });
  await expect(tiers.getByRole('row', { name: /^Refund/ })).toContainText('your choice');
  await expect(changes.getByRole('listitem').nth(2)).not.toContainText('63.3%');
  await expect(changes.getByRole('listitem').nth(2)).toHaveText(/^Automation rate of the categories: 60\.8% → \d+(\.\d)?%: /);
  await shot(page, section, '5-tiers');
  expect(await importViolations(page)).toEqual([]);
  await section.getByRole('button', { name: 'Apply to the scenario' }).click();
  await expect(section.getByText('Applied to the scenario.')).toBeVisible();

  // The figures the import implies: 10 contacts in the first month, grown 0.5 % a month to
  // the steady month 3; the mix by share of tickets with the file's mean handle minutes:
  // (5 x 4 + 2 x 11.25 + 2 x 2.75 + 2 x 17.5 + 1 x 8) / 12 = 91/12 minutes a contact.
  await expect(page.getByLabel('Contacts per month')).toHaveValue('10');
  const contacts = 10 * Math.pow(1 + 0.5 / 100, 2);
  await expect.poll(() => valueOf(page, 'contacts_per_month')).toBeCloseTo(contacts, 9);
  // The file has three channels: each carries its share and mean handle minutes to two
  // decimals (short share links), which moves the workload by under 0.01 % of 91/12 minutes.
  expect(await valueOf(page, 'agent_equivalents_baseline')).toBeCloseTo((contacts * (91 / 12)) / 60 / 160, 6);
  await openView(page, 'Inputs');
  await page.getByText('Mix: categories and tiers').click();
  const refund = page.getByRole('group', { name: 'Category 2: Refund' });
  await expect(refund.getByLabel('Tier')).toHaveValue('3');
  await expect(refund.getByLabel('AI may attempt it')).not.toBeChecked();
  await expect(refund.getByLabel('Handle time (agent minutes)')).toHaveValue('11.25');
  await expect(page.getByRole('group', { name: 'Category 5: Billing' }).getByLabel('Handle time (agent minutes)')).toHaveValue('8');
  for (const name of ['contacts_per_month', 'human_contacts_per_month', 'human_hours_per_month', 'staffed_fte_with_ai', 'total_cost_per_month']) {
    expect(await metric(page, name).getAttribute('data-value'), name).not.toBe(before[name]);
  }
  await openView(page, 'Figures');
  await shot(page, page.locator('#results'), '6-applied');
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
});

test('a CX leader imports a four-channel export, checks the kinds suggested, changes one and applies the channels', async ({
  page,
  importSection: section,
}) => {
  // tickets-channels.csv (tests/fixtures/import/generate-channels.mjs): Email, Phone and
  // Social media 100 tickets each, Chat 96.
  await section.getByLabel('File to import').setInputFiles(fixture('tickets-channels.csv'));
  await section.getByRole('button', { name: 'Import tickets-channels.csv' }).click();
  await expect(metric(page, 'imported_rows')).toHaveAttribute('data-value', '396');
  await expect(
    section.getByText('Channels: Email 25 %, Phone 25 %, Social media 25 %, Chat 24 %. Each becomes a channel of the scenario: check their kinds below.'),
  ).toBeVisible();
  const table = section.getByRole('table', { name: 'Channels of the file and their kinds' });
  await expect(table.getByRole('rowheader')).toHaveText(['Email', 'Phone', 'Social media', 'Chat']);
  // Share %, and the handle times worked in the generator: means 6, 10.25, 3.5, 7 and medians 6, 8, 3.5, 7 minutes.
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('Email').getByRole('cell')).toHaveText([/Email/, '100', '25.3', '6.0', '6.0', 'from the file', 'suggested by its name']);
  await expect(row('Chat').getByRole('cell').nth(2)).toHaveText('24.2');
  await expect(row('Phone').getByRole('cell').nth(3)).toHaveText('10.3');
  await expect(row('Phone').getByRole('cell').nth(4)).toHaveText('8.0');
  await expect(table.getByLabel('Kind of channel Email')).toHaveValue('email');
  await expect(table.getByLabel('Kind of channel Phone')).toHaveValue('voice');
  await expect(table.getByLabel('Kind of channel Social media')).toHaveValue('messaging');
  await expect(table.getByLabel('Kind of channel Chat')).toHaveValue('chat');
  await shot(page, section, '10-channels');
  expect(await importViolations(page)).toEqual([]);

  // This team answers its social media live, as a chat.
  await table.getByLabel('Kind of channel Social media').selectOption({ label: 'Chat' });
  await expect(row('Social media')).toContainText('your choice');
  await section.getByRole('button', { name: 'Apply to the scenario' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'Applied to the scenario. The scenario now has 4 channels: Email (email, 25 %), Phone (phone, 25 %), Social media (chat, 25 %), Chat (chat, 24 %).',
  );
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
});

test('a channel whose name says nothing is asked about before the import applies', async ({ page, importSection: section }, testInfo) => {
  const path = testInfo.outputPath('kiosk.csv');
  await writeFile(path, 'created,type,channel\n2024-01-01 10:00,Billing,Phone\n2024-01-01 11:00,Billing,Kiosk\n2024-01-01 12:00,Billing,Kiosk\n');
  await section.getByLabel('File to import').setInputFiles(path);
  await section.getByRole('button', { name: 'Import kiosk.csv' }).click();
  const kind = section.getByLabel('Kind of channel Kiosk');
  await expect(kind).toHaveValue('');
  await expect(kind).toHaveAccessibleDescription('What kind of channel is "Kiosk"? Its name does not say: choose phone, chat, email or messaging.');
  const apply = section.getByRole('button', { name: 'Apply to the scenario' });
  await expect(apply).toBeDisabled();
  await expect(section.getByText('Choose the kind of channel "Kiosk" (above) to apply the import.')).toBeVisible();
  expect(await importViolations(page)).toEqual([]);
  await kind.selectOption({ label: 'Email' });
  await expect(section.getByText(/What kind of channel is/)).toBeHidden();
  await apply.click();
  await expect(section.getByRole('status')).toHaveText('Applied to the scenario. The scenario now has 2 channels: Kiosk (email, 67 %), Phone (phone, 33 %).');
});

test('a helpdesk export with created and resolved times sets the human resolution time from them', async ({ page, importSection: section }, testInfo) => {
  // Freshdesk's columns: the resolved time is a date and time, not a duration.
  const path = testInfo.outputPath('freshdesk.csv');
  await writeFile(
    path,
    [
      'Ticket ID,Subject,Status,Type,Created time,Resolved time,Closed time',
      '1,Where is my order,Closed,Question,2024-03-04 09:00:00,2024-03-04 09:45:00,2024-03-05 09:45:00',
      '2,Refund please,Closed,Refund,2024-03-04 23:30:00,2024-03-05 01:15:00,2024-03-06 01:15:00',
      '3,Card charged twice,Closed,Refund,2024-03-05 08:00:00,2024-03-06 10:00:00,2024-03-07 10:00:00',
      '4,Password,Open,Question,2024-03-05 12:00:00,,',
    ].join('\n') + '\n',
  );
  await section.getByLabel('File to import').setInputFiles(path);
  const resolved = section.getByLabel('Resolved time (resolution time = resolved less created)');
  await expect(resolved).toHaveValue('5');
  await expect(resolved).toHaveAccessibleDescription(/year-month-day/);
  await section.getByRole('button', { name: 'Import freshdesk.csv' }).click();
  // 45 minutes, 1 h 45 over midnight, 26 hours: mean 570 minutes (9.5 h), median 105.
  const line = "Human resolution time from 3 tickets with one: mean 9.5 h, median 105 min; the mean becomes the scenario's human resolution time.";
  await expect(section.getByText(line)).toBeVisible();
  await section.getByRole('button', { name: 'Apply to the scenario' }).click();
  await expect(section.getByRole('status')).toContainText(line);
  await openView(page, 'Inputs');
  await page.getByText('Customer experience').click();
  await expect(page.getByLabel('Resolution time, human (minutes)')).toHaveValue('570');
});

test('a file whose dates read both ways makes the planner ask, and the answer sets the volume', async ({ page, importSection: section }) => {
  // 01/02/2024 to 01/11/2024, two tickets a day: ten January days, or the first of ten months.
  const readWith = async (answer: 'Day/month/year' | 'Month/day/year') => {
    await section.getByLabel('File to import').setInputFiles(fixture('tickets-ambiguous-us.csv'));
    await expect(section.getByText('The first rows read both as day/month and month/day', { exact: false })).toBeVisible();
    await section.getByRole('button', { name: 'Import tickets-ambiguous-us.csv' }).click();
    await expect(metric(page, 'imported_rows')).toHaveAttribute('data-value', '20');
    const question = section.getByRole('region', { name: 'How are the dates written?' });
    await expect(question).toContainText('20 dates read both as day/month and as month/day');
    await expect(question.getByRole('button')).toHaveText([
      'Day/month/year: 01/02/2024 is 1 February 2024 tickets from 1 February 2024 to 1 November 2024',
      'Month/day/year: 01/02/2024 is 2 January 2024 tickets from 2 January 2024 to 11 January 2024',
    ]);
    await expect(section.getByText('Answer how the dates are written (above) to apply the import.')).toBeVisible();
    await expect(section.getByRole('button', { name: 'Apply to the scenario' })).toBeDisabled();
    await shot(page, section, `7-question-${answer === 'Day/month/year' ? 'dmy' : 'mdy'}`);
    expect(await importViolations(page)).toEqual([]);
    await question.getByRole('button', { name: new RegExp(`^${answer}`) }).click();
    await expect(question).toBeHidden();
    await section.getByRole('button', { name: 'Apply to the scenario' }).click();
    await expect(section.getByText('Applied to the scenario.')).toBeVisible();
  };
  const steady = (perMonth: number) => perMonth * Math.pow(1 + 0.5 / 100, 2);

  // Month first: 20 tickets over 2-11 January, 10 days, scaled to an average month of 30.4375 days: 60.875, as the field has it.
  await readWith('Month/day/year');
  await expect(section.getByText('60.88 contacts per month, scaled from 10.0 days of data (no complete month).')).toBeVisible();
  await expect.poll(() => valueOf(page, 'contacts_per_month')).toBeCloseTo(steady((20 / 10) * 30.4375), 9);

  // Day first: 1 February to 1 November, two tickets in each of 9 whole months.
  await readWith('Day/month/year');
  await expect(section.getByText('2 contacts per month: the mean of 9 complete months (cut months at the start and end are left out).')).toBeVisible();
  await expect.poll(() => valueOf(page, 'contacts_per_month')).toBeCloseTo(steady(2), 9);
});

test('a cancelled import and a failed one leave the scenario as it was', async ({ page, importSection: section }, testInfo) => {
  const before = await settledFigures(page);

  // Cancelled part-way through a large file.
  await section.getByLabel('File to import').setInputFiles(await bigExport(testInfo, 1_500_000));
  await section.getByRole('button', { name: 'Import big-export.csv' }).click();
  const progress = section.getByRole('progressbar', { name: /Reading the file/ });
  await expect(progress).toBeVisible();
  await expect(section.getByText(/^[1-9][\d,]* rows read$/)).toBeVisible();
  await shot(page, section, '8-reading-big');
  await section.getByRole('button', { name: 'Cancel import' }).click();
  await expect(section.getByText('Import cancelled. Nothing was changed.')).toBeVisible();
  await expect(progress).toBeHidden();
  await expect(metric(page, 'imported_rows')).toHaveCount(0);
  await shot(page, section, '9-cancelled');
  expect(await settledFigures(page)).toEqual(before);

  // A file with a header and nothing under it: refused as soon as it is read, with no mapping step to go through.
  await section.getByLabel('File to import').setInputFiles(fixture('header-only.csv'));
  const alert = section.getByRole('alert');
  await expect(alert).toContainText('The file has a header but no data rows');
  await expect(section.getByRole('button', { name: 'Import header-only.csv' })).toHaveCount(0);
  await shot(page, section, '10-failed');
  expect(await settledFigures(page)).toEqual(before);

  // A workbook instead of its CSV, and bytes that are not text at all.
  await section.getByLabel('File to import').setInputFiles({
    name: 'tickets.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]),
  });
  await expect(alert).toContainText('This is a spreadsheet workbook (.xlsx or .ods), not a CSV file');
  await section.getByLabel('File to import').setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]),
  });
  await expect(alert).toContainText('This is not a text file');
  await expect(section.getByRole('button', { name: /^Import / })).toHaveCount(0);
  await shot(page, section, '11-binary');
  expect(await settledFigures(page)).toEqual(before);
});

test('hostile files: a huge category first seen late, 100,000 columns and 1e308 counts each get a plain answer', async ({
  page,
  importSection: section,
}, testInfo) => {
  const before = await settledFigures(page);
  const alert = section.getByRole('alert');

  // 250 one-ticket categories, then one that holds 97.6 % of the tickets.
  const lines = ['created_at,category,handle_seconds'];
  for (let i = 0; i < 250; i++) lines.push(`2024-01-${String((i % 28) + 1).padStart(2, '0')} 10:00,Small ${i},120`);
  for (let i = 0; i < 10_167; i++) lines.push(`2024-01-${String((i % 28) + 1).padStart(2, '0')} 11:00,Order status,240`);
  await section.getByLabel('File to import').setInputFiles({ name: 'long-tail.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await section.getByRole('button', { name: 'Import long-tail.csv' }).click();
  await expect(metric(page, 'imported_rows')).toHaveAttribute('data-value', '10417');
  await expect(section.getByText('51 smaller category names (51 tickets) were merged into "Other": the 200 largest are kept apart.')).toBeVisible();
  const tiers = section.getByRole('table', { name: 'Categories and their tiers' });
  await expect(tiers.getByRole('rowheader').first()).toHaveText('Order status');
  // The scenario holds 50 categories: the largest and 48 more, then one "Other" for the rest.
  await expect(tiers.getByRole('rowheader')).toHaveCount(50);
  await expect(tiers.getByRole('rowheader').last()).toHaveText('Other (202 categories)');
  await shot(page, section, '12-long-tail');

  // A header of 100,000 columns: refused at once, naming the limit.
  const wide = testInfo.outputPath('wide.csv');
  await writeFile(wide, `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n${Array.from({ length: 100_000 }, () => '1').join(',')}\n`);
  await section.getByLabel('File to import').setInputFiles(wide);
  await expect(alert).toContainText(
    /The header row has at least [\d,]+ columns \(it does not end within the first 256 KB\); the importer reads files of up to 1,000 columns/,
  );
  await expect(section.getByRole('button', { name: /^Import / })).toHaveCount(0);

  // An interval file with absurd counts: those rows are rejected, the rest read.
  const week = ['interval_start,contacts'];
  for (let h = 0; h < 168; h++)
    week.push(`2024-01-${String(1 + Math.floor(h / 24)).padStart(2, '0')} ${String(h % 24).padStart(2, '0')}:00,${h === 3 ? '1e308' : '10'}`);
  await section.getByLabel('File to import').setInputFiles({ name: 'week.csv', mimeType: 'text/csv', buffer: Buffer.from(week.join('\n')) });
  await section.getByRole('button', { name: 'Import week.csv' }).click();
  await expect(metric(page, 'rejected_rows')).toHaveAttribute('data-value', '1');
  const rejected = section.getByRole('table', { name: /Rejected rows/ });
  await expect(rejected.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '5',
    'contacts',
    'Count "1e308" is more contacts than one interval can hold (accepted: 0 to 100,000,000)',
  ]);
  await section.getByRole('button', { name: 'Apply to the scenario' }).click();
  await expect(section.getByText('Applied to the scenario.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity|received/);
  expect(await settledFigures(page)).not.toEqual(before);
});

test('an event log and a call log through the page: tickets from events, and the queue figures offered to Erlang A', async ({
  page,
  importSection: section,
}) => {
  // A voice scenario staffed with Erlang A, whose patience the call log can set.
  await page.goto('./?channel=voice&staffing_model=erlang-a&patience_min=5');
  await openView(page, 'Data');
  await expect(section.getByLabel('File to import')).toBeVisible();
  // 300 events of 100 incidents: incident k has (k mod 5) + 1 events, the first at hour k of the week.
  const events = ['number,event_time,incident_state,category,contact_type'];
  const p2 = (n: number) => String(n).padStart(2, '0');
  for (let j = 0; j < 5; j++) {
    for (let k = 0; k < 100; k++) {
      const n = (k % 5) + 1;
      if (j >= n) continue;
      const minute = k * 60 + j * 10;
      const latest = j === n - 1;
      events.push(
        `INC${p2(k)},2024-01-${p2(1 + Math.floor(minute / 1440))} ${p2(Math.floor((minute % 1440) / 60))}:${p2(minute % 60)}:00,${latest ? 'Closed' : 'Active'},${latest && n > 1 ? 'Network' : 'Unassigned'},Phone`,
      );
    }
  }
  await section.getByLabel('File to import').setInputFiles({ name: 'incident-events.csv', mimeType: 'text/csv', buffer: Buffer.from(events.join('\n')) });
  const chosen = (label: string) => section.getByRole('combobox', { name: label, exact: true }).locator('option:checked');
  await expect(chosen('Ticket ID (when a ticket has several rows)')).toHaveText('number (e.g. INC00)');
  await expect(section.getByRole('combobox', { name: 'Created time', exact: true })).toHaveAccessibleDescription(
    'Format found: year-month-day (2024-03-05 14:07).',
  );
  await section.getByRole('button', { name: 'Import incident-events.csv' }).click();
  await expect(metric(page, 'imported_rows')).toHaveAttribute('data-value', '300');
  await expect(metric(page, 'imported_tickets')).toHaveAttribute('data-value', '100');
  await expect(
    section.getByText('300 events of 100 tickets: each ticket is counted once, at its first event, with the category and channel of its latest event.'),
  ).toBeVisible();
  const tiers = section.getByRole('table', { name: 'Categories and their tiers' });
  await expect(tiers.getByRole('rowheader')).toHaveText(['Network', 'Unassigned']);
  await expect(tiers.getByRole('row', { name: /^Network/ })).toContainText('80');
  await shot(page, section, '13-event-log');

  // A per-call log: date YYMMDD and time in two columns, queue wait, outcome, service time.
  const calls = ['call_id,date,vru_entry,q_time,outcome,ser_time'];
  for (let k = 0; k < 300; k++) {
    const r = k % 10;
    calls.push(
      `${33116 + k},9903${p2(1 + Math.floor(k / 10))},${8 + r}:0${r}:15,${r < 2 ? 90 : r === 2 ? 0 : 20},${r < 2 ? 'HANG' : r === 2 ? 'PHANTOM' : 'AGENT'},${r < 2 ? '0' : r === 2 ? '' : '180'}`,
    );
  }
  await section.getByLabel('File to import').setInputFiles({ name: 'calls.csv', mimeType: 'text/csv', buffer: Buffer.from(calls.join('\n')) });
  await expect(chosen('Time of day (when in its own column)')).toHaveText('vru_entry (e.g. 8:00:15)');
  await expect(section.getByRole('combobox', { name: 'Created time', exact: true })).toHaveAccessibleDescription(
    'Format found: digits only, year first (20240305 or 240305).',
  );
  await expect(chosen('Queue wait (call logs)')).toHaveText('q_time (e.g. 90)');
  await expect(chosen('Outcome: answered or abandoned (call logs)')).toHaveText('outcome (e.g. HANG)');
  await expect(chosen('Handle time')).toHaveText('ser_time (e.g. 0)');
  await section.getByRole('button', { name: 'Import calls.csv' }).click();
  // 60 abandoned of 270 answered or abandoned; answered waited 20 s; 9,600 s of waiting / 60 abandoned = 2.67 min.
  await expect(metric(page, 'observed_abandon_rate')).toHaveAttribute('data-value', String((60 / 270) * 100));
  await expect(metric(page, 'observed_asa_seconds')).toHaveAttribute('data-value', '20');
  expect(await valueOf(page, 'estimated_patience_min')).toBeCloseTo(160 / 60, 12);
  await expect(metric(page, 'imported_handle_min')).toHaveAttribute('data-value', '3');
  await expect(section.getByText('22.2 % of 270 calls')).toBeVisible();
  await shot(page, section, '14-call-log');
  await section.getByRole('checkbox', { name: 'Use the estimated patience, 2.7 min, as the customer patience of Erlang A (now 5.0 min)' }).check();
  await section.getByRole('button', { name: 'Apply to the scenario' }).click();
  await expect(section.getByText('Applied to the scenario.')).toBeVisible();
  await openView(page, 'Inputs');
  await page.getByText('Human side: cost, hours, service level').click();
  await expect(page.getByLabel('Mean customer patience (minutes)')).toHaveValue('2.67');
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
});

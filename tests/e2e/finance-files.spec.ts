/**
 * Finance downloads the monthly table, the summary, the inputs and the workbook of two
 * scenarios, one in yen, and reads them: one table per file with a byte-order mark,
 * percentiles for both scenarios (the second computed on export), the inputs re-open, and
 * the workbook holds the ledger as formulas whose cached values are the CSV's.
 */
import { test, expect, openView, type Page } from './fixtures';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Download files' }).getByRole('button', { name: button }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

function table(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const width = parsed.data[0]!.length;
  for (const row of parsed.data) expect(row).toHaveLength(width);
  return parsed.data;
}

test('finance downloads the monthly table, the summary, the inputs and the workbook, and reads them', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./?preset=ecommerce&currency=JPY');
  await page.getByLabel('Scenario name').fill('Tokyo desk');
  await page.getByRole('button', { name: 'Duplicate scenario' }).click();
  await page.getByLabel('Scenario name').fill('Café Müller');
  await page.getByLabel('Automation rate (% of all contacts)').fill('50');
  await expect(page.getByRole('group', { name: 'Scenarios' }).getByRole('button')).toHaveText(['Tokyo desk', 'Café Müller']);

  const toolbar = page.getByRole('toolbar', { name: 'Share and present' });
  await toolbar.getByRole('button', { name: 'Download…' }).click();

  const monthly = await download(page, 'Monthly table (CSV)');
  expect(monthly.name).toBe('2-scenarios-monthly.csv');
  const m = table(monthly.bytes);
  expect(m[0]!.slice(0, 3)).toEqual(['scenario', 'month', 'contacts']);
  expect(m.filter((r) => r[1] === 'total').map((r) => r[0])).toEqual(['Tokyo desk', 'Café Müller']);
  // Yen in whole yen.
  const yen = m.find((r) => r[0] === 'Tokyo desk' && r[1] === '1')!;
  expect(yen[m[0]!.indexOf('total_cost')]).toMatch(/^-?\d+$/);

  // The summary: percentiles of both scenarios, computed on export with progress shown.
  const summary = await download(page, 'Summary (CSV)');
  expect(summary.name).toBe('2-scenarios-summary.csv');
  const s = table(summary.bytes);
  expect(s[0]).toEqual(['scenario', 'metric', 'value', 'unit', 'method', 'note']);
  for (const name of ['Tokyo desk', 'Café Müller'])
    for (const p of ['p10', 'p50', 'p90'])
      expect(s.find((r) => r[0] === name && r[1] === `annual_savings_${p}`)?.[2], `${name} ${p}`).toMatch(/^-?\d+(\.\d+)?$/);
  expect(s.find((r) => r[0] === 'Tokyo desk' && r[1] === 'annual_savings_p50')![3]).toBe('JPY per year');
  await expect(toolbar.getByRole('status')).toHaveText('Downloaded the summary of 2 scenarios.');

  const inputs = await download(page, 'Inputs (CSV)');
  expect(inputs.name).toBe('2-scenarios-inputs.csv');
  const i = table(inputs.bytes);
  expect(i[0]).toEqual(['scenario_no', 'scenario', 'input', 'value']);
  expect(i).toContainEqual(['1', 'Tokyo desk', 'finance.currency', 'JPY']);
  // The draws of a Monte Carlo, as the workbook's Inputs sheet names them.
  expect(i).toContainEqual(['', '', 'monte_carlo_draws', '2000']);

  const workbook = await download(page, 'Workbook (.xlsx)');
  expect(workbook.name).toBe('2-scenarios.xlsx');
  const wb = XLSX.read(workbook.bytes, { type: 'buffer', cellFormula: true });
  expect(wb.SheetNames).toEqual(['Monthly', 'Summary', 'Inputs']);
  // The Inputs sheet holds the inputs file's rows.
  expect(XLSX.utils.sheet_to_json<string[]>(wb.Sheets['Inputs']!, { header: 1, raw: false, defval: '' })).toHaveLength(i.length);
  const ws = wb.Sheets['Monthly']!;
  const head = m[0]!;
  for (const col of ['total_cost', 'savings', 'cumulative_savings']) {
    const letter = XLSX.utils.encode_col(head.indexOf(col));
    m.slice(1).forEach((row, k) => {
      if (row[head.indexOf(col)] === '') return; // a total row's cumulative: no sum
      const cell = ws[`${letter}${k + 2}`] as XLSX.CellObject;
      expect(cell.f, `${col} row ${k + 2}`).toBeTruthy();
      expect(cell.v).toBe(Number(row[head.indexOf(col)]));
    });
  }

  // Escape closes the files, the focus back on the button that opened them.
  await toolbar.getByRole('button', { name: 'Workbook (.xlsx)' }).focus();
  await page.keyboard.press('Escape');
  await expect(toolbar.getByRole('button', { name: 'Workbook (.xlsx)' })).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Download…' })).toBeFocused();

  // In a new browser, the file's two scenarios take the place of the untouched start scenario.
  const other = await page.context().browser()!.newContext();
  const fresh = await other.newPage();
  await fresh.goto(page.url().split('#')[0]!.split('?')[0]!);
  await fresh.getByLabel('Open a scenario CSV').setInputFiles({ name: inputs.name, mimeType: 'text/csv', buffer: inputs.bytes });
  await expect(fresh.getByRole('toolbar', { name: 'Share and present' }).getByRole('status')).toContainText('Opened 2 scenarios');
  await expect(fresh.getByRole('group', { name: 'Scenarios' }).getByRole('button')).toHaveText(['Tokyo desk', 'Café Müller']);
  await other.close();

  // The inputs file opens back as the same two scenarios.
  await openView(page, 'Plan');
  await page.getByRole('button', { name: 'Delete scenario' }).click();
  await page.getByLabel('Open a scenario CSV').setInputFiles({ name: inputs.name, mimeType: 'text/csv', buffer: inputs.bytes });
  await expect(toolbar.getByRole('status')).toContainText('Opened 2 scenarios');

  // The same file saved again by a spreadsheet in a European locale (Windows-1252,
  // semicolons between columns, decimal commas) opens as the same two scenarios, with a note.
  const european = Papa.unparse(
    i.map((row) => row.map((c) => (/^-?\d+\.\d+$/.test(c) ? c.replace('.', ',') : c))),
    { delimiter: ';' },
  );
  expect(european).toMatch(/;human\.costPerHour;\d+(,\d+)?\r\n/);
  await page.getByRole('button', { name: 'Delete scenario' }).click();
  await page.getByLabel('Open a scenario CSV').setInputFiles({ name: 'resaved.csv', mimeType: 'text/csv', buffer: Buffer.from(european, 'latin1') });
  await expect(toolbar.getByRole('status')).toContainText('Opened 2 scenarios');
  await expect(page.getByText(/saved again by a spreadsheet, with semicolons between its columns/)).toBeVisible();
  // Opened beside the scenarios kept, the names as written (a name in use gets a number).
  await expect(page.getByRole('group', { name: 'Scenarios' }).getByRole('button')).toHaveText([
    'Tokyo desk',
    'Tokyo desk (2)',
    'Tokyo desk (3)',
    'Café Müller',
  ]);
});

/**
 * A CX leader imports a ticket export with a CSAT column (scores 1-5): the review step says
 * what it sets, and after applying, the human CSAT per tier shows in the quality figures.
 * Expected values worked by hand in tests/unit/io/csv-import/csat.test.ts (the same file).
 */
import { test, expect, openView } from './fixtures';

/** Order status: 5 5 4 4 4 3 + 4 unrated; Refund: 2 3 4 5 + 2 unrated; Complaint: 1 2 + 2 unrated. */
function exportWithCsat(): Buffer {
  const ratings: Record<string, string[]> = {
    'Order status': ['5', '5', '4', '4', '4', '3', '', '', '', ''],
    Refund: ['2', '3', '4', '5', '', ''],
    Complaint: ['1', '2', '', ''],
  };
  const lines = ['ticket_id,created_at,category,channel,csat'];
  let id = 1;
  for (const [category, cells] of Object.entries(ratings))
    for (const r of cells) {
      lines.push(`${id},2024-01-${String((id % 28) + 1).padStart(2, '0')} 10:00:00,${category},Email,${r}`);
      id++;
    }
  return Buffer.from(lines.join('\n') + '\n');
}

test('a CX leader imports tickets with CSAT, reads what it sets per tier, and finds it in the quality figures', async ({ page }) => {
  await page.goto('./');
  await openView(page, 'Data');
  const section = page.locator('section#import');
  await section.getByLabel('File to import').setInputFiles({ name: 'csat.csv', mimeType: 'text/csv', buffer: exportWithCsat() });
  await section.getByRole('button', { name: 'Import csat.csv' }).click();
  await expect(page.locator('[data-metric="imported_rows"]')).toHaveAttribute('data-value', '20');

  // Order status and Refund in tier 1, Complaint in tier 3.
  await section.getByLabel('Tier of Order status').selectOption('1');
  await section.getByLabel('Tier of Refund').selectOption('1');
  await section.getByLabel('Tier of Complaint').selectOption('3');
  const line =
    'Human CSAT per tier from 12 rated tickets (scores on 1-5 (the largest is 5 or less), read as score / 5): tier 1 3.9 -> 78 %, tier 3 1.5 -> 30 %.';
  await expect(section.getByText(line, { exact: true })).toBeVisible();
  await section.getByRole('button', { name: 'Apply to the scenario' }).click();
  await expect(section.getByRole('status')).toContainText(line);

  // The quality figures: CSAT before the AI is the human CSAT of each tier.
  await openView(page, 'Quality');
  const quality = page.getByRole('table', { name: /Customer satisfaction per tier/ });
  await expect(
    quality
      .getByRole('row', { name: /^Tier 1/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText(/^78(\.0)?\s?%$/);
  await expect(
    quality
      .getByRole('row', { name: /^Tier 3/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText(/^30(\.0)?\s?%$/);
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
});

test('a file whose first category has no CSAT and no handle time imports, and a JSON export is refused with what to do', async ({ page }) => {
  await page.goto('./');
  await openView(page, 'Data');
  const section = page.locator('section#import');
  // CSAT rated on some categories only, the unrated one first: it once failed with an internal error.
  const partial = ['category,handle time (minutes),csat', 'Order status,,', 'Refund,6,4', 'Complaint,9,2', ''].join('\n');
  await section.getByLabel('File to import').setInputFiles({ name: 'partial.csv', mimeType: 'text/csv', buffer: Buffer.from(partial) });
  await section.getByRole('button', { name: 'Import partial.csv' }).click();
  await expect(page.locator('[data-metric="imported_rows"]')).toHaveAttribute('data-value', '3');
  await section.getByRole('button', { name: 'Apply to the scenario' }).click();
  await expect(section.getByRole('status')).toContainText('Applied to the scenario. Human CSAT per tier from 2 rated tickets');
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity|could not be read/);

  // A helpdesk API's JSON lines: named as JSON, with what to export instead.
  const jsonl = ['{"id": 1, "type": "question", "via": "email"}', '{"id": 2, "type": "refund", "via": "chat"}', ''].join('\n');
  await section.getByLabel('File to import').setInputFiles({ name: 'tickets.jsonl', mimeType: 'application/json', buffer: Buffer.from(jsonl) });
  await expect(section.getByText(/This is a JSON file \(one record per line\), not a CSV file: export the tickets from your helpdesk as CSV/)).toBeVisible();
  await expect(section.getByRole('button', { name: 'Import tickets.jsonl' })).toHaveCount(0);
});

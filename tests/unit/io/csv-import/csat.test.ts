/**
 * A mapped CSAT column sets the human CSAT per tier, on the scale the file uses, and the
 * report says so. Expected values worked by hand in each case.
 */
import { describe, expect, it } from 'vitest';
import { presetScenario, type Tier } from '../../../../src/model';
import { applyImport, importedTierCsat } from '../../../../src/io/csv-import/apply-import';
import { categoryRows, withTier, type CategoryTierRow } from '../../../../src/io/csv-import/category-rows';
import { csatScale, csatWord } from '../../../../src/io/csv-import/csat';
import { scanText } from '../../../../src/io/csv-import/stream';
import type { ScanResult } from '../../../../src/io/csv-import/types';
import { preview, ticketOptions } from './helpers';

/** A ticket export: per category, its CSAT cells in order (an empty string: not rated). */
function file(cells: Record<string, string[]>): string {
  const lines = ['ticket_id,created_at,category,channel,csat'];
  let id = 1;
  for (const [category, ratings] of Object.entries(cells))
    for (const r of ratings) lines.push(`${id},2024-01-${String((id % 28) + 1).padStart(2, '0')} 10:00:00,${category},Email,${r}`);
  return lines.map((l, i) => (i === 0 ? l : l.replace(/^(\d+)/, () => String(id++)))).join('\n') + '\n';
}

function scan(text: string): ScanResult {
  const p = preview(text);
  // The CSAT column mapped by hand (words are not offered as CSAT by the preview).
  const options = ticketOptions(p);
  const out = scanText(text, { ...options, mapping: { ...options.mapping, csat: 4 } });
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join('; '));
  return out.value;
}

function tiered(s: ScanResult, tiers: Record<string, Tier>): CategoryTierRow[] {
  let rows = categoryRows(s.aggregates);
  rows.forEach((r, i) => {
    if (tiers[r.name]) rows = withTier(rows, i, tiers[r.name]!);
  });
  return rows;
}

describe('imported CSAT per tier', () => {
  // 1-5 scores. Order status: 5 5 4 4 4 3 (6 rated, sum 25) and 4 blanks; Refund: 2 3 4 5
  // (4 rated, sum 14) and 2 blanks; Complaint: 1 2 (2 rated, sum 3) and 2 blanks.
  // Tier 1 = Order status + Refund: 10 rated, 39 / 10 = 3.9 -> 3.9 / 5 = 78 %.
  // Tier 3 = Complaint: 1.5 -> 30 %. Tier 2: no ratings, left as the scenario had it.
  const oneToFive = file({
    'Order status': ['5', '5', '4', '4', '4', '3', '', '', '', ''],
    Refund: ['2', '3', '4', '5', '', ''],
    Complaint: ['1', '2', '', ''],
  });

  it('reads a 1-5 score as score / 5 and sets the human CSAT of each tier with ratings', () => {
    const s = scan(oneToFive);
    expect(s.report.importedRows).toBe(20);
    const rows = tiered(s, { 'Order status': 1, Refund: 1, Complaint: 3 });
    const got = importedTierCsat(s.aggregates, rows);
    expect(got.tiers.map((t) => [t.tier, t.count, t.mean, t.pct])).toEqual([
      [1, 10, 3.9, 78],
      [3, 2, 1.5, 30],
    ]);
    expect(got.text).toBe(
      'Human CSAT per tier from 12 rated tickets (scores on 1-5 (the largest is 5 or less), read as score / 5): tier 1 3.9 -> 78 %, tier 3 1.5 -> 30 %.',
    );
    const base = presetScenario('ecommerce');
    const applied = applyImport(base, s.aggregates, rows);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.value.experience.csat.tier1.human).toBe(78);
    expect(applied.value.experience.csat.tier3.human).toBe(30);
    expect(applied.value.experience.csat.tier2).toEqual(base.experience.csat.tier2);
    // The AI's CSAT is not the file's to say.
    expect(applied.value.experience.csat.tier1.ai).toBe(base.experience.csat.tier1.ai);
  });

  it('follows the tiers as the user edits them', () => {
    const s = scan(oneToFive);
    // Refund moved to tier 2: tier 1 = 25 / 6 = 4.1666... -> 83.3 %; tier 2 = 3.5 -> 70 %.
    const rows = tiered(s, { 'Order status': 1, Refund: 2, Complaint: 3 });
    expect(importedTierCsat(s.aggregates, rows).tiers.map((t) => [t.tier, t.pct])).toEqual([
      [1, 83.3],
      [2, 70],
      [3, 30],
    ]);
  });

  it('reads 0-10 as score / 10, a percentage as it is, and words as satisfied or not', () => {
    // 8 9 10 7: the largest is 10 -> 0-10; mean 8.5 -> 85 %.
    const ten = scan(file({ Billing: ['8', '9', '10', '7'] }));
    expect(importedTierCsat(ten.aggregates, tiered(ten, { Billing: 2 })).text).toBe(
      'Human CSAT per tier from 4 rated tickets (scores on 0-10 (the largest is 10 or less), read as score / 10): tier 2 8.5 -> 85 %.',
    );
    // 80 90 100 50: above 10 -> percent; mean 80 %.
    const pct = scan(file({ Billing: ['80', '90', '100', '50'] }));
    expect(importedTierCsat(pct.aggregates, tiered(pct, { Billing: 2 })).tiers.map((t) => t.pct)).toEqual([80]);
    // good good bad offered Satisfied: 4 ratings (offered is none), 3 satisfied -> 75 %.
    const words = scan(file({ Billing: ['good', 'good', 'bad', 'offered', 'Satisfied'] }));
    expect(words.report.rejectedRows).toBe(0);
    const w = importedTierCsat(words.aggregates, tiered(words, { Billing: 2 }));
    expect(w.tiers.map((t) => [t.count, t.pct])).toEqual([[4, 75]]);
    expect(w.text).toBe(
      'Human CSAT per tier from 4 rated tickets (ratings given as words, satisfied (good, happy) read as 100 % and unsatisfied or neutral (bad) as 0 %): tier 2 75 %.',
    );
  });

  it('rejects a CSAT cell that is neither a score nor a rating word, naming what is accepted', () => {
    const s = scan(file({ Billing: ['4', 'maybe', '5'] }));
    expect(s.report.rejectedRows).toBe(1);
    expect(s.report.rejections[0]!.column).toBe('csat');
    expect(s.report.rejections[0]!.reason).toMatch(/CSAT "maybe" is not a number \(accepted: .*satisfied \/ unsatisfied, good \/ bad\)/);
  });

  it('leaves the CSAT of the scenario when the file has no ratings', () => {
    const s = scan(file({ Billing: ['', '', ''] }));
    expect(importedTierCsat(s.aggregates, categoryRows(s.aggregates))).toEqual({ tiers: [], text: '' });
    expect(csatScale({ numeric: 0, max: 0, words: 0 })).toBeNull();
    expect([csatWord('Good'), csatWord('unoffered'), csatWord('4')]).toEqual([100, null, undefined]);
  });
});

import { describe, expect, it } from 'vitest';
import { categoryTableTemplate } from '../../../../src/io/csv-import/apply-import';
import { scanText } from '../../../../src/io/csv-import/stream';
import { fixture, preview } from './helpers';

describe('interval-volume import', () => {
  it('sums counts into months and hours of the week, finds the interval length and rejects bad counts', () => {
    const text = fixture('intervals-15min.csv');
    const p = preview(text);
    expect(p.kind).toBe('intervals');
    expect(p.intervals).toEqual({ timestamp: 0, time: null, count: 1 });
    const out = scanText(text, { kind: 'intervals', dialect: p.dialect, mapping: p.intervals, dateOrder: 'auto', intervalMinutes: 'auto' });
    if (!out.ok) throw new Error('scan failed');
    const agg = out.value.aggregates;
    if (agg.kind !== 'intervals') throw new Error('intervals');
    expect(agg.intervalMinutes).toBe(15);
    expect(agg.totalContacts).toBe(20);
    // 2024-01-01 is a Monday: everything in hour 0.
    expect(agg.dated!.hourOfWeek![0]).toBe(20);
    expect(agg.dated!.hourOfWeek!.reduce((a, b) => a + b, 0)).toBe(20);
    expect(out.value.report.importedRows).toBe(4);
    expect(out.value.report.rejections.map((r) => [r.row, r.column])).toEqual([
      [6, 'contacts'],
      [7, 'contacts'],
    ]);
  });
});

describe('category-table import', () => {
  it('reads its own template back, with the tiers and handle minutes', () => {
    const text = categoryTableTemplate();
    const p = preview(text);
    expect(p.kind).toBe('category-table');
    const out = scanText(text, { kind: 'category-table', dialect: p.dialect, mapping: p.categoryTable });
    if (!out.ok) throw new Error('scan failed');
    const agg = out.value.aggregates;
    if (agg.kind !== 'category-table') throw new Error('table');
    expect(agg.rows).toHaveLength(7);
    expect(agg.rows[0]).toEqual({ name: 'Order status and tracking', contactsPerMonth: 25000, handleMinutes: 5, tier: 1 });
    expect(agg.rows.map((r) => r.tier)).toEqual([1, 1, 1, 2, 2, 3, 3]);
  });

  it('adds up repeated categories and rejects bad tiers and volumes', () => {
    const text = 'category;contacts per month;handle minutes;tier\nBilling;100;6;2\nbilling ;300;10;\nFraud;abc;5;3\nLegal;10;5;Tier 4\n';
    const p = preview(text);
    const out = scanText(text, { kind: 'category-table', dialect: p.dialect, mapping: p.categoryTable });
    if (!out.ok) throw new Error('scan failed');
    if (out.value.aggregates.kind !== 'category-table') throw new Error('table');
    expect(out.value.aggregates.rows).toEqual([{ name: 'Billing', contactsPerMonth: 400, handleMinutes: 9, tier: 2 }]);
    expect(out.value.report.rejections.map((r) => [r.row, r.column])).toEqual([
      [4, 'contacts per month'],
      [5, 'tier'],
    ]);
  });
});

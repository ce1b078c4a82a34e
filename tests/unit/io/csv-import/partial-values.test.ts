import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../src/io/csv-import/apply-import';
import { categoryRows } from '../../../../src/io/csv-import/category-rows';
import { presetScenario } from '../../../../src/model/presets';
import { importTickets } from './helpers';

// A category's handle-time and CSAT figures are made at its first value: one whose tickets
// have none has none, and the file's totals are merged over categories with holes.
describe('a ticket export where some categories have no handle time or no CSAT', () => {
  it('imports a category without handle time ahead of one with it, the file taking the one it has', () => {
    const scan = importTickets('Category,Handle time (minutes)\nOrder status,\nRefund,6\n');
    expect(scan.report).toMatchObject({ importedRows: 2, rejectedRows: 0, handleMinutes: 6 });
    if (scan.aggregates.kind !== 'tickets') throw new Error('tickets');
    expect(scan.aggregates.categories.map((c) => [c.name, c.handleMinutes?.mean ?? null])).toEqual([
      ['Order status', null],
      ['Refund', 6],
    ]);
    // Applied, the category without one keeps a handle time of the scenario's, never a blank or NaN.
    const result = applyImport(presetScenario('ecommerce'), scan.aggregates, categoryRows(scan.aggregates));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const byName = new Map(result.value.categories.map((c) => [c.name, c.handleMinutes]));
    expect(byName.get('Refund')).toBe(6);
    expect(Number.isFinite(byName.get('Order status'))).toBe(true);
    expect(byName.get('Order status')).toBeGreaterThan(0);
  });

  it('imports CSAT rated on some categories only, whatever their order', () => {
    for (const text of ['Category,CSAT\nOrder status,4\nRefund,\nComplaint,5\n', 'Category,CSAT\nRefund,\nOrder status,4\nComplaint,5\n']) {
      const scan = importTickets(text);
      expect(scan.report).toMatchObject({ importedRows: 3, rejectedRows: 0 });
      if (scan.aggregates.kind !== 'tickets') throw new Error('tickets');
      expect(scan.aggregates.csat?.mean).toBeCloseTo(4.5, 12);
      expect(scan.aggregates.categories.find((c) => c.name === 'Refund')!.csat).toBeNull();
    }
  });

  it('imports a row with no category but a handle time after a category without one', () => {
    const scan = importTickets('Category,Handle time (minutes)\nOrder status,\n,7\nRefund,5\n');
    expect(scan.report.importedRows + scan.report.rejectedRows).toBe(3);
    expect(scan.report.handleMinutes).not.toBeNaN();
  });
});

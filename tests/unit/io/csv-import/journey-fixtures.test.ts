import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../src/io/csv-import/apply-import';
import { categoryRows, resolveDateOrder } from '../../../../src/io/csv-import/category-rows';
import { presetScenario } from '../../../../src/model/presets';
import { dateOrderAnswers, dialectLabel, findings } from '../../../../src/ui/import/import-flow';
import { fixture, importTickets, preview } from './helpers';

// The files of the import journeys (tests/e2e/import.spec.ts), with the figures worked out by hand.
describe('the messy European ticket export', () => {
  const text = fixture('tickets-messy-eu.csv');

  it('is read as semicolon-separated with decimal commas, CRLF and day-first dates', () => {
    const p = preview(text);
    expect(p.dialect).toEqual({ delimiter: ';', newline: '\r\n', decimal: 'comma', encoding: 'utf-8' });
    expect(dialectLabel(p.dialect, p.header.length)).toBe('Cells separated by semicolons, decimal comma, 8 columns.');
    expect(p.tickets).toEqual({
      ticketId: null,
      created: 1,
      createdTime: null,
      category: 2,
      channel: 3,
      handleTime: 5,
      resolutionTime: 6,
      resolvedAt: null,
      csat: 7,
      queueWait: null,
      outcome: null,
    });
    expect(p.resolutionUnit).toBe('hours');
    expect(p.dateHint).toBe('dmy');
  });

  it('imports 12 rows, rejects row 11 ("yesterday"), and counts no blank line for the final line break', () => {
    const scan = importTickets(text);
    expect(scan.report).toMatchObject({ importedRows: 12, rejectedRows: 1, blankRows: 0 });
    expect(scan.report.rejections).toEqual([{ row: 11, column: 'Created at', reason: expect.stringMatching(/^"yesterday" is not a date and time/) }]);
    expect(scan.dateOrder).toMatchObject({ source: 'detected', order: 'dmy', evidence: { row: 2, value: '29.02.2024 16:40' } });
  });

  it('gives 10 contacts a month (March, the one whole month), the mix by share and the mean handle minutes', () => {
    const scan = importTickets(text);
    if (scan.aggregates.kind !== 'tickets') throw new Error('tickets');
    expect(scan.aggregates.dated!.months.map((m) => [m.month, m.contacts, m.complete])).toEqual([
      ['2024-02', 1, false],
      ['2024-03', 10, true],
      ['2024-04', 1, false],
    ]);
    // Handle minutes 3, 4, 10.5, 2.5, 15, 3.5, 12, 8, 5, 3, 20, 4.5.
    expect(scan.aggregates.handleMinutes).toEqual({ count: 12, mean: 91 / 12, median: 4.75, medianExact: true });
    // Resolution hours with decimal commas: 0,5 1,5 26,25 0,25 48 1 30,5 3 0,75 0,5 72 1.
    expect(scan.aggregates.resolutionMinutes!.mean).toBeCloseTo(((0.5 + 1.5 + 26.25 + 0.25 + 48 + 1 + 30.5 + 3 + 0.75 + 0.5 + 72 + 1) * 60) / 12, 9);
    // CSAT: "N/A" and an empty cell are missing, "4,5" is 4.5.
    expect(scan.aggregates.csat).toMatchObject({ count: 10, mean: (5 + 4 + 3 + 2 + 5 + 4 + 4.5 + 5 + 1 + 5) / 10 });
    const rows = categoryRows(scan.aggregates);
    expect(rows.map((r) => [r.name, r.contacts, r.handleMinutes, r.tier])).toEqual([
      ['Order status', 5, 4, 1],
      ['Refund', 2, 11.25, 2],
      ['Password reset', 2, 2.75, 1],
      ['Complaint', 2, 17.5, 3],
      ['Billing', 1, 8, 2],
    ]);
    const applied = applyImport(presetScenario('ecommerce'), scan.aggregates, rows);
    if (!applied.ok) throw new Error('not applied');
    expect(applied.value.contactsPerMonth).toBe(10);
    expect(applied.value.channel).toBe('chat');
    expect(applied.value.categories.reduce((s, c) => s + (c.sharePct / 100) * c.handleMinutes, 0)).toBeCloseTo(91 / 12, 12);
    expect(findings(scan)[0]).toBe('10 contacts per month: the mean of 1 complete month (cut months at the start and end are left out).');
  });
});

describe('the US export whose dates read both ways', () => {
  const scan = importTickets(fixture('tickets-ambiguous-us.csv'));

  it('asks, showing what each reading makes of the file', () => {
    expect(scan.question).toEqual({
      ambiguousRows: 20,
      examples: ['01/02/2024 09:30', '01/03/2024 09:30', '01/04/2024 09:30', '01/05/2024 09:30', '01/06/2024 09:30'],
    });
    expect(scan.report.blankRows).toBe(0);
    expect(dateOrderAnswers(scan)).toEqual([
      { order: 'dmy', title: 'Day/month/year', example: '01/02/2024 is 1 February 2024', span: 'tickets from 1 February 2024 to 1 November 2024' },
      { order: 'mdy', title: 'Month/day/year', example: '01/02/2024 is 2 January 2024', span: 'tickets from 2 January 2024 to 11 January 2024' },
    ]);
  });

  it('gives 20 tickets in 10 days read month first, 2 a month over 9 whole months read day first', () => {
    const mdy = resolveDateOrder(scan, 'mdy');
    const dmy = resolveDateOrder(scan, 'dmy');
    const volume = (s: typeof scan) => {
      const r = applyImport(presetScenario('ecommerce'), s.aggregates, categoryRows(s.aggregates));
      if (!r.ok) throw new Error('not applied');
      return r.value.contactsPerMonth;
    };
    expect(volume(mdy)).toBeCloseTo((20 / 10) * (365.25 / 12), 12);
    expect(volume(dmy)).toBe(2);
    expect(dateOrderAnswers(mdy)).toEqual([]);
  });
});

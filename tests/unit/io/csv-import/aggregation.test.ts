import { describe, expect, it } from 'vitest';
import { fixture, importTickets, preview } from './helpers';

/*
 * tickets-basic.csv, worked by hand (header = row 1, data rows 2-9):
 * - row 9 has handle time "abc": rejected; 7 rows imported.
 * - Order status: rows 2, 4, 6, 8 -> 4 contacts; handle 120, 180, (N/A), 150 s -> 3 values,
 *   mean 150 s = 2.5 min, median 150 s = 2.5 min.
 * - Refund request: rows 3, 7 -> 2 contacts; handle 300, 240 s -> mean = median = 270 s = 4.5 min.
 * - Complaint: row 5 -> 1 contact; 600 s = 10 min.
 * - Months: 2024-01 = 4 (2 order, 1 refund, 1 complaint), 2024-02 = 2, 2024-03 = 1 (cut short).
 * - 2024-01-01 is a Monday: hours of week 9, 10 (Mon), 33 (Tue 09), 71 (Wed 23), 14 (Mon),
 *   80 (Thu 08), 96 (Fri 00).
 * - Channels: Chat 4 ("chat" is the same channel), Email 2, Phone 1.
 * - CSAT: 5, 4, 2, 5, 3, 4 -> 6 values, mean 23 / 6; resolution 10, 60, 20, 5, 30, 15 min -> mean 140 / 6.
 */
describe('ticket aggregation', () => {
  const text = fixture('tickets-basic.csv');
  const scan = importTickets(text);
  const agg = scan.aggregates;
  if (agg.kind !== 'tickets') throw new Error('expected tickets');

  it('suggests the mapping and the units from the header', () => {
    const p = preview(text);
    expect(p.kind).toBe('tickets');
    expect(p.tickets).toEqual({
      ticketId: null,
      created: 0,
      createdTime: null,
      category: 1,
      channel: 2,
      handleTime: 3,
      resolutionTime: 4,
      resolvedAt: null,
      csat: 5,
      queueWait: null,
      outcome: null,
    });
    expect(p.handleUnit).toBe('seconds');
    expect(p.resolutionUnit).toBe('minutes');
  });

  it('counts imported and rejected rows, naming row, column and reason', () => {
    expect(scan.report.importedRows).toBe(7);
    expect(scan.report.rejectedRows).toBe(1);
    expect(scan.report.rejections).toHaveLength(1);
    expect(scan.report.rejections[0]).toMatchObject({ row: 9, column: 'handle_time_seconds' });
    expect(scan.report.rejections[0]!.reason).toContain('"abc" is not a duration');
  });

  it('counts contacts and handle minutes per category exactly', () => {
    expect(agg.categories.map((c) => [c.name, c.contacts])).toEqual([
      ['Order status', 4],
      ['Refund request', 2],
      ['Complaint', 1],
    ]);
    const [order, refund, complaint] = agg.categories;
    expect(order!.handleMinutes).toEqual({ count: 3, mean: 2.5, median: 2.5, medianExact: true });
    expect(refund!.handleMinutes).toEqual({ count: 2, mean: 4.5, median: 4.5, medianExact: true });
    expect(complaint!.handleMinutes).toEqual({ count: 1, mean: 10, median: 10, medianExact: true });
    expect(agg.handleMinutes!.count).toBe(6);
    expect(agg.handleMinutes!.mean).toBeCloseTo(1590 / 6 / 60, 12);
    // All six: 120, 150, 180, 240, 300, 600 s -> median (180 + 240) / 2 = 210 s = 3.5 min.
    expect(agg.handleMinutes!.median).toBe(3.5);
  });

  it('reads CSAT and resolution time', () => {
    expect(agg.csat!.count).toBe(6);
    expect(agg.csat!.mean).toBeCloseTo(23 / 6, 12);
    expect(agg.resolutionMinutes!.count).toBe(6);
    expect(agg.resolutionMinutes!.mean).toBeCloseTo(140 / 6, 12);
  });

  it('splits the channels, case-insensitively', () => {
    expect(agg.channels.map((c) => [c.name, c.contacts, c.channel])).toEqual([
      ['Chat', 4, 'chat'],
      ['Email', 2, 'email'],
      ['Phone', 1, 'voice'],
    ]);
  });

  it('counts monthly volume per category and marks the cut month', () => {
    expect(scan.dateOrder?.source).toBe('none');
    expect(agg.dated!.months).toEqual([
      { month: '2024-01', contacts: 4, complete: true, byCategory: [2, 1, 1] },
      { month: '2024-02', contacts: 2, complete: true, byCategory: [1, 1, 0] },
      { month: '2024-03', contacts: 1, complete: false, byCategory: [1, 0, 0] },
    ]);
  });

  it('builds the hour-of-week profile from the wall clock, Monday 00:00 first', () => {
    const profile = agg.dated!.hourOfWeek!;
    expect(profile).toHaveLength(168);
    const hours = profile.flatMap((w, h) => Array<number>(w).fill(h));
    expect(hours).toEqual([9, 10, 14, 33, 71, 80, 96]);
  });
});

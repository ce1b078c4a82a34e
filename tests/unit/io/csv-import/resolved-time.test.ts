import { describe, expect, it } from 'vitest';
import { resolveDateOrder } from '../../../../src/io/csv-import/category-rows';
import { importedResolution } from '../../../../src/io/csv-import/apply-import';
import { scanText } from '../../../../src/io/csv-import/stream';
import type { ScanResult } from '../../../../src/io/csv-import/types';
import { importTickets, preview, ticketOptions } from './helpers';

/** The file's resolution minutes: mean, median and count. */
const resolution = (scan: ScanResult) => {
  const r = scan.aggregates.kind === 'tickets' ? scan.aggregates.resolutionMinutes : null;
  return r && [r.mean, r.median, r.count];
};
const rejections = (scan: ScanResult) => scan.report.rejections.map((r) => [r.row, r.column, r.reason]);

describe('resolution time from a resolved time', () => {
  it("maps Freshdesk's created and resolved times, not its closed time, and takes resolved less created", () => {
    const text = [
      'Ticket ID,Subject,Status,Type,Created time,Resolved time,Closed time,Resolution status',
      // 45 minutes; 23:30 to 01:15 next day, 105 minutes; a day and 2 hours, 1,560 minutes.
      '1,Where is my order,Closed,Question,2024-03-04 09:00:00,2024-03-04 09:45:00,2024-03-05 09:45:00,Within SLA',
      '2,Refund please,Closed,Refund,2024-03-04 23:30:00,2024-03-05 01:15:00,2024-03-06 01:15:00,Within SLA',
      '3,Card charged twice,Closed,Refund,2024-03-05 08:00:00,2024-03-06 10:00:00,2024-03-07 10:00:00,SLA violated',
      // Still open: no resolved time, no resolution, the ticket counted all the same.
      '4,Password,Open,Question,2024-03-05 12:00:00,,,',
    ].join('\n');
    const p = preview(text);
    expect(p.header[p.tickets.created!]).toBe('Created time');
    expect(p.header[p.tickets.resolvedAt!]).toBe('Resolved time');
    expect(p.tickets.resolutionTime).toBeNull();
    const scan = importTickets(text);
    expect(scan.report.importedRows).toBe(4);
    expect(resolution(scan)).toEqual([(45 + 105 + 1560) / 3, 105, 3]);
    const byCategory = scan.aggregates.kind === 'tickets' ? scan.aggregates.categories.map((c) => [c.name, c.resolutionMinutes?.mean ?? null]) : [];
    expect(byCategory).toEqual([
      ['Question', 45],
      ['Refund', (105 + 1560) / 2],
    ]);
    expect(importedResolution(scan.aggregates).minutes).toBe(570);
  });

  it('rejects a resolved time before the created time, past a year, or not a date, naming the column; a resolution column comes first', () => {
    const text = [
      'created,type,resolution minutes,solved at',
      '2024-03-04 10:00,Billing,,2024-03-04 09:59',
      '2024-03-04 10:00,Billing,,2025-03-05 10:00',
      '2024-03-04 10:00,Billing,,soon',
      // The resolution column's 30 minutes, not the 2 hours the resolved time says.
      '2024-03-04 10:00,Billing,30,2024-03-04 12:00',
      // Dates alone: whole days.
      '2024-03-04,Billing,,2024-03-06',
    ].join('\n');
    const p = preview(text);
    // A file with a resolution column gets no resolved time suggested: mapped by hand here.
    expect(p.tickets.resolvedAt).toBeNull();
    const out = scanText(text, ticketOptions({ ...p, tickets: { ...p.tickets, resolvedAt: 3 } }));
    if (!out.ok) throw new Error('scan failed');
    expect(rejections(out.value)).toEqual([
      [2, 'solved at', 'Resolved time "2024-03-04 09:59" is before the ticket\'s created time (accepted: the created time or later)'],
      [
        3,
        'solved at',
        'Resolved time "2025-03-05 10:00" is more than 365 days after the ticket\'s created time (accepted: a resolution time of 0 to 365 days)',
      ],
      [4, 'solved at', expect.stringMatching(/^Resolved time "soon" is not a date and time/)],
    ]);
    expect(resolution(out.value)).toEqual([(30 + 2 * 1440) / 2, expect.any(Number), 2]);
  });

  it("refuses a resolved time in an event log: each row is an event, whose created time is not the ticket's", () => {
    const log = 'ticket,event at,type,solved at\n1,2024-03-04 10:00,Billing,2024-03-04 12:00\n1,2024-03-04 11:00,Billing,2024-03-04 12:00\n';
    const q = preview(log);
    // Not suggested there.
    expect(q.tickets.ticketId).toBe(0);
    expect(q.tickets.resolvedAt).toBeNull();
    const refused = scanText(log, ticketOptions({ ...q, tickets: { ...q.tickets, ticketId: 0, created: 1, resolvedAt: 3 } }));
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.issues).toContainEqual({
        row: 1,
        column: 'solved at',
        message:
          'A resolved time is read in a file of one row per ticket; in an event log (a ticket ID column), choose a resolution time column, or no resolved time',
      });
  });

  it('refuses a resolved time without a created time', () => {
    const text = 'type,resolved\nBilling,2024-03-04 10:00\n';
    const p = preview(text);
    const out = scanText(text, ticketOptions({ ...p, tickets: { ...p.tickets, created: null, resolvedAt: 1 } }));
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.issues.map((i) => i.message)).toContain(
        'A resolved time gives resolution times only with the created time: choose the column of the created time too',
      );
  });

  it('keeps each reading of dates that read both ways, and takes the one the answer gives', () => {
    // 03/04 to 05/04: 2 days read day-first (3 to 5 April), 61 days month-first (4 March to 4 May).
    const text = ['created,type,resolved', '03/04/2024 10:00,Billing,05/04/2024 10:00', '03/04/2024 11:00,Billing,03/04/2024 11:30'].join('\n');
    const scan = importTickets(text);
    expect(scan.question).not.toBeNull();
    const dmy = resolveDateOrder(scan, 'dmy');
    const mdy = resolveDateOrder(scan, 'mdy');
    expect(resolution(dmy)).toEqual([(2 * 1440 + 30) / 2, expect.any(Number), 2]);
    expect(resolution(mdy)).toEqual([(61 * 1440 + 30) / 2, expect.any(Number), 2]);
    expect(dmy.aggregates.kind === 'tickets' && dmy.aggregates.categories[0]!.resolutionMinutes?.mean).toBe((2 * 1440 + 30) / 2);
    expect(mdy.aggregates.kind === 'tickets' && mdy.aggregates.categories[0]!.resolutionMinutes?.mean).toBe((61 * 1440 + 30) / 2);
  });

  it('takes the reading a later date settles for the rows read before it', () => {
    // Rows 2 and 3 read both ways; 25/04 on row 4 can only be day-first.
    const text = [
      'created,type,resolved',
      '03/04/2024 10:00,Billing,05/04/2024 10:00',
      '03/04/2024 10:00,Billing,04/04/2024 10:00',
      '25/04/2024 10:00,Billing,25/04/2024 11:00',
    ].join('\n');
    const scan = importTickets(text);
    expect(scan.question).toBeNull();
    expect(scan.dateOrder?.order).toBe('dmy');
    expect(resolution(scan)).toEqual([(2 * 1440 + 1440 + 60) / 3, 1440, 3]);
    // The same file read month-first where it settles the other way (04/25 only month-first).
    const us = text.replace('25/04/2024 10:00,Billing,25/04/2024 11:00', '04/25/2024 10:00,Billing,04/25/2024 11:00');
    const read = importTickets(us);
    expect(read.dateOrder?.order).toBe('mdy');
    // Month-first: 4 March to 4 May is 61 days, 4 March to 4 April 31.
    expect(resolution(read)).toEqual([(61 * 1440 + 31 * 1440 + 60) / 3, 31 * 1440, 3]);
  });
});

import { describe, expect, it } from 'vitest';
import { scanText } from '../../../../src/io/csv-import/stream';
import { importTickets, preview } from './helpers';

/*
 * A per-call log as a 1999 call centre wrote it: the date as YYMMDD in one column, the time
 * (H:MM:SS, no leading zero) in another. 300 calls: 10 a day from Friday 1 January 1999 for
 * 30 days, at 6:55:20, 7:55:20 ... 15:55:20. Worked by hand: January 1999 has 300 calls (cut:
 * 30 of 31 days), hours of the week: each weekday gets 10 calls a day at hours 6-15.
 */
function callLog(): string {
  const lines = ['vru_line,call_id,date,time,type'];
  for (let d = 1; d <= 30; d++) {
    for (let k = 0; k < 10; k++) lines.push(`AA0101,${d * 100 + k},9901${String(d).padStart(2, '0')},${6 + k}:55:20,PS`);
  }
  return lines.join('\n');
}

describe('date and time in two columns', () => {
  it('a call log with YYMMDD dates and H:MM:SS times: both found, combined into the profile', () => {
    const text = callLog();
    const p = preview(text);
    expect(p.tickets.created).toBe(2);
    expect(p.tickets.createdTime).toBe(3);
    const scan = importTickets(text);
    expect(scan.report.importedRows).toBe(300);
    const agg = scan.aggregates;
    if (agg.kind !== 'tickets') throw new Error('tickets');
    expect(agg.dated!.months.map((m) => [m.month, m.contacts, m.complete])).toEqual([['1999-01', 300, false]]);
    const profile = agg.dated!.hourOfWeek!;
    expect(profile.reduce((a, b) => a + b, 0)).toBe(300);
    // 1 January 1999 was a Friday (weekday 4 when Monday is 0): 6:55 falls in hour 4 x 24 + 6.
    expect(profile[4 * 24 + 6]).toBeGreaterThan(0);
    expect(profile.every((w, h) => w === 0 || (h % 24 >= 6 && h % 24 <= 15))).toBe(true);
    // 30 days from a Friday: Fri-Sun five times, Mon-Thu four times; one call an hour per day.
    expect(profile[0 * 24 + 9]).toBe(4);
    expect(profile[4 * 24 + 9]).toBe(5);
    expect(agg.dated!.withoutTime).toBe(0);
  });

  it('mapped by hand; a bad time is rejected naming its column, an empty one leaves the date alone', () => {
    const text = 'when,at,what\n2024-03-05,14:07,A\n2024-03-05,2:30 PM,A\n2024-03-06,,A\n2024-03-06,later,A\n';
    const p = preview(text);
    const out = scanText(text, {
      kind: 'tickets',
      dialect: p.dialect,
      mapping: {
        ticketId: null,
        created: 0,
        createdTime: 1,
        category: 2,
        channel: null,
        handleTime: null,
        resolutionTime: null,
        resolvedAt: null,
        csat: null,
        queueWait: null,
        outcome: null,
      },
      handleUnit: 'seconds',
      resolutionUnit: 'minutes',
      dateOrder: 'auto',
    });
    if (!out.ok) throw new Error(out.issues[0]!.message);
    expect(out.value.report.importedRows).toBe(3);
    expect(out.value.report.rejections).toEqual([
      { row: 5, column: 'at', reason: '"later" is not a time of day (accepted: 14:07, 6:55:20, 2:07 PM, 1430 or 065520)' },
    ]);
    const agg = out.value.aggregates;
    if (agg.kind !== 'tickets') throw new Error('tickets');
    // Tuesday 5 March 2024: hours 24 + 14 (twice: 14:07 and 2:30 PM).
    expect(agg.dated!.hourOfWeek![24 + 14]).toBe(2);
    expect(agg.dated!.withoutTime).toBe(1);
  });

  it('an interval file with the date and the interval start in two columns', () => {
    const lines = ['Date,Interval,Offered'];
    for (let h = 0; h < 24; h++) for (const m of [0, 30]) lines.push(`05.03.2024,${h}:${m === 0 ? '00' : '30'},${h}`);
    const text = lines.join('\n');
    const p = preview(text);
    expect(p.kind).toBe('intervals');
    expect(p.intervals).toEqual({ timestamp: 0, time: 1, count: 2 });
    const out = scanText(text, { kind: 'intervals', dialect: p.dialect, mapping: p.intervals, dateOrder: 'dmy', intervalMinutes: 'auto' });
    if (!out.ok) throw new Error(out.issues[0]!.message);
    const agg = out.value.aggregates;
    if (agg.kind !== 'intervals') throw new Error('intervals');
    expect(agg.intervalMinutes).toBe(30);
    expect(agg.totalContacts).toBe((2 * (23 * 24)) / 2);
    expect(agg.dated!.hourOfWeek![24 + 23]).toBe(46);
  });
});

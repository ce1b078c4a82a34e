import { describe, expect, it } from 'vitest';
import { scanText } from '../../../../src/io/csv-import/stream';
import { importTickets, preview } from './helpers';

/*
 * An incident event log: 100 tickets, ticket k has (k mod 5) + 1 events, 10 minutes apart,
 * the first at 2024-01-01 00:00 + k hours (Monday 1 January 2024). Worked by hand:
 * - events: 20 x (1 + 2 + 3 + 4 + 5) = 300; tickets: 100;
 * - each ticket's latest event carries its final category and channel: "Network" (even k)
 *   or "Access" (odd k) by phone; a ticket with one event (k mod 5 = 0, 20 tickets) is
 *   "Unassigned" by email. Categories: Unassigned 20, Network 40, Access 40; channels: Phone 80, Email 20;
 * - created times are the first events: hours 0-99 of the week, one ticket each, all in 2024-01;
 * - the file is written event by event across tickets, and odd tickets' events latest first,
 *   so neither file order nor the first row of a ticket gives the answer.
 */
function eventLog(): string {
  const lines = ['number,event_time,incident_state,category,contact_type'];
  const p2 = (n: number) => String(n).padStart(2, '0');
  for (let j = 0; j < 5; j++) {
    for (let k = 0; k < 100; k++) {
      const n = (k % 5) + 1;
      if (j >= n) continue;
      const step = k % 2 === 1 ? n - 1 - j : j;
      const minute = k * 60 + step * 10;
      const at = `2024-01-${p2(1 + Math.floor(minute / 1440))} ${p2(Math.floor((minute % 1440) / 60))}:${p2(minute % 60)}:00`;
      const latest = step === n - 1;
      const category = n === 1 ? 'Unassigned' : latest ? (k % 2 === 0 ? 'Network' : 'Access') : 'Unassigned';
      const channel = n === 1 ? 'Email' : latest ? 'Phone' : 'Email';
      lines.push(`INC${String(k).padStart(7, '0')},${at},${latest ? 'Closed' : 'Active'},${category},${channel}`);
    }
  }
  return lines.join('\n');
}

describe('event logs', () => {
  const text = eventLog();

  it('finds the repeated ticket number and counts 300 events as 100 tickets', () => {
    const p = preview(text);
    expect(p.tickets.ticketId).toBe(0);
    expect(p.tickets.created).toBe(1);
    const scan = importTickets(text);
    expect(scan.report.importedRows).toBe(300);
    expect(scan.report.importedTickets).toBe(100);
    expect(scan.report.notes).toContain(
      '300 events of 100 tickets: each ticket is counted once, at its first event, with the category and channel of its latest event.',
    );
    const agg = scan.aggregates;
    if (agg.kind !== 'tickets') throw new Error('tickets');
    expect(agg.categories.map((c) => [c.name, c.contacts])).toEqual([
      // A tie: the name met first (ticket 1's) comes first.
      ['Access', 40],
      ['Network', 40],
      ['Unassigned', 20],
    ]);
    expect(agg.channels.map((c) => [c.name, c.contacts])).toEqual([
      ['Phone', 80],
      ['Email', 20],
    ]);
    expect(agg.dated!.months.map((m) => [m.month, m.contacts])).toEqual([['2024-01', 100]]);
    expect(agg.dated!.months[0]!.byCategory).toEqual([40, 40, 20]);
    expect(agg.dated!.hourOfWeek!.slice(0, 100)).toEqual(Array<number>(100).fill(1));
    expect(agg.dated!.hourOfWeek!.slice(100).every((w) => w === 0)).toBe(true);
  });

  it('without the ticket number each event is a row of its own; a row without a number is rejected', () => {
    const p = preview(text);
    const asRows = scanText(text, {
      kind: 'tickets',
      dialect: p.dialect,
      mapping: { ...p.tickets, ticketId: null },
      handleUnit: 'seconds',
      resolutionUnit: 'minutes',
      dateOrder: 'auto',
    });
    expect(asRows.ok && asRows.value.report.importedTickets).toBe(null);
    expect(asRows.ok && asRows.value.report.importedRows).toBe(300);
    const holed = `${text}\n,2024-01-02 10:00:00,Active,Network,Phone\n`;
    const scan = importTickets(holed);
    expect(scan.report.importedTickets).toBe(100);
    expect(scan.report.rejections).toEqual([
      { row: 302, column: 'number', reason: 'No ticket ID (accepted: the number or code that the rows of one ticket share)' },
    ]);
  });
});

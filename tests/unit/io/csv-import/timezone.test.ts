import { afterAll, describe, expect, it } from 'vitest';
import { fixture, importTickets } from './helpers';

const original = process.env.TZ;

describe('timestamps without an offset', () => {
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  for (const zone of ['America/New_York', 'Asia/Kolkata', 'UTC']) {
    it(`stay on the wall clock in ${zone}`, () => {
      process.env.TZ = zone;
      // The zone is in force for Date (Node re-reads TZ when it is set).
      const offset = new Date(2024, 0, 1, 12).getTimezoneOffset();
      expect(offset).toBe(zone === 'America/New_York' ? 300 : zone === 'Asia/Kolkata' ? -330 : 0);
      const scan = importTickets(fixture('tickets-basic.csv'));
      if (scan.aggregates.kind !== 'tickets') throw new Error('tickets');
      const profile = scan.aggregates.dated!.hourOfWeek!;
      const hours = profile.flatMap((w, h) => Array<number>(w).fill(h));
      expect(hours).toEqual([9, 10, 14, 33, 71, 80, 96]);
      expect(scan.aggregates.dated!.months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
    });
  }
});

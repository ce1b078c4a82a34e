import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  hourOfWeek,
  isValidDate,
  monthIndexOfDay,
  monthLabel,
  MINUTES_PER_DAY,
  wallLabel,
  widenYear,
} from '../../../../src/io/csv-import/calendar';

describe('Calendar arithmetic on the zone-less civil clock', () => {
  it('counts days from 1970-01-01 (2024-02-29 is day 19,782; 1900-03-01 is day -25,508)', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    // 54 years of 365 days plus the 13 leap days of 1972-2020, plus January (31) and 28 days of February.
    expect(daysFromCivil(2024, 2, 29)).toBe(54 * 365 + 13 + 31 + 28);
    expect(daysFromCivil(1900, 3, 1)).toBe(-(70 * 365 + 17) + 59);
  });

  it('knows leap years, the month lengths and the accepted range of years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
    expect([isValidDate(2023, 2, 29), isValidDate(2024, 2, 29), isValidDate(1899, 12, 31), isValidDate(2200, 1, 1)]).toEqual([false, true, false, false]);
  });

  it('widens two-digit years as spreadsheets do (29 is 2029, 30 is 1930)', () => {
    expect([widenYear(29, 2), widenYear(30, 2), widenYear(99, 2), widenYear(2030, 4)]).toEqual([2029, 1930, 1999, 2030]);
  });

  it('puts Monday 00:00 at hour 0 of the week and Sunday 23:00 at hour 167', () => {
    // 2024-01-01 was a Monday.
    const monday = daysFromCivil(2024, 1, 1) * MINUTES_PER_DAY;
    expect(hourOfWeek(monday)).toBe(0);
    expect(hourOfWeek(monday + 7 * MINUTES_PER_DAY - 1)).toBe(167);
    expect(wallLabel(monday + 9 * 60 + 5)).toBe('2024-01-01 09:05');
  });

  it('law: a day count and its civil date round-trip, and the month index agrees with the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2199, 12, 31) }), (days) => {
        const c = civilFromDays(days);
        expect(isValidDate(c.year, c.month, c.day)).toBe(true);
        expect(daysFromCivil(c.year, c.month, c.day)).toBe(days);
        expect(monthIndexOfDay(days)).toBe(c.year * 12 + c.month - 1);
        expect(monthLabel(monthIndexOfDay(days))).toBe(`${c.year}-${String(c.month).padStart(2, '0')}`);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a day count as the same civil date as the platform's UTC calendar, leap days, century years and days before 1970 included", () => {
    const utc = (days: number) => {
      const d = new Date(days * 86_400_000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    };
    const edges = [
      [1900, 2, 28],
      [1900, 3, 1],
      [1969, 12, 31],
      [1970, 1, 1],
      [2000, 2, 29],
      [2000, 3, 1],
      [2100, 2, 28],
      [2100, 3, 1],
      [2199, 12, 31],
    ] as const;
    for (const [y, m, d] of edges) expect(civilFromDays(daysFromCivil(y, m, d))).toEqual({ year: y, month: m, day: d });
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1600, 1, 1), max: daysFromCivil(2400, 12, 31) }), (days) => {
        expect(civilFromDays(days)).toEqual(utc(days));
      }),
      { numRuns: 2000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayOf,
  FORM_ASCTIME,
  FORM_COMPACT,
  FORM_DAY_MONTH_NAME,
  FORM_EPOCH_MILLISECONDS,
  FORM_EPOCH_SECONDS,
  FORM_ISO_WEEK,
  FORM_MONTH_NAME_DAY,
  FORM_RFC2822,
  newTimestampParts,
  parseTimestamp,
  TS_INVALID,
  TS_PAIR,
} from '../../../../src/io/csv-import/timestamp';
import { civilFromDays, MINUTES_PER_DAY, wallLabel } from '../../../../src/io/csv-import/calendar';
import { timestampFormat } from '../../../../src/ui/import/import-flow';
import { importTickets, preview } from './helpers';

/** The wall clock a cell reads as ("YYYY-MM-DD HH:MM", or the date alone), its form and 12-hour flag. */
function read(raw: string): { at: string; form: number; twelve: boolean } | null {
  const p = newTimestampParts();
  const status = parseTimestamp(raw, p);
  if (status === TS_INVALID || status === TS_PAIR) return null;
  const day = dayOf(status, p, 'dmy');
  const at = p.minuteOfDay < 0 ? wallLabel(day * MINUTES_PER_DAY).slice(0, 10) : wallLabel(day * MINUTES_PER_DAY + p.minuteOfDay);
  return { at, form: p.form, twelve: p.twelveHour };
}

describe('timestamps a helpdesk writes', () => {
  it.each([
    // RFC 2822 / HTTP dates: the clock time as written, whatever the zone.
    ['Tue, 31 Oct 2017 22:10:47 GMT', '2017-10-31 22:10', FORM_RFC2822],
    ['Tue, 31 Oct 2017 22:10:47 +0000', '2017-10-31 22:10', FORM_RFC2822],
    ['Wed, 1 Nov 2017 08:05:00 -0500', '2017-11-01 08:05', FORM_RFC2822],
    ['Thu, 02 Nov 2017 09:00 PDT', '2017-11-02 09:00', FORM_RFC2822],
    // Twitter's API and C's asctime, with and without a zone.
    ['Tue Oct 31 22:10:47 +0000 2017', '2017-10-31 22:10', FORM_ASCTIME],
    ['Tue Oct 31 22:10:47 2017', '2017-10-31 22:10', FORM_ASCTIME],
    ['Wed Nov  1 07:03:00 UTC 2017', '2017-11-01 07:03', FORM_ASCTIME],
    // Unix time, told apart by magnitude.
    ['1509487847', '2017-10-31 22:10', FORM_EPOCH_SECONDS],
    ['1509487847123', '2017-10-31 22:10', FORM_EPOCH_MILLISECONDS],
    ['1509487847.5', '2017-10-31 22:10', FORM_EPOCH_SECONDS],
    ['946684800', '2000-01-01 00:00', FORM_EPOCH_SECONDS],
    ['946684800000', '2000-01-01 00:00', FORM_EPOCH_MILLISECONDS],
    // ISO week dates: 2024-W10-2 is Tuesday 5 March 2024; 2020-W53-5 is 1 January 2021; 2025-W01-1 is 30 December 2024.
    ['2024-W10-2', '2024-03-05', FORM_ISO_WEEK],
    ['2024W102', '2024-03-05', FORM_ISO_WEEK],
    ['2024-W10-2T14:07', '2024-03-05 14:07', FORM_ISO_WEEK],
    ['2024-W10', '2024-03-04', FORM_ISO_WEEK],
    ['2020-W53-5', '2021-01-01', FORM_ISO_WEEK],
    ['2025-W01-1', '2024-12-30', FORM_ISO_WEEK],
    // Digits only, year first.
    ['990101', '1999-01-01', FORM_COMPACT],
    ['20240305', '2024-03-05', FORM_COMPACT],
    ['20240305 6:55:20', '2024-03-05 06:55', FORM_COMPACT],
    // Month names in German and French.
    ['31. Okt. 2017 22:10', '2017-10-31 22:10', FORM_DAY_MONTH_NAME],
    ['Di., 31. Oktober 2017', '2017-10-31', FORM_RFC2822],
    ['1 févr. 2024 09:00', '2024-02-01 09:00', FORM_DAY_MONTH_NAME],
    ['15 août 2024', '2024-08-15', FORM_DAY_MONTH_NAME],
    ['mardi 3 décembre 2024 14:00', '2024-12-03 14:00', FORM_RFC2822],
    ['3. März 2024', '2024-03-03', FORM_DAY_MONTH_NAME],
    ['Jänner 5, 2024', '2024-01-05', FORM_MONTH_NAME_DAY],
  ])('%s', (raw, at, form) => {
    expect(read(raw)).toMatchObject({ at, form });
  });

  it('12-hour clocks wherever dates are read, and say so', () => {
    expect(read('2024-03-05 02:07 PM')).toEqual({ at: '2024-03-05 14:07', form: 1, twelve: true });
    expect(read('5 Mar 2024 12:30 a.m.')).toMatchObject({ at: '2024-03-05 00:30', twelve: true });
    expect(read('Mar 5, 2024 12:00 pm')).toMatchObject({ at: '2024-03-05 12:00', twelve: true });
    expect(read('20240305 2 PM')).toMatchObject({ at: '2024-03-05 14:00', twelve: true });
    expect(read('2024-W10-2 9:15 p.m.')).toMatchObject({ at: '2024-03-05 21:15', twelve: true });
    expect(read('2024-03-05 14:07')).toMatchObject({ twelve: false });
    expect(read('2024-03-05 13:07 PM')).toBeNull();
  });

  it.each([
    '1234567', // seven digits: neither serial, epoch nor a date
    '99999999999', // eleven digits: seconds beyond 2199, milliseconds before 1990
    '20241305', // month 13
    '2024-W54-1',
    '2021-W53-1', // 2021 has 52 weeks
    '2024-W10-8',
    'Tue Oct 31 22:10:47 +0000', // asctime without its year
    'Tue Oct 31 25:10:47 2017',
  ])('%s is not a timestamp', (raw) => {
    expect(read(raw)).toBeNull();
  });

  it('property: a date written in every form reads as the same wall-clock minute', () => {
    const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const DAY = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'];
    fc.assert(
      fc.property(fc.integer({ min: 7306, max: 84_000 }), fc.integer({ min: 0, max: 1439 }), (day, minute) => {
        const c = civilFromDays(day);
        const p2 = (n: number) => String(n).padStart(2, '0');
        const hh = Math.floor(minute / 60);
        const mm = minute % 60;
        const want = `${c.year}-${p2(c.month)}-${p2(c.day)} ${p2(hh)}:${p2(mm)}`;
        const wd = DAY[((day % 7) + 7) % 7]!;
        const h12 = hh % 12 === 0 ? 12 : hh % 12;
        const forms = [
          `${wd}, ${p2(c.day)} ${MON[c.month - 1]} ${c.year} ${p2(hh)}:${p2(mm)}:00 GMT`,
          `${wd} ${MON[c.month - 1]} ${p2(c.day)} ${p2(hh)}:${p2(mm)}:00 +0000 ${c.year}`,
          String(day * 86400 + minute * 60 + 17),
          String((day * 86400 + minute * 60) * 1000 + 999),
          `${c.year}${p2(c.month)}${p2(c.day)} ${hh}:${p2(mm)}:00`,
          `${c.year}-${p2(c.month)}-${p2(c.day)} ${h12}:${p2(mm)} ${hh < 12 ? 'AM' : 'PM'}`,
        ];
        for (const f of forms) expect(read(f)?.at, f).toBe(want);
      }),
    );
  });
});

describe('a social-media support export with Twitter timestamps', () => {
  // 300 tweets: 3 a day for 100 days from Sunday 1 October 2017 (00:10, 08:10, 16:10 UTC):
  // October 31 days (93 rows), November 30 (90), December 31 (93), then 8 days of January (24, a cut month).
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DAY = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'];
  const start = 17440; // 2017-10-01
  const lines = ['tweet_id,created_at,text'];
  for (let k = 0; k < 300; k++) {
    const day = start + Math.floor(k / 3);
    const c = civilFromDays(day);
    const hh = String((k % 3) * 8).padStart(2, '0');
    lines.push(`${9e17 + k},${DAY[day % 7]} ${MON[c.month - 1]} ${String(c.day).padStart(2, '0')} ${hh}:10:47 +0000 ${c.year},"@help my order #${k} is late"`);
  }
  const text = lines.join('\n');

  it('finds the created time, names the form and reads every row', () => {
    const p = preview(text);
    expect(p.tickets.created).toBe(1);
    expect(timestampFormat(p, 1)).toBe('Format found: Twitter / asctime (Tue Oct 31 22:10:47 +0000 2017).');
    const scan = importTickets(text);
    expect(scan.report.importedRows).toBe(300);
    expect(scan.report.rejectedRows).toBe(0);
    expect(scan.aggregates.kind === 'tickets' && scan.aggregates.dated!.months.map((m) => [m.month, m.contacts, m.complete])).toEqual([
      ['2017-10', 93, true],
      ['2017-11', 90, true],
      ['2017-12', 93, true],
      ['2018-01', 24, false],
    ]);
  });
});

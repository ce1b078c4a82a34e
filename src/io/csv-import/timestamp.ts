/**
 * Timestamps as wall-clock times, parsed by hand.
 *
 * Ticket exports write local clock times without an offset. `new Date(string)` would read
 * them in the browser's zone (and differently per browser), so a Monday 09:00 ticket could
 * land on Monday 14:00 in another zone. Here every timestamp becomes a count of minutes on
 * a zone-less civil clock (days since 1970-01-01 x 1440 + minutes of the day), computed
 * with integer arithmetic only. Timestamps that carry an offset (`Z`, `+02:00`) keep the
 * clock time as written: the export's own clock is the one the contact centre works to,
 * and there is no other zone to convert to.
 */

import { MINUTES_PER_DAY, cachedDays, daysFromCivil, isValidDate, widenYear } from './calendar';

/** The two readings of a numeric date whose first part may be the day or the month. */
export type DateOrder = 'dmy' | 'mdy';

/** The reading of one timestamp cell. Reused between calls to avoid allocation per row. */
export interface TimestampParts {
  /** Calendar year (four digits after two-digit years are widened). */
  year: number;
  /** For `resolved`: the month (1-12). For `pair`: the first of the two numbers. */
  first: number;
  /** For `resolved`: the day of month. For `pair`: the second of the two numbers. */
  second: number;
  /** Minutes after midnight, or -1 when the cell holds a date without a time of day. */
  minuteOfDay: number;
  /** Days since 1970-01-01 when the cell was a serial or epoch number (already resolved). */
  epochDay: number;
  /** Which written form was read (one of the `FORM_` codes), for the mapping step to show. */
  form: number;
  /** Whether the time was written on a 12-hour clock (AM/PM). */
  twelveHour: boolean;
}

/** The written forms {@link parseTimestamp} reads, as shown in the mapping step. */
export const FORM_ISO = 1;
export const FORM_NUMERIC = 2;
export const FORM_DAY_MONTH_NAME = 3;
export const FORM_MONTH_NAME_DAY = 4;
export const FORM_RFC2822 = 5;
export const FORM_ASCTIME = 6;
export const FORM_SERIAL = 7;
export const FORM_EPOCH_SECONDS = 8;
export const FORM_EPOCH_MILLISECONDS = 9;
export const FORM_ISO_WEEK = 10;
export const FORM_COMPACT = 11;

const FORM_LABELS: Readonly<Record<number, string>> = {
  [FORM_ISO]: 'year-month-day (2024-03-05 14:07)',
  [FORM_NUMERIC]: 'day and month as numbers (05/03/2024 14:07)',
  [FORM_DAY_MONTH_NAME]: 'day, month name, year (5 Mar 2024)',
  [FORM_MONTH_NAME_DAY]: 'month name, day, year (Mar 5, 2024)',
  [FORM_RFC2822]: 'RFC 2822 / HTTP date (Tue, 31 Oct 2017 22:10:47 GMT)',
  [FORM_ASCTIME]: 'Twitter / asctime (Tue Oct 31 22:10:47 +0000 2017)',
  [FORM_SERIAL]: 'spreadsheet day numbers (45356.59)',
  [FORM_EPOCH_SECONDS]: 'Unix time in seconds (1509487847), read on the UTC clock',
  [FORM_EPOCH_MILLISECONDS]: 'Unix time in milliseconds (1509487847000), read on the UTC clock',
  [FORM_ISO_WEEK]: 'ISO week date (2024-W10-2)',
  [FORM_COMPACT]: 'digits only, year first (20240305 or 240305)',
};

/** The label of a form code (empty for none). */
export function formLabel(form: number, twelveHour = false): string {
  const label = FORM_LABELS[form] ?? '';
  return label && twelveHour ? `${label}, 12-hour clock (2:07 PM)` : label;
}

/** Outcome of {@link parseTimestamp}. */
export const TS_INVALID = 0;
/** Year, month and day are known (ISO, month names, spreadsheet serials, epoch numbers). */
export const TS_RESOLVED = 1;
/** A numeric date such as 03/04/2024: day/month or month/day is still open. */
export const TS_PAIR = 2;
/** Epoch-based: `epochDay` holds the day. */
export const TS_EPOCH_DAY = 3;

export type TimestampStatus = typeof TS_INVALID | typeof TS_RESOLVED | typeof TS_PAIR | typeof TS_EPOCH_DAY;

export function newTimestampParts(): TimestampParts {
  return { year: 0, first: 0, second: 0, minuteOfDay: -1, epochDay: 0, form: 0, twelveHour: false };
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  // German (and Austrian) names, written out and abbreviated as spreadsheets write them.
  januar: 1,
  jänner: 1,
  jän: 1,
  jaen: 1,
  februar: 2,
  mär: 3,
  märz: 3,
  mrz: 3,
  maerz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  okt: 10,
  oktober: 10,
  dez: 12,
  dezember: 12,
  // French names, with and without accents.
  janv: 1,
  janvier: 1,
  févr: 2,
  fevr: 2,
  février: 2,
  fevrier: 2,
  mars: 3,
  avr: 4,
  avril: 4,
  juin: 6,
  juil: 7,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  déc: 12,
  décembre: 12,
  decembre: 12,
};

// "mar" is March, never the French Tuesday: only whole French weekday names are skipped.
const WEEKDAYS = new Set([
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
  'mo',
  'di',
  'mi',
  'do',
  'fr',
  'sa',
  'so',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'lun',
  'mer',
  'jeu',
  'ven',
  'sam',
  'dim',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
]);

// Token buffers, reused: a timestamp has at most a dozen tokens.
const MAX_TOKENS = 16;
const T_NUM = 1;
const T_WORD = 2;
const tokType = new Int8Array(MAX_TOKENS);
const tokNum = new Float64Array(MAX_TOKENS);
const tokDigits = new Int8Array(MAX_TOKENS);
/** Separator character code just before each token (0 when none). */
const tokSep = new Int32Array(MAX_TOKENS);
const tokWord: string[] = new Array<string>(MAX_TOKENS).fill('');

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** Splits a cell into number and word tokens; returns the count, or -1 when it cannot be a timestamp. */
function tokenize(s: string): number {
  let n = 0;
  let i = 0;
  const len = s.length;
  let sep = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      if (n >= MAX_TOKENS) return -1;
      let v = 0;
      const start = i;
      while (i < len && isDigit(s.charCodeAt(i))) {
        v = v * 10 + (s.charCodeAt(i) - 48);
        i++;
      }
      if (i - start > 15) return -1;
      tokType[n] = T_NUM;
      tokNum[n] = v;
      tokDigits[n] = i - start;
      tokSep[n] = sep;
      sep = 0;
      n++;
    } else if (isLetter(c)) {
      if (n >= MAX_TOKENS) return -1;
      const start = i;
      while (i < len && isLetter(s.charCodeAt(i))) i++;
      if (i - start > 12) return -1;
      tokType[n] = T_WORD;
      tokWord[n] = s.slice(start, i).toLowerCase();
      tokSep[n] = sep;
      sep = 0;
      n++;
    } else {
      // Keep the most telling separator between two tokens (':' '/' '-' '.' '+' ',').
      if (c !== 32 && c !== 9 && c !== 160) sep = c;
      else if (sep === 0) sep = 32;
      i++;
    }
  }
  return n;
}

const COLON = 58;
const SLASH = 47;
const DASH = 45;
const DOT = 46;
const PLUS = 43;

/** Token index where {@link readTime} stopped (with `trailing`). */
let timeEnd = 0;
/** Whether the last {@link readTime} read AM or PM. */
let timeTwelve = false;

/**
 * Reads the time of day from token `i` on; returns minutes after midnight, -1 when there
 * is no time, or -2 when the time is malformed. With `trailing`, tokens may follow the
 * time and its zone (the year of the asctime form); {@link timeEnd} says where they start.
 */
function readTime(n: number, i: number, s: string, trailing = false): number {
  timeTwelve = false;
  timeEnd = n;
  if (i >= n) return -1;
  // 'T' between date and time (ISO): a word token "t" or a word glued to the hour.
  if (tokType[i] === T_WORD && tokWord[i] === 't') i++;
  if (i >= n) return -2;
  if (tokType[i] !== T_NUM) {
    // Trailing zone words such as "UTC" or "GMT" with no time: date only.
    return isZoneWord(tokWord[i] ?? '') && i === n - 1 ? -1 : -2;
  }
  const hDigits = tokDigits[i] ?? 0;
  let hour = tokNum[i] ?? 0;
  let minute = 0;
  let j = i + 1;
  if (j < n && tokType[j] === T_NUM && tokSep[j] === COLON) {
    minute = tokNum[j] ?? 0;
    j++;
    if (j < n && tokType[j] === T_NUM && tokSep[j] === COLON) {
      const second = tokNum[j] ?? 0;
      if (second > 59) return -2;
      j++;
      // Fractions of a second.
      if (j < n && tokType[j] === T_NUM && (tokSep[j] === DOT || tokSep[j] === 44)) j++;
    }
  } else if (hDigits === 4) {
    // "1430" compact time.
    minute = hour % 100;
    hour = Math.floor(hour / 100);
  } else if (!(j < n && tokType[j] === T_WORD && isMeridiem(tokWord[j] ?? ''))) {
    return -2;
  }
  if (hDigits > 2 && hDigits !== 4) return -2;
  if (j < n && tokType[j] === T_WORD && isMeridiem(tokWord[j] ?? '')) {
    if (hour < 1 || hour > 12) return -2;
    const pm = (tokWord[j] ?? '').charCodeAt(0) === 112;
    hour = (hour % 12) + (pm ? 12 : 0);
    j++;
    // "p.m." is read as two words.
    if ((tokWord[j - 1] === 'a' || tokWord[j - 1] === 'p') && j < n && tokType[j] === T_WORD && tokWord[j] === 'm') j++;
    timeTwelve = true;
  }
  if (hour > 23 || minute > 59) return -2;
  // What may follow: a zone (Z, UTC, GMT, +02:00, +0200, -05). The clock time stays as written.
  if (j < n) {
    if (tokType[j] === T_WORD) {
      if (!isZoneWord(tokWord[j] ?? '')) return -2;
      j++;
    }
    if (j < n && tokType[j] === T_NUM && (tokSep[j] === PLUS || tokSep[j] === DASH)) {
      j++;
      if (j < n && tokType[j] === T_NUM && tokSep[j] === COLON) j++;
    }
    timeEnd = j;
    if (j < n && !trailing) return -2;
  }
  void s;
  return hour * 60 + minute;
}

function isMeridiem(w: string): boolean {
  return w === 'am' || w === 'pm' || w === 'a' || w === 'p';
}

/** Zone names written after a time (RFC 2822's own, and a few common ones): the clock time stays as written. */
const ZONE_WORDS = new Set(['z', 'utc', 'gmt', 'ut', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'cet', 'cest', 'bst', 'ist', 'mez', 'mesz']);

function isZoneWord(w: string): boolean {
  return ZONE_WORDS.has(w);
}

/**
 * Parses one timestamp cell into `out`. Accepted: ISO 8601 (`2024-03-05 14:07`,
 * `2024-03-05T14:07:00.000Z`), year first with `/` or `.`, day and month in either order
 * (`05/03/2024 2:07 PM`, `5.3.24 14:07`), month names in English, German and French
 * (`5 Mar 2024`, `Mar 5, 2024`, `05-Mar-24`, `31. Okt. 2017`), RFC 2822 / HTTP dates
 * (`Tue, 31 Oct 2017 22:10:47 GMT`), the asctime form with or without a zone, as Twitter
 * writes it (`Tue Oct 31 22:10:47 +0000 2017`), ISO week dates (`2024-W10-2`,
 * `2024W102`), digits only, year first (`20240305`, `240305`, with a time), spreadsheet
 * serial numbers (`45356.59`) and Unix time in seconds or milliseconds (read on the UTC
 * clock). Times may be on a 12-hour clock (`2:07 PM`, `2 p.m.`).
 */
export function parseTimestamp(raw: string, out: TimestampParts): TimestampStatus {
  if (readIsoFast(raw, out)) {
    out.form = FORM_ISO;
    out.twelveHour = false;
    return TS_RESOLVED;
  }
  const status = parseGeneral(raw, out);
  out.twelveHour = status !== TS_INVALID && timeTwelve;
  return status;
}

function parseGeneral(raw: string, out: TimestampParts): TimestampStatus {
  timeTwelve = false;
  const n = tokenize(raw);
  if (n <= 0) return TS_INVALID;
  let i = 0;
  const weekday = tokType[0] === T_WORD && WEEKDAYS.has(tokWord[0] ?? '');
  if (weekday) i = 1;
  if (i >= n) return TS_INVALID;

  if (tokType[i] === T_NUM) {
    const d0 = tokDigits[i] ?? 0;
    const v0 = tokNum[i] ?? 0;
    // A bare number: spreadsheet serial day, Unix time, or digits of a date (20240305).
    if (i === 0 && (n === 1 || (n === 2 && tokType[1] === T_NUM && (tokSep[1] === DOT || tokSep[1] === 44)))) {
      if ((d0 === 8 || d0 === 6) && n === 1 && readCompact(v0, d0, -1, out)) return TS_RESOLVED;
      return readSerial(raw, d0, v0, n, out);
    }
    // Digits of a date followed by a time: 20240305 14:07, 240305 6:55:20.
    if (i === 0 && (d0 === 8 || d0 === 6) && tokType[1] === T_NUM && tokSep[1] !== DOT && tokSep[1] !== SLASH && tokSep[1] !== DASH) {
      const time = readTime(n, 1, raw);
      return time !== -2 && readCompact(v0, d0, time, out) ? TS_RESOLVED : TS_INVALID;
    }
    if (d0 === 4 && tokType[i + 1] === T_WORD && tokWord[i + 1] === 'w') return readIsoWeek(n, i, raw, out);
    if (i + 2 >= n) return TS_INVALID;
    const sep1 = tokSep[i + 1] ?? 0;
    if (d0 === 4) {
      // Year first: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYY-Mon-DD.
      const year = v0;
      let month: number;
      if (tokType[i + 1] === T_NUM) month = tokNum[i + 1] ?? 0;
      else month = MONTHS[tokWord[i + 1] ?? ''] ?? 0;
      if (tokType[i + 2] !== T_NUM || (tokDigits[i + 2] ?? 0) > 2) return TS_INVALID;
      if (sep1 !== DASH && sep1 !== SLASH && sep1 !== DOT) return TS_INVALID;
      const day = tokNum[i + 2] ?? 0;
      const time = readTime(n, i + 3, raw);
      if (time === -2 || !isValidDate(year, month, day)) return TS_INVALID;
      return resolved(out, year, month, day, time, FORM_ISO);
    }
    if (d0 > 2) return TS_INVALID;
    if (tokType[i + 1] === T_WORD) {
      // Day, month name, year: 5 Mar 2024, 05-Mar-24, Tue, 31 Oct 2017 22:10:47 GMT.
      const month = MONTHS[tokWord[i + 1] ?? ''] ?? 0;
      if (month === 0 || tokType[i + 2] !== T_NUM) return TS_INVALID;
      const yd = tokDigits[i + 2] ?? 0;
      if (yd !== 2 && yd !== 4) return TS_INVALID;
      const year = widenYear(tokNum[i + 2] ?? 0, yd);
      const time = readTime(n, i + 3, raw);
      if (time === -2 || !isValidDate(year, month, v0)) return TS_INVALID;
      return resolved(out, year, month, v0, time, weekday ? FORM_RFC2822 : FORM_DAY_MONTH_NAME);
    }
    // Numeric day and month in an unknown order: 05/03/2024, 5-3-24, 05.03.2024.
    const sep2 = tokSep[i + 2] ?? 0;
    if (sep1 !== sep2 || (sep1 !== SLASH && sep1 !== DASH && sep1 !== DOT)) return TS_INVALID;
    if ((tokDigits[i + 1] ?? 0) > 2 || tokType[i + 2] !== T_NUM) return TS_INVALID;
    const yd = tokDigits[i + 2] ?? 0;
    if (yd !== 2 && yd !== 4) return TS_INVALID;
    const time = readTime(n, i + 3, raw);
    if (time === -2) return TS_INVALID;
    out.year = widenYear(tokNum[i + 2] ?? 0, yd);
    out.first = v0;
    out.second = tokNum[i + 1] ?? 0;
    out.minuteOfDay = time;
    out.form = FORM_NUMERIC;
    return TS_PAIR;
  }

  // Month name first: Mar 5, 2024 / March 5 2024 10:00 / Tue Oct 31 22:10:47 +0000 2017.
  const month = MONTHS[tokWord[i] ?? ''] ?? 0;
  if (month === 0 || i + 2 >= n || tokType[i + 1] !== T_NUM || tokType[i + 2] !== T_NUM) return TS_INVALID;
  const day = tokNum[i + 1] ?? 0;
  if ((tokDigits[i + 1] ?? 0) > 2) return TS_INVALID;
  if (tokSep[i + 3] === COLON && (tokDigits[i + 2] ?? 0) <= 2) {
    // asctime: the time, an optional zone, then the year last.
    const time = readTime(n, i + 2, raw, true);
    const y = timeEnd;
    if (time < 0 || y !== n - 1 || tokType[y] !== T_NUM || tokDigits[y] !== 4) return TS_INVALID;
    const year = tokNum[y] ?? 0;
    if (!isValidDate(year, month, day)) return TS_INVALID;
    return resolved(out, year, month, day, time, FORM_ASCTIME);
  }
  const yd = tokDigits[i + 2] ?? 0;
  if (yd !== 2 && yd !== 4) return TS_INVALID;
  const year = widenYear(tokNum[i + 2] ?? 0, yd);
  const time = readTime(n, i + 3, raw);
  if (time === -2 || !isValidDate(year, month, day)) return TS_INVALID;
  return resolved(out, year, month, day, time, FORM_MONTH_NAME_DAY);
}

function resolved(out: TimestampParts, year: number, month: number, day: number, time: number, form: number): TimestampStatus {
  out.year = year;
  out.first = month;
  out.second = day;
  out.minuteOfDay = time;
  out.form = form;
  return TS_RESOLVED;
}

/** `YYYYMMDD` or `YYMMDD` (two-digit years widened as elsewhere); false when not a real date. */
function readCompact(v: number, digits: number, time: number, out: TimestampParts): boolean {
  const yearPart = Math.floor(v / 10_000);
  const year = digits === 8 ? yearPart : widenYear(yearPart, 2);
  const month = Math.floor(v / 100) % 100;
  const day = v % 100;
  if (!isValidDate(year, month, day)) return false;
  resolved(out, year, month, day, time, FORM_COMPACT);
  return true;
}

/** Days since 1970-01-01 of the Monday of ISO week 1 of `year` (the week holding 4 January). */
function isoWeekOne(year: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  const weekday = (((jan4 + 3) % 7) + 7) % 7;
  return jan4 - weekday;
}

/** ISO week date from token `i` (the year): 2024-W10-2, 2024W102, 2024-W10 (its Monday), with a time. */
function readIsoWeek(n: number, i: number, raw: string, out: TimestampParts): TimestampStatus {
  const year = tokNum[i] ?? 0;
  const w = i + 2;
  if (w >= n || tokType[w] !== T_NUM || tokSep[w] !== 0) return TS_INVALID;
  let week = tokNum[w] ?? 0;
  let weekday = 1;
  let next = w + 1;
  if (tokDigits[w] === 3) {
    weekday = week % 10;
    week = Math.floor(week / 10);
  } else if (tokDigits[w] !== 2) {
    return TS_INVALID;
  } else if (next < n && tokType[next] === T_NUM && tokSep[next] === DASH && tokDigits[next] === 1) {
    weekday = tokNum[next] ?? 0;
    next++;
  }
  if (year < 1900 || year > 2199 || week < 1 || weekday < 1 || weekday > 7) return TS_INVALID;
  const monday = isoWeekOne(year);
  const day = monday + (week - 1) * 7 + (weekday - 1);
  if (day >= isoWeekOne(year + 1)) return TS_INVALID;
  const time = readTime(n, next, raw);
  if (time === -2) return TS_INVALID;
  out.epochDay = day;
  out.minuteOfDay = time;
  out.form = FORM_ISO_WEEK;
  return TS_EPOCH_DAY;
}

/**
 * `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` and `YYYY-MM-DD HH:MM:SS` (space or T), read by
 * position: the form of most large exports, and the hot path of an import. Anything else
 * (or an invalid date) goes to the general reader.
 */
function readIsoFast(s: string, out: TimestampParts): boolean {
  return readIsoFastAt(s, 0, s.length, out);
}

/** {@link readIsoFast} on `text[start, end)`, read where it lies (a cell of a chunk). */
export function readIsoFastAt(text: string, start: number, end: number, out: TimestampParts): boolean {
  const len = end - start;
  if ((len !== 10 && len !== 16 && len !== 19) || text.charCodeAt(start + 4) !== DASH || text.charCodeAt(start + 7) !== DASH) return false;
  // Each digit once, straight through: the hot path of a large import.
  const y0 = text.charCodeAt(start) - 48;
  const y1 = text.charCodeAt(start + 1) - 48;
  const y2 = text.charCodeAt(start + 2) - 48;
  const y3 = text.charCodeAt(start + 3) - 48;
  const m0 = text.charCodeAt(start + 5) - 48;
  const m1 = text.charCodeAt(start + 6) - 48;
  const d0 = text.charCodeAt(start + 8) - 48;
  const d1 = text.charCodeAt(start + 9) - 48;
  if (!isDigit9(y0) || !isDigit9(y1) || !isDigit9(y2) || !isDigit9(y3) || !isDigit9(m0) || !isDigit9(m1) || !isDigit9(d0) || !isDigit9(d1)) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (!isValidDate(year, month, day)) return false;
  let minuteOfDay = -1;
  if (len > 10) {
    const sep = text.charCodeAt(start + 10);
    if ((sep !== 32 && sep !== 84) || text.charCodeAt(start + 13) !== COLON) return false;
    const h0 = text.charCodeAt(start + 11) - 48;
    const h1 = text.charCodeAt(start + 12) - 48;
    const n0 = text.charCodeAt(start + 14) - 48;
    const n1 = text.charCodeAt(start + 15) - 48;
    if (!isDigit9(h0) || !isDigit9(h1) || !isDigit9(n0) || !isDigit9(n1)) return false;
    const hour = h0 * 10 + h1;
    const minute = n0 * 10 + n1;
    if (hour > 23 || minute > 59) return false;
    if (len === 19) {
      const s0 = text.charCodeAt(start + 17) - 48;
      const s1 = text.charCodeAt(start + 18) - 48;
      if (text.charCodeAt(start + 16) !== COLON || !isDigit9(s0) || !isDigit9(s1) || s0 * 10 + s1 > 59) return false;
    }
    minuteOfDay = hour * 60 + minute;
  }
  resolved(out, year, month, day, minuteOfDay, FORM_ISO);
  out.twelveHour = false;
  return true;
}

/** Whether `c` (a character code minus 48) is a digit. */
function isDigit9(c: number): boolean {
  return c >= 0 && c <= 9;
}

/** Unix seconds of 1990-01-01 and of 2200-01-01: the window in which a bare number is read as Unix time. */
const EPOCH_FROM = 631_152_000;
const EPOCH_TO = 7_258_118_400;

/**
 * A bare number: Unix time or a spreadsheet serial day, told apart by magnitude. Seconds
 * and milliseconds between 1990 and 2199 are 9-10 and 12-13 digits long and never
 * overlap, so the size of the number says which it is; five digits are a spreadsheet
 * serial day (days since 1899-12-30, fraction = time of day). Anything else is no date.
 */
function readSerial(raw: string, digits: number, whole: number, n: number, out: TimestampParts): TimestampStatus {
  const trimmed = raw.trim().replace(',', '.');
  if (digits >= 9 && digits <= 13) {
    const value = n === 1 ? whole : Number(trimmed);
    let seconds: number;
    if (whole >= EPOCH_FROM && whole < EPOCH_TO) {
      seconds = Math.floor(value);
      out.form = FORM_EPOCH_SECONDS;
    } else if (whole >= EPOCH_FROM * 1000 && whole < EPOCH_TO * 1000) {
      seconds = Math.floor(value / 1000);
      out.form = FORM_EPOCH_MILLISECONDS;
    } else {
      return TS_INVALID;
    }
    if (!Number.isFinite(seconds)) return TS_INVALID;
    const day = Math.floor(seconds / 86400);
    out.epochDay = day;
    out.minuteOfDay = Math.floor((seconds - day * 86400) / 60);
    return TS_EPOCH_DAY;
  }
  // 1954-10-03 .. 2173-10-14: the range where a five-digit number is plausibly a date.
  if (digits !== 5 || whole < 20000) return TS_INVALID;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return TS_INVALID;
  const serialDay = Math.floor(value);
  const fraction = value - serialDay;
  // 1899-12-30 is day -25569 relative to 1970-01-01.
  out.epochDay = serialDay - 25569;
  out.minuteOfDay = n === 1 ? -1 : Math.min(MINUTES_PER_DAY - 1, Math.round(fraction * MINUTES_PER_DAY));
  out.form = FORM_SERIAL;
  return TS_EPOCH_DAY;
}

/**
 * Minutes after midnight of a time-of-day cell (a time in a column of its own, beside a
 * date column): `6:55:20`, `14:07`, `2:07 PM`, `1430`, `065520`, a spreadsheet day
 * fraction (`0.2884`), or a full timestamp whose time is taken. -1 when it is no time.
 */
export function parseTimeOfDay(raw: string): number {
  const n = tokenize(raw);
  if (n <= 0) return -1;
  if (tokType[0] === T_NUM) {
    if (n === 1 && tokDigits[0] === 6) {
      const v = tokNum[0] ?? 0;
      const h = Math.floor(v / 10_000);
      const m = Math.floor(v / 100) % 100;
      return h <= 23 && m <= 59 && v % 100 <= 59 ? h * 60 + m : -1;
    }
    // A day fraction: 0.2884 is 06:55.
    if (n === 2 && tokNum[0] === 0 && tokDigits[0] === 1 && (tokSep[1] === DOT || tokSep[1] === 44)) {
      const f = Number(raw.trim().replace(',', '.'));
      return f >= 0 && f < 1 ? Math.min(MINUTES_PER_DAY - 1, Math.round(f * MINUTES_PER_DAY)) : -1;
    }
    if (tokDigits[0]! <= 2 || (n === 1 && tokDigits[0] === 4) || (tokDigits[0] === 4 && tokType[1] === T_WORD)) {
      const t = readTime(n, 0, raw);
      if (t >= 0) return t;
    }
  }
  const p = newTimestampParts();
  if (parseTimestamp(raw, p) !== TS_INVALID) return p.minuteOfDay;
  // A time alone as spreadsheets export it: on their day zero, 1899-12-30.
  if (outOfRangeYear(raw) !== null && parseTimestamp(raw.replace(/\d{4}/, '2000'), p) !== TS_INVALID) return p.minuteOfDay;
  return -1;
}

/**
 * The year of a timestamp that is well formed but outside the years read (1900-2199), such
 * as 0001-01-01 or 31/12/9999 (placeholders some systems write for "no date"); null for
 * anything else. The column still reads as dates (so it is found), and such rows are
 * rejected naming the year.
 */
export function outOfRangeYear(raw: string): number | null {
  const m = /(^|[^\d])(\d{4})(?!\d)/.exec(raw);
  if (m === null) return null;
  const year = Number(m[2]);
  if (year >= 1900 && year <= 2199) return null;
  const at = m.index + m[1]!.length;
  const probe = `${raw.slice(0, at)}2000${raw.slice(at + 4)}`;
  return parseTimestamp(probe, scratch) === TS_INVALID ? null : year;
}

const scratch = newTimestampParts();

/**
 * Day number of a parsed timestamp under a date order, or NaN when it is not a real date
 * in that order. `order` matters only for {@link TS_PAIR}.
 */
export function dayOf(status: TimestampStatus, p: TimestampParts, order: DateOrder): number {
  if (status === TS_EPOCH_DAY) return p.epochDay;
  if (status === TS_RESOLVED) return cachedDays(p.year, p.first, p.second);
  if (status !== TS_PAIR) return NaN;
  const month = order === 'dmy' ? p.second : p.first;
  const day = order === 'dmy' ? p.first : p.second;
  return isValidDate(p.year, month, day) ? daysFromCivil(p.year, month, day) : NaN;
}

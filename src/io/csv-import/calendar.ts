/**
 * Calendar arithmetic on a zone-less civil clock (days since 1970-01-01, minutes of the
 * week), in integers only: what the timestamp reader and the import's aggregation share.
 * Why zone-less: see timestamp.ts.
 */

/** Minutes in a day. */
export const MINUTES_PER_DAY = 1440;

/**
 * Two-digit years follow the spreadsheet convention (Excel, LibreOffice): 00-29 are
 * 2000-2029, 30-99 are 1930-1999.
 */
export function widenYear(y: number, digits: number): number {
  if (digits > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
}

/** Whether (y, m, d) is a real calendar date in the accepted range (1900-2199). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// A direct-mapped cache of day numbers: an export's dates repeat, often not in order.
const DAY_CACHE = 1024;
const cacheKey = new Int32Array(DAY_CACHE).fill(-1);
const cacheDays = new Int32Array(DAY_CACHE);

/** {@link daysFromCivil} of a valid date, from the cache when the date was seen before. */
export function cachedDays(y: number, m: number, d: number): number {
  const key = y * 512 + m * 32 + d;
  const slot = key & (DAY_CACHE - 1);
  if (cacheKey[slot] === key) return cacheDays[slot]!;
  const days = daysFromCivil(y, m, d);
  cacheKey[slot] = key;
  cacheDays[slot] = days;
  return days;
}

/** The civil date of a day count since 1970-01-01: its month from {@link monthIndexOfDay}, its day counted from the first of that month. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const monthIndex = monthIndexOfDay(days);
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return { year, month, day: days - daysFromCivil(year, month, 1) + 1 };
}

/** Hour of the week (0-167, Monday 00:00 first) of a wall-clock minute count. */
export function hourOfWeek(wallMinute: number): number {
  const day = Math.floor(wallMinute / MINUTES_PER_DAY);
  // 1970-01-01 was a Thursday: index 3 when Monday is 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const hour = Math.floor((wallMinute - day * MINUTES_PER_DAY) / 60);
  return weekday * 24 + hour;
}

/** Month index (year x 12 + month - 1) of a day count since 1970-01-01 (Hinnant's `civil_from_days`), without allocating: the import counts every row's month with it. */
export function monthIndexOfDay(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (month <= 2 ? 1 : 0)) * 12 + month - 1;
}

/** `YYYY-MM` label of a month index. */
export function monthLabel(monthIndex: number): string {
  const y = Math.floor(monthIndex / 12);
  const m = monthIndex - y * 12 + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}

/** `YYYY-MM-DD HH:MM` label of a wall-clock minute count. */
export function wallLabel(wallMinute: number): string {
  const day = Math.floor(wallMinute / MINUTES_PER_DAY);
  const c = civilFromDays(day);
  const mod = wallMinute - day * MINUTES_PER_DAY;
  const p = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  return `${c.year}-${p(c.month)}-${p(c.day)} ${p(Math.floor(mod / 60))}:${p(mod % 60)}`;
}

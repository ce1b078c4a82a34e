/**
 * Display formatting with Intl: currency, counts, percentages, minutes and months.
 * Every formatter turns a missing or non-finite value into an en dash, so NaN or
 * Infinity never reaches the screen. Formatters are cached per locale and options.
 */
import { minorUnitDigits, type Money } from '../model';
import { plainNumberText, userLocale } from '../io/locale-number';

/** The dash shown where a figure does not exist (a payback never reached). */
export const NONE = '—';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * The user's locale in a browser, en-US elsewhere (tests, and the first screen rendered at
 * build time, which the page takes over only where the locale reads the same: hydration.ts).
 * Asked of `window`, not `navigator`: Node 21 and later have a `navigator` too, with the
 * build machine's language.
 */
export function defaultLocale(): string {
  return userLocale();
}

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      // An unknown currency code or locale falls back to plain numbers rather than throwing.
      const { currency: _currency, style: _style, currencyDisplay: _display, ...rest } = options;
      f = new Intl.NumberFormat('en-US', rest);
    }
    cache.set(key, f);
  }
  return f;
}

function toNumber(x: number | Money | null | undefined): number | null {
  if (x === null || x === undefined) return null;
  const n = typeof x === 'number' ? x : x.toNumber();
  return Number.isFinite(n) ? n : null;
}

export interface MoneyOptions {
  locale?: string;
  /** Whole units (no cents): for large figures in tables and charts. */
  whole?: boolean;
  /** Compact notation ($1.2M): for chart axes. */
  compact?: boolean;
  /** A unit price as given, up to 6 decimals (never fewer than the currency's): for worked formulas. */
  exact?: boolean;
}

/**
 * An amount of money in the scenario's currency in its own minor unit, e.g. `$12,345.67`,
 * `¥5,328,920`, `BHD 15,788.540`.
 */
export function formatMoney(x: number | Money | null | undefined, currency: string, opts: MoneyOptions = {}): string {
  const n = toNumber(x);
  if (n === null) return NONE;
  const minor = minorUnitDigits(currency);
  const options: Intl.NumberFormatOptions = opts.compact
    ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }
    : opts.whole
      ? { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }
      : { style: 'currency', currency, minimumFractionDigits: minor, maximumFractionDigits: opts.exact ? Math.max(minor, 6) : minor };
  return withMinus(formatter(opts.locale ?? defaultLocale(), options).format(n));
}

/**
 * A shown figure with a true minus sign (U+2212), as the page writes a loss and a signed
 * difference: Intl writes a hyphen in most locales ("-$2,000" beside "−$2,000"). For the
 * page only: files and fields write plain numbers.
 */
function withMinus(text: string): string {
  return text.replace(/^([^\d-]*)-/, '$1−');
}

/** A count or quantity with grouping, e.g. `1,234.5`; `digits` is the maximum of decimals. */
export function formatNumber(x: number | null | undefined, digits = 0, locale = defaultLocale()): string {
  const n = toNumber(x);
  if (n === null) return NONE;
  // -0.4 rounded to 0 decimals prints "-0"; show it as 0.
  const rounded = Math.abs(n) < 0.5 * Math.pow(10, -digits) ? 0 : n;
  return withMinus(formatter(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(rounded));
}

/** A figure with exactly `digits` decimals (`6.0`, `10.3`), for table columns that line up; grouped in the locale. */
export function formatFixed(x: number | null | undefined, digits: number, locale = defaultLocale()): string {
  const n = toNumber(x);
  if (n === null) return NONE;
  const rounded = Math.abs(n) < 0.5 * Math.pow(10, -digits) ? 0 : n;
  return withMinus(formatter(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(rounded));
}

/** A percent number (0-100, as the model holds rates) as `12.3 %` in the user's locale. */
export function formatPct(x: number | null | undefined, digits = 1, locale = defaultLocale()): string {
  const n = toNumber(x);
  if (n === null) return NONE;
  // A share that rounds to nothing is 0 %, not "-0%"; a negative one has a true minus, as money has.
  const rounded = Math.abs(n) < 0.5 * Math.pow(10, -digits) ? 0 : n;
  return withMinus(formatter(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(rounded / 100));
}

/** Minutes, e.g. `6.4 min`. */
export function formatMinutes(x: number | null | undefined, digits = 1, locale = defaultLocale()): string {
  const n = toNumber(x);
  return n === null ? NONE : `${formatNumber(n, digits, locale)} min`;
}

/** Seconds, e.g. `42 s`. */
export function formatSeconds(x: number | null | undefined, digits = 0, locale = defaultLocale()): string {
  const n = toNumber(x);
  return n === null ? NONE : `${formatNumber(n, digits, locale)} s`;
}

/** A mean wait in seconds; unbounded where a queue grows without end (fixed seats at or below its load, docs/METHOD.md, "Staffing"). */
export function formatWait(x: number | null | undefined, digits = 1, locale = defaultLocale()): string {
  return x === Infinity ? 'unbounded: the queue grows without end in the busiest hours' : formatSeconds(x, digits, locale);
}

/** A number of months, e.g. `3.4 months`, `1 month`; null reads "not within the horizon". */
export function formatMonths(x: number | null | undefined, locale = defaultLocale()): string {
  const n = toNumber(x);
  if (n === null) return 'not within the horizon';
  const text = formatNumber(n, 1, locale);
  // Paid back within the first month (or with nothing to pay back): not "0 months".
  if (n >= 0 && text === formatNumber(0, 1, locale)) return 'less than a month';
  return `${text} ${text === '1' ? 'month' : 'months'}`;
}

/** "A", "A and B", "A, B and C": names or figures listed in a sentence. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * `x` rounded to `digits` decimals as the page shows it (halves away from zero, as Intl
 * rounds): a difference taken between two shown figures is then the difference of what is
 * shown (0.3 and 0.2 differ by 0.1, where their unrounded 0.26 and 0.24 gave "±0").
 */
export function asShown(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}

/** A signed difference for comparison tables: `+$1,234` / `−$1,234` (a real minus sign), `±0` for none. */
export function signed(x: number, format: (magnitude: number) => string): string {
  if (!Number.isFinite(x)) return NONE;
  const text = format(Math.abs(x));
  if (text === format(0)) return `±${text}`;
  return x > 0 ? `+${text}` : `−${text}`;
}

/**
 * A value for an input field: plain, unrounded beyond `digits` decimals, no grouping, with
 * the locale's decimal separator, so that it reads back as the same number there. A value
 * that is not 0 is never shown as 0: it gets the decimals it needs (up to 12).
 */
export function inputText(x: number, digits = 4, locale = defaultLocale()): string {
  const text = plainNumberText(x, digits, locale);
  return x !== 0 && Number.isFinite(x) && Math.round(x * Math.pow(10, digits)) === 0 ? plainNumberText(x, 12, locale) : text;
}

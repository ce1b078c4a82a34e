/**
 * Cell values: placeholders, numbers with decimal commas, durations, channels.
 * Every reader returns NaN (or null) for what it cannot read; none of them throws.
 */
import { suggestKind, type Channel } from '../../model';
import type { CallFigures, CallStats } from './types';

/** How a plain number in a duration column is meant. */
export type DurationUnit = 'seconds' | 'minutes' | 'hours';

/** Which character separates decimals in the file: `12.5` or `12,5`. */
export type DecimalSeparator = 'dot' | 'comma';

/** Values that exports write where there is no value; read as a missing cell. */
const PLACEHOLDERS = new Set([
  '?',
  '??',
  '-',
  '--',
  '---',
  '.',
  'n/a',
  'na',
  'n.a.',
  'n.a',
  '#n/a',
  'none',
  'null',
  'nil',
  'nan',
  'not provided',
  'not available',
  'not applicable',
  'not set',
  'unknown',
  'undefined',
  '(blank)',
  '(empty)',
  '(none)',
  '\u2014',
  '\u2013',
]);

/** Whether a cell is empty or a placeholder such as "?", "N/A" or "Not Provided". */
export function isMissing(raw: string | undefined): boolean {
  if (raw === undefined || raw === '') return true;
  const c = raw.charCodeAt(0);
  // Fast paths (most cells): a digit, or a letter no placeholder starts with, and no trailing space.
  if (c >= 48 && c <= 57) return false;
  const lower = c | 32;
  if (lower >= 97 && lower <= 122 && lower !== 110 && lower !== 117 && raw.charCodeAt(raw.length - 1) > 32) return false;
  const t = raw.trim();
  if (t === '') return true;
  if (t.length > 16) return false;
  return PLACEHOLDERS.has(t.toLowerCase());
}

/**
 * Digits with at most one decimal point and at most 15 digits, read without a regular
 * expression (the common case in a large export); -1 for anything else. Integer / 10^k is
 * correctly rounded, so the result equals `Number(raw)`.
 */
function plainDecimal(raw: string): number {
  const len = raw.length;
  if (len === 0 || len > 16) return -1;
  let int = 0;
  let scale = 0;
  let digits = 0;
  for (let i = 0; i < len; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      int = int * 10 + (c - 48);
      digits++;
      if (scale > 0) scale *= 10;
    } else if (c === 46 && scale === 0 && i > 0 && i < len - 1) {
      scale = 1;
    } else {
      return -1;
    }
  }
  if (digits > 15) return -1;
  return scale > 1 ? int / scale : int;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const GROUPED_DOT = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const GROUPED_SPACE = /^[+-]?\d{1,3}(?:[ \u00a0\u202f']\d{3})+(?:[.,]\d+)?$/;

/**
 * Reads a number written with either decimal separator. With both `.` and `,` present the
 * last one is the decimal separator (`1.234,5`, `1,234.5`). With only one of them,
 * thousands grouping (`1,234`) is recognised by its three-digit groups and resolved by the
 * file's decimal separator; anything else is a decimal (`12,5` is 12.5 in any file).
 */
export function parseNumber(raw: string, decimal: DecimalSeparator = 'dot'): number {
  const fast = plainDecimal(raw);
  if (fast >= 0 && (decimal === 'dot' || raw.indexOf('.') === -1 || !/^\d{1,3}\.\d{3}$/.test(raw))) return fast;
  let s = raw;
  const c0 = s.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57) || !(s.charCodeAt(s.length - 1) >= 48)) s = s.trim();
  if (s === '') return NaN;
  if (PLAIN_NUMBER.test(s)) {
    if (decimal === 'comma' && GROUPED_DOT.test(s) && s.indexOf('.') !== s.lastIndexOf('.')) return Number(s.replace(/\./g, ''));
    if (decimal === 'comma' && /^[+-]?\d{1,3}\.\d{3}$/.test(s)) return Number(s.replace('.', ''));
    return Number(s);
  }
  if (GROUPED_SPACE.test(s)) s = s.replace(/[ \u00a0\u202f']/g, '');
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma !== -1 && dot !== -1) {
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (comma !== -1) {
    if (decimal === 'dot' && GROUPED_COMMA.test(s)) s = s.replace(/,/g, '');
    else if (s.indexOf(',') === comma) s = s.replace(',', '.');
    else return NaN;
  } else if (dot !== -1 && GROUPED_DOT.test(s)) {
    s = s.replace(/\./g, '');
  }
  return PLAIN_NUMBER.test(s) ? Number(s) : NaN;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
};

const UNIT_PART = /(\d+(?:[.,]\d+)?)\s*([a-z]+)/g;
const UNIT_FORM = /^(?:\d+(?:[.,]\d+)?\s*[a-z]+\s*)+$/;

/**
 * Reads a duration and returns seconds (NaN when unreadable or negative). Accepted:
 * a plain number in `unit` (`95`, `1,5`), `H:MM:SS` (`0:01:35`), `MM:SS` (`01:35`: two
 * parts are minutes and seconds, the usual form of handle times), and units written out
 * (`95s`, `1.5 min`, `1h 5m`).
 */
export function parseDuration(raw: string, unit: DurationUnit, decimal: DecimalSeparator = 'dot'): number {
  const colon = raw.indexOf(':');
  if (colon !== -1) return parseClockDuration(raw.trim());
  const n = parseNumber(raw, decimal);
  if (!Number.isNaN(n)) {
    if (n < 0) return NaN;
    return unit === 'seconds' ? n : unit === 'minutes' ? n * 60 : n * 3600;
  }
  const t = raw.trim().toLowerCase();
  if (!UNIT_FORM.test(t)) return NaN;
  let total = 0;
  UNIT_PART.lastIndex = 0;
  for (let m = UNIT_PART.exec(t); m !== null; m = UNIT_PART.exec(t)) {
    const factor = UNIT_SECONDS[m[2] ?? ''];
    if (factor === undefined) return NaN;
    total += Number((m[1] ?? '').replace(',', '.')) * factor;
  }
  return total;
}

function parseClockDuration(t: string): number {
  const parts = t.split(':');
  if (parts.length < 2 || parts.length > 3) return NaN;
  let seconds = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? '';
    const last = i === parts.length - 1;
    const ok = last ? /^\d+(?:[.,]\d+)?$/.test(p) : /^\d+$/.test(p);
    if (!ok) return NaN;
    const v = Number(p.replace(',', '.'));
    // Every part after the first is sexagesimal.
    if (i > 0 && v >= 60) return NaN;
    seconds = seconds * 60 + v;
  }
  return seconds;
}

/** Outcome of a call: answered, abandoned, or neither (0) for anything else. */
export const OUTCOME_ANSWERED = 1;
export const OUTCOME_ABANDONED = 2;

const ABANDONED = /aband|\babd\b|hang|hung|drop|lost|gave.?up|disconnect|unanswered|not.?answered|missed|aufgelegt|abgebrochen|raccroch/i;
const ANSWERED = /answer|agent|handled|served|complete|connected|accepted|^\s*ok\s*$|beantwortet|angenommen|répondu|repondu/i;

/** Reads an outcome cell: "answered", "AGENT", "abandoned", "HANG"... (0: neither). */
export function parseOutcome(raw: string): number {
  if (ABANDONED.test(raw)) return OUTCOME_ABANDONED;
  if (ANSWERED.test(raw)) return OUTCOME_ANSWERED;
  return 0;
}

/** The figures of a call log's counts (see {@link CallFigures}). */
export function callFigures(s: CallStats): CallFigures {
  const offered = s.answered + s.abandoned;
  return {
    ...s,
    abandonRatePct: offered > 0 ? (s.abandoned / offered) * 100 : null,
    asaSeconds: s.answered > 0 ? s.answeredWaitSeconds / s.answered : null,
    patienceMinutes: s.abandoned > 0 ? s.waitSeconds / s.abandoned / 60 : null,
  };
}

/**
 * The one-channel scenario's channel for a channel name in an export, from the kind the
 * channel editor suggests for that name (`suggestKind`), so that both read a name the
 * same way. Messaging (social, SMS, WhatsApp) is an asynchronous backlog there, and so
 * email here, the one-channel model's channel without a live queue. Null for a name that
 * says no kind (in person, other).
 */
export function mapChannel(name: string): Channel | null {
  const kind = suggestKind(name);
  return kind === 'messaging' ? 'email' : kind;
}

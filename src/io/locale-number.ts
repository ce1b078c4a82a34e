/**
 * Numbers read as the page writes them in the user's locale: de-DE "30.000" is thirty
 * thousand and "12,5" twelve and a half; en-US "30,000" and "12.5". The locale's own group
 * and decimal separators (Intl.NumberFormat formatToParts) mean what the locale means by
 * them. A separator the locale does not use ("." in fr-FR, "," in de-CH) is read when only
 * one reading makes a number, and reported with both readings when two do: never guessed.
 */

/** The user's locale in a browser, en-US elsewhere (tests, the build). */
export function userLocale(): string {
  return typeof window !== 'undefined' && navigator.language ? navigator.language : 'en-US';
}

/** What a typed text reads as: one number, or the readings to choose from (none: not a number). */
export type TypedNumber = { ok: true; value: number } | { ok: false; readings: readonly number[] };

interface Separators {
  group: string;
  decimal: string;
  digits: readonly string[];
}

const separatorCache = new Map<string, Separators>();

/** The locale's group and decimal separators and its digits (Latin digits for an unknown locale). */
export function separatorsOf(locale: string): Separators {
  let s = separatorCache.get(locale);
  if (!s) {
    let f: Intl.NumberFormat;
    try {
      f = new Intl.NumberFormat(locale);
    } catch {
      f = new Intl.NumberFormat('en-US');
    }
    const parts = f.formatToParts(1234567.5);
    const plain = new Intl.NumberFormat(f.resolvedOptions().locale, { useGrouping: false });
    s = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      digits: Array.from({ length: 10 }, (_, d) => plain.format(d)),
    };
    separatorCache.set(locale, s);
  }
  return s;
}

type Role = 'group' | 'decimal' | 'either';

const isSpace = (c: string): boolean => /\s/.test(c);
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

/** The roles the locale gives a separator character; null when it is not one. */
function roleOf(c: string, sep: Separators): Role | null {
  if (c === sep.decimal) return 'decimal';
  if (c === sep.group || isSpace(c) || APOSTROPHES.has(c)) return 'group';
  if (c === '.' || c === ',') return 'either';
  return null;
}

const DIGIT = /^[0-9]$/;

/** The plain number of digits and separators with their roles fixed ("G" group, "D" decimal), or null. */
function readPlain(tokens: readonly string[]): number | null {
  const text = tokens.join('');
  // Groups of three after the first; at most one decimal separator, after the groups.
  if (!/^[-+]?(\d{1,3}(G\d{3})+|\d+)?(D\d*)?$/.test(text) || !/\d/.test(text)) return null;
  const x = Number(text.replace(/G/g, '').replace('D', '.'));
  return Number.isFinite(x) ? x : null;
}

/**
 * Reads a number the way a person types it in `locale`. Spaces and apostrophes group
 * digits in every locale; a leading minus (also the typographic "−") and an exponent
 * ("1e3") are accepted.
 */
export function readTypedNumber(raw: string, locale: string = userLocale()): TypedNumber {
  const sep = separatorsOf(locale);
  let text = raw.trim().replace(/[−–]/g, '-');
  text = Array.from(text, (c) => {
    const d = sep.digits.indexOf(c);
    return d >= 0 ? String(d) : c;
  }).join('');
  const exp = /^(.*?)e([-+]?\d+)$/i.exec(text);
  if (exp) {
    const mantissa = readTypedNumber(exp[1]!, locale);
    const scale = (m: number): number => Number(`${m}e${exp[2]}`);
    if (mantissa.ok) return finite(scale(mantissa.value));
    return { ok: false, readings: unique(mantissa.readings.map(scale).filter(Number.isFinite)) };
  }
  const chars = Array.from(text);
  const roles: (Role | null)[] = [];
  for (const [i, c] of chars.entries()) {
    if (DIGIT.test(c) || ((c === '-' || c === '+') && i === 0)) roles.push(null);
    else {
      const role = roleOf(c, sep);
      if (role === null) return { ok: false, readings: [] };
      roles.push(role);
    }
  }
  if (!roles.includes('either')) {
    const x = readWith(chars, roles, {});
    if (x !== null) return { ok: true, value: x };
    // Not a number as the locale writes it: "12.5" typed in de-DE, "1,234.5" in fr-FR can
    // still read one other way only.
    return readEither(
      chars,
      roles.map((r, i) => (r !== null && (chars[i] === '.' || chars[i] === ',') ? 'either' : r)),
    );
  }
  return readEither(chars, roles);
}

/** The number with each "either" character ("." or ",") given the role in `choice`. */
function readWith(chars: readonly string[], roles: readonly (Role | null)[], choice: Readonly<Record<string, 'G' | 'D'>>): number | null {
  return readPlain(
    chars.map((c, i) => {
      const r = roles[i];
      return r === null || r === undefined ? c : r === 'group' ? 'G' : r === 'decimal' ? 'D' : (choice[c] ?? 'G');
    }),
  );
}

/** Every reading of the "either" characters; one number when only one reading is a number. */
function readEither(chars: readonly string[], roles: readonly (Role | null)[]): TypedNumber {
  const open = [...new Set(chars.filter((_, i) => roles[i] === 'either'))];
  const choices = open.reduce<Record<string, 'G' | 'D'>[]>(
    (acc, c) =>
      acc.flatMap((ch) => [
        { ...ch, [c]: 'G' as const },
        { ...ch, [c]: 'D' as const },
      ]),
    [{}],
  );
  const readings = unique(choices.map((ch) => readWith(chars, roles, ch)).filter((x): x is number => x !== null));
  return readings.length === 1 ? { ok: true, value: readings[0]! } : { ok: false, readings };
}

function finite(x: number): TypedNumber {
  return Number.isFinite(x) ? { ok: true, value: x } : { ok: false, readings: [] };
}

function unique(xs: readonly number[]): number[] {
  return [...new Set(xs)];
}

/** A value as an input field shows it in `locale`: its decimal separator, no grouping, at most `digits` decimals. */
export function plainNumberText(x: number, digits = 4, locale: string = userLocale()): string {
  if (!Number.isFinite(x)) return '';
  const f = Math.pow(10, digits);
  const rounded = Math.round(x * f) / f;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  if (/e/i.test(text)) return text;
  return text.replace('.', separatorsOf(locale).decimal);
}

/** The question asked at a field whose text reads two ways, naming both readings as the page writes them. */
export function twoReadingsMessage(raw: string, readings: readonly number[], locale: string = userLocale()): string {
  let f: Intl.NumberFormat;
  try {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 12 });
  } catch {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: 12 });
  }
  const [a, b] = readings.map((x) => f.format(x));
  return `"${raw.trim()}" reads two ways here: ${a} or ${b}. Type ${plainNumberText(readings[0]!, 12, locale)} or ${plainNumberText(readings[1]!, 12, locale)} to say which.`;
}

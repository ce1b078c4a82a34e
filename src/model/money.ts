/**
 * Exact money (docs/METHOD.md, "Money and rounding"): every currency amount is a Decimal from this
 * configured constructor, or a whole number of the currency's minor unit in a float, never a
 * fraction in a float. Amounts are rounded to the minor unit once (JPY 0 decimals, USD 2,
 * BHD 3), where a figure is booked (a monthly row component); sums of booked figures are then
 * exact, so exported rows always add up to the totals.
 */
import Decimal from 'decimal.js';

/** Decimal constructor for money: 40 significant digits, half-up rounding to cents. */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
/** An exact money amount (decimal.js instance of the Money constructor). */
export type Money = InstanceType<typeof Money>;

/** Zero in the money constructor. */
export const ZERO: Money = new Money(0);

/** A float amount (a product of counts and prices) rounded half-up to the cent. */
export function cents(amount: number | Money): Money {
  const value = amount instanceof Money ? amount : new Money(Number.isFinite(amount) ? amount : 0);
  return value.toDecimalPlaces(2, Money.ROUND_HALF_UP);
}

/** Exact product of a quantity (float count or hours) and a price, rounded to the cent. */
export function times(quantity: number, price: number | Money): Money {
  const q = new Money(Number.isFinite(quantity) ? quantity : 0);
  return cents(q.times(price));
}

/**
 * Exact product of a quantity and a price, rounded half-up to `digits` decimals (the currency's
 * minor unit): the reference every faster booking must equal.
 */
export function timesAt(quantity: number, price: number | Money, digits: number): Money {
  const q = new Money(Number.isFinite(quantity) ? quantity : 0);
  const d = q.times(price).toDecimalPlaces(digits, Money.ROUND_HALF_UP);
  return d.isZero() ? ZERO : d;
}

/** 10^digits for the minor units in use (0 to 3 decimals, and a few more). */
const SCALES = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/** How many minor units make one major unit: 10^digits. */
export function minorScale(digits: number): number {
  return SCALES[digits] ?? Math.pow(10, digits);
}

/**
 * {@link timesAt} in whole minor units, as a number: the product is taken in floats and
 * rounded there when it is clearly not near a half minor unit (the float's error is below
 * 1e-15 of the value; the margin used is 1e-12 of it and 1e-9 absolute); near a half, for
 * negative products and for products past 2.5e11 minor units the exact decimal product
 * decides. The result is then the same whole number as the decimal one. `p` is `price` as a
 * float (passed in so a caller can convert each price once).
 */
export function minorTimes(quantity: number, price: Money, p: number, digits: number): number {
  const q = Number.isFinite(quantity) ? quantity : 0;
  const y = q * p * minorScale(digits);
  const margin = Math.abs(y) * 1e-12 + 1e-9;
  if (y >= 0 && margin < 0.25) {
    const half = y - Math.floor(y) - 0.5;
    if (half > margin || half < -margin) return Math.round(y) + 0;
  }
  return timesAt(q, price, digits).times(minorScale(digits)).toNumber() + 0;
}

/**
 * Decimals made by {@link fromMinor}, by digits: a direct-mapped table (slot by the amount's
 * low bits, the newest amount of a slot kept), so a month or a channel repeating an amount
 * shares its decimal without a map to grow, hash or clear.
 */
interface MadeDecimals {
  units: Float64Array;
  made: (Money | undefined)[];
}
const SLOTS = 2048;
const madeDecimals: MadeDecimals[] = [];

/**
 * An amount of whole minor units (an integer below 2^53) as a decimal: built from its digits,
 * so no division is made (the same value as `new Money(units).div(10^digits)`). Decimals are
 * immutable: an amount made before may be given again.
 */
export function fromMinor(units: number, digits: number): Money {
  const table = (madeDecimals[digits] ??= { units: new Float64Array(SLOTS), made: new Array<Money | undefined>(SLOTS) });
  const i = (units | 0) & (SLOTS - 1);
  let m = table.made[i];
  if (m === undefined || table.units[i] !== units) {
    table.made[i] = m = decimalOfUnits(units, digits);
    table.units[i] = units;
  }
  return m;
}

/** Decimal digits per word of a decimal's digit array (decimal.js keeps its digits in base 10^7). */
const WORD = 7;
const TENS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000];

/**
 * The decimal `units / 10^digits`, its digit words computed from the integer rather than
 * parsed from a string: the same sign, exponent and words decimal.js makes from the amount's
 * decimal string (normalised: no trailing zero digits, the first word holding the digits up
 * to the exponent's position in base 10^7). Integers of up to 16 digits only (below 2^53).
 */
function decimalOfUnits(units: number, digits: number): Money {
  if (units === 0) return new Money(0);
  if (!Number.isSafeInteger(units) || digits >= WORD) return new Money(units).div(minorScale(digits));
  let u = units < 0 ? -units : units;
  // Trailing zero digits are not kept: strip them, counting them into the exponent.
  let zeros = 0;
  while (u % 10 === 0) {
    u /= 10;
    zeros++;
  }
  let n = 1;
  for (let p = 10; p <= u; p *= 10) n++;
  // Base-10 exponent of the leading digit, and how many digits the first word holds.
  const e = n - 1 + zeros - digits;
  let first = (e + 1) % WORD;
  if (first <= 0) first += WORD;
  const d: number[] = [];
  const rest = n - first;
  if (rest <= 0) d.push(u * TENS[-rest]!);
  else {
    // The last word holds the last `tail` digits, padded with zeros to a whole word.
    const tail = rest % WORD || WORD;
    let r = u % TENS[tail]!;
    d.push(r * TENS[WORD - tail]!);
    u = (u - r) / TENS[tail]!;
    for (let k = rest - tail; k > 0; k -= WORD) {
      r = u % 10_000_000;
      d.push(r);
      u = (u - r) / 10_000_000;
    }
    d.push(u);
    d.reverse();
  }
  // A decimal made here and not shared yet: its sign, exponent and digits are set once.
  const x = new Money(1) as Money & { s: number; e: number; d: number[] };
  x.s = units < 0 ? -1 : 1;
  x.e = e;
  x.d = d;
  return x;
}

/** Sum of money amounts, exact. */
export function sum(amounts: readonly Money[]): Money {
  return amounts.reduce<Money>((acc, a) => acc.plus(a), ZERO);
}

/** Plain decimal string for `data-value` and CSV: no grouping, `.` as decimal point. */
export function plain(amount: Money): string {
  return amount.toFixed();
}

const digitsCache = new Map<string, number>();

/**
 * Decimals of the currency's minor unit (ISO 4217 as Intl knows it): JPY 0, USD 2, BHD 3;
 * 2 for a code Intl does not know.
 */
export function minorUnitDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    digitsCache.set(currency, d);
  }
  return d;
}

/** An amount rounded half-up to the currency's minor unit (never -0). */
export function toMinorUnit(amount: number | Money, digits: number): Money {
  const value = amount instanceof Money ? amount : new Money(Number.isFinite(amount) ? amount : 0);
  const d = value.toDecimalPlaces(digits, Money.ROUND_HALF_UP);
  return d.isZero() ? new Money(0) : d;
}

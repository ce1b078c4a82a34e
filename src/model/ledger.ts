/**
 * The ledgers the engine books money with (docs/METHOD.md, "Money and rounding"): exact
 * decimals, or whole minor units in numbers; and rows booked in minor units read as decimals.
 */
import { fromMinor, minorScale, minorTimes, minorUnitDigits, timesAt, type Money } from './money';
import { monthRowWith, type MonthRow, type MonthRowOf } from './month-row';
import type { Scenario } from './schema';

/**
 * How the engine books money (docs/METHOD.md, "Money and rounding"): a quantity times a price
 * rounded half-up to the currency's minor unit (`digits` decimals: JPY 0, USD 2, BHD 3), and
 * exact sums. Two ledgers give the same amounts: {@link decimalLedger} (decimal.js) and
 * {@link minorLedger} (whole minor units in numbers, several times faster).
 */
export interface Ledger<M> {
  /** Decimals of the minor unit the ledger books to. */
  readonly digits: number;
  /** `quantity` x `price`, rounded half-up to the minor unit. */
  times(quantity: number, price: Money): M;
  /** An amount given as a decimal, booked as it is (the fixed costs, already in minor units, and the one-time cost). */
  of(amount: Money): M;
  plus(a: M, b: M): M;
  minus(a: M, b: M): M;
}

const decimalLedgers: Ledger<Money>[] = [];

/** The exact ledger at `digits` decimals: decimal.js amounts. */
export function decimalLedger(digits: number): Ledger<Money> {
  return (decimalLedgers[digits] ??= {
    digits,
    times: (quantity, price) => timesAt(quantity, price, digits),
    of: (amount) => amount,
    plus: (a, b) => a.plus(b),
    minus: (a, b) => a.minus(b),
  });
}

/** The exact ledger to the cent (a two-decimal currency). */
export const DECIMALS: Ledger<Money> = decimalLedger(2);

/**
 * Whole minor units in float64 numbers: exact integers below 2^53. A product is booked by
 * {@link minorTimes} (floats, and the decimal product near a half), so it is the decimal
 * ledger's amount. Any amount at or past 2^51 minor units (or an amount that is not whole
 * minor units) sets `overflow`: the caller then books with the decimal ledger.
 */
export interface CentsLedger extends Ledger<number> {
  overflow: boolean;
}

/** Past this many minor units (about 22 trillion dollars in cents) the ledger gives up; sums of a few such stay exact. */
const SAFE_UNITS = 2 ** 51;

// Decimals are immutable, and a calculation books the same price and amount objects in many
// ledgers (one per projection: both methods, every gap step): each is converted once.
const floats = new WeakMap<Money, number>();
const units = new WeakMap<Money, { digits: number; units: number }>();

/** `price` as a float. */
function floatOf(price: Money): number {
  let p = floats.get(price);
  if (p === undefined) floats.set(price, (p = price.toNumber()));
  return p;
}

/** `amount` in minor units of `digits` decimals, as a float (whole or not). */
function unitsAt(amount: Money, digits: number): number {
  const made = units.get(amount);
  if (made !== undefined && made.digits === digits) return made.units;
  const c = amount.times(minorScale(digits)).toNumber() + 0;
  units.set(amount, { digits, units: c });
  return c;
}

/** The fast ledger at `digits` decimals (see {@link CentsLedger}). */
export function minorLedger(digits: number): CentsLedger {
  const ledger: CentsLedger = {
    digits,
    overflow: false,
    times(quantity, price) {
      const c = minorTimes(quantity, price, floatOf(price), digits);
      if (Math.abs(c) >= SAFE_UNITS) ledger.overflow = true;
      return c;
    },
    of(amount) {
      const c = unitsAt(amount, digits);
      if (!Number.isInteger(c) || Math.abs(c) >= SAFE_UNITS) ledger.overflow = true;
      return c;
    },
    plus(a, b) {
      const c = a + b;
      if (Math.abs(c) >= SAFE_UNITS) ledger.overflow = true;
      return c;
    },
    minus(a, b) {
      const c = a - b;
      if (Math.abs(c) >= SAFE_UNITS) ledger.overflow = true;
      return c;
    },
  };
  return ledger;
}

/** The fast ledger to the cent (kept for the Monte Carlo's two-decimal callers). */
export function centsLedger(): CentsLedger {
  return minorLedger(2);
}

/** Decimals of the scenario currency's minor unit. */
export function digitsOf(s: Scenario): number {
  return minorUnitDigits(s.finance.currency);
}

/** Decimal rows made from whole minor units, and those units: what sums over the months read (see `unitsOf`). */
const unitRows = new WeakMap<readonly MonthRow[], { digits: number; rows: readonly MonthRowOf<number>[] }>();

/**
 * The whole minor units `rows` were read from, when the projection booked them so: sums over
 * the months are then exact in plain numbers (the summary's horizon figures).
 */
export function unitsOf(rows: readonly MonthRow[]): { digits: number; rows: readonly MonthRowOf<number>[] } | undefined {
  return unitRows.get(rows);
}

/**
 * Rows booked in whole minor units as decimals (the same amounts). Equal amounts share one
 * decimal (see `fromMinor`): a month that repeats an earlier one makes none.
 */
export function decimalRows(rows: readonly MonthRowOf<number>[], digits: number): MonthRow[] {
  const dec = (units: number): Money => fromMinor(units, digits);
  const out: MonthRow[] = new Array<MonthRow>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    out[i] = monthRowWith(r, r.month, dec, dec(r.cumulativeSavings));
  }
  unitRows.set(out, { digits, rows });
  return out;
}

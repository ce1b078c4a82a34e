/**
 * Exact money (docs/METHOD.md, "Money and rounding"): every currency amount is a Decimal from this
 * configured constructor, never a float. Amounts are rounded to the cent once, where a
 * figure is booked (a monthly row component); sums of booked figures are then exact, so
 * exported rows always add up to the totals.
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

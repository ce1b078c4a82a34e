/**
 * Worked money lines that multiply out (docs/METHOD.md, "Money and rounding"): a booked
 * amount is a quantity (hours, contacts, wrong answers) times a price, rounded half-up to
 * the currency's minor unit. A quantity shown rounded to the usual decimals can miss that
 * amount by more than the rounding; shown with enough decimals, the line as written gives
 * the amount beside it.
 */
import { Money } from '../model';

/** A factor of a worked line: a number it multiplies by, or (`over`) one it divides by. */
export type Factor = number | Money | { over: number | Money };

/** The most decimals a worked quantity is ever shown with (a staffed FTE times paid hours times a price of three decimals may need eight). */
export const MAX_QUANTITY_DECIMALS = 9;

/** The most decimals a unit price is shown with (as given, and an FTE-year cost over paid hours to six). */
export const MAX_PRICE_DECIMALS = 6;

/**
 * The fewest decimals, from `min` up to {@link MAX_QUANTITY_DECIMALS}, at which `quantity`
 * rounded half-up, times (or over) each of `factors` as shown, rounds at `digits` decimals to
 * `booked`, or all the decimals the quantity has when only those do; null when none does (a
 * sum of several bookings, such as a scenario's channels, is not one product).
 */
export function quantityDecimals(quantity: number, factors: readonly Factor[], booked: Money, digits: number, min = 2): number | null {
  if (!Number.isFinite(quantity)) return null;
  const q = new Money(quantity);
  // The factors as the line reads them: multiplied, then divided (one division at the end,
  // as `a x b / c`, so an exact quotient stays exact).
  let times = new Money(1);
  let over = new Money(1);
  for (const f of factors) {
    if (typeof f === 'object' && 'over' in f) over = over.times(f.over);
    else times = times.times(f);
  }
  const product = (x: Money) => {
    const p = x.times(times).div(over).toDecimalPlaces(digits, Money.ROUND_HALF_UP);
    return p.isZero() ? new Money(0) : p;
  };
  for (let d = Math.max(0, min); d <= MAX_QUANTITY_DECIMALS; d++) {
    if (product(q.toDecimalPlaces(d, Money.ROUND_HALF_UP)).eq(booked)) return d;
  }
  // A product within a hair of half a minor unit is decided by the quantity's last digits (a
  // growth of 0.5 % a month gives 50,501.249999999985 contacts, not 50,501.25): the quantity
  // exactly as the model holds it.
  const all = q.decimalPlaces();
  if (all > MAX_QUANTITY_DECIMALS && product(q).eq(booked)) return all;
  return null;
}

/** A unit price as a worked line shows it: as given, up to six decimals (never fewer than the currency's). */
export function shownPrice(price: number | Money, digits: number): Money {
  return new Money(price).toDecimalPlaces(Math.max(digits, MAX_PRICE_DECIMALS), Money.ROUND_HALF_UP);
}

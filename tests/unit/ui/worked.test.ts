import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addChannel } from '../../../src/state/channels';
import { calculate, minorUnitDigits, Money, PRESET_IDS, presetScenario, type Scenario } from '../../../src/model';
import { figureViews } from '../../../src/ui/figures';
import { quantityDecimals, shownPrice } from '../../../src/ui/worked';

/** The numbers of an en-US worked line, in order (grouping commas dropped). */
const numbers = (line: string) => Array.from(line.matchAll(/\d[\d,]*(?:\.\d+)?/g), (m) => new Money(m[0].replaceAll(',', '')));

/**
 * Whether the line's factors multiply out, rounded half-up at `digits`, to the amount after
 * "=": each factor is the first number after a "×" (or after "÷", divided by), a bracket
 * "(a × b)" one factor.
 */
function multipliesOut(line: string, digits: number): boolean {
  const [left, right] = line.split(' = ');
  let times = new Money(1);
  let over = new Money(1);
  // Split before each × or ÷ that is not inside a bracket (no ")" ahead before a "(").
  for (const part of left!.split(/ (?=[×÷] )(?![^(]*\))/)) {
    const bracket = /\((.*)\)/.exec(part);
    const value = (bracket ? numbers(bracket[1]!) : numbers(part).slice(0, 1)).reduce((a, b) => a.times(b), new Money(1));
    if (part.startsWith('÷')) over = over.times(value);
    else times = times.times(value);
  }
  const [result] = numbers(right!);
  return times.div(over).toDecimalPlaces(digits, Money.ROUND_HALF_UP).eq(result!);
}

const MONEY_LINES = ['baseline_cost_per_month', 'quality_cost_per_month'] as const;

/**
 * Whether the baseline cost at an FTE-year cost lies exactly on half a minor unit: quantity x
 * cost a year / (paid hours x 12) with an odd number of half units. The model divides the
 * FTE-year cost to 40 digits before the product, so such a product rounds down where the
 * exact division (the worked line) rounds up: one minor unit apart.
 */
function onHalf(s: Scenario, r: ReturnType<typeof calculate>, digits: number): boolean {
  const row = r.primary.rows.find((x) => x.month === r.primary.summary.steadyMonth)!;
  const paid = s.human.paidHoursPerMonth;
  const q = s.method === 'headline' ? row.baselineHours : row.staffingBaseline.staffedFte * paid;
  const halves = new Money(q)
    .times(s.human.costPerFteYear)
    .times(2 * 10 ** digits)
    .div(paid * 12);
  return halves.isInteger() && halves.mod(2).eq(1);
}

describe('quantityDecimals', () => {
  it('gives the fewest decimals at which the shown quantity multiplies out, from the least asked for', () => {
    // 6,854.1666... h x BHD 9.876 = BHD 67,691.75 exactly: 6,854.17 gives 67,691.783, 6,854.167
    // gives 67,691.753, 6,854.1667 gives 67,691.7503 -> 67,691.750.
    expect(quantityDecimals(82250 / 12, [new Money('9.876')], new Money('67691.75'), 3)).toBe(4);
    // In yen: 1,599 h x 9 = 14,391, but 1,598.7 h x 9 = 14,388.3 -> 14,388: one decimal; two
    // when two are the least asked for.
    expect(quantityDecimals(1598.7, [9], new Money(14388), 0, 0)).toBe(1);
    expect(quantityDecimals(1598.7, [9], new Money(14388), 0, 2)).toBe(2);
    // No decimals make 1 x 5 come to 7; nor does a quantity that is not a number.
    expect(quantityDecimals(1, [5], new Money(7), 2)).toBeNull();
    expect(quantityDecimals(Number.NaN, [5], new Money(0), 2)).toBeNull();
  });

  it('shows a unit price as given up to six decimals, never fewer than the currency has', () => {
    expect([shownPrice(9.876, 3).toFixed(), shownPrice(new Money(52000).div(1920), 2).toFixed(), shownPrice(12.5, 0).toFixed()]).toEqual([
      '9.876',
      '27.083333',
      '12.5',
    ]);
  });
});

describe('worked money lines', () => {
  const currencies = ['JPY', 'USD', 'EUR', 'BHD', 'KWD'] as const;
  const scenarios = fc.record({
    preset: fc.constantFrom(...PRESET_IDS),
    currency: fc.constantFrom(...currencies),
    method: fc.constantFrom('headline' as const, 'full' as const),
    basis: fc.constantFrom('hour' as const, 'fte-year' as const, 'contact' as const),
    price: fc.integer({ min: 1, max: 99_999 }).map((n) => n / 1000),
    errorCost: fc.integer({ min: 0, max: 99_999 }).map((n) => n / 1000),
    paid: fc.integer({ min: 1200, max: 1800 }).map((n) => n / 10),
  });

  it('multiply out at the minor unit: quantity x price as written gives the amount written, in every currency', () => {
    fc.assert(
      fc.property(scenarios, (x) => {
        const base = presetScenario(x.preset);
        if (base.channels !== null) return;
        const s: Scenario = {
          ...base,
          method: x.method,
          human: {
            ...base.human,
            costBasis: x.basis,
            costPerHour: x.price * 10,
            costPerContact: x.price,
            costPerFteYear: x.price * 10_000,
            paidHoursPerMonth: x.paid,
          },
          quality: { ...base.quality, errorCost: x.errorCost },
          finance: { ...base.finance, currency: x.currency },
        };
        const digits = minorUnitDigits(x.currency);
        const r = calculate(s);
        if (x.basis === 'fte-year' && onHalf(s, r, digits)) return;
        for (const v of figureViews(s, r, MONEY_LINES, null, 'en-US')) {
          const line = v.explain.worked;
          expect(line, line).not.toMatch(/NaN|Infinity|undefined/);
          expect(multipliesOut(line, digits), `${v.name}: ${line}`).toBe(true);
        }
      }),
      { numRuns: 400, seed: 15 },
    );
  });

  it('say when the amount is the sum of the channels booked one by one', () => {
    const s = addChannel(presetScenario('ecommerce'), 'email');
    const [cost] = figureViews(s, calculate(s), ['baseline_cost_per_month'], null, 'en-US');
    expect(cost!.explain.worked).toMatch(/\(the sum of the channels, each booked to the minor unit\)$/);
  });
});

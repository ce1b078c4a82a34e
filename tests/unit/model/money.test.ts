import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate, type Scenario } from '../../../src/model';
import { fromMinor, minorScale, minorTimes, minorUnitDigits, Money, timesAt } from '../../../src/model/money';
import { decimalLedger, minorLedger, unitsOf } from '../../../src/model/ledger';
import { newContext, project, projectWith, type MonthRow, type MonthRowOf } from '../../../src/model/projection';
import { npv, npvUnits, perContact, perErrorDown, summarise } from '../../../src/model/summary';
import { FULL, HEADLINE } from '../../../src/model/switches';
import { scenarioArb } from './arbitraries';
import { TINY } from '../io/tiny-scenario';

const DIGITS = [0, 2, 3] as const;

/** The decimal reference in whole minor units. */
const reference = (q: number, price: Money, digits: number) => timesAt(q, price, digits).times(minorScale(digits)).toNumber();

const prices = fc.oneof(
  fc.double({ min: 0, max: 1000, noNaN: true }).map((p) => new Money(p)),
  // Prices with many digits, as an FTE-year cost over paid hours gives.
  fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.double({ min: 100, max: 200, noNaN: true })).map(([y, h]) => new Money(y).div(new Money(h).times(12))),
  fc.integer({ min: 0, max: 1_000_000 }).map((c) => new Money(c).div(1000)),
  // Prices in thousandths, halves and quarters: products that land on half a minor unit.
  fc.constantFrom('0.125', '2.675', '0.005', '1.5', '0.0005', '9.876', '0.01', '1').map((p) => new Money(p)),
);
const quantities = fc.oneof(
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.integer({ min: 0, max: 1e8 }),
  fc.integer({ min: 0, max: 1e6 }).map((n) => n / 8),
  fc.integer({ min: 0, max: 1e6 }).map((n) => n / 1000),
  // Halves of a minor unit at every scale: 0.5, 2.5, 0.125, 2.675, 1.005, 0.0005 ...
  fc.constantFrom(0.5, 1.5, 2.5, 0.125, 2.675, 1.005, 0.0005, 0.0015, 1234.5, 0.1 + 0.2),
  // Large values (past the float fast path) and negative ones (always decided in decimals).
  fc.double({ min: 1e9, max: 1e12, noNaN: true }),
  fc.double({ min: -1e6, max: 0, noNaN: true }),
  fc.integer({ min: -1e6, max: 0 }).map((n) => n / 8),
);

describe('minorTimes', () => {
  for (const digits of DIGITS) {
    it(`books the decimal product rounded half-up at ${digits} decimals, for any quantity and price`, () => {
      fc.assert(
        fc.property(quantities, prices, (q, price) => {
          expect(minorTimes(q, price, price.toNumber(), digits)).toBe(reference(q, price, digits));
        }),
        { numRuns: 4000, seed: 14 + digits },
      );
    });
  }

  it('rounds exact halves up (away from zero below zero), as the decimal product does', () => {
    const m = (q: number, p: string, d: number) => minorTimes(q, new Money(p), Number(p), d);
    // Yen: 0.5 x 1 = half a yen -> 1; 2.5 x 1 -> 3; 1234.5 x 1 -> 1235.
    expect([m(0.5, '1', 0), m(2.5, '1', 0), m(1234.5, '1', 0)]).toEqual([1, 3, 1235]);
    // Fils: 0.125 x 0.004 = 0.0005 -> 0.001; 2.675 x 1 stays 2.675; 1 x 2.6755 -> 2.676.
    expect([m(0.125, '0.004', 3), m(2.675, '1', 3), m(1, '2.6755', 3)]).toEqual([1, 2675, 2676]);
    // Cents: 2.675 is below 2.675 as a float, but the decimal reading of it is 2.675: 268 cents.
    expect(m(2.675, '1', 2)).toBe(268);
    // Below zero half-up goes away from zero: -0.5 yen -> -1.
    expect(m(-0.5, '1', 0)).toBe(-1);
    expect(Object.is(m(-0.0001, '1', 0), -0)).toBe(false);
  });

  it('treats a quantity that is not a number as none', () => {
    expect(minorTimes(Number.NaN, new Money(5), 5, 2)).toBe(0);
    expect(minorTimes(Infinity, new Money(5), 5, 0)).toBe(0);
  });
});

describe('fromMinor', () => {
  // The decimal as decimal.js parses it from its decimal string: the plain construction.
  const parsed = (u: number, d: number): Money => {
    const digits = String(Math.abs(u)).padStart(d + 1, '0');
    return new Money(`${u < 0 ? '-' : ''}${digits.slice(0, digits.length - d)}${d > 0 ? '.' : ''}${digits.slice(digits.length - d)}`);
  };
  const parts = (x: Money) => ({ s: x.s, e: x.e, d: [...x.d] });

  it('makes the very decimal its decimal string parses to (sign, exponent and digit words)', () => {
    // Integers of every length, with and without trailing zeros, and the words' edges.
    const units = fc.oneof(
      fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
      fc.integer({ min: -99_999_999, max: 99_999_999 }),
      fc.tuple(fc.integer({ min: -9_999_999, max: 9_999_999 }), fc.integer({ min: 0, max: 9 })).map(([a, z]) => a * 10 ** z),
      fc.constantFrom(1, -1, 9_999_999, 10_000_000, 10_000_001, 99_999_999_999_999, 2 ** 53 - 1, -(2 ** 53) + 1, 1_000_000_000_000_000),
    );
    fc.assert(
      fc.property(units, fc.constantFrom(0, 1, 2, 3, 4, 5, 6), (u, d) => {
        const made = fromMinor(u, d);
        expect(parts(made)).toEqual(parts(parsed(u, d)));
        expect(made.toFixed()).toBe(parsed(u, d).toFixed());
        // Arithmetic on it is decimal.js's own.
        expect(made.plus(1).minus(parsed(u, d)).toFixed()).toBe('1');
      }),
      { numRuns: 5000, seed: 11 },
    );
  });

  it('is the whole minor units divided by 10^digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.constantFrom(0, 1, 2, 3, 4), (u, d) => {
        expect(fromMinor(u, d).eq(new Money(u).div(10 ** d))).toBe(true);
      }),
      { numRuns: 2000, seed: 3 },
    );
    expect([fromMinor(-5, 2).toFixed(), fromMinor(5, 3).toFixed(), fromMinor(-0, 2).toFixed(), fromMinor(1234, 0).toFixed()]).toEqual([
      '-0.05',
      '0.005',
      '0',
      '1234',
    ]);
  });
});

describe("the ledger in the currency's minor unit", () => {
  const inCurrency = (currency: string): Scenario => ({ ...TINY, finance: { ...TINY.finance, currency } });
  const money = (s: Scenario) =>
    project(s, FULL).map((r) =>
      [r.baselineCost, r.humanCost, r.aiCost, r.qualityCost, r.fixedCost, r.totalCost, r.savings, r.cumulativeSavings].map((m) => m.toFixed()),
    );

  it('books JPY in whole yen, each part rounded before the sum', () => {
    // tests/unit/io/tiny-scenario.ts works the quantities. Month 1: baseline 8,250 min at 30 an
    // hour = 8250; human 130.46875 h x 30 = 7828.125 -> 7828; AI 750 x 0.5 = 375; quality
    // 46.875 x 2 = 93.75 -> 94; fixed 100 + 50 = 150; total 7828 + 375 + 94 + 150 = 8447;
    // savings 8250 - 8447 = -197; cumulative -1000 - 197 = -1197.
    // Month 2: baseline 10312.5 -> 10313 (half a yen rounds up); human 8320.3125 -> 8320; AI
    // 937.5 x 0.5 = 468.75 -> 469; quality 234.375 -> 234; fixed 150; total 9173; savings
    // 10313 - 9173 = 1140; cumulative -1197 + 1140 = -57.
    expect(money(inCurrency('JPY'))).toEqual([
      ['8250', '7828', '375', '94', '150', '8447', '-197', '-1197'],
      ['10313', '8320', '469', '234', '150', '9173', '1140', '-57'],
    ]);
    const r = calculate(inCurrency('JPY')).full.summary;
    // Annual 1140 x 12 = 13680; horizon savings -197 + 1140 = 943; cost per contact 9173 / 1250
    // = 7.3384 -> 7; break-even (1140 + 234) / 117.1875 errors = 11.72 -> 11 (rounded down).
    expect([r.monthlySavings, r.annualSavings, r.horizonSavings, r.hybridCostPerContact, r.breakEvenErrorCost].map((m) => m?.toFixed())).toEqual([
      '1140',
      '13680',
      '943',
      '7',
      '11',
    ]);
    // NPV at the scenario's rate: a whole number of yen.
    expect(r.npv.decimalPlaces()).toBe(0);
  });

  it('books BHD to the fils (three decimals), each part rounded before the sum', () => {
    // Month 1: human 130.46875 h x 30 = 7828.125 exactly (no longer 7828.13); total 7828.125 +
    // 375 + 93.75 + 150 = 8446.875; savings 8250 - 8446.875 = -196.875; cumulative -1196.875.
    // Month 2: human 8320.3125 -> 8320.313 (half a fils up); quality 234.375 exactly; total
    // 8320.313 + 468.75 + 234.375 + 150 = 9173.438; savings 10312.5 - 9173.438 = 1139.062;
    // cumulative -1196.875 + 1139.062 = -57.813.
    expect(money(inCurrency('BHD'))).toEqual([
      ['8250', '7828.125', '375', '93.75', '150', '8446.875', '-196.875', '-1196.875'],
      ['10312.5', '8320.313', '468.75', '234.375', '150', '9173.438', '1139.062', '-57.813'],
    ]);
  });

  it('books two-decimal currencies to the cent, as it always has', () => {
    // tests/unit/io/tiny-scenario.ts: month 2 human 8320.31, quality 234.38, total 9173.44, savings 1139.06, cumulative -57.82.
    expect(money(inCurrency('EUR'))[1]).toEqual(['10312.5', '8320.31', '468.75', '234.38', '150', '9173.44', '1139.06', '-57.82']);
    expect(money(inCurrency('USD'))).toEqual(money(inCurrency('EUR')));
  });

  it('gives the same amounts booked in whole minor units as in decimals, in every currency', () => {
    const currencies = fc.constantFrom('JPY', 'USD', 'EUR', 'BHD', 'KWD');
    fc.assert(
      fc.property(scenarioArb, currencies, fc.boolean(), (base, currency, full) => {
        const s: Scenario = { ...base, finance: { ...base.finance, currency } };
        const digits = minorUnitDigits(currency);
        const sw = full ? FULL : HEADLINE;
        const fast = minorLedger(digits);
        const units = projectWith(fast, s, sw, newContext());
        const exact = projectWith(decimalLedger(digits), s, sw, newContext());
        const shown = project(s, sw);
        expect(fast.overflow).toBe(false);
        exact.forEach((r, i) => {
          for (const k of ['baselineCost', 'humanCost', 'aiCost', 'qualityCost', 'fixedCost', 'totalCost', 'savings', 'cumulativeSavings'] as const) {
            expect(units[i]![k]).toBe(r[k].times(minorScale(digits)).toNumber());
            expect(shown[i]![k].eq(r[k])).toBe(true);
            expect(r[k].decimalPlaces()).toBeLessThanOrEqual(Math.max(digits, new Money(s.ai.setupCost).decimalPlaces()));
          }
        });
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});

describe('the summary from whole minor units', () => {
  it('gives the figures the decimal sums give, in every currency', () => {
    const currencies = fc.constantFrom('JPY', 'USD', 'BHD');
    fc.assert(
      fc.property(scenarioArb, currencies, fc.double({ min: 0, max: 30, noNaN: true }), (base, currency, rate) => {
        const s: Scenario = { ...base, finance: { ...base.finance, currency, discountRatePct: rate } };
        const rows = project(s, FULL);
        expect(unitsOf(rows)).toBeDefined();
        // A copy of the rows carries no minor units: the decimal sums.
        expect(summarise(s, rows)).toEqual(summarise(s, [...rows]));
      }),
      { numRuns: 80, seed: 23 },
    );
  });

  it('takes the decimal NPV where the float sum lies near half a minor unit', () => {
    // 1 unit saved in month 12 at 0 %: exactly 1, far from a half -> 1; a half unit in
    // month 12 (whole units only are booked, so a one-time cost of -0.5 makes it) is declined.
    const row = (month: number, savings: number) => ({ month, savings }) as unknown as MonthRowOf<number>;
    expect(npvUnits(0, [row(12, 1)], 0)).toBe(1);
    expect(npvUnits(0, [row(12, 1)], 100)).toBeNull(); // 1 / 2 = 0.5 exactly: the decimals decide
    expect(npvUnits(0, [row(12, 3)], 100)).toBeNull(); // 1.5
    expect(npvUnits(0, [row(12, 5)], 150)).toBe(2); // 5 / 2.5 = 2
    expect(npv(new Money(0), [{ month: 12, savings: new Money('0.03') } as unknown as MonthRow], 100, 2).toFixed()).toBe('0.02');
  });
});

describe('an amount per contact', () => {
  // The plain computation: the decimal quotient rounded half-up to the minor unit.
  const plain = (units: number, contacts: number, d: number) => fromMinor(units, d).div(contacts).toDecimalPlaces(d, Money.ROUND_HALF_UP);
  const parts = (x: Money) => ({ s: x.s, e: x.e, d: [...x.d] });

  it('is the decimal quotient rounded half-up, to the digit words, from whole minor units (property)', () => {
    const contacts = fc.oneof(
      fc.double({ min: 1e-6, max: 1e8, noNaN: true }),
      fc.integer({ min: 1, max: 2_000_000 }),
      fc.constantFrom(1 / 3, 0.1, 3, 7, 1e-300, 2 ** 53, 12345.678),
    );
    // Amounts of every size and sign, and amounts exactly a half unit per contact away from a whole one.
    const units = fc.oneof(
      fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
      fc.integer({ min: -1e7, max: 1e9 }),
      fc.constantFrom(0, 1, -1, 5, 15, 25, 2 ** 51),
    );
    fc.assert(
      fc.property(units, contacts, fc.constantFrom(0, 2, 3), (u, c, d) => {
        const fast = perContact(fromMinor(u, d), u, c, d);
        expect(parts(fast)).toEqual(parts(plain(u, c, d)));
        // Without minor units: the decimal quotient itself.
        expect(perContact(fromMinor(u, d), undefined, c, d).eq(plain(u, c, d))).toBe(true);
      }),
      { numRuns: 5000, seed: 31 },
    );
  });

  it('lets the decimals decide at an exact half unit and beside it', () => {
    // 5 units over 2 contacts: 2.5 exactly, half-up to 3; 25 over 10: 2.5; 7 over 2: 3.5 -> 4.
    for (const [u, c] of [
      [5, 2],
      [25, 10],
      [7, 2],
      [1, 2],
      [3, 6],
      [2 ** 40 + 1, 2],
    ] as const) {
      expect(perContact(fromMinor(u, 2), u, c, 2).toFixed()).toBe(plain(u, c, 2).toFixed());
    }
    expect(perContact(fromMinor(5, 2), 5, 2, 2).toFixed()).toBe('0.03');
    expect(perContact(fromMinor(-5, 2), -5, 2, 2).toFixed()).toBe('-0.03');
  });
});

describe('an amount per error, rounded down', () => {
  const plain = (units: number, errors: number, d: number) => fromMinor(units, d).div(errors).toDecimalPlaces(d, Money.ROUND_DOWN);
  const parts = (x: Money) => ({ s: x.s, e: x.e, d: [...x.d] });

  it('is the decimal quotient rounded down, to the digit words, from whole minor units (property)', () => {
    const errors = fc.oneof(fc.double({ min: 1e-6, max: 1e7, noNaN: true }), fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(1 / 3, 0.1, 2, 7, 1e-300));
    const units = fc.oneof(fc.integer({ min: 1, max: 2 ** 53 - 1 }), fc.integer({ min: 1, max: 1e6 }), fc.constantFrom(1, 6, 7, 14, 2 ** 51));
    fc.assert(
      fc.property(units, errors, fc.constantFrom(0, 2, 3), (u, e, d) => {
        expect(parts(perErrorDown(fromMinor(u, d), u, e, d))).toEqual(parts(plain(u, e, d)));
      }),
      { numRuns: 5000, seed: 37 },
    );
  });

  it('lets the decimals decide at a whole unit and just beside it', () => {
    // 6 units over 2 errors: 3 exactly; over 3 errors, 2 exactly; 7 over 7; 1 over 1/3 (a float a hair off 3);
    // 1 over 1/11: the float quotient is 11, the decimal one (1 / 0.09090909090909091) just below it, 10.
    for (const [u, e] of [
      [1, 1 / 11],
      [5, 1 / 11],
      [6, 2],
      [6, 3],
      [7, 7],
      [1, 1 / 3],
      [2 ** 40, 2 ** 20],
    ] as const) {
      expect(perErrorDown(fromMinor(u, 2), u, e, 2).toFixed()).toBe(plain(u, e, 2).toFixed());
    }
  });
});

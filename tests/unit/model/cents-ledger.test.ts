import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { presetScenario, type Scenario } from '../../../src/model';
import { scenarioArb } from './arbitraries';
import { Money, times } from '../../../src/model/money';
import { centsLedger, decimalLedger, DECIMALS, minorLedger } from '../../../src/model/ledger';
import { newContext, projectWith } from '../../../src/model/projection';
import { FULL } from '../../../src/model/switches';
import { evaluate, evaluateCents, runDraws } from '../../../src/model/uncertainty';

/** The decimal ledger's amount in cents, for comparing with the cents ledger. */
const decimalCents = (q: number, price: Money) => times(q, price).times(100).toNumber();

describe('centsLedger.times', () => {
  it('books the same cents as the decimal product, for any quantity and price', () => {
    const prices = fc.oneof(
      fc.double({ min: 0, max: 1000, noNaN: true }).map((p) => new Money(p)),
      // Prices with many digits, as an FTE-year cost over paid hours gives.
      fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.double({ min: 100, max: 200, noNaN: true })).map(([y, h]) => new Money(y).div(new Money(h).times(12))),
      fc.integer({ min: 0, max: 10_000 }).map((c) => new Money(c).div(100)),
    );
    const quantities = fc.oneof(
      fc.double({ min: 0, max: 1e7, noNaN: true }),
      fc.integer({ min: 0, max: 1e8 }),
      fc.integer({ min: 0, max: 1e6 }).map((n) => n / 8),
    );
    fc.assert(
      fc.property(quantities, prices, (q, price) => {
        const ledger = centsLedger();
        expect(ledger.times(q, price)).toBe(decimalCents(q, price));
        expect(ledger.overflow).toBe(false);
      }),
      { numRuns: 5000, seed: 7 },
    );
  });

  it('rounds half a cent up, as the decimal product does', () => {
    const ledger = centsLedger();
    // 0.5 x $0.01 = half a cent; 1.5 x $0.01; 2.5 x $0.03 = 7.5 cents; 0.125 x $0.04 = half a cent.
    expect(ledger.times(0.5, new Money('0.01'))).toBe(1);
    expect(ledger.times(1.5, new Money('0.01'))).toBe(2);
    expect(ledger.times(2.5, new Money('0.03'))).toBe(8);
    expect(ledger.times(0.125, new Money('0.04'))).toBe(1);
    // 1.005 is below 1.005 as a float, but the decimal reading of it is 1.005: rounds up.
    expect(ledger.times(1.005, new Money(1))).toBe(decimalCents(1.005, new Money(1)));
    expect(ledger.times(1.005, new Money(1))).toBe(101);
  });

  it('gives up on amounts too large for exact cents, and on fractions of a cent', () => {
    const big = centsLedger();
    big.times(1e13, new Money(1000));
    expect(big.overflow).toBe(true);
    const fraction = centsLedger();
    fraction.of(new Money('12.345'));
    expect(fraction.overflow).toBe(true);
  });
});

/** The laws' scenarios, with every cost basis and pricing, plus costs per contact and error and one-time costs in whole cents. */
const centsScenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(scenarioArb, fc.double({ min: 0, max: 50, noNaN: true }), fc.integer({ min: 0, max: 50_000_000 }))
  .map(([s, errorCost, setupCents]) => ({
    ...s,
    human: { ...s.human, costPerContact: s.human.costPerHour / 10 },
    ai: { ...s.ai, setupCost: setupCents / 100 },
    quality: { ...s.quality, errorCost },
  }));

describe('evaluateCents', () => {
  it('gives the decimal evaluation, cent for cent', () => {
    fc.assert(
      fc.property(centsScenarioArb, (s) => {
        const c = evaluateCents(s);
        expect(c).not.toBeNull();
        const d = evaluate(s);
        expect(c!.annualCents).toBe(d.annualSavings.times(100).toNumber());
        expect(c!.paybackMonths).toBe(d.paybackMonths);
        expect(c!.staffedFte).toBe(d.staffedFte);
        expect(c!.rows.map((r) => r.cumulativeSavings)).toEqual(d.cumulative.map((m) => m.times(100).toNumber()));
        // And every booked component of every month.
        const rows = projectWith(DECIMALS, s, FULL, newContext());
        c!.rows.forEach((r, i) => {
          for (const k of ['baselineCost', 'humanCost', 'aiCost', 'qualityCost', 'fixedCost', 'totalCost', 'savings'] as const) {
            expect(r[k]).toBe(rows[i]![k].times(100).toNumber());
          }
        });
      }),
      { numRuns: 80, seed: 11 },
    );
  });

  it('declines a scenario too large for exact cents, and the draws then use decimals', () => {
    const base = presetScenario('ecommerce');
    // A million contacts at a hundred billion a contact: $10^17 a month, past 2^51 cents.
    const huge: Scenario = { ...base, contactsPerMonth: 1e6, growthPctPerMonth: 0, human: { ...base.human, costBasis: 'contact', costPerContact: 1e11 } };
    expect(evaluateCents(huge)).toBeNull();
    const batch = runDraws(
      { ...huge, ranges: { ...huge.ranges, resolutionPct: null, handleMinutes: null, costPerHour: null, aiPrice: null, errorRatePct: null, rampSpeed: null } },
      0,
      1,
    );
    const d = evaluate(huge);
    // Beyond exact float cents the batch keeps the exact amount beside the float.
    expect(batch.annualSavings.exact[0]).toBe(d.annualSavings.toFixed());
    expect(batch.paybackMonths[0]).toBe(d.paybackMonths ?? Infinity);
  });

  it('declines a one-time cost with fractions of a cent', () => {
    const base = presetScenario('ecommerce');
    expect(evaluateCents({ ...base, ai: { ...base.ai, setupCost: 1000.005 } })).toBeNull();
  });
});

describe('one amount or price booked in many ledgers', () => {
  it('is booked by each ledger in its own minor unit, as a fresh ledger and the decimal ledger book it (property)', () => {
    const amount = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => new Money(c).div(1000)),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => new Money(x)),
    );
    fc.assert(
      fc.property(
        amount,
        fc.array(fc.constantFrom(0, 1, 2, 3), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (a, order, q) => {
          for (const digits of order) {
            const ledger = minorLedger(digits);
            const booked = ledger.of(a);
            // Whole minor units of this ledger, or the ledger gives up (the decimal ledger then books).
            const whole = a.times(10 ** digits).isInteger();
            expect(ledger.overflow).toBe(!whole);
            if (whole) expect(new Money(booked).div(10 ** digits).eq(a)).toBe(true);
            const product = minorLedger(digits);
            const times = product.times(q, a);
            if (!product.overflow) expect(new Money(times).div(10 ** digits).eq(decimalLedger(digits).times(q, a))).toBe(true);
          }
        },
      ),
      { numRuns: 1500, seed: 29 },
    );
  });
});

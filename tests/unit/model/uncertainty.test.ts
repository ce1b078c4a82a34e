import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate, Money, presetScenario, type Ranges, type Scenario } from '../../../src/model';
import { substream } from '../../../src/model/random';
import { moneyPercentiles, selectRanks } from '../../../src/model/percentiles';
import {
  DEFAULT_DRAWS,
  RANGED_INPUTS,
  RANGE_SPECS,
  drawValues,
  evaluate,
  joinBatches,
  meanResolutionPct,
  monteCarlo,
  nearestRank,
  percentiles,
  pointValues,
  rangeWarnings,
  runDraws,
  sliceBatch,
  stretchRamp,
  summariseDraws,
  tornado,
  triangular,
  validateRange,
  validateRanges,
  withInputs,
  type MonteCarloResult,
} from '../../../src/model/uncertainty';
import { handScenario, NO_RANGES, zeroWidth } from './uncertainty-fixtures';

const cents = (m: Money) => m.toFixed(2);

/** A run as plain strings and numbers, to compare runs exactly. */
function plain(r: MonteCarloResult) {
  return {
    ...r,
    annualSavings: [r.annualSavings.p10, r.annualSavings.p50, r.annualSavings.p90].map((m) => m.toFixed()),
    fan: r.fan.map((f) => [f.month, f.p10.toFixed(), f.p50.toFixed(), f.p90.toFixed()]),
  };
}

describe('triangular', () => {
  it('inverts the CDF of a worked symmetric case', () => {
    // On [0, 10] with mode 5: F(x) = x^2 / 50 below the mode, so F^-1(0.125) = sqrt(6.25) = 2.5.
    expect(triangular(0.5, 0, 5, 10)).toBe(5);
    expect(triangular(0.125, 0, 5, 10)).toBe(2.5);
    expect(triangular(0.875, 0, 5, 10)).toBe(7.5);
    expect(triangular(0, 0, 5, 10)).toBe(0);
  });

  it('inverts the CDF of a worked skewed case', () => {
    // On [2, 8] with mode 4: F(4) = 2 / 6 = 1/3; below it F^-1(u) = 2 + sqrt(u x 6 x 2), so F^-1(1/12) = 3.
    expect(triangular(1 / 12, 2, 4, 8)).toBeCloseTo(3, 12);
    // Above the mode: 8 - sqrt((1 - u) x 6 x 4); u = 5/6 gives 8 - sqrt(4) = 6.
    expect(triangular(5 / 6, 2, 4, 8)).toBeCloseTo(6, 12);
  });

  it('returns the single value of a zero-width range', () => {
    expect(triangular(0.3, 7, 7, 7)).toBe(7);
    expect(triangular(0.3, 7, 9, 7)).toBe(7);
  });

  it('stays within its bounds and rises with u, wherever the mode is', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (low, width, mode, u1, u2) => {
          const high = low + width;
          const x1 = triangular(u1, low, mode, high);
          const x2 = triangular(u2, low, mode, high);
          expect(x1).toBeGreaterThanOrEqual(low);
          expect(x1).toBeLessThanOrEqual(high);
          if (u1 <= u2) expect(x1).toBeLessThanOrEqual(x2 + 1e-9 * Math.max(1, Math.abs(high)));
        },
      ),
    );
  });
});

describe('drawValues', () => {
  const rangeArb = (min: number, max: number) =>
    fc.option(
      fc.tuple(fc.double({ min, max, noNaN: true }), fc.double({ min, max, noNaN: true })).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
      { nil: null },
    );
  const rangesArb: fc.Arbitrary<Ranges> = fc.record({
    resolutionPct: rangeArb(0, 100),
    handleMinutes: rangeArb(0.01, 5),
    costPerHour: rangeArb(0, 10),
    aiPrice: rangeArb(0, 10),
    errorRatePct: rangeArb(0, 100),
    rampSpeed: rangeArb(0.01, 10),
  });

  it('draws every ranged input within its range and leaves the others at their point', () => {
    const point = pointValues(presetScenario('ecommerce'));
    fc.assert(
      fc.property(rangesArb, fc.integer({ min: 0, max: 4_294_967_295 }), fc.nat(10_000), (ranges, seed, index) => {
        const v = drawValues(ranges, point, substream(seed, index));
        for (const input of RANGED_INPUTS) {
          const r = ranges[input];
          if (!r) expect(v[input]).toBe(point[input]);
          else {
            expect(v[input]).toBeGreaterThanOrEqual(r.low);
            expect(v[input]).toBeLessThanOrEqual(r.high);
          }
        }
      }),
    );
  });

  it("uses one uniform per input, so adding a range leaves the other inputs' draws unchanged", () => {
    const s = handScenario();
    const point = pointValues(s);
    const all = drawValues(s.ranges, point, substream(1, 2));
    const fewer = drawValues({ ...s.ranges, resolutionPct: null, aiPrice: null }, point, substream(1, 2));
    for (const input of ['handleMinutes', 'costPerHour', 'errorRatePct', 'rampSpeed'] as const) expect(fewer[input]).toBe(all[input]);
  });
});

describe('the point estimate of each range', () => {
  it('is the share-weighted resolution rate of the AI-eligible categories', () => {
    // Klarna 2025: 60 % at 85 and 20 % at 65 are eligible: (60 x 85 + 20 x 65) / 80 = 80.
    expect(meanResolutionPct(presetScenario('klarna-2025'))).toBeCloseTo(80, 12);
    // All eligible categories at 80: exactly 80, with no rounding from the weighting.
    expect(meanResolutionPct(presetScenario('ecommerce'))).toBe(80);
    const none = handScenario();
    expect(meanResolutionPct({ categories: none.categories.map((c) => ({ ...c, aiEligible: false })) })).toBeNull();
  });

  it("is 1 for multipliers and the scenario's rate for the error rate", () => {
    expect(pointValues(handScenario())).toEqual({ resolutionPct: 50, handleMinutes: 1, costPerHour: 1, aiPrice: 1, errorRatePct: 4, rampSpeed: 1 });
  });
});

describe('stretchRamp', () => {
  it('returns the ramp unchanged at speed 1', () => {
    expect(stretchRamp([0.667, 0.867, 1], 1)).toEqual([0.667, 0.867, 1]);
  });

  it('slows a ramp down: half speed reaches in month 2m what the ramp reached in month m', () => {
    // Through (0, 0), (1, 0.5), (2, 1), (3, 1): months at t = 0.5, 1, 1.5, 2, 2.5.
    expect(stretchRamp([0.5, 1], 0.5)).toEqual([0.25, 0.5, 0.75, 1, 1]);
  });

  it('speeds a ramp up: double speed starts where month 2 was', () => {
    // Through (0, 0), (1, 0.667), (2, 0.867), (3, 1), (4, 1): month 1 is t = 2; from t = 4 on the ramp is over.
    expect(stretchRamp([0.667, 0.867, 1], 2)).toEqual([0.867]);
  });

  it('heads for 1 after the last listed month when the ramp stops short of it', () => {
    // Through (0, 0), (1, 0.5), (2, 1): speed 0.8 gives t = 0.8, 1.6, 2.4 -> 0.4, 0.8, then over.
    const r = stretchRamp([0.5], 0.8);
    expect(r).toHaveLength(2);
    expect(r[0]).toBeCloseTo(0.4, 12);
    expect(r[1]).toBeCloseTo(0.8, 12);
  });

  it('leaves no ramp as no ramp', () => {
    expect(stretchRamp([], 0.5)).toEqual([]);
  });
});

describe('withInputs', () => {
  const s = handScenario();
  const point = pointValues(s);

  it('returns the very same scenario at the point estimate', () => {
    expect(withInputs(s, point)).toBe(s);
  });

  it('sets the resolution rate, keeping the ratios between categories', () => {
    const k = presetScenario('klarna-2025');
    const next = withInputs(k, { ...pointValues(k), resolutionPct: 60 });
    // 85 and 65 scaled by 60 / 80.
    expect(next.categories[0]!.resolutionPct).toBeCloseTo(63.75, 9);
    expect(next.categories[1]!.resolutionPct).toBeCloseTo(48.75, 9);
    expect(next.categories[2]!.resolutionPct).toBe(0);
    expect(meanResolutionPct(next)).toBeCloseTo(60, 9);
  });

  it('scales handle times, the loaded cost on every basis and both AI prices', () => {
    const next = withInputs(s, { ...point, handleMinutes: 1.5, costPerHour: 2, aiPrice: 0.5 });
    expect(next.categories[0]!.handleMinutes).toBe(9);
    expect([next.human.costPerHour, next.human.costPerFteYear, next.human.costPerContact]).toEqual([60, 114_000, 10]);
    expect([next.ai.pricePerUnit, next.ai.pricePerMillionTokens]).toEqual([0.5, 2.5]);
  });

  it('sets the error rate and stretches the ramp', () => {
    const next = withInputs(s, { ...point, errorRatePct: 7, rampSpeed: 0.5 });
    expect(next.quality.errorRatePct).toBe(7);
    expect(next.ramp).toEqual([0.25, 0.5, 0.75, 1, 1]);
  });
});

describe('validateRange', () => {
  it('accepts a range inside the accepted values', () => {
    expect(validateRange('resolutionPct', { low: 70, high: 90 })).toEqual([]);
    expect(validateRange('handleMinutes', { low: 0.85, high: 1.15 })).toEqual([]);
  });

  it('refuses, at the field, what is out of domain and says what is accepted', () => {
    expect(validateRange('resolutionPct', { low: -1, high: 90 })).toEqual([
      { field: 'ranges.resolutionPct.low', message: 'AI resolution rate: the low end cannot be below 0 % (accepted: 0 to 100 %)' },
    ]);
    expect(validateRange('errorRatePct', { low: 2, high: 101 })).toEqual([
      { field: 'ranges.errorRatePct.high', message: 'AI error rate: the high end cannot exceed 100 % (accepted: 0 to 100 %)' },
    ]);
    expect(validateRange('rampSpeed', { low: 0, high: 1 })).toEqual([
      {
        field: 'ranges.rampSpeed.low',
        message: 'Ramp speed: the low end must be more than 0 % of the point value (accepted: above 0 to 1000 % of the point value)',
      },
    ]);
    expect(validateRange('aiPrice', { low: Number.NaN, high: 1 })[0]!.message).toBe('AI price: the low end must be a number');
  });

  it('refuses a low end above the high end', () => {
    expect(validateRange('costPerHour', { low: 1.2, high: 0.9 })).toEqual([
      { field: 'ranges.costPerHour.high', message: 'Loaded agent cost: the low end cannot exceed the high end' },
    ]);
  });

  it("accepts every preset's ranges", () => {
    for (const id of ['ecommerce', 'saas', 'professional-services', 'b2b-enterprise', 'fintech', 'klarna-2024', 'klarna-2025'] as const) {
      expect(validateRanges(presetScenario(id).ranges)).toEqual([]);
    }
  });

  it('has a label and bounds for every ranged input', () => {
    for (const input of RANGED_INPUTS) expect(RANGE_SPECS[input].input).toBe(input);
  });
});

describe('rangeWarnings', () => {
  it('warns when the point estimate lies outside its range', () => {
    // A scenario pricing no errors (0 %) that still carries the presets' 2-8 % range, and no ramp.
    const base = presetScenario('ecommerce');
    const mismatched = { ...base, quality: { ...base.quality, errorRatePct: 0 }, ramp: [] };
    expect(rangeWarnings(mismatched)).toEqual([
      {
        field: 'ranges.errorRatePct',
        message: 'AI error rate: the point estimate (0 %) lies outside its range (2 % to 8 %); draws treat the nearest end as most likely',
      },
      { field: 'ranges.rampSpeed', message: 'Ramp speed: the scenario has no ramp, so this range changes nothing' },
    ]);
    expect(rangeWarnings(presetScenario('ecommerce'))).toEqual([]);
    // The Klarna presets carry no range where they have nothing to range.
    expect(rangeWarnings(presetScenario('klarna-2024'))).toEqual([]);
    expect(rangeWarnings(presetScenario('klarna-2025'))).toEqual([]);
  });
});

describe('nearestRank and percentiles', () => {
  it('takes the value at rank ceil(q n), worked on a tiny sample', () => {
    // Sorted 1 2 3 4 5: P10 rank ceil(0.5) = 1, P50 rank ceil(2.5) = 3, P90 rank ceil(4.5) = 5.
    expect(percentiles([5, 1, 4, 2, 3], [0.1, 0.5, 0.9])).toEqual([1, 3, 5]);
    // Ten values: ranks 1, 5 and 9 exactly (0.1 x 10 is a whole rank, not rounded up to 2).
    expect(percentiles([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], [0.1, 0.5, 0.9])).toEqual([1, 5, 9]);
    expect([0.1, 0.5, 0.9].map((q) => nearestRank(q, DEFAULT_DRAWS))).toEqual([200, 1000, 1800]);
  });

  it('sorts Infinity (payback not reached) last', () => {
    expect(percentiles([Infinity, 2, Infinity, 1, 3], [0.1, 0.5, 0.9])).toEqual([1, 3, Infinity]);
  });

  it('selects, at each asked rank, the value a sort puts there (many equal values included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        (xs, picks) => {
          const a = Float64Array.from(xs);
          const ranks = [...new Set(picks.map((p) => p % xs.length))].sort((x, y) => x - y);
          selectRanks(a, 0, a.length - 1, ranks);
          const sorted = Float64Array.from(xs).sort();
          for (const r of ranks) expect(a[r]).toBe(sorted[r]);
          // Only rearranged: the same values.
          expect(Float64Array.from(a).sort()).toEqual(sorted);
        },
      ),
    );
  });

  it('reads money percentiles of one month of a draw-major column, worked', () => {
    // Three draws of two months, draw-major: month 2 holds 300, 100, 200 cents.
    const col = { cents: Float64Array.from([5, 300, 7, 100, 9, 200]), exact: {} };
    const pct = (scratch?: Float64Array) => moneyPercentiles(col, 1, 2, 3, [0.1, 0.5, 0.9], 2, scratch).map((m) => m.toFixed(2));
    // Ranks ceil(0.3) = 1, ceil(1.5) = 2, ceil(2.7) = 3 of 1.00, 2.00, 3.00.
    expect(pct()).toEqual(['1.00', '2.00', '3.00']);
    expect(pct(new Float64Array(8))).toEqual(['1.00', '2.00', '3.00']);
    expect(Array.from(col.cents)).toEqual([5, 300, 7, 100, 9, 200]);
  });
});

describe('monteCarlo', () => {
  it('reproduces the point estimate exactly, to the cent, when every range has zero width', () => {
    for (const s0 of [handScenario(), presetScenario('ecommerce'), presetScenario('klarna-2025')]) {
      const s = { ...s0, ranges: zeroWidth(s0, meanResolutionPct(s0)!) };
      const point = calculate(s).full;
      const r = monteCarlo(s, 40);
      for (const p of [r.annualSavings.p10, r.annualSavings.p50, r.annualSavings.p90]) {
        expect(p.toFixed()).toBe(point.summary.annualSavings.toFixed());
      }
      expect([r.paybackMonths.p10, r.paybackMonths.p50, r.paybackMonths.p90]).toEqual(Array(3).fill(point.summary.paybackMonths));
      expect([r.staffedFte.p10, r.staffedFte.p50, r.staffedFte.p90]).toEqual(Array(3).fill(point.summary.staffedFteWithAi));
      expect(r.fan.map((f) => [f.p10.toFixed(), f.p50.toFixed(), f.p90.toFixed()])).toEqual(
        point.rows.map((row) => Array(3).fill(row.cumulativeSavings.toFixed())),
      );
      expect(r.paybackProbability).toBe(point.summary.paybackMonths === null ? 0 : 1);
    }
  });

  it('reproduces the point estimate without any range, at the default 2,000 draws', () => {
    const s = handScenario({ ranges: NO_RANGES });
    const r = monteCarlo(s);
    expect(r.draws).toBe(2000);
    expect(cents(r.annualSavings.p10)).toBe('200400.00');
    expect(cents(r.annualSavings.p90)).toBe('200400.00');
    expect(r.fan.map((f) => cents(f.p50))).toEqual(['-4050.00', '12650.00', '29350.00']);
  });

  it('gives the same figures for the same seed, and other figures for another seed', () => {
    const s = presetScenario('ecommerce');
    const a = plain(monteCarlo(s, 60));
    expect(plain(monteCarlo(s, 60))).toEqual(a);
    expect(plain(monteCarlo({ ...s, seed: s.seed + 1 }, 60)).annualSavings).not.toEqual(a.annualSavings);
  });

  it('pins the figures of the worked scenario for its seed', () => {
    const r = monteCarlo(handScenario({ seed: 42 }), 200);
    expect(r.seed).toBe(42);
    // Regression pin: any change to the generator, the distribution or the model shows here.
    expect([cents(r.annualSavings.p10), cents(r.annualSavings.p50), cents(r.annualSavings.p90)]).toMatchInlineSnapshot(`
      [
        "158406.36",
        "193786.44",
        "222893.40",
      ]
    `);
  });

  it('does not depend on how the draws are split into batches', () => {
    const s = presetScenario('saas');
    const whole = runDraws(s, 0, 30);
    const joined = joinBatches([runDraws(s, 17, 13), runDraws(s, 0, 5), runDraws(s, 5, 12)]);
    expect(joined).toEqual(whole);
    expect(plain(summariseDraws(joined))).toEqual(plain(summariseDraws(whole)));
  });

  it('makes the fan when it is first read: an own enumerable value, the same as made at once', () => {
    const s = presetScenario('saas');
    const batch = runDraws(s, 0, 40);
    const r = summariseDraws(batch);
    const d = Object.getOwnPropertyDescriptor(r, 'fan')!;
    expect(d.enumerable).toBe(true);
    expect(d.get).toBeTypeOf('function');
    expect(r.fan).toBe(r.fan);
    // Each month's percentiles of the draws' cumulative savings, by a full sort (nearest rank).
    const months = batch.months;
    const expected = Array.from({ length: months }, (_, m) => {
      const col = Array.from({ length: 40 }, (_, i) => batch.cumulative.cents[i * months + m]!).sort((a, b) => a - b);
      return [m + 1, ...[4, 20, 36].map((k) => (col[k - 1]! / 100).toFixed(2))];
    });
    expect(r.fan.map((f) => [f.month, cents(f.p10), cents(f.p50), cents(f.p90)])).toEqual(expected);
    // Spread, structured clone and JSON take it as a value.
    expect({ ...r }.fan).toBe(r.fan);
    expect(JSON.parse(JSON.stringify(r)).fan).toHaveLength(months);
  });

  it('cuts a batch into the batches of its draws, exact amounts beyond float cents included', () => {
    const s = presetScenario('saas');
    const whole = runDraws(s, 4, 20);
    expect(sliceBatch(whole, 0, 7)).toEqual(runDraws(s, 4, 7));
    expect(sliceBatch(whole, 7, 13)).toEqual(runDraws(s, 11, 13));
    expect(sliceBatch(whole, 20, 0)).toEqual(runDraws(s, 24, 0));
    expect(() => sliceBatch(whole, 15, 6)).toThrow('draws 15 to 21 are not in a batch of 20');
    // An amount kept exact (too large for float cents) moves with its draw: draw 9 is the 3rd of draws 7 on.
    const big = { ...whole, annualSavings: { cents: whole.annualSavings.cents, exact: { 9: '123456789012345678.91', 2: '1.00' } } };
    expect(sliceBatch(big, 7, 5).annualSavings.exact).toEqual({ 2: '123456789012345678.91' });
    expect(joinBatches([sliceBatch(whole, 12, 8), sliceBatch(whole, 0, 12)])).toEqual(whole);
  });

  it('keeps P10 <= P50 <= P90 for every figure and every month of the fan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_294_967_295 }), fc.integer({ min: 1, max: 40 }), (seed, draws) => {
        const r = monteCarlo(handScenario({ seed }), draws);
        expect(r.annualSavings.p10.lte(r.annualSavings.p50) && r.annualSavings.p50.lte(r.annualSavings.p90)).toBe(true);
        const pb = [r.paybackMonths.p10, r.paybackMonths.p50, r.paybackMonths.p90].map((x) => x ?? Infinity);
        expect(pb[0]! <= pb[1]! && pb[1]! <= pb[2]!).toBe(true);
        expect(r.staffedFte.p10 <= r.staffedFte.p50 && r.staffedFte.p50 <= r.staffedFte.p90).toBe(true);
        for (const f of r.fan) expect(f.p10.lte(f.p50) && f.p50.lte(f.p90)).toBe(true);
        expect(r.paybackProbability).toBeGreaterThanOrEqual(0);
        expect(r.paybackProbability).toBeLessThanOrEqual(1);
      }),
      { numRuns: 15 },
    );
  });

  it('keeps its percentiles within the savings of the extreme inputs', () => {
    // Savings of the worked scenario rise with resolution and cost and fall with price and errors;
    // handle time does not move a per-contact cost. The extremes bound every draw.
    const s = handScenario({ ranges: { ...handScenario().ranges, rampSpeed: null } });
    const p = pointValues(s);
    const worst = evaluate(withInputs(s, { ...p, resolutionPct: 40, costPerHour: 0.9, aiPrice: 1.2, errorRatePct: 8 })).annualSavings;
    const best = evaluate(withInputs(s, { ...p, resolutionPct: 60, costPerHour: 1.1, aiPrice: 0.8, errorRatePct: 2 })).annualSavings;
    const r = monteCarlo(s, 300);
    expect(r.annualSavings.p10.gt(worst)).toBe(true);
    expect(r.annualSavings.p90.lt(best)).toBe(true);
  });

  it('counts the share of draws that pay back within the horizon', () => {
    // Month 1 at 25 % of the ramp can leave the $12,000 unpaid after 3 months when a slow ramp
    // meets a low resolution rate; a one-time cost of $100,000 is never paid back in 3 months.
    expect(monteCarlo(handScenario({ ai: { ...handScenario().ai, setupCost: 100_000 } }), 50).paybackProbability).toBe(0);
    expect(monteCarlo(handScenario({ ai: { ...handScenario().ai, setupCost: 100_000 } }), 50).paybackMonths.p10).toBeNull();
    expect(monteCarlo(handScenario({ ai: { ...handScenario().ai, setupCost: 0 } }), 50).paybackProbability).toBe(1);
  });
});

describe('tornado', () => {
  it('ranks the inputs of the worked scenario by the swing in annual savings, worked by hand', () => {
    // Steady month: savings = 50,000 - (5 x H + AI + 10 x W + 800) with H = 10,000 - R + W / 2.
    // Resolution 40 %: R = 4,000, W = 160, H = 6,080: 50,000 - 36,800 = 13,200 -> 158,400 a year.
    // Resolution 60 %: R = 6,000, W = 240, H = 4,120: 50,000 - 29,800 = 20,200 -> 242,400.
    // Cost x 0.9: 45,000 - (22,950 + 5,000 + 2,000 + 800) = 14,250 -> 171,000; x 1.1: 19,150 -> 229,800.
    // Ramp at half speed: 3 months reach 0.75 only; month 3: R = 3,750, W = 150, H = 6,325: 12,325 -> 147,900.
    // Errors 2 %: W = 100, H = 5,050: 17,950 -> 215,400; 8 %: W = 400, H = 5,200: 14,200 -> 170,400.
    // AI price x 0.8: 17,700 -> 212,400; x 1.2: 15,700 -> 188,400. Handle time: per-contact cost, no swing.
    const t = tornado(handScenario());
    expect(cents(t.base)).toBe('200400.00');
    expect(t.bars.map((b) => [b.input, cents(b.atLow), cents(b.atHigh), cents(b.swing)])).toEqual([
      ['resolutionPct', '158400.00', '242400.00', '84000.00'],
      ['costPerHour', '171000.00', '229800.00', '58800.00'],
      ['rampSpeed', '147900.00', '200400.00', '52500.00'],
      ['errorRatePct', '215400.00', '170400.00', '45000.00'],
      ['aiPrice', '212400.00', '188400.00', '24000.00'],
      ['handleMinutes', '200400.00', '200400.00', '0.00'],
    ]);
    // Ramp at half speed, month by month: savings 3,575, 7,950, 12,325; $12,000 owed is paid in month 3:
    // 2 + 475 / 12,325.
    expect(t.bars[2]!.paybackAtLow).toBeCloseTo(2 + 475 / 12_325, 12);
  });

  it('leaves out inputs without a range', () => {
    const t = tornado(handScenario({ ranges: { ...NO_RANGES, aiPrice: { low: 0.5, high: 1.5 } } }));
    expect(t.bars.map((b) => b.input)).toEqual(['aiPrice']);
  });
});

describe('evaluate', () => {
  it('reports what the summary reports for the same scenario', () => {
    const s: Scenario = presetScenario('saas');
    const o = evaluate(s);
    const full = calculate(s).full;
    expect(o.annualSavings.toFixed()).toBe(full.summary.annualSavings.toFixed());
    expect(o.paybackMonths).toBe(full.summary.paybackMonths);
    expect(o.staffedFte).toBe(full.summary.staffedFteWithAi);
    expect(o.cumulative.map((m) => m.toFixed())).toEqual(full.rows.map((r) => r.cumulativeSavings.toFixed()));
  });
});

describe('money of many draws', () => {
  it('keeps every amount exact, however large', () => {
    // A billion e-mails a month growing 50 % a month for ten years runs far past 2^53 cents
    // (e-mail is staffed from workload, so no queue grows with it); the figures stay exact decimals.
    const s = handScenario({
      channel: 'email',
      contactsPerMonth: 1e9,
      growthPctPerMonth: 50,
      finance: { months: 120, discountRatePct: 0, currency: 'USD' },
      ramp: [],
      ranges: NO_RANGES,
    });
    const point = calculate(s).full;
    const r = monteCarlo(s, 3);
    expect(point.rows[119]!.cumulativeSavings.abs().gt(2 ** 53)).toBe(true);
    expect(r.fan[119]!.p50.toFixed()).toBe(point.rows[119]!.cumulativeSavings.toFixed());
    expect(r.annualSavings.p50.toFixed()).toBe(point.summary.annualSavings.toFixed());
    expect(r.fan.map((f) => f.p90.toFixed())).toEqual(point.rows.map((row) => row.cumulativeSavings.toFixed()));
  });

  it('reads cents exactly from floats up to 2^43 currency units', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 43n) * 100n + 1n, max: 2n ** 43n * 100n - 1n }), (c) => {
        const amount = new Money(c.toString()).div(100);
        expect(BigInt(Math.round(amount.toNumber() * 100) + 0)).toBe(c);
      }),
    );
  });
});

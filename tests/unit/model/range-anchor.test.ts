import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate, monteCarlo, presetScenario, rangesFollowingPoint, withAutomation, withAverageHandle, type Scenario } from '../../../src/model';
import { meanResolutionPct, rangeWarnings } from '../../../src/model/uncertainty';

const ecommerce = presetScenario('ecommerce');

function withRate(s: Scenario, pct: number): Scenario {
  return { ...s, categories: s.categories.map((c) => (c.aiEligible ? { ...c, resolutionPct: pct } : c)) };
}

describe('Ranges follow their point', () => {
  it('moves an absolute range by as much as its point moved (75-85 % around 80 % becomes 35-45 % around 40 %)', () => {
    expect(meanResolutionPct(ecommerce)).toBe(80);
    expect(ecommerce.ranges.resolutionPct).toEqual({ low: 75, high: 85 });
    const next = rangesFollowingPoint(ecommerce, withRate(ecommerce, 40));
    expect(next.ranges.resolutionPct).toEqual({ low: 35, high: 45 });
    // The other ranges are untouched: the error rate did not move, the rest are multipliers.
    expect(next.ranges.errorRatePct).toBe(ecommerce.ranges.errorRatePct);
    expect(next.ranges.handleMinutes).toBe(ecommerce.ranges.handleMinutes);
  });

  it('moves the error-rate range with the error rate (2-8 % around 5 % becomes 0-4 % around 1 %, the low end clamped at 0)', () => {
    const next = rangesFollowingPoint(ecommerce, { ...ecommerce, quality: { ...ecommerce.quality, errorRatePct: 1 } });
    expect(next.ranges.errorRatePct).toEqual({ low: 0, high: 4 });
  });

  it('clamps an end at 100 % (75-85 % around 80 % becomes 93-100 % around 98 %)', () => {
    expect(rangesFollowingPoint(ecommerce, withRate(ecommerce, 98)).ranges.resolutionPct).toEqual({ low: 93, high: 100 });
  });

  it('keeps the decimals a user could type and none of the float noise of the sum', () => {
    // 75 + (33.3 - 80) is 28.299999999999997 in binary floating point.
    expect(rangesFollowingPoint(ecommerce, withRate(ecommerce, 33.3)).ranges.resolutionPct).toEqual({ low: 28.3, high: 38.3 });
  });

  it('keeps a range the same edit set, even one that excludes the point', () => {
    const next = { ...withRate(ecommerce, 40), ranges: { ...ecommerce.ranges, resolutionPct: { low: 60, high: 70 } } };
    expect(rangesFollowingPoint(ecommerce, next)).toBe(next);
    expect(rangeWarnings(next).map((w) => w.field)).toEqual(['ranges.resolutionPct']);
  });

  it('keeps a deliberately excluding range excluding by the same distance, so its warning stands', () => {
    const excluding = { ...ecommerce, ranges: { ...ecommerce.ranges, resolutionPct: { low: 85, high: 95 } } };
    const next = rangesFollowingPoint(excluding, withRate(excluding, 60));
    expect(next.ranges.resolutionPct).toEqual({ low: 65, high: 75 });
    expect(rangeWarnings(next).map((w) => w.field)).toEqual(['ranges.resolutionPct']);
  });

  it('returns the scenario itself when no point moved', () => {
    const next = { ...ecommerce, contactsPerMonth: 1234 };
    expect(rangesFollowingPoint(ecommerce, next)).toBe(next);
  });

  it('leaves a scenario without an AI-eligible category as it is', () => {
    const none = { ...ecommerce, categories: ecommerce.categories.map((c) => ({ ...c, aiEligible: false, resolutionPct: 0 })) };
    const next = { ...none, contactsPerMonth: 10 };
    expect(rangesFollowingPoint(none, next)).toBe(next);
  });

  it('law: a range that held its point still holds it after any move of the point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b, to) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const point = (low + high) / 2;
        const start = { ...withRate(ecommerce, point), ranges: { ...ecommerce.ranges, resolutionPct: { low, high } } };
        const r = rangesFollowingPoint(start, withRate(start, to)).ranges.resolutionPct!;
        expect(r.low).toBeLessThanOrEqual(to + 1e-9);
        expect(r.high).toBeGreaterThanOrEqual(to - 1e-9);
        expect(r.low).toBeGreaterThanOrEqual(0);
        expect(r.high).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });

  it('after any quick-input edit of a preset, the point estimate of annual savings lies within its P10..P90', () => {
    const presets = ['ecommerce', 'saas', 'professional-services', 'b2b-enterprise', 'fintech'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...presets),
        fc.oneof(
          fc.record({ kind: fc.constant('automation' as const), x: fc.integer({ min: 5, max: 60 }) }),
          fc.record({ kind: fc.constant('handle' as const), x: fc.integer({ min: 3, max: 30 }) }),
          fc.record({ kind: fc.constant('volume' as const), x: fc.integer({ min: 2_000, max: 200_000 }) }),
          fc.record({ kind: fc.constant('cost' as const), x: fc.integer({ min: 12, max: 80 }) }),
        ),
        (id, edit) => {
          const before = presetScenario(id);
          let next: Scenario;
          if (edit.kind === 'automation') {
            const r = withAutomation(before, edit.x);
            if (!r.ok) return;
            next = { ...before, categories: r.categories };
          } else if (edit.kind === 'handle') next = { ...before, categories: withAverageHandle(before.categories, edit.x) };
          else if (edit.kind === 'volume') next = { ...before, contactsPerMonth: edit.x };
          else next = { ...before, human: { ...before.human, costPerHour: edit.x } };
          const s = { ...rangesFollowingPoint(before, next), months: 12 };
          expect(rangeWarnings(s)).toEqual([]);
          const mc = monteCarlo(s, 200);
          const point = calculate(s).full.summary.annualSavings.toNumber();
          expect(point).toBeGreaterThanOrEqual(mc.annualSavings.p10.toNumber());
          expect(point).toBeLessThanOrEqual(mc.annualSavings.p90.toNumber());
        },
      ),
      { numRuns: 12, seed: 1414 },
    );
  }, 120_000);
});

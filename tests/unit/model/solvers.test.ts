import { describe, expect, it } from 'vitest';
import { calculate, errorCostCrossOver, presetScenario, sideOf, withAutomation, type Scenario } from '../../../src/model';
import {
  accuracyCrossOver,
  AUTOMATION_TOLERANCE_PCT,
  automationToBreakEven,
  breakEvenErrorCost,
  decisionSupport,
  SOLVER_MESSAGES,
} from '../../../src/model/solvers';
import { handScenario, NO_RANGES } from './uncertainty-fixtures';

describe('automationToBreakEven', () => {
  it('finds where the steady-state month starts saving, worked by hand', () => {
    // Per-contact cost, steady month, R resolved of 10,000: H = 10,000 - R + 0.02 R,
    // savings = 50,000 - (5 H + 1 R + 10 x 0.04 R + 800) = 3.5 R - 800, zero at R = 228.571...
    // i.e. 2.2857 % of contacts.
    const r = automationToBreakEven(handScenario(), 'steady');
    expect(r.kind).toBe('at');
    if (r.kind !== 'at') return;
    expect(r.automationPct).toBeGreaterThanOrEqual(800 / 3.5 / 100);
    expect(r.automationPct).toBeLessThanOrEqual(800 / 3.5 / 100 + AUTOMATION_TOLERANCE_PCT);
    expect(r.currentPct).toBe(50);
    expect(r.maxPct).toBe(100);
  });

  it('finds the automation that pays back the one-time cost within the horizon, worked by hand', () => {
    // Month 1 at half ramp saves 3.5 x 5,000 a - 800, months 2 and 3 save 3.5 x 10,000 a - 800 each:
    // -12,000 + 87,500 a - 2,400 >= 0 from a = 14,400 / 87,500 = 16.4571 %.
    const r = automationToBreakEven(handScenario(), 'payback');
    expect(r.kind).toBe('at');
    if (r.kind !== 'at') return;
    expect(r.automationPct).toBeGreaterThanOrEqual(14_400 / 875);
    expect(r.automationPct).toBeLessThanOrEqual(14_400 / 875 + AUTOMATION_TOLERANCE_PCT);
  });

  it('answers with an automation at which the scenario does break even', () => {
    for (const id of ['ecommerce', 'saas', 'klarna-2025'] as const) {
      const s = presetScenario(id);
      const r = automationToBreakEven(s, 'steady');
      expect(r.kind).toBe('at');
      if (r.kind !== 'at') continue;
      const mix = withAutomation(s, r.automationPct);
      if (!mix.ok) throw new Error(mix.message);
      expect(calculate({ ...s, categories: mix.categories }).full.summary.monthlySavings.gte(0)).toBe(true);
    }
  });

  it('reports, rather than invents, an automation that cannot break even', () => {
    const s = handScenario();
    const r = automationToBreakEven({ ...s, ai: { ...s.ai, pricePerUnit: 100 } }, 'steady');
    expect(r).toEqual({ kind: 'unreachable', currentPct: 50, maxPct: 100, message: SOLVER_MESSAGES.unreachable('steady', 100) });
    expect(r.kind === 'unreachable' && r.message).toBe(
      'Even at 100 % automation (everything the AI may attempt, resolved) the steady-state month costs more than the all-human baseline',
    );
  });

  it('says so when no category may be attempted', () => {
    const s = handScenario();
    const r = automationToBreakEven({ ...s, categories: s.categories.map((c) => ({ ...c, aiEligible: false })) });
    expect(r).toEqual({ kind: 'unreachable', currentPct: 0, maxPct: 0, message: SOLVER_MESSAGES.noEligible });
  });

  it('is 0 when even no automation breaks even', () => {
    // Nothing fixed, nothing one-time, an AI that costs nothing: savings are never negative.
    const s = handScenario();
    const free: Scenario = { ...s, ai: { ...s.ai, pricePerUnit: 0, fixedPerMonth: 0, upkeepPerMonth: 0, setupCost: 0 } };
    expect(automationToBreakEven(free, 'steady')).toEqual({ kind: 'at', automationPct: 0, currentPct: 50, maxPct: 100 });
  });
});

describe('breakEvenErrorCost', () => {
  it("is the full method's Summary.breakEvenErrorCost", () => {
    // Steady month: savings before errors 16,700 + 2,000 = 18,700 over 200 errors = $93.50.
    expect(breakEvenErrorCost(handScenario())!.toFixed(2)).toBe('93.50');
    const s = presetScenario('klarna-2025');
    expect(breakEvenErrorCost(s)!.toFixed()).toBe(calculate(s).full.summary.breakEvenErrorCost!.toFixed());
  });
});

describe('accuracyCrossOver', () => {
  it("is comparison.ts's errorCostCrossOver of the two full-method summaries", () => {
    // docs/METHOD.md, "Break-even solvers": 50 % automated at 98 % accuracy against 75 % automated at 90 %.
    const careful = handScenario({ quality: { ...handScenario().quality, errorRatePct: 2 } });
    const bold = handScenario({
      categories: [{ ...handScenario().categories[0]!, resolutionPct: 75 }],
      quality: { ...handScenario().quality, errorRatePct: 10 },
    });
    const got = accuracyCrossOver(careful, bold);
    const want = errorCostCrossOver(sideOf(calculate(careful).full.summary), sideOf(calculate(bold).full.summary));
    expect(got).toEqual(want);
    // By hand: careful W = 100, other costs 5 x 5,050 + 5,000 + 800 = 31,050; bold R = 7,500, W = 750,
    // H = 2,875, other costs 14,375 + 7,500 + 800 = 22,675. e* = (22,675 - 31,050) / (100 - 750) = $12.88.
    expect(got.kind === 'at' && got.errorCost.toFixed(2)).toBe('12.88');
    expect(got.kind === 'at' && got.moreAccurate).toBe('a');
  });
});

describe('decisionSupport', () => {
  it('gathers the tornado and the solvers', () => {
    const d = decisionSupport(handScenario({ ranges: { ...NO_RANGES, aiPrice: { low: 0.8, high: 1.2 } } }));
    expect(d.tornado.bars).toHaveLength(1);
    expect(d.steady.kind).toBe('at');
    expect(d.payback.kind).toBe('at');
    expect(d.breakEvenErrorCost?.toFixed(2)).toBe('93.50');
  });
});

import { describe, expect, it } from 'vitest';
import { calculate, FULL, parseScenario, presetScenario } from '../../../src/model';
import { newContext, project } from '../../../src/model/projection';
import { workedScenario } from './fixtures';

const money = (m: { toFixed: (dp: number) => string }) => m.toFixed(2);

describe('the headline method', () => {
  it('reproduces the published arithmetic to the cent', () => {
    // 10,000 x 50 % = 5,000 AI-resolved; human 5,000 x $5 = $25,000 vs baseline $50,000;
    // AI 5,000 x $1 = $5,000; no errors, no fixed costs, no ramp: savings $20,000 a month.
    const s = workedScenario();
    const h = calculate(s).headline;
    expect(h.rows.map((r) => money(r.savings))).toEqual(['20000.00', '20000.00', '20000.00']);
    expect(money(h.summary.baselineCostPerMonth)).toBe('50000.00');
    expect(money(h.summary.totalCostPerMonth)).toBe('30000.00');
    expect(money(h.summary.annualSavings)).toBe('240000.00');
    expect(h.summary.aiResolvedPerMonth).toBe(5000);
    expect(h.summary.humanAhtAfter).toBe(6);
  });

  it('works in hours with an hourly cost: hours x rate, hours / 160 agents', () => {
    // Baseline 1,000 h x $30 = $30,000; human 500 h = $15,000; AI $5,000; savings $10,000.
    const s = workedScenario();
    const h = calculate({ ...s, human: { ...s.human, costBasis: 'hour' } }).headline.summary;
    expect(money(h.monthlySavings)).toBe('10000.00');
    expect(h.agentEquivalentsBaseline).toBe(6.25);
    expect(h.agentEquivalentsWithAi).toBe(3.125);
    expect(h.agentEquivalentsAiWork).toBe(3.125);
    // Payback 1.2 months: $12,000 owed, $10,000 a month.
    expect(h.paybackMonths).toBeCloseTo(1.2, 12);
    // ROI = (30,000 - 12,000) / (15,000 + 12,000) = 66.67 %.
    expect(h.roiPct).toBeCloseTo(200 / 3, 9);
    // NPV = -12,000 + 10,000 x (1.12^-1/12 + 1.12^-2/12 + 1.12^-3/12), worked separately.
    expect(money(h.npv)).toBe('17439.55');
  });
});

describe('the full method', () => {
  const r = calculate(workedScenario());
  const rows = r.full.rows;

  it('books month 1 at half ramp', () => {
    // R = 2,500; X = 7,500; W = 100; re-contacts 50; H = 7,550 x $5 = $37,750;
    // AI $2,500; quality $1,000; fixed $800; total $42,050; savings $7,950.
    const m1 = rows[0]!;
    expect(m1.aiResolved).toBe(2500);
    expect(m1.aiEscalated).toBe(7500);
    expect(m1.humanContacts).toBe(7550);
    expect([m1.baselineCost, m1.humanCost, m1.aiCost, m1.qualityCost, m1.fixedCost, m1.totalCost, m1.savings, m1.cumulativeSavings].map(money)).toEqual([
      '50000.00',
      '37750.00',
      '2500.00',
      '1000.00',
      '800.00',
      '42050.00',
      '7950.00',
      '-4050.00',
    ]);
  });

  it('books the steady state from month 2', () => {
    // R = 5,000; X = 5,000; W = 200; H = 5,100 x $5 = $25,500; AI $5,000; quality $2,000;
    // total $33,300; savings $16,700; cumulative 12,650 then 29,350.
    expect(rows.map((m) => money(m.savings))).toEqual(['7950.00', '16700.00', '16700.00']);
    expect(rows.map((m) => money(m.cumulativeSavings))).toEqual(['-4050.00', '12650.00', '29350.00']);
    const s = r.full.summary;
    expect(s.steadyMonth).toBe(2);
    expect(money(s.annualSavings)).toBe('200400.00');
    expect(money(s.baselineCostPerContact!)).toBe('5.00');
    expect(money(s.hybridCostPerContact!)).toBe('3.33');
    // Agent minutes 5,100 x 6 + 5,000 x 2 = 40,600 over 5,100 contacts.
    expect(s.humanAhtAfter).toBeCloseTo(40600 / 5100, 12);
    expect(s.humanHoursPerMonth).toBeCloseTo(40600 / 60, 9);
  });

  it('finds payback, ROI, NPV and the break-even error cost', () => {
    const s = r.full.summary;
    // Owed 4,050 after month 1, month 2 saves 16,700: 1 + 4,050 / 16,700.
    expect(s.paybackMonths).toBeCloseTo(1 + 4050 / 16700, 12);
    // (7,950 + 16,700 x 2 - 12,000) / (3,300 + 5,800 x 2 + 12,000) = 29,350 / 26,900.
    expect(s.roiPct).toBeCloseTo((29350 / 26900) * 100, 9);
    expect(money(s.npv)).toBe('28496.29');
    // Savings before errors 16,700 + 2,000 = 18,700 over 200 errors = $93.50.
    expect(money(s.breakEvenErrorCost!)).toBe('93.50');
    // Resolution time after: (5,000 x 2 + 5,000 x (2 + 11)) / 10,000 = 7.5 min vs 11.
    expect(s.resolutionTimeImprovementPct).toBeCloseTo(((11 - 7.5) / 11) * 100, 9);
  });

  it('never reaches payback when savings never cover the one-time cost', () => {
    const base = workedScenario();
    const s = calculate({ ...base, ai: { ...base.ai, setupCost: 1_000_000 } }).full.summary;
    expect(s.paybackMonths).toBeNull();
  });

  it('is a valid scenario', () => {
    expect(parseScenario(workedScenario()).ok).toBe(true);
  });
});

describe('the gap explanation', () => {
  it('adds up exactly to the difference between the methods', () => {
    const r = calculate(workedScenario());
    const monthly = r.gap.steps.reduce((sum, s) => sum.plus(s.monthlySavingsDelta), r.gap.headlineMonthlySavings);
    expect(money(monthly)).toBe(money(r.full.summary.monthlySavings));
    const horizon = r.gap.steps.reduce((sum, s) => sum.plus(s.horizonSavingsDelta), r.gap.headlineHorizonSavings);
    expect(money(horizon)).toBe(money(r.full.summary.horizonNetSavings));
  });

  it('prices the handoff step at escalations x minutes x cost', () => {
    // With an hourly cost and workload hours: 5,000 escalations x 2 min = 166.67 h x $30 = $5,000.
    const base = workedScenario();
    const r = calculate({ ...base, human: { ...base.human, costBasis: 'hour' } });
    const handoff = r.gap.steps.find((s) => s.key === 'handoff')!;
    expect(money(handoff.monthlySavingsDelta)).toBe('-5000.00');
  });
});

describe('arrival weights carried between contexts', () => {
  it('are recomputed when the opening hours or the profile differ, and reused when they do not', () => {
    const base = presetScenario('ecommerce');
    const first = newContext();
    project(base, FULL, first);
    const baseWeights = first.weights[0]!.weights;
    // The same open-days array, other hours: the carried weights must not be used.
    const office = { ...base, human: { ...base.human, openFromHour: 9, openToHour: 17 } };
    expect(project(office, FULL, newContext(first))).toEqual(project(office, FULL, newContext()));
    const profiled = { ...base, arrivalProfile: Array.from({ length: 168 }, (_, h) => 1 + (h % 24)) };
    expect(project(profiled, FULL, newContext(first))).toEqual(project(profiled, FULL, newContext()));
    // Other costs, same hours and profile (a Monte Carlo draw): the weights are the same object.
    const dearer = { ...base, human: { ...base.human, costPerHour: base.human.costPerHour * 2 } };
    const second = newContext(first);
    const kept = first.weights.length;
    project(dearer, FULL, second);
    expect(second.weights).toHaveLength(kept);
    expect(second.weights.some((w) => w.weights === baseWeights)).toBe(true);
  });
});

describe("the months' category rows", () => {
  const sumOf = (rows: readonly { contacts: number; humanContacts: number; agentMinutes: number }[]) =>
    rows.reduce(
      (t, r) => ({ contacts: t.contacts + r.contacts, humanContacts: t.humanContacts + r.humanContacts, agentMinutes: t.agentMinutes + r.agentMinutes }),
      {
        contacts: 0,
        humanContacts: 0,
        agentMinutes: 0,
      },
    );

  it('are kept for the ramp and the steady month, whose totals they add up to; later months are their totals alone', () => {
    const s = { ...presetScenario('ecommerce'), growthPctPerMonth: 1, ramp: [0.5, 0.8, 0.9], finance: { ...presetScenario('ecommerce').finance, months: 36 } };
    const rows = project(s, FULL, newContext());
    const kept = rows.filter((r) => r.categories.length > 0).map((r) => r.month);
    expect(kept).toEqual([1, 2, 3, 4]);
    expect(calculate(s).full.summary.steadyMonth).toBe(4);
    for (const r of rows.slice(0, 4)) {
      const sum = sumOf(r.categories);
      expect(sum.contacts).toBe(r.contacts);
      expect(sum.humanContacts).toBe(r.humanContacts);
      expect(sum.agentMinutes / 60).toBe(r.humanHours);
    }
    // The funnel chart and the quality view read the steady month's rows.
    expect(rows[3]!.categories).toHaveLength(s.categories.length);
  });

  it('are kept for every month when the ramp outlasts the horizon (the last month is then the steady one)', () => {
    const s = { ...presetScenario('ecommerce'), ramp: [0.2, 0.4, 0.6, 0.8], finance: { ...presetScenario('ecommerce').finance, months: 3 } };
    const rows = project(s, FULL, newContext());
    expect(rows.map((r) => r.categories.length)).toEqual([s.categories.length, s.categories.length, s.categories.length]);
    expect(calculate(s).full.summary.steadyMonth).toBe(3);
  });
});

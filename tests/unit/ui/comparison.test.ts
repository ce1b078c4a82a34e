import { describe, expect, it } from 'vitest';
import { calculate, presetScenario, withAutomation, type Scenario } from '../../../src/model';
import {
  breakEvenSentence,
  CALCULATING,
  compareMonthText,
  comparisonRows,
  OTHER_CURRENCY,
  OTHER_DISCOUNT_RATE,
  OTHER_HORIZON,
} from '../../../src/ui/results/comparison';

function variant(name: string, automation: number, errorRatePct: number): Scenario {
  const base = presetScenario('ecommerce');
  const r = withAutomation(base, automation);
  if (!r.ok) throw new Error(r.message);
  return { ...base, name, categories: r.categories, quality: { ...base.quality, errorRatePct } };
}

const scenarios = [presetScenario('ecommerce'), variant('Cautious', 50, 2), variant('Aggressive', 75, 10)];
const results = scenarios.map(calculate);

describe('comparisonRows', () => {
  it('shows every scenario with its difference from the reference, marking good and bad news', () => {
    const rows = comparisonRows(scenarios, results, 'full', 0, 'en-US');
    const automation = rows.find((r) => r.label === 'Automation rate')!;
    expect(automation.cells.map((c) => c.text)).toEqual(['60.8%', '50%', '75%']);
    expect(automation.cells[0]!.delta).toBe('');
    expect(automation.cells[1]!.delta).toBe('−10.8 pts');
    const errors = rows.find((r) => r.label.startsWith('Wrong answers'))!;
    expect(errors.cells[1]).toMatchObject({ better: true });
    expect(errors.cells[2]).toMatchObject({ better: false });
  });

  it('writes costs per contact to the cent', () => {
    const rows = comparisonRows(scenarios, results, 'full', 0, 'en-US');
    expect(rows.find((r) => r.label === 'Cost per contact with AI')!.cells[0]!.text).toBe('$5.59');
  });
});

describe('breakEvenSentence', () => {
  it('names the error cost above which the more accurate scenario is cheaper', () => {
    const text = breakEvenSentence(
      { name: 'Cautious', summary: results[1]!.full.summary },
      { name: 'Aggressive', summary: results[2]!.full.summary },
      'USD',
      'en-US',
    );
    expect(text).toMatch(/^Break-even at \$[\d,]+\.\d\d per wrong answer: above it "Cautious" \(fewer wrong answers\) is cheaper; below it "Aggressive" is\.$/);
  });

  it('says when one scenario is cheaper at any error cost', () => {
    const text = breakEvenSentence({ name: 'A', summary: results[0]!.full.summary }, { name: 'B', summary: results[0]!.full.summary }, 'USD', 'en-US');
    expect(text).toBe('"A" and "B" cost the same at any cost per wrong answer.');
  });
});

describe('comparisonRows across currencies', () => {
  it('writes each scenario in its own currency and takes no difference of money across currencies', () => {
    const usd = presetScenario('ecommerce');
    const jpy: Scenario = { ...usd, name: 'Tokyo', finance: { ...usd.finance, currency: 'JPY' } };
    const rows = comparisonRows([usd, jpy], [usd, jpy].map(calculate), 'full', 0, 'en-US');
    const cost = rows.find((r) => r.label === 'Cost per contact with AI')!;
    expect(cost.cells[0]!.text).toBe('$5.59');
    expect(cost.cells[1]!.text).toBe('¥6');
    expect(cost.cells[1]).toMatchObject({ delta: OTHER_CURRENCY, better: null });
    expect(rows.find((r) => r.label === 'Savings per year')!.cells[1]!.text).toMatch(/^¥[\d,]+$/);
    // Counts and shares still compare.
    expect(rows.find((r) => r.label === 'Automation rate')!.cells[1]!.delta).toBe('±0 pts');
  });
});

describe('comparisonRows over different horizons and discount rates', () => {
  const base = presetScenario('ecommerce');
  const longer: Scenario = { ...base, name: 'Ten years', finance: { ...base.finance, months: 120 } };
  const dearer: Scenario = { ...base, name: 'Dearer money', finance: { ...base.finance, discountRatePct: 20 } };
  const set = [base, longer, dearer];
  const rows = comparisonRows(set, set.map(calculate), 'full', 0, 'en-US');
  const row = (label: string) => rows.find((r) => r.label === label)!;

  it('shows each horizon and discount rate beside the figures that depend on them', () => {
    expect(row('Horizon').cells.map((c) => c.text)).toEqual(['24 months', '120 months', '24 months']);
    expect(row('Discount rate (NPV)').cells.map((c) => c.text)).toEqual(['8%', '8%', '20%']);
  });

  it('gives no difference of NPV or return over another horizon, nor of NPV at another discount rate', () => {
    expect(row('NPV over the horizon').cells[1]).toMatchObject({ delta: OTHER_HORIZON, better: null });
    expect(row('Return on AI spend').cells[1]).toMatchObject({ delta: OTHER_HORIZON, better: null });
    expect(row('NPV over the horizon').cells[2]).toMatchObject({ delta: OTHER_DISCOUNT_RATE, better: null });
    // The return is not discounted: over the same horizon it compares.
    expect(row('Return on AI spend').cells[2]!.delta).toBe('±0 pts');
    // The steady month does not depend on either.
    expect(row('Savings per month').cells.map((c) => c.delta)).toEqual(['', '±$0', '±$0']);
  });
});

describe('breakEvenSentence across volumes and currencies', () => {
  const small = presetScenario('ecommerce');
  const large: Scenario = { ...small, contactsPerMonth: small.contactsPerMonth * 10 };
  const [rs, rl] = [small, large].map((s) => calculate(s).full.summary);

  it('compares scenarios of different volumes per contact, not by their totals', () => {
    // By totals the small operation is cheaper whatever its errors cost; per contact, the
    // same mix at ten times the volume has the same wrong answers per contact and costs less
    // per contact (whole agents are used more fully).
    expect(rl!.totalCostPerMonth.gt(rs!.totalCostPerMonth)).toBe(true);
    const text = breakEvenSentence({ name: 'Small', summary: rs!, currency: 'USD' }, { name: 'Large', summary: rl!, currency: 'USD' }, 'USD', 'en-US');
    expect(text).toBe(
      `"Small" and "Large" handle different volumes (${Math.round(rs!.contactsPerMonth).toLocaleString('en-US')} and ${Math.round(rl!.contactsPerMonth).toLocaleString('en-US')} contacts a month), so they are compared per contact. "Large" is cheaper per contact than "Small" at any cost per wrong answer.`,
    );
  });

  it('gives no break-even between scenarios in different currencies', () => {
    const text = breakEvenSentence({ name: 'US', summary: rs!, currency: 'USD' }, { name: 'EU', summary: rs!, currency: 'EUR' }, 'USD', 'en-US');
    expect(text).toBe('"US" is in USD and "EU" in EUR: no conversion is made, so no break-even is given.');
  });
});

describe('comparisonRows while scenarios are being calculated', () => {
  it('says "Calculating…" for a scenario without results and no difference against it, and keeps the others', () => {
    const rows = comparisonRows(scenarios, [results[0]!, null, results[2]!], 'full', 0, 'en-US');
    const automation = rows.find((r) => r.label === 'Automation rate')!;
    expect(automation.cells.map((c) => c.text)).toEqual(['60.8%', CALCULATING, '75%']);
    expect(automation.cells[1]).toEqual({ text: CALCULATING, delta: '', better: null, pending: true });
    expect(automation.cells[2]!.delta).not.toBe('');
    for (const row of rows) expect(row.cells[1]!.pending).toBe(true);
  });

  it('shows no differences while the reference scenario is calculated', () => {
    const rows = comparisonRows(scenarios, [null, results[1]!, results[2]!], 'full', 0, 'en-US');
    for (const row of rows) {
      expect(row.cells[0]!.pending).toBe(true);
      expect(row.cells[1]!.delta).toBe('');
      expect(row.cells[1]!.text).not.toBe(CALCULATING);
    }
  });
});

describe('compareMonthText', () => {
  it('says steady-state month when every ramp finishes, and names the last month when one does not', () => {
    const done = calculate(presetScenario('ecommerce'));
    const short = calculate({ ...presetScenario('ecommerce'), finance: { ...presetScenario('ecommerce').finance, months: 2 } });
    expect(compareMonthText([done, null], 'full')).toBe('steady-state month');
    expect(compareMonthText([done, short], 'full')).toBe('steady-state month (the last month where the ramp does not finish within the horizon)');
    // The headline has no ramp: its month 1 is steady whatever the horizon.
    expect(compareMonthText([done, short], 'headline')).toBe('steady-state month');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  annualSavingsLabel,
  calculate,
  monthlySavingsLabel,
  outlookOf,
  percentileLabel,
  percentileMethodNote,
  percentileWarning,
  presetScenario,
  steadyStateLabel,
  steadyStateNote,
  yearOneLabel,
  Money,
  type Scenario,
} from '../../../src/model';

const RAMP_UNFINISHED_SENTENCE = 'The ramp does not finish within the horizon';
import { workedScenario } from './fixtures';

const ecommerce = presetScenario('ecommerce');

describe('outlookOf and percentileLabel', () => {
  it('calls the low end of savings pessimistic and the high end optimistic', () => {
    expect(['p10', 'p50', 'p90'].map((k) => percentileLabel('annualSavings', k as 'p10'))).toEqual(['P10 (pessimistic)', 'P50 (median)', 'P90 (optimistic)']);
  });

  it('calls a longer payback pessimistic: P90 of payback months is the pessimistic end', () => {
    expect(percentileLabel('paybackMonths', 'p10')).toBe('P10 (optimistic)');
    expect(percentileLabel('paybackMonths', 'p90')).toBe('P90 (pessimistic)');
  });

  it('calls more staff kept (fewer FTE released) pessimistic: P90 of staffed FTE with the AI is the pessimistic end', () => {
    expect(percentileLabel('staffedFte', 'p10')).toBe('P10 (optimistic)');
    expect(percentileLabel('staffedFte', 'p90')).toBe('P90 (pessimistic)');
  });

  it('gives opposite readings to the two ends of any figure, and the median is never either', () => {
    fc.assert(
      fc.property(fc.constantFrom('higher' as const, 'lower' as const), (better) => {
        expect(outlookOf(better, 'p50')).toBe('median');
        expect(new Set([outlookOf(better, 'p10'), outlookOf(better, 'p90')])).toEqual(new Set(['pessimistic', 'optimistic']));
      }),
    );
  });
});

describe('percentileMethodNote', () => {
  it('says nothing under the full method, whose own percentiles they are', () => {
    expect(percentileMethodNote({ method: 'full' })).toBe('');
  });

  it('says under the headline method that the percentiles are the full model\u2019s', () => {
    expect(percentileMethodNote({ method: 'headline' })).toBe(
      'P10, P50 and P90 come from the full model: the headline arithmetic has no ranges, so its figures have no percentiles.',
    );
  });
});

describe('percentileWarning', () => {
  it('is empty when every range holds its point estimate (the presets)', () => {
    expect(percentileWarning(ecommerce)).toBe('');
    expect(percentileWarning(presetScenario('saas'))).toBe('');
  });

  it('names the range that excludes its point, with the point and both ends', () => {
    // The e-commerce resolution rate is 80 %; a range of 30-40 % excludes it.
    const s: Scenario = { ...ecommerce, ranges: { ...ecommerce.ranges, resolutionPct: { low: 30, high: 40 } } };
    expect(percentileWarning(s)).toBe(
      'A range excludes its point estimate (AI resolution rate 80 %, range 30 % to 40 %): these percentiles treat the nearest end of the range as most likely, so the point estimate may lie outside P10 to P90.',
    );
  });

  it('names every such range, multipliers as percent of the point value', () => {
    const s: Scenario = {
      ...ecommerce,
      ranges: { ...ecommerce.ranges, errorRatePct: { low: 6, high: 9 }, aiPrice: { low: 1.2, high: 1.5 } },
    };
    expect(percentileWarning(s)).toBe(
      'Ranges exclude their point estimate (AI price 100 %, range 120 % to 150 %; AI error rate 5 %, range 6 % to 9 %): these percentiles treat the nearest end of the range as most likely, so the point estimate may lie outside P10 to P90.',
    );
  });

  it('does not warn of a range that changes nothing (a ramp-speed range without a ramp)', () => {
    const s: Scenario = { ...ecommerce, ramp: [], ranges: { ...ecommerce.ranges, rampSpeed: { low: 2, high: 3 } } };
    expect(percentileWarning(s)).toBe('');
  });
});

describe('steady-state and year-1 labels', () => {
  it('names the first month at full ramp (the worked scenario: ramp 0.5 then 1, steady from month 2)', () => {
    const sum = calculate(workedScenario()).full.summary;
    expect(sum.rampComplete).toBe(true);
    expect(steadyStateLabel(sum)).toBe('steady state, from month 2');
    expect(monthlySavingsLabel(sum)).toBe('Savings per month (steady state, from month 2)');
    expect(annualSavingsLabel(sum)).toBe('Savings per year at steady state (month 2 × 12)');
    expect(steadyStateNote(sum, 3)).toBe('Monthly figures are those of month 2, the first at full ramp (steady state); months before it are still ramping.');
  });

  it('never calls a ramping month steady state when the ramp outlasts the horizon', () => {
    // Ramp 0.5, 0.8, 0.9 then 1 over a 2-month horizon: month 2 is still at 0.8.
    const sum = calculate(workedScenario({ ramp: [0.5, 0.8, 0.9], finance: { months: 2, discountRatePct: 12, currency: 'USD' } })).full.summary;
    expect(sum.rampComplete).toBe(false);
    expect(sum.steadyMonth).toBe(2);
    for (const text of [steadyStateLabel(sum), monthlySavingsLabel(sum), annualSavingsLabel(sum)]) {
      expect(text).toContain('the ramp does not finish within the horizon');
      expect(text).not.toContain('steady state');
    }
    expect(steadyStateNote(sum, 2)).toBe(
      'The ramp does not finish within the horizon: monthly figures are those of month 2, the last of the 2-month horizon, while the AI is still ramping up; there is no steady state yet.',
    );
  });

  it('calls the headline month 1 steady state (the headline has no ramp)', () => {
    const sum = calculate({ ...workedScenario(), method: 'headline' }).headline.summary;
    expect(sum.rampComplete).toBe(true);
    expect(steadyStateNote(sum, 3)).toBe('Monthly figures are those of month 1: the AI resolves at its full rate from the start (steady state).');
  });

  it('adds up year-1 savings over months 1-12, ramp included (7,950 + 11 x 16,700 = 191,650)', () => {
    const sum = calculate(workedScenario({ finance: { months: 24, discountRatePct: 12, currency: 'USD' } })).full.summary;
    expect(sum.yearOneMonths).toBe(12);
    expect(sum.yearOneSavings.toFixed(2)).toBe('191650.00');
    // Beside it, the steady state x 12 is more: the ramp month saved less.
    expect(sum.annualSavings.toFixed(2)).toBe('200400.00');
    expect(yearOneLabel(sum)).toBe('Savings in year 1 (months 1-12, ramp included)');
  });

  it('sums only the horizon when it is shorter than a year, and says so (7,950 + 2 x 16,700 = 41,350)', () => {
    const sum = calculate(workedScenario()).full.summary;
    expect(sum.yearOneMonths).toBe(3);
    expect(sum.yearOneSavings.toFixed(2)).toBe('41350.00');
    expect(yearOneLabel(sum)).toBe('Savings in months 1-3 (ramp included; the horizon is shorter than a year)');
  });
});

describe('labels over any ramp and horizon (property)', () => {
  it('call a month steady state exactly when it is at full ramp, and sum min(12, horizon) months into year 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { maxLength: 8 }), fc.integer({ min: 1, max: 15 }), (ramp, months) => {
        const s = workedScenario({ ramp, finance: { months, discountRatePct: 12, currency: 'JPY' } });
        const r = calculate(s);
        const sum = r.full.summary;
        const atFull = r.full.rows.some((row) => row.ramp >= 1);
        expect(sum.rampComplete).toBe(atFull);
        expect(steadyStateLabel(sum).includes('steady state')).toBe(atFull);
        expect(steadyStateNote(sum, months).includes(RAMP_UNFINISHED_SENTENCE)).toBe(!atFull);
        expect(sum.yearOneMonths).toBe(Math.min(12, months));
        expect(sum.yearOneSavings.eq(r.full.rows.slice(0, 12).reduce((t, x) => t.plus(x.savings), new Money(0)))).toBe(true);
        expect(`${annualSavingsLabel(sum)} ${yearOneLabel(sum)}`).not.toMatch(/NaN|undefined|Infinity/);
      }),
      { numRuns: 40 },
    );
  });
});

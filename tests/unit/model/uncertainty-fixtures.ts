import type { Ranges, Scenario } from '../../../src/model';
import { workedScenario } from './fixtures';

export const NO_RANGES: Ranges = { resolutionPct: null, handleMinutes: null, costPerHour: null, aiPrice: null, errorRatePct: null, rampSpeed: null };

/**
 * The worked scenario of fixtures.ts with a range on every input: 10,000 contacts a month,
 * one tier-1 category of 6 minutes at 50 % resolution, $5 per human contact (so staffing
 * does not move the cost), $1 per AI resolution, $12,000 one-time, $800 a month fixed, 4 %
 * errors of which half come back, $10 per error, ramp 0.5 then 1, 3 months.
 *
 * Steady month (month 2): R = 5,000 resolved, W = 200 errors, 100 back; H = 5,100 human
 * contacts = $25,500; AI $5,000; quality $2,000; fixed $800; baseline $50,000; savings
 * $16,700 a month, $200,400 a year. Month 1 (ramp 0.5): R = 2,500, W = 100, H = 7,550 =
 * $37,750; AI $2,500; quality $1,000; savings $7,950. Cumulative: -4,050; 12,650; 29,350.
 */
export function handScenario(patch: Partial<Scenario> = {}): Scenario {
  return workedScenario({
    name: 'Worked by hand',
    ranges: {
      resolutionPct: { low: 40, high: 60 },
      handleMinutes: { low: 0.8, high: 1.2 },
      costPerHour: { low: 0.9, high: 1.1 },
      aiPrice: { low: 0.8, high: 1.2 },
      errorRatePct: { low: 2, high: 8 },
      rampSpeed: { low: 0.5, high: 1 },
    },
    ...patch,
  });
}

/** Ranges of zero width at each input's point estimate. */
export function zeroWidth(s: Scenario, point: number): Ranges {
  return {
    resolutionPct: { low: point, high: point },
    handleMinutes: { low: 1, high: 1 },
    costPerHour: { low: 1, high: 1 },
    aiPrice: { low: 1, high: 1 },
    errorRatePct: { low: s.quality.errorRatePct, high: s.quality.errorRatePct },
    rampSpeed: { low: 1, high: 1 },
  };
}

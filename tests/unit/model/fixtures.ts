import { presetScenario, type Scenario } from '../../../src/model';

/**
 * A small scenario whose every figure is worked by hand in the tests: 10,000 contacts a
 * month, one tier-1 category of 6 minutes, 50 % resolution, $5 per human contact,
 * $1 per AI resolution, $12,000 one-time, $500 + $300 a month fixed, 4 % errors, half
 * of them back, $10 per error, 2 handoff minutes, ramp 0.5 then 1, 3 months, 12 % a year.
 */
export function workedScenario(patch: Partial<Scenario> = {}): Scenario {
  const base = presetScenario('ecommerce');
  return {
    ...base,
    name: 'Worked example',
    contactsPerMonth: 10_000,
    growthPctPerMonth: 0,
    channel: 'chat',
    categories: [{ id: 'all', name: 'All', sharePct: 100, tier: 1, handleMinutes: 6, aiEligible: true, resolutionPct: 50 }],
    human: { ...base.human, costBasis: 'contact', costPerContact: 5, costPerHour: 30 },
    ai: { ...base.ai, pricing: 'resolution', pricePerUnit: 1, fixedPerMonth: 500, upkeepPerMonth: 300, setupCost: 12_000 },
    quality: { errorRatePct: 4, recontactPct: 50, errorCost: 10, handoffMinutes: 2, askHumanPct: 0 },
    experience: { ...base.experience, resolutionMinutesHuman: 11, resolutionMinutesAi: 2 },
    ramp: [0.5, 1],
    finance: { months: 3, discountRatePct: 12, currency: 'USD' },
    ...patch,
  };
}

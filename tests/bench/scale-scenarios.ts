// The scale case of the benchmarks: 8 scenarios x 50 categories x 120 months, every range
// set, Erlang A, growth every month (so no month repeats another), an imported-looking
// 168-hour arrival profile (every hour of the week its own volume) and three channels, each
// staffed alone (./channel-scenario.ts: voice, chat two at a time, email answered 90 % within
// 4 hours as a backlog), each with its own imported profile.
import { presetScenario, PRESET_IDS, type Category, type Scenario } from '../../src/model';
import { threeChannelScenario } from './channel-scenario';

export const SCALE_SCENARIOS = 8;
export const SCALE_CATEGORIES = 50;
export const SCALE_MONTHS = 120;

/** A weekday-heavy profile with a lunchtime and evening peak: 168 distinct hours. */
export function weeklyProfile(): number[] {
  return Array.from({ length: 168 }, (_, h) => {
    const day = Math.floor(h / 24),
      hour = h % 24;
    const daily = hour < 7 ? 0.2 : hour < 12 ? 1 + hour / 12 : hour < 14 ? 2.2 : hour < 19 ? 1.6 : hour < 22 ? 1.9 : 0.6;
    return daily * (day < 5 ? 1 : 0.7) * (1 + ((h * 37) % 11) / 100);
  });
}

function categories(k: number): Category[] {
  return Array.from({ length: SCALE_CATEGORIES }, (_, i) => {
    const tier = (i % 5 < 3 ? 1 : i % 5 === 3 ? 2 : 3) as 1 | 2 | 3;
    return {
      id: `c${k}-${i}`,
      name: `Category ${i + 1}`,
      sharePct: 1 + ((i * 7 + k) % 5),
      tier,
      handleMinutes: 4 + ((i * 3 + k) % 17),
      aiEligible: tier !== 3,
      resolutionPct: tier === 3 ? 0 : 40 + ((i * 11 + k) % 45),
    };
  });
}

/** Scenario k (0-based) of the scale case. */
export function scaleScenario(k: number): Scenario {
  const base = presetScenario(PRESET_IDS[k % 5]!);
  return {
    ...base,
    name: `Scale ${k + 1}`,
    method: 'full',
    contactsPerMonth: 40_000 + 10_000 * k,
    growthPctPerMonth: 0.5 + 0.1 * k,
    categories: categories(k),
    human: { ...base.human, staffingModel: 'erlang-a', patienceMinutes: 3 + k, seats: null },
    ramp: [0.3, 0.5, 0.667, 0.8, 0.867, 0.95],
    arrivalProfile: weeklyProfile(),
    finance: { ...base.finance, months: SCALE_MONTHS },
    channels: threeChannelScenario(base).channels,
    pooling: 'dedicated',
    ranges: {
      resolutionPct: { low: 40, high: 80 },
      handleMinutes: { low: 0.85, high: 1.2 },
      costPerHour: { low: 0.9, high: 1.1 },
      aiPrice: { low: 0.8, high: 1.25 },
      errorRatePct: { low: 1, high: 9 },
      rampSpeed: { low: 0.6, high: 1.4 },
    },
  };
}

export function scaleScenarios(): Scenario[] {
  return Array.from({ length: SCALE_SCENARIOS }, (_, k) => scaleScenario(k));
}

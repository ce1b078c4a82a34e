// Browser entry for the recalculation benchmark: the full scenario of README, "Benchmarks"
// (24 months, 168 intervals with a weekly arrival profile, several categories, growth,
// Erlang staffing), recalculated after one input change.
import { calculate, presetScenario, type Scenario } from '../../src/model';
import { threeChannelScenario } from './channel-scenario';

function benchScenario(): Scenario {
  const s = presetScenario('ecommerce');
  // A weekday-heavy profile with a lunchtime and evening peak: 168 distinct intervals.
  s.arrivalProfile = Array.from({ length: 168 }, (_, h) => {
    const day = Math.floor(h / 24),
      hour = h % 24;
    const daily = hour < 7 ? 0.2 : hour < 12 ? 1 + hour / 12 : hour < 14 ? 2.2 : hour < 19 ? 1.6 : hour < 22 ? 1.9 : 0.6;
    return daily * (day < 5 ? 1 : 0.7) * (1 + ((h * 37) % 11) / 100);
  });
  s.finance.months = 24;
  s.growthPctPerMonth = 1;
  return s;
}

export function runRecalc(iterations: number): number[] {
  return recalcTimes(benchScenario(), iterations);
}

/** The same recalculations of the three-channel case (./channel-scenario.ts), dedicated or blended pools. */
export function runRecalcChannels(iterations: number, pooling: 'dedicated' | 'blended' = 'dedicated'): number[] {
  return recalcTimes({ ...threeChannelScenario(presetScenario('ecommerce')), pooling }, iterations);
}

function recalcTimes(s: Scenario, iterations: number): number[] {
  for (let i = 0; i < 10; i++) calculate({ ...s, contactsPerMonth: s.contactsPerMonth + i });
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    // One input change per recalculation, cycling through inputs users touch.
    const next: Scenario =
      i % 3 === 0
        ? { ...s, contactsPerMonth: s.contactsPerMonth + 17 * i }
        : i % 3 === 1
          ? { ...s, human: { ...s.human, costPerHour: 25 + (i % 50) / 10 } }
          : { ...s, quality: { ...s.quality, errorRatePct: 3 + (i % 40) / 10 } };
    const t0 = performance.now();
    calculate(next);
    times.push(performance.now() - t0);
  }
  return times;
}

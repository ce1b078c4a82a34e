// Node entry for the model's own speed (tests/bench/model-speed.mjs): the recalculation
// and Monte Carlo cases of the browser benches, and the scale case's Monte Carlo, run on
// the model alone (no page, no workers).
import { calculate, presetScenario, DEFAULT_PRESET, type Scenario } from '../../src/model';
import { runDrawsFrom } from '../../src/model/uncertainty';
import { newChannel } from '../../src/model/channel-defaults';
import { threeChannelScenario } from './channel-scenario';
import { runRecalc, runRecalcChannels } from './recalc-entry';
import { scaleScenario } from './scale-scenarios';

export { calculate, runRecalc, runRecalcChannels };

/** The three-channel case, dedicated or blended pools. */
export function channels(pooling: 'dedicated' | 'blended'): Scenario {
  return { ...threeChannelScenario(presetScenario(DEFAULT_PRESET)), pooling };
}

/**
 * The channels as a readable link adds them to the preset (channels=chat:40,email:45,voice:15),
 * each with its kind's defaults: email answered every hour to its 4-hour target.
 */
export function linked(): Scenario {
  return { ...presetScenario(DEFAULT_PRESET), channels: [newChannel('chat', 40), newChannel('email', 45), newChannel('voice', 15)] };
}

/** The default preset with an imported-looking 168-hour profile (as the Monte Carlo bench). */
export function profiled(): Scenario {
  const base = presetScenario(DEFAULT_PRESET);
  const arrivalProfile = Array.from({ length: 168 }, (_, h) => 1 + 0.5 * Math.sin(h / 3) + (h % 24 >= 9 && h % 24 < 18 ? 3 : 0) + 0.01 * (h % 7));
  return { ...base, arrivalProfile };
}

/** Scenario k of the scale case with the three channels of the bench case. */
export function scaleChannels(k: number): Scenario {
  const s = scaleScenario(k);
  const t = threeChannelScenario(s);
  return { ...t, finance: { ...t.finance, months: s.finance.months }, growthPctPerMonth: s.growthPctPerMonth };
}

export function plain(): Scenario {
  return presetScenario(DEFAULT_PRESET);
}

/** `draws` draws of `s` in slices as the worker runs them; milliseconds and a digest of the figures. */
export function draws(s: Scenario, start: number, count: number): { ms: number; digest: string } {
  const t0 = performance.now();
  let ctx = null;
  const parts: string[] = [];
  let sum = 0;
  for (let done = 0; done < count;) {
    const n = Math.min(50, count - done);
    const r = runDrawsFrom(s, start + done, n, ctx);
    ctx = r.context;
    for (let i = 0; i < n; i++) sum += r.batch.annualSavings.cents[i]! + r.batch.staffedFte[i]! + r.batch.cumulative.cents[i * r.batch.months]!;
    done += n;
  }
  parts.push(sum.toFixed(6));
  return { ms: performance.now() - t0, digest: parts.join() };
}

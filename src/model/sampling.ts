/**
 * One Monte Carlo draw of the ranged inputs and the scenario it makes (docs/METHOD.md,
 * "Uncertainty"; what each range changes is tabled in uncertainty.ts): the triangular
 * distribution, the draw of all six inputs, the ramp stretched in time.
 */
import { attemptableShare, withAutomation } from './mix';
import { meanResolutionPct, pointValues, type InputValues } from './point-values';
import type { Rng } from './random';
import { RANGED_INPUTS } from './range-specs';
import type { ChannelSpec, Ranges, Scenario } from './schema';

/**
 * Inverse CDF of the triangular distribution on [low, high] with mode `mode` at the
 * cumulative probability u in [0, 1). The mode is moved into the range when outside; the
 * result is guarded into [low, high] against float rounding.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  if (!(high > low)) return low;
  const c = Math.min(high, Math.max(low, mode));
  const width = high - low;
  const atMode = (c - low) / width;
  const x = u < atMode ? low + Math.sqrt(u * width * (c - low)) : high - Math.sqrt((1 - u) * width * (high - c));
  return Math.min(high, Math.max(low, x));
}

/** One draw: each input from its range (or at the point without one), consuming one uniform per input. */
export function drawValues(ranges: Ranges, point: InputValues, rng: Rng): InputValues {
  const values = { ...point };
  for (const input of RANGED_INPUTS) {
    const u = rng.next();
    const r = ranges[input];
    if (r) values[input] = triangular(u, r.low, point[input], r.high);
  }
  return values;
}

/** A draw within this of the point estimate leaves the input exactly as it is. */
export const SNAP = 1e-9;
const isPoint = (x: number, point: number): boolean => Math.abs(x - point) <= SNAP;

/**
 * The ramp stretched in time by `speed`: month m gets f(m x speed), where f runs through
 * (0, 0), (k, ramp[k-1]) for each listed month k and (listed months + 1, 1), linearly in
 * between, and is 1 after. Speed 1 returns the ramp unchanged.
 */
export function stretchRamp(ramp: readonly number[], speed: number, maxMonths = 120): number[] {
  if (ramp.length === 0 || speed === 1) return [...ramp];
  const points = [0, ...ramp, 1];
  const end = ramp.length + 1;
  const out: number[] = [];
  for (let m = 1; m <= maxMonths; m++) {
    const t = m * speed;
    if (t >= end) break;
    const k = Math.floor(t);
    const left = points[k] ?? 1;
    const right = points[k + 1] ?? 1;
    out.push(Math.min(1, Math.max(0, left + (right - left) * (t - k))));
  }
  return out;
}

/** `s` with each of its channels (if any) passed through `f`. */
function withChannels(s: Scenario, f: (c: ChannelSpec) => ChannelSpec): Scenario {
  return s.channels ? { ...s, channels: s.channels.map(f) } : s;
}

/**
 * The scenario with the given input values (range units); inputs at their point value are
 * left untouched. A channel's own automation, handle minutes and AI price move with the
 * scenario's (docs/METHOD.md, "Channels").
 */
export function withInputs(s: Scenario, values: InputValues, point: InputValues = pointValues(s)): Scenario {
  let next = s;
  const res = values.resolutionPct;
  if (!isPoint(res, point.resolutionPct) && meanResolutionPct(s) !== null) {
    const rescaled = withAutomation(s, Math.min(100, Math.max(0, res)) * attemptableShare(s));
    if (rescaled.ok) next = { ...next, categories: rescaled.categories };
    // A channel's own automation moves in the same proportion as the categories' rates.
    const factor = point.resolutionPct > 0 ? Math.max(0, res) / point.resolutionPct : 1;
    next = withChannels(next, (c) => (c.automationPct === null ? c : { ...c, automationPct: Math.min(100, c.automationPct * factor) }));
  }
  const handle = values.handleMinutes;
  if (!isPoint(handle, point.handleMinutes)) {
    next = { ...next, categories: next.categories.map((c) => ({ ...c, handleMinutes: c.handleMinutes * handle })) };
    next = withChannels(next, (c) => (c.handleMinutes === null ? c : { ...c, handleMinutes: c.handleMinutes * handle }));
  }
  const cost = values.costPerHour;
  if (!isPoint(cost, point.costPerHour)) {
    const h = next.human;
    next = { ...next, human: { ...h, costPerHour: h.costPerHour * cost, costPerFteYear: h.costPerFteYear * cost, costPerContact: h.costPerContact * cost } };
  }
  const price = values.aiPrice;
  if (!isPoint(price, point.aiPrice)) {
    next = { ...next, ai: { ...next.ai, pricePerUnit: next.ai.pricePerUnit * price, pricePerMillionTokens: next.ai.pricePerMillionTokens * price } };
    next = withChannels(next, (c) => (c.aiPricePerUnit === null ? c : { ...c, aiPricePerUnit: c.aiPricePerUnit * price }));
  }
  const errors = values.errorRatePct;
  if (!isPoint(errors, point.errorRatePct)) {
    next = { ...next, quality: { ...next.quality, errorRatePct: Math.min(100, Math.max(0, errors)) } };
  }
  const speed = values.rampSpeed;
  if (!isPoint(speed, point.rampSpeed) && speed > 0) {
    next = { ...next, ramp: stretchRamp(next.ramp, speed) };
  }
  return next;
}

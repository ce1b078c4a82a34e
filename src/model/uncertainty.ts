/**
 * Uncertainty (docs/METHOD.md, "Uncertainty"): ranges on key inputs, a seeded Monte Carlo
 * of the full method, and a tornado of the swing each range causes alone.
 *
 * ## What a range means (the one place this is defined)
 * `scenario.ranges` holds (low, high) per input, or null for no uncertainty:
 *
 * | input           | unit of low and high                | the point estimate (mode)                 | a draw x changes                                        |
 * |-----------------|-------------------------------------|-------------------------------------------|---------------------------------------------------------|
 * | `resolutionPct` | absolute percent, 0-100             | share-weighted mean resolution rate of the AI-eligible categories | every eligible category's rate, keeping their ratios (`withAutomation`, capped at 100 %) |
 * | `handleMinutes` | multiplier of the point value       | 1                                         | every category's handle minutes x x                     |
 * | `costPerHour`   | multiplier of the point value       | 1                                         | the loaded cost x x, whichever basis is in use (hour, FTE-year or contact) |
 * | `aiPrice`       | multiplier of the point value       | 1                                         | the price per unit and the price per million tokens x x |
 * | `errorRatePct`  | absolute percent, 0-100             | `quality.errorRatePct`                    | the error rate := x                                     |
 * | `rampSpeed`     | multiplier of the ramp's speed      | 1                                         | the ramp is stretched in time: month m gets the fraction the scenario's ramp reaches at month m x x (linear between months, 0 at month 0, 1 after the ramp); below 1 is slower, above 1 faster |
 *
 * Distribution: triangular on [low, high] with the point estimate as mode (the classic
 * three-point estimate), sampled by inverting its CDF with one uniform number per input;
 * every value lies within [low, high]. The six inputs are independent, each draw uses
 * all six uniforms in the order above (so adding a range to one input does not change
 * the numbers drawn for the others), and a point estimate outside its range is moved to
 * the nearest end (a warning says so, `rangeWarnings`). A draw within 1e-9 of the point
 * estimate leaves the input exactly as it is, so zero-width ranges at the point
 * reproduce the point estimate to the cent.
 *
 * ## What a run reports
 * Each draw is a full-method projection (`project(s, FULL)`) of the scenario with the
 * drawn inputs: its annual savings (steady-state month x 12, as in the summary), payback
 * month, staffed FTE with the AI (steady state) and cumulative savings every month.
 * Percentiles are nearest-rank: P_q of n sorted values is the value at rank
 * ceil(q n) (1-based), so every percentile is a figure some draw produced, money stays
 * to the cent, and P10 <= P50 <= P90. Payback that is not reached within the horizon
 * sorts last (a percentile of it may be "not within the horizon"). The fan chart gives
 * P10 / P50 / P90 of cumulative savings month by month (each month ranked on its own).
 */
import { fromMinor, minorScale, Money } from './money';
import { attemptableShare, normalisedShares, withAutomation } from './mix';
import { digitsOf, minorLedger, newContext, project, projectWith, type Context, type MonthRow, type MonthRowOf } from './projection';
import { substream, type Rng } from './random';
import type { ChannelSpec, FieldIssue, Range, Ranges, Scenario } from './schema';
import { paybackMonths, paybackMonthsCents, steadyIndex } from './summary';
import { FULL } from './switches';

/** Draws in a run unless asked otherwise (docs/METHOD.md, "Uncertainty"). */
export const DEFAULT_DRAWS = 2_000;

export { RANGED_INPUTS, RANGE_SPECS, MESSAGES, validateRange, validateRanges, type RangedInput, type RangeKind, type RangeSpec } from './range-specs';
import { RANGED_INPUTS, RANGE_SPECS, MESSAGES, type RangedInput } from './range-specs';

/** The value of every input in range units, one per ranged input. */
export type InputValues = Record<RangedInput, number>;

/**
 * Share-weighted mean AI resolution rate of the AI-eligible categories, percent; exactly
 * the common rate when they all share one. Null without an eligible category.
 */
export function meanResolutionPct(s: Pick<Scenario, 'categories'>): number | null {
  const shares = normalisedShares(s.categories);
  let weight = 0,
    total = 0,
    common: number | null = null,
    same = true;
  s.categories.forEach((c, i) => {
    const w = shares[i] ?? 0;
    if (!c.aiEligible || w <= 0) return;
    weight += w;
    total += w * c.resolutionPct;
    if (common === null) common = c.resolutionPct;
    else if (common !== c.resolutionPct) same = false;
  });
  if (weight <= 0) return null;
  return same ? common : total / weight;
}

/** The point estimate of each input, in range units (see the table above). */
export function pointValues(s: Scenario): InputValues {
  return {
    resolutionPct: meanResolutionPct(s) ?? 0,
    handleMinutes: 1,
    costPerHour: 1,
    aiPrice: 1,
    errorRatePct: s.quality.errorRatePct,
    rampSpeed: 1,
  };
}

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

const SNAP = 1e-9;
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

/** What one projection contributes to the uncertainty figures. */
export interface Outcome {
  /** Steady-state monthly savings x 12, to the cent (as `Summary.annualSavings`). */
  annualSavings: Money;
  /** As `Summary.paybackMonths`: null when not reached within the horizon. */
  paybackMonths: number | null;
  /** Staffed FTE with the AI at steady state (as `Summary.staffedFteWithAi`). */
  staffedFte: number;
  /** Cumulative savings net of the one-time cost, month by month. */
  cumulative: Money[];
}

/** The full-method figures the uncertainty analysis needs, for one scenario. */
export function evaluate(s: Scenario, ctx: Context = newContext()): Outcome {
  const rows: MonthRow[] = project(s, FULL, ctx);
  const r = rows[steadyIndex(rows)]!;
  return {
    annualSavings: r.savings.times(12),
    paybackMonths: paybackMonths(new Money(s.ai.setupCost), rows),
    staffedFte: r.staffing.staffedFte,
    cumulative: rows.map((x) => x.cumulativeSavings),
  };
}

/**
 * {@link evaluate} on whole minor units of the scenario's currency (the fast ledger; cents for a
 * two-decimal currency, yen for JPY, fils for BHD): the same figures, about twice as fast, with
 * money as minor units in numbers. Null when an amount is too large for exact minor units (or
 * the one-time cost has fractions of one): the caller then evaluates with decimals.
 */
export function evaluateCents(
  s: Scenario,
  ctx: Context = newContext(),
): { annualCents: number; paybackMonths: number | null; staffedFte: number; rows: MonthRowOf<number>[] } | null {
  const ledger = minorLedger(digitsOf(s));
  const rows = projectWith(ledger, s, FULL, ctx);
  const setupCents = ledger.of(new Money(s.ai.setupCost));
  const r = rows[steadyIndex(rows)]!;
  // Twelve steady months: exact while the product stays below 2^53.
  const annualCents = r.savings * 12;
  if (ledger.overflow || !Number.isSafeInteger(annualCents)) return null;
  return { annualCents, paybackMonths: paybackMonthsCents(setupCents, rows), staffedFte: r.staffing.staffedFte, rows };
}

/**
 * Money of many draws as whole minor units in floats (`cents` for a two-decimal currency;
 * exact up to 2^53 units, about 90 trillion dollars), with the exact decimal kept aside for
 * any value beyond that.
 */
export interface CentsColumn {
  cents: Float64Array;
  /** Exact amounts (plain decimal strings) of the values too large for exact float cents, by index. */
  exact: Record<number, string>;
}

/** The raw results of draws `start` to `start + count - 1` of a run: plain data, cheap to send between threads. */
export interface DrawBatch {
  seed: number;
  start: number;
  count: number;
  months: number;
  /** Decimals of the currency's minor unit: the money columns hold whole units of 10^-digits. */
  digits: number;
  annualSavings: CentsColumn;
  /** Payback month per draw; Infinity when not reached within the horizon. */
  paybackMonths: Float64Array;
  staffedFte: Float64Array;
  /** Cumulative savings, draw-major: draw i, month m (1-based) at i x months + m - 1. */
  cumulative: CentsColumn;
}

function column(n: number): CentsColumn {
  return { cents: new Float64Array(n), exact: {} };
}

/** Below 2^40 currency units a float's error is under 2^-13, so x 10^digits (at most 1000) and rounding gives the exact minor units. */
const FAST_CENTS_LIMIT = 2 ** 40;

function store(col: CentsColumn, i: number, amount: Money, digits: number): void {
  const x = amount.toNumber();
  const scale = minorScale(digits);
  // Amounts are booked to the minor unit: |float(x) - x| <= 2^-13 and the product's rounding
  // <= 2^-3, well under half a unit, so rounding recovers the exact units (+ 0 turns -0 into 0).
  const c = Math.abs(x) < FAST_CENTS_LIMIT ? Math.round(x * scale) + 0 : amount.times(scale).toNumber() + 0;
  col.cents[i] = c;
  if (!Number.isSafeInteger(c)) col.exact[i] = amount.toFixed();
}

/**
 * Runs draws `start` to `start + count - 1` of the scenario's Monte Carlo. Draw i always
 * uses the random stream (seed, i), so any split of a run into batches gives the same
 * draws as one batch.
 */
export function runDraws(s: Scenario, start: number, count: number): DrawBatch {
  return runDrawsFrom(s, start, count, null).batch;
}

/**
 * {@link runDraws} continuing from the context of an earlier batch of the same run (its
 * staffing results, arrival weights and the solver's first guesses), and the context to
 * continue from next: a run cut into many small batches is then as fast as one batch, with
 * the same figures.
 */
export function runDrawsFrom(s: Scenario, start: number, count: number, from: Context | null): { batch: DrawBatch; context: Context } {
  const months = s.finance.months;
  const point = pointValues(s);
  const batch: DrawBatch = {
    seed: s.seed,
    start,
    count,
    months,
    digits: digitsOf(s),
    annualSavings: column(count),
    paybackMonths: new Float64Array(count),
    staffedFte: new Float64Array(count),
    cumulative: column(count * months),
  };
  // The draws read staffed FTE and money only; a blended pool also shares its FTE by the
  // channels' occupancy, which a cost-only solver computes under Erlang C alone.
  let ctx = newContext(from, !(s.channels && s.pooling === 'blended' && s.human.staffingModel === 'erlang-a'));
  for (let i = 0; i < count; i++) {
    const values = drawValues(s.ranges, point, substream(s.seed, start + i));
    // A context per draw, keeping the arrival weights and the (bounded) staffing store: draws
    // that leave the workload alone staff no month again.
    ctx = newContext(ctx);
    const drawn = withInputs(s, values, point);
    const c = evaluateCents(drawn, ctx);
    if (c !== null) {
      // + 0: a -0 from the float rounding is stored as 0, as store() does.
      batch.annualSavings.cents[i] = c.annualCents + 0;
      batch.paybackMonths[i] = c.paybackMonths ?? Infinity;
      batch.staffedFte[i] = c.staffedFte;
      for (let m = 0; m < months; m++) batch.cumulative.cents[i * months + m] = c.rows[m]!.cumulativeSavings + 0;
      continue;
    }
    const o = evaluate(drawn, ctx);
    store(batch.annualSavings, i, o.annualSavings, batch.digits);
    batch.paybackMonths[i] = o.paybackMonths ?? Infinity;
    batch.staffedFte[i] = o.staffedFte;
    for (let m = 0; m < months; m++) store(batch.cumulative, i * months + m, o.cumulative[m]!, batch.digits);
  }
  return { batch, context: ctx };
}

/** Batches of one run joined in draw order (they must be contiguous). */
export function joinBatches(batches: readonly DrawBatch[]): DrawBatch {
  const sorted = [...batches].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  if (!first) throw new Error('joinBatches needs at least one batch');
  const count = sorted.reduce((n, b) => n + b.count, 0);
  const months = first.months;
  const out: DrawBatch = {
    seed: first.seed,
    start: first.start,
    count,
    months,
    digits: first.digits,
    annualSavings: column(count),
    paybackMonths: new Float64Array(count),
    staffedFte: new Float64Array(count),
    cumulative: column(count * months),
  };
  let at = 0;
  for (const b of sorted) {
    if (b.start !== first.start + at || b.months !== months || b.seed !== first.seed || b.digits !== first.digits)
      throw new Error('joinBatches needs contiguous batches of one run');
    copyColumn(out.annualSavings, at, b.annualSavings, b.count);
    copyColumn(out.cumulative, at * months, b.cumulative, b.count * months);
    out.paybackMonths.set(b.paybackMonths, at);
    out.staffedFte.set(b.staffedFte, at);
    at += b.count;
  }
  return out;
}

function copyColumn(to: CentsColumn, offset: number, from: CentsColumn, n: number): void {
  to.cents.set(from.cents.subarray(0, n), offset);
  for (const [k, v] of Object.entries(from.exact)) to.exact[offset + Number(k)] = v;
}

/** The 1-based nearest rank of percentile q (0 < q <= 1) among n values: ceil(q n). */
export function nearestRank(q: number, n: number): number {
  // The small allowance keeps q x n that is whole in exact arithmetic (0.1 x 2000) from rounding up.
  return Math.min(n, Math.max(1, Math.ceil(q * n - 1e-9)));
}

/** Nearest-rank percentiles of plain numbers (q in (0, 1]); Infinity sorts last. */
export function percentiles(values: ArrayLike<number>, qs: readonly number[]): number[] {
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  return qs.map((q) => sorted[nearestRank(q, sorted.length) - 1]!);
}

/** Nearest-rank percentiles of `n` money values of a column, starting at `offset` with `stride`. */
function moneyPercentiles(col: CentsColumn, offset: number, stride: number, n: number, qs: readonly number[], digits: number): Money[] {
  const idx = Array.from({ length: n }, (_, i) => offset + i * stride);
  const exactOf = (i: number): Money => (col.exact[i] !== undefined ? new Money(col.exact[i]) : fromMinor(col.cents[i]!, digits));
  const hasExact = Object.keys(col.exact).length > 0;
  if (!hasExact) {
    const sorted = Float64Array.from(idx, (i) => col.cents[i]!).sort();
    return qs.map((q) => fromMinor(sorted[nearestRank(q, n) - 1]!, digits));
  }
  idx.sort((a, b) => col.cents[a]! - col.cents[b]! || exactOf(a).comparedTo(exactOf(b)));
  return qs.map((q) => exactOf(idx[nearestRank(q, n) - 1]!));
}

/** P10, P50 and P90 of an amount of money, each a figure some draw produced (to the cent). */
export interface MoneyPercentiles {
  p10: Money;
  p50: Money;
  p90: Money;
}

/** P10, P50 and P90 of a plain figure (months, FTE). */
export interface NumberPercentiles<T = number> {
  p10: T;
  p50: T;
  p90: T;
}

/** One month of the fan chart. */
export interface FanPoint extends MoneyPercentiles {
  month: number;
}

/** Everything a Monte Carlo run reports. */
export interface MonteCarloResult {
  seed: number;
  draws: number;
  annualSavings: MoneyPercentiles;
  /** Payback month percentiles; null where that percentile does not pay back within the horizon. */
  paybackMonths: NumberPercentiles<number | null>;
  staffedFte: NumberPercentiles;
  /** Share of draws that pay back within the horizon, 0-1. */
  paybackProbability: number;
  /** Cumulative savings P10 / P50 / P90 for each month of the horizon. */
  fan: FanPoint[];
}

const QS = [0.1, 0.5, 0.9] as const;

/** The figures of a run from its draws. */
export function summariseDraws(batch: DrawBatch): MonteCarloResult {
  const n = batch.count;
  if (n <= 0) throw new Error('summariseDraws needs at least one draw');
  const [s10, s50, s90] = moneyPercentiles(batch.annualSavings, 0, 1, n, QS, batch.digits) as [Money, Money, Money];
  const [b10, b50, b90] = percentiles(batch.paybackMonths, QS) as [number, number, number];
  const [f10, f50, f90] = percentiles(batch.staffedFte, QS) as [number, number, number];
  let paying = 0;
  for (const p of batch.paybackMonths) if (Number.isFinite(p)) paying++;
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  const fan: FanPoint[] = [];
  for (let m = 0; m < batch.months; m++) {
    const [p10, p50, p90] = moneyPercentiles(batch.cumulative, m, batch.months, n, QS, batch.digits) as [Money, Money, Money];
    fan.push({ month: m + 1, p10, p50, p90 });
  }
  return {
    seed: batch.seed,
    draws: n,
    annualSavings: { p10: s10, p50: s50, p90: s90 },
    paybackMonths: { p10: finite(b10), p50: finite(b50), p90: finite(b90) },
    staffedFte: { p10: f10, p50: f50, p90: f90 },
    paybackProbability: paying / n,
    fan,
  };
}

/** A whole Monte Carlo run on this thread (the app runs it in workers: io/monte-carlo-client.ts). */
export function monteCarlo(s: Scenario, draws: number = DEFAULT_DRAWS): MonteCarloResult {
  return summariseDraws(runDraws(s, 0, draws));
}

/** A range the user set that excludes its input's point estimate, in the words and units the page shows. */
export interface PointOutside {
  input: RangedInput;
  label: string;
  /** The point estimate and the range's ends, as shown (`40 %`, `90 %` of the point value). */
  point: string;
  low: string;
  high: string;
}

/** The ranges that exclude their point estimate (the draws then treat the nearest end as most likely). */
export function pointsOutside(s: Scenario): PointOutside[] {
  const out: PointOutside[] = [];
  const point = pointValues(s);
  const mean = meanResolutionPct(s);
  for (const input of RANGED_INPUTS) {
    const r = s.ranges[input];
    if (!r || (input === 'resolutionPct' && mean === null) || (input === 'rampSpeed' && s.ramp.length === 0)) continue;
    const p = point[input];
    if (p < r.low - SNAP || p > r.high + SNAP) {
      const spec = RANGE_SPECS[input];
      const show = (x: number) => (spec.kind === 'absolute' ? `${round(x)} %` : `${round(x * 100)} %`);
      out.push({ input, label: spec.label, point: show(p), low: show(r.low), high: show(r.high) });
    }
  }
  return out;
}

/** Warnings (not errors) about ranges that cannot act as the user may expect. */
export function rangeWarnings(s: Scenario): FieldIssue[] {
  const out: FieldIssue[] = [];
  const outside = new Map(pointsOutside(s).map((o) => [o.input, o]));
  const mean = meanResolutionPct(s);
  for (const input of RANGED_INPUTS) {
    const r = s.ranges[input];
    if (!r) continue;
    if (input === 'resolutionPct' && mean === null) {
      out.push({ field: `ranges.${input}`, message: MESSAGES.noEligible });
      continue;
    }
    if (input === 'rampSpeed' && s.ramp.length === 0) {
      out.push({ field: `ranges.${input}`, message: MESSAGES.noRamp });
      continue;
    }
    const o = outside.get(input);
    if (o) out.push({ field: `ranges.${input}`, message: MESSAGES.pointOutside(o.label, o.point, o.low, o.high) });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** One bar of the tornado: the input at each end of its range, the others at their point. */
export interface TornadoBar {
  input: RangedInput;
  label: string;
  range: Range;
  /** Annual savings with the input at the low and the high end of its range. */
  atLow: Money;
  atHigh: Money;
  /** |atHigh - atLow|. */
  swing: Money;
  paybackAtLow: number | null;
  paybackAtHigh: number | null;
}

/** The tornado chart's data. */
export interface Tornado {
  /** Annual savings with every input at its point estimate. */
  base: Money;
  /** Bars ranked by swing, largest first (ties in the order of RANGED_INPUTS). */
  bars: TornadoBar[];
}

/** The tornado (docs/METHOD.md, "Uncertainty"): each ranged input alone at its low and high end, ranked by swing in annual savings. */
export function tornado(s: Scenario): Tornado {
  const point = pointValues(s);
  const base = evaluate(s).annualSavings;
  const bars: TornadoBar[] = [];
  for (const input of RANGED_INPUTS) {
    const range = s.ranges[input];
    if (!range) continue;
    const low = evaluate(withInputs(s, { ...point, [input]: range.low }, point));
    const high = evaluate(withInputs(s, { ...point, [input]: range.high }, point));
    bars.push({
      input,
      label: RANGE_SPECS[input].label,
      range,
      atLow: low.annualSavings,
      atHigh: high.annualSavings,
      swing: high.annualSavings.minus(low.annualSavings).abs(),
      paybackAtLow: low.paybackMonths,
      paybackAtHigh: high.paybackMonths,
    });
  }
  // Array.prototype.sort is stable, so equal swings keep the RANGED_INPUTS order.
  bars.sort((a, b) => b.swing.comparedTo(a.swing));
  return { base, bars };
}

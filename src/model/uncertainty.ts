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
 *
 * ## Where each part lives
 * range-specs.ts (which ranges are accepted), point-values.ts (the point estimates),
 * sampling.ts (a draw of the inputs and the scenario it makes), draws.ts (evaluating draws
 * in batches), percentiles.ts (a run's figures), range-warnings.ts, tornado.ts. This module
 * runs a whole Monte Carlo on one thread and is the names' one entry point.
 */
import { runDraws } from './draws';
import { summariseDraws, type MonteCarloResult } from './percentiles';
import type { Scenario } from './schema';

/** Draws in a run unless asked otherwise (docs/METHOD.md, "Uncertainty"). */
export const DEFAULT_DRAWS = 2_000;

/** A whole Monte Carlo run on this thread (the app runs it in workers: io/monte-carlo-client.ts). */
export function monteCarlo(s: Scenario, draws: number = DEFAULT_DRAWS): MonteCarloResult {
  return summariseDraws(runDraws(s, 0, draws));
}

export { RANGED_INPUTS, RANGE_SPECS, MESSAGES, validateRange, validateRanges, type RangedInput, type RangeKind, type RangeSpec } from './range-specs';
export { meanResolutionPct, pointValues, type InputValues } from './point-values';
export { drawValues, stretchRamp, triangular, withInputs } from './sampling';
export { evaluate, evaluateCents, joinBatches, runDraws, runDrawsFrom, sliceBatch, type CentsColumn, type DrawBatch, type Outcome } from './draws';
export { nearestRank, percentiles, summariseDraws, type FanPoint, type MoneyPercentiles, type MonteCarloResult, type NumberPercentiles } from './percentiles';
export { pointsOutside, rangeWarnings, type PointOutside } from './range-warnings';
export { tornado, type Tornado, type TornadoBar } from './tornado';

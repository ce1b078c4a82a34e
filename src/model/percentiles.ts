/**
 * The figures of a Monte Carlo run from its draws (docs/METHOD.md, "Uncertainty"):
 * nearest-rank percentiles, money to the cent, the fan chart month by month.
 */
import { fromMinor, Money } from './money';
import type { CentsColumn, DrawBatch } from './draws';

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

/**
 * Nearest-rank percentiles of `n` money values of a column, starting at `offset` with `stride`.
 * `scratch` (at least `n` long) holds the values while their ranks are selected when given:
 * the fan chart reads one month after another in the same array.
 */
export function moneyPercentiles(
  col: CentsColumn,
  offset: number,
  stride: number,
  n: number,
  qs: readonly number[],
  digits: number,
  scratch: Float64Array = new Float64Array(n),
): Money[] {
  if (!hasExact(col)) {
    // Copied by a plain loop (Float64Array.from with a mapping function is many times slower)
    // and the ranks selected rather than the whole column sorted: the fan chart of a ten-year
    // horizon reads 120 months of 2,000 draws, on the page's main thread.
    const values = scratch.length === n ? scratch : scratch.subarray(0, n);
    for (let i = 0; i < n; i++) values[i] = col.cents[offset + i * stride]!;
    const ranks = qs.map((q) => nearestRank(q, n) - 1);
    const distinct = [...new Set(ranks)].sort((a, b) => a - b);
    selectRanks(values, 0, n - 1, distinct);
    return ranks.map((r) => fromMinor(values[r]!, digits));
  }
  const exactOf = (i: number): Money => (col.exact[i] !== undefined ? new Money(col.exact[i]) : fromMinor(col.cents[i]!, digits));
  const idx = Array.from({ length: n }, (_, i) => offset + i * stride);
  idx.sort((a, b) => col.cents[a]! - col.cents[b]! || exactOf(a).comparedTo(exactOf(b)));
  return qs.map((q) => exactOf(idx[nearestRank(q, n) - 1]!));
}

/**
 * Rearranges `a[lo..hi]` so that for each of `ranks` (ascending, within lo..hi) the value at
 * that index is the one a sort would put there (Hoare's selection, the middle rank first,
 * then each side's ranks in its side): a few passes over the values rather than a sort.
 * For values with no NaN and no -0 (whole minor units, stored with -0 as 0), so that `<`
 * orders them as a sort does.
 */
export function selectRanks(a: Float64Array, lo: number, hi: number, ranks: readonly number[]): void {
  if (ranks.length === 0 || hi <= lo) return;
  const m = ranks.length >> 1;
  const k = ranks[m]!;
  let l = lo,
    h = hi;
  while (h > l) {
    const pivot = a[(l + h) >>> 1]!;
    let i = l,
      j = h;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    // a[l..j] <= pivot, a[i..h] >= pivot, and anything between equals it.
    if (k <= j) h = j;
    else if (k >= i) l = i;
    else break;
  }
  selectRanks(a, lo, k - 1, ranks.slice(0, m));
  selectRanks(a, k + 1, hi, ranks.slice(m + 1));
}

/** Whether a column holds any amount too large for exact float cents. */
function hasExact(col: CentsColumn): boolean {
  for (const _ in col.exact) return true;
  return false;
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

/**
 * The figures of a run from its draws. The fan (each month's cumulative savings) is made
 * when first read, an own enumerable property as the others (spread, structured clone and
 * JSON read it as a value): its percentiles of every month are most of the summary's work
 * (tens of milliseconds for a 120-month run), which an export, reading only the annual
 * savings, never needs, and which the page needs only when it draws the chart.
 */
export function summariseDraws(batch: DrawBatch): MonteCarloResult {
  const n = batch.count;
  if (n <= 0) throw new Error('summariseDraws needs at least one draw');
  const [s10, s50, s90] = moneyPercentiles(batch.annualSavings, 0, 1, n, QS, batch.digits) as [Money, Money, Money];
  const [b10, b50, b90] = percentiles(batch.paybackMonths, QS) as [number, number, number];
  const [f10, f50, f90] = percentiles(batch.staffedFte, QS) as [number, number, number];
  let paying = 0;
  for (const p of batch.paybackMonths) if (Number.isFinite(p)) paying++;
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  let fan: FanPoint[] | null = null;
  return {
    seed: batch.seed,
    draws: n,
    annualSavings: { p10: s10, p50: s50, p90: s90 },
    paybackMonths: { p10: finite(b10), p50: finite(b50), p90: finite(b90) },
    staffedFte: { p10: f10, p50: f50, p90: f90 },
    paybackProbability: paying / n,
    get fan(): FanPoint[] {
      return (fan ??= fanOf(batch));
    },
  };
}

/** Each month's P10, P50 and P90 of cumulative savings. */
function fanOf(batch: DrawBatch): FanPoint[] {
  const n = batch.count;
  const fan: FanPoint[] = [];
  const scratch = new Float64Array(n);
  for (let m = 0; m < batch.months; m++) {
    const [p10, p50, p90] = moneyPercentiles(batch.cumulative, m, batch.months, n, QS, batch.digits, scratch) as [Money, Money, Money];
    fan.push({ month: m + 1, p10, p50, p90 });
  }
  return fan;
}

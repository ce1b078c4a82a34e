/**
 * Monte Carlo draws (docs/METHOD.md, "Uncertainty"): the full-method figures of one
 * scenario, and batches of draws as plain columns of minor units, cheap to send between
 * threads and joined in draw order.
 */
import { minorScale, Money } from './money';
import { pointValues } from './point-values';
import { digitsOf, minorLedger } from './ledger';
import { newContext, project, projectWith, type Context, type MonthRow, type MonthRowOf } from './projection';
import { substream } from './random';
import { drawValues, withInputs } from './sampling';
import type { Scenario } from './schema';
import { paybackMonths, paybackMonthsCents, steadyIndex } from './summary';
import { FULL } from './switches';

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
  // channels' occupancy, which a cost-only solver computes under Erlang C alone (and only
  // for a blended pool: the other draws staff a week in sums, staffing.ts `weekSeats`).
  const blended = s.channels !== null && s.pooling === 'blended';
  let ctx = newContext(from, !(blended && s.human.staffingModel === 'erlang-a'), blended);
  for (let i = 0; i < count; i++) {
    const values = drawValues(s.ranges, point, substream(s.seed, start + i));
    // A context per draw, keeping the arrival weights and the (bounded) staffing store: draws
    // that leave the workload alone staff no month again.
    ctx = newContext(ctx);
    // The store keeps what the last draw made or found; the pools of results it dropped go with them.
    if (ctx.staffed.nextGeneration()) ctx = { ...ctx, pools: new Map() };
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

/**
 * Draws `from` to `from + count - 1` of a batch (0 = its first) as a batch of their own: a
 * worker's draws computed ahead of a run, shared between the jobs the run is cut into.
 */
export function sliceBatch(b: DrawBatch, from: number, count: number): DrawBatch {
  if (!(from >= 0 && count >= 0 && from + count <= b.count)) throw new Error(`sliceBatch: draws ${from} to ${from + count} are not in a batch of ${b.count}`);
  const months = b.months;
  return {
    seed: b.seed,
    start: b.start + from,
    count,
    months,
    digits: b.digits,
    annualSavings: sliceColumn(b.annualSavings, from, count),
    paybackMonths: b.paybackMonths.slice(from, from + count),
    staffedFte: b.staffedFte.slice(from, from + count),
    cumulative: sliceColumn(b.cumulative, from * months, count * months),
  };
}

function sliceColumn(col: CentsColumn, from: number, n: number): CentsColumn {
  const exact: Record<number, string> = {};
  for (const [k, v] of Object.entries(col.exact)) {
    const i = Number(k) - from;
    if (i >= 0 && i < n) exact[i] = v;
  }
  return { cents: col.cents.slice(from, from + n), exact };
}

function copyColumn(to: CentsColumn, offset: number, from: CentsColumn, n: number): void {
  to.cents.set(from.cents.subarray(0, n), offset);
  for (const [k, v] of Object.entries(from.exact)) to.exact[offset + Number(k)] = v;
}

/**
 * The monthly projection (docs/METHOD.md, "The funnel", "Staffing" and "Costs"): for each
 * month of the horizon the funnel, staffing and booked costs, then the summary figures.
 * One engine serves both methods; `Switches` says which of the full model's effects are
 * on. The parts: engine.ts (one channel's months), channel-sum.ts (a scenario with channels
 * as the sum of its channels), context.ts (what runs of one calculation share), ledger.ts
 * (how money is booked), month-row.ts (a month's figures).
 */
import type { Scenario } from './schema';
import { projectChannelsTotals, projectChannelsWith, type ChannelRows, type ChannelsProjection } from './channel-sum';
import { newContext, type Context } from './context';
import { projectOne, projectOneTotals, type ProjectionTotals } from './engine';
import { decimalLedger, decimalRows, digitsOf, minorLedger, type Ledger } from './ledger';
import type { MonthRow, MonthRowOf } from './month-row';
import type { Money } from './money';
import type { Switches } from './switches';

export { newContext, type Context } from './context';
export type { ProjectionTotals } from './engine';
export type { MonthRow, MonthRowOf } from './month-row';
export type { ChannelRows, ChannelsProjection } from './channel-sum';

/**
 * Computes every month of the horizon for one set of switches. With `staff` false and
 * queueing off, staffing is skipped (its figures read 0), and with `staff` false no month
 * keeps its category rows: the gap explanation needs only the money of such runs.
 */
export function project(s: Scenario, sw: Switches, ctx: Context = newContext(), staff = true): MonthRow[] {
  return projectChannels(s, sw, ctx, staff).rows;
}

/**
 * {@link project}, booking money with `ledger`. A scenario with channels is the sum of its
 * channels (docs/METHOD.md, "Channels"), each projected as a one-channel scenario;
 * without channels the one-channel engine (engine.ts).
 */
export function projectWith<M>(ledger: Ledger<M>, s: Scenario, sw: Switches, ctx: Context = newContext(), staff = true): MonthRowOf<M>[] {
  if (s.channels === null) return projectOne(ledger, s, sw, ctx, staff);
  return projectChannelsWith(ledger, s, sw, ctx, staff).rows;
}

/** {@link projectWith}'s totals alone, with no month's row made (the gap steps, which staff only what the costs need). */
export function projectTotalsWith<M>(ledger: Ledger<M>, s: Scenario, sw: Switches, ctx: Context = newContext()): ProjectionTotals<M> {
  return s.channels === null ? projectOneTotals(ledger, s, sw, ctx) : projectChannelsTotals(ledger, s, sw, ctx);
}

/**
 * A channel's months read as decimals when first asked for (an own, enumerable accessor: a
 * spread or a structured clone reads it as a value): the frame that shows an edit's figures
 * needs only the scenario's months, and the channels' are shown after it.
 */
function lazyDecimalRows(part: ChannelRows<number>['part'], units: MonthRowOf<number>[], digits: number): ChannelRows<Money> {
  let rows: MonthRow[] | null = null;
  return {
    part,
    get rows() {
      return (rows ??= decimalRows(units, digits));
    },
  };
}

/** {@link project} with each channel's months (dedicated pools: each channel staffed alone). */
export function projectChannels(s: Scenario, sw: Switches, ctx: Context = newContext(), staff = true): ChannelsProjection<Money> {
  const digits = digitsOf(s);
  // Booked in whole minor units (docs/METHOD.md, "Money and rounding"), then read as decimals;
  // amounts too large for exact floats, or a one-time cost with fractions of the minor unit,
  // are booked in decimals from the start (the same amounts either way).
  const fast = minorLedger(digits);
  const p: ChannelsProjection<number> =
    s.channels === null ? { rows: projectOne(fast, s, sw, ctx, staff), channels: [], pooling: null } : projectChannelsWith(fast, s, sw, ctx, staff);
  if (!fast.overflow) {
    const rows = decimalRows(p.rows, digits);
    return {
      rows,
      channels: p.channels.map((c) => (c.rows === p.rows ? { part: c.part, rows } : lazyDecimalRows(c.part, c.rows, digits))),
      pooling: p.pooling,
    };
  }
  const exact = decimalLedger(digits);
  if (s.channels === null) return { rows: projectOne(exact, s, sw, ctx, staff), channels: [], pooling: null };
  return projectChannelsWith(exact, s, sw, ctx, staff);
}

/** One month of the projection, as every part of the engine books it (docs/METHOD.md, "The funnel", "Staffing" and "Costs"). */
import type { FunnelRow } from './funnel';
import type { Money } from './money';
import type { StaffingResult } from './staffing';

/**
 * One month of the projection. Counts are expected contacts; money is booked to the
 * currency's minor unit, as `M`: exact decimals (`Money`) for everything the app shows, whole
 * minor units in a number while booking and in the Monte Carlo's draws (see `Ledger`).
 */
export interface MonthRowOf<M> {
  /** 1-based month number. */
  month: number;
  /** Ramp fraction applied to resolution rates this month, 0-1. */
  ramp: number;
  contacts: number;
  attempted: number;
  aiResolved: number;
  aiEscalated: number;
  errors: number;
  recontacts: number;
  humanContacts: number;
  /** Agent hours of human handling (workload), with the AI. */
  humanHours: number;
  /** Agent hours if every contact were human. */
  baselineHours: number;
  /** Workload hours / productive hours per FTE-month. */
  agentEquivalents: number;
  agentEquivalentsBaseline: number;
  staffing: StaffingResult;
  staffingBaseline: StaffingResult;
  /**
   * Per-category funnel rows, in the order of the scenario's categories (or one row for the
   * headline), for the steady month and the ramp's months before it; empty for the other months
   * (their totals above are the sums of the rows they would have), and in the runs that book
   * costs alone (the Monte Carlo's draws, the gap steps).
   */
  categories: FunnelRow[];
  baselineCost: M;
  humanCost: M;
  aiCost: M;
  qualityCost: M;
  /** Platform fee and knowledge-base upkeep. */
  fixedCost: M;
  totalCost: M;
  savings: M;
  /** Savings to date, net of the one-time implementation cost. */
  cumulativeSavings: M;
}

/** One month of the projection, money as exact decimals. */
export type MonthRow = MonthRowOf<Money>;

/**
 * `r` as month `month`: every count, hour and staffing figure as it is, each amount passed
 * through `money`, and `cumulativeSavings` of its own. The one list of a month's fields: a
 * month repeating an earlier one and a month read from minor units as decimals are both made
 * here. Written out field by field, in the order of the projection's own rows: a spread of
 * this many fields takes a slow path in V8 (about 5 % of a recalculation, in the gap steps).
 */
export function monthRowWith<M, N>(r: MonthRowOf<M>, month: number, money: (amount: M) => N, cumulativeSavings: N): MonthRowOf<N> {
  return {
    month,
    ramp: r.ramp,
    contacts: r.contacts,
    attempted: r.attempted,
    aiResolved: r.aiResolved,
    aiEscalated: r.aiEscalated,
    errors: r.errors,
    recontacts: r.recontacts,
    humanContacts: r.humanContacts,
    humanHours: r.humanHours,
    baselineHours: r.baselineHours,
    agentEquivalents: r.agentEquivalents,
    agentEquivalentsBaseline: r.agentEquivalentsBaseline,
    staffing: r.staffing,
    staffingBaseline: r.staffingBaseline,
    categories: r.categories,
    baselineCost: money(r.baselineCost),
    humanCost: money(r.humanCost),
    aiCost: money(r.aiCost),
    qualityCost: money(r.qualityCost),
    fixedCost: money(r.fixedCost),
    totalCost: money(r.totalCost),
    savings: money(r.savings),
    cumulativeSavings,
  };
}

const same = <M>(amount: M): M => amount;

/** Month `month` booking the same figures as `r`, with its own cumulative savings. */
export function repeatedMonth<M>(r: MonthRowOf<M>, month: number, cumulativeSavings: M): MonthRowOf<M> {
  return monthRowWith(r, month, same, cumulativeSavings);
}

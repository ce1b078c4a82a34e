/**
 * Break-even between two scenarios (docs/METHOD.md, "Break-even solvers"): the cost per
 * error at which the more accurate (usually less automated) scenario becomes the cheaper
 * one. Each scenario's steady-state cost is linear in the error cost: cost(e) = other
 * costs + W e.
 */
import { Money } from './money';
import type { Summary } from './summary';

/** What the error-cost comparison needs of one scenario's steady state. */
export interface ErrorCostSide {
  /** Steady-state total cost per month at the scenario's own error cost. */
  totalCostPerMonth: Money;
  /** Quality cost per month included in it. */
  qualityCostPerMonth: Money;
  /** Wrong answers per month. */
  errorsPerMonth: number;
}

/** Where two scenarios' costs cross as the cost per error rises: at an error cost, or never (one is always cheaper). */
export type CrossOver = { kind: 'at'; errorCost: Money; moreAccurate: 'a' | 'b' } | { kind: 'always'; cheaper: 'a' | 'b' | 'equal' };

/**
 * The error cost e* where cost_a(e*) = cost_b(e*):
 * e* = (other_b - other_a) / (W_a - W_b). Above e* the scenario with fewer errors is cheaper.
 */
export function errorCostCrossOver(a: ErrorCostSide, b: ErrorCostSide): CrossOver {
  const otherA = a.totalCostPerMonth.minus(a.qualityCostPerMonth);
  const otherB = b.totalCostPerMonth.minus(b.qualityCostPerMonth);
  const dW = a.errorsPerMonth - b.errorsPerMonth;
  if (Math.abs(dW) < 1e-12) {
    const c = otherA.comparedTo(otherB);
    return { kind: 'always', cheaper: c < 0 ? 'a' : c > 0 ? 'b' : 'equal' };
  }
  const moreAccurate = dW > 0 ? 'b' : 'a';
  const e = otherB.minus(otherA).div(dW);
  // A negative crossing means the more accurate scenario is already cheaper at any error cost.
  if (e.lt(0)) return { kind: 'always', cheaper: moreAccurate };
  return { kind: 'at', errorCost: e.toDecimalPlaces(2, Money.ROUND_HALF_UP), moreAccurate };
}

/** The error-cost side of a scenario's steady state. */
export function sideOf(summary: Summary): ErrorCostSide {
  return { totalCostPerMonth: summary.totalCostPerMonth, qualityCostPerMonth: summary.qualityCostPerMonth, errorsPerMonth: summary.errorsPerMonth };
}

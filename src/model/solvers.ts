/**
 * Decision solvers (docs/METHOD.md, "Break-even solvers"): the automation rate needed to
 * break even, the break-even error cost, and between two scenarios the error cost at which
 * the more accurate one wins. All on the full method.
 */
import { errorCostCrossOver, sideOf, type CrossOver } from './comparison';
import { ModelLimitError } from './limits';
import { attemptableShare, automationRate, withAutomation } from './mix';
import { Money } from './money';
import { newContext, project, type MonthRow } from './projection';
import type { Scenario } from './schema';
import { steadyIndex, summarise } from './summary';
import { FULL } from './switches';
import { tornado, type Tornado } from './tornado';

/**
 * What "break even" means:
 * - `steady`: the steady-state month saves money (savings >= 0): the AI pays its way month by month;
 * - `payback`: cumulative savings at the end of the horizon, net of the one-time cost, are >= 0.
 */
export type BreakEvenGoal = 'steady' | 'payback';

export type AutomationSolution =
  /** The smallest automation (percent of all contacts, to `AUTOMATION_TOLERANCE_PCT`) that breaks even. */
  | { kind: 'at'; automationPct: number; currentPct: number; maxPct: number }
  /** Even the most the AI may attempt, all of it resolved, does not break even. */
  | { kind: 'unreachable'; currentPct: number; maxPct: number; message: string };

/** Precision of the automation solver, percentage points. */
export const AUTOMATION_TOLERANCE_PCT = 0.01;

const GRID_STEPS = 16;

export const SOLVER_MESSAGES = {
  noEligible: 'No category is AI-eligible (or every customer asks for a human), so no automation rate can break even',
  unreachable: (goal: BreakEvenGoal, maxPct: number) =>
    goal === 'steady'
      ? `Even at ${round2(maxPct)} % automation (everything the AI may attempt, resolved) the steady-state month costs more than the all-human baseline`
      : `Even at ${round2(maxPct)} % automation (everything the AI may attempt, resolved) the one-time cost is not paid back within the horizon`,
} as const;

function rowsAt(s: Scenario, automationPct: number): MonthRow[] | null {
  const mix = withAutomation(s, automationPct);
  if (!mix.ok) return null;
  return project({ ...s, categories: mix.categories }, FULL, newContext());
}

function margin(goal: BreakEvenGoal, rows: readonly MonthRow[]): Money {
  if (goal === 'steady') return rows[steadyIndex(rows)]!.savings;
  return rows[rows.length - 1]!.cumulativeSavings;
}

/**
 * The automation rate needed to break even. Searches 0 to the most the AI may attempt
 * (AI-eligible share less customers who ask for a human) on a grid of 16 steps for the
 * first step that breaks even, then bisects that step down to 0.01 percentage points;
 * the answer is the upper end of the final bracket, so it does break even. Savings need
 * not be monotone in automation (per-attempt pricing, staffing steps): the grid finds
 * the first crossing it can see.
 */
export function automationToBreakEven(s: Scenario, goal: BreakEvenGoal = 'steady'): AutomationSolution {
  const maxPct = attemptableShare(s) * 100;
  const currentPct = automationRate(s) * 100;
  if (!(maxPct > 0)) return { kind: 'unreachable', currentPct, maxPct: 0, message: SOLVER_MESSAGES.noEligible };
  const ok = (pct: number): boolean => {
    const rows = rowsAt(s, pct);
    return rows !== null && margin(goal, rows).gte(0);
  };
  let lo = 0;
  let hi = -1;
  for (let k = 0; k <= GRID_STEPS; k++) {
    const a = k === GRID_STEPS ? maxPct : (maxPct * k) / GRID_STEPS;
    if (ok(a)) {
      hi = a;
      break;
    }
    lo = a;
  }
  if (hi < 0) return { kind: 'unreachable', currentPct, maxPct, message: SOLVER_MESSAGES.unreachable(goal, maxPct) };
  if (hi === 0) return { kind: 'at', automationPct: 0, currentPct, maxPct };
  // Halving a span of at most 100 points reaches the tolerance in a few dozen steps; the bound guards the loop.
  for (let steps = 0; hi - lo > AUTOMATION_TOLERANCE_PCT; steps++) {
    if (steps > 1_100) throw new ModelLimitError('The break-even automation search did not settle.');
    const mid = (lo + hi) / 2;
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return { kind: 'at', automationPct: hi, currentPct, maxPct };
}

/** The break-even error cost of the full method (`Summary.breakEvenErrorCost`): null without errors or savings to lose. */
export function breakEvenErrorCost(s: Scenario): Money | null {
  return summarise(s, project(s, FULL, newContext())).breakEvenErrorCost;
}

/**
 * Between two scenarios, the cost per error at which the more accurate one becomes the
 * cheaper (full method, steady state): `errorCostCrossOver` of comparison.ts.
 */
export function accuracyCrossOver(a: Scenario, b: Scenario): CrossOver {
  const summary = (s: Scenario) => summarise(s, project(s, FULL, newContext()));
  return errorCostCrossOver(sideOf(summary(a)), sideOf(summary(b)));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Everything the decision-support view shows besides the Monte Carlo. */
export interface DecisionSupport {
  tornado: Tornado;
  /** Automation needed for the steady-state month to save money. */
  steady: AutomationSolution;
  /** Automation needed to pay back the one-time cost within the horizon. */
  payback: AutomationSolution;
  breakEvenErrorCost: Money | null;
}

/** The tornado and the solvers for one scenario (a few dozen projections). */
export function decisionSupport(s: Scenario): DecisionSupport {
  return {
    tornado: tornado(s),
    steady: automationToBreakEven(s, 'steady'),
    payback: automationToBreakEven(s, 'payback'),
    breakEvenErrorCost: breakEvenErrorCost(s),
  };
}

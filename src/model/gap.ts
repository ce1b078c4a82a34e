/**
 * Why the full method differs from the headline (docs/METHOD.md, "Headline and full
 * methods"): starting from the headline arithmetic, the full model's effects are switched
 * on one at a time, in the order of GAP_STEPS, and each step's change in savings is
 * recorded. The steps add up exactly to the difference between the two methods.
 */
import { Money, sum } from './money';
import { centsLedger, newContext, project, projectWith, type Context, type MonthRow } from './projection';
import type { Scenario } from './schema';
import { steadyIndex } from './summary';
import { GAP_STEPS, HEADLINE, type Switches } from './switches';

/** One effect of the full model, switched on after the previous ones, and the savings it changes. */
export interface GapStep {
  key: keyof Switches;
  label: string;
  why: string;
  /** Change in steady-state monthly savings this step causes. */
  monthlySavingsDelta: Money;
  /** Change in net savings over the horizon (after the one-time cost). */
  horizonSavingsDelta: Money;
}

/** The headline-to-full walk: start, end and every step between (money exact, per month and over the horizon). */
export interface GapExplanation {
  headlineMonthlySavings: Money;
  fullMonthlySavings: Money;
  headlineHorizonSavings: Money;
  fullHorizonSavings: Money;
  steps: GapStep[];
}

interface Totals {
  monthly: Money;
  horizon: Money;
}

function totals(rows: readonly MonthRow[]): Totals {
  return { monthly: rows[steadyIndex(rows)]!.savings, horizon: rows[rows.length - 1]!.cumulativeSavings };
}

/**
 * The totals of one step. A scenario with channels books its steps in whole cents (the
 * cents ledger gives the same amounts as decimals, docs/METHOD.md, "Money and rounding",
 * several times faster across the channels' rows), in decimals where cents overflow; a
 * scenario without channels as it always has.
 */
function stepTotals(s: Scenario, sw: Switches, ctx: Context): Totals {
  if (s.channels !== null) {
    const ledger = centsLedger();
    const rows = projectWith(ledger, s, sw, ctx, false);
    if (!ledger.overflow) {
      const money = (c: number) => new Money(c).div(100);
      return { monthly: money(rows[steadyIndex(rows)]!.savings), horizon: money(rows[rows.length - 1]!.cumulativeSavings) };
    }
  }
  return totals(project(s, sw, ctx, false));
}

/**
 * Explains the difference between the two methods, step by step. Pass the projections
 * already computed for both methods to avoid computing them again.
 */
export function explainGap(s: Scenario, ctx: Context = newContext(), headlineRows?: readonly MonthRow[], fullRows?: readonly MonthRow[]): GapExplanation {
  let sw: Switches = { ...HEADLINE };
  let prev = totals(headlineRows ?? project(s, sw, ctx));
  const first = prev;
  const steps: GapStep[] = [];
  GAP_STEPS.forEach((step, i) => {
    sw = { ...sw, [step.key]: true };
    const last = i === GAP_STEPS.length - 1;
    const next = last && fullRows ? totals(fullRows) : stepTotals(s, sw, ctx);
    steps.push({
      key: step.key,
      label: step.label,
      why: step.why,
      monthlySavingsDelta: next.monthly.minus(prev.monthly),
      horizonSavingsDelta: next.horizon.minus(prev.horizon),
    });
    prev = next;
  });
  return {
    headlineMonthlySavings: first.monthly,
    fullMonthlySavings: prev.monthly,
    headlineHorizonSavings: first.horizon,
    fullHorizonSavings: prev.horizon,
    steps,
  };
}

/** Sum of the steps' monthly deltas (equals full - headline). */
export function sumOfSteps(g: GapExplanation): Money {
  return sum(g.steps.map((x) => x.monthlySavingsDelta));
}

/**
 * Why the full method differs from the headline (docs/METHOD.md, "Headline and full
 * methods"): starting from the headline arithmetic, the full model's effects are switched
 * on one at a time, in the order of GAP_STEPS, and each step's change in savings is
 * recorded. The steps add up exactly to the difference between the two methods.
 */
import { fromMinor, sum, type Money } from './money';
import { digitsOf, minorLedger } from './ledger';
import { newContext, project, projectTotalsWith, type Context, type MonthRow, type ProjectionTotals } from './projection';
import type { Scenario } from './schema';
import { savingsTotals } from './summary';
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

/**
 * The totals of one step, booked in whole minor units (the fast ledger gives the same amounts
 * as decimals, docs/METHOD.md, "Money and rounding"), in decimals where those overflow.
 */
function stepTotals(s: Scenario, sw: Switches, ctx: Context): ProjectionTotals<Money> {
  const digits = digitsOf(s);
  const ledger = minorLedger(digits);
  const t = projectTotalsWith(ledger, s, sw, ctx);
  if (!ledger.overflow) return { steadySavings: fromMinor(t.steadySavings, digits), cumulativeSavings: fromMinor(t.cumulativeSavings, digits) };
  return savingsTotals(project(s, sw, ctx, false));
}

/**
 * Explains the difference between the two methods, step by step. Pass the projections
 * already computed for both methods to avoid computing them again.
 */
export function explainGap(s: Scenario, ctx: Context = newContext(), headlineRows?: readonly MonthRow[], fullRows?: readonly MonthRow[]): GapExplanation {
  let sw: Switches = { ...HEADLINE };
  let prev = savingsTotals(headlineRows ?? project(s, sw, ctx));
  const first = prev;
  const steps: GapStep[] = [];
  GAP_STEPS.forEach((step, i) => {
    sw = { ...sw, [step.key]: true };
    const last = i === GAP_STEPS.length - 1;
    const next = last && fullRows ? savingsTotals(fullRows) : stepTotals(s, sw, ctx);
    steps.push({
      key: step.key,
      label: step.label,
      why: step.why,
      monthlySavingsDelta: next.steadySavings.minus(prev.steadySavings),
      horizonSavingsDelta: next.cumulativeSavings.minus(prev.cumulativeSavings),
    });
    prev = next;
  });
  return {
    headlineMonthlySavings: first.steadySavings,
    fullMonthlySavings: prev.steadySavings,
    headlineHorizonSavings: first.cumulativeSavings,
    fullHorizonSavings: prev.cumulativeSavings,
    steps,
  };
}

/** Sum of the steps' monthly deltas (equals full - headline). */
export function sumOfSteps(g: GapExplanation): Money {
  return sum(g.steps.map((x) => x.monthlySavingsDelta));
}

/**
 * Labels that say what a figure is (docs/METHOD.md, "Savings, payback, ROI and NPV" and
 * "Uncertainty"): which month the steady-state figures are, what year-1 savings cover, which
 * end of a percentile range is the pessimistic one for each figure, which method the
 * percentiles come from, and the warning that stands beside every percentile when a range
 * excludes its point estimate. Pure: scenario and summary in, text out; every page, file
 * and slide that shows these figures takes its words from here.
 */
import type { Scenario } from './schema';
import type { Summary } from './summary';
import { pointsOutside } from './range-warnings';

/** One of the three percentiles the Monte Carlo reports. */
export type PercentileKey = 'p10' | 'p50' | 'p90';

/** Which way a figure is better: more savings, or a shorter payback and fewer staff. */
export type Better = 'higher' | 'lower';

/** The figures the Monte Carlo gives percentiles of, and which way each is better. */
export const PERCENTILE_FIGURES = {
  /** Annual savings: more is better, so P10 is the pessimistic end. */
  annualSavings: 'higher',
  /** Payback month: a longer payback is worse, so P90 is the pessimistic end. */
  paybackMonths: 'lower',
  /** Staffed FTE with the AI: more staff kept (fewer FTE released) is worse, so P90 is the pessimistic end. */
  staffedFte: 'lower',
} as const satisfies Record<string, Better>;

export type PercentileFigure = keyof typeof PERCENTILE_FIGURES;

/** How one percentile of a figure reads. */
export type Outlook = 'pessimistic' | 'median' | 'optimistic';

/** Whether percentile `key` of a figure that is better `better` is its pessimistic or its optimistic end. */
export function outlookOf(better: Better, key: PercentileKey): Outlook {
  if (key === 'p50') return 'median';
  const low = key === 'p10';
  return low === (better === 'higher') ? 'pessimistic' : 'optimistic';
}

/** "P10 (pessimistic)", "P50 (median)", "P90 (optimistic)" for a figure: the words follow its direction. */
export function percentileLabel(figure: PercentileFigure, key: PercentileKey): string {
  return `${key.toUpperCase()} (${outlookOf(PERCENTILE_FIGURES[figure], key)})`;
}

/** The method every percentile comes from: the Monte Carlo projects the full model only. */
export const PERCENTILE_METHOD = 'full' as const;

/**
 * What the percentiles say of their method beside the scenario's figures: nothing under the
 * full method (they are its own), and under the headline that they are the full model's.
 */
export function percentileMethodNote(s: Pick<Scenario, 'method'>): string {
  if (s.method === PERCENTILE_METHOD) return '';
  return 'P10, P50 and P90 come from the full model: the headline arithmetic has no ranges, so its figures have no percentiles.';
}

/**
 * The warning that stands beside every P10/P50/P90 of a scenario whose user set a range that
 * excludes its point estimate; an empty string when no range does. For the page, the
 * presentation, the print and the files.
 */
export function percentileWarning(s: Scenario): string {
  const outside = pointsOutside(s);
  if (outside.length === 0) return '';
  const list = outside.map((o) => `${o.label} ${o.point}, range ${o.low} to ${o.high}`).join('; ');
  const which = outside.length === 1 ? 'A range excludes its point estimate' : 'Ranges exclude their point estimate';
  return `${which} (${list}): these percentiles treat the nearest end of the range as most likely, so the point estimate may lie outside P10 to P90.`;
}

/** The phrase said when the ramp outlasts the horizon. */
export const RAMP_UNFINISHED = 'the ramp does not finish within the horizon';

/**
 * Which month the "per month" figures are, for a label: "steady state, from month 7", or
 * "month 6; the ramp does not finish within the horizon" (never called steady state).
 */
export function steadyStateLabel(summary: Pick<Summary, 'steadyMonth' | 'rampComplete'>): string {
  return summary.rampComplete ? `steady state, from month ${summary.steadyMonth}` : `month ${summary.steadyMonth}; ${RAMP_UNFINISHED}`;
}

/** The sentence above the summary figures that names their month. */
export function steadyStateNote(summary: Pick<Summary, 'steadyMonth' | 'rampComplete'>, months: number): string {
  if (summary.rampComplete) {
    return summary.steadyMonth === 1
      ? 'Monthly figures are those of month 1: the AI resolves at its full rate from the start (steady state).'
      : `Monthly figures are those of month ${summary.steadyMonth}, the first at full ramp (steady state); months before it are still ramping.`;
  }
  return `The ramp does not finish within the horizon: monthly figures are those of month ${summary.steadyMonth}, the last of the ${months}-month horizon, while the AI is still ramping up; there is no steady state yet.`;
}

/** The label of the steady-state monthly savings. */
export function monthlySavingsLabel(summary: Pick<Summary, 'steadyMonth' | 'rampComplete'>): string {
  return `Savings per month (${steadyStateLabel(summary)})`;
}

/** The label of the annual savings: the steady-state month x 12. */
export function annualSavingsLabel(summary: Pick<Summary, 'steadyMonth' | 'rampComplete'>): string {
  return summary.rampComplete
    ? `Savings per year at steady state (month ${summary.steadyMonth} × 12)`
    : `Savings per year at month ${summary.steadyMonth}'s rate (× 12; ${RAMP_UNFINISHED})`;
}

/** The label of year-1 savings: the months 1-12 as projected, ramp included, before the one-time cost. */
export function yearOneLabel(summary: Pick<Summary, 'yearOneMonths'>): string {
  const n = summary.yearOneMonths;
  return n >= 12 ? 'Savings in year 1 (months 1-12, ramp included)' : `Savings in months 1-${n} (ramp included; the horizon is shorter than a year)`;
}

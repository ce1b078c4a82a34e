/**
 * The tornado (docs/METHOD.md, "Uncertainty"): the swing in annual savings each range
 * causes alone.
 */
import type { Money } from './money';
import { evaluate } from './draws';
import { pointValues } from './point-values';
import { RANGED_INPUTS, RANGE_SPECS, type RangedInput } from './range-specs';
import { withInputs } from './sampling';
import type { Range, Scenario } from './schema';

/** One bar of the tornado: the input at each end of its range, the others at their point. */
export interface TornadoBar {
  input: RangedInput;
  label: string;
  range: Range;
  /** Annual savings with the input at the low and the high end of its range. */
  atLow: Money;
  atHigh: Money;
  /** |atHigh - atLow|. */
  swing: Money;
  paybackAtLow: number | null;
  paybackAtHigh: number | null;
}

/** The tornado chart's data. */
export interface Tornado {
  /** Annual savings with every input at its point estimate. */
  base: Money;
  /** Bars ranked by swing, largest first (ties in the order of RANGED_INPUTS). */
  bars: TornadoBar[];
}

/** The tornado (docs/METHOD.md, "Uncertainty"): each ranged input alone at its low and high end, ranked by swing in annual savings. */
export function tornado(s: Scenario): Tornado {
  const point = pointValues(s);
  const base = evaluate(s).annualSavings;
  const bars: TornadoBar[] = [];
  for (const input of RANGED_INPUTS) {
    const range = s.ranges[input];
    if (!range) continue;
    const low = evaluate(withInputs(s, { ...point, [input]: range.low }, point));
    const high = evaluate(withInputs(s, { ...point, [input]: range.high }, point));
    bars.push({
      input,
      label: RANGE_SPECS[input].label,
      range,
      atLow: low.annualSavings,
      atHigh: high.annualSavings,
      swing: high.annualSavings.minus(low.annualSavings).abs(),
      paybackAtLow: low.paybackMonths,
      paybackAtHigh: high.paybackMonths,
    });
  }
  // Array.prototype.sort is stable, so equal swings keep the RANGED_INPUTS order.
  bars.sort((a, b) => b.swing.comparedTo(a.swing));
  return { base, bars };
}

/**
 * Ranges follow their point (docs/METHOD.md, "Uncertainty"): a range set in absolute
 * percent (the AI resolution rate, the error rate) keeps its distance from the point value
 * when an edit moves the point, as the multiplier ranges do by construction. Without
 * this, lowering automation from 80 % to 40 % left the resolution range at 75-85 %, and
 * every percentile described a scenario the user no longer had.
 *
 * A range the user changed in the same edit is theirs and is kept as set, even when it
 * excludes the point (the page then warns beside every percentile).
 */
import { RANGE_SPECS, RANGED_INPUTS, type RangedInput } from './range-specs';
import type { Range, Ranges, Scenario } from './schema';
import { meanResolutionPct } from './point-values';

/** Digits kept of a moved end: enough for any typed value, none of a float sum's noise. */
const END_DECIMALS = 6;

/** The point value an absolute range is measured against; null when the scenario has none. */
function absolutePoint(s: Scenario, input: RangedInput): number | null {
  if (input === 'resolutionPct') return meanResolutionPct(s);
  if (input === 'errorRatePct') return s.quality.errorRatePct;
  return null;
}

function sameRange(a: Range | null, b: Range | null): boolean {
  return a === b || (a !== null && b !== null && a.low === b.low && a.high === b.high);
}

function sameRanges(a: Ranges, b: Ranges): boolean {
  return a === b || RANGED_INPUTS.every((input) => sameRange(a[input], b[input]));
}

function clampEnd(x: number, input: RangedInput): number {
  const spec = RANGE_SPECS[input];
  const rounded = Number(x.toFixed(END_DECIMALS));
  return Math.min(spec.max, Math.max(spec.min, rounded));
}

/**
 * `next` with its absolute ranges moved by as much as their point moved since `before`.
 * Each end keeps its distance from the point, clamped to the range's accepted bounds (a
 * range 75-85 % around 80 % becomes 35-45 % around 40 %, and 90-100 % around 95 %).
 * Returns `next` itself when nothing moves or when the edit set the ranges.
 */
export function rangesFollowingPoint(before: Scenario, next: Scenario): Scenario {
  if (!sameRanges(before.ranges, next.ranges)) return next;
  let ranges: Ranges | null = null;
  for (const input of RANGED_INPUTS) {
    if (RANGE_SPECS[input].kind !== 'absolute') continue;
    const r = next.ranges[input];
    const from = absolutePoint(before, input);
    const to = absolutePoint(next, input);
    if (r === null || from === null || to === null || from === to) continue;
    const moved = { low: clampEnd(r.low + (to - from), input), high: clampEnd(r.high + (to - from), input) };
    if (moved.low === r.low && moved.high === r.high) continue;
    ranges = { ...(ranges ?? next.ranges), [input]: moved };
  }
  return ranges === null ? next : { ...next, ranges };
}

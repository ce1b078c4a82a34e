/**
 * Ranges that cannot act as the user may expect (docs/METHOD.md, "Uncertainty"): a range
 * that excludes its point estimate, a resolution range without an eligible category, a
 * ramp-speed range without a ramp. Warnings, not errors.
 */
import { meanResolutionPct, pointValues } from './point-values';
import { MESSAGES, RANGED_INPUTS, RANGE_SPECS, type RangedInput } from './range-specs';
import { SNAP } from './sampling';
import type { FieldIssue, Scenario } from './schema';

/** A range the user set that excludes its input's point estimate, in the words and units the page shows. */
export interface PointOutside {
  input: RangedInput;
  label: string;
  /** The point estimate and the range's ends, as shown (`40 %`, `90 %` of the point value). */
  point: string;
  low: string;
  high: string;
}

/** The ranges that exclude their point estimate (the draws then treat the nearest end as most likely). */
export function pointsOutside(s: Scenario): PointOutside[] {
  const out: PointOutside[] = [];
  const point = pointValues(s);
  const mean = meanResolutionPct(s);
  for (const input of RANGED_INPUTS) {
    const r = s.ranges[input];
    if (!r || (input === 'resolutionPct' && mean === null) || (input === 'rampSpeed' && s.ramp.length === 0)) continue;
    const p = point[input];
    if (p < r.low - SNAP || p > r.high + SNAP) {
      const spec = RANGE_SPECS[input];
      const show = (x: number) => (spec.kind === 'absolute' ? `${round(x)} %` : `${round(x * 100)} %`);
      out.push({ input, label: spec.label, point: show(p), low: show(r.low), high: show(r.high) });
    }
  }
  return out;
}

/** Warnings (not errors) about ranges that cannot act as the user may expect. */
export function rangeWarnings(s: Scenario): FieldIssue[] {
  const out: FieldIssue[] = [];
  const outside = new Map(pointsOutside(s).map((o) => [o.input, o]));
  const mean = meanResolutionPct(s);
  for (const input of RANGED_INPUTS) {
    const r = s.ranges[input];
    if (!r) continue;
    if (input === 'resolutionPct' && mean === null) {
      out.push({ field: `ranges.${input}`, message: MESSAGES.noEligible });
      continue;
    }
    if (input === 'rampSpeed' && s.ramp.length === 0) {
      out.push({ field: `ranges.${input}`, message: MESSAGES.noRamp });
      continue;
    }
    const o = outside.get(input);
    if (o) out.push({ field: `ranges.${input}`, message: MESSAGES.pointOutside(o.label, o.point, o.low, o.high) });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

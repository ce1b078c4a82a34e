/**
 * The point estimate of each ranged input, in the range's own unit (docs/METHOD.md,
 * "Uncertainty"; the table of what a range means is in uncertainty.ts).
 */
import { normalisedShares } from './mix';
import type { RangedInput } from './range-specs';
import type { Scenario } from './schema';

/** The value of every input in range units, one per ranged input. */
export type InputValues = Record<RangedInput, number>;

/**
 * Share-weighted mean AI resolution rate of the AI-eligible categories, percent; exactly
 * the common rate when they all share one. Null without an eligible category.
 */
export function meanResolutionPct(s: Pick<Scenario, 'categories'>): number | null {
  const shares = normalisedShares(s.categories);
  let weight = 0,
    total = 0,
    common: number | null = null,
    same = true;
  s.categories.forEach((c, i) => {
    const w = shares[i] ?? 0;
    if (!c.aiEligible || w <= 0) return;
    weight += w;
    total += w * c.resolutionPct;
    if (common === null) common = c.resolutionPct;
    else if (common !== c.resolutionPct) same = false;
  });
  if (weight <= 0) return null;
  return same ? common : total / weight;
}

/** The point estimate of each input, in range units (see the table above). */
export function pointValues(s: Scenario): InputValues {
  return {
    resolutionPct: meanResolutionPct(s) ?? 0,
    handleMinutes: 1,
    costPerHour: 1,
    aiPrice: 1,
    errorRatePct: s.quality.errorRatePct,
    rampSpeed: 1,
  };
}

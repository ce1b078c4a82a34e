/**
 * Reading the category mix of a scenario: normalised shares, the volume-weighted handle
 * time, the automation rate it implies, and rescaling to a requested automation rate or
 * average handle time (the readable URL parameters of README, "Readable URL parameters").
 */
import type { Category, Scenario } from './schema';
import { fraction } from './units';

/** Category shares as fractions that add up to 1 (shares need not add up to 100 %). */
export function normalisedShares(categories: readonly Category[]): number[] {
  const total = categories.reduce((s, c) => s + c.sharePct, 0);
  if (total <= 0) return categories.map(() => 1 / categories.length);
  return categories.map((c) => c.sharePct / total);
}

/** Volume-weighted average handle time of all contacts, minutes. */
export function averageHandleMinutes(categories: readonly Category[]): number {
  const shares = normalisedShares(categories);
  return categories.reduce((s, c, i) => s + (shares[i] ?? 0) * c.handleMinutes, 0);
}

/** Share of all contacts the AI may attempt, 0-1: eligible share x (1 - ask for a human). */
export function attemptableShare(s: Pick<Scenario, 'categories' | 'quality'>): number {
  const shares = normalisedShares(s.categories);
  const eligible = s.categories.reduce((sum, c, i) => sum + (c.aiEligible ? (shares[i] ?? 0) : 0), 0);
  return eligible * (1 - fraction(s.quality.askHumanPct));
}

/**
 * Steady-state automation rate, 0-1: the share of ALL contacts the AI resolves at full
 * ramp = sum of share x eligible x (1 - ask for a human) x resolution.
 */
export function automationRate(s: Pick<Scenario, 'categories' | 'quality'>): number {
  const shares = normalisedShares(s.categories);
  const ask = 1 - fraction(s.quality.askHumanPct);
  return s.categories.reduce((sum, c, i) => sum + (c.aiEligible ? (shares[i] ?? 0) * ask * fraction(c.resolutionPct) : 0), 0);
}

/** Rescaled categories, or the reason the request was refused. */
export type Rescaled = { ok: true; categories: Category[] } | { ok: false; message: string };

/**
 * Resolution rates scaled so that the automation rate equals `targetPct` of all
 * contacts. Categories keep their relative resolution rates; any rate that would pass
 * 100 % is capped and the rest rise to make up the difference. Refused (not clamped)
 * when the target exceeds what the AI may attempt (docs/METHOD.md, "Inputs").
 */
export function withAutomation(s: Pick<Scenario, 'categories' | 'quality'>, targetPct: number): Rescaled {
  const target = fraction(targetPct);
  const ceiling = attemptableShare(s);
  if (target > ceiling + 1e-12) {
    return {
      ok: false,
      message: `Automation of ${round2(targetPct)} % exceeds the ${round2(ceiling * 100)} % of contacts the AI may attempt (AI-eligible categories, less customers who ask for a human)`,
    };
  }
  const shares = normalisedShares(s.categories);
  const ask = 1 - fraction(s.quality.askHumanPct);
  // Weight of each category in the automation rate per unit of resolution.
  const weights = s.categories.map((c, i) => (c.aiEligible ? (shares[i] ?? 0) * ask : 0));
  let rates = s.categories.map((c) => fraction(c.resolutionPct));
  const current = rates.reduce((sum, r, i) => sum + r * (weights[i] ?? 0), 0);
  if (current <= 0) rates = rates.map(() => 1);
  // Scale uncapped rates; cap at 1 and repeat with the remainder (at most one pass per category).
  const capped = new Set<number>();
  for (let pass = 0; pass <= rates.length; pass++) {
    const fixed = rates.reduce((sum, r, i) => sum + (capped.has(i) ? (weights[i] ?? 0) : 0), 0);
    const free = rates.reduce((sum, r, i) => sum + (capped.has(i) ? 0 : r * (weights[i] ?? 0)), 0);
    const factor = free > 0 ? (target - fixed) / free : 0;
    let newlyCapped = false;
    rates = rates.map((r, i) => {
      if (capped.has(i)) return 1;
      const next = r * factor;
      if (next > 1 + 1e-12) {
        capped.add(i);
        newlyCapped = true;
        return 1;
      }
      return next;
    });
    if (!newlyCapped) break;
  }
  return { ok: true, categories: s.categories.map((c, i) => ({ ...c, resolutionPct: (rates[i] ?? 0) * 100 })) };
}

/** Longest handle time of a category, minutes (the category schema's bound). */
export const MAX_HANDLE_MINUTES = 600;

/**
 * Handle times scaled so that their volume-weighted average equals `averageMinutes`
 * (0 to {@link MAX_HANDLE_MINUTES}). Categories keep their relative handle times; any that
 * would pass the maximum is held at it and the others rise to make up the difference (so
 * an average of 600 minutes sets every category to 600). Categories of 0 minutes stay at 0
 * unless the others, all at the maximum, still fall short.
 */
export function withAverageHandle(categories: readonly Category[], averageMinutes: number): Category[] {
  const target = Math.min(averageMinutes, MAX_HANDLE_MINUTES);
  const current = averageHandleMinutes(categories);
  if (current <= 0) return categories.map((c) => ({ ...c, handleMinutes: target }));
  const shares = normalisedShares(categories);
  const capped = new Set<number>();
  let minutes = categories.map((c) => c.handleMinutes);
  // Scale the free categories; cap those past the maximum and repeat (one pass per category at most).
  for (let pass = 0; pass <= categories.length; pass++) {
    const fixed = minutes.reduce((sum, _m, i) => sum + (capped.has(i) ? (shares[i] ?? 0) * MAX_HANDLE_MINUTES : 0), 0);
    const free = minutes.reduce((sum, m, i) => sum + (capped.has(i) ? 0 : (shares[i] ?? 0) * m), 0);
    let newlyCapped = false;
    minutes = minutes.map((m, i) => {
      if (capped.has(i)) return MAX_HANDLE_MINUTES;
      // Divided first: a tiny total would overflow the factor (target - fixed) / free.
      const next = free > 0 ? (m / free) * (target - fixed) : m;
      if (next > MAX_HANDLE_MINUTES) {
        capped.add(i);
        newlyCapped = true;
        return MAX_HANDLE_MINUTES;
      }
      return next;
    });
    if (!newlyCapped) break;
  }
  // Every positive category at the maximum and still short: the 0-minute ones make up the rest.
  const reached = minutes.reduce((sum, m, i) => sum + (shares[i] ?? 0) * m, 0);
  const idle = minutes.reduce((sum, m, i) => sum + (m === 0 ? (shares[i] ?? 0) : 0), 0);
  if (target - reached > 1e-9 * target && idle > 0) {
    const rest = Math.min(MAX_HANDLE_MINUTES, (target - reached) / idle);
    minutes = minutes.map((m) => (m === 0 ? rest : m));
  }
  return categories.map((c, i) => ({ ...c, handleMinutes: minutes[i] ?? c.handleMinutes }));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

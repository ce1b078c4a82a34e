/**
 * Percentiles for an export (README, "CSV formats"): the summary file carries P10, P50 and
 * P90 of annual savings for every scenario, not only the one whose uncertainty analysis
 * ran on the page. Those not computed yet are computed on export, one scenario after the
 * other, with the same draws and seed as the page would use, so the figures are the ones
 * the uncertainty panel shows for that scenario.
 */
import { type Percentiles, type Scenario, DEFAULT_DRAWS, type MonteCarloResult } from '../model';
import type { Outcome } from './monte-carlo-client';
import type { RunProgress } from './monte-carlo-progress';

/** Draws per scenario behind the percentiles of an export: the page's own number. */
export const EXPORT_DRAWS = DEFAULT_DRAWS;

/** Runs the Monte Carlo of one scenario (the app: `MonteCarloClient.run`). */
export type McRunner = (scenario: Scenario, draws: number, onProgress: (p: RunProgress) => void) => Promise<Outcome<MonteCarloResult>>;

/** Where the export stands: scenario `index` (0-based) of `count`, its draws so far. */
export interface ExportProgress {
  index: number;
  count: number;
  name: string;
  done: number;
  total: number;
}

export interface ExportPercentiles {
  /** Per scenario, in order; null where they could not be computed (see `missing`). */
  percentiles: (Percentiles | null)[];
  /** Scenarios without percentiles and why, in words. */
  missing: { index: number; name: string; reason: string }[];
  /** Whether the export was cancelled while computing. */
  cancelled: boolean;
}

/**
 * The percentiles of every scenario: `known(scenario)` where the page has them (the
 * active scenario's analysis, or an earlier export of the same scenario), computed with
 * `run` otherwise; each computed result is handed to `remember`.
 */
export async function percentilesForExport(
  scenarios: readonly Scenario[],
  known: (s: Scenario) => Percentiles | null | undefined,
  run: McRunner,
  onProgress: (p: ExportProgress) => void = () => {},
  remember: (s: Scenario, p: Percentiles) => void = () => {},
  draws: number = DEFAULT_DRAWS,
): Promise<ExportPercentiles> {
  const percentiles: (Percentiles | null)[] = [];
  const missing: ExportPercentiles['missing'] = [];
  for (let i = 0; i < scenarios.length; i++) {
    const s = scenarios[i]!;
    const have = known(s);
    if (have) {
      percentiles.push(have);
      continue;
    }
    onProgress({ index: i, count: scenarios.length, name: s.name, done: 0, total: draws });
    const o = await run(s, draws, (p) => onProgress({ index: i, count: scenarios.length, name: s.name, done: p.done, total: p.total }));
    if (o.status === 'done') {
      const value = { ...o.value.annualSavings };
      remember(s, value);
      percentiles.push(value);
    } else if (o.status === 'cancelled') {
      for (let k = i; k < scenarios.length; k++) {
        percentiles.push(known(scenarios[k]!) ?? null);
        if (!known(scenarios[k]!)) missing.push({ index: k, name: scenarios[k]!.name, reason: 'the computation was stopped' });
      }
      return { percentiles, missing, cancelled: true };
    } else {
      percentiles.push(null);
      missing.push({ index: i, name: s.name, reason: o.message });
    }
  }
  return { percentiles, missing, cancelled: false };
}

/** What the export says of percentiles it could not give: empty P10/P50/P90 cells, and why. */
export function missingPercentilesText(missing: ExportPercentiles['missing']): string {
  if (missing.length === 0) return '';
  const list = missing.map((m) => `"${m.name}" (${m.reason})`).join('; ');
  return `Without P10/P50/P90 of annual savings, their cells left empty: ${list}.`;
}

/** The progress of the export in words: "Computing the ranges of "Cautious" (scenario 2 of 3): 800 of 2,000 draws." */
export function exportProgressText(p: ExportProgress, locale?: string): string {
  return `Computing the ranges (P10/P50/P90) of "${p.name}" (scenario ${p.index + 1} of ${p.count}): ${p.done.toLocaleString(locale)} of ${p.total.toLocaleString(locale)} draws.`;
}

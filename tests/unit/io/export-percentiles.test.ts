import { describe, expect, it } from 'vitest';
import { Money, type Percentiles, type Scenario } from '../../../src/model';
import type { MonteCarloResult } from '../../../src/model/uncertainty';
import { exportProgressText, missingPercentilesText, percentilesForExport, type ExportProgress, type McRunner } from '../../../src/io/export-percentiles';
import type { Outcome } from '../../../src/io/monte-carlo-client';
import { TINY } from './tiny-scenario';

const P = (x: number): Percentiles => ({ p10: new Money(x), p50: new Money(x + 1), p90: new Money(x + 2) });
const done = (x: number): Outcome<MonteCarloResult> => ({ status: 'done', value: { annualSavings: P(x) } as MonteCarloResult, ms: 1 });
const named = (name: string): Scenario => ({ ...TINY, name });

describe('percentilesForExport', () => {
  it('computes the percentiles of every scenario the page has none for, one after the other, with progress', async () => {
    const [a, b, c] = [named('A'), named('B'), named('C')];
    const ran: string[] = [];
    const progress: ExportProgress[] = [];
    const remembered: string[] = [];
    const run: McRunner = async (s, draws, onProgress) => {
      ran.push(s.name);
      onProgress({ done: draws / 2, total: draws, elapsedMs: 1, remainingMs: 1 });
      return done(s.name === 'A' ? 10 : 30);
    };
    const got = await percentilesForExport(
      [a, b, c],
      (s) => (s === b ? P(20) : null),
      run,
      (p) => progress.push(p),
      (s) => remembered.push(s.name),
      100,
    );
    expect(ran).toEqual(['A', 'C']);
    expect(remembered).toEqual(['A', 'C']);
    expect(got.percentiles.map((p) => p?.p10.toNumber())).toEqual([10, 20, 30]);
    expect(got.missing).toEqual([]);
    expect(progress.map((p) => `${p.index}/${p.count} ${p.done}/${p.total}`)).toEqual(['0/3 0/100', '0/3 50/100', '2/3 0/100', '2/3 50/100']);
    expect(exportProgressText(progress[3]!, 'en-US')).toBe('Computing the ranges (P10/P50/P90) of "C" (scenario 3 of 3): 50 of 100 draws.');
  });

  it('says which scenarios have no percentiles and why: a failed run, a stopped export', async () => {
    const failing: McRunner = async (s) => (s.name === 'A' ? { status: 'failed', message: 'no Web Workers' } : { status: 'cancelled' });
    const got = await percentilesForExport([named('A'), named('B'), named('C')], () => null, failing);
    expect(got.cancelled).toBe(true);
    expect(got.percentiles).toEqual([null, null, null]);
    expect(missingPercentilesText(got.missing)).toBe(
      'Without P10/P50/P90 of annual savings, their cells left empty: "A" (no Web Workers); "B" (the computation was stopped); "C" (the computation was stopped).',
    );
    expect(missingPercentilesText([])).toBe('');
  });
});

/**
 * The finance files of an export, written where the export client sends them (export-client.ts):
 * in the export worker, or in the page where there is none. For eight scenarios of fifty
 * categories over 120 months with three channels, computing every scenario and writing the
 * monthly table is seconds of work, which in the page froze it for as long.
 */
import { calculate, minorUnitDigits, Money, type Percentiles, type Results } from '../model';
import { financeFile, financeFiles, type FinanceFileKind } from './csv-export';
import { financeWorkbook } from './xlsx/workbook';
import type { ScenarioSet } from './scenario-set';

/** A file of an export: one of the finance CSV files, or the workbook of all three. */
export type ExportKind = FinanceFileKind | 'workbook';

/** Percentiles as plain decimal strings: what a worker message can carry of `Money`. */
export interface PlainPercentiles {
  p10: string;
  p50: string;
  p90: string;
}

/** What the export needs: the scenarios, each one's percentiles (or null), and what the files name. */
export interface ExportRequest {
  kind: ExportKind;
  set: ScenarioSet;
  percentiles: (PlainPercentiles | null)[];
  appVersion: string;
  monteCarloDraws: number;
}

/** The file's content: CSV text, or the workbook's bytes. */
export type ExportFile = { ok: true; text: string } | { ok: true; bytes: Uint8Array } | { ok: false; message: string };

function percentilesOf(p: PlainPercentiles | null): Percentiles | null {
  return p === null ? null : { p10: new Money(p.p10), p50: new Money(p.p50), p90: new Money(p.p90) };
}

/** Writes the file asked for (never throws: a failure is a message). */
export function exportFile(request: ExportRequest): ExportFile {
  try {
    const { kind, set } = request;
    const options = {
      appVersion: request.appVersion,
      monteCarloDraws: request.monteCarloDraws,
      percentiles: request.percentiles.map(percentilesOf),
      // Each scenario computed once, and only for a file that reports figures (the inputs file does not).
      results: kind === 'inputs' ? undefined : set.scenarios.map((s): Results => calculate(s)),
    };
    if (kind !== 'workbook') return { ok: true, text: financeFile(set, options, kind) };
    const files = financeFiles(set, options);
    return { ok: true, bytes: financeWorkbook({ files, currencies: set.scenarios.map((s) => s.finance.currency), minorDigits: minorUnitDigits }) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

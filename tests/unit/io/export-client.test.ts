/**
 * Exports written in the export worker (export-client.ts, export-job.ts): every file is the
 * one the page wrote before, byte for byte, percentiles and all, and a failure is a message.
 */
import { describe, expect, it } from 'vitest';
import { calculate, minorUnitDigits, Money, type Percentiles } from '../../../src/model';
import { financeFile, financeFiles } from '../../../src/io/csv-export';
import { financeWorkbook } from '../../../src/io/xlsx/workbook';
import { ExportClient, plainPercentiles } from '../../../src/io/export-client';
import { exportFile, type ExportKind, type ExportRequest } from '../../../src/io/export-job';
import type { ScenarioSet } from '../../../src/io/scenario-set';
import { TINY } from './tiny-scenario';
import { THREE_CHANNELS } from './channel-fixtures';
import { FakeWorker } from './fake-call-worker';

const SET: ScenarioSet = { scenarios: [TINY, THREE_CHANNELS], active: 1 };
const PERCENTILES: (Percentiles | null)[] = [{ p10: new Money('-1234.56'), p50: new Money('0.01'), p90: new Money('98765.43') }, null];
const OPTIONS = { appVersion: '1.2.3', monteCarloDraws: 2000, percentiles: PERCENTILES };

function request(kind: ExportKind): ExportRequest {
  return { kind, set: SET, percentiles: PERCENTILES.map(plainPercentiles), appVersion: '1.2.3', monteCarloDraws: 2000 };
}

describe('export files written in the export worker', () => {
  const client = new ExportClient(() => new FakeWorker(async (r: ExportRequest) => exportFile(r)));

  it.each(['monthly', 'summary', 'inputs'] as const)('writes the %s file the page wrote', async (kind) => {
    const expected = financeFiles(SET, { ...OPTIONS, results: SET.scenarios.map((s) => calculate(s)) })[kind];
    expect(await client.write(request(kind))).toEqual({ ok: true, text: expected });
    // The one file alone is the same as the three written together.
    expect(financeFile(SET, OPTIONS, kind)).toBe(expected);
  });

  it('carries the percentiles exactly, to the cent and their sign', async () => {
    const file = await client.write(request('summary'));
    if (!file.ok || !('text' in file)) throw new Error('no summary');
    expect(file.text).toContain('-1234.56');
    expect(file.text).toContain('98765.43');
  });

  it('writes the workbook the page wrote, byte for byte', async () => {
    const files = financeFiles(SET, OPTIONS);
    const expected = financeWorkbook({ files, currencies: SET.scenarios.map((s) => s.finance.currency), minorDigits: minorUnitDigits });
    const file = await client.write(request('workbook'));
    if (!file.ok || !('bytes' in file)) throw new Error('no workbook');
    expect(Buffer.from(file.bytes).equals(Buffer.from(expected))).toBe(true);
  });

  it('says why a file could not be written, and never throws', async () => {
    const broken = { ...request('monthly'), set: { scenarios: [{ ...TINY, finance: null }], active: 0 } } as unknown as ExportRequest;
    const file = await client.write(broken);
    expect(file.ok).toBe(false);
    if (!file.ok) expect(file.message.length).toBeGreaterThan(0);
  });
});

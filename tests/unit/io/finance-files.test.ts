/**
 * The finance files (README, "CSV formats"): the monthly table, the summary and the inputs
 * as separate RFC 4180 files, each one table that papaparse and a plain reader written here
 * read alike; a byte-order mark on the download; percentiles of every scenario; no float
 * noise; and the single-file export of earlier versions still re-opens.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Money, plainNumber, presetScenario, type Percentiles, type Scenario } from '../../../src/model';
import { csvBlob, financeFileNames, financeFiles, MONTHLY_COLUMNS, SUMMARY_COLUMNS } from '../../../src/io/csv-export';
import { MANIFEST_COLUMNS } from '../../../src/io/manifest';
import { importScenarioCsv } from '../../../src/io/scenario-csv-import';
import { TINY } from './tiny-scenario';
import { THREE_CHANNELS } from './channel-fixtures';
import { scenario } from './scenario-arbitrary';

const OPTIONS = { appVersion: '0.1.0' };

/**
 * A plain RFC 4180 reader, independent of the app's: fields split on commas, double-quoted
 * fields with doubled quotes, records ended by CRLF. Throws on anything else (a bare LF, a
 * quote inside an unquoted field, a record without its CRLF).
 */
function plainRead(text: string): string[][] {
  const out: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quote');
          if (text[i] === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (text[i] === '"') {
            i++;
            break;
          } else field += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
          if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
          field += text[i++];
        }
      }
      record.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r' && text[i + 1] === '\n') {
        i += 2;
        break;
      }
      throw new Error(`record not ended by CRLF at ${i}`);
    }
    out.push(record);
  }
  return out;
}

/** The file read as ONE table by both readers: the same records, every row as wide as the header, no empty line. */
function oneTable(text: string, header: readonly string[]): string[][] {
  const plain = plainRead(text);
  const papa = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  expect(papa.errors).toEqual([]);
  // papaparse gives a last empty record for the final CRLF.
  const papaRows = papa.data.at(-1)?.length === 1 && papa.data.at(-1)![0] === '' ? papa.data.slice(0, -1) : papa.data;
  expect(papaRows).toEqual(plain);
  expect(plain[0]).toEqual([...header]);
  for (const row of plain) expect(row).toHaveLength(header.length);
  return plain;
}

const P = (a: string, b: string, c: string): Percentiles => ({ p10: new Money(a), p50: new Money(b), p90: new Money(c) });

describe('finance files', () => {
  it('are three separate tables, each read alike by papaparse and a plain RFC 4180 reader', () => {
    for (const scenarios of [[TINY], [TINY, THREE_CHANNELS], [presetScenario('ecommerce'), { ...TINY, name: 'Café Müller, "=1+1"' }]]) {
      const files = financeFiles({ scenarios, active: 0 }, OPTIONS);
      const channels = scenarios.some((s) => s.channels !== null);
      const monthly = oneTable(files.monthly, channels ? [...MONTHLY_COLUMNS.slice(0, 2), 'channel', ...MONTHLY_COLUMNS.slice(2)] : MONTHLY_COLUMNS);
      const summary = oneTable(files.summary, channels ? ['scenario', 'channel', 'metric', 'value', 'unit', 'method', 'note'] : SUMMARY_COLUMNS);
      const inputs = oneTable(files.inputs, MANIFEST_COLUMNS);
      // No section of another table inside: the monthly file has no summary or manifest header.
      expect(monthly.filter((r) => r[1] === 'metric' || r[2] === 'input')).toEqual([]);
      expect(summary.some((r) => r.includes('month'))).toBe(false);
      expect(inputs.slice(1).every((r) => r[2] !== '')).toBe(true);
    }
  });

  it('read as one table however the scenario looks (property)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const files = financeFiles({ scenarios: [s], active: 0 }, OPTIONS);
        const header = s.channels !== null ? [...MONTHLY_COLUMNS.slice(0, 2), 'channel', ...MONTHLY_COLUMNS.slice(2)] : [...MONTHLY_COLUMNS];
        oneTable(files.monthly, header);
        oneTable(files.inputs, MANIFEST_COLUMNS);
      }),
      { numRuns: 8 },
    );
  });

  it('download with a UTF-8 byte-order mark, so a spreadsheet reads "Café Müller"', async () => {
    const files = financeFiles({ scenarios: [{ ...TINY, name: 'Café Müller' }], active: 0 }, OPTIONS);
    for (const text of [files.monthly, files.summary, files.inputs]) {
      const bytes = new Uint8Array(await csvBlob(text).arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFF' + text);
    }
    expect(files.monthly).toContain('Café Müller,1,');
  });

  it('are named after the scenario or the set', () => {
    expect(financeFileNames('base-case')).toEqual({
      monthly: 'base-case-monthly.csv',
      summary: 'base-case-summary.csv',
      inputs: 'base-case-inputs.csv',
      workbook: 'base-case.xlsx',
    });
  });

  it('give P10, P50 and P90 of every scenario given, in its minor unit', () => {
    const jpy = { ...TINY, name: 'Tokyo', finance: { ...TINY.finance, currency: 'JPY' } };
    const bhd = { ...TINY, name: 'Manama', finance: { ...TINY.finance, currency: 'BHD' } };
    const files = financeFiles(
      { scenarios: [TINY, jpy, bhd], active: 0 },
      { ...OPTIONS, percentiles: [P('100.5', '200.25', '300'), P('1000.5', '2000.4', '3000'), P('1.0005', '2.0004', '3')] },
    );
    const rows = plainRead(files.summary).filter((r) => /^annual_savings_p\d0$/.test(r[1]!));
    expect(rows.map((r) => `${r[0]} ${r[1]} ${r[2]} ${r[3]}`)).toEqual([
      'Pilot, "EU" annual_savings_p10 100.50 EUR per year',
      'Pilot, "EU" annual_savings_p50 200.25 EUR per year',
      'Pilot, "EU" annual_savings_p90 300.00 EUR per year',
      'Tokyo annual_savings_p10 1001 JPY per year',
      'Tokyo annual_savings_p50 2000 JPY per year',
      'Tokyo annual_savings_p90 3000 JPY per year',
      'Manama annual_savings_p10 1.001 BHD per year',
      'Manama annual_savings_p50 2.000 BHD per year',
      'Manama annual_savings_p90 3.000 BHD per year',
    ]);
  });
});

describe('cumulative savings', () => {
  it('are a running balance of the savings as written, even in yen (month 2: 359 + 1359 = 1718, not 1719)', () => {
    const yen = { ...TINY, name: 'Yen', method: 'headline' as const, finance: { ...TINY.finance, currency: 'JPY' } };
    const rows = plainRead(financeFiles({ scenarios: [yen], active: 0 }, { ...OPTIONS, method: 'headline' }).monthly);
    expect(rows.slice(1, 3).map((r) => [r[15], r[16]])).toEqual([
      ['1359', '359'],
      ['1359', '1718'],
    ]);
  });

  it('are a running balance for any scenario (property)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const rows = plainRead(financeFiles({ scenarios: [s], active: 0 }, OPTIONS).monthly);
        const [head, ...body] = rows;
        const [sav, cum] = [head!.indexOf('savings'), head!.indexOf('cumulative_savings')];
        const channel = head!.indexOf('channel');
        const last = new Map<string, string>();
        for (const r of body) {
          if (r[1] === 'total' || r[sav] === '' || r[cum] === '') continue;
          const key = channel < 0 ? '' : r[channel]!;
          const before = last.get(key);
          if (before !== undefined) expect(new Money(before).plus(r[sav]!).eq(r[cum]!), r.join(',')).toBe(true);
          last.set(key, r[cum]!);
        }
      }),
      { numRuns: 10 },
    );
  });
});

describe('no float noise', () => {
  it('writes 50501.249999999985 as 50501.25 and 0.1 + 0.2 as 0.3', () => {
    expect(plainNumber(50501.249999999985)).toBe('50501.25');
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(-1234.5000000000002)).toBe('-1234.5');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(123456789012345)).toBe('123456789012000');
  });

  it('every figure of the summary computed in floating point has at most 12 significant digits (property)', () => {
    const significant = (v: string) => v.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
    fc.assert(
      fc.property(scenario, (s) => {
        const files = financeFiles({ scenarios: [s], active: 0 }, OPTIONS);
        // Money is exact decimal arithmetic (its unit begins with the currency code); the rest comes from floats.
        for (const row of plainRead(files.summary).slice(1))
          if (!/^[A-Z]{3}\b/.test(row.at(-1)!)) expect(significant(row.at(-2)!), row.join(',')).toBeLessThanOrEqual(12);
      }),
      { numRuns: 10 },
    );
  });
});

describe('files of the earlier single-file export re-open', () => {
  const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/export', name), 'utf8');
  const expectOpens = (text: string, scenarios: Scenario[], active: number) => {
    const r = importScenarioCsv(text, OPTIONS);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.set).toEqual({ scenarios, active });
  };

  it('the stacked file of one scenario before channels (monthly, summary and manifest in one file)', () => {
    const text = fixture('stacked-before-channels.csv');
    expect(text).toContain('scenario,month,contacts');
    expect(text).not.toMatch(/,channels\./);
    expectOpens(text, [TINY], 0);
  });

  it('the stacked file of one scenario', () => expectOpens(fixture('stacked-one-scenario.csv'), [TINY], 0));

  it('the stacked file with a channel column and a three-channel scenario', () => {
    const text = fixture('stacked-channels.csv');
    expect(text).toContain('scenario,month,channel,contacts');
    expectOpens(text, [TINY, THREE_CHANNELS], 1);
  });

  it('and the new inputs file alone, with its byte-order mark', async () => {
    const files = financeFiles({ scenarios: [TINY, THREE_CHANNELS], active: 1 }, OPTIONS);
    expectOpens(await csvBlob(files.inputs).text(), [TINY, THREE_CHANNELS], 1);
  });
});

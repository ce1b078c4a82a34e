/**
 * The finance workbook read back by an independent reader (SheetJS): three sheets holding
 * the CSV files' tables, frozen header rows, currency formats in the minor unit, and the
 * money ledger as formulas whose cached values are the CSV's and which, evaluated here on
 * the sheet's own cells, give the same values to the minor unit.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { minorUnitDigits, Money, presetScenario, type Percentiles, type Scenario } from '../../../../src/model';
import { financeFiles } from '../../../../src/io/csv-export';
import { parseCsv, restoreText } from '../../../../src/io/csv-cell';
import { columnName, financeWorkbook, SHEET_NAMES } from '../../../../src/io/xlsx/workbook';
import { crc32 } from '../../../../src/io/xlsx/zip';
import { TINY } from '../tiny-scenario';
import { THREE_CHANNELS } from '../channel-fixtures';
import { scenario } from '../scenario-arbitrary';

const LEDGER = ['total_cost', 'savings', 'cumulative_savings'];
const MONEY = ['baseline_cost', 'human_cost', 'ai_cost', 'quality_cost', 'fixed_cost', ...LEDGER];

function build(scenarios: Scenario[], percentiles?: (Percentiles | null)[]) {
  const files = financeFiles({ scenarios, active: 0 }, { appVersion: '0.1.0', ...(percentiles ? { percentiles } : {}) });
  const bytes = financeWorkbook({ files, currencies: scenarios.map((s) => s.finance.currency), minorDigits: minorUnitDigits });
  const wb = XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true });
  return { files, bytes, wb };
}

function rows(csv: string): string[][] {
  const p = parseCsv(csv);
  if (!p.ok) throw new Error(p.message);
  return p.records.map((r) => r.fields);
}

/** Text as XML 1.0 can hold it: control characters other than tab, LF and CR are dropped. */
const xmlChars = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/** The value of a cell as a decimal: the cached number, or null for an empty cell. */
function valueAt(ws: XLSX.WorkSheet, ref: string): Money | null {
  const c = ws[ref] as XLSX.CellObject | undefined;
  return c && typeof c.v === 'number' ? new Money(String(c.v)) : null;
}

/**
 * Evaluates the formulas the workbook writes (`A2+B2`, `A2-B2`, `-300+Q10`, `SUM(A1:A9)`,
 * `SUMIF($C$1:$C$9,"id",A1:A9)`) on the sheet's cached values, in exact decimals.
 */
function evaluate(ws: XLSX.WorkSheet, formula: string): Money {
  const range = (a: string, b: string) => {
    const [, ca, ra] = /^\$?([A-Z]+)\$?(\d+)$/.exec(a)!;
    const [, , rb] = /^\$?([A-Z]+)\$?(\d+)$/.exec(b)!;
    return Array.from({ length: Number(rb) - Number(ra) + 1 }, (_, k) => `${ca}${Number(ra) + k}`);
  };
  const sumIf = /^SUMIF\((\$?[A-Z]+\$?\d+):(\$?[A-Z]+\$?\d+),"((?:[^"]|"")*)",([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(formula);
  if (sumIf) {
    const crit = range(sumIf[1]!, sumIf[2]!);
    const vals = range(sumIf[4]!, sumIf[5]!);
    const want = sumIf[3]!.replace(/""/g, '"');
    return vals.reduce((s, ref, k) => ((ws[crit[k]!] as XLSX.CellObject | undefined)?.v === want ? s.plus(valueAt(ws, ref) ?? 0) : s), new Money(0));
  }
  const sum = /^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(formula);
  if (sum) return range(sum[1]!, sum[2]!).reduce((s, ref) => s.plus(valueAt(ws, ref) ?? 0), new Money(0));
  expect(formula).toMatch(/^-?(?:[A-Z]+\d+|\d+(?:\.\d+)?)(?:[+-][A-Z]+\d+)*$/);
  let total = new Money(0);
  for (const [, sign, term] of formula.matchAll(/([+-]?)([A-Z]+\d+|\d+(?:\.\d+)?)/g)) {
    const v = /^[A-Z]/.test(term!) ? valueAt(ws, term!)! : new Money(term!);
    total = sign === '-' ? total.minus(v) : total.plus(v);
  }
  return total;
}

/** Checks the monthly sheet against the monthly CSV; returns how many ledger formulas were checked. */
function expectMonthlyLedger(csv: string, ws: XLSX.WorkSheet): number {
  const table = rows(csv);
  const head = table[0]!;
  const channel = head.indexOf('channel');
  let formulas = 0;
  table.forEach((row, r) => {
    row.forEach((value, c) => {
      const ref = `${columnName(c)}${r + 1}`;
      const cell = ws[ref] as XLSX.CellObject | undefined;
      if (value === '') return expect(cell, ref).toBeUndefined();
      if (r === 0 || !/^-?\d+(\.\d+)?$/.test(value)) return expect(cell?.v ?? '', ref).toBe(xmlChars(restoreText(value)));
      // Cached values are the CSV's.
      expect(cell?.v, ref).toBe(Number(value));
      const name = head[c]!;
      const scenarioRow = channel < 0 || row[channel] === 'all';
      const isTotal = row[1] === 'total';
      // The ledger: every money cell of a scenario's rows that is a sum, and every total.
      const mustBeFormula = MONEY.includes(name) && (LEDGER.includes(name) || isTotal || (channel >= 0 && scenarioRow));
      if (mustBeFormula) expect(cell?.f, `${ref} (${name}, row ${row.slice(0, 3).join(' ')})`).toBeTruthy();
      // A spreadsheet computes in doubles: to the cent only below 2^53 cents (about 9e13).
      if (cell?.f && new Money(value).abs().lt(1e13)) {
        expect(evaluate(ws, cell.f).eq(new Money(value)), `${ref} = ${cell.f} -> ${evaluate(ws, cell.f).toFixed()} vs ${value}`).toBe(true);
        formulas++;
      }
    });
  });
  return formulas;
}

describe('finance workbook', () => {
  it('is a valid ZIP: the reader opens it, and the CRC-32 is the standard one', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const { wb } = build([TINY]);
    expect(wb.SheetNames).toEqual([...SHEET_NAMES]);
  });

  it('holds the three tables with the same values as the CSV files', () => {
    const { files, wb } = build([TINY, THREE_CHANNELS], [{ p10: new Money('1.5'), p50: new Money('2'), p90: new Money('3.25') }, null]);
    const sheets = [files.monthly, files.summary, files.inputs].map(rows);
    SHEET_NAMES.forEach((name, k) => {
      const read = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets[name]!, { header: 1, raw: true, defval: '' });
      const restore = (v: string) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v);
      expect(
        read.map((r) => r.map(String)),
        name,
      ).toEqual(sheets[k]!.map((r) => r.map((v) => (/^-?\d+(\.\d+)?$/.test(v) ? String(Number(v)) : restore(v)))));
    });
  });

  it('has a live money ledger whose cached values equal the CSV, in a one-channel and a three-channel scenario', () => {
    const { files, wb } = build([TINY, THREE_CHANNELS, presetScenario('ecommerce')]);
    expect(expectMonthlyLedger(files.monthly, wb.Sheets['Monthly']!)).toBeGreaterThan(100);
    const one = build([TINY]);
    const ws = one.wb.Sheets['Monthly']!;
    // Hand-checked: month 1 of the tiny scenario (tests/unit/io/tiny-scenario.ts).
    expect([ws['O2'].f, ws['O2'].v, ws['P2'].f, ws['P2'].v, ws['Q2'].f, ws['Q2'].v]).toEqual(['K2+L2+M2+N2', 8446.88, 'J2-O2', -196.88, '-1000+P2', -1196.88]);
    expect([ws['Q3'].f, ws['Q3'].v, ws['O4'].f, ws['O4'].v]).toEqual(['Q2+P3', -57.82, 'SUM(O2:O3)', 17620.32]);
    expect(expectMonthlyLedger(one.files.monthly, ws)).toBeGreaterThan(10);
  });

  it('recalculates to the CSV for any scenario (property)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { files, wb } = build([s]);

        expectMonthlyLedger(files.monthly, wb.Sheets['Monthly']!);
      }),
      { numRuns: 10 },
    );
  }, 60_000);

  it("formats money in the scenario's currency and minor unit: JPY 0 decimals, BHD 3", () => {
    const jpy = { ...TINY, name: 'Tokyo', finance: { ...TINY.finance, currency: 'JPY' } };
    const bhd = { ...TINY, name: 'Manama', finance: { ...TINY.finance, currency: 'BHD' } };
    const { wb } = build([jpy, bhd], [{ p10: new Money('1000.4'), p50: new Money('2000'), p90: new Money('3000') }, null]);
    const ws = wb.Sheets['Monthly']!;
    expect([ws['O2'].z, ws['O2'].v, ws['O2'].w]).toEqual(['#,##0 "JPY"', 8447, '8,447 JPY']);
    expect([ws['O5'].z, ws['O5'].w]).toEqual(['#,##0.000 "BHD"', `${ws['O5'].v.toLocaleString('en-US', { minimumFractionDigits: 3 })} BHD`]);
    expect([ws['D2'].z, ws['B2'].z]).toEqual(['#,##0.00', '0']);
    const summary = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Summary']!, { raw: true });
    const p10 = summary.find((r) => r.scenario === 'Tokyo' && r.metric === 'annual_savings_p10')!;
    expect(p10.value).toBe(1000);
    const ref = Object.keys(wb.Sheets['Summary']!).find((k) => wb.Sheets['Summary']![k].v === 1000 && k.startsWith('C'))!;
    expect(wb.Sheets['Summary']![ref].z).toBe('#,##0 "JPY"');
  });

  it('freezes the header row of every sheet and asks for a recalculation on opening', () => {
    const { bytes } = build([TINY]);
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text.match(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/g)).toHaveLength(3);
    expect(text).toContain('fullCalcOnLoad="1"');
  });

  it('writes text as text, never as a formula', () => {
    const { wb } = build([{ ...TINY, name: '=HYPERLINK("http://example.com","x") & <b>' }]);
    const a2 = wb.Sheets['Monthly']!['A2'];
    expect([a2.t, a2.v, a2.f]).toEqual(['s', '=HYPERLINK("http://example.com","x") & <b>', undefined]);
  });
});

/**
 * The finance workbook (README, "CSV formats", "Workbook"): the monthly table, the summary
 * and the inputs as three sheets of one .xlsx (Office Open XML, SpreadsheetML), built from
 * the very CSV files the app writes, so every cached value is the CSV's value.
 *
 * - Frozen header row on every sheet; numbers as numbers; money in the scenario's currency
 *   with its minor-unit decimals (`#,##0.00 "USD"`, `#,##0 "JPY"`, `#,##0.000 "BHD"`).
 * - The money ledger of the monthly sheet is live formulas: `total_cost` = human + AI +
 *   quality + fixed, `savings` = baseline - total, `cumulative_savings` = the month before
 *   plus this month's savings (the first month: minus the one-time cost plus its savings),
 *   each total row = the sum of its month rows (`SUM`, or `SUMIF` on the channel per
 *   channel), and a scenario's `all` row = the sum of its channel rows. A formula is written
 *   only where it gives exactly the file's value (checked here on the written decimals), so
 *   a spreadsheet that recalculates shows the app's figures to the cent; the workbook asks
 *   for a full recalculation when it opens.
 * - Text is written as inline strings, never as formulas; the quote that the CSV puts before
 *   text beginning with `=`, `+`, `-` or `@` is not needed here and is removed.
 *
 * Written by hand (parts listed in `PARTS`) into a stored ZIP: no library, a small chunk
 * loaded only when the workbook is asked for.
 */
import { Money as Decimal } from '../../model';
import { parseCsv, restoreText } from '../csv-cell';
import { zipStored } from './zip';

/** The three CSV files of an export, as written. */
export interface FinanceCsvFiles {
  monthly: string;
  summary: string;
  inputs: string;
}

export interface WorkbookInput {
  files: FinanceCsvFiles;
  /** The currency of each scenario, in the files' order. */
  currencies: readonly string[];
  /** Decimals of each currency's minor unit (ISO 4217: JPY 0, USD 2, BHD 3). */
  minorDigits: (currency: string) => number;
}

export const SHEET_NAMES = ['Monthly', 'Summary', 'Inputs'] as const;

const MONEY_COLUMNS = ['baseline_cost', 'human_cost', 'ai_cost', 'quality_cost', 'fixed_cost', 'total_cost', 'savings', 'cumulative_savings'];
const PARTS = ['human_cost', 'ai_cost', 'quality_cost', 'fixed_cost'];
const TEXT_COLUMNS = new Set(['scenario', 'channel', 'metric', 'unit', 'input', 'method', 'note']);
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

// ---- cells ---------------------------------------------------------------------------

type Cell =
  | { kind: 'text'; text: string; style?: number }
  | { kind: 'number'; value: string; style: number }
  | { kind: 'formula'; formula: string; value: string; style: number };

/** Column letters of a 0-based index: A ... Z, AA ... */
export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Text safe in XML 1.0: the five entities escaped, characters XML cannot hold dropped. */
function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function cellXml(ref: string, c: Cell): string {
  if (c.kind === 'text') return `<c r="${ref}"${c.style ? ` s="${c.style}"` : ''} t="inlineStr"><is><t xml:space="preserve">${xmlText(c.text)}</t></is></c>`;
  if (c.kind === 'number') return `<c r="${ref}" s="${c.style}"><v>${c.value}</v></c>`;
  return `<c r="${ref}" s="${c.style}"><f>${xmlText(c.formula)}</f><v>${c.value}</v></c>`;
}

interface Sheet {
  name: string;
  rows: (Cell | null)[][];
  widths: number[];
}

function sheetXml(sheet: Sheet): string {
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const rows = sheet.rows
    .map((cells, r) => {
      const xml = cells.map((c, i) => (c === null ? '' : cellXml(`${columnName(i)}${r + 1}`, c))).join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    '</worksheet>'
  );
}

// ---- styles --------------------------------------------------------------------------

/** Cell styles: 0 general, 1 bold header, 2 `#,##0.00`, 3 whole number; then one per currency. */
const STYLE_HEADER = 1;
const STYLE_QUANTITY = 2;
const STYLE_INTEGER = 3;
const FIRST_CURRENCY_STYLE = 4;

class Styles {
  readonly #currencies: string[] = [];
  constructor(readonly minorDigits: (currency: string) => number) {}
  money(currency: string): number {
    let i = this.#currencies.indexOf(currency);
    if (i < 0) i = this.#currencies.push(currency) - 1;
    return FIRST_CURRENCY_STYLE + i;
  }
  xml(): string {
    const formats = this.#currencies.map((c, i) => {
      const digits = this.minorDigits(c);
      const code = `#,##0${digits > 0 ? '.' + '0'.repeat(digits) : ''} "${c.replace(/[^A-Za-z]/g, '')}"`;
      return `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(code)}"/>`;
    });
    const xfs = [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
      '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      ...this.#currencies.map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`),
    ];
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

// ---- sheets from the CSV files ---------------------------------------------------------

function table(csv: string, file: string): string[][] {
  const p = parseCsv(csv);
  if (!p.ok) throw new Error(`The ${file} file could not be read back (row ${p.row}): ${p.message}`);
  return p.records.map((r) => r.fields);
}

const text = (s: string): Cell => ({ kind: 'text', text: restoreText(s) });
const num = (s: string, style: number): Cell | null => (s === '' ? null : PLAIN_NUMBER.test(s) ? { kind: 'number', value: s, style } : text(s));
const header = (names: readonly string[]): Cell[] => names.map((n) => ({ kind: 'text', text: n, style: STYLE_HEADER }));

/** A formula kept only when it gives exactly the file's value. */
function formulaOr(value: string, style: number, formula: string, computed: Decimal | null): Cell | null {
  if (value === '') return null;
  if (computed !== null && PLAIN_NUMBER.test(value) && computed.eq(new Decimal(value))) return { kind: 'formula', formula, value, style };
  return num(value, style);
}

const dec = (s: string | undefined): Decimal | null => (s !== undefined && PLAIN_NUMBER.test(s) ? new Decimal(s) : null);

function sumOf(values: (string | undefined)[]): Decimal | null {
  let s = new Decimal(0);
  for (const v of values) {
    const d = dec(v);
    if (d === null) return null;
    s = s.plus(d);
  }
  return s;
}

function quoteFormulaText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The monthly sheet: the CSV's table with the ledger as formulas (see the module comment).
 * Scenarios follow one another in the file; a scenario's block ends at its total row over
 * all channels.
 */
function monthlySheet(csv: string, currencies: readonly string[], styles: Styles): Sheet {
  const [head = [], ...body] = table(csv, 'monthly');
  const col = (name: string) => head.indexOf(name);
  const channelCol = col('channel');
  const [cScenario, cMonth] = [col('scenario'), col('month')];
  const L = (name: string) => columnName(col(name));
  const rows: (Cell | null)[][] = [header(head)];
  let scenario = 0;
  let blockFirst = 2;
  /** Per channel of the current scenario: the sheet row and cumulative value of its last month row. */
  let lastCumulative = new Map<string, { row: number; value: string }>();
  /** Sheet rows of the current month's channel rows, for the `all` row. */
  let monthChannelRows: { row: number; cells: string[] }[] = [];
  let monthRowsEnd = 1;
  body.forEach((cells, i) => {
    const r = i + 2;
    const currency = currencies[scenario] ?? currencies[currencies.length - 1] ?? 'USD';
    const money = styles.money(currency);
    const month = cells[cMonth] ?? '';
    const channel = channelCol >= 0 ? (cells[channelCol] ?? '') : '';
    const isTotal = month === 'total';
    const isAll = channelCol < 0 || channel === 'all';
    const get = (name: string) => cells[col(name)] ?? '';
    const out: (Cell | null)[] = head.map((name, c) => {
      const v = cells[c] ?? '';
      if (c === cScenario || c === channelCol) return text(v);
      if (c === cMonth) return isTotal ? text(v) : num(v, STYLE_INTEGER);
      return num(v, MONEY_COLUMNS.includes(name) ? money : STYLE_QUANTITY);
    });
    const set = (name: string, cell: Cell | null) => {
      if (col(name) >= 0) out[col(name)] = cell;
    };
    if (isTotal) {
      // Each total is the sum of its month rows: every month row of a file without
      // channels, or the rows of its channel (SUMIF on the channel column).
      const first = blockFirst;
      const last = monthRowsEnd;
      head.forEach((name, c) => {
        if (c === cScenario || c === cMonth || c === channelCol) return;
        const v = cells[c] ?? '';
        if (v === '') return;
        const letter = columnName(c);
        const rowsOf = body.slice(first - 2, last - 1).filter((row) => channelCol < 0 || row[channelCol] === channel);
        const computed = sumOf(rowsOf.map((row) => row[c]));
        const formula =
          channelCol < 0
            ? `SUM(${letter}${first}:${letter}${last})`
            : `SUMIF($${columnName(channelCol)}$${first}:$${columnName(channelCol)}$${last},${quoteFormulaText(channel)},${letter}${first}:${letter}${last})`;
        out[c] = formulaOr(v, MONEY_COLUMNS.includes(name) ? money : STYLE_QUANTITY, formula, computed);
      });
      if (isAll) {
        scenario++;
        blockFirst = r + 1;
        lastCumulative = new Map();
      }
    } else {
      monthRowsEnd = r;
      if (channelCol >= 0 && !isAll) monthChannelRows.push({ row: r, cells });
      if (channelCol >= 0 && isAll && monthChannelRows.length > 0) {
        // The scenario's row over all channels: each part the sum of its channel rows.
        const a = monthChannelRows[0]!.row;
        const b = monthChannelRows[monthChannelRows.length - 1]!.row;
        for (const name of ['baseline_cost', ...PARTS]) {
          const letter = L(name);
          set(name, formulaOr(get(name), money, `SUM(${letter}${a}:${letter}${b})`, sumOf(monthChannelRows.map((m) => m.cells[col(name)]))));
        }
        monthChannelRows = [];
      }
      // total = parts; savings = baseline - total; cumulative = the month before + savings.
      const partsSum = sumOf(PARTS.map(get));
      set('total_cost', formulaOr(get('total_cost'), money, PARTS.map((p) => `${L(p)}${r}`).join('+'), partsSum));
      const base = dec(get('baseline_cost'));
      const total = dec(get('total_cost'));
      set('savings', formulaOr(get('savings'), money, `${L('baseline_cost')}${r}-${L('total_cost')}${r}`, base && total ? base.minus(total) : null));
      const savings = dec(get('savings'));
      const cumulative = get('cumulative_savings');
      const before = lastCumulative.get(channel);
      if (before) {
        const prev = dec(before.value);
        set(
          'cumulative_savings',
          formulaOr(cumulative, money, `${L('cumulative_savings')}${before.row}+${L('savings')}${r}`, prev && savings ? prev.plus(savings) : null),
        );
      } else if (savings && dec(cumulative)) {
        // The first month: the one-time cost (what the cumulative holds beyond the savings) plus the savings.
        const opening = dec(cumulative)!.minus(savings);
        set('cumulative_savings', formulaOr(cumulative, money, `${opening.toFixed()}+${L('savings')}${r}`, opening.plus(savings)));
      }
      lastCumulative.set(channel, { row: r, value: cumulative });
    }
    rows.push(out);
  });
  return { name: 'Monthly', rows, widths: head.map((h) => (h === 'scenario' ? 28 : Math.max(12, h.length + 2))) };
}

/** The summary sheet: values as numbers, money in the currency its unit names. */
function summarySheet(csv: string, styles: Styles): Sheet {
  const [head = [], ...body] = table(csv, 'summary');
  const unitCol = head.indexOf('unit');
  const rows: (Cell | null)[][] = [header(head)];
  for (const cells of body) {
    const unit = cells[unitCol] ?? '';
    const code = /^([A-Z]{3})(?: per |$)/.exec(unit)?.[1];
    rows.push(head.map((name, c) => (TEXT_COLUMNS.has(name) ? text(cells[c] ?? '') : num(cells[c] ?? '', code ? styles.money(code) : 0))));
  }
  return { name: 'Summary', rows, widths: head.map((h) => (h === 'metric' ? 30 : h === 'scenario' ? 28 : h === 'unit' ? 22 : h === 'note' ? 60 : 16)) };
}

/** The inputs sheet: the manifest's rows, numbers as numbers. */
function inputsSheet(csv: string): Sheet {
  const [head = [], ...body] = table(csv, 'inputs');
  const rows: (Cell | null)[][] = [header(head)];
  for (const cells of body) rows.push(head.map((name, c) => (TEXT_COLUMNS.has(name) ? text(cells[c] ?? '') : num(cells[c] ?? '', 0))));
  return { name: 'Inputs', rows, widths: head.map((h) => (h === 'input' ? 36 : h === 'scenario' ? 28 : 14)) };
}

// ---- the package -----------------------------------------------------------------------

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  SHEET_NAMES.map(
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('') +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<bookViews><workbookView/></bookViews><sheets>' +
  SHEET_NAMES.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
  '</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>';

const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  SHEET_NAMES.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('') +
  `<Relationship Id="rId${SHEET_NAMES.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  '</Relationships>';

/** The .xlsx bytes of the three finance files. */
export function financeWorkbook(input: WorkbookInput): Uint8Array {
  const styles = new Styles(input.minorDigits);
  const sheets = [monthlySheet(input.files.monthly, input.currencies, styles), summarySheet(input.files.summary, styles), inputsSheet(input.files.inputs)];
  const enc = new TextEncoder();
  return zipStored([
    { name: '[Content_Types].xml', data: enc.encode(CONTENT_TYPES) },
    { name: '_rels/.rels', data: enc.encode(ROOT_RELS) },
    { name: 'xl/workbook.xml', data: enc.encode(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: enc.encode(WORKBOOK_RELS) },
    { name: 'xl/styles.xml', data: enc.encode(styles.xml()) },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: enc.encode(sheetXml(s)) })),
  ]);
}

/** The MIME type of an .xlsx download. */
export { XLSX_TYPE } from './mime';

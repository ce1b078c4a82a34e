/**
 * The shape of a CSV file, read from its first lines: delimiter, line ending, decimal
 * separator, and header names made unique.
 */
import Papa from 'papaparse';
import type { CsvDialect } from './types';
import type { DecimalSeparator } from './values';

const CANDIDATES = [',', ';', '\t', '|'] as const;

/** Removes a UTF-8 byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The first `max` records as papaparse reads them with `delimiter` (as the import will:
 * quoted cells over several lines are one record, a quote inside a cell is text), blank
 * lines left out.
 */
function firstRecords(text: string, delimiter: string, newline: CsvDialect['newline'], max: number): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter, newline, header: false, skipEmptyLines: false, preview: max }).data;
  return rows.filter((r) => !(r.length <= 1 && (r[0] ?? '').trim() === ''));
}

/**
 * Picks the delimiter that splits the first lines into the same number of cells (more
 * than one), preferring the most cells. Falls back to a comma.
 */
export function detectDelimiter(text: string): string {
  const body = stripBom(text);
  const newline = detectNewline(body);
  let best = ',';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const records = firstRecords(body, d, newline, 20);
    // The last line of a sample may be cut short; judge on the complete ones.
    const sample = records.length > 2 ? records.slice(0, -1) : records;
    const counts = sample.map((cells) => cells.length - 1);
    const head = counts[0] ?? 0;
    if (head === 0) continue;
    const consistent = counts.filter((c) => c === head).length / counts.length;
    const score = consistent * 1000 + head;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** The line ending outside quoted cells: CRLF, LF or CR (a quoted LF inside a CRLF file does not count). */
export function detectNewline(text: string): CsvDialect['newline'] {
  let inQuotes = false;
  const end = Math.min(text.length, 1 << 20);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes) {
      if (c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
      if (c === 10) return '\n';
    }
  }
  return '\n';
}

/**
 * Decimal commas are assumed when numbers in the sample are written `12,5` and none
 * `12.5`; a comma-delimited file can only hold them in quotes, so it rarely has them.
 */
export function detectDecimal(rows: readonly (readonly string[])[]): DecimalSeparator {
  let comma = 0;
  let dot = 0;
  for (const row of rows) {
    for (const cell of row) {
      const t = cell.trim();
      if (/^-?\d+,\d+$/.test(t) && !/^-?\d{1,3},\d{3}$/.test(t)) comma++;
      else if (/^-?\d+\.\d+$/.test(t) && !/^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(t)) dot++;
    }
  }
  return comma > dot ? 'comma' : 'dot';
}

/**
 * Header names as the panel shows them: trimmed, BOM removed, empty names become
 * `Column N` (an index column written by a data-frame library has an empty first header),
 * repeated names get ` (2)`, ` (3)`.
 */
export function normalizeHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((cell, i) => {
    let name = stripBom(cell).trim().replace(/\s+/g, ' ');
    if (name === '') name = `Column ${i + 1}`;
    const key = name.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

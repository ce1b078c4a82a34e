/**
 * The shape of a CSV file, read from its first lines: delimiter, line ending, decimal
 * separator, and header names made unique.
 */
import type { CsvDialect } from './types';
import type { DecimalSeparator } from './values';

const CANDIDATES = [',', ';', '\t', '|'] as const;

/** Removes a UTF-8 byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits off the lines outside quotes (quoted line breaks stay inside their cell). */
function firstRecords(text: string, max: number): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (c === 10 || c === 13)) {
      lines.push(text.slice(start, i));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (lines.length < max && start < text.length) lines.push(text.slice(start));
  return lines.filter((l) => l.trim() !== '');
}

function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === ch) n++;
  }
  return n;
}

/**
 * Picks the delimiter that splits the first lines into the same number of cells (more
 * than one), preferring the most cells. Falls back to a comma.
 */
export function detectDelimiter(text: string): string {
  const lines = firstRecords(stripBom(text), 20);
  // The last line of a sample may be cut short; judge on the complete ones.
  const sample = lines.length > 2 ? lines.slice(0, -1) : lines;
  let best = ',';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = sample.map((l) => countOutsideQuotes(l, d));
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

/**
 * The cells of one row as the sinks read them. Two sources: an array of strings (rows cut
 * by papaparse) and spans of the chunk's text (rows cut by the RowSplitter). From spans,
 * plain numbers and ISO timestamps are read where they lie, without copying the cell into
 * a string; anything less plain is copied and read by the same functions as an array's
 * cell, so both sources give the same values.
 */
import { isMissing, parseDuration, parseNumber, type DecimalSeparator, type DurationUnit } from './values';
import { parseTimestamp, readIsoFastAt, TS_RESOLVED, type TimestampParts, type TimestampStatus } from './timestamp';

/** Read access to the cells of the current row. */
export interface Cells {
  /** Cell `i` as text; undefined when the row is shorter. */
  get(i: number): string | undefined;
  /** Whether cell `i` is absent, empty or a placeholder such as "N/A" ({@link isMissing}). */
  missing(i: number): boolean;
  /** {@link parseDuration} of cell `i`, which is not missing. */
  duration(i: number, unit: DurationUnit, decimal: DecimalSeparator): number;
  /** {@link parseNumber} of cell `i`, which is not missing. */
  number(i: number, decimal: DecimalSeparator): number;
  /** {@link parseTimestamp} of cell `i`, which is not missing. */
  timestamp(i: number, out: TimestampParts): TimestampStatus;
}

/** Cells held as strings. */
export class ArrayCells implements Cells {
  row: readonly string[] = [];

  get(i: number): string | undefined {
    return this.row[i];
  }

  missing(i: number): boolean {
    return isMissing(this.row[i]);
  }

  duration(i: number, unit: DurationUnit, decimal: DecimalSeparator): number {
    return parseDuration(this.row[i]!, unit, decimal);
  }

  number(i: number, decimal: DecimalSeparator): number {
    return parseNumber(this.row[i]!, decimal);
  }

  timestamp(i: number, out: TimestampParts): TimestampStatus {
    return parseTimestamp(this.row[i]!, out);
  }
}

/** Where the cells of one row lie in the chunk's text; reused from row to row. */
export class RowSpans {
  text = '';
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** 1 when the cell was quoted and holds doubled quotes that stand for one. */
  escaped = new Uint8Array(64);
  /**
   * Set when the cells after the last one the sink reads were not cut (a row without
   * quotes, from `rowStart` to `rowEnd`, cells separated by `delimiter`).
   */
  truncated = false;
  rowStart = 0;
  rowEnd = 0;
  delimiter = ',';

  /** Adds a cell. */
  push(start: number, end: number, escaped: boolean): void {
    const n = this.count;
    if (n === this.starts.length) this.grow();
    this.starts[n] = start;
    this.ends[n] = end;
    this.escaped[n] = escaped ? 1 : 0;
    this.count = n + 1;
  }

  /** Room for very wide rows. */
  private grow(): void {
    const n = this.starts.length * 2;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const escaped = new Uint8Array(n);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
  }

  /** Cell `i` as a string (undefined past the end of the row, as papaparse's short rows). */
  cell(i: number): string | undefined {
    if (i >= this.count) return undefined;
    const s = this.text.substring(this.starts[i]!, this.ends[i]!);
    return this.escaped[i] === 1 ? s.replace(/""/g, '"') : s;
  }

  /** Whether every cell is empty or white space (a blank line). */
  isBlank(): boolean {
    if (this.truncated)
      return this.text
        .substring(this.rowStart, this.rowEnd)
        .split(this.delimiter)
        .every((c) => c.trim() === '');
    const text = this.text;
    for (let i = 0; i < this.count; i++) {
      const s = this.starts[i]!;
      const e = this.ends[i]!;
      for (let k = s; k < e; k++) {
        const c = text.charCodeAt(k);
        if (c < 128) {
          // Tab, line feed, vertical tab, form feed, carriage return and space; other control characters are text.
          if (c === 32 || (c >= 9 && c <= 13)) continue;
          return false;
        }
        // Beyond ASCII, white space is what String.prototype.trim says it is.
        return (this.cell(i) ?? '').trim() === '' ? this.restBlank(i + 1) : false;
      }
    }
    return true;
  }

  private restBlank(from: number): boolean {
    for (let i = from; i < this.count; i++) if ((this.cell(i) ?? '').trim() !== '') return false;
    return true;
  }
}

/**
 * Category and channel names as strings without a copy per row: a cell is compared where
 * it lies with the names of its length seen before (`startsWith` at the cell's offset),
 * and the name found is returned, so the sink's own lookups hit a string whose hash is
 * already known. Bounded: past {@link Interner.MAX} names, or in a column of free text,
 * a cell is simply copied.
 */
export class Interner {
  static readonly MAX = 4096;
  /** Names kept per length: a few, as names of one length are few in a column of categories. */
  static readonly PER_LENGTH = 16;
  private readonly byLength: (string[] | undefined)[] = [];
  private size = 0;
  private hits = 0;
  private misses = 0;
  /** Set when the column turns out to be free text (mostly new values). */
  private off = false;

  get(text: string, start: number, end: number): string {
    if (this.off) return text.substring(start, end);
    const n = end - start;
    let list = this.byLength[n];
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        const s = list[i]!;
        if (text.startsWith(s, start)) {
          this.hits++;
          return s;
        }
      }
    }
    const s = text.substring(start, end);
    if (++this.misses > 1000 && this.misses > this.hits) this.off = true;
    if (this.size < Interner.MAX && (list === undefined || list.length < Interner.PER_LENGTH)) {
      this.size++;
      if (list === undefined) this.byLength[n] = list = [];
      list.push(s);
    }
    return s;
  }
}

/**
 * Digits with at most one decimal point (at most 15 digits) in `text[start, end)`, read in
 * place; -1 for anything else. Integer / 10^k is correctly rounded, as in values.ts.
 */
function plainDecimalAt(text: string, start: number, end: number): number {
  const len = end - start;
  if (len === 0 || len > 16) return -1;
  let int = 0;
  let scale = 0;
  let digits = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      int = int * 10 + (c - 48);
      digits++;
      if (scale > 0) scale *= 10;
    } else if (c === 46 && scale === 0 && k > start && k < end - 1) {
      scale = 1;
    } else {
      return -1;
    }
  }
  if (digits > 15) return -1;
  return scale > 1 ? int / scale : int;
}

/** Cells as spans of the chunk's text (see the file's comment). */
export class SpanCells implements Cells {
  spans: RowSpans = new RowSpans();
  /** Interners by column, for the columns of names. */
  private readonly interners: (Interner | undefined)[] = [];

  constructor(namedColumns: readonly number[]) {
    for (const c of namedColumns) this.interners[c] = new Interner();
  }

  get(i: number): string | undefined {
    const spans = this.spans;
    if (i >= spans.count) return undefined;
    const interner = this.interners[i];
    if (interner !== undefined && spans.escaped[i] === 0) return interner.get(spans.text, spans.starts[i]!, spans.ends[i]!);
    return spans.cell(i);
  }

  missing(i: number): boolean {
    const spans = this.spans;
    if (i >= spans.count) return true;
    const start = spans.starts[i]!;
    const end = spans.ends[i]!;
    if (start === end) return true;
    const text = spans.text;
    const c = text.charCodeAt(start);
    // The fast paths of isMissing: a digit, or a letter no placeholder starts with and no trailing space.
    if (c >= 48 && c <= 57) return false;
    const lower = c | 32;
    if (lower >= 97 && lower <= 122 && lower !== 110 && lower !== 117 && text.charCodeAt(end - 1) > 32) return false;
    return isMissing(spans.cell(i));
  }

  duration(i: number, unit: DurationUnit, decimal: DecimalSeparator): number {
    const n = this.plain(i, decimal);
    if (n >= 0) return unit === 'seconds' ? n : unit === 'minutes' ? n * 60 : n * 3600;
    return parseDuration(this.spans.cell(i)!, unit, decimal);
  }

  number(i: number, decimal: DecimalSeparator): number {
    const n = this.plain(i, decimal);
    return n >= 0 ? n : parseNumber(this.spans.cell(i)!, decimal);
  }

  timestamp(i: number, out: TimestampParts): TimestampStatus {
    const spans = this.spans;
    if (spans.escaped[i] === 0 && readIsoFastAt(spans.text, spans.starts[i]!, spans.ends[i]!, out)) return TS_RESOLVED;
    return parseTimestamp(spans.cell(i)!, out);
  }

  /**
   * The cell as a plain decimal read in place, or -1 to leave it to parseNumber: the same
   * cases parseNumber itself reads as plain (with a decimal comma, "1.234" is grouping).
   */
  private plain(i: number, decimal: DecimalSeparator): number {
    const spans = this.spans;
    if (spans.escaped[i] === 1) return -1;
    const start = spans.starts[i]!;
    const end = spans.ends[i]!;
    const n = plainDecimalAt(spans.text, start, end);
    if (n < 0 || decimal === 'dot') return n;
    const dot = spans.text.indexOf('.', start);
    return dot === -1 || dot >= end ? n : -1;
  }
}

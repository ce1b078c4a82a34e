/**
 * The streaming scan: the text is cut into rows chunk by chunk, a sink keeps the
 * aggregates, and each chunk's rows are dropped before the next is read. The same loop
 * runs on a File in the worker and on a string in the tests.
 *
 * Rows are cut by the RowSplitter (splitter.ts), which records where each cell starts
 * and ends in the chunk instead of copying every cell into a string; the sink reads the
 * cells it needs where they lie (cells.ts). The splitter reads RFC 4180 as papaparse
 * does. Whatever it is not sure of (a closing quote followed by something other than a
 * delimiter or a line break, a quote never closed) hands the rest of the file to
 * papaparse's own ParserHandle, which reads and reports it as before; a property test
 * holds the two paths to the same result.
 *
 * The File is read as bytes and decoded with a streaming TextDecoder rather than with
 * papaparse's FileReader.readAsText per slice: a slice boundary can fall inside a
 * multi-byte UTF-8 character, which readAsText would turn into two replacement characters.
 */
import Papa from 'papaparse';
import { ArrayCells, SpanCells, type RowSpans } from './cells';
import { normalizeHeaders, stripBom } from './dialect';
import type { TextEncodingName } from './encoding';
import { msg } from './messages';
import { callFigures } from './values';
import { createSink, type RowSink } from './sinks';
import { RowSplitter, SPLIT_DONE, type RowConsumer } from './splitter';
import type { CsvDialect, ImportIssue, ImportOptions, ScanOutcome } from './types';

/** Bytes read per chunk: large enough that per-chunk overhead is negligible, small enough to keep memory flat. */
export const CHUNK_BYTES = 1 << 20;

/**
 * The longest row carried from chunk to chunk (characters). No ticket is this long: a row
 * that is means a quote that never closes, and carrying it on would hold the rest of the
 * file in memory.
 */
export const MAX_ROW_CHARS = 16 << 20;

/** The papaparse configuration of the import's fallback path (and of the benchmark's bare pass). */
export function papaConfig(dialect: CsvDialect): Papa.ParseConfig {
  return {
    delimiter: dialect.delimiter,
    newline: dialect.newline,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  };
}

interface ParseChunkResult {
  data: string[][];
  errors: Papa.ParseError[];
  meta: { cursor: number };
}

interface ParserHandleLike {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): ParseChunkResult;
}

type ParserHandleCtor = new (config: Papa.ParseConfig) => ParserHandleLike;

/** Feeds text chunks to papaparse, carrying the unfinished last row over to the next chunk. */
export class ChunkedParser {
  private readonly handle: ParserHandleLike;
  private partial = '';
  private base = 0;

  constructor(dialect: CsvDialect) {
    const Ctor = (Papa as unknown as { ParserHandle: ParserHandleCtor }).ParserHandle;
    this.handle = new Ctor({ ...papaConfig(dialect) });
  }

  /** Characters of the unfinished row carried to the next chunk. */
  get carried(): number {
    return this.partial.length;
  }

  push(text: string, last: boolean): ParseChunkResult {
    const aggregate = this.partial + text;
    this.partial = '';
    const results = this.handle.parse(aggregate, this.base, !last);
    if (!last) {
      const cursor = results.meta.cursor;
      this.partial = aggregate.substring(cursor - this.base);
      this.base = cursor;
    }
    return results;
  }
}

/** Progress of a scan: bytes (or characters) consumed and rows seen. */
export interface ScanProgress {
  done: number;
  total: number;
  rows: number;
}

/** Rows cut short named in the report's note (the rest are counted). */
const MAX_LISTED_SHORT = 5;

/** Numbers rows, finds the header, skips blank lines and hands the rest to the sink. */
class RowPump implements RowConsumer {
  row = 0;
  blank = 0;
  /** Rows that end before a column the sink reads (their missing cells read as empty), and the first few of them. */
  short = 0;
  readonly shortRows: number[] = [];
  private headerSeen = false;
  issues: ImportIssue[] = [];
  private spanCells: SpanCells | null = null;
  private readonly arrayCells = new ArrayCells();
  /** Cells a row needs at most: up to the last column the sink reads (known after the header). */
  cellsNeeded = Infinity;

  constructor(private readonly sink: RowSink) {}

  /** A row cut by the {@link RowSplitter}. */
  takeRow(spans: RowSpans): void {
    this.row++;
    if (this.issues.length > 0) return;
    const firstEmpty = spans.count === 0 || spans.starts[0] === spans.ends[0];
    if ((firstEmpty || !(spans.text.charCodeAt(spans.starts[0]!) > 32)) && spans.isBlank()) {
      this.blank++;
      return;
    }
    if (!this.headerSeen) {
      const names: string[] = [];
      for (let i = 0; i < spans.count; i++) names.push(spans.cell(i) ?? '');
      this.header(names);
      return;
    }
    // A row cut short is counted, not refused: its missing cells are empty, as a spreadsheet reads them.
    if (spans.count < this.cellsNeeded && !spans.truncated) this.noteShort();
    const cells = this.spanCells!;
    cells.spans = spans;
    this.sink.row(cells, this.row);
  }

  private noteShort(): void {
    if (this.short++ < MAX_LISTED_SHORT) this.shortRows.push(this.row);
  }

  private header(names: readonly string[]): void {
    this.headerSeen = true;
    this.issues = this.sink.header(normalizeHeaders(names));
    this.spanCells = new SpanCells(this.sink.namedColumns);
    this.cellsNeeded = Math.max(1, this.sink.lastColumn + 1);
  }

  /** Rows cut by papaparse (the fallback). `last`: the chunk ends the file. */
  take(results: ParseChunkResult, last = false): void {
    const data = results.data;
    let errorRows: Map<number, string> | null = null;
    if (results.errors.length > 0) {
      errorRows = new Map();
      for (const e of results.errors) {
        if (typeof e.row !== 'number') continue;
        const text = e.code === 'MissingQuotes' ? msg.unclosedQuote() : msg.malformedQuote(e.message);
        if (!errorRows.has(e.row)) errorRows.set(e.row, text);
      }
    }
    const sink = this.sink;
    const cells = this.arrayCells;
    for (let i = 0; i < data.length; i++) {
      const row = data[i]!;
      this.row++;
      if (this.issues.length > 0) continue;
      if (isBlank(row)) {
        // The line break that ends the last line leaves papaparse an empty row: not a blank line.
        if (!(last && i === data.length - 1 && row.length === 1 && row[0] === '')) this.blank++;
        continue;
      }
      if (!this.headerSeen) {
        this.header(row);
        continue;
      }
      if (errorRows !== null) {
        const reason = errorRows.get(i);
        if (reason !== undefined) {
          sink.rejections.reject(this.row, '', reason);
          continue;
        }
      }
      if (row.length < this.cellsNeeded) this.noteShort();
      cells.row = row;
      sink.row(cells, this.row);
    }
  }

  get hasHeader(): boolean {
    return this.headerSeen;
  }
}

function isBlank(cells: readonly string[]): boolean {
  const first = cells[0];
  if (first === undefined) return true;
  if (first.length > 0 && first.charCodeAt(0) > 32) return false;
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/** Which row cutter a scan uses: the span splitter with papaparse behind it (the default), or papaparse alone. */
export type RowCutter = 'spans' | 'papaparse';

/** Text chunks in, rows to the pump: the span splitter until it meets what it leaves to papaparse. */
class ScanDriver {
  readonly sink: RowSink;
  readonly pump: RowPump;
  private readonly splitter: RowSplitter | null;
  private papa: ChunkedParser | null = null;
  private partial = '';

  constructor(
    private readonly options: ImportOptions,
    cutter: RowCutter,
    private readonly maxRowChars = MAX_ROW_CHARS,
  ) {
    this.sink = createSink(options);
    this.pump = new RowPump(this.sink);
    this.splitter = cutter === 'spans' && RowSplitter.handles(options.dialect) ? new RowSplitter(options.dialect) : null;
    if (this.splitter === null) this.papa = new ChunkedParser(options.dialect);
  }

  /** Takes the next chunk; false when the scan stops early (the header was refused, a row never ends). */
  push(chunk: string, last: boolean): boolean {
    return this.cut(chunk, last) && this.rowEnds();
  }

  /** Stops the scan when the row carried over has grown past {@link MAX_ROW_CHARS}. */
  private rowEnds(): boolean {
    const carried = this.papa !== null ? this.papa.carried : this.partial.length;
    if (carried <= this.maxRowChars) return true;
    this.pump.issues = [{ row: this.pump.row + 1, column: null, message: msg.rowTooLong(Math.round(this.maxRowChars / (1 << 20))) }];
    return false;
  }

  private cut(chunk: string, last: boolean): boolean {
    if (this.papa !== null) {
      this.pump.take(this.papa.push(chunk, last), last);
      return this.pump.issues.length === 0;
    }
    const splitter = this.splitter!;
    let from = 0;
    if (this.partial.length > 0) {
      // The row carried over is finished on the joined text; the rest of the chunk is cut
      // where it lies (a joined string is slower to read character by character).
      const carried = this.partial.length;
      const joined = this.partial + chunk;
      this.partial = '';
      splitter.maxCells = this.pump.cellsNeeded;
      const stop = splitter.split(joined, 0, last, this.pump, 1);
      if (stop !== SPLIT_DONE) return this.handOver(joined.substring(stop), last);
      if (splitter.incomplete) {
        this.partial = joined.substring(splitter.rest);
        return this.pump.issues.length === 0;
      }
      from = splitter.rest - carried;
    }
    splitter.maxCells = this.pump.cellsNeeded;
    const stop = splitter.split(chunk, from, last, this.pump);
    if (stop !== SPLIT_DONE) return this.handOver(chunk.substring(stop), last);
    if (splitter.incomplete) this.partial = chunk.substring(splitter.rest);
    return this.pump.issues.length === 0;
  }

  /** From here on papaparse cuts the rows. */
  private handOver(rest: string, last: boolean): boolean {
    this.papa = new ChunkedParser(this.options.dialect);
    this.pump.take(this.papa.push(rest, last), last);
    return this.pump.issues.length === 0;
  }

  outcome(): ScanOutcome {
    return outcome(this.pump, this.sink);
  }
}

function outcome(pump: RowPump, sink: RowSink): ScanOutcome {
  if (!pump.hasHeader) return { ok: false, issues: [{ row: null, column: null, message: msg.emptyFile() }] };
  if (pump.issues.length > 0) return { ok: false, issues: pump.issues };
  const rejected = sink.rejections.count;
  if (sink.imported + rejected === 0) return { ok: false, issues: [{ row: null, column: null, message: msg.noDataRows() }] };
  const done = sink.finish();
  return {
    ok: true,
    value: {
      report: {
        kind: done.aggregates.kind,
        importedRows: sink.imported,
        rejectedRows: rejected,
        importedTickets: done.aggregates.kind === 'tickets' ? done.aggregates.tickets : null,
        handleMinutes: done.aggregates.kind === 'tickets' ? (done.aggregates.handleMinutes?.mean ?? null) : null,
        calls: done.aggregates.kind === 'tickets' && done.aggregates.calls !== null ? callFigures(done.aggregates.calls) : null,
        blankRows: pump.blank,
        rejections: sink.rejections.listed,
        rejectionsNotListed: sink.rejections.notListed,
        notes: pump.short > 0 ? [...done.notes, msg.shortRows(pump.short, pump.shortRows)] : done.notes,
      },
      aggregates: done.aggregates,
      dateOrder: done.dateOrder,
      question: done.question,
      datedByOrder: done.datedByOrder,
      resolutionByOrder: done.resolutionByOrder ?? null,
    },
  };
}

/** Scans a whole string (tests, pasted text, small files), in chunks as the worker does. */
export function scanText(
  text: string,
  options: ImportOptions,
  chunkChars = CHUNK_BYTES,
  cutter: RowCutter = 'spans',
  maxRowChars = MAX_ROW_CHARS,
): ScanOutcome {
  try {
    const driver = new ScanDriver(options, cutter, maxRowChars);
    const body = stripBom(text);
    const step = Math.max(1, chunkChars);
    for (let start = 0; start < body.length || start === 0; start += step) {
      const last = start + step >= body.length;
      if (!driver.push(body.slice(start, start + step), last) || last) break;
    }
    return driver.outcome();
  } catch (e) {
    return { ok: false, issues: [{ row: null, column: null, message: msg.readFailed(e instanceof Error ? e.message : String(e)) }] };
  }
}

/**
 * Reads a Blob as decoded text, chunk by chunk: the reading loop of the import and of the
 * benchmark's bare papaparse pass. `onText` returns false to stop; the result is false
 * when the reading was cancelled or stopped before the end.
 */
export async function readTextChunks(
  blob: Blob,
  encoding: TextEncodingName,
  onText: (text: string, last: boolean, done: number, total: number) => boolean,
  isCancelled: () => boolean = () => false,
  chunkBytes = CHUNK_BYTES,
): Promise<boolean> {
  const decoder = new TextDecoder(encoding);
  const size = blob.size;
  for (let start = 0; start < size || start === 0; start += chunkBytes) {
    if (isCancelled()) return false;
    const end = Math.min(size, start + chunkBytes);
    const last = end >= size;
    const bytes = await blob.slice(start, end).arrayBuffer();
    if (!onText(decoder.decode(bytes, { stream: !last }), last, end, size)) return false;
    if (last) break;
  }
  return true;
}

/**
 * Scans a File or Blob as a stream of byte chunks. `onProgress` is called after each chunk;
 * `isCancelled` is checked between chunks (the worker can also simply be terminated).
 */
export async function scanBlob(
  blob: Blob,
  options: ImportOptions,
  onProgress: (p: ScanProgress) => void = () => {},
  isCancelled: () => boolean = () => false,
  chunkBytes = CHUNK_BYTES,
  cutter: RowCutter = 'spans',
): Promise<ScanOutcome | null> {
  try {
    const driver = new ScanDriver(options, cutter);
    let cancelled = false;
    await readTextChunks(
      blob,
      options.dialect.encoding ?? 'utf-8',
      (text, last, done, total) => {
        const going = driver.push(text, last);
        onProgress({ done, total, rows: driver.pump.row });
        return going;
      },
      () => (cancelled = isCancelled()),
      chunkBytes,
    );
    if (cancelled) return null;
    return driver.outcome();
  } catch (e) {
    return { ok: false, issues: [{ row: null, column: null, message: msg.readFailed(e instanceof Error ? e.message : String(e)) }] };
  }
}

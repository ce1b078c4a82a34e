/**
 * The streaming scan: papaparse cuts the text into rows chunk by chunk, a sink keeps the
 * aggregates, and each chunk's rows are dropped before the next is read. The same loop
 * runs on a File in the worker and on a string in the tests.
 *
 * The File is read as bytes and decoded with a streaming TextDecoder rather than with
 * papaparse's own FileReader.readAsText per slice: a slice boundary can fall inside a
 * multi-byte UTF-8 character, which readAsText would turn into two replacement characters.
 * Rows are cut by papaparse's ParserHandle, exactly as its own ChunkStreamer drives it.
 */
import Papa from 'papaparse';
import { normalizeHeaders, stripBom } from './dialect';
import { msg } from './messages';
import { createSink, type RowSink } from './sinks';
import type { CsvDialect, ImportIssue, ImportOptions, ScanOutcome } from './types';

/** Bytes read per chunk: large enough that per-chunk overhead is negligible, small enough to keep memory flat. */
export const CHUNK_BYTES = 1 << 20;

/** The papaparse configuration of the import (and of the benchmark's bare pass). */
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

/** Numbers rows, finds the header, skips blank lines and hands the rest to the sink. */
class RowPump {
  row = 0;
  blank = 0;
  private headerSeen = false;
  issues: ImportIssue[] = [];

  constructor(private readonly sink: RowSink) {}

  /** `last`: the chunk ends the file, so an empty row after its final line break is no blank line. */
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
    for (let i = 0; i < data.length; i++) {
      const cells = data[i]!;
      this.row++;
      if (isBlank(cells)) {
        // The line break that ends the last line leaves papaparse an empty row: not a blank line.
        if (!(last && i === data.length - 1 && cells.length === 1 && cells[0] === '')) this.blank++;
        continue;
      }
      if (!this.headerSeen) {
        this.headerSeen = true;
        this.issues = sink.header(normalizeHeaders(cells));
        if (this.issues.length > 0) return;
        continue;
      }
      if (errorRows !== null) {
        const reason = errorRows.get(i);
        if (reason !== undefined) {
          sink.rejections.reject(this.row, '', reason);
          continue;
        }
      }
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
        blankRows: pump.blank,
        rejections: sink.rejections.listed,
        rejectionsNotListed: sink.rejections.notListed,
        notes: done.notes,
      },
      aggregates: done.aggregates,
      dateOrder: done.dateOrder,
      question: done.question,
      datedByOrder: done.datedByOrder,
    },
  };
}

/** Scans a whole string (tests, pasted text, small files), in chunks as the worker does. */
export function scanText(text: string, options: ImportOptions, chunkChars = CHUNK_BYTES): ScanOutcome {
  try {
    const sink = createSink(options);
    const pump = new RowPump(sink);
    const parser = new ChunkedParser(options.dialect);
    const body = stripBom(text);
    const step = Math.max(1, chunkChars);
    for (let start = 0; start < body.length || start === 0; start += step) {
      const last = start + step >= body.length;
      pump.take(parser.push(body.slice(start, start + step), last), last);
      if (pump.issues.length > 0 || last) break;
    }
    return outcome(pump, sink);
  } catch (e) {
    return { ok: false, issues: [{ row: null, column: null, message: msg.readFailed(e instanceof Error ? e.message : String(e)) }] };
  }
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
): Promise<ScanOutcome | null> {
  try {
    const sink = createSink(options);
    const pump = new RowPump(sink);
    const parser = new ChunkedParser(options.dialect);
    const decoder = new TextDecoder(options.dialect.encoding ?? 'utf-8');
    const size = blob.size;
    for (let start = 0; start < size || start === 0; start += chunkBytes) {
      if (isCancelled()) return null;
      const end = Math.min(size, start + chunkBytes);
      const last = end >= size;
      const bytes = await blob.slice(start, end).arrayBuffer();
      const text = decoder.decode(bytes, { stream: !last });
      pump.take(parser.push(text, last), last);
      onProgress({ done: end, total: size, rows: pump.row });
      if (pump.issues.length > 0 || last) break;
    }
    return outcome(pump, sink);
  } catch (e) {
    return { ok: false, issues: [{ row: null, column: null, message: msg.readFailed(e instanceof Error ? e.message : String(e)) }] };
  }
}

/**
 * Cuts the text of a chunk into rows of cell spans: where each cell starts and ends, no
 * strings. RFC 4180 as papaparse reads it with the same delimiter and line ending (quoted
 * cells with doubled quotes, line breaks inside quotes, quotes inside an unquoted cell as
 * text). The native searches (indexOf, startsWith) do the scanning, as in papaparse's own
 * parser; only the allocation of a string per cell is gone.
 */
import { RowSpans } from './cells';
import type { CsvDialect } from './types';

const QUOTE = 34;

/** What {@link RowSplitter.split} did with a chunk. */
export const SPLIT_DONE = -1;

/**
 * Cuts text into rows of cell spans (RFC 4180: quoted cells with doubled quotes, line
 * breaks inside quotes), as papaparse does with the same delimiter and line ending.
 */
export class RowSplitter {
  private readonly delim: number;
  private readonly delimStr: string;
  private readonly nl: '\n' | '\r\n' | '\r';
  readonly spans = new RowSpans();
  /** Cells cut per row at most (rows without quotes); the pump sets it once the header says what the sink reads. */
  maxCells = Infinity;

  constructor(dialect: CsvDialect) {
    this.spans.delimiter = dialect.delimiter;
    this.delimStr = dialect.delimiter;
    this.delim = dialect.delimiter.charCodeAt(0);
    this.nl = dialect.newline;
  }

  /** Whether rows of this dialect can be cut here (a one-character delimiter that is not a quote or line break). */
  static handles(dialect: CsvDialect): boolean {
    const d = dialect.delimiter;
    return d.length === 1 && d !== '"' && d !== '\r' && d !== '\n';
  }

  /**
   * Calls `onRow` for each complete row of `text` from `from` on, at most `maxRows` rows.
   * Returns {@link SPLIT_DONE} with `this.rest` set to where it stopped (the text's length,
   * the end of the last row taken, or the start of an unfinished row: then
   * `this.incomplete`), or the offset of the first row this splitter will not read, for
   * papaparse to take over.
   */
  split(text: string, from: number, last: boolean, onRow: RowConsumer, maxRows = Infinity): number {
    const len = text.length;
    const delim = this.delim;
    const delimStr = this.delimStr;
    const nl = this.nl;
    const nlLen = nl.length;
    const spans = this.spans;
    spans.text = text;
    spans.truncated = false;
    // Next delimiter and line ending at or after `pos` (len when there is none): the
    // native searches skip most characters, as papaparse's parser does.
    let nextDelim = -1;
    let nextNl = -1;
    let nextQuote = -1;
    let pos = from;
    let taken = 0;
    this.rest = len;
    this.incomplete = false;
    rows: while (pos < len) {
      if (taken === maxRows) {
        this.rest = pos;
        break;
      }
      taken++;
      const rowStart = pos;
      spans.count = 0;
      if (nextNl < pos) {
        nextNl = text.indexOf(nl, pos);
        if (nextNl === -1) nextNl = len;
      }
      if (nextQuote < pos) {
        nextQuote = text.indexOf('"', pos);
        if (nextQuote === -1) nextQuote = len;
      }
      if (nextQuote >= nextNl) {
        // No quote before the line ending (most rows): cut the row on the delimiter.
        if (nextNl === len && !last) {
          this.rest = rowStart;
          this.incomplete = true;
          break;
        }
        // Cells past the last one the sink reads are not cut (their row's end is known).
        const maxCells = this.maxCells;
        let cellStart = pos;
        let truncated = false;
        for (;;) {
          if (nextDelim < cellStart) {
            nextDelim = text.indexOf(delimStr, cellStart);
            if (nextDelim === -1) nextDelim = len;
          }
          if (nextDelim >= nextNl) break;
          spans.push(cellStart, nextDelim, false);
          cellStart = nextDelim + 1;
          if (spans.count === maxCells) {
            truncated = true;
            break;
          }
        }
        if (!truncated) spans.push(cellStart, nextNl, false);
        spans.truncated = truncated;
        spans.rowStart = pos;
        spans.rowEnd = nextNl;
        onRow.takeRow(spans);
        pos = nextNl === len ? len : nextNl + nlLen;
        continue;
      }
      spans.truncated = false;
      for (;;) {
        if (pos < len && text.charCodeAt(pos) === QUOTE) {
          // A quoted cell: up to a quote that is not doubled.
          let q = pos + 1;
          let escaped = false;
          let close: number;
          for (;;) {
            close = text.indexOf('"', q);
            if (close === -1) {
              if (last) return rowStart; // a quote never closed: papaparse reports it
              this.rest = rowStart;
              this.incomplete = true;
              break rows;
            }
            if (close + 1 === len && !last) {
              this.rest = rowStart;
              this.incomplete = true;
              break rows;
            }
            if (text.charCodeAt(close + 1) === QUOTE) {
              escaped = true;
              q = close + 2;
              continue;
            }
            break;
          }
          spans.push(pos + 1, close, escaped);
          const after = close + 1;
          if (after === len) {
            onRow.takeRow(spans);
            pos = len;
            continue rows;
          }
          if (text.charCodeAt(after) === delim) {
            pos = after + 1;
            continue;
          }
          if (text.startsWith(nl, after)) {
            onRow.takeRow(spans);
            pos = after + nlLen;
            continue rows;
          }
          if (!last && after + nlLen > len && nl.startsWith(text.substring(after))) {
            this.rest = rowStart;
            this.incomplete = true;
            break rows;
          }
          // Text after a closing quote (papaparse allows spaces, or reports malformed quotes).
          return rowStart;
        }
        // An unquoted cell: up to the delimiter or the line ending; quotes inside it are text.
        if (nextDelim < pos) {
          nextDelim = text.indexOf(delimStr, pos);
          if (nextDelim === -1) nextDelim = len;
        }
        if (nextNl < pos) {
          nextNl = text.indexOf(nl, pos);
          if (nextNl === -1) nextNl = len;
        }
        if (nextDelim < nextNl) {
          spans.push(pos, nextDelim, false);
          pos = nextDelim + 1;
          continue;
        }
        if (nextNl < len) {
          spans.push(pos, nextNl, false);
          onRow.takeRow(spans);
          pos = nextNl + nlLen;
          continue rows;
        }
        // Neither before the end of the text: the row ends with the file, or in the next chunk.
        if (!last) {
          this.rest = rowStart;
          this.incomplete = true;
          break rows;
        }
        spans.push(pos, len, false);
        onRow.takeRow(spans);
        pos = len;
        continue rows;
      }
    }
    return SPLIT_DONE;
  }

  /** After {@link split} returned {@link SPLIT_DONE}: where it stopped. */
  rest = 0;
  /** After {@link split} returned {@link SPLIT_DONE}: whether it stopped at a row the text does not finish. */
  incomplete = false;
}

/** Receives the rows of a {@link RowSplitter}. */
export interface RowConsumer {
  takeRow(spans: RowSpans): void;
}

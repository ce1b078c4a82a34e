/**
 * RFC 4180 cells and records for the app's own CSV files (README, "CSV formats"), and the small
 * strict reader that re-imports them.
 *
 * Formula injection: a spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`, tab
 * or CR. Text cells (names, units, codes) that begin so are prefixed with a single quote.
 * Numeric cells are never prefixed: they are written only from numbers this app
 * produced, and `numberCell` accepts nothing but a plain decimal (`-1234.5`), so a
 * negative amount stays a number in the spreadsheet and cannot carry a formula.
 *
 * The quote prefix is reversible: it is also added to text that already begins with
 * quotes followed by a trigger character, and to empty text, so `restoreText` can tell
 * an added quote from one the user typed (`'=x` is written `''=x`; `'hello` stays as it is).
 */

/** Record separator of RFC 4180. */
export const CRLF = '\r\n';

/** A field ready to be joined into a record: escaped and, for text, neutralised. */
export type CsvField = string & { readonly __csvField: true };

const NEEDS_PREFIX = /^'*(?:[=+\-@\t\r]|$)/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Quotes a field when it holds a comma, a double quote, CR or LF; quotes inside are doubled. */
export function quoteField(raw: string): CsvField {
  return (/[",\r\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw) as CsvField;
}

/** Text a spreadsheet will not evaluate: see the module comment for the rule. */
export function neutralise(text: string): string {
  return NEEDS_PREFIX.test(text) ? `'${text}` : text;
}

/** Inverse of `neutralise`: removes the quote that `neutralise` added, and only that one. */
export function restoreText(cell: string): string {
  return cell.startsWith("'") && NEEDS_PREFIX.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** A text cell: neutralised against formula injection, then quoted as needed. */
export function textCell(text: string): CsvField {
  return quoteField(neutralise(text));
}

/**
 * A numeric cell from a plain decimal string this app produced (`''` for a figure that
 * does not exist). Anything else is written as neutralised text rather than trusted.
 */
export function numberCell(plain: string): CsvField {
  return plain === '' || PLAIN_NUMBER.test(plain) ? (plain as CsvField) : textCell(plain);
}

/** A cell written as is: for fixed identifiers of this app (column names, `total`). */
export function literalCell(text: string): CsvField {
  return quoteField(text);
}

/** One record, without its terminating CRLF. */
export function csvRecord(fields: readonly CsvField[]): string {
  return fields.join(',');
}

/** A whole file: every record terminated by CRLF (RFC 4180 allows it on the last one too). */
export function csvFile(records: readonly string[]): string {
  return records.map((r) => r + CRLF).join('');
}

/** A parsed record with its 1-based position in the file (the row a spreadsheet shows). */
export interface CsvRecord {
  row: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; row: number; message: string };

/**
 * Reads RFC 4180 text: comma separated (or `delimiter`: a spreadsheet in a European locale
 * saves with semicolons), double-quoted fields with doubled quotes, CRLF
 * or LF between records, CR or LF inside quoted fields, an optional UTF-8 BOM. A record
 * row is its position among records, so a quoted field over several lines is one row.
 * Never throws: an unterminated quoted field or text after a closing quote is reported.
 */
export function parseCsv(text: string, delimiter: ',' | ';' = ','): CsvParse {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let i = 0;
  const n = src.length;
  const endRecord = (): void => {
    fields.push(field);
    records.push({ row: records.length + 1, fields });
    fields = [];
    field = '';
  };
  while (i < n) {
    const ch = src[i];
    if (ch === '"' && field === '') {
      const start = records.length + 1;
      i++;
      for (;;) {
        if (i >= n) return { ok: false, row: start, message: 'A quoted field is not closed: a double quote is missing before the end of the file' };
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += src[i];
        i++;
      }
      const next = src[i];
      if (i < n && next !== delimiter && next !== '\r' && next !== '\n') {
        return { ok: false, row: start, message: 'Text follows a closing double quote; quotes inside a field must be doubled ("")' };
      }
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}

import { describe, expect, it } from 'vitest';
import type { RowSpans } from '../../../../src/io/csv-import/cells';
import { RowSplitter, SPLIT_DONE } from '../../../../src/io/csv-import/splitter';
import type { CsvDialect } from '../../../../src/io/csv-import/types';

const comma: CsvDialect = { delimiter: ',', newline: '\n', decimal: 'dot' };

/** The rows of `text` as arrays of cells, and where the splitter stopped. */
function cut(text: string, last: boolean, dialect = comma, maxCells = Infinity) {
  const splitter = new RowSplitter(dialect);
  splitter.maxCells = maxCells;
  const rows: string[][] = [];
  const stop = splitter.split(text, 0, last, {
    takeRow(spans: RowSpans) {
      rows.push(Array.from({ length: spans.count }, (_, i) => spans.cell(i)!));
    },
  });
  return { rows, stop, rest: splitter.rest, incomplete: splitter.incomplete };
}

describe('RowSplitter', () => {
  it('cuts quoted cells with delimiters, doubled quotes and line breaks inside, and keeps quotes inside unquoted cells', () => {
    expect(cut('a,"b,c","say ""hi""\nthere",d"e\n', true).rows).toEqual([['a', 'b,c', 'say "hi"\nthere', 'd"e']]);
  });

  it("ends rows only at the file's line ending: a lone LF in a CRLF file is text", () => {
    const crlf: CsvDialect = { ...comma, newline: '\r\n' };
    expect(cut('a,b\nc\r\nd,e', true, crlf).rows).toEqual([
      ['a', 'b\nc'],
      ['d', 'e'],
    ]);
  });

  it('leaves a row the chunk does not finish for the next chunk', () => {
    expect(cut('a,b\nc,"d\ne', false)).toMatchObject({ rows: [['a', 'b']], stop: SPLIT_DONE, rest: 4, incomplete: true });
    // A CR at the very end may be half of a CRLF.
    expect(cut('a,b\r', false, { ...comma, newline: '\r\n' })).toMatchObject({ rows: [], rest: 0, incomplete: true });
  });

  it("hands a row it would read differently from papaparse over, at the row's start", () => {
    expect(cut('a,b\n"c" ,d\n', true)).toMatchObject({ rows: [['a', 'b']], stop: 4 });
    expect(cut('a,b\n"never closed\n', true)).toMatchObject({ rows: [['a', 'b']], stop: 4 });
  });

  it('cuts no cell past the ones the sink reads', () => {
    expect(cut('a,b,c,d\ne,f,g,h\n', true, comma, 2).rows).toEqual([
      ['a', 'b'],
      ['e', 'f'],
    ]);
  });
});

describe('a quote that never closes, in a large file', () => {
  it('stops the import at the row instead of carrying the rest of the file in memory', async () => {
    const { scanText } = await import('../../../../src/io/csv-import/stream');
    const text = 'created,type\n2024-01-01 10:00,Billing\n2024-01-01 11:00,"Refund\n' + '2024-01-01 12:00,Billing\n'.repeat(200);
    const options = {
      kind: 'tickets' as const,
      dialect: comma,
      mapping: {
        ticketId: null,
        created: 0,
        createdTime: null,
        category: 1,
        channel: null,
        handleTime: null,
        resolutionTime: null,
        resolvedAt: null,
        csat: null,
        queueWait: null,
        outcome: null,
      },
      handleUnit: 'seconds' as const,
      resolutionUnit: 'minutes' as const,
      dateOrder: 'auto' as const,
    };
    for (const cutter of ['spans', 'papaparse'] as const) {
      const out = scanText(text, options, 64, cutter, 1000);
      expect(out).toEqual({
        ok: false,
        issues: [{ row: 3, column: null, message: expect.stringMatching(/^This row runs on for more than 0 MB, so a quote in it is probably never closed/) }],
      });
    }
    // Within the limit, the same file imports with the unclosed row rejected (papaparse's reading).
    const whole = scanText(text, options, 64, 'spans', 1 << 20);
    expect(whole.ok && whole.value.report).toMatchObject({ importedRows: 1, rejectedRows: 1 });
  });
});

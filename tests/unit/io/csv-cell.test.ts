import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvFile, csvRecord, neutralise, numberCell, parseCsv, quoteField, restoreText, textCell } from '../../../src/io/csv-cell';

describe('quoteField', () => {
  it('quotes fields with a comma, quote, CR or LF and doubles the quotes (RFC 4180)', () => {
    expect(quoteField('plain')).toBe('plain');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    expect(quoteField('cr\rhere')).toBe('"cr\rhere"');
    expect(quoteField('')).toBe('');
  });
});

describe('neutralise and restoreText', () => {
  it('prefix a quote to text a spreadsheet would run, and to quotes before it', () => {
    expect(neutralise('=1+1')).toBe("'=1+1");
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('-1')).toBe("'-1");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('\rx')).toBe("'\rx");
    expect(neutralise("'=x")).toBe("''=x");
    expect(neutralise('')).toBe("'");
    expect(neutralise("'")).toBe("''");
    expect(neutralise("'hello")).toBe("'hello");
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise(' =x')).toBe(' =x');
  });

  it('are inverse, and never leave a cell that starts with a trigger (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^'*[=+\-@\t\r']?.{0,5}$/)), (s) => {
        const cell = neutralise(s);
        expect(restoreText(cell)).toBe(s);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('numberCell and textCell', () => {
  it('keep negative numbers numeric and neutralise text', () => {
    expect(numberCell('-196.88')).toBe('-196.88');
    expect(numberCell('')).toBe('');
    expect(numberCell('=1+1')).toBe("'=1+1");
    expect(numberCell('1e5')).toBe('1e5');
    expect(numberCell('-1e5')).toBe("'-1e5");
    expect(textCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks as one row', () => {
    const text = '\uFEFFa,b,c\r\n"x,1","say ""hi""","two\r\nlines"\n,,\r\nlast';
    expect(parseCsv(text)).toEqual({
      ok: true,
      records: [
        { row: 1, fields: ['a', 'b', 'c'] },
        { row: 2, fields: ['x,1', 'say "hi"', 'two\r\nlines'] },
        { row: 3, fields: ['', '', ''] },
        { row: 4, fields: ['last'] },
      ],
    });
  });

  it('reports an unclosed quote and text after a closing quote', () => {
    expect(parseCsv('a\r\n"open')).toEqual({
      ok: false,
      row: 2,
      message: 'A quoted field is not closed: a double quote is missing before the end of the file',
    });
    expect(parseCsv('"a"b,c')).toEqual({ ok: false, row: 1, message: 'Text follows a closing double quote; quotes inside a field must be doubled ("")' });
  });

  it('reads back any records written with csvRecord and csvFile (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        // A header row first, as in every file written here (a leading BOM is the encoding's, not a cell's).
        const text = csvFile(['header', ...rows.map((r) => csvRecord(r.map(quoteField)))]);
        const parsed = parseCsv(text);
        expect(parsed.ok && parsed.records.slice(1).map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });
});

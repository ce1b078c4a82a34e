import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewText } from '../../../../src/io/csv-import/preview';
import { scanText } from '../../../../src/io/csv-import/stream';
import { parseTimestamp, newTimestampParts } from '../../../../src/io/csv-import/timestamp';
import type { ImportOptions } from '../../../../src/io/csv-import/types';

/** Cells drawn from what real exports hold, plus noise. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    '?',
    'N/A',
    'Not Provided',
    '0',
    '12,5',
    '1.234,5',
    '-3',
    '0:04:30',
    '99:99',
    '2024-02-30 10:00',
    '31/12/24 23:59',
    '45356.5',
    'Mar 5, 2024',
    '"',
    '""',
    'a"b',
    '\ufeff',
    '\r',
    '\n',
    '\r\n',
    ';',
    '\t',
    'Refund',
    'é',
    '😀',
  ),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[0-9:/.\- APMapm]{0,20}$/),
);
const row = fc.array(cell, { minLength: 0, maxLength: 7 });
const csv = fc
  .tuple(fc.array(row, { minLength: 0, maxLength: 12 }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([rows, d, nl, bom]) => (bom ? '\ufeff' : '') + rows.map((r) => r.join(d)).join(nl));
const mapping = fc.record({
  ticketId: fc.option(fc.nat(8), { nil: null }),
  created: fc.option(fc.nat(8), { nil: null }),
  createdTime: fc.option(fc.nat(8), { nil: null }),
  category: fc.option(fc.nat(8), { nil: null }),
  channel: fc.option(fc.nat(8), { nil: null }),
  handleTime: fc.option(fc.nat(8), { nil: null }),
  resolutionTime: fc.option(fc.nat(8), { nil: null }),
  resolvedAt: fc.option(fc.nat(8), { nil: null }),
  csat: fc.option(fc.nat(8), { nil: null }),
  queueWait: fc.option(fc.nat(8), { nil: null }),
  outcome: fc.option(fc.nat(8), { nil: null }),
});

/** Paths of numbers in a result that are NaN or infinite (none may reach the page). */
function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
}

describe('fuzzed CSV input', () => {
  it('never throws from the preview or the scan, whatever the bytes and the mapping', () => {
    fc.assert(
      fc.property(
        csv,
        mapping,
        fc.constantFrom('auto', 'dmy', 'mdy') as fc.Arbitrary<'auto' | 'dmy' | 'mdy'>,
        fc.integer({ min: 1, max: 64 }),
        (text, m, order, chunk) => {
          const p = previewText(text, true);
          const dialect = p.ok ? p.value.dialect : { delimiter: ',', newline: '\n' as const, decimal: 'dot' as const };
          const kinds: ImportOptions[] = [
            { kind: 'tickets', dialect, mapping: m, handleUnit: 'seconds', resolutionUnit: 'minutes', dateOrder: order },
            {
              kind: 'intervals',
              dialect,
              mapping: { timestamp: m.created, time: m.createdTime, count: m.handleTime },
              dateOrder: order,
              intervalMinutes: 'auto',
            },
            { kind: 'category-table', dialect, mapping: { category: m.category, contactsPerMonth: m.handleTime, handleMinutes: m.csat, tier: m.channel } },
          ];
          for (const options of kinds) {
            const out = scanText(text, options, chunk);
            if (out.ok) {
              const r = out.value.report;
              expect(r.importedRows + r.rejectedRows).toBeGreaterThan(0);
              for (const rej of r.rejections) expect(rej.row).toBeGreaterThanOrEqual(2);
              expect(nonFiniteNumbers(out.value)).toEqual([]);
            } else {
              expect(out.issues.length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { seed: 20240305, numRuns: 3000 },
    );
    // 3,000 files, each scanned three ways: seconds on a busy machine.
  }, 60_000);

  it('cuts rows exactly as papaparse does, whatever the quotes, line breaks and chunk size', () => {
    // Cells drawn to stress the row cutter: quotes in and around cells, lone CR and LF, delimiters in quotes.
    const tricky = fc.oneof(
      cell,
      fc.constantFrom(
        '"a,b"',
        '"a""b"',
        '"x\ny"',
        '"x\r\ny"',
        '"q" ',
        ' "q"',
        '"q"x',
        'a"b',
        '""""',
        '"',
        '"unclosed',
        'x\ry',
        '\r',
        '2024-03-05 10:00',
        'Refund',
        '\u00a0',
        ' \t',
        '\u0001',
        ' \u001f',
      ),
    );
    const rows = fc.array(fc.array(tricky, { minLength: 0, maxLength: 6 }), { minLength: 0, maxLength: 10 });
    const file = fc
      .tuple(rows, fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
      .map(([rs, d, nl, end]) => rs.map((r) => r.join(d)).join(nl) + (end ? nl : ''));
    fc.assert(
      fc.property(file, mapping, fc.integer({ min: 1, max: 40 }), (text, m, chunk) => {
        const p = previewText(text, true);
        if (!p.ok) return;
        const options: ImportOptions[] = [
          { kind: 'tickets', dialect: p.value.dialect, mapping: m, handleUnit: 'seconds', resolutionUnit: 'minutes', dateOrder: 'auto' },
          {
            kind: 'category-table',
            dialect: p.value.dialect,
            mapping: { category: m.category, contactsPerMonth: m.handleTime, handleMinutes: m.csat, tier: m.channel },
          },
        ];
        for (const o of options) expect(scanText(text, o, chunk, 'spans')).toEqual(scanText(text, o, chunk, 'papaparse'));
      }),
      { seed: 20240306, numRuns: 3000 },
    );
  }, 60_000);

  it('never throws on any timestamp text', () => {
    const parts = newTimestampParts();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9:/.\-TZ+ ]{0,30}$/)), (s) => {
        expect([0, 1, 2, 3]).toContain(parseTimestamp(s, parts));
      }),
      { seed: 7, numRuns: 3000 },
    );
  });
});

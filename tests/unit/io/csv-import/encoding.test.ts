import { describe, expect, it } from 'vitest';
import { readPreview } from '../../../../src/io/csv-import/client';
import { detectEncoding, looksBinary } from '../../../../src/io/csv-import/encoding';
import { scanBlob } from '../../../../src/io/csv-import/stream';
import { ticketOptions } from './helpers';

const CSV = 'created_at,category,handle_seconds\r\n2024-03-05 10:00,Rückerstattung,300\r\n2024-03-06 11:00,Café,240\r\n';

function utf16le(text: string, bom: boolean): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let o = 0;
  if (bom) {
    out[o++] = 0xff;
    out[o++] = 0xfe;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[o++] = c & 0xff;
    out[o++] = c >> 8;
  }
  return out;
}

function latin1(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

async function importBytes(bytes: Uint8Array<ArrayBuffer>) {
  const blob = new Blob([bytes]);
  const p = await readPreview(blob);
  if (!p.ok) throw new Error(p.issues[0]!.message);
  const out = await scanBlob(blob, ticketOptions(p.value), undefined, undefined, 16);
  if (!out || !out.ok || out.value.aggregates.kind !== 'tickets') throw new Error('scan failed');
  return { dialect: p.value.dialect, names: out.value.aggregates.categories.map((c) => c.name), imported: out.value.report.importedRows };
}

describe('detectEncoding', () => {
  it('reads byte-order marks, BOM-less UTF-16 and falls back to Windows-1252 for bytes that are not UTF-8', () => {
    expect(detectEncoding(new TextEncoder().encode('\ufeffa,b'))).toBe('utf-8');
    expect(detectEncoding(new TextEncoder().encode('a,ü'))).toBe('utf-8');
    expect(detectEncoding(utf16le('a,b\r\n', true))).toBe('utf-16le');
    expect(detectEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be');
    expect(detectEncoding(utf16le('created,category\r\n2024-01-01,x\r\n', false))).toBe('utf-16le');
    expect(detectEncoding(latin1('a,Caf\u00e9\r\n'))).toBe('windows-1252');
  });

  it('keeps a multi-byte character cut at the end of the sample as UTF-8', () => {
    const bytes = new TextEncoder().encode('a,ü');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1))).toBe('utf-8');
  });
});

describe('looksBinary', () => {
  it('tells binary data from text with tabs and line breaks', () => {
    expect(looksBinary('a\tb\r\nc\td\n')).toBe(false);
    expect(looksBinary('\u0089PNG\r\n\u001a\n\u0000\u0000')).toBe(true);
    expect(looksBinary('a,b\u0001\u0002\u0003\u0004')).toBe(true);
  });
});

describe('imports in other encodings', () => {
  it('reads an Excel "Unicode text" file (UTF-16 with a byte-order mark) to the same categories', async () => {
    const r = await importBytes(utf16le(CSV, true));
    expect(r.dialect.encoding).toBe('utf-16le');
    expect(r.names).toEqual(['Rückerstattung', 'Café']);
    expect(r.imported).toBe(2);
  });

  it('reads a Windows-1252 file without turning its accents into replacement characters', async () => {
    const r = await importBytes(latin1(CSV));
    expect(r.dialect.encoding).toBe('windows-1252');
    expect(r.names).toEqual(['Rückerstattung', 'Café']);
  });

  it('refuses a workbook and binary data with a message that says what to do', async () => {
    const zip = await readPreview(new Blob([Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])]));
    expect(zip.ok ? '' : zip.issues[0]!.message).toMatch(/spreadsheet workbook .* save it from the spreadsheet as "CSV UTF-8"/);
    const png = await readPreview(new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])]));
    expect(png.ok ? '' : png.issues[0]!.message).toMatch(/^This is not a text file/);
  });
});

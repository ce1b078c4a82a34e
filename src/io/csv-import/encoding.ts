/**
 * The text encoding of an export, read from its first bytes, and a check that the file is
 * text at all. Helpdesks write UTF-8; Excel's "Unicode text" is UTF-16 with a byte-order
 * mark; older tools write Windows-1252 (Latin-1), which is not valid UTF-8.
 */

/** Encodings the importer reads (names as `TextDecoder` takes them). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Share of NUL bytes at odd (or even) offsets above which BOM-less UTF-16 is assumed. */
const UTF16_ZERO_SHARE = 0.3;

function zeroShare(bytes: Uint8Array, parity: 0 | 1): number {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  let total = 0;
  for (let i = parity; i < n; i += 2) {
    total++;
    if (bytes[i] === 0) zeros++;
  }
  return total === 0 ? 0 : zeros / total;
}

/** The encoding of a file from its first bytes (a byte-order mark, else the bytes themselves). */
export function detectEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  // ASCII text in UTF-16 without a mark: every other byte is zero.
  const odd = zeroShare(head, 1);
  const even = zeroShare(head, 0);
  if (odd > UTF16_ZERO_SHARE && even < 0.05) return 'utf-16le';
  if (even > UTF16_ZERO_SHARE && odd < 0.05) return 'utf-16be';
  try {
    // `stream: true`: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Whether the bytes open a ZIP container (an .xlsx or .ods workbook). */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * Whether decoded text is binary data rather than a table: it holds NUL characters, or
 * more than 1 % control characters other than tab, line feed, carriage return and form feed.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65_536);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control / n > 0.01;
}

/**
 * The share link as a QR code, drawn as one SVG path (no markup from data). The encoder,
 * qrcode-generator, is loaded only when a cover is prepared, never with the first screen.
 */
import { lazy } from '../lazy';

/** A QR code: its size in modules (quiet zone excluded) and an SVG path of its dark modules. */
export interface QrCode {
  size: number;
  path: string;
}

/**
 * Longest text encoded, in bytes: what a version-40 code holds at error correction level L
 * (2,953). A longer link is printed as text only.
 */
export const QR_MAX_BYTES = 2953;

type Factory = typeof import('qrcode-generator');
const loadEncoder = lazy(() => import('qrcode-generator').then((m) => ((m as { default?: Factory }).default ?? m) as Factory));

/** The SVG path of a module matrix: one unit square per dark module, row runs merged. */
export function modulesPath(size: number, isDark: (row: number, col: number) => boolean): string {
  const parts: string[] = [];
  for (let r = 0; r < size; r++) {
    let c = 0;
    while (c < size) {
      if (!isDark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < size && isDark(r, c)) c++;
      parts.push(`M${start} ${r}h${c - start}v1h${start - c}z`);
    }
  }
  return parts.join('');
}

/** The byte length of a text as the encoder writes it (UTF-8). */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The QR code of a text (the smallest version that holds it, error correction M below
 * 1,000 bytes, L above so a long link still fits), or null when the text is too long.
 */
export async function qrCode(text: string, encoder?: Factory): Promise<QrCode | null> {
  const bytes = byteLength(text);
  if (bytes === 0 || bytes > QR_MAX_BYTES) return null;
  const qrcode = encoder ?? (await loadEncoder());
  const code = qrcode(0, bytes < 1000 ? 'M' : 'L');
  // The encoder takes one character per byte: the text's UTF-8 bytes, so any link encodes as written.
  code.addData(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''), 'Byte');
  code.make();
  const size = code.getModuleCount();
  return { size, path: modulesPath(size, (r, c) => code.isDark(r, c)) };
}

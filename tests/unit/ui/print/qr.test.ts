import { describe, expect, it } from 'vitest';
import { byteLength, modulesPath, qrCode, QR_MAX_BYTES } from '../../../../src/ui/print/qr';

/** The dark modules a path draws (each `M x y h w v1 ...z` is a run of one row). */
function darkOf(path: string): Set<string> {
  const dark = new Set<string>();
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < w; i++) dark.add(`${y},${x + i}`);
  }
  return dark;
}

describe('modulesPath', () => {
  it('draws each run of dark modules of a row as one rectangle', () => {
    const grid = ['#.##', '....', '####', '.#.#'];
    const path = modulesPath(4, (r, c) => grid[r]![c] === '#');
    expect(path).toBe('M0 0h1v1h-1zM2 0h2v1h-2zM0 2h4v1h-4zM1 3h1v1h-1zM3 3h1v1h-1z');
    expect(modulesPath(3, () => false)).toBe('');
  });
});

describe('qrCode', () => {
  it('encodes a share link in the smallest version, finder patterns in three corners', async () => {
    const url = 'http://127.0.0.1:4321/#s=1.' + 'A'.repeat(120);
    const code = await qrCode(url);
    expect(code).not.toBeNull();
    const { size, path } = code!;
    expect((size - 17) % 4).toBe(0);
    const dark = darkOf(path);
    // Each finder pattern: a dark 7x7 ring, a light ring inside it, a dark 3x3 centre; a light separator outside.
    for (const [r0, c0] of [
      [0, 0],
      [0, size - 7],
      [size - 7, 0],
    ] as const) {
      for (let i = 0; i < 7; i++) {
        expect(dark.has(`${r0},${c0 + i}`)).toBe(true);
        expect(dark.has(`${r0 + 6},${c0 + i}`)).toBe(true);
      }
      expect(dark.has(`${r0 + 1},${c0 + 1}`)).toBe(false);
      expect(dark.has(`${r0 + 3},${c0 + 3}`)).toBe(true);
    }
    for (let i = 0; i < 8; i++) expect(dark.has(`7,${i}`)).toBe(false);
  });

  it('fits the longest link a QR code holds (version 40) and refuses a longer one, so it is printed as text only', async () => {
    const longest = await qrCode('h'.repeat(QR_MAX_BYTES));
    expect(longest?.size).toBe(177);
    expect(await qrCode('h'.repeat(QR_MAX_BYTES + 1))).toBeNull();
    expect(await qrCode('')).toBeNull();
  });

  it('counts a link in UTF-8 bytes, as it is encoded', async () => {
    expect(byteLength('é')).toBe(2);
    expect(await qrCode('é'.repeat(Math.floor(QR_MAX_BYTES / 2) + 1))).toBeNull();
    expect(await qrCode('https://exämple.test/#s=1.x')).not.toBeNull();
  });
});

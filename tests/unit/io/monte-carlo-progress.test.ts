import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SLICE_DRAWS, nextSliceSize, remainingText, runProgress } from '../../../src/io/monte-carlo-progress';

describe('nextSliceSize', () => {
  it('fits the next slice to the target time from the pace of the last', () => {
    expect(nextSliceSize(10, 10, 50)).toBe(20); // at most double
    expect(nextSliceSize(40, 100, 50)).toBe(20);
    expect(nextSliceSize(1, 3000, 50)).toBe(1); // a heavy draw: one per slice
    expect(nextSliceSize(150, 1, 50)).toBe(MAX_SLICE_DRAWS);
  });

  it('stays a whole number from 1 to the maximum for any timing, however odd (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -5, max: 10_000 }), fc.constantFrom(NaN, Infinity)),
        fc.oneof(fc.double(), fc.constantFrom(0, -1, NaN, Infinity)),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        (draws, ms, target) => {
          const n = nextSliceSize(draws, ms, target);
          expect(Number.isInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(MAX_SLICE_DRAWS);
        },
      ),
    );
  });
});

describe('runProgress', () => {
  it('estimates the time left from the pace so far', () => {
    expect(runProgress(500, 2000, 10_000)).toEqual({ done: 500, total: 2000, elapsedMs: 10_000, remainingMs: 30_000 });
    expect(runProgress(2000, 2000, 8000).remainingMs).toBe(0);
  });

  it('has no estimate before the first draw, and never counts past the total', () => {
    expect(runProgress(0, 2000, 500).remainingMs).toBeNull();
    expect(runProgress(2500, 2000, 500)).toMatchObject({ done: 2000, remainingMs: 0 });
    expect(runProgress(-3, 2000, 500)).toMatchObject({ done: 0, remainingMs: null });
  });
});

describe('remainingText', () => {
  it('says the time left in round figures', () => {
    expect(remainingText(null)).toBe('estimating the time left');
    expect(remainingText(1200)).toBe('less than 5 seconds left');
    expect(remainingText(41_000)).toBe('about 40 seconds left');
    expect(remainingText(83_000)).toBe('about 1 min 25 s left');
    expect(remainingText(120_000)).toBe('about 2 min left');
    expect(remainingText(200_400)).toBe('about 3 min 20 s left');
  });

  it('never shows NaN or Infinity', () => {
    for (const ms of [NaN, Infinity, -Infinity]) expect(remainingText(ms)).toBe('estimating the time left');
    expect(remainingText(-5)).toBe('less than 5 seconds left');
  });
});

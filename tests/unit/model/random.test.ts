import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fmix32, sfc32, substream } from '../../../src/model/random';

const take = (next: () => number, n: number): number[] => Array.from({ length: n }, next);

describe('fmix32', () => {
  it('is the MurmurHash3 finaliser', () => {
    // 0 is its fixed point; the others from an independent big-integer implementation.
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7);
    expect(fmix32(0xdeadbeef)).toBe(0x0de5c6a9);
    expect(fmix32(20240227)).toBe(0x2e401ad4);
  });
});

describe('sfc32', () => {
  it('gives the outputs of the reference algorithm', () => {
    // By hand: t = a + b + d = 1 + 2 + 4 = 7; then a = 2, b = 3 + 3 x 8 = 27, d = 5, so t = 2 + 27 + 5 = 34.
    const rng = sfc32(1, 2, 3, 4);
    expect(take(rng.nextUint32, 6)).toEqual([7, 34, 56623200, 188882296, 3431242869, 399395954]);
  });

  it('turns integers into floats in [0, 1) by dividing by 2^32', () => {
    const rng = sfc32(1, 2, 3, 4);
    expect(rng.next()).toBe(7 / 4294967296);
  });
});

describe('substream', () => {
  it('gives the reference outputs for the seed of the presets', () => {
    // From an independent implementation (Python integers) of the seeding described in random.ts.
    expect(take(substream(20240227, 0).nextUint32, 6)).toEqual([1912905869, 2043590695, 1886797256, 3287657282, 1858759801, 3922603995]);
    expect(take(substream(20240227, 1999).nextUint32, 3)).toEqual([22289928, 831220963, 1286140646]);
    expect(take(substream(0, 0).nextUint32, 3)).toEqual([4205396811, 3543653536, 1222415357]);
  });

  it('gives the same numbers for the same seed and index, however often it is asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_294_967_295 }), fc.nat(1_000_000), (seed, index) => {
        expect(take(substream(seed, index).next, 8)).toEqual(take(substream(seed, index).next, 8));
      }),
    );
  });

  it('gives every draw of a run its own stream', () => {
    const firsts = new Set(Array.from({ length: 10_000 }, (_, i) => substream(20240227, i).nextUint32()));
    expect(firsts.size).toBe(10_000);
  });

  it('spreads uniformly: 20,000 numbers over 10 bins pass a chi-square test at the 0.1 % level', () => {
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 2_000; i++) {
      const rng = substream(7, i);
      for (let j = 0; j < 10; j++) bins[Math.floor(rng.next() * 10)]! += 1;
    }
    const expected = 2_000;
    const chi2 = bins.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    // 27.88 is the 99.9th percentile of chi-square with 9 degrees of freedom.
    expect(chi2).toBeLessThan(27.88);
  });

  it('stays within [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_294_967_295 }), fc.nat(100_000), (seed, index) => {
        for (const x of take(substream(seed, index).next, 16)) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });
});

/**
 * Seeded pseudo-random numbers for the Monte Carlo (docs/METHOD.md, "Uncertainty"):
 * reproducible from the scenario's 32-bit seed, on any machine and however the draws are
 * split over workers.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's "small fast counting" generator, from the
 * PractRand suite), 128 bits of state in four 32-bit words, which passes PractRand's
 * tests far beyond the few thousand numbers a run needs. Each draw of the Monte Carlo
 * has its own stream, keyed by (seed, draw index): the four state words are the
 * MurmurHash3 finaliser (`fmix32`) of the key at four golden-ratio offsets, and the
 * first 12 outputs are discarded so that neighbouring keys decorrelate. A draw's numbers
 * therefore depend on its index only, never on which worker computes it or in what order.
 */

/** A stream of uniform 32-bit unsigned integers. */
export interface Rng {
  /** The next integer, 0 to 2^32 - 1. */
  nextUint32(): number;
  /** The next float in [0, 1): the next integer / 2^32 (32 bits of resolution). */
  next(): number;
}

const TWO_POW_32 = 4_294_967_296;
const GOLDEN = 0x9e3779b9;
const WARM_UP = 12;

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers with full avalanche. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** sfc32 from four 32-bit state words (no warm-up). */
export function sfc32(a0: number, b0: number, c0: number, d0: number): Rng {
  let a = a0 | 0,
    b = b0 | 0,
    c = c0 | 0,
    d = d0 | 0;
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  return { nextUint32, next: () => nextUint32() / TWO_POW_32 };
}

/**
 * The stream of draw `index` (0-based) of a run seeded with `seed` (32-bit unsigned).
 * The key `seed XOR (index + 1) x golden ratio` is distinct for every index of one seed
 * (multiplying by an odd constant is a bijection modulo 2^32).
 */
export function substream(seed: number, index: number): Rng {
  const key = (seed ^ Math.imul(index + 1, GOLDEN)) >>> 0;
  const rng = sfc32(fmix32(key), fmix32((key + GOLDEN) >>> 0), fmix32((key + 2 * GOLDEN) >>> 0), fmix32((key + 3 * GOLDEN) >>> 0));
  for (let i = 0; i < WARM_UP; i++) rng.nextUint32();
  return rng;
}

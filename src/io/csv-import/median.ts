/**
 * Mean and median of a stream in bounded memory.
 *
 * The first {@link EXACT_LIMIT} values are kept as they are, so small imports get the exact
 * median. Past that the values move into a fixed histogram with logarithmic bins of ratio
 * 1.01 from 1 up to a maximum (1 second to 1 day: 1,145 bins, under 10 KB per stream): the median is then
 * read as the geometric middle of its bin, within 0.5 % of the true median (bin ratio
 * 1.01 -> sqrt(1.01) - 1 = 0.499 %), or within 0.5 s for medians under one second. Values
 * above a day fall into the last bin. The mean is always exact (a running sum).
 */

/** Values kept exactly before switching to the histogram. */
export const EXACT_LIMIT = 1024;

const RATIO = 1.01;
const LOG_RATIO = Math.log(RATIO);

export class StreamStats {
  count = 0;
  sum = 0;
  private exact: Float64Array | null = new Float64Array(16);
  private histogram: Float64Array | null = null;
  /** Bin 0 holds [0, 1); bin k >= 1 holds [RATIO^(k-1), RATIO^k); the last bin everything above `maxValue`. */
  private readonly bins: number;

  /** `maxValue`: the largest value the histogram resolves (default one day in seconds). */
  constructor(maxValue = 86_400) {
    this.bins = Math.ceil(Math.log(maxValue) / LOG_RATIO) + 2;
  }

  add(value: number): void {
    this.count++;
    this.sum += value;
    const exact = this.exact;
    if (exact !== null) {
      const i = this.count - 1;
      if (i < exact.length) {
        exact[i] = value;
        return;
      }
      if (i < EXACT_LIMIT) {
        const grown = new Float64Array(Math.min(EXACT_LIMIT, exact.length * 4));
        grown.set(exact);
        grown[i] = value;
        this.exact = grown;
        return;
      }
      this.toHistogram();
    }
    this.histogram![binOf(value, this.bins)]! += 1;
  }

  /** Moves the exact values into the histogram (the count and sum are already kept). */
  private toHistogram(): Float64Array {
    if (this.histogram !== null) return this.histogram;
    const h = new Float64Array(this.bins);
    const exact = this.exact!;
    // `count` may already include the value being added: only the stored ones move.
    const n = Math.min(this.count, exact.length);
    for (let k = 0; k < n; k++) h[binOf(exact[k] ?? 0, this.bins)]! += 1;
    this.histogram = h;
    this.exact = null;
    return h;
  }

  /**
   * One stream made of several (e.g. all categories together), without going over the
   * values again: exact buffers are re-added, histograms are added bin by bin. The parts
   * may have holes (a category's figures are made at its first value: one with none has none).
   */
  static merge(parts: readonly (StreamStats | null | undefined)[], maxValue = 86_400): StreamStats {
    const out = new StreamStats(maxValue);
    for (const p of parts) {
      if (p == null || p.count === 0) continue;
      if (p.exact !== null) {
        for (let k = 0; k < p.count; k++) out.add(p.exact[k]!);
        continue;
      }
      const h = out.toHistogram();
      const ph = p.histogram!;
      for (let k = 0; k < h.length; k++) h[k]! += ph[k] ?? 0;
      out.count += p.count;
      out.sum += p.sum;
    }
    return out;
  }

  /** Whether {@link median} is exact (no more than {@link EXACT_LIMIT} values). */
  get isExact(): boolean {
    return this.exact !== null;
  }

  get mean(): number {
    return this.count === 0 ? NaN : this.sum / this.count;
  }

  /** The median: exact while the values fit the buffer, else within 0.5 % (see above). */
  get median(): number {
    if (this.count === 0) return NaN;
    if (this.exact !== null) {
      const sorted = this.exact.slice(0, this.count).sort();
      const mid = this.count >> 1;
      return this.count % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    }
    const h = this.histogram!;
    const half = this.count / 2;
    let cumulative = 0;
    for (let k = 0; k < h.length; k++) {
      cumulative += h[k]!;
      if (cumulative >= half) return binMiddle(k);
    }
    return binMiddle(h.length - 1);
  }
}

/**
 * Bins of the whole numbers up to a day, computed once (170 KB): most values are whole
 * seconds, and a value between two whole numbers whose bins agree is in that bin too (the
 * bins are monotone), so only values across a bin boundary need a logarithm.
 */
let intBins: Uint16Array | null = null;
const INT_BIN_LIMIT = 86_400;

function rawBin(value: number): number {
  return Math.floor(Math.log(value) / LOG_RATIO) + 1;
}

function binOf(value: number, bins: number): number {
  if (!(value >= 1)) return 0;
  let k: number;
  if (value < INT_BIN_LIMIT) {
    if (intBins === null) {
      intBins = new Uint16Array(INT_BIN_LIMIT + 1);
      for (let v = 1; v <= INT_BIN_LIMIT; v++) intBins[v] = rawBin(v);
    }
    const floor = Math.floor(value);
    k = intBins[floor]!;
    if (floor !== value && intBins[floor + 1] !== k) k = rawBin(value);
  } else {
    k = rawBin(value);
  }
  return k < bins ? k : bins - 1;
}

function binMiddle(k: number): number {
  if (k === 0) return 0.5;
  return Math.pow(RATIO, k - 0.5);
}

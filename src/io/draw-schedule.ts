/**
 * Hands out a Monte Carlo run's draws to its workers a job at a time, so that they finish
 * together (monte-carlo-client.ts). Two workers given half the draws each finished 25-75 ms
 * apart in a run of about a second: a worker's share of two cores is not its own, and the
 * one that finished first then waited. Here the jobs shrink as the run goes on (guided
 * self-scheduling: a job is the draws left over four times the workers, at least a few:
 * each worker has a job waiting behind the one it computes, so a slow worker holds two),
 * and a worker that asks when its own block is done takes the last draws of another's.
 *
 * Each worker begins at its block's first draw (`splitDraws`), where a warm-up of that
 * worker began (`prepare`), and goes on through its block in order, so that the warm-up's
 * draws are the head of its first jobs. Draw i depends on the scenario and i alone
 * (model/random.ts), so how the draws are cut never changes the figures.
 */

/** Draws `start` to `start + count - 1`. */
export interface DrawJob {
  start: number;
  count: number;
}

/** Split of `draws` over `workers` into contiguous blocks, as even as possible. */
export function splitDraws(draws: number, workers: number): DrawJob[] {
  const n = Math.max(1, Math.min(workers, draws || 1));
  return Array.from({ length: n }, (_, w) => {
    const start = Math.floor((draws * w) / n);
    return { start, count: Math.floor((draws * (w + 1)) / n) - start };
  });
}

/** The fewest draws in a job, for a run of `draws`: a job costs a message each way and a yield. */
export function minJobDraws(draws: number): number {
  return Math.max(1, Math.ceil(draws / 256));
}

export class DrawSchedule {
  /** By block: the first draw not yet handed out, and the end of those not yet handed out. */
  readonly #front: number[];
  readonly #back: number[];
  readonly #workers: number;
  readonly #min: number;
  /** By worker: draws from its block's first that it already holds (a warm-up's), for its first job. */
  readonly #ahead: number[];
  #left: number;
  #empty: boolean;

  /** `ahead`: by worker, the draws from its block's first that a warm-up of this run computed, as far as known. */
  constructor(draws: number, workers: number, ahead: readonly number[] = []) {
    const blocks = splitDraws(draws, workers);
    this.#ahead = blocks.map((_, w) => Math.max(0, Math.floor(ahead[w] ?? 0)));
    this.#front = blocks.map((b) => b.start);
    this.#back = blocks.map((b) => b.start + b.count);
    this.#workers = blocks.length;
    this.#min = minJobDraws(draws);
    this.#left = Math.max(0, draws);
    // A run of no draws is one job of none (its batch says so).
    this.#empty = !(draws > 0);
  }

  /** Workers the run is split over (fewer than asked when there are fewer draws). */
  get workers(): number {
    return this.#workers;
  }

  /** Draws not yet handed out. */
  get left(): number {
    return this.#left;
  }

  /** The next job for worker `w`, or null when every draw has been handed out. */
  next(w: number): DrawJob | null {
    if (this.#empty) {
      this.#empty = false;
      return w === 0 ? { start: 0, count: 0 } : null;
    }
    if (this.#left === 0) return null;
    const size = Math.max(this.#min, Math.ceil(this.#left / (4 * this.#workers)));
    const own = w >= 0 && w < this.#workers && this.#front[w]! < this.#back[w]! ? w : -1;
    let job: DrawJob;
    if (own >= 0) {
      // A worker's first job takes at least the draws it holds: none of them is then handed to another worker to compute again.
      const first = Math.max(size, this.#ahead[own]!);
      this.#ahead[own] = 0;
      const count = Math.min(first, this.#back[own]! - this.#front[own]!);
      job = { start: this.#front[own]!, count };
      this.#front[own]! += count;
    } else {
      // Another block's last draws: the one with the most left.
      let b = 0;
      for (let i = 1; i < this.#workers; i++) if (this.#back[i]! - this.#front[i]! > this.#back[b]! - this.#front[b]!) b = i;
      const count = Math.min(size, this.#back[b]! - this.#front[b]!);
      this.#back[b]! -= count;
      job = { start: this.#back[b]!, count };
    }
    this.#left -= job.count;
    return job;
  }
}

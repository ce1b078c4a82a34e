/**
 * Results of the scenarios that are not on screen, computed one per task after the page
 * has answered: a heavy scenario (Erlang A, fifty categories, ten years of growth) takes a
 * good part of a frame budget on its own, and eight of them in the task that shows the
 * comparison would freeze the page for seconds. The scenario on screen is never queued:
 * its figures are computed where they are shown.
 *
 * Plain TS over injected `compute`, `known` and `schedule`, so it is tested without a page.
 */

/** Runs `task` in a later task of the event loop; returns a function that cancels it. */
export type Schedule = (task: () => void) => () => void;

/** A macrotask after those already queued (input and rendering come first). */
export const inNextTask: Schedule = (task) => {
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
};

/** Resolves in a later task: what follows an `await nextTask()` is not part of the current task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface BackgroundOptions<K, V> {
  /** The (possibly long) computation of one key. */
  compute: (key: K) => V;
  /** The value when already computed (a memo), without computing it. */
  known: (key: K) => V | undefined;
  /** Called after each value computed in the background (the page shows it). */
  onReady: () => void;
  /**
   * Work that makes `compute` of a key shorter, cut into pieces that each fit in a task
   * (the first months of a long horizon, whose staffing the calculation then reuses): run
   * one per task before `compute`. Default: none.
   */
  steps?: (key: K) => Array<() => void>;
  schedule?: Schedule;
}

/**
 * Keys wanted and not yet known are computed one per task, in the order wanted; a new
 * list replaces the old one (keys no longer wanted are dropped before they are computed).
 */
export class BackgroundResults<K, V> {
  readonly #compute: (key: K) => V;
  readonly #known: (key: K) => V | undefined;
  readonly #onReady: () => void;
  readonly #schedule: Schedule;
  readonly #stepsOf: (key: K) => Array<() => void>;
  /** Pieces of work left before computing each key started. */
  readonly #steps = new Map<K, Array<() => void>>();
  #wanted: readonly K[] = [];
  #cancel: (() => void) | null = null;
  /** Keys whose computation threw: not tried again (the page shows why, where it shows them). */
  readonly #failed = new Set<K>();

  constructor(options: BackgroundOptions<K, V>) {
    this.#compute = options.compute;
    this.#known = options.known;
    this.#onReady = options.onReady;
    this.#schedule = options.schedule ?? inNextTask;
    this.#stepsOf = options.steps ?? (() => []);
  }

  /** The value of each key, or null while it waits its turn (the work is queued as needed). */
  values(keys: readonly K[]): (V | null)[] {
    const out = keys.map((k) => this.#known(k) ?? null);
    this.#wanted = keys.filter((k, i) => out[i] === null && !this.#failed.has(k));
    for (const k of this.#steps.keys()) if (!this.#wanted.includes(k)) this.#steps.delete(k);
    if (this.#wanted.length === 0) this.stop();
    else this.#cancel ??= this.#schedule(() => this.#step());
    return out;
  }

  /** Whether computing `key` failed (its value will not come). */
  failed(key: K): boolean {
    return this.#failed.has(key);
  }

  /** Whether work is queued. */
  get busy(): boolean {
    return this.#cancel !== null;
  }

  /** Drops the queued work. */
  stop(): void {
    this.#cancel?.();
    this.#cancel = null;
  }

  #step(): void {
    this.#cancel = null;
    const key = this.#wanted.find((k) => this.#known(k) === undefined && !this.#failed.has(k));
    if (key === undefined) return;
    let steps = this.#steps.get(key);
    if (!steps) this.#steps.set(key, (steps = this.#stepsOf(key)));
    const piece = steps.shift();
    if (piece) {
      // A piece that fails only loses its head start: `compute` says what is wrong.
      try {
        piece();
      } catch {
        steps.length = 0;
      }
      this.#cancel = this.#schedule(() => this.#step());
      return;
    }
    this.#steps.delete(key);
    try {
      this.#compute(key);
    } catch {
      this.#failed.add(key);
    }
    this.#wanted = this.#wanted.filter((k) => k !== key);
    if (this.#wanted.length > 0) this.#cancel = this.#schedule(() => this.#step());
    this.#onReady();
  }
}

/**
 * Months of the horizon a head-start piece adds: a year of the heaviest scenario the planner
 * holds (fifty categories, three channels under Erlang A) is staffed in 10 to 45 ms once the
 * page's code is warm (the first piece of a visit takes longer).
 */
export const MONTHS_PER_PIECE = 12;

/** Horizons up to this long are computed in one piece: the tasks between pieces would cost more than they spare. */
export const ONE_PIECE_MONTHS = 30;

/**
 * Head-start pieces for a scenario of `months` months: its first 12, 24, 36... months staffed
 * (`staffFirst(m)`), each piece a year more into the store the full calculation then reads
 * (the same figures: the store answers exactly what it would compute), the last one up to the
 * end of the horizon, so that the calculation staffs no month of its own (in the scale case
 * the last year's staffing was about 30 of the calculation's 70 ms). None for a horizon of
 * thirty months or less.
 */
export function horizonPieces(months: number, staffFirst: (months: number) => void): Array<() => void> {
  const pieces: Array<() => void> = [];
  if (months <= ONE_PIECE_MONTHS) return pieces;
  for (let m = MONTHS_PER_PIECE; m < months; m += MONTHS_PER_PIECE) pieces.push(() => staffFirst(m));
  pieces.push(() => staffFirst(months));
  return pieces;
}

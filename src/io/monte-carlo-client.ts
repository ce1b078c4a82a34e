/**
 * Runs the Monte Carlo off the main thread (docs/METHOD.md, "Uncertainty"; README,
 * "Benchmarks"): the draws are handed out to up to two workers in jobs of contiguous draw
 * indices, each worker with the next job waiting behind the one it computes
 * (draw-schedule.ts). Draw i always uses the random stream (seed, i) (model/random.ts), so
 * the figures do not depend on the split. A new run cancels the one before it: its
 * promise resolves `cancelled` at once and the workers drop its remaining slices.
 */
import { decodeDecision, plainScenario, type WorkerRequest, type WorkerResponse } from './monte-carlo-protocol';
import { type Scenario, type DecisionSupport, DEFAULT_DRAWS, joinBatches, summariseDraws, type DrawBatch, type MonteCarloResult } from '../model';
import { workerErrorText } from './release-messages';
import { runProgress, type RunProgress } from './monte-carlo-progress';
import { DrawSchedule, splitDraws } from './draw-schedule';

export { splitDraws };

/** What a worker needs to be: `Worker` or a test double. */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export type Outcome<T> =
  | { status: 'done'; value: T; /** Wall time from the request to the result, milliseconds. */ ms: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface MonteCarloClientOptions {
  /** Workers to split draws over; default: 2, or 1 on a single-core machine. */
  workers?: number;
  createWorker?: () => WorkerLike;
}

export const CLIENT_MESSAGES = {
  workerFailed: (detail: string) => `The uncertainty analysis stopped: ${detail}`,
  noWorkers: 'This browser cannot run the uncertainty analysis in the background (no Web Workers).',
} as const;

/**
 * How long new workers compute draws of the scenario an edit gave them ahead of its run,
 * milliseconds: V8 compiles and optimises the draws' code on what it runs, which took
 * 0.8-1 s of a page's first run of 2,000 draws on a small two-core machine. About the
 * settling time before the run (SETTLE_MS); if the inputs keep changing, the CPU spent on
 * a scenario no run asks for stays within this, once per page.
 */
export const WARM_MS = 400;

function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(2, cores));
}

function defaultCreateWorker(): WorkerLike {
  return new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** A request waiting for its worker: called once with the reply, or with the failure of the workers. */
interface Pending {
  finish: (o: { status: 'message'; message: WorkerResponse } | { status: 'failed'; message: string }) => void;
  /** Draws of this request done so far, as the worker reports them. */
  progress?: (done: number) => void;
}

export class MonteCarloClient {
  readonly #workerCount: number;
  readonly #create: () => WorkerLike;
  #workers: WorkerLike[] = [];
  #nextId = 1;
  #pending = new Map<number, Pending>();
  #currentRun: number[] = [];
  #currentDecide: number | null = null;
  #resolveRun: ((o: Outcome<MonteCarloResult>) => void) | null = null;
  /** The draws of the run under way, as they are handed out; null without a run. */
  #schedule: DrawSchedule | null = null;
  /**
   * A decision-support request held while a run's draws are being handed out: it goes to the
   * first worker that has no more draws to take, so the run's ranges come first, as they did
   * when each worker had one block of draws and the request waited behind it.
   */
  #heldDecide: WorkerRequest | null = null;
  /** The warm-up of new workers (`prepare`): its scenario as JSON, its draws, its job ids and the draws each worker reported kept. */
  #warm: { scenario: string; draws: number; ids: number[]; done: number[] } | null = null;
  #resolveDecide: ((o: Outcome<DecisionSupport>) => void) | null = null;

  constructor(options: MonteCarloClientOptions = {}) {
    this.#workerCount = Math.max(1, options.workers ?? defaultWorkerCount());
    this.#create = options.createWorker ?? defaultCreateWorker;
  }

  #pool(): WorkerLike[] {
    if (this.#workers.length === 0) {
      for (let i = 0; i < this.#workerCount; i++) {
        const w = this.#create();
        w.onmessage = (e) => this.#receive(e.data);
        w.onerror = (e) => {
          e.preventDefault?.();
          this.#failAll(workerErrorText(e));
        };
        this.#workers.push(w);
      }
    }
    return this.#workers;
  }

  #receive(m: WorkerResponse): void {
    const p = this.#pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') {
      p.progress?.(m.done);
      return;
    }
    this.#pending.delete(m.id);
    p.finish({ status: 'message', message: m });
  }

  #failAll(message: string): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.finish({ status: 'failed', message: CLIENT_MESSAGES.workerFailed(message) });
    for (const w of this.#workers) w.terminate();
    this.#workers = [];
  }

  #cancel(ids: readonly number[]): void {
    for (const id of ids) {
      const p = this.#pending.get(id);
      if (!p) continue;
      this.#pending.delete(id);
      for (const w of this.#workers) w.postMessage({ type: 'cancel', id });
    }
  }

  /**
   * Starts the workers now, if they are not running, so that the next run does not wait for
   * them (loading and evaluating their code takes 150-200 ms on a small machine). The page
   * calls it when an edit starts the settling time before a run (monte-carlo-run.svelte.ts).
   * Workers started by this call also begin the draws of `scenario`'s run (each its block of
   * `draws`) for up to WARM_MS: the run finds its code compiled and, when it is this scenario's,
   * those draws done (draw-jobs.ts). A run or a decision asked for meanwhile stops the
   * warm-up at its next slice.
   */
  prepare(scenario?: Scenario, draws: number = DEFAULT_DRAWS): void {
    if (typeof Worker === 'undefined' && this.#create === defaultCreateWorker) return;
    const fresh = this.#workers.length === 0;
    const workers = this.#pool();
    if (!fresh || scenario === undefined) return;
    const plain = plainScenario(scenario);
    const warm = { scenario: JSON.stringify(plain), draws, ids: [] as number[], done: workers.map(() => 0) };
    this.#warm = warm;
    splitDraws(draws, workers.length).forEach((block, w) => {
      const id = this.#nextId++;
      warm.ids.push(id);
      // Its progress alone comes back: the draws the worker keeps for the run.
      this.#pending.set(id, { progress: (done) => (warm.done[w] = done), finish: () => {} });
      workers[w]!.postMessage({ type: 'warm', id, scenario: plain, start: block.start, count: block.count, ms: WARM_MS });
    });
  }

  /** By worker, the draws a warm-up of this run (same scenario and draws) reported kept; the warm-up is then over. */
  #warmDraws(plain: Scenario, draws: number): number[] {
    const warm = this.#warm;
    if (warm === null) return [];
    this.#warm = null;
    for (const id of warm.ids) this.#pending.delete(id);
    return warm.draws === draws && warm.scenario === JSON.stringify(plain) ? warm.done : [];
  }

  /**
   * The Monte Carlo of a scenario: `draws` draws from `scenario.seed`. Resolves
   * `cancelled` when another run starts first or `cancelRun` is called. `onProgress` hears
   * the draws done over all workers, with the time left at the pace so far.
   */
  run(scenario: Scenario, draws: number = DEFAULT_DRAWS, onProgress?: (p: RunProgress) => void): Promise<Outcome<MonteCarloResult>> {
    this.cancelRun();
    if (typeof Worker === 'undefined' && this.#create === defaultCreateWorker) return Promise.resolve({ status: 'failed', message: CLIENT_MESSAGES.noWorkers });
    const started = performance.now();
    const plain = plainScenario(scenario);
    const workers = this.#pool();
    const schedule = new DrawSchedule(draws, this.#workerCount, this.#warmDraws(plain, draws));
    this.#schedule = schedule;
    const run = this.#nextId++;
    return new Promise((resolve) => {
      this.#resolveRun = resolve;
      const batches: DrawBatch[] = [];
      let received = 0;
      // The run's jobs, by id: their draws done so far (progress), all of them once their batch came.
      const ids: number[] = [];
      const doneByJob = new Map<number, number>();
      const fail = (o: Outcome<MonteCarloResult>) => {
        if (this.#resolveRun !== resolve) return;
        this.#cancel(ids);
        this.#resolveRun = null;
        this.#currentRun = [];
        this.#schedule = null;
        this.#releaseDecide();
        resolve(o);
      };
      const progress = () => {
        let done = 0;
        for (const d of doneByJob.values()) done += d;
        onProgress?.(runProgress(done, draws, performance.now() - started));
      };
      /** Hands worker `w` its next job, if draws are left; else a decision-support request held for it. */
      const assign = (w: number) => {
        const job = schedule.next(w);
        if (job === null) return this.#releaseDecide(w);
        const id = this.#nextId++;
        ids.push(id);
        doneByJob.set(id, 0);
        this.#pending.set(id, {
          progress: (done) => {
            if (this.#resolveRun !== resolve) return;
            doneByJob.set(id, done);
            progress();
          },
          finish: (o) => {
            if (o.status !== 'message') return fail(o);
            const m = o.message;
            if (m.type === 'error') return fail({ status: 'failed', message: CLIENT_MESSAGES.workerFailed(m.message) });
            if (m.type !== 'draws' || this.#resolveRun !== resolve) return;
            batches.push(m.batch);
            received += m.batch.count;
            doneByJob.set(id, m.batch.count);
            if (received < draws || schedule.left > 0) {
              // The worker begins the job waiting behind this one: the next waits behind that.
              assign(w);
              return;
            }
            this.#resolveRun = null;
            this.#currentRun = [];
            this.#schedule = null;
            this.#releaseDecide(w);
            try {
              resolve({ status: 'done', value: summariseDraws(joinBatches(batches)), ms: performance.now() - started });
            } catch (err) {
              resolve({ status: 'failed', message: CLIENT_MESSAGES.workerFailed(err instanceof Error ? err.message : String(err)) });
            }
          },
        });
        workers[w]!.postMessage({ type: 'draws', id, run, scenario: plain, start: job.start, count: job.count });
      };
      this.#currentRun = ids;
      // Two jobs each: one to compute, the next waiting behind it.
      for (let w = 0; w < schedule.workers; w++) assign(w);
      for (let w = 0; w < schedule.workers; w++) assign(w);
    });
  }

  /** The tornado and the solvers of a scenario, in a worker. Resolves `cancelled` when another request starts first. */
  decide(scenario: Scenario): Promise<Outcome<DecisionSupport>> {
    this.cancelDecide();
    if (typeof Worker === 'undefined' && this.#create === defaultCreateWorker) return Promise.resolve({ status: 'failed', message: CLIENT_MESSAGES.noWorkers });
    const started = performance.now();
    const workers = this.#pool();
    // The last worker, or, while a run's draws are handed out, the first to have none left to take.
    const worker = workers[workers.length - 1]!;
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#resolveDecide = resolve;
      this.#currentDecide = id;
      this.#pending.set(id, {
        finish: (o) => {
          if (this.#resolveDecide !== resolve) return;
          this.#resolveDecide = null;
          this.#currentDecide = null;
          if (o.status !== 'message') return resolve(o);
          const m = o.message;
          if (m.type === 'error') return resolve({ status: 'failed', message: CLIENT_MESSAGES.workerFailed(m.message) });
          if (m.type === 'decide') resolve({ status: 'done', value: decodeDecision(m.decision), ms: performance.now() - started });
        },
      });
      const message: WorkerRequest = { type: 'decide', id, scenario: plainScenario(scenario) };
      if (this.#resolveRun !== null && this.#schedule !== null && this.#schedule.left > 0) this.#heldDecide = message;
      else worker.postMessage(message);
    });
  }

  /** Cancels the current run, if any (its promise resolves `cancelled`). */
  cancelRun(): void {
    const resolve = this.#resolveRun;
    this.#cancel(this.#currentRun);
    this.#currentRun = [];
    this.#resolveRun = null;
    this.#schedule = null;
    this.#releaseDecide();
    resolve?.({ status: 'cancelled' });
  }

  /** Sends a held decision-support request: to worker `w` (the first with no draws left to take), or without a run to the last worker. */
  #releaseDecide(w?: number): void {
    const m = this.#heldDecide;
    if (m === null) return;
    this.#heldDecide = null;
    const workers = this.#workers;
    workers[w !== undefined && w < workers.length ? w : workers.length - 1]?.postMessage(m);
  }

  /** Cancels the current decision-support request, if any. */
  cancelDecide(): void {
    const resolve = this.#resolveDecide;
    this.#heldDecide = null;
    if (this.#currentDecide !== null) this.#cancel([this.#currentDecide]);
    this.#currentDecide = null;
    this.#resolveDecide = null;
    resolve?.({ status: 'cancelled' });
  }

  /** Stops everything and releases the workers. */
  dispose(): void {
    this.#warm = null;
    this.#heldDecide = null;
    this.cancelRun();
    this.cancelDecide();
    for (const w of this.#workers) w.terminate();
    this.#workers = [];
  }
}

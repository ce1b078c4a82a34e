/**
 * Computes scenarios in the comparison worker (comparison.worker.ts). One worker, started on
 * the first request; a worker that fails (its script did not load, it crashed) fails the
 * requests it had, and the next request starts a new one.
 */
import type { Scenario } from '../model';
import { decodeCompared, type Compared, type ComparisonRequest, type ComparisonResponse } from './comparison-protocol';
import { workerErrorText } from './release-messages';

/** What a worker needs to be: `Worker` or a test double. */
export interface ComparisonWorkerLike {
  postMessage(message: ComparisonRequest): void;
  onmessage: ((e: MessageEvent<ComparisonResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export type ComparedOutcome = { ok: true; value: Compared } | { ok: false; message: string };

function defaultCreateWorker(): ComparisonWorkerLike {
  return new Worker(new URL('./comparison.worker.ts', import.meta.url), { type: 'module' }) as unknown as ComparisonWorkerLike;
}

export class ComparisonClient {
  readonly #create: () => ComparisonWorkerLike;
  #worker: ComparisonWorkerLike | null = null;
  #nextId = 1;
  readonly #pending = new Map<number, (o: ComparedOutcome) => void>();

  constructor(create: () => ComparisonWorkerLike = defaultCreateWorker) {
    this.#create = create;
  }

  /** The comparison's figures of `scenario`, computed in the worker. */
  compute(scenario: Scenario): Promise<ComparedOutcome> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      try {
        this.#ensure().postMessage({ id, scenario });
      } catch (e) {
        this.#pending.delete(id);
        resolve({ ok: false, message: e instanceof Error ? e.message : String(e) });
      }
    });
  }

  dispose(): void {
    this.#fail('The comparison stopped.');
  }

  #ensure(): ComparisonWorkerLike {
    if (this.#worker) return this.#worker;
    const w = this.#create();
    w.onmessage = (e) => {
      const m = e.data;
      const done = this.#pending.get(m.id);
      if (!done) return;
      this.#pending.delete(m.id);
      done(m.ok ? { ok: true, value: decodeCompared(m.compared) } : { ok: false, message: m.message });
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      this.#fail(workerErrorText(e));
    };
    this.#worker = w;
    return w;
  }

  #fail(message: string): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    this.#worker?.terminate();
    this.#worker = null;
    for (const done of pending) done({ ok: false, message });
  }
}

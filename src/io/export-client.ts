/**
 * Writes the finance files of an export in a worker of its own (export.worker.ts, the work
 * in export-job.ts), so that the page stays responsive while a large set is computed and
 * written; where the worker cannot run, in the page (worker-call.ts).
 */
import type { Percentiles } from '../model';
import type { ExportFile, ExportRequest, PlainPercentiles } from './export-job';
import { WorkerCall, type CallWorkerLike } from './worker-call';
import { lazy, lazyFailureText } from './lazy';

export type ExportWorkerLike = CallWorkerLike<ExportRequest, ExportFile>;

function defaultCreateWorker(): ExportWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' }) as unknown as ExportWorkerLike;
}

const loadJob = lazy(() => import('./export-job'));

/** The same work in the page, its code loaded when first needed. */
async function inPage(request: ExportRequest): Promise<ExportFile> {
  try {
    return (await loadJob()).exportFile(request);
  } catch (e) {
    return { ok: false, message: lazyFailureText(e) };
  }
}

/** Percentiles as the request carries them: exact decimal strings. */
export function plainPercentiles(p: Percentiles | null): PlainPercentiles | null {
  return p === null ? null : { p10: p.p10.toFixed(), p50: p.p50.toFixed(), p90: p.p90.toFixed() };
}

export class ExportClient {
  readonly #call: WorkerCall<ExportRequest, ExportFile>;

  constructor(create: () => ExportWorkerLike | null = defaultCreateWorker, page: (request: ExportRequest) => Promise<ExportFile> = inPage) {
    this.#call = new WorkerCall(create, page);
  }

  /** The file `request` asks for. */
  write(request: ExportRequest): Promise<ExportFile> {
    return this.#call.call(request);
  }

  dispose(): void {
    this.#call.dispose();
  }
}

let shared: ExportClient | null = null;

/** The page's export writer. */
export function exportWriter(): ExportClient {
  return (shared ??= new ExportClient());
}

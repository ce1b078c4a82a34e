/**
 * The page's side of an import: a preview of the first bytes on the main thread (a few
 * milliseconds), then the full scan in a Web Worker with progress and cancel.
 */
import { detectEncoding, isZip } from './encoding';
import { msg } from './messages';
import { workerErrorText } from '../release-messages';
import { PREVIEW_BYTES, previewText, type PreviewOutcome } from './preview';
import type { ProgressMessage, ScanRequest, WorkerMessage } from './protocol';
import type { ImportOptions, ScanOutcome } from './types';

/** What the worker needs from a Worker: enough to fake it in tests. */
export interface WorkerLike {
  postMessage(message: ScanRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type ImportProgress = Omit<ProgressMessage, 'type'>;

/** `done` with the scan's outcome, or `cancelled` when {@link ImportRun.cancel} came first. */
export type ImportRunResult = { status: 'done'; outcome: ScanOutcome } | { status: 'cancelled' };

export interface ImportRun {
  result: Promise<ImportRunResult>;
  /** Stops the scan at once (the worker is terminated); the result becomes `cancelled`. */
  cancel(): void;
}

export function createImportWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** Reads the preview from the first {@link PREVIEW_BYTES} of a file. */
export async function readPreview(file: Blob): Promise<PreviewOutcome> {
  try {
    const bytes = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
    if (isZip(bytes)) return { ok: false, issues: [{ row: null, column: null, message: msg.workbook() }] };
    const encoding = detectEncoding(bytes);
    const text = new TextDecoder(encoding).decode(bytes);
    return previewText(text, file.size <= PREVIEW_BYTES, encoding);
  } catch (e) {
    return { ok: false, issues: [{ row: null, column: null, message: msg.readFailed(e instanceof Error ? e.message : String(e)) }] };
  }
}

/** Starts a scan of `file` in a fresh worker. */
export function startImport(
  file: Blob,
  options: ImportOptions,
  onProgress: (p: ImportProgress) => void = () => {},
  createWorker: () => WorkerLike = createImportWorker,
): ImportRun {
  let settle: (r: ImportRunResult) => void = () => {};
  const result = new Promise<ImportRunResult>((resolve) => (settle = resolve));
  let finished = false;
  let worker: WorkerLike | null = null;
  const finish = (r: ImportRunResult) => {
    if (finished) return;
    finished = true;
    worker?.terminate();
    worker = null;
    settle(r);
  };
  try {
    worker = createWorker();
    worker.onmessage = (event) => {
      const m = event.data;
      if (finished) return;
      if (m.type === 'progress') onProgress({ done: m.done, total: m.total, rows: m.rows, heapBytes: m.heapBytes });
      else if (m.type === 'done') finish({ status: 'done', outcome: m.outcome });
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish({
        status: 'done',
        outcome: { ok: false, issues: [{ row: null, column: null, message: event.message ? msg.readFailed(event.message) : workerErrorText(event) }] },
      });
    };
    worker.postMessage({ type: 'scan', file, options });
  } catch (e) {
    finish({
      status: 'done',
      outcome: { ok: false, issues: [{ row: null, column: null, message: msg.readFailed(e instanceof Error ? e.message : String(e)) }] },
    });
  }
  return { result, cancel: () => finish({ status: 'cancelled' }) };
}

/**
 * The import worker: scans one file per message and posts progress and the aggregates.
 * Cancelling is done by terminating the worker, so nothing here needs to poll.
 */
import type { ScanRequest, WorkerMessage } from './protocol';
import { msg } from './messages';
import { scanBlob } from './stream';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ScanRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

function heapBytes(): number | null {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize?: number } }).memory;
  return typeof memory?.usedJSHeapSize === 'number' ? memory.usedJSHeapSize : null;
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type !== 'scan') return;
  scanBlob(request.file, request.options, (p) => scope.postMessage({ type: 'progress', done: p.done, total: p.total, rows: p.rows, heapBytes: heapBytes() }))
    .then((outcome) => {
      scope.postMessage({ type: 'done', outcome: outcome ?? { ok: false, issues: [{ row: null, column: null, message: 'The import was cancelled' }] } });
    })
    .catch((e: unknown) => {
      scope.postMessage({
        type: 'done',
        outcome: { ok: false, issues: [{ row: null, column: null, message: msg.readFailed(e instanceof Error ? e.message : String(e)) }] },
      });
    });
};

import { NEW_VERSION_MESSAGE } from '../../../../src/io/release-messages';
import { describe, expect, it } from 'vitest';
import { readPreview, startImport, type WorkerLike } from '../../../../src/io/csv-import/client';
import type { ScanRequest, WorkerMessage } from '../../../../src/io/csv-import/protocol';
import { scanBlob } from '../../../../src/io/csv-import/stream';
import { fixture, ticketOptions, preview } from './helpers';

/** A worker that runs the real scan in-process, posting what the real worker posts. */
class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly chunkBytes: number) {}
  postMessage(request: ScanRequest): void {
    const send = (data: WorkerMessage) => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<WorkerMessage>);
    };
    void scanBlob(
      request.file,
      request.options,
      (p) => send({ type: 'progress', ...p, heapBytes: null }),
      () => this.terminated,
      this.chunkBytes,
    ).then((outcome) => {
      if (outcome) send({ type: 'done', outcome });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('the import client', () => {
  const text = fixture('tickets-basic.csv');
  const file = new Blob([text]);

  it('previews the head of a file', async () => {
    const p = await readPreview(file);
    expect(p.ok && p.value.tickets.created).toBe(0);
  });

  it('relays progress and delivers the aggregates', async () => {
    const progress: number[] = [];
    const worker = new InProcessWorker(64);
    const run = startImport(
      file,
      ticketOptions(preview(text)),
      (p) => progress.push(p.done),
      () => worker,
    );
    const result = await run.result;
    expect(result.status).toBe('done');
    expect(result.status === 'done' && result.outcome.ok && result.outcome.value.report.importedRows).toBe(7);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(file.size);
    expect(worker.terminated).toBe(true);
  });

  it('cancels at once: the worker is terminated and no result arrives', async () => {
    const worker = new InProcessWorker(16);
    const run = startImport(
      file,
      ticketOptions(preview(text)),
      () => run.cancel(),
      () => worker,
    );
    expect(await run.result).toEqual({ status: 'cancelled' });
    expect(worker.terminated).toBe(true);
  });

  /** A worker whose `error` event fires as soon as it is sent the file, with the browser's message. */
  function failingWorker(message: string): WorkerLike {
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate() {},
      postMessage() {
        queueMicrotask(() => worker.onerror?.({ message, preventDefault() {} } as ErrorEvent));
      },
    };
    return worker;
  }

  it('a worker script that cannot be loaded (a tab of an older release) says a new version is there', async () => {
    const worker = failingWorker('');
    const result = await startImport(
      file,
      ticketOptions(preview(text)),
      () => {},
      () => worker,
    ).result;
    expect(result).toEqual({ status: 'done', outcome: { ok: false, issues: [{ row: null, column: null, message: NEW_VERSION_MESSAGE }] } });
  });

  it('turns a worker crash into an issue, not an exception', async () => {
    const worker = failingWorker('boom');
    const result = await startImport(
      file,
      ticketOptions(preview(text)),
      () => {},
      () => worker,
    ).result;
    expect(result).toEqual({ status: 'done', outcome: { ok: false, issues: [{ row: null, column: null, message: expect.stringContaining('boom') }] } });
  });
});

/**
 * The Monte Carlo worker: computes draws of a run and the decision support (tornado,
 * solvers) off the main thread. Work goes in slices of about SLICE_MS with a yield in
 * between, so a `cancel` for a stale run is read within one slice and the rest is skipped;
 * after each slice the draws done so far are reported (the page shows the progress).
 */
/// <reference lib="webworker" />
import './zod-config';
import { decisionSupport, type Context, joinBatches, runDrawsFrom, type DrawBatch } from '../model';
import { nextSliceSize } from './monte-carlo-progress';
import { encodeDecision, type WorkerRequest, type WorkerResponse } from './monte-carlo-protocol';

declare const self: DedicatedWorkerGlobalScope;

/** A slice's length, milliseconds: the longest a cancel waits (a heavy scenario's single draw may take longer). */
const SLICE_MS = 50;

const cancelled = new Set<number>();

/** Lets queued messages (a cancel) in: a message to ourselves runs after those already posted. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function send(message: WorkerResponse): void {
  if (message.type === 'draws') {
    const b = message.batch;
    self.postMessage(message, [b.annualSavings.cents.buffer, b.paybackMonths.buffer, b.staffedFte.buffer, b.cumulative.cents.buffer]);
  } else {
    self.postMessage(message);
  }
}

async function draws(m: Extract<WorkerRequest, { type: 'draws' }>): Promise<void> {
  const parts: DrawBatch[] = [];
  let context: Context | null = null;
  let size = 1;
  for (let done = 0; done < m.count;) {
    await yieldToMessages();
    if (cancelled.has(m.id)) return;
    const n = Math.min(size, m.count - done);
    const t0 = performance.now();
    const r = runDrawsFrom(m.scenario, m.start + done, n, context);
    context = r.context;
    parts.push(r.batch);
    done += n;
    send({ type: 'progress', id: m.id, done });
    size = nextSliceSize(n, performance.now() - t0, SLICE_MS);
  }
  if (parts.length === 0) parts.push(runDrawsFrom(m.scenario, m.start, 0, null).batch);
  send({ type: 'draws', id: m.id, batch: joinBatches(parts) });
}

async function decide(m: Extract<WorkerRequest, { type: 'decide' }>): Promise<void> {
  await yieldToMessages();
  if (cancelled.has(m.id)) return;
  send({ type: 'decide', id: m.id, decision: encodeDecision(decisionSupport(m.scenario)) });
}

// Jobs run one at a time, in the order they came.
let queue: Promise<void> = Promise.resolve();

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const m = e.data;
  if (m.type === 'cancel') {
    cancelled.add(m.id);
    return;
  }
  queue = queue.then(async () => {
    try {
      if (m.type === 'draws') await draws(m);
      else await decide(m);
    } catch (err) {
      send({ type: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) });
    } finally {
      cancelled.delete(m.id);
    }
  });
};

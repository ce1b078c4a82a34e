/**
 * The Monte Carlo worker: computes draws of a run and the decision support (tornado,
 * solvers) off the main thread. Work goes in slices with a yield in between, so a
 * `cancel` for a stale run is read within one slice and the rest is skipped.
 */
/// <reference lib="webworker" />
import './zod-config';
import { decisionSupport } from '../model/solvers';
import { joinBatches, runDraws, type DrawBatch } from '../model/uncertainty';
import { encodeDecision, type WorkerRequest, type WorkerResponse } from './monte-carlo-protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Draws per slice: a few tens of milliseconds, the longest a cancel waits. */
const SLICE = 25;

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
  for (let done = 0; done < m.count; done += SLICE) {
    await yieldToMessages();
    if (cancelled.has(m.id)) return;
    parts.push(runDraws(m.scenario, m.start + done, Math.min(SLICE, m.count - done)));
  }
  if (parts.length === 0) parts.push(runDraws(m.scenario, m.start, 0));
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

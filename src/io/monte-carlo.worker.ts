/**
 * The Monte Carlo worker: computes draws of a run and the decision support (tornado,
 * solvers) off the main thread; its jobs are in draw-jobs.ts.
 */
/// <reference lib="webworker" />
import './zod-config';
import { drawJobs } from './draw-jobs';
import type { WorkerRequest, WorkerResponse } from './monte-carlo-protocol';

declare const self: DedicatedWorkerGlobalScope;

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

const jobs = drawJobs(send, yieldToMessages);
self.onmessage = (e: MessageEvent<WorkerRequest>) => jobs.receive(e.data);

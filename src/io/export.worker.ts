/**
 * The export worker: computes the scenarios and writes the finance files off the main
 * thread (export-job.ts says why).
 */
/// <reference lib="webworker" />
import './zod-config';
import { exportFile, type ExportRequest } from './export-job';
import type { CallMessage } from './worker-call';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<CallMessage<ExportRequest>>) => {
  const { id, request } = e.data;
  const reply = exportFile(request);
  // The workbook's bytes are handed over, not copied.
  self.postMessage({ id, reply }, reply.ok && 'bytes' in reply ? [reply.bytes.buffer] : []);
};

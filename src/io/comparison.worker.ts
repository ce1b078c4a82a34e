/**
 * The comparison worker: computes the scenarios that are not on screen, one request at a
 * time, off the main thread (a heavy scenario takes longer than a frame), and sends back
 * what the comparison shows (comparison-protocol.ts).
 */
/// <reference lib="webworker" />
import './zod-config';
import { calculate } from '../model';
import { encodeCompared, type ComparisonRequest, type ComparisonResponse } from './comparison-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<ComparisonRequest>) => {
  const { id, scenario } = e.data;
  let reply: ComparisonResponse;
  try {
    reply = { id, ok: true, compared: encodeCompared(calculate(scenario)) };
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};

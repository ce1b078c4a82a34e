/**
 * The share-link worker: writes a scenario set's share link off the main thread
 * (share-link-client.ts says why).
 */
/// <reference lib="webworker" />
import './zod-config';
// The worker checks the set against the schemas, which the page loads on demand (model/schema.ts).
import '../model/schema-define';
import { answerShareRequest } from './share-link-protocol';
import type { CallMessage } from './worker-call';
import type { ScenarioSet } from './scenario-set';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<CallMessage<ScenarioSet>>) => {
  const { id, request } = e.data;
  void answerShareRequest(request).then((reply) => self.postMessage({ id, reply }));
};

/**
 * The share-link worker: writes a scenario set's share link off the main thread
 * (share-link-client.ts says why).
 */
/// <reference lib="webworker" />
import './zod-config';
// The worker checks the set against the schemas, which the page loads on demand (model/schema.ts).
import '../model/schema-define';
import { answerShareRequest, type ShareLinkRequest } from './share-link-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<ShareLinkRequest>) => {
  void answerShareRequest(e.data).then((reply) => self.postMessage(reply));
};

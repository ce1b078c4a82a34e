/**
 * What the page and the share-link worker say to each other (share-link-client.ts), and the
 * worker's work, which the page also does itself where there is no worker.
 */
import { encodeShareFragment, type ShareEncode } from './share-url';
import type { ScenarioSet } from './scenario-set';

/** A request to the worker: the set to write a link for. */
export interface ShareLinkRequest {
  id: number;
  set: ScenarioSet;
}

/** The worker's answer: the link's fragment, or why it cannot be made. */
export interface ShareLinkResponse {
  id: number;
  result: ShareEncode;
}

/** The worker's work: never throws, every problem is a message (as `encodeShareFragment` gives it). */
export async function answerShareRequest(request: ShareLinkRequest): Promise<ShareLinkResponse> {
  try {
    return { id: request.id, result: await encodeShareFragment(request.set) };
  } catch (e) {
    return { id: request.id, result: { ok: false, message: `The link cannot be made: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/**
 * Writes share links in a worker of their own (share-link.worker.ts): checking a scenario
 * set against the schema, writing it as exact JSON and compressing it takes 40-60 ms of a
 * main thread for eight scenarios of fifty categories, and the print cover makes the link
 * after every edit, so that printing finds it ready (ui/print/PrintCover.svelte). Where the
 * worker cannot run, the link is written in the page as before (worker-call.ts): the same
 * code, the same link.
 */
import type { ShareEncode } from './share-url';
import type { ScenarioSet } from './scenario-set';
import { answerShareRequest } from './share-link-protocol';
import { WorkerCall, type CallWorkerLike } from './worker-call';

export { shareUrl } from './share-url';

export type ShareWorkerLike = CallWorkerLike<ScenarioSet, ShareEncode>;

function defaultCreateWorker(): ShareWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./share-link.worker.ts', import.meta.url), { type: 'module' }) as unknown as ShareWorkerLike;
}

export class ShareLinkClient {
  readonly #call: WorkerCall<ScenarioSet, ShareEncode>;

  constructor(create: () => ShareWorkerLike | null = defaultCreateWorker) {
    this.#call = new WorkerCall(create, answerShareRequest);
  }

  /** The share link's fragment for `set` (see `encodeShareFragment`), written in the worker when there is one. */
  encode(set: ScenarioSet): Promise<ShareEncode> {
    return this.#call.call(set);
  }

  dispose(): void {
    this.#call.dispose();
  }
}

let shared: ShareLinkClient | null = null;

/** The page's share-link writer, one for the share box and the print cover. */
export function shareLinks(): ShareLinkClient {
  return (shared ??= new ShareLinkClient());
}

/**
 * Writes share links in a worker of their own (share-link.worker.ts): checking a scenario
 * set against the schema, writing it as exact JSON and compressing it takes 40-60 ms of a
 * main thread for eight scenarios of fifty categories, and the print cover makes the link
 * after every edit, so that printing finds it ready (ui/print/PrintCover.svelte). Where
 * workers cannot run, or the worker fails (its file did not load after a new release, it
 * crashed), the link is written in the page as before: the same code, the same link.
 */
import type { ShareEncode } from './share-url';
import type { ScenarioSet } from './scenario-set';
import { answerShareRequest, type ShareLinkRequest, type ShareLinkResponse } from './share-link-protocol';

export { shareUrl } from './share-url';

/** What a worker needs to be: `Worker` or a test double. */
export interface ShareWorkerLike {
  postMessage(message: ShareLinkRequest): void;
  onmessage: ((e: MessageEvent<ShareLinkResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

function defaultCreateWorker(): ShareWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./share-link.worker.ts', import.meta.url), { type: 'module' }) as unknown as ShareWorkerLike;
}

export class ShareLinkClient {
  readonly #create: () => ShareWorkerLike | null;
  #worker: ShareWorkerLike | null = null;
  /** Set once the worker could not be started or failed: the rest of the visit writes links in the page. */
  #inPage = false;
  #nextId = 1;
  readonly #pending = new Map<number, { set: ScenarioSet; resolve: (r: ShareEncode) => void }>();

  constructor(create: () => ShareWorkerLike | null = defaultCreateWorker) {
    this.#create = create;
  }

  /** The share link's fragment for `set` (see `encodeShareFragment`), written in the worker when there is one. */
  encode(set: ScenarioSet): Promise<ShareEncode> {
    const worker = this.#ensure();
    if (worker === null) return answerShareRequest({ id: 0, set }).then((r) => r.result);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, { set, resolve });
      try {
        worker.postMessage({ id, set });
      } catch {
        // A set the browser cannot copy to a worker is written where it is.
        this.#pending.delete(id);
        void answerShareRequest({ id, set }).then((r) => resolve(r.result));
      }
    });
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }

  #ensure(): ShareWorkerLike | null {
    if (this.#worker !== null || this.#inPage) return this.#worker;
    let w: ShareWorkerLike | null;
    try {
      w = this.#create();
    } catch {
      w = null;
    }
    if (w === null) {
      this.#inPage = true;
      return null;
    }
    w.onmessage = (e) => {
      const p = this.#pending.get(e.data.id);
      if (!p) return;
      this.#pending.delete(e.data.id);
      p.resolve(e.data.result);
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      this.#fallBack();
    };
    return (this.#worker = w);
  }

  /** The worker failed: what it had is written in the page, and so is everything after. */
  #fallBack(): void {
    this.#inPage = true;
    this.#worker?.terminate();
    this.#worker = null;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) void answerShareRequest({ id: 0, set: p.set }).then((r) => p.resolve(r.result));
  }
}

let shared: ShareLinkClient | null = null;

/** The page's share-link writer, one for the share box and the print cover. */
export function shareLinks(): ShareLinkClient {
  return (shared ??= new ShareLinkClient());
}

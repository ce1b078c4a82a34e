/**
 * A function run in a worker of its own, with the page as the fallback: requests are
 * answered by id in any order; where workers cannot run, or the worker fails (its file did
 * not load after a new release, it crashed, a request cannot be copied to it), the same
 * function runs in the page, for the requests it had and for the rest of the visit. Used
 * for work the page needs now and then that takes a main thread tens of milliseconds or
 * seconds: share links (share-link-client.ts) and exports (export-client.ts).
 */

/** A request as posted to the worker. */
export interface CallMessage<Req> {
  id: number;
  request: Req;
}

/** A reply as the worker posts it. */
export interface ReplyMessage<Res> {
  id: number;
  reply: Res;
}

/** What a worker needs to be: `Worker` or a test double. */
export interface CallWorkerLike<Req, Res> {
  postMessage(message: CallMessage<Req>): void;
  onmessage: ((e: MessageEvent<ReplyMessage<Res>>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export class WorkerCall<Req, Res> {
  readonly #create: () => CallWorkerLike<Req, Res> | null;
  readonly #inPage: (request: Req) => Promise<Res>;
  #worker: CallWorkerLike<Req, Res> | null = null;
  /** Set once the worker could not be started or failed: the rest of the visit runs in the page. */
  #pageOnly = false;
  #nextId = 1;
  readonly #pending = new Map<number, { request: Req; resolve: (r: Res) => void }>();

  /** `create` starts the worker (null where there can be none); `inPage` is the same work, done in the page. */
  constructor(create: () => CallWorkerLike<Req, Res> | null, inPage: (request: Req) => Promise<Res>) {
    this.#create = create;
    this.#inPage = inPage;
  }

  call(request: Req): Promise<Res> {
    const worker = this.#ensure();
    if (worker === null) return this.#inPage(request);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, { request, resolve });
      try {
        worker.postMessage({ id, request });
      } catch {
        // A request the browser cannot copy to a worker is answered where it is.
        this.#pending.delete(id);
        void this.#inPage(request).then(resolve);
      }
    });
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }

  #ensure(): CallWorkerLike<Req, Res> | null {
    if (this.#worker !== null || this.#pageOnly) return this.#worker;
    let w: CallWorkerLike<Req, Res> | null;
    try {
      w = this.#create();
    } catch {
      w = null;
    }
    if (w === null) {
      this.#pageOnly = true;
      return null;
    }
    w.onmessage = (e) => {
      const p = this.#pending.get(e.data.id);
      if (!p) return;
      this.#pending.delete(e.data.id);
      p.resolve(e.data.reply);
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      this.#fallBack();
    };
    return (this.#worker = w);
  }

  /** The worker failed: what it had is done in the page, and so is everything after. */
  #fallBack(): void {
    this.#pageOnly = true;
    this.#worker?.terminate();
    this.#worker = null;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) void this.#inPage(p.request).then(p.resolve);
  }
}

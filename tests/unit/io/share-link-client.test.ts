import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model';
import { encodeShareFragment } from '../../../src/io/share-url';
import { ShareLinkClient, type ShareWorkerLike } from '../../../src/io/share-link-client';
import { answerShareRequest, type ShareLinkRequest, type ShareLinkResponse } from '../../../src/io/share-link-protocol';
import type { ScenarioSet } from '../../../src/io/scenario-set';
import { TINY } from './tiny-scenario';
import { THREE_CHANNELS } from './channel-fixtures';

/**
 * A worker double that does what share-link.worker.ts does: the request copied as
 * `postMessage` copies it, answered later, in the order of `order` when given.
 */
class FakeWorker implements ShareWorkerLike {
  onmessage: ((e: MessageEvent<ShareLinkResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: ShareLinkRequest[] = [];
  terminated = false;
  held: ShareLinkRequest[] = [];
  constructor(readonly hold = false) {}
  postMessage(message: ShareLinkRequest): void {
    const copy = structuredClone(message);
    this.received.push(copy);
    if (this.hold) this.held.push(copy);
    else void this.answer(copy);
  }
  async answer(request: ShareLinkRequest): Promise<void> {
    const reply = await answerShareRequest(request);
    this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<ShareLinkResponse>);
  }
  fail(): void {
    this.onerror?.({ message: '', preventDefault: () => {} } as unknown as ErrorEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const SET: ScenarioSet = { scenarios: [TINY, presetScenario('saas'), THREE_CHANNELS], active: 2 };

async function inPage(set: ScenarioSet): Promise<string> {
  const r = await encodeShareFragment(set);
  if (!r.ok) throw new Error(r.message);
  return r.fragment;
}

describe('ShareLinkClient', () => {
  it('writes in the worker the link the page writes, character for character', async () => {
    const worker = new FakeWorker();
    const client = new ShareLinkClient(() => worker);
    const r = await client.encode(SET);
    expect(r).toEqual({ ok: true, fragment: await inPage(SET) });
    expect(worker.received).toHaveLength(1);
  });

  it('answers each request with its own link when the replies come back out of order', async () => {
    const worker = new FakeWorker(true);
    const client = new ShareLinkClient(() => worker);
    const one: ScenarioSet = { scenarios: [TINY], active: 0 };
    const a = client.encode(SET);
    const b = client.encode(one);
    await worker.answer(worker.held[1]!);
    await worker.answer(worker.held[0]!);
    expect(await a).toEqual({ ok: true, fragment: await inPage(SET) });
    expect(await b).toEqual({ ok: true, fragment: await inPage(one) });
  });

  it("passes on the worker's refusal of a set that would not open again", async () => {
    const client = new ShareLinkClient(() => new FakeWorker());
    const r = await client.encode({ scenarios: [TINY], active: 3 });
    expect(r.ok).toBe(false);
    expect(r).toEqual(await encodeShareFragment({ scenarios: [TINY], active: 3 }));
  });

  it('writes the link in the page where there are no workers', async () => {
    let made = 0;
    const client = new ShareLinkClient(() => {
      made++;
      return null;
    });
    expect(await client.encode(SET)).toEqual({ ok: true, fragment: await inPage(SET) });
    expect(await client.encode(SET)).toEqual({ ok: true, fragment: await inPage(SET) });
    expect(made).toBe(1);
  });

  it('writes in the page what a failed worker had, and everything after, without starting another', async () => {
    const worker = new FakeWorker(true);
    let made = 0;
    const client = new ShareLinkClient(() => {
      made++;
      return worker;
    });
    const pending = client.encode(SET);
    worker.fail();
    expect(await pending).toEqual({ ok: true, fragment: await inPage(SET) });
    expect(worker.terminated).toBe(true);
    expect(await client.encode(SET)).toEqual({ ok: true, fragment: await inPage(SET) });
    expect(made).toBe(1);
    expect(worker.received).toHaveLength(1);
  });

  it('writes in the page a set the browser cannot copy to the worker', async () => {
    const worker = new FakeWorker();
    worker.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    const client = new ShareLinkClient(() => worker);
    expect(await client.encode(SET)).toEqual({ ok: true, fragment: await inPage(SET) });
  });

  it('writes in the page when starting the worker throws', async () => {
    const client = new ShareLinkClient(() => {
      throw new Error('blocked by the page policy');
    });
    expect(await client.encode(SET)).toEqual({ ok: true, fragment: await inPage(SET) });
  });
});

import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model';
import { encodeShareFragment } from '../../../src/io/share-url';
import { ShareLinkClient } from '../../../src/io/share-link-client';
import { answerShareRequest } from '../../../src/io/share-link-protocol';
import type { ScenarioSet } from '../../../src/io/scenario-set';
import { TINY } from './tiny-scenario';
import { THREE_CHANNELS } from './channel-fixtures';
import { FakeWorker } from './fake-call-worker';

const SET: ScenarioSet = { scenarios: [TINY, presetScenario('saas'), THREE_CHANNELS], active: 2 };

describe('ShareLinkClient', () => {
  it('writes in the worker the link the page writes, character for character', async () => {
    const worker = new FakeWorker(answerShareRequest);
    const r = await new ShareLinkClient(() => worker).encode(SET);
    expect(r.ok).toBe(true);
    expect(r).toEqual(await encodeShareFragment(SET));
    expect(worker.received).toHaveLength(1);
  });

  it('passes on the refusal of a set that would not open again', async () => {
    const r = await new ShareLinkClient(() => new FakeWorker(answerShareRequest)).encode({ scenarios: [TINY], active: 3 });
    expect(r.ok).toBe(false);
    expect(r).toEqual(await encodeShareFragment({ scenarios: [TINY], active: 3 }));
  });

  it('writes the same link in the page where there is no worker', async () => {
    expect(await new ShareLinkClient(() => null).encode(SET)).toEqual(await encodeShareFragment(SET));
  });
});

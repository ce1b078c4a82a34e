import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate, Money, presetScenario, PRESET_IDS, type Scenario } from '../../../src/model';
import { decodeCompared, encodeCompared, type ComparedWire, type ComparisonRequest, type ComparisonResponse } from '../../../src/io/comparison-protocol';
import { ComparisonClient, type ComparisonWorkerLike } from '../../../src/io/comparison-client';
import { threeChannelScenario } from '../../bench/channel-scenario';
import { scenario as anyScenario } from './scenario-arbitrary';

/** Money as its exact decimal text, to compare figures. */
const plain = (x: unknown): unknown =>
  x instanceof Money ? `money:${x.toFixed()}` : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)])) : x;

const shown = (s: Scenario) => {
  const r = calculate(s);
  return { headline: { summary: r.headline.summary }, full: { summary: r.full.summary }, quality: { blendedAfter: r.quality.blendedAfter } };
};

describe('the comparison worker protocol', () => {
  it('brings the figures back exact, money as money, for every preset and three channels', () => {
    for (const s of [...PRESET_IDS.map((id) => presetScenario(id)), threeChannelScenario(presetScenario())]) {
      const back = decodeCompared(structuredClone(encodeCompared(calculate(s))));
      expect(plain(back)).toEqual(plain(shown(s)));
      expect(back.full.summary.monthlySavings).toBeInstanceOf(Money);
    }
  });

  it('brings the figures of any valid scenario back exact (nulls, negative amounts, awkward values)', () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        let r;
        try {
          r = calculate(s);
        } catch {
          return;
        }
        const back = decodeCompared(structuredClone(encodeCompared(r)));
        expect(plain(back)).toEqual(
          plain({ headline: { summary: r.headline.summary }, full: { summary: r.full.summary }, quality: { blendedAfter: r.quality.blendedAfter } }),
        );
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

/** A worker in this thread: answers each request in a later task, as the real one does; `crash` makes the next request fail the worker. */
function fakeWorkers() {
  const made: Array<ComparisonWorkerLike & { crash: boolean }> = [];
  const create = () => {
    const w: ComparisonWorkerLike & { crash: boolean } = {
      crash: false,
      onmessage: null,
      onerror: null,
      terminate() {},
      postMessage(m: ComparisonRequest) {
        setTimeout(() => {
          if (w.crash) return w.onerror?.({ message: 'worker crashed', preventDefault() {} } as ErrorEvent);
          let data: ComparisonResponse;
          try {
            data = { id: m.id, ok: true, compared: encodeCompared(calculate(m.scenario)) as ComparedWire };
          } catch (e) {
            data = { id: m.id, ok: false, message: String(e) };
          }
          w.onmessage?.({ data } as MessageEvent<ComparisonResponse>);
        }, 0);
      },
    };
    made.push(w);
    return w;
  };
  return { made, create };
}

describe('ComparisonClient', () => {
  it('computes in one worker and gives the same figures as the page', async () => {
    const { made, create } = fakeWorkers();
    const client = new ComparisonClient(create);
    const a = presetScenario('saas'),
      b = threeChannelScenario(presetScenario());
    const [ra, rb] = await Promise.all([client.compute(a), client.compute(b)]);
    expect(made).toHaveLength(1);
    expect(ra.ok && plain(ra.value)).toEqual(plain(shown(a)));
    expect(rb.ok && plain(rb.value)).toEqual(plain(shown(b)));
  });

  it('a worker that fails fails its requests with a message, and the next request starts a new one', async () => {
    const { made, create } = fakeWorkers();
    const client = new ComparisonClient(create);
    await client.compute(presetScenario('saas'));
    made[0]!.crash = true;
    const failed = await client.compute(presetScenario('saas'));
    expect(failed).toEqual({ ok: false, message: 'worker crashed' });
    const again = await client.compute(presetScenario('saas'));
    expect(again.ok).toBe(true);
    expect(made).toHaveLength(2);
  });
});

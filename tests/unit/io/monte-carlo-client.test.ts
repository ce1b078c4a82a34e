import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model';
import { monteCarlo } from '../../../src/model/uncertainty';
import { decisionSupport } from '../../../src/model/solvers';
import { runDraws } from '../../../src/model/uncertainty';
import { NEW_VERSION_MESSAGE } from '../../../src/io/release-messages';
import { MonteCarloClient, splitDraws, WARM_MS, type WorkerLike } from '../../../src/io/monte-carlo-client';
import { decodeDecision, encodeDecision, type WorkerRequest, type WorkerResponse } from '../../../src/io/monte-carlo-protocol';

/** A worker double that answers on the next turn, as a real worker would, and logs what it was sent. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: WorkerRequest[] = [];
  cancelled = new Set<number>();
  terminated = false;
  constructor(readonly progress = false) {}
  postMessage(m: WorkerRequest): void {
    this.sent.push(structuredClone(m));
    if (m.type === 'cancel') {
      this.cancelled.add(m.id);
      return;
    }
    // A warm-up sends nothing back.
    if (m.type === 'warm') return;
    setTimeout(() => {
      if (this.cancelled.has(m.id)) return;
      // As the worker does after each slice: the draws done so far (here half, then all).
      if (m.type === 'draws' && this.progress) {
        this.onmessage?.({ data: { type: 'progress', id: m.id, done: Math.floor(m.count / 2) } } as MessageEvent<WorkerResponse>);
        this.onmessage?.({ data: { type: 'progress', id: m.id, done: m.count } } as MessageEvent<WorkerResponse>);
      }
      const reply: WorkerResponse =
        m.type === 'draws'
          ? { type: 'draws', id: m.id, batch: runDraws(m.scenario, m.start, m.count) }
          : { type: 'decide', id: m.id, decision: encodeDecision(decisionSupport(m.scenario)) };
      this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<WorkerResponse>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const pctText = (r: ReturnType<typeof monteCarlo>) => [r.annualSavings.p10, r.annualSavings.p50, r.annualSavings.p90].map((m) => m.toFixed());

describe('splitDraws', () => {
  it('splits draws into contiguous, nearly equal blocks', () => {
    expect(splitDraws(2000, 2)).toEqual([
      { start: 0, count: 1000 },
      { start: 1000, count: 1000 },
    ]);
    expect(splitDraws(5, 2)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 3 },
    ]);
    expect(splitDraws(7, 1)).toEqual([{ start: 0, count: 7 }]);
    expect(splitDraws(1, 4)).toEqual([{ start: 0, count: 1 }]);
  });
});

/** A client on fake workers, with the workers it made (in the order made). */
function clientOnFakes(workers: number, progress = false): { client: MonteCarloClient; fakes: FakeWorker[] } {
  const fakes: FakeWorker[] = [];
  const client = new MonteCarloClient({
    workers,
    createWorker: () => {
      const w = new FakeWorker(progress);
      fakes.push(w);
      return w;
    },
  });
  return { client, fakes };
}

describe('MonteCarloClient', () => {
  const s = presetScenario('saas');

  it('gives the figures of a single-thread run, whether split over one worker or two', async () => {
    const want = pctText(monteCarlo(s, 40));
    for (const workers of [1, 2]) {
      const { client, fakes } = clientOnFakes(workers);
      const o = await client.run(s, 40);
      expect(o.status).toBe('done');
      if (o.status === 'done') expect(pctText(o.value)).toEqual(want);
      expect(fakes).toHaveLength(workers);
      expect(fakes.map((f) => f.sent.filter((m) => m.type === 'draws').length)).toEqual(Array(workers).fill(1));
      client.dispose();
      expect(fakes.every((f) => f.terminated)).toBe(true);
    }
  });

  it('starts its workers on prepare, once, and runs on those same workers', async () => {
    const { client, fakes } = clientOnFakes(2);
    client.prepare();
    client.prepare();
    expect(fakes).toHaveLength(2);
    expect(fakes.every((f) => f.sent.length === 0)).toBe(true);
    const o = await client.run(s, 20);
    expect(o.status).toBe('done');
    expect(fakes).toHaveLength(2);
    expect(fakes.map((f) => f.sent.filter((m) => m.type === 'draws').length)).toEqual([1, 1]);
    client.dispose();
  });

  it('has new workers begin on the draws of the scenario it is prepared with, each on its block', async () => {
    const { client, fakes } = clientOnFakes(2);
    client.prepare({ ...s, seed: 11 }, 30);
    const warm = fakes.map((f) => f.sent.map((m) => m.type === 'warm' && [m.scenario.seed, m.start, m.count, m.ms]));
    expect(warm).toEqual([[[11, 0, 15, WARM_MS]], [[11, 15, 15, WARM_MS]]]);
    // Workers already running are not warmed again.
    client.prepare({ ...s, seed: 12 }, 30);
    expect(fakes.map((f) => f.sent.length)).toEqual([1, 1]);
    const o = await client.run({ ...s, seed: 11 }, 30);
    expect(o.status === 'done' && pctText(o.value)).toEqual(pctText(monteCarlo({ ...s, seed: 11 }, 30)));
    expect(fakes.map((f) => f.sent.map((m) => m.type))).toEqual([
      ['warm', 'draws'],
      ['warm', 'draws'],
    ]);
    client.dispose();
  });

  it('cancels a stale run when a new one starts, and tells the workers', async () => {
    const { client, fakes } = clientOnFakes(2);
    const first = client.run(s, 20);
    const second = client.run({ ...s, seed: 7 }, 20);
    expect(await first).toEqual({ status: 'cancelled' });
    const o = await second;
    expect(o.status === 'done' && o.value.seed).toBe(7);
    expect(fakes.every((f) => f.sent.some((m) => m.type === 'cancel'))).toBe(true);
  });

  it('runs the decision support in a worker and brings its money back exact', async () => {
    const client = new MonteCarloClient({ workers: 2, createWorker: () => new FakeWorker() });
    const o = await client.decide(s);
    expect(o.status).toBe('done');
    if (o.status !== 'done') return;
    const want = decisionSupport(s);
    expect(o.value.tornado.base.toFixed()).toBe(want.tornado.base.toFixed());
    expect(o.value.tornado.bars.map((b) => [b.input, b.swing.toFixed()])).toEqual(want.tornado.bars.map((b) => [b.input, b.swing.toFixed()]));
    expect(o.value.steady).toEqual(want.steady);
  });

  it('reports a worker that fails as a message, not an exception', async () => {
    const client = new MonteCarloClient({
      workers: 1,
      createWorker: () => {
        const w = new FakeWorker();
        w.postMessage = (m) => {
          setTimeout(() => w.onmessage?.({ data: { type: 'error', id: m.id, message: 'out of memory' } } as MessageEvent<WorkerResponse>), 0);
        };
        return w;
      },
    });
    expect(await client.run(s, 10)).toEqual({ status: 'failed', message: 'The uncertainty analysis stopped: out of memory' });
  });
});

describe('a worker whose script cannot be loaded (a tab of an older release)', () => {
  it('says a new version is there and the scenarios are kept', async () => {
    const client = new MonteCarloClient({
      workers: 1,
      createWorker: () => {
        const w = new FakeWorker();
        // The browser's error event for a worker script that failed to load carries no message.
        w.postMessage = () => setTimeout(() => w.onerror?.({ message: '', preventDefault() {} } as ErrorEvent), 0);
        return w;
      },
    });
    expect(await client.run(presetScenario('saas'), 10)).toEqual({ status: 'failed', message: `The uncertainty analysis stopped: ${NEW_VERSION_MESSAGE}` });
  });
});

describe('the worker protocol', () => {
  it('brings decision money back exact through structured clone', () => {
    const d = decisionSupport(presetScenario('ecommerce'));
    const back = decodeDecision(structuredClone(encodeDecision(d)));
    expect(back.tornado.bars.map((b) => b.atLow.toFixed())).toEqual(d.tornado.bars.map((b) => b.atLow.toFixed()));
    expect(back.breakEvenErrorCost?.toFixed()).toBe(d.breakEvenErrorCost?.toFixed());
  });
});

describe('MonteCarloClient progress and cancel', () => {
  const s = presetScenario('fintech');

  it('reports the draws done over all workers, up to the total, then the result', async () => {
    const client = new MonteCarloClient({ workers: 2, createWorker: () => new FakeWorker(true) });
    const seen: number[] = [];
    const o = await client.run(s, 30, (p) => {
      seen.push(p.done);
      expect(p.total).toBe(30);
      expect(p.remainingMs === null || p.remainingMs >= 0).toBe(true);
    });
    expect(o.status).toBe('done');
    expect(seen.at(-1)).toBe(30);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    client.dispose();
  });

  it('stops a run on request: the promise says cancelled, the workers are told, no progress follows', async () => {
    const { client, fakes } = clientOnFakes(2, true);
    const seen: number[] = [];
    const run = client.run(s, 20, (p) => seen.push(p.done));
    client.cancelRun();
    expect(await run).toEqual({ status: 'cancelled' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([]);
    expect(fakes.every((f) => f.sent.some((m) => m.type === 'cancel'))).toBe(true);
    // The client runs again afterwards.
    const again = await client.run(s, 10);
    expect(again.status).toBe('done');
    client.dispose();
  });
});

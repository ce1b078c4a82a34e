import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model';
import { monteCarlo } from '../../../src/model/uncertainty';
import { decisionSupport } from '../../../src/model/solvers';
import { runDraws } from '../../../src/model/uncertainty';
import { NEW_VERSION_MESSAGE } from '../../../src/io/release-messages';
import { MonteCarloClient, WARM_MS, type WorkerLike } from '../../../src/io/monte-carlo-client';
import { decodeDecision, encodeDecision, type WorkerRequest, type WorkerResponse } from '../../../src/io/monte-carlo-protocol';

/** A worker double that answers on the next turn, as a real worker would, and logs what it was sent. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: WorkerRequest[] = [];
  cancelled = new Set<number>();
  terminated = false;
  /** Draws a warm-up reports kept (as a worker does after each slice of it); none by default. */
  warmDone = 0;
  constructor(readonly progress = false) {}
  postMessage(m: WorkerRequest): void {
    this.sent.push(structuredClone(m));
    if (m.type === 'cancel') {
      this.cancelled.add(m.id);
      return;
    }
    // A warm-up sends its progress alone.
    if (m.type === 'warm') {
      if (this.warmDone > 0)
        setTimeout(() => this.onmessage?.({ data: { type: 'progress', id: m.id, done: this.warmDone } } as MessageEvent<WorkerResponse>), 0);
      return;
    }
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

/** The draws jobs each worker was sent, as [start, count]. */
const jobsOf = (fakes: FakeWorker[]) => fakes.map((f) => f.sent.flatMap((m) => (m.type === 'draws' ? [[m.start, m.count]] : [])));

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
      // Every draw in one job of one worker; each worker's jobs in order from its block's first draw (0 and 20).
      const jobs = jobsOf(fakes);
      expect(
        jobs
          .flat()
          .sort((a, b) => a[0]! - b[0]!)
          .reduce((at, [start, count]) => (start === at ? at + count! : NaN), 0),
      ).toBe(40);
      expect(jobs.map((js) => js[0]![0])).toEqual(workers === 1 ? [0] : [0, 20]);
      expect(jobs.every((js) => js.length > 1)).toBe(true);
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
    expect(jobsOf(fakes).map((js) => js[0]![0])).toEqual([0, 10]);
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
    // The warm-up first, then the run's jobs, the first of each beginning where its warm-up began.
    expect(fakes.map((f) => f.sent[0]!.type)).toEqual(['warm', 'warm']);
    expect(fakes.every((f) => f.sent.slice(1).every((m) => m.type === 'draws'))).toBe(true);
    expect(jobsOf(fakes).map((js) => js[0]![0])).toEqual([0, 15]);
    client.dispose();
  });

  it('hands each worker first a job of at least the draws its warm-up kept, so no other worker computes them again', async () => {
    const { client, fakes } = clientOnFakes(2);
    client.prepare(s, 30);
    for (const f of fakes) f.warmDone = 12;
    // Reported once a slice is over: the workers were created by prepare, before warmDone was set.
    for (const [w, f] of fakes.entries()) {
      const m = f.sent[0]!;
      f.onmessage?.({ data: { type: 'progress', id: m.id, done: 12 } } as MessageEvent<WorkerResponse>);
      expect(m.type === 'warm' && m.start).toBe(w * 15);
    }
    const o = await client.run(s, 30);
    expect(o.status === 'done' && pctText(o.value)).toEqual(pctText(monteCarlo(s, 30)));
    // Jobs would be 4 and 3 draws (ceil(30 / 8), ceil(18 / 8)); the first of each worker is its 12 kept draws.
    expect(jobsOf(fakes).map((js) => js[0])).toEqual([
      [0, 12],
      [15, 12],
    ]);
    // A run of another scenario is not cut by the warm-up.
    const again = clientOnFakes(2);
    again.client.prepare(s, 30);
    for (const [w, f] of again.fakes.entries()) f.onmessage?.({ data: { type: 'progress', id: f.sent[0]!.id, done: 12 + w } } as MessageEvent<WorkerResponse>);
    await again.client.run({ ...s, seed: 5 }, 30);
    expect(jobsOf(again.fakes).map((js) => js[0])).toEqual([
      [0, 4],
      [15, 4],
    ]);
    client.dispose();
    again.client.dispose();
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

  it("holds a decision asked for during a run until a worker has no draws left to take, so the run's draws come first", async () => {
    const { client, fakes } = clientOnFakes(2);
    const run = client.run(s, 40);
    const decide = client.decide(s);
    // Not sent yet: both workers have draws to take.
    expect(fakes.flatMap((f) => f.sent).some((m) => m.type === 'decide')).toBe(false);
    expect((await run).status).toBe('done');
    expect((await decide).status).toBe('done');
    const holder = fakes.find((f) => f.sent.some((m) => m.type === 'decide'))!;
    const types = holder.sent.map((m) => m.type);
    // After the last of its draws jobs, and after every draw of the run was handed out.
    expect(types.lastIndexOf('draws')).toBeLessThan(types.indexOf('decide'));
    expect(fakes.flatMap((f) => f.sent).filter((m) => m.type === 'decide')).toHaveLength(1);
    // Dropped with the decision when it is cancelled before it was sent.
    const again = clientOnFakes(2);
    const r2 = again.client.run(s, 40);
    const d2 = again.client.decide(s);
    again.client.cancelDecide();
    expect(await d2).toEqual({ status: 'cancelled' });
    await r2;
    expect(again.fakes.flatMap((f) => f.sent).some((m) => m.type === 'decide')).toBe(false);
    client.dispose();
    again.client.dispose();
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

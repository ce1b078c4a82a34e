// The uncertainty analysis without a page: settling, runs replaced or stopped, progress, failures, the seed.
import { describe, expect, it } from 'vitest';
import { CLIENT_MESSAGES, type Outcome } from '../../../../src/io/monte-carlo-client';
import { runProgress, type RunProgress } from '../../../../src/io/monte-carlo-progress';
import { Money, presetScenario, type DecisionSupport, type MonteCarloResult, type Percentiles, type Scenario } from '../../../../src/model';
import { SEED_MESSAGE } from '../../../../src/ui/uncertainty/range-form';
import { drawsOf, finishedDraws, MonteCarloRun, type DrawsClient, type SettleTimer } from '../../../../src/ui/uncertainty/monte-carlo-run.svelte';

/** A result that says which scenario it was drawn for (its seed). */
const resultOf = (s: Scenario): MonteCarloResult =>
  ({
    draws: 2000,
    seed: s.seed,
    annualSavings: { p10: new Money(s.seed), p50: new Money(s.seed + 1), p90: new Money(s.seed + 2) },
  }) as unknown as MonteCarloResult;
const decisionOf = (s: Scenario): DecisionSupport => ({ breakEvenErrorCost: new Money(s.seed) }) as unknown as DecisionSupport;

interface Job<T> {
  scenario: Scenario;
  settle: (o: Outcome<T>) => void;
  progress?: (p: RunProgress) => void;
}

/**
 * A client whose runs wait until the test settles them. Like a worker whose answer was
 * already on its way, a cancelled run can still answer `done` when `late` is set.
 */
function fakeClient(opts: { late?: boolean } = {}) {
  const runs: Job<MonteCarloResult>[] = [];
  const decides: Job<DecisionSupport>[] = [];
  let cancels = 0;
  let disposed = false;
  const prepared: Array<{ seed: number; draws: number | undefined }> = [];
  const hold = <T>(jobs: Job<T>[], scenario: Scenario, progress?: (p: RunProgress) => void) =>
    new Promise<Outcome<T>>((resolve) => jobs.push({ scenario, settle: resolve, progress }));
  const cancelLast = <T>(jobs: Job<T>[]) => {
    if (!opts.late) jobs.at(-1)?.settle({ status: 'cancelled' });
  };
  const client: DrawsClient = {
    prepare: (scenario, draws) => void prepared.push({ seed: scenario!.seed, draws }),
    run: (scenario, _draws, onProgress) => hold(runs, scenario, onProgress),
    decide: (scenario) => hold(decides, scenario),
    cancelRun: () => {
      cancels++;
      cancelLast(runs);
    },
    cancelDecide: () => cancelLast(decides),
    dispose: () => void (disposed = true),
  };
  return {
    client,
    runs,
    decides,
    get cancels() {
      return cancels;
    },
    get disposed() {
      return disposed;
    },
    get prepared() {
      return prepared;
    },
    /** Finishes run `i` (and its decision support) with the figures of its scenario. */
    async finish(i: number) {
      runs[i]!.settle({ status: 'done', value: resultOf(runs[i]!.scenario), ms: 840 });
      decides[i]?.settle({ status: 'done', value: decisionOf(decides[i]!.scenario), ms: 900 });
      await flush();
    },
  };
}

/** A clock the test moves by hand. */
function fakeTimer() {
  let now = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const timer: SettleTimer = {
    set: (fn, ms) => {
      pending.set(next, { at: now + ms, fn });
      return next++;
    },
    clear: (handle) => void pending.delete(handle as number),
  };
  return {
    timer,
    get waiting() {
      return pending.size;
    },
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        pending.delete(id);
        t.fn();
      }
    },
  };
}

const flush = () => new Promise<void>((r) => setTimeout(r, 0));
const withSeed = (seed: number): Scenario => ({ ...presetScenario(), seed });

function setup(opts: { late?: boolean } = {}) {
  const fake = fakeClient(opts);
  const clock = fakeTimer();
  const percentiles: (Percentiles | null)[] = [];
  const changes: Scenario[] = [];
  const halts: (string | null)[] = [];
  const run = new MonteCarloRun({
    client: fake.client,
    timer: clock.timer,
    settleMs: 120,
    onPercentiles: (p) => percentiles.push(p),
    onChange: (s) => changes.push(s),
    onHalted: (why, s) => halts.push(why === null ? null : `${why} ${s.seed}`),
  });
  return { fake, clock, run, percentiles, changes, halts };
}

describe('a Monte Carlo run', () => {
  it('waits for the inputs to settle: edits typed in a row make one run, of the last scenario', async () => {
    const { fake, clock, run } = setup();
    run.edit(withSeed(1));
    clock.advance(50);
    run.edit(withSeed(2));
    clock.advance(50);
    run.edit(withSeed(3));
    expect(run.status).toBe('running');
    clock.advance(119);
    expect(fake.runs).toHaveLength(0);
    clock.advance(1);
    expect(fake.runs.map((r) => r.scenario.seed)).toEqual([3]);
    await fake.finish(0);
    expect(run.status).toBe('done');
    expect(run.result?.seed).toBe(3);
    expect(run.elapsedMs).toBe(840);
    expect(run.decision).not.toBeNull();
    expect(run.deciding).toBe(false);
  });

  it("starts the workers on the edited scenario's draws as soon as an edit comes, so that they are ready when the inputs have settled", () => {
    const { fake, clock, run } = setup();
    expect(fake.prepared).toEqual([]);
    run.edit(withSeed(1));
    expect([fake.prepared, fake.runs.length]).toEqual([[{ seed: 1, draws: run.draws }], 0]);
    clock.advance(120);
    expect(fake.runs).toHaveLength(1);
  });

  it('marks the percentiles out of date on every edit and hands over those of each finished run', async () => {
    const { fake, clock, run, percentiles } = setup();
    run.edit(withSeed(7));
    expect(percentiles).toEqual([null]);
    clock.advance(120);
    await fake.finish(0);
    expect(percentiles.map((p) => p?.p50.toNumber() ?? null)).toEqual([null, 8]);
    run.edit(withSeed(9));
    expect(percentiles.at(-1)).toBeNull();
    // The figures of the earlier run stay on screen, marked as earlier, while the next one runs.
    expect([run.status, run.result?.seed]).toEqual(['running', 7]);
  });

  it('drops the answer of a run an edit replaced, even when it arrives after the next run started', async () => {
    const { fake, clock, run, percentiles } = setup({ late: true });
    run.edit(withSeed(1));
    clock.advance(120);
    run.edit(withSeed(2));
    clock.advance(120);
    // The first run's draws were already on their way: they arrive after it was replaced.
    await fake.finish(0);
    expect(run.result).toBeNull();
    expect(run.decision).toBeNull();
    expect(run.status).toBe('running');
    expect(percentiles.filter((p) => p !== null)).toEqual([]);
    await fake.finish(1);
    expect([run.status, run.result?.seed, percentiles.at(-1)?.p10.toNumber()]).toEqual(['done', 2, 2]);
  });

  it('drops the answer of a stopped run and says how far it had come', async () => {
    const { fake, clock, run, percentiles, halts } = setup({ late: true });
    run.edit(withSeed(4));
    clock.advance(120);
    fake.runs[0]!.progress!(runProgress(300, 2000, 1000));
    expect(run.done).toBe(300);
    run.stop();
    expect(run.status).toBe('stopped');
    expect(run.stopped).toMatchObject({ done: 300, total: 2000 });
    // The page hears why the scenario has no range (the edit and the start said none).
    expect(halts).toEqual([null, null, 'stopped 4']);
    await fake.finish(0);
    expect([run.status, run.result, run.decision]).toEqual(['stopped', null, null]);
    expect(percentiles).toEqual([null]);
    // Run again: the stopped scenario at once; its draws arrived after all, so they are shown, not made again.
    run.runAgain();
    expect([run.status, run.done]).toEqual(['running', 0]);
    await flush();
    expect([run.status, run.result?.seed, fake.runs.length]).toEqual(['done', 4, 1]);
    expect(run.deciding).toBe(true);
    fake.decides[1]!.settle({ status: 'done', value: decisionOf(fake.decides[1]!.scenario), ms: 1 });
    await flush();
    expect([run.deciding, run.decision]).toEqual([false, decisionOf(withSeed(4))]);
  });

  it('runs a stopped run again from its first draw', async () => {
    const { fake, clock, run } = setup();
    run.edit(withSeed(6));
    clock.advance(120);
    fake.runs[0]!.progress!(runProgress(700, 2000, 1000));
    run.stop();
    run.runAgain();
    expect(fake.runs.map((r) => r.scenario.seed)).toEqual([6, 6]);
    expect([run.status, run.done, run.stopped]).toEqual(['running', 0, null]);
    await fake.finish(1);
    expect([run.status, run.result?.seed]).toEqual(['done', 6]);
  });

  it('does not start a run stopped while the inputs were settling', () => {
    const { fake, clock, run } = setup();
    run.edit(withSeed(5));
    run.stop();
    clock.advance(1000);
    expect(fake.runs).toHaveLength(0);
    expect(run.status).toBe('stopped');
    expect(run.stopped?.done).toBe(0);
  });

  it('reports the progress of the run in flight only, with the time left', () => {
    const { fake, clock, run } = setup({ late: true });
    run.edit(withSeed(1));
    clock.advance(120);
    fake.runs[0]!.progress!(runProgress(500, 2000, 2000));
    expect([run.done, run.progress?.remainingMs]).toEqual([500, 6000]);
    run.edit(withSeed(2));
    expect(run.done).toBe(0);
    // The replaced run's workers report once more: nothing changes.
    fake.runs[0]!.progress!(runProgress(900, 2000, 3000));
    expect(run.done).toBe(0);
    clock.advance(120);
    fake.runs[1]!.progress!(runProgress(100, 2000, 400));
    expect(run.done).toBe(100);
  });

  it('says why the draws failed, in the words of the client, and keeps the figures of the last run', async () => {
    const { fake, clock, run, halts } = setup();
    run.edit(withSeed(1));
    clock.advance(120);
    await fake.finish(0);
    run.edit(withSeed(2));
    clock.advance(120);
    fake.runs[1]!.settle({ status: 'failed', message: CLIENT_MESSAGES.workerFailed('out of memory') });
    await flush();
    expect(run.status).toBe('failed');
    expect(halts.at(-1)).toBe('failed 2');
    expect(run.failure).toBe('The uncertainty analysis stopped: out of memory');
    expect([run.running, run.deciding, run.result?.seed]).toEqual([false, false, 1]);
    // The next run that finishes clears the message.
    run.edit(withSeed(3));
    clock.advance(120);
    await fake.finish(2);
    expect([run.status, run.failure]).toEqual(['done', '']);
  });

  it('says why the decision support failed while the draws stand', async () => {
    const { fake, clock, run } = setup();
    run.edit(withSeed(1));
    clock.advance(120);
    fake.runs[0]!.settle({ status: 'done', value: resultOf(fake.runs[0]!.scenario), ms: 10 });
    fake.decides[0]!.settle({ status: 'failed', message: CLIENT_MESSAGES.noWorkers });
    await flush();
    expect([run.result?.seed, run.decision, run.deciding, run.failure]).toEqual([1, null, false, CLIENT_MESSAGES.noWorkers]);
  });

  it('keeps a refused seed in its field with a message naming the field and what is accepted, until the scenario changes', () => {
    const { run, changes } = setup();
    const s = withSeed(42);
    run.edit(s);
    expect([run.seedText, run.seedError]).toEqual(['42', '']);
    run.editSeed('12a');
    expect([run.seedText, run.seedError]).toEqual(['12a', SEED_MESSAGE]);
    expect(SEED_MESSAGE).toMatch(/^The seed must be a whole number from 0 to 4,294,967,295/);
    run.editSeed('4294967296');
    expect(run.seedError).toBe(SEED_MESSAGE);
    expect(changes).toEqual([]);
    // Another edit of the scenario shows its seed again, without the message of the text it replaced.
    run.edit({ ...s, name: 'Renamed' });
    expect([run.seedText, run.seedError]).toEqual(['42', '']);
    run.editSeed(' 0042 ');
    expect(changes).toEqual([]);
    run.editSeed('43');
    expect(changes.map((c) => c.seed)).toEqual([43]);
  });

  it('gives new draws a new seed and changes a range through the scenario', () => {
    const { run, changes } = setup();
    const s = withSeed(1);
    run.edit(s);
    run.editSeed('x');
    run.newDraws(() => 0.5);
    expect(changes.at(-1)?.seed).toBe(2_147_483_648);
    expect(run.seedError).toBe('');
    run.setRange('resolutionPct', null);
    expect(changes.at(-1)?.ranges.resolutionPct).toBeNull();
    expect(s.ranges.resolutionPct).not.toBeNull();
  });

  it('stops everything and releases the workers when it goes', () => {
    const { fake, clock, run } = setup();
    run.edit(withSeed(1));
    run.dispose();
    clock.advance(1000);
    expect(fake.runs).toHaveLength(0);
    expect(fake.disposed).toBe(true);
  });
});

describe('drawsOf', () => {
  it('makes the draws of a scenario once: the ranges slide shows those of the page', async () => {
    const fake = fakeClient();
    const s = withSeed(11);
    const first = drawsOf(fake.client, s, 2000);
    await fake.finish(0);
    expect(await first).toMatchObject({ status: 'done', ms: 840 });
    expect(finishedDraws(s, 2000)?.result.seed).toBe(11);
    const again = await drawsOf(fake.client, s, 2000);
    expect(again).toEqual({ status: 'done', value: (await first).status === 'done' ? finishedDraws(s)!.result : null, ms: 840 });
    expect(fake.runs).toHaveLength(1);
    // Another draw count, or an equal scenario that is another object, is drawn anew.
    void drawsOf(fake.client, s, 500);
    void drawsOf(fake.client, { ...s }, 2000);
    expect(fake.runs).toHaveLength(3);
  });

  it('remembers no run that did not finish', async () => {
    const fake = fakeClient();
    const s = withSeed(12);
    const o = drawsOf(fake.client, s, 2000);
    fake.runs[0]!.settle({ status: 'failed', message: 'x' });
    await o;
    expect(finishedDraws(s, 2000)).toBeNull();
  });
});

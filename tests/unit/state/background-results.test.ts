import { describe, expect, it } from 'vitest';
import { calculate, FULL, presetScenario } from '../../../src/model';
import { newContext, project } from '../../../src/model/projection';
import { BackgroundResults, horizonPieces, type Schedule } from '../../../src/state/background-results';
import { headStart } from '../../../src/state/planner.svelte';

/** A schedule the test runs by hand: each call queues one task. */
function manual() {
  const tasks: Array<{ run: () => void; cancelled: boolean }> = [];
  const schedule: Schedule = (run) => {
    const t = { run, cancelled: false };
    tasks.push(t);
    return () => (t.cancelled = true);
  };
  const runNext = (): boolean => {
    const t = tasks.find((x) => !x.cancelled);
    if (!t) return false;
    tasks.splice(tasks.indexOf(t), 1);
    t.run();
    return true;
  };
  return { schedule, runNext, pending: () => tasks.filter((t) => !t.cancelled).length };
}

function setup(fail: (k: string) => boolean = () => false) {
  const memo = new Map<string, number>();
  const computed: string[] = [];
  let ready = 0;
  const m = manual();
  const bg = new BackgroundResults<string, number>({
    compute: (k) => {
      computed.push(k);
      if (fail(k)) throw new Error(`no ${k}`);
      memo.set(k, k.length);
      return k.length;
    },
    known: (k) => memo.get(k),
    onReady: () => ready++,
    schedule: m.schedule,
  });
  return { bg, memo, computed, m, ready: () => ready };
}

describe('BackgroundResults', () => {
  it('computes nothing in the task that asks: each missing value comes in a task of its own', () => {
    const { bg, computed, m, ready } = setup();
    expect(bg.values(['a', 'bb', 'ccc'])).toEqual([null, null, null]);
    expect(computed).toEqual([]);
    expect(m.pending()).toBe(1);
    m.runNext();
    expect(computed).toEqual(['a']);
    expect(ready()).toBe(1);
    expect(m.pending()).toBe(1);
    expect(bg.values(['a', 'bb', 'ccc'])).toEqual([1, null, null]);
    while (m.runNext());
    expect(computed).toEqual(['a', 'bb', 'ccc']);
    expect(bg.values(['a', 'bb', 'ccc'])).toEqual([1, 2, 3]);
    expect(bg.busy).toBe(false);
  });

  it('gives known values at once and queues nothing for them', () => {
    const { bg, memo, m } = setup();
    memo.set('x', 9);
    expect(bg.values(['x'])).toEqual([9]);
    expect(m.pending()).toBe(0);
  });

  it('drops keys that are no longer wanted before computing them (an edit replaced the scenario)', () => {
    const { bg, computed, m } = setup();
    bg.values(['old', 'other']);
    bg.values(['new', 'other']);
    while (m.runNext());
    expect(computed).toEqual(['new', 'other']);
  });

  it('never queues two tasks at once however often it is asked', () => {
    const { bg, m } = setup();
    for (let i = 0; i < 10; i++) bg.values(['a', 'b']);
    expect(m.pending()).toBe(1);
  });

  it('marks a key whose computation throws as failed, does not retry it, and goes on with the rest', () => {
    const { bg, computed, m } = setup((k) => k === 'bad');
    bg.values(['bad', 'ok']);
    while (m.runNext());
    expect(computed).toEqual(['bad', 'ok']);
    expect(bg.failed('bad')).toBe(true);
    expect(bg.values(['bad', 'ok'])).toEqual([null, 2]);
    expect(m.pending()).toBe(0);
  });

  it('stops when asked for nothing missing', () => {
    const { bg, m } = setup();
    bg.values(['a']);
    bg.values([]);
    expect(m.pending()).toBe(0);
    expect(bg.busy).toBe(false);
  });
});

describe('BackgroundResults with head-start pieces', () => {
  it('runs each piece of a key in a task of its own, then computes it', () => {
    const memo = new Map<string, number>();
    const log: string[] = [];
    const m = manual();
    const bg = new BackgroundResults<string, number>({
      compute: (k) => (log.push(`compute ${k}`), memo.set(k, 1), 1),
      known: (k) => memo.get(k),
      onReady: () => {},
      steps: (k) => [() => log.push(`${k} piece 1`), () => log.push(`${k} piece 2`)],
      schedule: m.schedule,
    });
    bg.values(['a', 'b']);
    const perTask: string[][] = [];
    for (;;) {
      const before = log.length;
      if (!m.runNext()) break;
      perTask.push(log.slice(before));
    }
    expect(perTask).toEqual([['a piece 1'], ['a piece 2'], ['compute a'], ['b piece 1'], ['b piece 2'], ['compute b']]);
  });

  it('drops the pieces of a key no longer wanted, and a failing piece only loses the head start', () => {
    const memo = new Map<string, number>();
    const log: string[] = [];
    const m = manual();
    const bg = new BackgroundResults<string, number>({
      compute: (k) => (log.push(`compute ${k}`), memo.set(k, 1), 1),
      known: (k) => memo.get(k),
      onReady: () => {},
      steps: (k) => [
        () => {
          throw new Error(k);
        },
        () => log.push(`${k} piece 2`),
      ],
      schedule: m.schedule,
    });
    bg.values(['gone']);
    m.runNext();
    bg.values(['kept']);
    while (m.runNext());
    expect(log).toEqual(['compute kept']);
  });
});

describe('horizonPieces', () => {
  it('staffs the first 12, 24, ... 108 months of a 120-month horizon, then all 120, and nothing for 30 months or less', () => {
    const seen: number[] = [];
    for (const piece of horizonPieces(120, (m) => seen.push(m))) piece();
    expect(seen).toEqual([12, 24, 36, 48, 60, 72, 84, 96, 108, 120]);
    expect(horizonPieces(30, () => {})).toEqual([]);
    expect(horizonPieces(24, () => {})).toEqual([]);
    const months = (n: number) => {
      const m: number[] = [];
      for (const piece of horizonPieces(n, (x) => m.push(x))) piece();
      return m;
    };
    expect(months(31)).toEqual([12, 24, 31]);
    expect(months(36)).toEqual([12, 24, 36]);
    expect(months(37)).toEqual([12, 24, 36, 37]);
  });
});

describe('a head start leaves the figures exactly as a calculation from nothing', () => {
  it('gives the same results for a long Erlang A horizon of growth with an hourly profile', () => {
    const base = presetScenario('saas');
    const s = {
      ...base,
      growthPctPerMonth: 2,
      human: { ...base.human, staffingModel: 'erlang-a' as const },
      finance: { ...base.finance, months: 61 },
      arrivalProfile: Array.from({ length: 168 }, (_, h) => 1 + (h % 24 >= 9 && h % 24 < 18 ? 3 : 0) + (h % 5) / 10),
    };
    // A context of its own: nothing staffed before, no first guesses.
    const fromNothing = JSON.stringify(project(structuredClone(s), FULL, newContext()));
    const pieces = headStart(s);
    expect(pieces).toHaveLength(6);
    for (const piece of pieces) piece();
    expect(JSON.stringify(calculate(s).full.rows)).toBe(fromNothing);
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { BackgroundResults, type Schedule } from '../../../src/state/background-results';

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

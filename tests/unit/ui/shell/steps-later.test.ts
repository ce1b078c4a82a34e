import { describe, expect, it } from 'vitest';
import { runStepsLater, type StepClock } from '../../../../src/ui/shell/steps-later';
import { SETTLE_MS } from '../../../../src/ui/uncertainty/settle';

/** A clock the test moves by hand: paints, idle moments after a wait, and tasks, each run when told. */
function fakeClock() {
  const waiting: { kind: 'paint' | 'idle' | 'task'; ms: number; fn: () => void; live: boolean }[] = [];
  const add = (kind: 'paint' | 'idle' | 'task', fn: () => void, ms = 0) => {
    const w = { kind, ms, fn, live: true };
    waiting.push(w);
    return () => void (w.live = false);
  };
  const clock: StepClock = {
    afterPaint: (fn) => add('paint', fn),
    afterIdle: (fn, ms) => add('idle', fn, ms),
    nextTask: (fn) => add('task', fn),
  };
  /** Runs the callbacks of one kind waiting now (not those they add). */
  const run = (kind: 'paint' | 'idle' | 'task') => {
    for (const w of waiting.filter((x) => x.kind === kind && x.live)) {
      w.live = false;
      w.fn();
    }
  };
  const live = () => waiting.filter((w) => w.live).map((w) => `${w.kind}${w.ms ? ` ${w.ms}` : ''}`);
  return { clock, run, live };
}

describe('steps run later', () => {
  it('on screen: the first step after the next paint, then one step per task', () => {
    const c = fakeClock();
    const ran: number[] = [];
    const later = runStepsLater([() => ran.push(1), () => ran.push(2), () => ran.push(3)], 'paint', c.clock);
    expect([ran, c.live()]).toEqual([[], ['paint']]);
    c.run('paint');
    expect([ran, c.live()]).toEqual([[1], ['task']]);
    c.run('task');
    c.run('task');
    expect([ran, later.done, c.live()]).toEqual([[1, 2, 3], true, []]);
  });

  it('hidden: nothing until the inputs have settled and the page is idle', () => {
    const c = fakeClock();
    const ran: number[] = [];
    runStepsLater([() => ran.push(1), () => ran.push(2)], 'settled', c.clock);
    expect([ran, c.live()]).toEqual([[], [`idle ${SETTLE_MS}`]]);
    c.run('paint');
    expect(ran).toEqual([]);
    c.run('idle');
    c.run('task');
    expect(ran).toEqual([1, 2]);
  });

  it('a view that comes on screen while its steps wait to settle starts them after the next paint', () => {
    const c = fakeClock();
    const ran: number[] = [];
    const later = runStepsLater([() => ran.push(1), () => ran.push(2)], 'settled', c.clock);
    later.soon();
    expect(c.live()).toEqual(['paint']);
    c.run('idle');
    expect(ran).toEqual([]);
    c.run('paint');
    c.run('task');
    expect(ran).toEqual([1, 2]);
    // Once started, soon() changes nothing.
    later.soon();
    expect(c.live()).toEqual([]);
  });

  it('finish runs what is left at once (printing), and nothing runs twice', () => {
    const c = fakeClock();
    const ran: number[] = [];
    const later = runStepsLater([() => ran.push(1), () => ran.push(2), () => ran.push(3)], 'paint', c.clock);
    c.run('paint');
    later.finish();
    expect([ran, later.done, c.live()]).toEqual([[1, 2, 3], true, []]);
    c.run('task');
    expect(ran).toEqual([1, 2, 3]);
  });

  it('cancel drops what is left: a later edit replaces the steps of the one before', () => {
    const c = fakeClock();
    const ran: number[] = [];
    const later = runStepsLater([() => ran.push(1), () => ran.push(2)], 'paint', c.clock);
    c.run('paint');
    later.cancel();
    c.run('task');
    later.finish();
    expect([ran, later.done, c.live()]).toEqual([[1], false, []]);
  });
});

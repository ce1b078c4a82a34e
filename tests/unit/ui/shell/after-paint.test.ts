import { describe, expect, it } from 'vitest';
import { afterNextPaint, type FrameClock } from '../../../../src/ui/shell/after-paint';

/** A clock whose frames and timers run only when the test says so. */
function manualClock() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { cb: () => void; ms: number }>();
  const clock: FrameClock = {
    requestFrame: (cb) => (frames.set(next, cb), next++),
    cancelFrame: (id) => void frames.delete(id),
    setTimer: (cb, ms) => (timers.set(next, { cb, ms }), next++),
    clearTimer: (id) => void timers.delete(id as number),
  };
  return {
    clock,
    frame: () => [...frames.entries()].forEach(([id, cb]) => (frames.delete(id), cb())),
    timers: (ms: number) => [...timers.entries()].filter(([, t]) => t.ms === ms).forEach(([id, t]) => (timers.delete(id), t.cb())),
    pending: () => frames.size + timers.size,
  };
}

describe('afterNextPaint', () => {
  it('runs the task in the task after the next frame, not in the frame itself', () => {
    const m = manualClock();
    let ran = 0;
    afterNextPaint(() => ran++, 500, m.clock);
    expect(ran).toBe(0);
    m.frame();
    expect(ran).toBe(0);
    m.timers(0);
    expect(ran).toBe(1);
    expect(m.pending()).toBe(0);
  });

  it('runs the task once even when the fallback timer comes too', () => {
    const m = manualClock();
    let ran = 0;
    afterNextPaint(() => ran++, 500, m.clock);
    m.timers(500);
    m.frame();
    m.timers(0);
    expect(ran).toBe(1);
  });

  it('runs the task on a page that paints no frame, after the longest wait', () => {
    const m = manualClock();
    let ran = 0;
    afterNextPaint(() => ran++, 300, m.clock);
    m.timers(300);
    expect(ran).toBe(1);
  });

  it('never runs a cancelled task, whichever comes first', () => {
    const m = manualClock();
    let ran = 0;
    const cancel = afterNextPaint(() => ran++, 500, m.clock);
    m.frame();
    cancel();
    m.timers(0);
    m.timers(500);
    expect(ran).toBe(0);
    expect(m.pending()).toBe(0);
  });
});

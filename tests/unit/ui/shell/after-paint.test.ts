import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../../../src/ui/shell/after-paint';

// Frames and timers run only when the test advances the fake clock (a frame every 16 ms).
beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs the task in the task after the next frame, not before nor in the frame itself', () => {
    let ran = 0;
    let inFrame = -1;
    afterNextPaint(() => ran++);
    requestAnimationFrame(() => (inFrame = ran));
    expect(ran).toBe(0);
    vi.advanceTimersToNextFrame();
    expect(inFrame).toBe(0);
    vi.advanceTimersByTime(1);
    expect(ran).toBe(1);
  });

  it('runs the task once, even when the longest wait passes too', () => {
    let ran = 0;
    afterNextPaint(() => ran++, 100);
    vi.advanceTimersByTime(1_000);
    expect(ran).toBe(1);
  });

  it('never runs a cancelled task, cancelled before or after the frame', () => {
    let ran = 0;
    afterNextPaint(() => ran++)();
    const late = afterNextPaint(() => ran++);
    vi.advanceTimersToNextFrame();
    late();
    vi.advanceTimersByTime(1_000);
    expect(ran).toBe(0);
  });
});

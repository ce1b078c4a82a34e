/**
 * Work that the next painted frame does not need: the views that are not on screen follow an
 * edit once the frame showing its new figures has been painted, so that an edit's paint
 * waits only for what the user sees (the charts, the ranges, the quality tiers and the
 * channel figures of a hidden view are redrawn right after).
 */

/** The browser's frame and timer scheduling, injected so the logic is tested without a page. */
export interface FrameClock {
  requestFrame: (callback: () => void) => number;
  cancelFrame: (id: number) => void;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (id: unknown) => void;
}

function browserClock(): FrameClock {
  const frames = typeof requestAnimationFrame === 'function';
  return {
    // Without frames (a page that never paints) only the timer runs the task.
    requestFrame: (cb) => (frames ? requestAnimationFrame(cb) : 0),
    cancelFrame: (id) => frames && cancelAnimationFrame(id),
    setTimer: (cb, ms) => setTimeout(cb, ms),
    clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  };
}

/**
 * Runs `task` once, in the task that follows the next painted frame (an animation frame runs
 * just before the paint; a task queued from it runs after that frame). A page that paints
 * nothing (a hidden tab) runs it after `maxWaitMs` at the latest. Returns a function that
 * cancels it if it has not run yet.
 */
export function afterNextPaint(task: () => void, maxWaitMs = 500, clock: FrameClock = browserClock()): () => void {
  let done = false;
  let painted: unknown = null;
  const stop = () => {
    done = true;
    clock.cancelFrame(frame);
    if (painted !== null) clock.clearTimer(painted);
    clock.clearTimer(fallback);
  };
  const run = () => {
    if (done) return;
    stop();
    task();
  };
  const frame = clock.requestFrame(() => {
    if (!done) painted = clock.setTimer(run, 0);
  });
  const fallback = clock.setTimer(run, maxWaitMs);
  return stop;
}

/**
 * Work that the next painted frame does not need: the views that are not on screen follow an
 * edit once the frame showing its new figures has been painted, so that an edit's paint
 * waits only for what the user sees (the charts, the ranges, the quality tiers and the
 * channel figures of a hidden view are redrawn right after).
 */

/**
 * Runs `task` once, in the task that follows the next painted frame (an animation frame runs
 * just before the paint; a task queued from it runs after that frame). A page that paints
 * nothing (a hidden tab) runs it after `maxWaitMs` at the latest. Returns a function that
 * cancels it if it has not run yet.
 */
export function afterNextPaint(task: () => void, maxWaitMs = 500): () => void {
  let done = false;
  const run = () => {
    if (!done) task();
    done = true;
  };
  const frame = requestAnimationFrame(() => setTimeout(run));
  const timer = setTimeout(run, maxWaitMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

import { afterNextPaint } from './after-paint';

/**
 * Resolves once the page has painted its next frame. A hidden page paints nothing, so it
 * resolves after `maxWaitMs` at the latest.
 */
export function nextPaint(maxWaitMs = 500): Promise<void> {
  return new Promise((resolve) => {
    // Rendered ahead of time at build (src/prerender) there is no paint: nothing waits.
    if (typeof requestAnimationFrame !== 'function') return;
    afterNextPaint(resolve, maxWaitMs);
  });
}

/**
 * Resolves once the page has painted its first frame and the browser has a moment to
 * spare: the time to start work the first figures do not need (sections below the first
 * screen, charts), so it neither delays nor competes with the first render.
 */
export function afterFirstPaint(maxWaitMs = 250): Promise<void> {
  return nextPaint().then(
    () =>
      new Promise((resolve) => {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: maxWaitMs });
        else resolve();
      }),
  );
}

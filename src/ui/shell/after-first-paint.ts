/**
 * Resolves once the page has painted its first frame and the browser has a moment to
 * spare: the time to start work the first figures do not need (sections below the first
 * screen, charts), so it neither delays nor competes with the first render.
 */
export function afterFirstPaint(maxWaitMs = 250): Promise<void> {
  return new Promise((resolve) => {
    // rAF runs just before the paint; a task queued from it runs after that frame.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: maxWaitMs });
        else resolve();
      }, 0),
    );
  });
}

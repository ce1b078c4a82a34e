/**
 * Whether an element is on or near the screen, for parts that are made or drawn only when
 * they come near it: the charts (ChartFrame.svelte) and the Klarna view's table. One
 * observer watches every element.
 */

/** How near the screen counts as in sight: half a screen above or below. */
const NEAR_SCREEN = '50% 0px';
const sightListeners = new WeakMap<Element, (inSight: boolean) => void>();
let sight: IntersectionObserver | null = null;

/**
 * Calls `listener` whenever `target` comes in or goes out of sight (at once with true where
 * the browser cannot tell); the returned function stops watching.
 */
export function watchSight(target: Element, listener: (inSight: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    listener(true);
    return () => {};
  }
  sight ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) sightListeners.get(e.target)?.(e.isIntersecting);
    },
    { rootMargin: NEAR_SCREEN },
  );
  sightListeners.set(target, listener);
  sight.observe(target);
  return () => {
    sight?.unobserve(target);
    sightListeners.delete(target);
  };
}

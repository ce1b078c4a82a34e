/**
 * Autosave: the session's scenarios go to local storage shortly after each change and
 * when the page is hidden. Storage problems (full, blocked) become a message on the
 * page, never an exception.
 */
import { saveScenarios, type StorageLike } from '../io/storage';
import type { Planner } from './planner.svelte';

/** Quiet time after the last change before writing (typing in a field writes once). */
export const SAVE_DELAY_MS = 250;

/**
 * What the autosave does with each snapshot of the session: waits for a quiet moment, then
 * writes it; `flush` writes at once. With `saveStart: false` the first snapshot (the session
 * as it starts) is not written, only what changes: a visit that leaves the default scenario
 * untouched saves nothing, so the next visit still opens on the page rendered at build time
 * (src/prerender) rather than rebuilding it. No effect inside: testable as it is.
 */
export function autosaver(planner: Planner, storage: StorageLike | null, saveStart: boolean) {
  let pending: ReturnType<typeof planner.snapshot> | null = null;
  let skip = !saveStart;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (!pending) return;
    const r = saveScenarios(storage, { scenarios: pending.scenarios, active: pending.activeIndex });
    pending = null;
    planner.storageMessage = r.ok ? '' : r.message;
  };
  const take = (snapshot: ReturnType<typeof planner.snapshot>) => {
    if (skip) {
      skip = false;
      return;
    }
    pending = snapshot;
    clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  };
  return { take, flush };
}

/** Starts saving the planner's scenarios (see {@link autosaver}); returns a function that stops it. */
export function startAutosave(planner: Planner, storage: StorageLike | null, { saveStart = true }: { saveStart?: boolean } = {}): () => void {
  const saver = autosaver(planner, storage, saveStart);
  const onHide = () => {
    if (document.visibilityState === 'hidden') saver.flush();
  };
  window.addEventListener('pagehide', saver.flush);
  document.addEventListener('visibilitychange', onHide);

  const stop = $effect.root(() => {
    $effect(() => saver.take(planner.snapshot()));
  });
  return () => {
    saver.flush();
    stop();
    window.removeEventListener('pagehide', saver.flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}

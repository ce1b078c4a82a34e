/**
 * Autosave: the session's scenarios go to local storage shortly after each change and
 * when the page is hidden. Storage problems (full, blocked) become a message on the
 * page, never an exception.
 */
import { saveScenarios, type StorageLike } from '../io/storage';
import type { Planner } from './planner.svelte';

/** Quiet time after the last change before writing (typing in a field writes once). */
export const SAVE_DELAY_MS = 250;

/** Starts saving the planner's scenarios; returns a function that stops it. */
export function startAutosave(planner: Planner, storage: StorageLike | null): () => void {
  let pending: ReturnType<typeof planner.snapshot> | null = null;

  const flush = () => {
    if (!pending) return;
    const r = saveScenarios(storage, { scenarios: pending.scenarios, active: pending.activeIndex });
    pending = null;
    planner.storageMessage = r.ok ? '' : r.message;
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);

  const stop = $effect.root(() => {
    $effect(() => {
      pending = planner.snapshot();
      const timer = setTimeout(flush, SAVE_DELAY_MS);
      return () => clearTimeout(timer);
    });
  });
  return () => {
    flush();
    stop();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}

/**
 * Starts the page: reads the address and the autosave, builds the planner, then takes over
 * the default scenario's markup rendered at build time (hydration) when it is this visit's
 * page, or builds the page afresh. Loaded by `main.ts` once zod's settings are in place.
 */
import { hydrate, mount } from 'svelte';
import App from '../../App.svelte';
import { browserStorage, loadScenarios, STORAGE_KEY, type StorageLike } from '../../io/storage';
import { startAutosave } from '../../state/autosave.svelte';
import { headStart, Planner } from '../../state/planner.svelte';
import { startup } from '../../state/startup';
import { schemas } from '../../model';
import { defaultLocale } from '../format';
import { afterFirstPaint, nextPaint } from './after-first-paint';
import { nextTask } from '../../state/background-results';
import { readEarlyInput, replayEarlyInput } from './early-input';
import { canHydrate } from './hydration';

/** Mounts the app on `#app`; the returned component is the mounted app. */
export async function startPage(): Promise<ReturnType<typeof mount>> {
  const target = document.getElementById('app');
  if (!target) throw new Error('The page has no #app element to mount on');
  const root = document.documentElement;

  const storage = browserStorage();
  // Reading and checking the saved scenarios (eight of fifty categories each, say) in a task
  // of its own rather than in the one that evaluated the scripts.
  if (storage !== null && hasSavedScenarios(storage)) await nextTask();
  const loaded = loadScenarios(storage);
  const saved = loaded.ok && loaded.set ? loaded.set : null;
  const start = await startup(window.location.search, window.location.hash, saved);
  if (start.consumedLink) {
    // The link has been read into the session; a reload now restores the session, not the link.
    try {
      history.replaceState(null, '', window.location.pathname);
    } catch {
      // Some embedding frames refuse it: the link stays in the address, and a reload reads it again.
    }
  }
  const planner = new Planner(start);
  if (!loaded.ok) planner.storageMessage = loaded.message;
  // The untouched default is not saved: a link's scenarios are (the address is tidied
  // away), and saved ones are already there.
  startAutosave(planner, storage, { saveStart: start.origin !== 'default' });
  const props = { planner, origin: start.origin };
  const built = canHydrate({
    hasMarkup: target.firstChild !== null,
    markedStale: root.dataset.prerender === 'stale',
    origin: start.origin,
    notices: start.notices.length,
    storageOk: loaded.ok,
    locale: defaultLocale(),
  });
  let app: ReturnType<typeof mount>;
  if (built) {
    // The built figures get their first paint before hydration takes the main thread.
    await nextPaint();
    // Hydration resets every field to the app's state: what was typed meanwhile is given back.
    const early = readEarlyInput(target);
    app = hydrate(App, { target, props });
    replayEarlyInput(early);
  } else {
    // The active scenario's figures are computed in tasks of their own (a long horizon's
    // first months first), between the one that read the scripts and the one that builds
    // the page: a heavy scenario (Erlang A, fifty categories, ten years of growth) would
    // otherwise make one long task of all three.
    await nextTask();
    for (const piece of headStart(planner.scenario)) {
      piece();
      await nextTask();
    }
    void planner.results;
    await nextTask();
    target.textContent = '';
    app = mount(App, { target, props });
    delete root.dataset.prerender;
  }
  // The page answers input from here on (app.css shows a busy pointer until then).
  root.dataset.ready = '';
  // Validation's schemas are built once the first figures are painted, so that neither the
  // first render nor the first edit waits for them.
  void afterFirstPaint().then(() => schemas());
  return app;
}

/** Whether the browser holds saved scenarios (never throws). */
function hasSavedScenarios(storage: StorageLike): boolean {
  try {
    return storage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

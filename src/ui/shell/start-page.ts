/**
 * Starts the page: reads the address and the autosave, builds the planner, mounts the app.
 * Loaded by `main.ts` once zod's settings are in place.
 */
import { mount } from 'svelte';
import App from '../../App.svelte';
import { browserStorage, loadScenarios } from '../../io/storage';
import { startAutosave } from '../../state/autosave.svelte';
import { Planner } from '../../state/planner.svelte';
import { startup } from '../../state/startup';
import { schemas } from '../../model';
import { afterFirstPaint } from './after-first-paint';

/** Mounts the app on `#app`; the returned component is the mounted app. */
export async function startPage(): Promise<ReturnType<typeof mount>> {
  const target = document.getElementById('app');
  if (!target) throw new Error('The page has no #app element to mount on');

  const storage = browserStorage();
  const loaded = loadScenarios(storage);
  const saved = loaded.ok && loaded.set ? loaded.set : null;
  const start = await startup(window.location.search, window.location.hash, saved);
  if (start.consumedLink) {
    // The link has been read into the session; a reload now restores the session, not the link.
    history.replaceState(null, '', window.location.pathname);
  }
  const planner = new Planner(start);
  if (!loaded.ok) planner.storageMessage = loaded.message;
  startAutosave(planner, storage);
  const app = mount(App, { target, props: { planner, origin: start.origin } });
  // Validation's schemas are built once the first figures are painted, so that neither the
  // first render nor the first edit waits for them.
  void afterFirstPaint().then(() => schemas());
  return app;
}

/**
 * Starts the page: reads the address and the autosave, builds the planner, then takes over
 * the default scenario's markup rendered at build time (hydration) when it is this visit's
 * page, or builds the page afresh. Loaded by `main.ts` once zod's settings are in place.
 */
import { flushSync, hydrate, mount } from 'svelte';
import App from './App.svelte';
import { browserStorage, loadScenarios, STORAGE_KEY, type StorageLike } from './io/storage';
import { startAutosave } from './state/autosave.svelte';
import { Planner } from './state/planner.svelte';
import { KeepChoice } from './state/keep-choice.svelte';
import { linkQuestion } from './state/keep';
import { keepChosen, loadValidation, openedNote, startup } from './state/startup';
import { markStarted, markStarting, previousStart, safeStartMessage, sessionMarks } from './state/start-guard';
import { schemas } from './model';
import { defaultLocale } from './ui/format';
import { afterFirstPaint, nextPaint } from './ui/shell/after-first-paint';
import { nextTask } from './state/background-results';
import { readEarlyInput, replayEarlyInput } from './ui/shell/early-input';
import { canHydrate } from './ui/shell/hydration';
import { openPastedShareLinks } from './ui/shell/pasted-link';
import { parseViewHash, tidiedAddress } from './ui/shell/views';

/** Time after the first paint by which every section has computed once (the start guard's mark is then removed). */
const START_SETTLE_MS = 1_500;

/** Mounts the app on `#app`; the returned component is the mounted app. */
export async function startPage(): Promise<ReturnType<typeof mount>> {
  const target = document.getElementById('app');
  if (!target) throw new Error('The page has no #app element to mount on');
  const root = document.documentElement;

  // The validation is a file of its own, loaded beside the rest of the start: saved scenarios
  // and a link are validated once it is there, and the page answers input only then.
  const validation = loadValidation();
  const storage = browserStorage();
  // Reading and checking the saved scenarios (eight of fifty categories each, say) in a task
  // of its own rather than in the one that evaluated the scripts.
  if (storage !== null && hasSavedScenarios(storage)) {
    await Promise.all([nextTask(), validation]);
    // The schemas built in a task of their own, before the one that checks the scenarios with them.
    schemas();
    await nextTask();
  }
  const loaded = loadScenarios(storage);
  const entry = loaded.ok && loaded.set ? loaded : null;
  const saved = entry ? { ...entry.set, ids: entry.ids } : null;
  const savedCount = saved?.scenarios.length ?? 0;
  // The last start in this tab never finished (it froze or failed): open the default (the
  // start of a visit with no link and nothing saved) and offer the saved scenarios back
  // rather than load them, or the link, blindly again.
  const marks = sessionMarks();
  const previous = previousStart(marks);
  const start = previous.failed ? await startup('', '', null) : await startup(window.location.search, window.location.hash, saved);
  const initialView = parseViewHash(window.location.hash);
  markStarting(marks, start.origin);
  // The start has finished once the sections below the first screen (the comparison computes
  // every scenario) have had their moment: a freeze before then leaves the mark behind.
  const settled = () => void afterFirstPaint().then(() => setTimeout(() => markStarted(marks), START_SETTLE_MS));
  const tidyAddress = () => {
    // The link has been read into the session; a reload now restores the session, not the
    // link, on the view the link opened.
    try {
      history.replaceState(null, '', tidiedAddress(window.location.pathname, parseViewHash(window.location.hash)));
    } catch {
      // Some embedding frames refuse it: the link stays in the address, and a reload reads it again.
    }
  };
  const planner = new Planner(start);
  if (!loaded.ok) planner.storageMessage = loaded.message;
  const keep = new KeepChoice();
  // While the user chooses what to keep, the page says nothing yet about the saved scenarios.
  if (!start.choose) keep.tell(openedNote(start.origin, start.savedBeside, savedCount, start.scenarios.length - start.savedBeside), planner.entries);
  // The untouched default is not saved: a link's scenarios are (the address is tidied
  // away), and saved ones are already there.
  let stopAutosave: () => void = () => {};
  const autosave = (saveStart = start.origin !== 'default') => {
    stopAutosave = startAutosave(planner, storage, { saveStart, entry, ask: (q) => keep.ask(q) });
  };
  const choose = start.choose;
  const heldBack = previous.failed && saved ? saved : null;
  let safeStart: { message: string; open: () => void } | null = null;
  if (heldBack) {
    // Nothing is saved over the held-back scenarios until the user opens them.
    safeStart = {
      message: safeStartMessage(previous, heldBack.scenarios.length),
      open: () => {
        markStarting(marks, 'saved');
        planner.load({ scenarios: heldBack.scenarios, activeIndex: heldBack.active });
        autosave(false);
        settled();
      },
    };
  } else if (choose) {
    // More than a session holds: until the user has chosen, nothing is saved (the saved
    // entry stays as it is) and the link stays in the address (a reload asks again).
    void keep.ask(linkQuestion(choose)).then((ticks) => {
      const seed = keepChosen(choose, ticks.flat());
      planner.load({ ...seed, notices: start.notices });
      keep.tell(openedNote(start.origin, seed.savedBeside, savedCount, seed.scenarios.length - seed.savedBeside), planner.entries);
      tidyAddress();
      autosave();
    });
  } else {
    if (previous.failed) planner.status = safeStartMessage(previous, 0);
    if (start.consumedLink) tidyAddress();
    autosave();
  }
  // A share link pasted into this tab opens as a new visit would, once the session is saved.
  openPastedShareLinks(
    window,
    () => stopAutosave(),
    () => window.location.reload(),
  );
  const props = { planner, origin: start.origin, keep, safeStart, initialView };
  const built = canHydrate({
    hasMarkup: target.firstChild !== null,
    markedStale: root.dataset.prerender === 'stale',
    origin: start.origin,
    notices: start.notices.length,
    storageOk: loaded.ok,
    locale: defaultLocale(),
  });
  await validation;
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
    for (const piece of planner.headStartActive()) {
      piece();
      await nextTask();
    }
    void planner.results;
    await nextTask();
    target.textContent = '';
    const staged = mount(App, { target, props: { ...props, staged: true } });
    delete root.dataset.prerender;
    // The figures of a hidden view in a task of their own: a heavy scenario's page is then
    // built in two tasks rather than one long one.
    await nextTask();
    staged.showRest();
    flushSync();
    app = staged;
  }
  // The page answers input from here on (app.css shows a busy pointer until then).
  root.dataset.ready = '';
  // Validation's schemas are built once the first figures are painted, so that neither the
  // first render nor the first edit waits for them.
  void afterFirstPaint().then(() => schemas());
  settled();
  // Leaving a page that answers input (a reload, a link) is no failed start; a frozen page runs no handler.
  window.addEventListener('pagehide', () => {
    if (root.dataset.ready !== undefined) markStarted(marks);
  });
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

/**
 * Autosave: the session's scenarios go to local storage shortly after each change and
 * when the page is hidden. Storage problems (full, blocked) become a message on the
 * page, never an exception.
 *
 * Two tabs of the page share the saved entry. Each save carries a revision and the
 * scenarios' ids; before writing, a tab checks that the entry is still the one it last
 * read or wrote, and when another tab has saved meanwhile (or the browser's `storage`
 * event says so) it merges the other tab's scenarios into its own (tab-merge.ts) instead
 * of writing over them.
 */
import type { Scenario } from '../model';
import { STORAGE_KEY, readEntry, saveScenarios, type StorageLike, type StoredEntry } from '../io/storage';
import { MAX_SCENARIOS, newScenarioId, type Planner } from './planner.svelte';
import { mergeTabs, type TabMerge } from './tab-merge';
import { tabQuestion, ticksInOrder, type KeepQuestion } from './keep';

/** Asks the user which scenarios to keep (the page's dialog); one list of ticks per group. */
export type AskKeep = (question: KeepQuestion) => Promise<boolean[][]>;

/** Quiet time after the last change before writing (typing in a field writes once). */
export const SAVE_DELAY_MS = 250;

type Snapshot = ReturnType<Planner['snapshot']>;

/** What this tab last read from or wrote to storage. */
interface Base {
  raw: string;
  ids: readonly string[];
  scenarios: readonly Scenario[];
  active: number;
  revision: number;
}

const keyOf = (ids: readonly string[], scenarios: readonly Scenario[]) => JSON.stringify([ids, scenarios]);

/** Whether two lists have the same length and `same` items at every place. */
function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i]!));
}

function baseOf(entry: StoredEntry): Base {
  return { raw: entry.raw, ids: entry.ids, scenarios: entry.set.scenarios, active: entry.set.active, revision: entry.revision };
}

/**
 * What the autosave does with each snapshot of the session: waits for a quiet moment, then
 * writes it; `flush` writes at once. With `saveStart: false` the first snapshot (the session
 * as it starts) is not written, only what changes: a visit that leaves the default scenario
 * untouched saves nothing, so the next visit still opens on the page rendered at build time
 * (src/prerender) rather than rebuilding it. A snapshot equal to what storage holds is not
 * written either. `entry` is the saved entry the session started from, if any; `received`
 * takes another tab's entry. No effect inside: testable as it is.
 */
export function autosaver(planner: Planner, storage: StorageLike | null, saveStart: boolean, entry: StoredEntry | null = null, ask: AskKeep | null = null) {
  let pending: Snapshot | null = null;
  let skip = !saveStart;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let base: Base | null = entry ? baseOf(entry) : null;
  /** Why this tab stopped saving, once it has. */
  let hold = '';
  // A session that is still the untouched default has nothing of its own to merge: another tab's entry replaces it.
  let edited = saveStart;

  // Scenarios are replaced, never mutated: one that is the very object saved is unchanged without writing it out (an edit changes one scenario of many).
  const unchanged = (snap: Snapshot) =>
    base !== null &&
    snap.activeIndex === base.active &&
    sameList(snap.ids, base.ids, (a, b) => a === b) &&
    sameList(snap.scenarios, base.scenarios, (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b));

  /** Merges another tab's entry into the session; true when the session now holds something the entry lacks. */
  const merge = (theirs: StoredEntry): boolean => {
    const ours = edited ? planner.snapshot() : { ids: [], scenarios: [], activeIndex: 0 };
    const merged = mergeTabs(base, { ids: theirs.ids, scenarios: theirs.set.scenarios }, ours, newScenarioId);
    if (merged.scenarios.length > MAX_SCENARIOS) {
      // Nothing is dropped to fit: the user chooses, and until then this tab saves nothing.
      if (ask) {
        hold = 'asking';
        void ask(tabQuestion(names(merged, true), names(merged, false))).then((ticks) => chosen(theirs, merged, ticksInOrder(merged.own, ticks)));
        return false;
      }
      base = null;
      hold = `Another tab of this page saved other scenarios; together with this tab's they are more than ${MAX_SCENARIOS}, so this tab no longer saves. Remove scenarios here, or download a CSV, then reload.`;
      planner.storageMessage = hold;
      return false;
    }
    const activeId = ours.ids[ours.activeIndex];
    const activeIndex = Math.max(0, merged.ids.indexOf(activeId ?? ''));
    base = { ...baseOf(theirs), active: activeIndex };
    planner.replaceAll(
      merged.ids.map((id, i) => ({ id, scenario: merged.scenarios[i]! })),
      activeIndex,
    );
    if (merged.conflicts > 0) {
      planner.status = `Another tab of this page changed ${merged.conflicts === 1 ? 'a scenario' : `${merged.conflicts} scenarios`} that this tab changed too: both versions are kept.`;
    }
    return keyOf(merged.ids, merged.scenarios) !== keyOf(theirs.ids, theirs.set.scenarios);
  };

  const names = (m: TabMerge, own: boolean) => m.scenarios.filter((_, i) => m.own[i] === own).map((x) => x.name);

  /** The user's choice after a merge that did not fit: the ticked scenarios, then saved (merging again if the other tab saved meanwhile). */
  const chosen = (theirs: StoredEntry, merged: TabMerge, keep: readonly boolean[]) => {
    const list = merged.ids.map((id, i) => ({ id, scenario: merged.scenarios[i]! })).filter((_, i) => keep[i]);
    if (list.length === 0) return;
    base = baseOf(theirs);
    hold = '';
    planner.replaceAll(list);
    pending = planner.snapshot();
    flush();
  };

  /** The stored entry when another tab wrote it since this tab last read or wrote. */
  const otherTabEntry = (): StoredEntry | null => {
    let raw: string | null;
    try {
      raw = storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
    if (raw === null || raw === base?.raw) return null;
    const read = readEntry(raw);
    return read.ok && 'ids' in read ? read : null;
  };

  const write = (snap: Snapshot) => {
    const r = saveScenarios(storage, { scenarios: snap.scenarios, active: snap.activeIndex }, new Date(), {
      revision: (base?.revision ?? 0) + 1,
      ids: snap.ids,
    });
    if (r.ok) base = { raw: r.raw, ids: snap.ids, scenarios: snap.scenarios, active: snap.activeIndex, revision: (base?.revision ?? 0) + 1 };
    planner.storageMessage = r.ok ? '' : r.message;
  };

  const flush = () => {
    clearTimeout(timer);
    if (!pending || hold) return;
    pending = null;
    const theirs = otherTabEntry();
    if (theirs && !merge(theirs)) return;
    const snap = planner.snapshot();
    if (!unchanged(snap)) write(snap);
  };
  const take = (snapshot: Snapshot) => {
    if (skip) {
      skip = false;
      return;
    }
    if (hold || unchanged(snapshot)) {
      pending = null;
      clearTimeout(timer);
      return;
    }
    edited = true;
    pending = snapshot;
    clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  };
  /** Another tab saved `raw`: merge it in now, and write back at once if this tab adds to it. */
  const received = (raw: string | null) => {
    if (raw === null || raw === base?.raw || hold) return;
    const read = readEntry(raw);
    if (!read.ok || !('ids' in read)) return;
    clearTimeout(timer);
    pending = null;
    if (merge(read)) write(planner.snapshot());
  };
  return { take, flush, received };
}

/** Starts saving the planner's scenarios (see {@link autosaver}); returns a function that stops it. */
export function startAutosave(
  planner: Planner,
  storage: StorageLike | null,
  { saveStart = true, entry = null, ask = null }: { saveStart?: boolean; entry?: StoredEntry | null; ask?: AskKeep | null } = {},
): () => void {
  const saver = autosaver(planner, storage, saveStart, entry, ask);
  const onHide = () => {
    if (document.visibilityState === 'hidden') saver.flush();
  };
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY) saver.received(e.newValue);
  };
  window.addEventListener('pagehide', saver.flush);
  window.addEventListener('storage', onStorage);
  document.addEventListener('visibilitychange', onHide);

  const stop = $effect.root(() => {
    $effect(() => saver.take(planner.snapshot()));
  });
  return () => {
    saver.flush();
    stop();
    window.removeEventListener('pagehide', saver.flush);
    window.removeEventListener('storage', onStorage);
    document.removeEventListener('visibilitychange', onHide);
  };
}

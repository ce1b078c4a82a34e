/**
 * Start guard: a visit after a start that never finished (the tab froze, or the app failed
 * before it answered input) opens safely on the default scenario and offers the saved
 * scenarios back, instead of loading them blindly again.
 *
 * A mark is written to the tab's session storage before the scenarios are computed and
 * removed once the page answers input. Session storage belongs to one tab and survives its
 * reload, so a mark found at start means this tab's last start did not finish; another tab
 * starting at the same moment never sees it. Pure over a `Storage`-like object.
 */

/** The mark's key in session storage. */
export const START_MARK_KEY = 'ai-support-planner/starting';

/** The part of the Web Storage API used here. */
export interface MarkStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the last start in this tab left behind. */
export interface PreviousStart {
  /** Whether the last start in this tab stopped before the page answered input. */
  failed: boolean;
  /** What that start was opening (`share-link`, `readable-link`, `saved`...), when known. */
  opening: string | null;
}

/** The tab's session storage, or null where the browser refuses it (never throws). */
export function sessionMarks(): MarkStorage | null {
  try {
    return (globalThis as { sessionStorage?: MarkStorage }).sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Reads what the previous start in this tab left (never throws). */
export function previousStart(storage: MarkStorage | null): PreviousStart {
  try {
    const raw = storage?.getItem(START_MARK_KEY) ?? null;
    if (raw === null) return { failed: false, opening: null };
    const opening = /^[a-z-]{1,40}$/.test(raw) ? raw : null;
    return { failed: true, opening };
  } catch {
    return { failed: false, opening: null };
  }
}

/** Marks a start as under way, naming what it opens (never throws: without storage there is no guard). */
export function markStarting(storage: MarkStorage | null, opening: string): void {
  try {
    storage?.setItem(START_MARK_KEY, opening);
  } catch {
    // Storage refused: the guard is off for this visit, the start itself goes on.
  }
}

/** The start has finished: the page answers input. */
export function markStarted(storage: MarkStorage | null): void {
  try {
    storage?.removeItem(START_MARK_KEY);
  } catch {
    // Nothing to do: a mark left behind only means one safe start too many.
  }
}

/** The sentence the page shows on a safe start. */
export function safeStartMessage(previous: PreviousStart, savedCount: number): string {
  const what =
    previous.opening === 'share-link'
      ? 'a share link'
      : previous.opening === 'readable-link'
        ? 'a link'
        : previous.opening === 'saved'
          ? 'your saved scenarios'
          : 'the page';
  const saved =
    savedCount > 0
      ? ` Your ${savedCount === 1 ? 'saved scenario is' : `${savedCount} saved scenarios are`} kept and not opened yet, so that the page works; open them below when you are ready. Nothing is saved over them until you do.`
      : '';
  return `The last visit in this tab stopped before the page was ready while opening ${what}. The planner opened on the default scenario instead.${saved}`;
}

/**
 * Autosave (README, "Scenarios, saved data and two tabs"): the scenario set in the
 * browser's local storage under a versioned key, validated when it is read back. Pure over
 * a `Storage`-like object, so the app passes `browserStorage()` and the tests a fake.
 *
 * Nothing is thrown and nothing the user had is lost:
 * - storage that is missing or blocked (private browsing, SecurityError) and a full quota
 *   come back as `{ ok: false, reason }` with a sentence for the page;
 * - an entry that cannot be read (damaged, invalid, or written by a newer version) is
 *   reported on load and left in place; before a save would replace it, it is copied
 *   to `UNREADABLE_KEY`, and if that slot already holds a different entry the save is
 *   refused rather than lose either.
 *
 * Entry: exact JSON (numbers round-trip, negative zero kept) of
 * `{ "format": 1, "savedAt": ISO time, "revision": r, "active": n, "scenarios": [...], "ids": [...] }`.
 * `revision` counts the saves and `ids` names each scenario, so that two tabs of the page
 * can tell what the other changed (state/tab-merge.ts). Both are optional: an entry
 * without them reads as revision 0 with the ids `saved-1`, `saved-2` ... (the same in
 * every tab).
 */
import { exactJson, parseScenarioSet, type ScenarioSet } from './scenario-set';

/** Versioned key: a new entry format gets a new number, and the loader reads older ones. */
export const STORAGE_KEY = 'ai-support-planner/scenarios/v1';
/** Where an unreadable entry is kept when a save would otherwise replace it. */
export const UNREADABLE_KEY = 'ai-support-planner/scenarios/unreadable';
export const STORAGE_FORMAT = 1;

/** The part of the Web Storage API used here. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type StorageFailure = 'unavailable' | 'quota' | 'corrupt' | 'invalid' | 'newer-version' | 'unreadable-kept' | 'error';

/** A readable entry: the set, the scenarios' ids, the save count and the text as stored. */
export interface StoredEntry {
  set: ScenarioSet;
  ids: string[];
  revision: number;
  raw: string;
}

/** Longest scenario id kept from an entry. */
const MAX_ID_CHARS = 100;

export type LoadResult =
  ({ ok: true; savedAt: string | null } & StoredEntry) | { ok: true; set: null } | { ok: false; reason: StorageFailure; message: string };

export type SaveResult = { ok: true; raw: string } | { ok: false; reason: StorageFailure; message: string };

/** What a save writes beside the set: the save count and the scenarios' ids. */
export interface EntryTag {
  revision?: number;
  ids?: readonly string[];
}

const MESSAGES = {
  unavailable:
    'This browser does not let the page keep data (private browsing or blocked storage), so scenarios are not saved between visits. Copy a share link or export a CSV to keep them.',
  quota:
    "The browser's storage for this page is full, so the latest changes are not saved locally. Copy a share link or export a CSV to keep them, or remove scenarios you no longer need.",
  corrupt:
    'The scenarios saved in this browser could not be read (the saved entry is damaged). It has been left as it is; the planner started from the default scenario.',
  unreadableKept:
    'Scenarios cannot be saved in this browser without losing an earlier entry that could not be read. Export a CSV or copy a share link to keep your work.',
} as const;

/** The page's local storage, or null where the browser refuses it (never throws). */
export function browserStorage(): StorageLike | null {
  try {
    const s = (globalThis as { localStorage?: StorageLike }).localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

function failure(e: unknown): { ok: false; reason: StorageFailure; message: string } {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) {
    return { ok: false, reason: 'quota', message: MESSAGES.quota };
  }
  if (name === 'SecurityError' || name === 'InvalidAccessError') return { ok: false, reason: 'unavailable', message: MESSAGES.unavailable };
  const detail = e instanceof Error ? e.message : String(e);
  return { ok: false, reason: 'error', message: `The browser refused to store the scenarios (${detail}). Copy a share link or export a CSV to keep them.` };
}

/** Reads an entry's text: the set, or why it cannot be used. */
export function readEntry(raw: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt', message: MESSAGES.corrupt };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'corrupt', message: MESSAGES.corrupt };
  const { format, savedAt, active, scenarios, ids, revision } = data as Record<string, unknown>;
  if (typeof format === 'number' && format > STORAGE_FORMAT) {
    return {
      ok: false,
      reason: 'newer-version',
      message: `The scenarios saved in this browser were written by a newer version of the planner (format ${format}). They have been left as they are; open the newer version to use them.`,
    };
  }
  if (typeof format === 'number' && format !== STORAGE_FORMAT) {
    return {
      ok: false,
      reason: 'corrupt',
      message: `The scenarios saved in this browser have format ${format}, which no version of the planner writes (this one reads format ${STORAGE_FORMAT}): the saved entry is damaged or was changed by hand. It has been left as it is; the planner started from the default scenario.`,
    };
  }
  if (format !== STORAGE_FORMAT) return { ok: false, reason: 'corrupt', message: MESSAGES.corrupt };
  const valid = parseScenarioSet(scenarios, active);
  if (!valid.ok) {
    return {
      ok: false,
      reason: 'invalid',
      message: `The scenarios saved in this browser are not valid and were not restored (${valid.message}) The saved entry has been left as it is.`,
    };
  }
  return {
    ok: true,
    set: valid.set,
    savedAt: typeof savedAt === 'string' ? savedAt : null,
    ids: idsOf(ids, valid.set.scenarios.length),
    revision: typeof revision === 'number' && Number.isSafeInteger(revision) && revision >= 0 ? revision : 0,
    raw,
  };
}

/** The entry's ids when they are usable (one distinct short text per scenario), else the ids every tab gives an entry without them. */
function idsOf(ids: unknown, count: number): string[] {
  const usable =
    Array.isArray(ids) &&
    ids.length === count &&
    ids.every((id) => typeof id === 'string' && id !== '' && id.length <= MAX_ID_CHARS) &&
    new Set(ids).size === count;
  return usable ? (ids as string[]) : Array.from({ length: count }, (_, i) => `saved-${i + 1}`);
}

/**
 * Restores the saved scenario set: `{ ok: true, set: null }` when nothing was saved.
 * A failure leaves the entry untouched.
 */
export function loadScenarios(storage: StorageLike | null): LoadResult {
  if (!storage) return { ok: false, reason: 'unavailable', message: MESSAGES.unavailable };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return failure(e);
  }
  return raw === null ? { ok: true, set: null } : readEntry(raw);
}

/**
 * Saves the scenario set. Refuses an invalid set (it would not restore). An existing
 * entry that cannot be read is first copied to `UNREADABLE_KEY` (see the module comment).
 */
export function saveScenarios(storage: StorageLike | null, set: ScenarioSet, now: Date = new Date(), tag: EntryTag = {}): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable', message: MESSAGES.unavailable };
  const valid = parseScenarioSet(set.scenarios, set.active);
  if (!valid.ok) return { ok: false, reason: 'invalid', message: `The scenarios were not saved: ${valid.message}` };
  const ids = tag.ids && tag.ids.length === valid.set.scenarios.length ? tag.ids : undefined;
  const entry = exactJson({
    format: STORAGE_FORMAT,
    savedAt: now.toISOString(),
    revision: tag.revision,
    active: valid.set.active,
    scenarios: valid.set.scenarios,
    ids,
  });
  try {
    const existing = storage.getItem(STORAGE_KEY);
    if (existing !== null && !readEntry(existing).ok) {
      const kept = storage.getItem(UNREADABLE_KEY);
      if (kept !== null && kept !== existing) return { ok: false, reason: 'unreadable-kept', message: MESSAGES.unreadableKept };
      if (kept === null) storage.setItem(UNREADABLE_KEY, existing);
    }
    storage.setItem(STORAGE_KEY, entry);
    return { ok: true, raw: entry };
  } catch (e) {
    return failure(e);
  }
}

/** The entry kept aside because it could not be read, for the page to offer as a download. */
export function unreadableEntry(storage: StorageLike | null): string | null {
  try {
    return storage?.getItem(UNREADABLE_KEY) ?? null;
  } catch {
    return null;
  }
}

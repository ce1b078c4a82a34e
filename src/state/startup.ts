/**
 * Where a session starts: a share link (`#s=...`) first, then readable parameters
 * (`?preset=saas&contacts=20000`), then the autosaved scenarios, then the default preset.
 * A link's scenarios are added to the saved ones and shown. Nothing saved is dropped: when
 * both together are more than a session holds, the user chooses which to keep (`choose`).
 */
import { presetScenario, type Scenario } from '../model';
import { hasShareFragment } from '../io/share-fragment';
import { lazy } from '../io/lazy';

// The readers of share links and readable links load only for a visit that has one: the first page needs neither.
const loadShareReader = lazy(() => import('../io/share-url'));
const loadLinkReader = lazy(() => import('../io/query-params'));
/** The validation (zod and the schemas): a link and saved scenarios are validated before the page shows them, an edit before it applies. */
export const loadValidation = lazy(() => import('../model/schema-define'));
import { MAX_SCENARIOS, uniqueName, type PlannerSeed } from './planner.svelte';

export interface SavedSet {
  scenarios: readonly Scenario[];
  active: number;
  /** The saved scenarios' ids, where the entry has them. */
  ids?: readonly (string | null)[];
}

/** How the session started, for the notice the page shows. */
export type Origin = 'share-link' | 'readable-link' | 'saved' | 'default';

/**
 * The saved scenarios and a link's new ones together, more than a session holds: the
 * user picks which to keep. `scenarios` lists the saved ones first (`savedCount` of them).
 */
export interface KeepRequest {
  scenarios: readonly Scenario[];
  ids: readonly (string | null)[];
  savedCount: number;
  /** The scenario the link shows. */
  activeIndex: number;
}

export interface Startup extends PlannerSeed {
  notices: readonly string[];
  origin: Origin;
  /** Whether the address holds a link that has now been read (the app then tidies the address). */
  consumedLink: boolean;
  /** How many saved scenarios the session holds beside a link's. */
  savedBeside: number;
  /** Set when the user must choose what to keep; the seed then holds the link's scenarios alone, for the page behind the question. */
  choose: KeepRequest | null;
}

export interface Merged {
  scenarios: Scenario[];
  ids: (string | null)[];
  activeIndex: number;
  /** How many of `scenarios` are the saved ones (they come first). */
  savedCount: number;
}

/**
 * Every saved scenario, then the link's ones that are not exact duplicates of a saved one
 * (names made unique); the link's active scenario becomes active. Nothing is cut here: the
 * result may hold more than `MAX_SCENARIOS`.
 */
export function mergeLinked(saved: SavedSet | null, linked: readonly Scenario[], linkedActive: number): Merged {
  const kept = saved?.scenarios ?? [];
  const same = (a: Scenario, b: Scenario) => JSON.stringify(a) === JSON.stringify(b);
  const scenarios: Scenario[] = [...kept];
  const ids: (string | null)[] = kept.map((_, i) => saved?.ids?.[i] ?? null);
  let activeIndex = 0;
  linked.forEach((s, i) => {
    const existing = scenarios.findIndex((k) => same(k, s));
    let at = existing;
    if (existing < 0) {
      const named = {
        ...s,
        name: uniqueName(
          s.name,
          scenarios.map((k) => k.name),
        ),
      };
      scenarios.push(named);
      ids.push(null);
      at = scenarios.length - 1;
    }
    if (i === linkedActive) activeIndex = at;
  });
  return { scenarios, ids, activeIndex, savedCount: kept.length };
}

/**
 * The scenarios the user chose to keep, in their order; the link's active scenario stays
 * active when kept, else the first kept one of the link, else the first kept one.
 * `keep[i]` says whether `request.scenarios[i]` is kept.
 */
export function keepChosen(request: KeepRequest, keep: readonly boolean[]): PlannerSeed & { savedBeside: number } {
  const at = request.scenarios.map((_, i) => i).filter((i) => keep[i] === true);
  if (at.length === 0) return { scenarios: [presetScenario()], activeIndex: 0, savedBeside: 0 };
  let activeIndex = at.indexOf(request.activeIndex);
  if (activeIndex < 0)
    activeIndex = Math.max(
      0,
      at.findIndex((i) => i >= request.savedCount),
    );
  return {
    scenarios: at.map((i) => request.scenarios[i]!),
    ids: at.map((i) => request.ids[i] ?? null),
    activeIndex,
    savedBeside: at.filter((i) => i < request.savedCount).length,
  };
}

function linkSession(merged: Merged, linked: readonly Scenario[], linkedActive: number, notices: string[], origin: Origin): Startup {
  if (merged.scenarios.length <= MAX_SCENARIOS) {
    return {
      scenarios: merged.scenarios,
      ids: merged.ids,
      activeIndex: merged.activeIndex,
      notices,
      origin,
      consumedLink: true,
      savedBeside: merged.savedCount,
      choose: null,
    };
  }
  return {
    scenarios: linked,
    activeIndex: linkedActive,
    notices,
    origin,
    consumedLink: true,
    savedBeside: 0,
    choose: { scenarios: merged.scenarios, ids: merged.ids, savedCount: merged.savedCount, activeIndex: merged.activeIndex },
  };
}

/** The seed of the session from the page address and the autosave. */
export async function startup(search: string, hash: string, saved: SavedSet | null): Promise<Startup> {
  const notices: string[] = [];
  if (hasShareFragment(hash)) {
    const [{ decodeShareFragment }] = await Promise.all([loadShareReader(), loadValidation()]);
    const decoded = await decodeShareFragment(hash);
    if (decoded.ok) return linkSession(mergeLinked(saved, decoded.scenarios, decoded.active), decoded.scenarios, decoded.active, notices, 'share-link');
    notices.push(decoded.message);
  }
  if (search.length > 1) {
    const [{ applyQuery }] = await Promise.all([loadLinkReader(), loadValidation()]);
    const q = applyQuery(search);
    notices.push(...q.notices);
    if (q.applied) return linkSession(mergeLinked(saved, [q.scenario], 0), [q.scenario], 0, notices, 'readable-link');
    // Its notices speak of the scenario the link would have made: say that none was made, and what is shown instead.
    if (q.notices.length > 0)
      notices.push(
        saved && saved.scenarios.length > 0
          ? 'Nothing in the link could be applied, so it opened no scenario of its own: your saved scenarios are shown as they were'
          : 'Nothing in the link could be applied, so it opened no scenario of its own: the default scenario is shown',
      );
  }
  if (saved && saved.scenarios.length > 0) {
    // A saved entry holds at most MAX_SCENARIOS (storage refuses more): it opens whole.
    return {
      scenarios: saved.scenarios,
      ids: saved.ids,
      activeIndex: saved.active,
      notices,
      origin: 'saved',
      consumedLink: notices.length > 0,
      savedBeside: 0,
      choose: null,
    };
  }
  return { scenarios: [presetScenario()], activeIndex: 0, notices, origin: 'default', consumedLink: notices.length > 0, savedBeside: 0, choose: null };
}

/** The sentence shown once a link is open: what it holds, and what became of the saved scenarios. */
export function openedNote(origin: Origin, savedBeside: number, savedBefore: number, held = 1): string {
  if (origin !== 'share-link' && origin !== 'readable-link') return '';
  const from = origin === 'share-link' ? 'a share link' : 'a link';
  const head =
    held > 1 ? `Opened from ${from}: the ${held} scenarios below are the ones it holds` : `Opened from ${from}: the scenario below is the one it holds`;
  const them = held > 1 ? 'them' : 'it';
  if (savedBefore === 0) return `${head}.`;
  if (savedBeside === savedBefore)
    return `${head}; your ${savedBefore === 1 ? 'saved scenario is' : `${savedBefore} saved scenarios are`} kept beside ${them}.`;
  const dropped = savedBefore - savedBeside;
  return `${head}; you kept ${savedBeside} of your ${savedBefore} saved scenarios beside ${them} (${dropped} removed, as you chose).`;
}

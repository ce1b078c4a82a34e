/**
 * Where a session starts: a share link (`#s=...`) first, then readable parameters
 * (`?preset=saas&contacts=20000`), then the autosaved scenarios, then the default preset.
 * A link's scenarios are added to the saved ones (nothing saved is lost) and shown.
 */
import { presetScenario, type Scenario } from '../model';
import { applyQuery } from '../io/query-params';
import { decodeShareFragment, hasShareFragment } from '../io/share-url';
import { MAX_SCENARIOS, uniqueName, type PlannerSeed } from './planner.svelte';

export interface SavedSet {
  scenarios: readonly Scenario[];
  active: number;
}

/** How the session started, for the notice the page shows. */
export type Origin = 'share-link' | 'readable-link' | 'saved' | 'default';

export interface Startup extends PlannerSeed {
  notices: readonly string[];
  origin: Origin;
  /** Whether the address holds a link that has now been read (the app then tidies the address). */
  consumedLink: boolean;
}

/**
 * Link scenarios after the saved ones, without exact duplicates and within the limit;
 * the link's active scenario becomes active. Names are made unique.
 */
export function mergeLinked(saved: SavedSet | null, linked: readonly Scenario[], linkedActive: number): { scenarios: Scenario[]; activeIndex: number } {
  const kept = (saved?.scenarios ?? []).slice(0, Math.max(0, MAX_SCENARIOS - linked.length));
  const same = (a: Scenario, b: Scenario) => JSON.stringify(a) === JSON.stringify(b);
  const scenarios: Scenario[] = [...kept];
  let activeIndex = 0;
  linked.forEach((s, i) => {
    const existing = scenarios.findIndex((k) => same(k, s));
    let at = existing;
    if (existing < 0) {
      const named = { ...s, name: uniqueName(s.name, scenarios.map((k) => k.name)) };
      scenarios.push(named);
      at = scenarios.length - 1;
    }
    if (i === linkedActive) activeIndex = at;
  });
  return { scenarios, activeIndex };
}

/** The seed of the session from the page address and the autosave. */
export async function startup(search: string, hash: string, saved: SavedSet | null): Promise<Startup> {
  const notices: string[] = [];
  if (hasShareFragment(hash)) {
    const decoded = await decodeShareFragment(hash);
    if (decoded.ok) {
      return { ...mergeLinked(saved, decoded.scenarios, decoded.active), notices, origin: 'share-link', consumedLink: true };
    }
    notices.push(decoded.message);
  }
  if (search.length > 1) {
    const q = applyQuery(search);
    notices.push(...q.notices);
    if (q.applied) return { ...mergeLinked(saved, [q.scenario], 0), notices, origin: 'readable-link', consumedLink: true };
  }
  if (saved && saved.scenarios.length > 0) {
    return { scenarios: saved.scenarios.slice(0, MAX_SCENARIOS), activeIndex: Math.min(saved.active, MAX_SCENARIOS - 1), notices, origin: 'saved', consumedLink: notices.length > 0 };
  }
  return { scenarios: [presetScenario()], activeIndex: 0, notices, origin: 'default', consumedLink: notices.length > 0 };
}

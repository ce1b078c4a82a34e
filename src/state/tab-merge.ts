/**
 * Two tabs of the page share one saved entry. When one tab finds that the other saved
 * since it last read or wrote the entry, it merges instead of writing over it: a
 * three-way merge by scenario id, against the entry both started from (`base`).
 *
 * - changed in one tab only: that change wins;
 * - changed in both, differently: both are kept (the other tab's version under a new id
 *   and, as names clash, a new name), so neither edit is lost;
 * - deleted in one tab and left alone in the other: deleted; deleted in one and edited in
 *   the other: the edited one is kept;
 * - added in either tab: kept, this tab's new ones where they stand in this tab.
 *
 * Scenarios are compared by content, so an object this tab holds is passed through as it
 * is when it wins (the planner then keeps its unsaved drafts).
 */
import type { Scenario } from '../model';
import { uniqueName } from './planner.svelte';

/** One side of the merge: scenarios and their ids, in order. */
export interface TabSide {
  ids: readonly string[];
  scenarios: readonly Scenario[];
}

export interface TabMerge {
  ids: string[];
  scenarios: Scenario[];
  /** Whether each scenario is this tab's version (else the other tab's). */
  own: boolean[];
  /** Scenarios both tabs changed differently, now kept twice. */
  conflicts: number;
}

const keyOf = (s: Scenario): string => JSON.stringify(s);

function byId(side: TabSide | null): Map<string, Scenario> {
  const m = new Map<string, Scenario>();
  side?.ids.forEach((id, i) => m.set(id, side.scenarios[i]!));
  return m;
}

/** Merges `theirs` (what the other tab saved) into `ours` (this tab) against `base`; `newId` names a scenario kept twice. */
export function mergeTabs(base: TabSide | null, theirs: TabSide, ours: TabSide, newId: () => string): TabMerge {
  const b = byId(base);
  const o = byId(ours);
  const out: { id: string; scenario: Scenario; own: boolean }[] = [];
  let conflicts = 0;
  const twice: { after: string; scenario: Scenario }[] = [];

  theirs.ids.forEach((id, i) => {
    const t = theirs.scenarios[i]!;
    const was = b.get(id);
    const mine = o.get(id);
    if (mine === undefined) {
      // Not here: deleted in this tab (dropped unless the other tab changed it since) or new there.
      if (was === undefined || keyOf(was) !== keyOf(t)) out.push({ id, scenario: t, own: false });
      return;
    }
    const [km, kt] = [keyOf(mine), keyOf(t)];
    if (km === kt || (was !== undefined && keyOf(was) === kt)) out.push({ id, scenario: mine, own: true });
    else if (was !== undefined && keyOf(was) === km) out.push({ id, scenario: t, own: false });
    else {
      out.push({ id, scenario: mine, own: true });
      twice.push({ after: id, scenario: t });
      conflicts++;
    }
  });

  const inTheirs = new Set(theirs.ids);
  let previous: string | null = null;
  ours.ids.forEach((id, i) => {
    const mine = ours.scenarios[i]!;
    if (!inTheirs.has(id)) {
      const was = b.get(id);
      // Deleted in the other tab: gone unless this tab changed it since; new here: kept.
      if (was === undefined || keyOf(was) !== keyOf(mine)) {
        const at = previous === null ? 0 : out.findIndex((x) => x.id === previous) + 1;
        out.splice(at, 0, { id, scenario: mine, own: true });
      } else return;
    }
    previous = id;
  });

  for (const { after, scenario } of twice) {
    const at = out.findIndex((x) => x.id === after) + 1;
    out.splice(at, 0, { id: newId(), scenario, own: false });
  }

  // Names stay unique: of two scenarios with one name, the later one is renamed.
  const taken: string[] = [];
  const scenarios = out.map((x) => {
    const clash = taken.includes(x.scenario.name);
    const scenario = clash ? { ...x.scenario, name: uniqueName(x.scenario.name, taken) } : x.scenario;
    taken.push(scenario.name);
    return scenario;
  });
  return { ids: out.map((x) => x.id), scenarios, own: out.map((x) => x.own), conflicts };
}

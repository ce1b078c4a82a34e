/**
 * Choosing which scenarios to keep when more arrive than a session holds (a link beside
 * the saved scenarios, a scenario CSV beside the session's): nothing is dropped until the
 * user has ticked what to keep. Pure helpers for the question and its answer.
 */
import type { Scenario } from '../model';
import { MAX_SCENARIOS, uniqueName } from './planner.svelte';
import type { KeepRequest } from './startup';

/** One list of the question: where the scenarios come from, and their names. */
export interface KeepGroup {
  label: string;
  names: readonly string[];
}

export interface KeepQuestion {
  title: string;
  intro: string;
  groups: readonly KeepGroup[];
}

/** The state of the answer: how many are ticked, whether that may be confirmed, and what to say. */
export function keepTally(keep: readonly (readonly boolean[])[], max: number = MAX_SCENARIOS): { ticked: number; ok: boolean; text: string } {
  const ticked = keep.reduce((n, g) => n + g.filter(Boolean).length, 0);
  if (ticked === 0) return { ticked, ok: false, text: `No scenario ticked: tick at least one (at most ${max}).` };
  if (ticked > max) return { ticked, ok: false, text: `${ticked} ticked; a session holds at most ${max}: untick ${ticked - max} more.` };
  return { ticked, ok: true, text: `${ticked} ticked, of at most ${max}.` };
}

/** Names of the scenarios left unticked, for the sentence that reports the choice. */
export function unticked(names: readonly string[], keep: readonly boolean[]): string[] {
  return names.filter((_, i) => keep[i] !== true);
}

/** A list of names for a sentence: `"A", "B" and "C"`. */
export function nameList(names: readonly string[]): string {
  const q = names.map((n) => `"${n}"`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

/**
 * The session after a scenario CSV was opened beside it: the ticked session scenarios,
 * then the ticked scenarios of the file (names made unique, new ids); the file's active
 * scenario is shown when kept, else its first kept one, else the one that was active.
 */
export function keepWithAdded(
  session: readonly { id: string; scenario: Scenario }[],
  keepSession: readonly boolean[],
  added: readonly Scenario[],
  keepAdded: readonly boolean[],
  addedActive: number,
  activeId: string,
  newId: () => string,
): { list: { id: string; scenario: Scenario }[]; activeIndex: number } {
  const list = session.filter((_, i) => keepSession[i] === true).map((e) => ({ id: e.id, scenario: e.scenario }));
  const first = list.length;
  const taken = list.map((e) => e.scenario.name);
  let activeIndex = -1;
  added.forEach((s, i) => {
    if (keepAdded[i] !== true) return;
    const name = uniqueName(s.name, taken);
    taken.push(name);
    if (i === addedActive || (activeIndex < 0 && i > addedActive)) activeIndex = list.length;
    list.push({ id: newId(), scenario: { ...s, name } });
  });
  if (activeIndex < 0)
    activeIndex =
      list.length > first
        ? first
        : Math.max(
            0,
            list.findIndex((e) => e.id === activeId),
          );
  return { list, activeIndex };
}

/** The question for a link whose scenarios do not fit beside the saved ones. */
export function linkQuestion(request: KeepRequest, max: number = MAX_SCENARIOS): KeepQuestion {
  const saved = request.scenarios.slice(0, request.savedCount).map((s) => s.name);
  const linked = request.scenarios.slice(request.savedCount).map((s) => s.name);
  return {
    title: 'Which scenarios do you keep?',
    intro:
      `The link holds ${linked.length} scenario${linked.length === 1 ? '' : 's'} beside the ${saved.length} saved in this browser: ` +
      `${saved.length + linked.length} in all, and a session holds at most ${max}. Untick the ones you do not need. ` +
      'Nothing is removed until you confirm; until then your saved scenarios stay as they are in this browser.',
    groups: [
      { label: 'Saved in this browser', names: saved },
      { label: 'From the link', names: linked },
    ],
  };
}

/** The question for a scenario CSV whose scenarios do not fit beside the session's. */
export function fileQuestion(fileName: string, session: readonly string[], file: readonly string[], max: number = MAX_SCENARIOS): KeepQuestion {
  return {
    title: 'Which scenarios do you keep?',
    intro:
      `"${fileName}" holds ${file.length} scenario${file.length === 1 ? '' : 's'} and this session ${session.length}: ` +
      `${session.length + file.length} in all, and a session holds at most ${max}. Untick the ones you do not need. Nothing is removed until you confirm.`,
    groups: [
      { label: 'In this session', names: session },
      { label: `From "${fileName}"`, names: file },
    ],
  };
}

/** The question when this tab's scenarios and another tab's are more than a session holds together. */
export function tabQuestion(own: readonly string[], other: readonly string[], max: number = MAX_SCENARIOS): KeepQuestion {
  return {
    title: 'Which scenarios do you keep?',
    intro:
      `Another tab of this page saved scenarios meanwhile. With this tab's they are ${own.length + other.length}, and a session holds at most ${max}. ` +
      'Untick the ones you do not need. Nothing is saved in this browser until you confirm.',
    groups: [
      { label: 'In this tab', names: own },
      { label: 'From the other tab', names: other },
    ],
  };
}

/** Ticks given per group (this tab's, the other tab's) put back in the merged order that `own` describes. */
export function ticksInOrder(own: readonly boolean[], ticks: readonly (readonly boolean[])[]): boolean[] {
  const next = [0, 0];
  return own.map((mine) => {
    const g = mine ? 0 : 1;
    return ticks[g]?.[next[g]!++] === true;
  });
}

import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model';
import { KeepChoice } from '../../../src/state/keep-choice.svelte';
import { Planner } from '../../../src/state/planner.svelte';
import { fileQuestion, keepTally, keepWithAdded, linkQuestion, nameList, tabQuestion, ticksInOrder, unticked } from '../../../src/state/keep';

const S = (name: string) => ({ ...presetScenario('saas'), name });

describe('keepTally', () => {
  it('allows confirming from one to twenty ticked, and says how many to untick beyond', () => {
    expect(keepTally([[true, true], [true]])).toEqual({ ticked: 3, ok: true, text: '3 ticked, of at most 20.' });
    expect(keepTally([Array(18).fill(true), Array(5).fill(true)])).toEqual({
      ticked: 23,
      ok: false,
      text: '23 ticked; a session holds at most 20: untick 3 more.',
    });
    expect(keepTally([[false], []])).toEqual({ ticked: 0, ok: false, text: 'No scenario ticked: tick at least one (at most 20).' });
  });
});

describe('naming what is not kept', () => {
  it('lists the unticked names', () => {
    expect(unticked(['A', 'B', 'C'], [true, false, false])).toEqual(['B', 'C']);
    expect(nameList(['B', 'C', 'D'])).toBe('"B", "C" and "D"');
    expect(nameList(['B'])).toBe('"B"');
  });
});

describe('the questions', () => {
  it("lists the saved scenarios, then the link's", () => {
    const q = linkQuestion({ scenarios: [S('A'), S('B'), S('L')], ids: [null, null, null], savedCount: 2, activeIndex: 2 }, 2);
    expect(q.groups).toEqual([
      { label: 'Saved in this browser', names: ['A', 'B'] },
      { label: 'From the link', names: ['L'] },
    ]);
    expect(q.intro).toContain('3 in all, and a session holds at most 2');
    expect(q.intro).toContain('Nothing is removed until you confirm');
  });

  it('names the file', () => {
    expect(fileQuestion('plan.csv', ['A'], ['X', 'Y']).groups[1]).toEqual({ label: 'From "plan.csv"', names: ['X', 'Y'] });
  });
});

describe('keepWithAdded', () => {
  const session = [
    { id: 'a', scenario: S('A') },
    { id: 'b', scenario: S('B') },
  ];
  let n = 0;
  const newId = () => `n${++n}`;

  it("keeps the ticked session scenarios and adds the ticked file ones, names made unique, the file's active one shown", () => {
    const r = keepWithAdded(session, [false, true], [S('B'), S('X'), S('Y')], [true, true, false], 1, 'a', newId);
    expect(r.list.map((e) => e.scenario.name)).toEqual(['B', 'B (2)', 'X']);
    expect(r.list[0]!.id).toBe('b');
    expect(r.activeIndex).toBe(2);
  });

  it('shows the next kept file scenario when the active one was unticked, else the scenario that was active', () => {
    expect(keepWithAdded(session, [true, true], [S('X'), S('Y'), S('Z')], [false, false, true], 1, 'b', newId).activeIndex).toBe(2);
    expect(keepWithAdded(session, [true, true], [S('X')], [false], 0, 'b', newId).activeIndex).toBe(1);
  });
});

describe('the question of two tabs', () => {
  it("groups this tab's scenarios and the other's, and puts the ticks back in the merged order", () => {
    expect(tabQuestion(['A'], ['B', 'C']).groups.map((g) => g.label)).toEqual(['In this tab', 'From the other tab']);
    expect(
      ticksInOrder(
        [true, false, true, false],
        [
          [true, false],
          [false, true],
        ],
      ),
    ).toEqual([true, false, false, true]);
  });
});

describe('KeepChoice', () => {
  it('says how the session was opened until its scenarios are changed: then "the one it holds" is no longer true', () => {
    const p = new Planner({ scenarios: [S('From the link')], activeIndex: 0 });
    const choice = new KeepChoice();
    choice.tell('Opened from a link: the scenario below is the one it holds.', p.entries);
    expect(choice.noteFor(p.entries)).toBe('Opened from a link: the scenario below is the one it holds.');
    // Reading the figures changes nothing.
    void p.metrics.monthly_savings;
    expect(choice.noteFor(p.entries)).toBe('Opened from a link: the scenario below is the one it holds.');
    // A refused value leaves the scenario as it was, and so the note.
    expect(p.setNumber('contactsPerMonth', '-5')).toBe(false);
    expect(p.scenario.contactsPerMonth).toBe(presetScenario('saas').contactsPerMonth);
    expect(choice.noteFor(p.entries)).toBe('Opened from a link: the scenario below is the one it holds.');
    p.setNumber('contactsPerMonth', '20000');
    expect(choice.noteFor(p.entries)).toBe('');
  });

  it('shows one question at a time and answers them in turn', async () => {
    const choice = new KeepChoice();
    const q1 = fileQuestion('a.csv', ['A'], ['X']);
    const q2 = tabQuestion(['A'], ['B']);
    const first = choice.ask(q1);
    const second = choice.ask(q2);
    expect(choice.question).toBe(q1);
    choice.answer([[true], [false]]);
    expect(await first).toEqual([[true], [false]]);
    expect(choice.question).toBe(q2);
    choice.answer([[false], [true]]);
    expect(await second).toEqual([[false], [true]]);
    expect(choice.question).toBeNull();
  });
});

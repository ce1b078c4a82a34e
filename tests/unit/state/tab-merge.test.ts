import { describe, expect, it } from 'vitest';
import { presetScenario, type Scenario } from '../../../src/model';
import { mergeTabs, type TabSide } from '../../../src/state/tab-merge';

const S = (name: string, contactsPerMonth = 1000): Scenario => ({ ...presetScenario('saas'), name, contactsPerMonth });
const side = (pairs: [string, Scenario][]): TabSide => ({ ids: pairs.map(([id]) => id), scenarios: pairs.map(([, s]) => s) });
let n = 0;
const newId = () => `new-${++n}`;
const names = (m: { scenarios: Scenario[] }) => m.scenarios.map((s) => s.name);

describe('mergeTabs', () => {
  const a = S('A');
  const b = S('B');
  const base = side([
    ['a', a],
    ['b', b],
  ]);

  it("keeps a scenario the other tab added (a duplicate) beside this tab's edit of another", () => {
    const theirs = side([
      ['a', a],
      ['a2', S('A (2)')],
      ['b', b],
    ]);
    const edited = S('B', 2222);
    const ours = side([
      ['a', a],
      ['b', edited],
    ]);
    const m = mergeTabs(base, theirs, ours, newId);
    expect(names(m)).toEqual(['A', 'A (2)', 'B']);
    expect(m.scenarios[2]).toBe(edited);
    expect(m.ids).toEqual(['a', 'a2', 'b']);
    expect(m.conflicts).toBe(0);
  });

  it("takes the other tab's edit of a scenario this tab left alone, and passes this tab's objects through", () => {
    const theirs = side([
      ['a', S('A', 5)],
      ['b', b],
    ]);
    const ours = side([
      ['a', a],
      ['b', b],
    ]);
    const m = mergeTabs(base, theirs, ours, newId);
    expect(m.scenarios[0]!.contactsPerMonth).toBe(5);
    expect(m.scenarios[1]).toBe(b);
  });

  it("keeps both versions of a scenario both tabs changed, this tab's under its own id", () => {
    const theirs = side([
      ['a', S('A', 5)],
      ['b', b],
    ]);
    const ours = side([
      ['a', S('A', 6)],
      ['b', b],
    ]);
    const m = mergeTabs(base, theirs, ours, () => 'copy');
    expect(m.ids).toEqual(['a', 'copy', 'b']);
    expect(m.scenarios.map((s) => s.contactsPerMonth)).toEqual([6, 5, 1000]);
    expect(names(m)).toEqual(['A', 'A (2)', 'B']);
    expect(m.conflicts).toBe(1);
  });

  it('deletes what the other tab deleted unless this tab changed it; keeps what this tab added, where it stands', () => {
    const theirs = side([['b', b]]);
    expect(
      names(
        mergeTabs(
          base,
          theirs,
          side([
            ['a', a],
            ['b', b],
          ]),
          newId,
        ),
      ),
    ).toEqual(['B']);
    expect(
      names(
        mergeTabs(
          base,
          theirs,
          side([
            ['a', S('A', 9)],
            ['b', b],
          ]),
          newId,
        ),
      ),
    ).toEqual(['A', 'B']);
    expect(
      names(
        mergeTabs(
          base,
          side([
            ['a', a],
            ['b', b],
          ]),
          side([
            ['a', a],
            ['mine', S('Mine')],
            ['b', b],
          ]),
          newId,
        ),
      ),
    ).toEqual(['A', 'Mine', 'B']);
  });

  it('keeps a scenario this tab deleted when the other tab has changed it since', () => {
    const ours = side([['b', b]]);
    expect(
      names(
        mergeTabs(
          base,
          side([
            ['a', a],
            ['b', b],
          ]),
          ours,
          newId,
        ),
      ),
    ).toEqual(['B']);
    expect(
      mergeTabs(
        base,
        side([
          ['a', S('A', 3)],
          ['b', b],
        ]),
        ours,
        newId,
      ).scenarios.map((s) => s.contactsPerMonth),
    ).toEqual([3, 1000]);
  });

  it('with nothing in common (no base), keeps everything of both tabs, names made unique', () => {
    const m = mergeTabs(null, side([['x', S('Plan')]]), side([['y', S('Plan', 2)]]), newId);
    expect(names(m)).toEqual(['Plan', 'Plan (2)']);
    expect(m.ids).toEqual(['y', 'x']);
  });

  it('loses no scenario of either tab, whatever the edits (exhaustive over small cases)', () => {
    const variants = (s: Scenario): (Scenario | null)[] => [
      null,
      s,
      { ...s, contactsPerMonth: s.contactsPerMonth + 1 },
      { ...s, contactsPerMonth: s.contactsPerMonth + 2 },
    ];
    for (const ta of variants(a))
      for (const oa of variants(a)) {
        const theirs = side(
          ta
            ? [
                ['a', ta],
                ['b', b],
              ]
            : [['b', b]],
        );
        const ours = side(
          oa
            ? [
                ['a', oa],
                ['b', b],
              ]
            : [['b', b]],
        );
        const m = mergeTabs(base, theirs, ours, newId);
        const counts = m.scenarios.map((s) => s.contactsPerMonth);
        // Every changed version of A survives; an unchanged A survives unless the other tab deleted it.
        for (const v of [ta, oa]) if (v && v.contactsPerMonth !== 1000) expect(counts).toContain(v.contactsPerMonth);
        expect(new Set(names(m)).size).toBe(m.scenarios.length);
        expect(new Set(m.ids).size).toBe(m.ids.length);
      }
  });
});

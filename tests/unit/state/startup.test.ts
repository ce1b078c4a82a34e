import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model';
import { encodeShareFragment } from '../../../src/io/share-url';
import { keepChosen, mergeLinked, openedNote, startup } from '../../../src/state/startup';
import { MAX_SCENARIOS } from '../../../src/state/planner.svelte';
import { MAX_SCENARIOS as FORMAT_MAX } from '../../../src/io/scenario-set';

const named = (n: number, prefix = 'Saved') =>
  Array.from({ length: n }, (_, i) => ({ ...presetScenario('saas'), name: `${prefix} ${i + 1}`, contactsPerMonth: 1000 + i }));
const link = async (scenarios: ReturnType<typeof named>, active = 0) => {
  const encoded = await encodeShareFragment({ scenarios, active });
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.fragment;
};

describe('startup', () => {
  const saved = { scenarios: [{ ...presetScenario('saas'), name: 'Mine' }], active: 0 };

  it('opens the default preset when there is no link and nothing saved', async () => {
    const s = await startup('', '', null);
    expect(s.origin).toBe('default');
    expect(s.scenarios[0]!.presetId).toBe('ecommerce');
  });

  it('restores the saved scenarios', async () => {
    const s = await startup('', '', saved);
    expect(s.origin).toBe('saved');
    expect(s.scenarios.map((x) => x.name)).toEqual(['Mine']);
  });

  it("adds a readable link's scenario to the saved ones and shows it", async () => {
    const s = await startup('?preset=fintech&contacts=1234&colour=red', '', saved);
    expect(s.origin).toBe('readable-link');
    expect(s.scenarios.map((x) => x.name)).toEqual(['Mine', 'Fintech / BNPL']);
    expect(s.activeIndex).toBe(1);
    expect(s.scenarios[1]!.contactsPerMonth).toBe(1234);
    expect(s.notices).toEqual(['Unknown parameter "colour" was ignored']);
  });

  it('says when a readable link applied nothing: its notices speak of a scenario it did not open', async () => {
    const withSaved = await startup('?automation.chat=30', '', saved);
    expect(withSaved.origin).toBe('saved');
    expect(withSaved.scenarios.map((x) => x.name)).toEqual(['Mine']);
    expect(withSaved.notices).toEqual([
      expect.stringMatching(/^automation\.chat=30 was ignored: this scenario has one channel/),
      'Nothing in the link could be applied, so it opened no scenario of its own: your saved scenarios are shown as they were',
    ]);
    const alone = await startup('?colour=red', '', null);
    expect(alone.origin).toBe('default');
    expect(alone.notices).toEqual([
      'Unknown parameter "colour" was ignored',
      'Nothing in the link could be applied, so it opened no scenario of its own: the default scenario is shown',
    ]);
  });

  it('opens a share link with the exact scenarios it holds', async () => {
    const a = { ...presetScenario('b2b-enterprise'), contactsPerMonth: 777.25 };
    const encoded = await encodeShareFragment({ scenarios: [presetScenario('saas'), a], active: 1 });
    if (!encoded.ok) throw new Error(encoded.message);
    const s = await startup('', encoded.fragment, null);
    expect(s.origin).toBe('share-link');
    expect(s.scenarios[s.activeIndex]).toEqual(a);
  });

  it('reports a damaged share link and falls back to what was saved', async () => {
    const s = await startup('', '#s=1.!!!', saved);
    expect(s.origin).toBe('saved');
    expect(s.notices[0]).toMatch(/damaged/);
  });
});

describe('mergeLinked', () => {
  it('does not add a scenario that is already there', () => {
    const s = presetScenario('saas');
    expect(mergeLinked({ scenarios: [s], active: 0 }, [structuredClone(s)], 0)).toEqual({ scenarios: [s], ids: [null], activeIndex: 0, savedCount: 1 });
  });

  it('keeps the saved ids and cuts nothing, even beyond the limit', () => {
    const m = mergeLinked({ scenarios: named(20), active: 0, ids: named(20).map((_, i) => `id-${i}`) }, named(3, 'Link'), 2);
    expect(m.scenarios).toHaveLength(23);
    expect(m.ids.slice(0, 20)).toEqual(named(20).map((_, i) => `id-${i}`));
    expect(m.ids.slice(20)).toEqual([null, null, null]);
    expect(m.activeIndex).toBe(22);
  });
});

describe('a link beside the saved scenarios', () => {
  it('holds as many scenarios as the formats carry, one constant', () => {
    expect(MAX_SCENARIOS).toBe(FORMAT_MAX);
    expect(MAX_SCENARIOS).toBe(20);
  });

  it('keeps all 8 saved scenarios beside a readable link, and says so truly', async () => {
    const s = await startup('?preset=fintech', '', { scenarios: named(8), active: 3 });
    expect(s.choose).toBeNull();
    expect(s.scenarios.map((x) => x.name)).toEqual([...named(8).map((x) => x.name), 'Fintech / BNPL']);
    expect(s.activeIndex).toBe(8);
    expect(s.savedBeside).toBe(8);
    expect(openedNote(s.origin, s.savedBeside, 8)).toBe(
      'Opened from a link: the scenario below is the one it holds; your 8 saved scenarios are kept beside it.',
    );
  });

  it('keeps all 3 saved scenarios beside an 8-scenario share link', async () => {
    const s = await startup('', await link(named(8, 'Link'), 5), { scenarios: named(3), active: 0 });
    expect(s.choose).toBeNull();
    expect(s.scenarios.map((x) => x.name)).toEqual([...named(3).map((x) => x.name), ...named(8, 'Link').map((x) => x.name)]);
    expect(s.activeIndex).toBe(3 + 5);
  });

  it('opens a share link of 20 scenarios whole when nothing is saved', async () => {
    const s = await startup('', await link(named(20, 'Link'), 19), null);
    expect(s.scenarios).toHaveLength(20);
    expect(s.activeIndex).toBe(19);
    expect(openedNote(s.origin, s.savedBeside, 0, s.scenarios.length - s.savedBeside)).toBe(
      'Opened from a share link: the 20 scenarios below are the ones it holds.',
    );
    expect(openedNote('share-link', 3, 3, 8)).toBe(
      'Opened from a share link: the 8 scenarios below are the ones it holds; your 3 saved scenarios are kept beside them.',
    );
  });

  it('restores a saved entry of 9 to 20 scenarios whole, with its active one', async () => {
    for (const n of [9, 14, 20]) {
      const s = await startup('', '', { scenarios: named(n), active: n - 1, ids: named(n).map((_, i) => `x${i}`) });
      expect(s.scenarios).toHaveLength(n);
      expect(s.activeIndex).toBe(n - 1);
      expect(s.ids).toEqual(named(n).map((_, i) => `x${i}`));
    }
  });

  it('asks which to keep when saved and linked are more than a session holds, dropping none meanwhile', async () => {
    const saved = { scenarios: named(18), active: 0, ids: named(18).map((_, i) => `s${i}`) };
    const s = await startup('', await link(named(5, 'Link'), 1), saved);
    expect(s.choose).not.toBeNull();
    expect(s.choose!.scenarios).toHaveLength(23);
    expect(s.choose!.savedCount).toBe(18);
    expect(s.choose!.activeIndex).toBe(19);
    // Behind the question the page shows the link's scenarios; the saved ones are all in the question.
    expect(s.scenarios.map((x) => x.name)).toEqual(named(5, 'Link').map((x) => x.name));
    expect(s.savedBeside).toBe(0);
  });

  it('asks as well for a readable link beside 20 saved scenarios', async () => {
    const s = await startup('?preset=fintech', '', { scenarios: named(20), active: 0 });
    expect(s.choose?.scenarios).toHaveLength(21);
  });

  it('does not count a linked scenario that is already saved', async () => {
    const saved = named(20);
    const s = await startup('', await link([saved[4]!]), { scenarios: saved, active: 0 });
    expect(s.choose).toBeNull();
    expect(s.scenarios).toHaveLength(20);
    expect(s.activeIndex).toBe(4);
  });
});

describe('keepChosen', () => {
  const request = {
    scenarios: [...named(18), ...named(5, 'Link')],
    ids: [...named(18).map((_, i) => `s${i}`), null, null, null, null, null],
    savedCount: 18,
    activeIndex: 19,
  };

  it("keeps the ticked ones in order, with their ids, the link's active one shown", () => {
    const ticks = request.scenarios.map((_, i) => i !== 2 && i !== 5 && i !== 21);
    const seed = keepChosen(request, ticks);
    expect(seed.scenarios.map((x) => x.name)).toEqual(request.scenarios.filter((_, i) => ticks[i]).map((x) => x.name));
    expect(seed.ids?.slice(0, 2)).toEqual(['s0', 's1']);
    expect(seed.scenarios[seed.activeIndex]!.name).toBe('Link 2');
    expect(seed.savedBeside).toBe(16);
    expect(openedNote('share-link', seed.savedBeside, 18)).toBe(
      'Opened from a share link: the scenario below is the one it holds; you kept 16 of your 18 saved scenarios beside it (2 removed, as you chose).',
    );
  });

  it('shows the first kept scenario of the link when its active one was unticked, else the first kept', () => {
    const noActive = request.scenarios.map((_, i) => i !== 19 && i > 3);
    expect(keepChosen(request, noActive).scenarios[keepChosen(request, noActive).activeIndex]!.name).toBe('Link 1');
    const savedOnly = request.scenarios.map((_, i) => i < 18);
    const seed = keepChosen(request, savedOnly);
    expect(seed.activeIndex).toBe(0);
    expect(seed.savedBeside).toBe(18);
  });
});

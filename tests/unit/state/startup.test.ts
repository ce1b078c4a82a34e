import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model';
import { encodeShareFragment } from '../../../src/io/share-url';
import { mergeLinked, startup } from '../../../src/state/startup';

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

  it('adds a readable link\'s scenario to the saved ones and shows it', async () => {
    const s = await startup('?preset=fintech&contacts=1234&colour=red', '', saved);
    expect(s.origin).toBe('readable-link');
    expect(s.scenarios.map((x) => x.name)).toEqual(['Mine', 'Fintech / BNPL']);
    expect(s.activeIndex).toBe(1);
    expect(s.scenarios[1]!.contactsPerMonth).toBe(1234);
    expect(s.notices).toEqual(['Unknown parameter "colour" was ignored']);
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
    expect(mergeLinked({ scenarios: [s], active: 0 }, [structuredClone(s)], 0)).toEqual({ scenarios: [s], activeIndex: 0 });
  });
});

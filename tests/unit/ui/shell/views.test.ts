import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, hasShareFragment, shareUrl } from '../../../../src/io/share-url';
import { presetScenario } from '../../../../src/model';
import { DEFAULT_VIEW, formatViewHash, parseViewHash, tidiedAddress, VIEW_IDS, VIEWS, withView } from '../../../../src/ui/shell/views';

describe('parseViewHash', () => {
  it('reads every view from its own address, with or without the #', () => {
    for (const id of VIEW_IDS) {
      expect(parseViewHash(formatViewHash(id))).toBe(id);
      expect(parseViewHash(id)).toBe(id);
    }
    expect(parseViewHash('#Staffing')).toBe('staffing');
  });

  it('opens the plan for an empty, unknown or damaged address, without an error', () => {
    for (const hash of ['', '#', '#nothing', '#%E0%A4%A', '#s=', '#staffing2', '#v=', '#v=nowhere', '#constructor', '#__proto__', '#toString']) {
      expect(parseViewHash(hash)).toBe('plan');
    }
  });

  it('opens the old section anchors on the view that now shows them', () => {
    expect(parseViewHash('#results')).toBe('figures');
    expect(parseViewHash('#import')).toBe('data');
    expect(parseViewHash('#uncertainty')).toBe('ranges');
    expect(parseViewHash('#announcement')).toBe('quality');
    expect(parseViewHash('#inputs')).toBe('inputs');
  });

  it('reads the view of a share link, and the plan from a share link without one', () => {
    expect(parseViewHash('#s=1.abcDEF-_&v=staffing')).toBe('staffing');
    expect(parseViewHash('#v=ranges&s=1.abc')).toBe('ranges');
    expect(parseViewHash('#s=1.abcDEF-_')).toBe('plan');
    // A share payload that happens to spell a view's name is not a view.
    expect(parseViewHash('#s=quality')).toBe('plan');
    expect(parseViewHash('#s%3D1.abc%26v%3Dcompare')).toBe('compare');
  });

  it('never throws and always names a view, whatever the address', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (hash) => {
        expect(VIEW_IDS).toContain(parseViewHash(hash));
        expect(VIEW_IDS).toContain(parseViewHash(`#${hash}`));
      }),
    );
  });

  it('lists each view once, with a label and a title', () => {
    expect(VIEWS.map((v) => v.id)).toEqual([...VIEW_IDS]);
    expect(new Set(VIEWS.map((v) => v.label)).size).toBe(VIEWS.length);
    expect(DEFAULT_VIEW).toBe('plan');
  });
});

describe('share links with a view', () => {
  it('open the view they were shared from, with identical scenarios', async () => {
    const s = presetScenario('saas');
    const encoded = await encodeShareFragment({ scenarios: [s], active: 0 });
    if (!encoded.ok) throw new Error(encoded.message);
    for (const view of VIEW_IDS) {
      const url = shareUrl('https://planner.example/app/?preset=fintech#compare', withView(encoded.fragment, view));
      const hash = url.slice(url.indexOf('#'));
      expect(hasShareFragment(hash)).toBe(true);
      expect(parseViewHash(hash)).toBe(view);
      const decoded = await decodeShareFragment(hash);
      expect(decoded.ok && decoded.scenarios).toEqual([s]);
    }
  });

  it('shared from the plan are the links of before, and old links open on the plan', async () => {
    const encoded = await encodeShareFragment({ scenarios: [presetScenario()], active: 0 });
    if (!encoded.ok) throw new Error(encoded.message);
    expect(withView(encoded.fragment, 'plan')).toBe(encoded.fragment);
    expect(parseViewHash(encoded.fragment)).toBe('plan');
  });

  it('keep their view in the address once read, and nothing else', () => {
    expect(tidiedAddress('/app/', 'staffing')).toBe('/app/#staffing');
    expect(tidiedAddress('/app/', 'plan')).toBe('/app/');
  });
});

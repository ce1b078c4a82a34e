import { describe, expect, it } from 'vitest';
import { canHydrate, formatsAsBuilt, type PageStart } from '../../../src/ui/shell/hydration';

const plain: PageStart = { hasMarkup: true, markedStale: false, origin: 'default', notices: 0, storageOk: true, locale: 'en-US' };

describe('canHydrate', () => {
  it('takes over the built markup on a plain first visit', () => {
    expect(canHydrate(plain)).toBe(true);
  });

  it.each<[string, Partial<PageStart>]>([
    ['no built markup (the dev server)', { hasMarkup: false }],
    ['marked stale by the boot script', { markedStale: true }],
    ['a share link', { origin: 'share-link' }],
    ['a readable link', { origin: 'readable-link' }],
    ['saved scenarios', { origin: 'saved' }],
    ['a notice about the address', { notices: 1 }],
    ['storage that cannot be read', { storageOk: false }],
    ['a locale with other number formats', { locale: 'de-DE' }],
  ])('builds the page afresh with %s', (_why, change) => {
    expect(canHydrate({ ...plain, ...change })).toBe(false);
  });
});

describe('formatsAsBuilt', () => {
  it('accepts the locales whose figures read as en-US', () => {
    expect(['en-US', 'en', 'EN-us'].map(formatsAsBuilt)).toEqual([true, true, true]);
    expect(['en-GB', 'en-USx', 'de-DE', ''].map(formatsAsBuilt)).toEqual([false, false, false, false]);
  });
});

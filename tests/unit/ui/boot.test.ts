/**
 * The boot script (src/prerender/boot.js) runs before the app, in plain JavaScript, so it
 * repeats two decisions of the app: the theme's palette (theme.ts) and whether the markup
 * rendered at build time is this visit's page (hydration.ts, with startup.ts reading the
 * address and storage.ts the autosave). These tests run it against every combination of
 * what it reads and hold it to the app's own functions.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../../src/io/storage';
import { hasShareFragment } from '../../../src/io/share-url';
import { formatsAsBuilt } from '../../../src/ui/shell/hydration';
import { paletteOf, parseThemeChoice, THEME_CHOICES, THEME_KEY } from '../../../src/ui/theme/theme';

const BOOT = new vm.Script(readFileSync(new URL('../../../src/prerender/boot.js', import.meta.url), 'utf8'));

interface Visit {
  search: string;
  hash: string;
  language: string;
  stored: Record<string, string>;
  storageThrows: boolean;
  dark: boolean;
  moreContrast: boolean;
}

/** The parts the build names in `<meta name="start-parts">` (vite.config.ts): a part's own file, then those it imports. */
const PARTS: Record<string, string> = { 'data-validation': './v.js', 'data-link': './q.js', 'data-share': './s.js ./runtime.js' };

/** Runs boot.js for one visit; returns the attributes it set on the root element. */
function boot(v: Visit): Record<string, string> {
  return run(v).attributes;
}

/** Runs boot.js for one visit (on a page that names its start parts, or not): the root's attributes and the files it preloaded. */
function run(v: Visit, named = true): { attributes: Record<string, string>; preloaded: string[] } {
  const attributes: Record<string, string> = {};
  const preloaded: string[] = [];
  type Link = { rel: string; href: string; attributes: Record<string, string>; setAttribute: (k: string, val: string) => void };
  const newLink = (): Link => {
    const l: Link = { rel: '', href: '', attributes: {}, setAttribute: (k, val) => (l.attributes[k] = val) };
    return l;
  };
  const queries: Record<string, boolean> = {
    '(prefers-color-scheme: dark)': v.dark,
    '(prefers-contrast: more)': v.moreContrast,
  };
  const context = {
    // Failure reporting (journeys in tests/e2e/prerender.spec.ts) only listens here.
    window: { addEventListener: () => {} },
    document: {
      readyState: 'loading',
      addEventListener: () => {},
      documentElement: {
        setAttribute: (k: string, val: string) => (attributes[k] = val),
        hasAttribute: (k: string) => k in attributes,
        removeAttribute: (k: string) => delete attributes[k],
      },
      querySelector: (q: string) => (named && q === 'meta[name="start-parts"]' ? { getAttribute: (k: string) => PARTS[k] ?? null } : null),
      createElement: (tag: string) => (tag === 'link' ? newLink() : null),
      head: {
        appendChild: (l: Link) => {
          if (l.rel === 'modulepreload' && l.attributes.crossorigin === '') preloaded.push(l.href);
        },
      },
    },
    location: { search: v.search, hash: v.hash },
    navigator: { language: v.language },
    localStorage: {
      getItem: (k: string) => {
        if (v.storageThrows) throw new Error('SecurityError');
        return v.stored[k] ?? null;
      },
    },
    matchMedia: (q: string) => ({ matches: queries[q] ?? false }),
  };
  BOOT.runInNewContext(context);
  return { attributes, preloaded };
}

const visitArb: fc.Arbitrary<Visit> = fc.record({
  search: fc.constantFrom('', '?', '?preset=saas', '?contacts=20000&x=1'),
  hash: fc.constantFrom('', '#', '#results', '#inputs', '#s=1.abc', '#s%3D1.abc', '#x=1'),
  language: fc.constantFrom('en-US', 'en', 'EN-us', 'en-GB', 'de-DE', 'fr', ''),
  stored: fc.record({ [THEME_KEY]: fc.constantFrom(...THEME_CHOICES, 'neon', ''), [STORAGE_KEY]: fc.constantFrom('{}', 'not json') }, { requiredKeys: [] }),
  storageThrows: fc.boolean(),
  dark: fc.boolean(),
  moreContrast: fc.boolean(),
});

describe('boot.js', () => {
  it('sets the palette theme.ts would show, and data-theme only for a fixed pick', () => {
    fc.assert(
      fc.property(visitArb, (v) => {
        const choice = v.storageThrows ? 'system' : parseThemeChoice(v.stored[THEME_KEY] ?? null);
        const a = boot(v);
        expect(a['data-palette']).toBe(paletteOf(choice, { dark: v.dark, moreContrast: v.moreContrast }));
        expect(a['data-theme']).toBe(choice === 'system' ? undefined : choice);
      }),
      { numRuns: 2000, seed: 20261122 },
    );
    // Two thousand runs of the script in a fresh VM context each: seconds, more on a busy machine.
  }, 30_000);

  it('marks the built markup stale exactly when the visit shows a link, saved scenarios or another locale', () => {
    fc.assert(
      fc.property(visitArb, (v) => {
        const language = v.language || 'en-US';
        const link = v.search.length > 1 || hasShareFragment(v.hash);
        // Unreadable storage counts as "saved" for the boot: the app then reports it on a page it builds itself.
        const saved = v.storageThrows || STORAGE_KEY in v.stored;
        const stale = boot(v)['data-prerender'] === 'stale';
        if (link || saved || !formatsAsBuilt(language)) expect(stale).toBe(true);
        // Conservative on the fragment: `#x=1` is no share link, yet it is marked too.
        else expect(stale).toBe(/[=%]/.test(v.hash));
      }),
      { numRuns: 2000, seed: 20261122 },
    );
    // Two thousand runs of the script in a fresh VM context each: seconds, more on a busy machine.
  }, 30_000);

  it("starts loading what a visit's start needs: the validation for a link or saved scenarios, and the link's reader", () => {
    fc.assert(
      fc.property(visitArb, fc.boolean(), (v, named) => {
        const { preloaded } = run(v, named);
        const saved = v.storageThrows || STORAGE_KEY in v.stored;
        const readable = v.search.length > 1;
        // Conservative on the fragment, as for the markup: `#x=1` loads the share reader too.
        const share = /[=%]/.test(v.hash);
        const expected =
          !named || !(readable || share || saved) ? [] : ['./v.js', ...(readable ? ['./q.js'] : []), ...(share ? ['./s.js', './runtime.js'] : [])];
        expect(preloaded).toEqual(expected);
        if (hasShareFragment(v.hash) && named) expect(preloaded).toContain('./s.js');
      }),
      { numRuns: 500, seed: 20261122 },
    );
  }, 30_000);

  it('leaves a plain first visit to the built markup', () => {
    const a = boot({ search: '', hash: '#results', language: 'en-US', stored: {}, storageThrows: false, dark: false, moreContrast: false });
    expect(a).toEqual({ 'data-palette': 'light' });
  });
});

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LazyLoadError, NEW_VERSION_MESSAGE, OFFLINE_MESSAGE, lazy, lazyFailureText, loadFailureMessage } from '../../../src/ui/lazy';

/** What a browser throws when a hashed chunk of an old build is gone from the host. */
const gone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://example.test/assets/Panel-OLD.js'));

describe('lazy', () => {
  it('imports once and shares the module between callers', async () => {
    let calls = 0;
    const load = lazy(async () => ({ value: ++calls }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(await load()).toBe(a);
    expect(calls).toBe(1);
  });

  it('turns a failed import into the message that a new version is available, keeping the cause', async () => {
    const load = lazy(gone, () => true);
    const error = await load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LazyLoadError);
    expect((error as LazyLoadError).message).toBe(NEW_VERSION_MESSAGE);
    expect((error as LazyLoadError).cause).toBeInstanceOf(TypeError);
  });

  it('says the part is not stored for offline use when the browser is offline', async () => {
    const error = await lazy(gone, () => false)().catch((e: unknown) => e);
    expect((error as Error).message).toBe(OFFLINE_MESSAGE);
  });

  it('tries again on the next call after a failure', async () => {
    let attempt = 0;
    const load = lazy(
      () => (++attempt === 1 ? gone() : Promise.resolve('module')),
      () => true,
    );
    await expect(load()).rejects.toThrow(NEW_VERSION_MESSAGE);
    await expect(load()).resolves.toBe('module');
    expect(attempt).toBe(2);
  });

  it('reads the same for an HTML page served in place of a script (a host that answers every path with index.html)', async () => {
    const load = lazy(
      () =>
        Promise.reject(
          new TypeError("Failed to load module script: Expected a JavaScript module script but the server responded with a MIME type of 'text/html'."),
        ),
      () => true,
    );
    await expect(load()).rejects.toThrow(NEW_VERSION_MESSAGE);
  });
});

describe('the messages', () => {
  it('tell the user to reload and that the scenarios are kept', () => {
    for (const online of [true, false]) {
      expect(loadFailureMessage(online)).toMatch(/reload the page/);
      expect(loadFailureMessage(online)).toMatch(/Your scenarios are saved in this browser/);
    }
    expect(NEW_VERSION_MESSAGE).toMatch(/^A new version of the planner is available: reload the page to get it\./);
  });

  it('are given for any error of a lazy load, not only its own', () => {
    expect(lazyFailureText(new LazyLoadError(OFFLINE_MESSAGE))).toBe(OFFLINE_MESSAGE);
    expect(lazyFailureText(new Error('boom'))).toBe(NEW_VERSION_MESSAGE);
    expect(lazyFailureText(undefined)).toBe(NEW_VERSION_MESSAGE);
  });
});

describe('dynamic imports in src', () => {
  const root = join(__dirname, '../../../src');
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte|js)$/.test(f) ? [p] : [];
    });
  }

  it('all go through lazy(), so every failed load gives the same message', () => {
    const stray: string[] = [];
    for (const file of files(root)) {
      const text = readFileSync(file, 'utf8');
      // `typeof import('x')` is a type, not a load.
      for (const m of text.matchAll(/(^|[^\w.$])import\s*\(\s*['"`]/g)) {
        const before = text.slice(Math.max(0, m.index - 40), m.index + m[1]!.length);
        if (/typeof\s*$/.test(before)) continue;
        if (/lazy\(\s*\(\)\s*=>\s*$/.test(before)) continue;
        stray.push(`${relative(root, file)}: ${text.slice(m.index, m.index + 60).split('\n')[0]}`);
      }
    }
    expect(stray).toEqual([]);
  });
});

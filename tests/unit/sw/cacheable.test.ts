import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { isCacheableResponse } from '../../../src/sw/cacheable';
import { serviceWorkerSource } from '../../../src/sw/plugin';

const ORIGIN = 'https://planner.example';
const at = (path: string) => `${ORIGIN}${path}`;
const ok = (url: string, destination: string, contentType: string) => isCacheableResponse(url, destination, 200, 'basic', contentType);

describe('isCacheableResponse', () => {
  it('keeps the files of a build served with their own types', () => {
    expect(ok(at('/assets/app-1.js'), 'script', 'text/javascript; charset=utf-8')).toBe(true);
    expect(ok(at('/assets/app-1.js'), 'script', 'application/javascript')).toBe(true);
    expect(ok(at('/assets/worker-1.js'), 'worker', 'text/javascript')).toBe(true);
    expect(ok(at('/assets/app-1.css'), 'style', 'text/css')).toBe(true);
    expect(ok(at('/'), '', 'text/html; charset=utf-8')).toBe(true);
    expect(ok(at('/index.html'), '', 'text/html')).toBe(true);
    expect(ok(at('/favicon.svg'), 'image', 'image/svg+xml')).toBe(true);
    expect(ok(at('/app.webmanifest'), 'manifest', 'application/manifest+json')).toBe(true);
    expect(ok(at('/fonts/a.woff2'), 'font', 'font/woff2')).toBe(true);
  });

  it('refuses the page a catch-all host sends for a missing script, style, icon or file', () => {
    for (const [path, destination] of [
      ['/assets/Panel-OLD.js', 'script'],
      ['/assets/Panel-OLD.js', ''],
      ['/assets/worker-OLD.js', 'worker'],
      ['/assets/app-OLD.css', 'style'],
      ['/assets/app-OLD.css', ''],
      ['/favicon.svg', 'image'],
      ['/app.webmanifest', ''],
      ['/data', ''],
    ] as const) {
      expect(ok(at(path), destination, 'text/html; charset=utf-8'), `${path} as ${destination || 'fetch'}`).toBe(false);
    }
  });

  it('refuses a type other than the one asked for, or none', () => {
    expect(ok(at('/assets/app-1.js'), 'script', 'text/plain')).toBe(false);
    expect(ok(at('/assets/app-1.js'), '', 'application/octet-stream')).toBe(false);
    expect(ok(at('/assets/app-1.css'), 'style', 'text/javascript')).toBe(false);
    expect(ok(at('/assets/app-1.js'), 'script', '')).toBe(false);
    expect(ok(at('/'), 'document', 'text/javascript')).toBe(false);
    expect(ok(at('/x.constructor'), '', '')).toBe(false);
  });

  it('refuses anything but a plain 200 of this origin', () => {
    for (const status of [0, 201, 204, 206, 301, 304, 404, 500])
      expect(isCacheableResponse(at('/assets/app-1.js'), 'script', status, 'basic', 'text/javascript')).toBe(false);
    for (const type of ['opaque', 'cors', 'error', 'opaqueredirect'])
      expect(isCacheableResponse(at('/assets/app-1.js'), 'script', 200, type, 'text/javascript')).toBe(false);
  });

  it('never keeps HTML under a path that names another type (property)', () => {
    const ext = fc.constantFrom('js', 'mjs', 'css', 'json', 'svg', 'png', 'woff2', 'webmanifest');
    const destination = fc.constantFrom('', 'script', 'style', 'image', 'font', 'manifest', 'worker');
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-zA-Z0-9_-]{1,20}$/),
        ext,
        destination,
        fc.constantFrom('text/html', 'TEXT/HTML; charset=UTF-8', ' text/html '),
        (name, e, d, type) => {
          expect(ok(at(`/assets/${name}.${e}`), d, type)).toBe(false);
        },
      ),
    );
  });
});

interface FakeResponse {
  status: number;
  type: string;
  headers: { get: (name: string) => string | null };
  clone: () => FakeResponse;
}

/** The generated worker run in a sandbox, against a host that answers every path it does not have with index.html. */
function workerOnCatchAllHost(hostFiles: Record<string, string>) {
  const stored = new Map<string, FakeResponse>();
  const listeners = new Map<string, (event: unknown) => void>();
  const respond = (url: string): FakeResponse => {
    const path = new URL(url).pathname;
    const type = hostFiles[path] ?? 'text/html';
    const r: FakeResponse = { status: 200, type: 'basic', headers: { get: (n) => (n.toLowerCase() === 'content-type' ? type : null) }, clone: () => r };
    return r;
  };
  const cache = {
    match: async (req: string | { url: string }) => stored.get(typeof req === 'string' ? req : req.url),
    put: async (req: string | { url: string }, res: FakeResponse) => void stored.set(typeof req === 'string' ? req : req.url, res),
  };
  const sandbox = {
    self: {
      registration: { scope: `${ORIGIN}/` },
      location: { href: `${ORIGIN}/sw.js`, origin: ORIGIN },
      addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
      skipWaiting: async () => {},
      clients: { claim: async () => {} },
    },
    caches: { open: async () => cache, keys: async () => [], delete: async () => true },
    fetch: async (req: string | { url: string }) => respond(typeof req === 'string' ? req : req.url),
    URL,
    Response: { error: () => ({ status: 0 }) },
    Promise,
  };
  return { sandbox, stored, listeners };
}

describe('the generated service worker', () => {
  const files = ['./assets/app-NEW.js', './assets/app-NEW.css', './index.html'];
  const host = { '/assets/app-NEW.js': 'text/javascript', '/assets/app-NEW.css': 'text/css', '/index.html': 'text/html', '/': 'text/html' };

  async function started(hostFiles: Record<string, string>) {
    const w = workerOnCatchAllHost(hostFiles);
    runInNewContext(serviceWorkerSource('v1', files), w.sandbox);
    let installed: Promise<unknown> = Promise.resolve();
    w.listeners.get('install')!({ waitUntil: (p: Promise<unknown>) => (installed = p) });
    return { ...w, installed };
  }

  async function get(w: Awaited<ReturnType<typeof started>>, path: string, destination: string) {
    let answered: Promise<unknown> = Promise.resolve();
    w.listeners.get('fetch')!({ request: { url: at(path), method: 'GET', mode: 'cors', destination }, respondWith: (p: Promise<unknown>) => (answered = p) });
    // The worker stores what it keeps before it answers.
    await answered;
  }

  it('precaches the build, checking each file', async () => {
    const w = await started(host);
    await w.installed;
    expect([...w.stored.keys()].sort()).toEqual([at('/'), at('/assets/app-NEW.css'), at('/assets/app-NEW.js'), at('/index.html')]);
  });

  it('does not keep the page a catch-all host sends for an old script URL', async () => {
    const w = await started(host);
    await w.installed;
    await get(w, '/assets/Panel-OLD.js', 'script');
    await get(w, '/assets/Panel-OLD.css', 'style');
    expect(w.stored.has(at('/assets/Panel-OLD.js'))).toBe(false);
    expect(w.stored.has(at('/assets/Panel-OLD.css'))).toBe(false);
  });

  it('still keeps a same-origin file of the right type fetched later (the icon)', async () => {
    const w = await started({ ...host, '/favicon.svg': 'image/svg+xml' });
    await w.installed;
    await get(w, '/favicon.svg', 'image');
    expect(w.stored.has(at('/favicon.svg'))).toBe(true);
  });

  it('fails the install when a file of the build comes back as the page (the old worker stays)', async () => {
    const w = await started({ '/index.html': 'text/html', '/': 'text/html', '/assets/app-NEW.css': 'text/css' });
    await expect(w.installed).rejects.toThrow(/app-NEW\.js/);
  });
});

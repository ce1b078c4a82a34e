/**
 * Build step for offline use: emits `sw.js`, a service worker that precaches every file of
 * the build (hashed assets and index.html) under a cache named after the build. A new
 * release has a new name, so its worker installs beside the old one, takes over and deletes
 * the old caches on activation. A same-origin file, registered from the page's own script
 * (register.ts): it runs under the strict Content-Security-Policy (script-src 'self').
 */
import type { Plugin } from 'vite';
import { isCacheableResponse } from './cacheable';

/** Cache names of this app start with this, so activation only deletes its own caches. */
export const CACHE_PREFIX = 'ai-support-planner-';

/** FNV-1a over the build's file names (content-hashed) and sizes: the build's version. */
function buildVersion(parts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\n')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The worker's source for one build. */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Generated at build time: precache of build ${version}.
const CACHE = ${JSON.stringify(CACHE_PREFIX + version)};
const FILES = ${JSON.stringify(['./', ...files])};
const INDEX = new URL('./index.html', self.registration.scope).href;
// Only a 200 of this origin whose Content-Type is what was asked for (src/sw/cacheable.ts).
const isCacheableResponse = ${isCacheableResponse.toString()};
const cacheable = (url, destination, response) =>
  isCacheableResponse(url, destination, response.status, response.type, response.headers.get('content-type') || '');

// A file of this build that comes back as something else (a host's page for a missing path)
// fails the install: the previous worker and its cache stay in charge.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(FILES.map((file) => {
        const url = new URL(file, self.location.href).href;
        return fetch(url).then((response) => {
          if (!cacheable(url, '', response)) throw new Error('Not cached, the host answered with something else: ' + url);
          return cache.put(url, response);
        });
      })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(${JSON.stringify(CACHE_PREFIX)}) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page from the network when there is one (a new release shows at once), else this build's.
    event.respondWith(fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match(INDEX, { ignoreVary: true })).then((hit) => hit || Response.error())));
    return;
  }
  // Module scripts ask with an Origin header that the precache requests lacked: ignore Vary.
  // Same-origin files outside the build (the icon) are kept once fetched, if they are what was asked for.
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreVary: true }).then((hit) => hit || fetch(request).then((response) => {
        if (cacheable(request.url, request.destination, response)) cache.put(request, response.clone()).catch(() => {});
        return response;
      })),
    ),
  );
});
`;
}

/** Vite plugin: writes `sw.js` next to index.html in the production build. */
export function serviceWorker(appVersion: string): Plugin {
  return {
    name: 'offline-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle)
        .map((f) => f.fileName)
        .filter((name) => name !== 'sw.js' && !name.endsWith('.map'))
        .sort();
      if (!files.includes('index.html')) files.unshift('index.html');
      const sizes = Object.values(bundle)
        .map((f) => `${f.fileName}:${f.type === 'chunk' ? f.code.length : f.source.length}`)
        .sort();
      const version = buildVersion([appVersion, ...files, ...sizes]);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(
          version,
          files.map((f) => `./${f}`),
        ),
      });
    },
  };
}

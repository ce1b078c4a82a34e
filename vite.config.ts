/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { serviceWorker } from './src/sw/plugin';
import { prerender } from './build/prerender-plugin';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The Content-Security-Policy of the built app (README, "Host it"): scripts, styles, workers
 * and requests from the page's own origin only; no inline script, no eval, no plugins.
 * Written into dist/index.html as a meta tag (works on any static host) and sent as a header
 * by `vite preview`, so the browser journeys run under it. Not applied to the dev server,
 * whose hot reload injects styles inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const CHARSET_META = '<meta charset="UTF-8" />';

/** The files of the first render, in order: Svelte's runtime, then everything else it needs (see `build` below). */
export const INITIAL_CHUNKS = [
  { name: 'svelte', test: /node_modules[\\/]svelte[\\/]/, tags: ['$initial' as const] },
  { name: 'app', tags: ['$initial' as const] },
];

/** The policy as the first tag after `<meta charset>` (which must stay within the first 1,024 bytes). */
const cspMeta: Plugin = {
  name: 'content-security-policy-meta',
  apply: 'build',
  transformIndexHtml(html) {
    if (!html.includes(CHARSET_META)) throw new Error(`index.html must start its head with ${CHARSET_META}`);
    return html.replace(
      CHARSET_META,
      () => `${CHARSET_META}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}">`,
    );
  },
};

/** The parts a visit with a link or saved scenarios loads before its figures, by role (src/prerender/boot.js preloads them). */
const START_PARTS = { validation: 'src/model/schema-define.ts', link: 'src/io/query-params.ts', share: 'src/io/share-url.ts' } as const;

/**
 * Names the files of the start's parts loaded on demand in `<meta name="start-parts">`, ahead
 * of the boot script, which starts loading those a visit needs beside the app's first files.
 * A part is named with the files it imports that the page's first files do not (a helper
 * chunk the bundler split off, say): otherwise the browser finds those only when the part
 * runs, one more round trip before a link's figures.
 */
const startParts: Plugin = {
  name: 'start-parts',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const chunks = Object.values(ctx.bundle ?? {}).filter((f) => f.type === 'chunk');
      const first = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]));
      const attributes = Object.entries(START_PARTS).map(([role, source]) => {
        const chunk = chunks.find((c) => c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(`/${source}`)));
        if (!chunk) throw new Error(`start-parts: no file holds ${source}`);
        const files = [chunk.fileName, ...chunk.imports.filter((f) => !first.has(f))];
        return `data-${role}="${files.map((f) => `./${f}`).join(' ')}"`;
      });
      const boot = html.indexOf('<script src="./assets/boot-');
      if (boot < 0) throw new Error('start-parts: the boot script is missing from index.html');
      return `${html.slice(0, boot)}<meta name="start-parts" ${attributes.join(' ')}>\n    ${html.slice(boot)}`;
    },
  },
};

/** The method document beside the page, where the summary's conventions link to it (docs/METHOD.md). */
const methodDoc: Plugin = {
  name: 'method-doc',
  apply: 'build',
  buildStart() {
    this.emitFile({ type: 'asset', fileName: 'docs/METHOD.md', source: readFileSync(new URL('./docs/METHOD.md', import.meta.url), 'utf8') });
  },
};

export default defineConfig({
  plugins: [svelte(), cspMeta, prerender(), startParts, methodDoc, serviceWorker(pkg.version)],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // What the first render needs in two files: Svelte's runtime, then the rest (over HTTP/1.1
    // a browser fetches at most six files from a host at a time, so sixteen small initial
    // chunks would arrive in three rounds). The runtime has its own file because it creates an
    // Error while its module is evaluated, and Chromium then re-parses the whole script that
    // holds it to find source positions: in one 370 KB file that re-parse cost more than
    // evaluating everything else. Sections loaded after the first paint keep their own chunks.
    rolldownOptions: { output: { entryFileNames: 'assets/app-[hash].js', codeSplitting: { groups: INITIAL_CHUNKS } } },
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    // Property tests of the staffing run a few seconds on an idle machine and several times
    // that on a busy one; a time limit is not what they check.
    testTimeout: 60_000,
  },
});

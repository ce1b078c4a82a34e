/**
 * Build step: renders the default scenario's first screen ahead of time into index.html
 * (src/prerender/render.ts) and puts the boot script (src/prerender/boot.js) first in the
 * head. A first visit then sees the figures as soon as the page and its styles arrive; the
 * app hydrates the markup when its script has run (src/start-page.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';

const BOOT_SOURCE = fileURLToPath(new URL('../src/prerender/boot.js', import.meta.url));
const RENDER_MODULE = '/src/prerender/render.ts';
const MOUNT_POINT = '<div id="app"></div>';
const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
const CHARSET_META = /<meta charset="UTF-8" \/>/;

/** Renders the default scenario with the app's own modules, as Node loads them through Vite. */
async function renderDefault(root: string, configFile: string | undefined): Promise<{ head: string; body: string }> {
  const server = await createServer({
    root,
    configFile: configFile ?? false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule(RENDER_MODULE)) as typeof import('../src/prerender/render');
    return await mod.prerenderDefault();
  } finally {
    await server.close();
  }
}

export function prerender(): Plugin {
  let root = process.cwd();
  let configFile: string | undefined;
  let serving = false;
  return {
    name: 'prerender-default-scenario',
    apply: (config) => !config.build?.ssr,
    configResolved(config) {
      serving = config.command === 'serve';
      root = config.root;
      configFile = config.configFile;
    },
    buildStart() {
      if (serving) return;
      this.emitFile({ type: 'asset', name: 'boot.js', source: readFileSync(BOOT_SOURCE, 'utf8') });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        // The dev server renders nothing ahead of time, but runs the boot script all the same:
        // the palette before the first paint, and a message if the app fails to start.
        if (ctx.server) return html.replace(CHARSET_META, (meta) => `${meta}\n    <script src="/src/prerender/boot.js"></script>`);
        const boot = Object.values(ctx.bundle ?? {}).find((f) => f.type === 'asset' && f.names.includes('boot.js'));
        if (!boot) throw new Error('prerender: the boot script is missing from the bundle');
        if (!html.includes(MOUNT_POINT)) throw new Error(`prerender: index.html has no empty ${MOUNT_POINT}`);
        const { head, body } = await renderDefault(root, configFile);
        // After the Content-Security-Policy (a meta policy covers only what follows it),
        // before the styles: a blocking script waits for style sheets requested ahead of it.
        const bootTag = `<script src="./${boot.fileName}"></script>`;
        const withBoot = CSP_META.test(html) ? html.replace(CSP_META, (meta) => `${meta}\n    ${bootTag}`) : html.replace('<head>', `<head>\n    ${bootTag}`);
        return withBoot.replace(MOUNT_POINT, () => `<div id="app">${body}</div>`).replace('</head>', () => `${head}</head>`);
      },
    },
  };
}

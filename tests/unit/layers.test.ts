/**
 * The layers of the page and what each may import (docs/METHOD.md, "How the code is laid
 * out"): ui -> state -> io -> model, each only to its right, and from outside them the
 * model and the importer only through their public surfaces (`model/index.ts`,
 * `io/csv-import/index.ts`). The model's own rule (no DOM, only zod and decimal.js) is in
 * model/purity.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(__dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|svelte)$/.test(name) ? [p] : [];
  });
}

/** Every relative import of a file, as a path under src (no extension resolution needed: layers are folders). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(
    /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]/g,
  )) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (spec.startsWith('.')) out.push(relative(SRC, resolve(dirname(file), spec)));
  }
  return out;
}

/** The layer of a path under src. */
function layerOf(path: string): string {
  const top = path.split('/')[0]!;
  return ['model', 'io', 'state', 'ui'].includes(top) ? top : 'app';
}

/** Which layers each layer may import. `app` is App.svelte, main.ts, the service worker and the prerender. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: ['model'],
  io: ['io', 'model'],
  state: ['state', 'io', 'model'],
  ui: ['ui', 'state', 'io', 'model'],
  app: ['app', 'ui', 'state', 'io', 'model'],
};

/** Folders reached from outside only through their index. */
const SURFACES = ['model', 'io/csv-import'];
/** Besides its index, the model's validation (zod and the schemas), which the page loads on demand. */
const OTHER_SURFACES = ['model/schema-define'];

describe('layers', () => {
  const files = filesUnder(SRC);

  it('finds the files and their imports (the rules below see something)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importsOf(join(SRC, 'ui/figures.ts'))).toContain('model');
  });

  it('import only to their right: ui -> state -> io -> model', () => {
    const bad: string[] = [];
    for (const file of files) {
      const from = layerOf(relative(SRC, file));
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (!MAY_IMPORT[from]!.includes(to)) bad.push(`${relative(SRC, file)} (${from}) imports ${target} (${to})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('reach the model and the importer from outside only through their public surfaces', () => {
    const bad: string[] = [];
    for (const file of files) {
      const here = relative(SRC, file);
      for (const target of importsOf(file)) {
        for (const surface of SURFACES) {
          const inside = here.startsWith(`${surface}/`);
          if (!inside && target.startsWith(`${surface}/`) && target !== `${surface}/index` && !OTHER_SURFACES.includes(target))
            bad.push(`${here} imports ${target}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

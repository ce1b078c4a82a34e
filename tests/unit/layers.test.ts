/**
 * Imports flow one way: ui -> state -> io -> model. The model's own purity (only zod and
 * decimal.js) is checked in tests/unit/model/purity.test.ts; this checks the layers above it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const SRC = resolve(__dirname, '../../src');
const LAYERS = ['model', 'io', 'state', 'ui'] as const;
type Layer = (typeof LAYERS)[number];
/** What each layer may import besides itself. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = { model: [], io: ['model'], state: ['io', 'model'], ui: ['state', 'io', 'model'] };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

function layerOf(path: string): Layer | null {
  const top = relative(SRC, path).split(/[\\/]/)[0];
  return (LAYERS as readonly string[]).includes(top!) ? (top as Layer) : null;
}

/** Every relative import and dynamic import in a file's text, resolved to a path. */
function importsOf(path: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((spec) => resolve(dirname(path), spec));
}

/** The imports that go against the layers, as "file imports target". */
function violations(sources: ReadonlyArray<{ path: string; text: string }>): string[] {
  const wrong: string[] = [];
  for (const { path, text } of sources) {
    const from = layerOf(path);
    if (!from) continue;
    for (const target of importsOf(path, text)) {
      const to = layerOf(target);
      if (to && to !== from && !MAY_IMPORT[from].includes(to)) wrong.push(`${relative(SRC, path)} imports ${relative(SRC, target)}`);
    }
  }
  return wrong;
}

describe('layers', () => {
  it('import only downwards: ui -> state -> io -> model', () => {
    expect(violations(files(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') })))).toEqual([]);
  });

  it('the check finds upward imports, static and dynamic, and lets downward ones pass', () => {
    const sources = [
      { path: join(SRC, 'state', 'a.ts'), text: "import { x } from '../ui/format';\nimport { y } from '../model';" },
      { path: join(SRC, 'model', 'b.ts'), text: "const m = await import('../io/storage');" },
      { path: join(SRC, 'ui', 'c.svelte'), text: "import { Planner } from '../state/planner.svelte';" },
    ];
    expect(violations(sources)).toEqual(['state/a.ts imports ui/format', 'model/b.ts imports io/storage']);
  });
});

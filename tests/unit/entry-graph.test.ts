/**
 * What the page's first file holds: the modules `src/main.ts` reaches through static imports
 * (a dynamic `import()` starts a file of its own). The validation (zod and the scenario
 * schemas) is not among them: the default page's first figures validate nothing, and a link
 * or saved scenarios load it beside the rest of the start (src/state/startup.ts, `loadValidation`).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** The file a relative specifier names, as Vite resolves it (`.ts`, `.svelte`, a folder's `index.ts`). */
function resolveSpec(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const p of [base, `${base}.ts`, `${base}/index.ts`]) if (existsSync(p) && statSync(p).isFile()) return p;
  return null;
}

/** The static imports of a file: relative files, and bare package names. Type-only imports bring no code. */
function staticImports(file: string): { files: string[]; packages: string[] } {
  let text = readFileSync(file, 'utf8');
  if (file.endsWith('.svelte')) text = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const files: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s)?([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g)) {
    if (m[2]) continue;
    // `export { x }` without `from` is no import; the pattern needs a specifier in quotes.
    if (m[1] === 'export' && !m[3]) continue;
    const spec = m[4]!;
    if (spec.startsWith('.')) {
      const f = resolveSpec(file, spec);
      if (f) files.push(f);
    } else packages.push(spec.split('/')[0]!.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return { files, packages };
}

/** Every file and package the entry reaches through static imports. */
function firstFile(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    const next = staticImports(f);
    next.packages.forEach((p) => packages.add(p));
    todo.push(...next.files);
  }
  return { files, packages };
}

describe("the page's first file", () => {
  const reached = firstFile(resolve(ROOT, 'src/main.ts'));
  const names = [...reached.files].map((f) => relative(ROOT, f));

  it('holds the page start, the planner, the model and Svelte (the walk sees the graph)', () => {
    expect(names).toEqual(expect.arrayContaining(['src/start-page.ts', 'src/App.svelte', 'src/state/planner.svelte.ts', 'src/model/schema.ts']));
    expect(reached.packages).toContain('svelte');
    expect(reached.packages).toContain('decimal.js');
  });

  it('holds neither zod nor the schemas: the validation is a file of its own', () => {
    expect(reached.packages).not.toContain('zod');
    expect(names).not.toContain('src/model/schema-define.ts');
  });
});

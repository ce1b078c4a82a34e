import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('src/model', () => {
  it('imports only zod, decimal.js and its own files', () => {
    const dir = join(__dirname, '../../../src/model');
    const bad: string[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1]!;
        // zod's full build (types only, in schema.ts), its functional build and its English messages (schema-define.ts).
        const zod = spec === 'zod' || spec === 'zod/mini' || spec === 'zod/v4/locales/en.js';
        if (!(zod || spec === 'decimal.js' || spec.startsWith('./'))) bad.push(`${f}: ${spec}`);
      }
      if (/\b(document|window|localStorage)\b/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))) bad.push(`${f}: uses the DOM`);
    }
    expect(bad).toEqual([]);
  });
});

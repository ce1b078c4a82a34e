import { describe, expect, it } from 'vitest';
import { INITIAL_CHUNKS } from '../../vite.config';

/** The group a module of the first render goes to: the first whose test matches (a group without a test takes the rest). */
function groupOf(id: string): string | undefined {
  return INITIAL_CHUNKS.find((g) => !('test' in g) || (g.test as RegExp).test(id))?.name;
}

describe('the files of the first render', () => {
  it("put Svelte's runtime in a file of its own, ahead of the app", () => {
    expect(groupOf('/repo/node_modules/svelte/src/internal/client/constants.js')).toBe('svelte');
    expect(groupOf('C:\\repo\\node_modules\\svelte\\src\\internal\\client\\runtime.js')).toBe('svelte');
    expect(INITIAL_CHUNKS.map((g) => g.name)).toEqual(['svelte', 'app']);
  });

  it("keep the app's own components, and packages named like Svelte, with the app", () => {
    expect(groupOf('/repo/src/App.svelte')).toBe('app');
    expect(groupOf('/repo/src/state/planner.svelte.ts')).toBe('app');
    expect(groupOf('/repo/node_modules/svelte-check/dist/index.js')).toBe('app');
    expect(groupOf('/repo/node_modules/decimal.js/decimal.mjs')).toBe('app');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { presetScenario } from '../../../src/model';
import { STORAGE_KEY, type StorageLike } from '../../../src/io/storage';
import { autosaver, SAVE_DELAY_MS } from '../../../src/state/autosave.svelte';
import { Planner } from '../../../src/state/planner.svelte';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
const saved = (storage: { data: Map<string, string> }) => JSON.parse(storage.data.get(STORAGE_KEY) ?? 'null') as { scenarios: { name: string; contactsPerMonth: number }[] } | null;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosaver', () => {
  it('writes a snapshot once the edits pause, the last one only', () => {
    const storage = memoryStorage();
    const planner = new Planner({ scenarios: [presetScenario('saas')], activeIndex: 0 });
    const saver = autosaver(planner, storage, true);
    saver.take(planner.snapshot());
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
    planner.setNumber('contactsPerMonth', '111');
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    saver.take(planner.snapshot());
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(saved(storage)?.scenarios[0]?.contactsPerMonth).toBe(111);
  });

  it('saves the session as it starts, by default (a link read into it, say)', () => {
    const storage = memoryStorage();
    const planner = new Planner({ scenarios: [presetScenario('saas')], activeIndex: 0 });
    autosaver(planner, storage, true).take(planner.snapshot());
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved(storage)?.scenarios[0]?.name).toBe(presetScenario('saas').name);
  });

  it('without saveStart writes nothing for the session as it starts, then each change', () => {
    const storage = memoryStorage();
    const planner = new Planner({ scenarios: [presetScenario('ecommerce')], activeIndex: 0 });
    const saver = autosaver(planner, storage, false);
    saver.take(planner.snapshot());
    vi.advanceTimersByTime(SAVE_DELAY_MS * 4);
    saver.flush();
    expect(storage.data.has(STORAGE_KEY)).toBe(false);

    planner.setNumber('contactsPerMonth', '12345');
    saver.take(planner.snapshot());
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved(storage)?.scenarios[0]?.contactsPerMonth).toBe(12345);
  });

  it('writes at once on flush (the page being hidden)', () => {
    const storage = memoryStorage();
    const planner = new Planner({ scenarios: [presetScenario('fintech')], activeIndex: 0 });
    const saver = autosaver(planner, storage, true);
    saver.take(planner.snapshot());
    saver.flush();
    expect(saved(storage)?.scenarios[0]?.name).toBe(presetScenario('fintech').name);
  });
});

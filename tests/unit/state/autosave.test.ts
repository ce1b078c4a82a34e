import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { presetScenario } from '../../../src/model';
import { loadScenarios, saveScenarios, STORAGE_KEY, type StorageLike } from '../../../src/io/storage';
import { autosaver, SAVE_DELAY_MS } from '../../../src/state/autosave.svelte';
import { Planner } from '../../../src/state/planner.svelte';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
const saved = (storage: { data: Map<string, string> }) =>
  JSON.parse(storage.data.get(STORAGE_KEY) ?? 'null') as { scenarios: { name: string; contactsPerMonth: number }[] } | null;

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

  it('after an edit of one scenario of several, does not write out the others to compare them with what was saved', () => {
    const storage = memoryStorage();
    const planner = new Planner({ scenarios: [presetScenario('saas'), presetScenario('fintech'), presetScenario('ecommerce')], activeIndex: 0 });
    const saver = autosaver(planner, storage, true);
    saver.take(planner.snapshot());
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const others = planner.snapshot().scenarios.slice(1);
    planner.setNumber('contactsPerMonth', '4321');
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      saver.take(planner.snapshot());
      // Neither one of the scenarios left as they were nor a list holding them is serialised.
      const holds = (x: unknown): boolean => others.includes(x as never) || (Array.isArray(x) && x.some(holds));
      expect(stringify.mock.calls.filter(([x]) => holds(x))).toEqual([]);
    } finally {
      stringify.mockRestore();
    }
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved(storage)?.scenarios.map((s) => s.contactsPerMonth)).toEqual([4321, others[0]!.contactsPerMonth, others[1]!.contactsPerMonth]);
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

describe('autosaver with a saved entry', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...presetScenario('saas'), name: `S${i + 1}` }));

  it('does not rewrite a saved entry of 12 scenarios that the session opened unchanged', () => {
    const storage = memoryStorage();
    expect(saveScenarios(storage, { scenarios: many(12), active: 11 })).toMatchObject({ ok: true });
    const raw = storage.data.get(STORAGE_KEY);
    const entry = loadScenarios(storage);
    if (!entry.ok || !entry.set) throw new Error('not saved');
    const planner = new Planner({ scenarios: entry.set.scenarios, activeIndex: entry.set.active, ids: 'ids' in entry ? entry.ids : [] });
    const saver = autosaver(planner, storage, true, 'ids' in entry ? entry : null);
    saver.take(planner.snapshot());
    vi.advanceTimersByTime(SAVE_DELAY_MS * 4);
    saver.flush();
    expect(planner.entries).toHaveLength(12);
    expect(storage.data.get(STORAGE_KEY)).toBe(raw);
  });
});

describe('two tabs sharing the saved entry', () => {
  /** A tab: its planner opened from what storage holds, and its autosaver. */
  function openTab(storage: ReturnType<typeof memoryStorage>) {
    const entry = loadScenarios(storage);
    const stored = entry.ok && entry.set && 'ids' in entry ? entry : null;
    const planner = stored
      ? new Planner({ scenarios: stored.set.scenarios, activeIndex: stored.set.active, ids: stored.ids })
      : new Planner({ scenarios: [presetScenario('ecommerce')], activeIndex: 0 });
    const saver = autosaver(planner, storage, stored !== null, stored);
    saver.take(planner.snapshot());
    return { planner, saver, edit: () => saver.take(planner.snapshot()) };
  }
  const seeded = () => {
    const storage = memoryStorage();
    saveScenarios(storage, { scenarios: [{ ...presetScenario('saas'), name: 'Plan' }], active: 0 });
    return storage;
  };
  const names = (p: Planner) => p.entries.map((e) => e.scenario.name);

  it('A duplicates, B edits without having heard of it: both scenarios survive in storage and in both tabs', () => {
    const storage = seeded();
    const a = openTab(storage);
    const b = openTab(storage);
    a.planner.duplicate();
    a.edit();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    b.planner.setNumber('contactsPerMonth', '4321');
    b.edit();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved(storage)?.scenarios.map((s) => [s.name, s.contactsPerMonth])).toEqual([
      ['Plan', 4321],
      ['Plan (2)', presetScenario('saas').contactsPerMonth],
    ]);
    expect(names(b.planner)).toEqual(['Plan', 'Plan (2)']);
    // A hears of B's save (the storage event) and takes B's edit.
    a.saver.received(storage.data.get(STORAGE_KEY) ?? null);
    expect(a.planner.entries.map((e) => e.scenario.contactsPerMonth)).toEqual([4321, presetScenario('saas').contactsPerMonth]);
  });

  it("B hears of A's duplicate first, then edits: nothing lost, and hearing writes nothing back", () => {
    const storage = seeded();
    const a = openTab(storage);
    const b = openTab(storage);
    a.planner.duplicate();
    a.edit();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const afterA = storage.data.get(STORAGE_KEY) ?? null;
    b.saver.received(afterA);
    b.edit();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(storage.data.get(STORAGE_KEY)).toBe(afterA);
    expect(names(b.planner)).toEqual(['Plan', 'Plan (2)']);
    b.planner.select(0);
    b.planner.setNumber('contactsPerMonth', '777');
    b.edit();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved(storage)?.scenarios.map((s) => s.contactsPerMonth)).toEqual([777, presetScenario('saas').contactsPerMonth]);
  });

  it('keeps both versions when both tabs edit the same scenario, and says so', () => {
    const storage = seeded();
    const a = openTab(storage);
    const b = openTab(storage);
    a.planner.setNumber('contactsPerMonth', '111');
    a.edit();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    b.planner.setNumber('contactsPerMonth', '222');
    b.edit();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved(storage)?.scenarios.map((s) => [s.name, s.contactsPerMonth])).toEqual([
      ['Plan', 222],
      ['Plan (2)', 111],
    ]);
    expect(b.planner.status).toMatch(/both versions are kept/);
  });

  it("a tab still on the untouched default takes the other tab's scenarios rather than adding the default to them", () => {
    const storage = memoryStorage();
    const fresh = openTab(storage);
    const other = openTab(storage);
    other.planner.setNumber('contactsPerMonth', '999');
    other.edit();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    fresh.saver.received(storage.data.get(STORAGE_KEY) ?? null);
    expect(fresh.planner.entries.map((e) => e.scenario.contactsPerMonth)).toEqual([999]);
    expect(saved(storage)?.scenarios).toHaveLength(1);
  });

  it('stops saving, and says why, rather than drop scenarios when the two tabs hold more than 20 together', () => {
    const storage = memoryStorage();
    saveScenarios(storage, { scenarios: [{ ...presetScenario('saas'), name: 'Plan' }], active: 0 });
    const a = openTab(storage);
    const b = openTab(storage);
    for (let i = 0; i < 12; i++) a.planner.addFromPreset('fintech');
    a.edit();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    for (let i = 0; i < 12; i++) b.planner.addFromPreset('saas');
    b.edit();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved(storage)?.scenarios).toHaveLength(13);
    expect(b.planner.entries).toHaveLength(13);
    expect(b.planner.storageMessage).toMatch(/more than 20, so this tab no longer saves/);
  });

  it('asks which to keep when the two tabs hold more than 20 together, and saves only the answer', async () => {
    const storage = memoryStorage();
    saveScenarios(storage, { scenarios: [{ ...presetScenario('saas'), name: 'Plan' }], active: 0 });
    const entry = loadScenarios(storage);
    if (!entry.ok || !entry.set || !('ids' in entry)) throw new Error('not saved');
    const a = openTab(storage);
    const questions: { groups: readonly { label: string; names: readonly string[] }[] }[] = [];
    let answer: (ticks: boolean[][]) => void = () => undefined;
    const b = new Planner({ scenarios: entry.set.scenarios, activeIndex: 0, ids: entry.ids });
    const saver = autosaver(b, storage, true, entry, (q) => (questions.push(q), new Promise((r) => (answer = r))));
    for (let i = 0; i < 12; i++) a.planner.addFromPreset('fintech');
    a.edit();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const fromA = storage.data.get(STORAGE_KEY);
    for (let i = 0; i < 12; i++) b.addFromPreset('saas');
    saver.take(b.snapshot());
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(questions).toHaveLength(1);
    expect(questions[0]!.groups.map((g) => [g.label, g.names.length])).toEqual([
      ['In this tab', 13],
      ['From the other tab', 12],
    ]);
    // Nothing written while the question is open.
    expect(storage.data.get(STORAGE_KEY)).toBe(fromA);
    const mine = questions[0]!.groups[0]!.names.map((_, i) => i < 10);
    const theirs = questions[0]!.groups[1]!.names.map((_, i) => i < 10);
    answer([mine, theirs]);
    await Promise.resolve();
    expect(b.entries).toHaveLength(20);
    expect(saved(storage)?.scenarios.map((s) => s.name)).toEqual(b.entries.map((e) => e.scenario.name));
    expect(saved(storage)?.scenarios.filter((s) => s.name.startsWith('Fintech'))).toHaveLength(10);
  });

  it('ignores a damaged entry written by the other tab and a cleared storage', () => {
    const storage = seeded();
    const a = openTab(storage);
    a.saver.received('{"format":1,"scenarios":[');
    a.saver.received(null);
    expect(names(a.planner)).toEqual(['Plan']);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate, metricValues, presetScenario } from '../../../src/model';
import { loadScenarios, saveScenarios, unreadableEntry, browserStorage, STORAGE_KEY, UNREADABLE_KEY, type StorageLike } from '../../../src/io/storage';
import { scenarioSet } from './scenario-arbitrary';
import { TINY } from './tiny-scenario';
import { BEFORE_CHANNELS_FIGURES, BEFORE_CHANNELS_JSON, THREE_CHANNELS } from './channel-fixtures';

/** In-memory storage with a quota in characters, like a browser's (keys count too). */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(private readonly quotaChars = Infinity) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used > this.quotaChars) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

/** Storage that a privacy setting blocks: every call throws SecurityError. */
const blocked: StorageLike = {
  getItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

const SET = { scenarios: [TINY, presetScenario('klarna-2025')], active: 1 };
const NOW = new Date('2025-05-01T12:00:00Z');

describe('saveScenarios and loadScenarios', () => {
  it('restores what was saved, with the time it was saved', () => {
    const storage = new FakeStorage();
    expect(saveScenarios(storage, SET, NOW)).toMatchObject({ ok: true });
    expect(storage.getItem(STORAGE_KEY)).toMatch(/^\{"format":1,"savedAt":"2025-05-01T12:00:00.000Z","active":1,"scenarios":\[\{"name":"Pilot, \\"EU\\""/);
    expect(loadScenarios(storage)).toMatchObject({ ok: true, set: SET, savedAt: '2025-05-01T12:00:00.000Z', ids: ['saved-1', 'saved-2'], revision: 0 });
  });

  it('opens an entry saved before channels as one-channel scenarios with identical figures', () => {
    const { a, s } = JSON.parse(BEFORE_CHANNELS_JSON) as { a: number; s: unknown[] };
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ format: 1, savedAt: '2025-01-01T00:00:00.000Z', active: a, scenarios: s }));
    const r = loadScenarios(storage);
    if (!r.ok || r.set === null) throw new Error('not restored');
    expect(r.set.active).toBe(1);
    r.set.scenarios.forEach((scenario, i) => {
      expect(scenario).toMatchObject({ channels: null, pooling: 'dedicated', ai: { minutesPerConversation: 4 } });
      expect(metricValues(calculate(scenario).full.summary)).toEqual(BEFORE_CHANNELS_FIGURES[i]);
    });
  });

  it('restores a three-channel scenario exactly', () => {
    const storage = new FakeStorage();
    const set = { scenarios: [THREE_CHANNELS, TINY], active: 0 };
    expect(saveScenarios(storage, set, NOW)).toMatchObject({ ok: true });
    expect(loadScenarios(storage)).toMatchObject({ ok: true, set });
  });

  it('reports an entry whose channel list is invalid, naming the channel field, and leaves it in place', () => {
    const storage = new FakeStorage();
    const bad = { ...THREE_CHANNELS, channels: THREE_CHANNELS.channels!.map((c) => ({ ...c, id: 'same' })) };
    const raw = JSON.stringify({ format: 1, savedAt: NOW.toISOString(), active: 0, scenarios: [bad] });
    storage.setItem(STORAGE_KEY, raw);
    const r = loadScenarios(storage);
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    if (!r.ok) expect(r.message).toMatch(/Two channels share the id "same"/);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('says there is nothing saved on a first visit', () => {
    expect(loadScenarios(new FakeStorage())).toEqual({ ok: true, set: null });
  });

  it('restores every valid scenario set exactly (property)', () => {
    fc.assert(
      fc.property(scenarioSet, (set) => {
        const storage = new FakeStorage();
        expect(saveScenarios(storage, set, NOW)).toMatchObject({ ok: true });
        expect(loadScenarios(storage)).toMatchObject({ ok: true, set, savedAt: NOW.toISOString() });
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('reports a damaged entry and leaves it in place', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, '{"format":1,"active":0,"scenarios":[{"na');
    const r = loadScenarios(storage);
    expect(r).toEqual({
      ok: false,
      reason: 'corrupt',
      message:
        'The scenarios saved in this browser could not be read (the saved entry is damaged). It has been left as it is; the planner started from the default scenario.',
    });
    expect(storage.getItem(STORAGE_KEY)).toBe('{"format":1,"active":0,"scenarios":[{"na');
  });

  it('reports an entry with an invalid scenario, naming the field', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ format: 1, active: 0, scenarios: [{ ...TINY, finance: { ...TINY.finance, months: 0 } }] }));
    expect(loadScenarios(storage)).toEqual({
      ok: false,
      reason: 'invalid',
      message:
        'The scenarios saved in this browser are not valid and were not restored (Scenario 1 ("Pilot, "EU""): finance.months: Horizon must be at least 1 month.) The saved entry has been left as it is.',
    });
  });

  it('leaves an entry of a newer version alone, and keeps it aside before saving over it', () => {
    const storage = new FakeStorage();
    const newer = '{"format":2,"whatever":true}';
    storage.setItem(STORAGE_KEY, newer);
    expect(loadScenarios(storage)).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(saveScenarios(storage, SET, NOW)).toMatchObject({ ok: true });
    expect(storage.getItem(UNREADABLE_KEY)).toBe(newer);
    expect(unreadableEntry(storage)).toBe(newer);
    expect(loadScenarios(storage)).toMatchObject({ ok: true, set: SET });
  });

  it('refuses to save when a second unreadable entry would push out the first one kept', () => {
    const storage = new FakeStorage();
    storage.setItem(UNREADABLE_KEY, 'first damaged entry');
    storage.setItem(STORAGE_KEY, 'second damaged entry');
    expect(saveScenarios(storage, SET, NOW)).toEqual({
      ok: false,
      reason: 'unreadable-kept',
      message:
        'Scenarios cannot be saved in this browser without losing an earlier entry that could not be read. Export a CSV or copy a share link to keep your work.',
    });
    expect(storage.getItem(STORAGE_KEY)).toBe('second damaged entry');
    expect(storage.getItem(UNREADABLE_KEY)).toBe('first damaged entry');
  });

  it('returns a full quota as data and keeps the previous save', () => {
    const storage = new FakeStorage(60_000);
    expect(saveScenarios(storage, { scenarios: [TINY], active: 0 }, NOW)).toMatchObject({ ok: true });
    const before = storage.getItem(STORAGE_KEY);
    const big = {
      scenarios: Array.from({ length: 20 }, (_, i) => ({
        ...presetScenario('ecommerce'),
        name: `Copy ${i}`,
        arrivalProfile: Array.from({ length: 168 }, (_, h) => (h + 1) / 14196.123),
      })),
      active: 0,
    };
    expect(saveScenarios(storage, big, NOW)).toEqual({
      ok: false,
      reason: 'quota',
      message:
        "The browser's storage for this page is full, so the latest changes are not saved locally. Copy a share link or export a CSV to keep them, or remove scenarios you no longer need.",
    });
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('returns blocked or missing storage as data', () => {
    const unavailable = {
      ok: false,
      reason: 'unavailable',
      message:
        'This browser does not let the page keep data (private browsing or blocked storage), so scenarios are not saved between visits. Copy a share link or export a CSV to keep them.',
    };
    expect(loadScenarios(blocked)).toEqual(unavailable);
    expect(saveScenarios(blocked, SET, NOW)).toEqual(unavailable);
    expect(loadScenarios(null)).toEqual(unavailable);
    expect(saveScenarios(null, SET, NOW)).toEqual(unavailable);
    expect(unreadableEntry(blocked)).toBeNull();
  });

  it('reports a quota error by its legacy code too', () => {
    const legacy: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('full'), { code: 22 });
      },
    };
    expect(saveScenarios(legacy, SET, NOW)).toMatchObject({ ok: false, reason: 'quota' });
    const odd: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new Error('disk on fire');
      },
    };
    expect(saveScenarios(odd, SET, NOW)).toEqual({
      ok: false,
      reason: 'error',
      message: 'The browser refused to store the scenarios (disk on fire). Copy a share link or export a CSV to keep them.',
    });
  });

  it('does not save an invalid set', () => {
    const storage = new FakeStorage();
    expect(saveScenarios(storage, { scenarios: [TINY], active: 3 }, NOW)).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'The scenarios were not saved: The active scenario 3 is not one of the 1 scenario.',
    });
    expect(storage.items.size).toBe(0);
  });
});

describe('the entry of two tabs: revision and ids', () => {
  it('keeps the save count and the scenario ids beside the set', () => {
    const storage = new FakeStorage();
    const saved = saveScenarios(storage, SET, NOW, { revision: 7, ids: ['a', 'b'] });
    expect(saved).toEqual({ ok: true, raw: storage.getItem(STORAGE_KEY) });
    expect(loadScenarios(storage)).toMatchObject({ ok: true, set: SET, ids: ['a', 'b'], revision: 7, raw: storage.getItem(STORAGE_KEY) });
  });

  it('gives an entry with unusable ids or revision the ids every tab gives it, and revision 0', () => {
    const hostile: unknown[] = [['a'], ['a', 'a'], ['a', 7], ['', 'b'], ['x'.repeat(101), 'b'], 'ab', null];
    for (const ids of hostile) {
      const storage = new FakeStorage();
      storage.setItem(STORAGE_KEY, JSON.stringify({ format: 1, active: 0, scenarios: SET.scenarios, ids, revision: -1 }));
      expect(loadScenarios(storage), JSON.stringify(ids)).toMatchObject({ ok: true, ids: ['saved-1', 'saved-2'], revision: 0 });
    }
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ format: 1, active: 0, scenarios: SET.scenarios, revision: 1.5 }));
    expect(loadScenarios(storage)).toMatchObject({ ok: true, revision: 0 });
  });

  it('restores an entry of 20 scenarios whole, and refuses 21 without touching it', () => {
    const storage = new FakeStorage();
    const twenty = { scenarios: Array.from({ length: 20 }, (_, i) => ({ ...TINY, name: `S${i + 1}` })), active: 19 };
    expect(saveScenarios(storage, twenty, NOW)).toMatchObject({ ok: true });
    expect(loadScenarios(storage)).toMatchObject({ ok: true, set: twenty });
    const raw = JSON.stringify({ format: 1, active: 0, scenarios: [...twenty.scenarios, TINY] });
    storage.setItem(STORAGE_KEY, raw);
    expect(loadScenarios(storage)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('does not call an entry of format 0 or -1 newer: it names the unknown format', () => {
    for (const format of [0, -1]) {
      const storage = new FakeStorage();
      storage.setItem(STORAGE_KEY, JSON.stringify({ format, active: 0, scenarios: SET.scenarios }));
      const r = loadScenarios(storage);
      expect(r).toMatchObject({ ok: false, reason: 'corrupt' });
      if (!r.ok) {
        expect(r.message).not.toMatch(/newer/);
        expect(r.message).toContain(`have format ${format}, which no version of the planner writes`);
      }
    }
  });
});

describe('browserStorage', () => {
  it('is null where there is no local storage, and never throws', () => {
    expect(browserStorage()).toBeNull();
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      expect(browserStorage()).toBeNull();
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});

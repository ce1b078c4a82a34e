import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { monteCarlo, PRESET_IDS, presetScenario, type MonteCarloResult, type Scenario } from '../../../src/model';
import { STORAGE_KEY, type StorageLike } from '../../../src/io/storage';
import { autosaver, SAVE_DELAY_MS } from '../../../src/state/autosave.svelte';
import { MAX_SCENARIOS, Planner, resultsOf } from '../../../src/state/planner.svelte';
import { PRESENTATION_MESSAGES, PresentationState, type DrawsOutcome, type RunDraws } from '../../../src/state/presentation.svelte';

/** A run that waits until the test settles it. */
function pendingRuns() {
  const runs: { scenario: Scenario; progress: (done: number) => void; settle: (o: DrawsOutcome) => void }[] = [];
  const run: RunDraws = (scenario, progress) => new Promise((settle) => runs.push({ scenario, progress, settle }));
  return { runs, run };
}

function setup(scenarios: Scenario[] = [presetScenario('saas')], runDraws: RunDraws = () => new Promise(() => {})) {
  const planner = new Planner({ scenarios, activeIndex: 0 }, { frames: null, compare: null });
  const onClose = vi.fn();
  const p = new PresentationState({ planner, slideCount: 6, runDraws, onClose, maxScenarios: MAX_SCENARIOS });
  return { planner, p, onClose };
}

function memoryStorage(): StorageLike & { writes: number; data: Map<string, string> } {
  const data = new Map<string, string>();
  const s = {
    data,
    writes: 0,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      s.writes++;
      data.set(k, v);
    },
  };
  return s;
}

describe('PresentationState: a preset opened while presenting', () => {
  it('shows two presets opened one after the other, the second replacing the first, and leaves the session as it was', () => {
    const { planner, p } = setup([presetScenario('saas'), presetScenario('ecommerce')]);
    planner.setNumber('contactsPerMonth', '23456');
    const before = planner.snapshot();
    const entries = planner.entries;
    expect(p.openPreset('klarna-2024')).toBe(true);
    expect(p.shown.presetId).toBe('klarna-2024');
    expect(p.results).toBe(resultsOf(p.temporary!));
    expect(p.openPreset('klarna-2025')).toBe(true);
    expect(p.shown.presetId).toBe('klarna-2025');
    expect(p.temporary?.presetId).toBe('klarna-2025');
    expect(p.shownIndex).toBeNull();
    expect(planner.entries).toBe(entries);
    expect(planner.snapshot()).toEqual(before);
    expect(planner.scenario.contactsPerMonth).toBe(23456);
  });

  it('asks on leaving; discarding closes and keeps the session as it was', () => {
    const { planner, p, onClose } = setup();
    const before = planner.snapshot();
    p.openPreset('fintech');
    p.openPreset('ecommerce');
    p.leave();
    expect(p.asking).toBe(true);
    expect(onClose).not.toHaveBeenCalled();
    p.discard();
    expect(onClose).toHaveBeenCalledOnce();
    expect(p.temporary).toBeNull();
    expect(p.asking).toBe(false);
    expect(planner.snapshot()).toEqual(before);
  });

  it('leaves at once when no preset was opened', () => {
    const { p, onClose } = setup();
    p.leave();
    expect(p.asking).toBe(false);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('goes back to the slides from the question, the preset still shown', () => {
    const { p, onClose } = setup();
    p.openPreset('saas');
    p.leave();
    p.stay();
    expect(p.asking).toBe(false);
    expect(onClose).not.toHaveBeenCalled();
    expect(p.shown.presetId).toBe('saas');
  });

  it('keeps the preset as a new, active scenario with a name no other scenario uses; the others are unchanged', () => {
    const { planner, p, onClose } = setup([presetScenario('saas')]);
    const before = planner.snapshot();
    p.openPreset('saas');
    p.leave();
    expect(p.keep()).toBe(true);
    expect(onClose).toHaveBeenCalledOnce();
    expect(planner.entries).toHaveLength(2);
    expect(planner.snapshot().scenarios[0]).toEqual(before.scenarios[0]);
    expect(planner.snapshot().ids[0]).toBe(before.ids[0]);
    expect(planner.scenario.presetId).toBe('saas');
    expect(planner.scenario.name).toBe(`${presetScenario('saas').name} (2)`);
  });

  it('refuses to keep in a full session, says why and stays on the question, losing nothing', () => {
    const full = Array.from({ length: MAX_SCENARIOS }, (_, i) => ({ ...presetScenario('saas'), name: `S${i}` }));
    const { planner, p, onClose } = setup(full);
    const before = planner.snapshot();
    p.openPreset('klarna-2025');
    p.leave();
    expect(p.canKeep).toBe(false);
    expect(p.keep()).toBe(false);
    expect(p.message).toBe(PRESENTATION_MESSAGES.full(MAX_SCENARIOS));
    expect(p.asking).toBe(true);
    expect(p.temporary?.presetId).toBe('klarna-2025');
    expect(onClose).not.toHaveBeenCalled();
    expect(planner.snapshot()).toEqual(before);
  });

  it('refuses an unknown preset with a message, showing what it showed', () => {
    const { planner, p } = setup();
    expect(p.openPreset('acme')).toBe(false);
    expect(p.message).toBe('"acme" is not a preset');
    expect(p.shown).toBe(planner.scenario);
    expect(p.temporary).toBeNull();
  });

  it("shows another of the session's scenarios without changing the page's active one; the preset still waits for an answer", () => {
    const { planner, p } = setup([presetScenario('saas'), presetScenario('fintech')]);
    p.openPreset('klarna-2024');
    p.showScenario(1);
    expect(p.shown.presetId).toBe('fintech');
    expect(p.shownIndex).toBe(1);
    expect(planner.activeIndex).toBe(0);
    expect(p.results).toBe(resultsOf(planner.entries[1]!.scenario));
    p.showScenario(7);
    expect(p.shownIndex).toBe(1);
    p.showTemporary();
    expect(p.shown.presetId).toBe('klarna-2024');
    p.leave();
    expect(p.asking).toBe(true);
  });

  it('writes nothing to storage while a preset is temporary, and only the kept scenario once kept', () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      const { planner, p } = setup([presetScenario('saas')]);
      const saver = autosaver(planner, storage, true);
      saver.take(planner.snapshot());
      vi.advanceTimersByTime(SAVE_DELAY_MS);
      const saved = storage.data.get(STORAGE_KEY);
      const writes = storage.writes;
      expect(saved).toBeDefined();
      for (const id of ['ecommerce', 'klarna-2024', 'klarna-2025']) {
        p.openPreset(id);
        saver.take(planner.snapshot());
        vi.advanceTimersByTime(SAVE_DELAY_MS);
      }
      p.showScenario(0);
      p.leave();
      saver.take(planner.snapshot());
      saver.flush();
      expect(storage.writes).toBe(writes);
      expect(storage.data.get(STORAGE_KEY)).toBe(saved);
      p.keep();
      saver.take(planner.snapshot());
      vi.advanceTimersByTime(SAVE_DELAY_MS);
      expect(storage.writes).toBe(writes + 1);
      expect((JSON.parse(storage.data.get(STORAGE_KEY)!) as { scenarios: Scenario[] }).scenarios.map((s) => s.presetId)).toEqual(['saas', 'klarna-2025']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never changes the session, whatever is opened, shown and left (property)', () => {
    const action = fc.oneof(
      fc.constantFrom(...PRESET_IDS).map((id) => ({ kind: 'preset' as const, id })),
      fc.integer({ min: -1, max: 3 }).map((i) => ({ kind: 'show' as const, i })),
      fc.constantFrom('temporary', 'leave', 'stay', 'next', 'previous', 'discard').map((kind) => ({ kind })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        const { planner, p } = setup([presetScenario('saas'), presetScenario('b2b-enterprise')]);
        const before = planner.snapshot();
        const entries = planner.entries;
        for (const a of actions) {
          if (a.kind === 'preset') p.openPreset(a.id);
          else if (a.kind === 'show') p.showScenario(a.i);
          else if (a.kind === 'temporary') p.showTemporary();
          else p[a.kind]();
          expect(p.slide).toBeGreaterThanOrEqual(0);
          expect(p.slide).toBeLessThan(6);
        }
        expect(planner.entries).toBe(entries);
        expect(planner.snapshot()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});

describe('PresentationState: slides', () => {
  it('moves within the slides and stops at either end', () => {
    const { p } = setup();
    p.previous();
    expect(p.slide).toBe(0);
    p.goTo(9);
    expect(p.slide).toBe(5);
    p.next();
    expect(p.slide).toBe(5);
    p.goTo(Number.NaN);
    p.goTo(2.5);
    expect(p.slide).toBe(5);
    p.goTo(-3);
    expect(p.slide).toBe(0);
  });
});

describe('PresentationState: the draws of the ranges slide', () => {
  let result: MonteCarloResult;
  beforeEach(() => {
    result = monteCarlo(presetScenario('saas'), 20);
  });
  afterEach(() => vi.restoreAllMocks());

  it('starts the draws of the scenario on screen once, reports their progress and their result', async () => {
    const { runs, run } = pendingRuns();
    const { planner, p } = setup([presetScenario('saas')], run);
    expect(p.draws.status).toBe('idle');
    p.startDraws();
    p.startDraws();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.scenario).toBe(planner.scenario);
    runs[0]!.progress(500);
    expect(p.draws).toEqual({ status: 'running', done: 500, total: 2000 });
    runs[0]!.settle({ status: 'done', value: result });
    await Promise.resolve();
    expect(p.draws).toEqual({ status: 'done', value: result });
    p.startDraws();
    expect(runs).toHaveLength(1);
  });

  it("never shows one scenario's draws for another: a preset opened meanwhile starts from nothing", async () => {
    const { runs, run } = pendingRuns();
    const { p } = setup([presetScenario('saas')], run);
    p.startDraws();
    p.openPreset('fintech');
    expect(p.draws.status).toBe('idle');
    runs[0]!.settle({ status: 'done', value: result });
    await Promise.resolve();
    expect(p.draws.status).toBe('idle');
    p.startDraws();
    expect(runs[1]!.scenario.presetId).toBe('fintech');
  });

  it("takes the page's percentiles of the scenario on screen until its own draws are done, and none of another scenario", async () => {
    const { runs, run } = pendingRuns();
    const { planner, p } = setup([presetScenario('saas')], run);
    expect(p.percentiles).toBeNull();
    planner.setPercentiles(result.annualSavings);
    expect(p.percentiles).toEqual(result.annualSavings);
    p.openPreset('fintech');
    expect(p.percentiles).toBeNull();
    p.startDraws();
    const own = monteCarlo(p.shown, 20);
    runs[0]!.settle({ status: 'done', value: own });
    await Promise.resolve();
    expect(p.percentiles).toBe(own.annualSavings);
  });

  it('says why the draws failed, and tries again when asked', async () => {
    const { runs, run } = pendingRuns();
    const { p } = setup([presetScenario('saas')], run);
    p.startDraws();
    runs[0]!.settle({ status: 'failed', message: 'The uncertainty analysis stopped: out of memory' });
    await Promise.resolve();
    expect(p.draws).toEqual({ status: 'failed', message: 'The uncertainty analysis stopped: out of memory' });
    p.startDraws();
    expect(runs).toHaveLength(2);
    expect(p.draws.status).toBe('running');
  });

  it('turns a run that throws into a failure with its message', async () => {
    const { p } = setup([presetScenario('saas')], () => Promise.reject(new Error('no workers')));
    p.startDraws();
    await new Promise((r) => setTimeout(r, 0));
    expect(p.draws).toEqual({ status: 'failed', message: 'no workers' });
  });
});

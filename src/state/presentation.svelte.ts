/**
 * The presentation's state: which slide is on screen, which scenario it shows, and the
 * preset opened while presenting (docs/METHOD.md, "Presenting").
 *
 * Presenting never changes the session: a preset opened here is temporary. It is computed
 * beside the scenarios, never added to them, so the autosave, the share link and the
 * scenario list stay as they were; opening a second preset replaces the first. On leaving,
 * the user keeps it (a new scenario) or discards it; a reload drops it, as nothing of it was
 * saved.
 */
import { DEFAULT_DRAWS, isPresetId, type MonteCarloResult, type Percentiles, type Results, type Scenario } from '../model';
import { resultsOf, type Planner } from './planner.svelte';

/** Where the draws of the scenario on screen stand. */
export type DrawsState =
  { status: 'idle' } | { status: 'running'; done: number; total: number } | { status: 'done'; value: MonteCarloResult } | { status: 'failed'; message: string };

/** What a Monte Carlo run reports (io/monte-carlo-client.ts). */
export type DrawsOutcome = { status: 'done'; value: MonteCarloResult } | { status: 'cancelled' } | { status: 'failed'; message: string };

/** Runs the Monte Carlo of a scenario; `onProgress` hears the draws done. */
export type RunDraws = (scenario: Scenario, onProgress: (done: number) => void) => Promise<DrawsOutcome>;

/** The part of the planner a presentation reads and, on keeping a preset, adds to. */
export type PresentingPlanner = Pick<Planner, 'entries' | 'active' | 'scenario' | 'results' | 'percentiles' | 'canAdd' | 'previewPreset' | 'addScenarios'>;

export const PRESENTATION_MESSAGES = {
  full: (max: number) =>
    `This session already holds ${max} scenarios, the most it keeps: the preset can only be discarded here (remove a scenario first to keep one).`,
  unknownPreset: (id: string) => `"${id}" is not a preset`,
} as const;

export class PresentationState {
  /** The preset opened while presenting, not part of the session; null when none. */
  temporary = $state.raw<Scenario | null>(null);
  /** Whether the slides show the temporary preset (else the session's active scenario). */
  showingTemporary = $state(false);
  /** Whether leaving waits for the answer to "keep the preset?". */
  asking = $state(false);
  slide = $state(0);
  /** Id of the session's scenario on screen when it is not the active one (choosing it here does not change the page's choice). */
  #entryId = $state<string | null>(null);
  /** Why the last request could not be done, if it could not. */
  message = $state('');
  readonly slideCount: number;
  #draws = $state.raw<{ scenario: Scenario; state: DrawsState } | null>(null);
  readonly #planner: PresentingPlanner;
  readonly #run: RunDraws;
  readonly #close: () => void;
  readonly #maxScenarios: number;

  /** The session's entry on screen (the active one unless another was chosen here). */
  #entry = $derived.by(() => this.#planner.entries.find((e) => e.id === this.#entryId) ?? this.#planner.active);
  /** Index in the session of the scenario on screen, or null while the temporary preset is. */
  shownIndex: number | null = $derived.by(() => (this.showingTemporary && this.temporary ? null : this.#planner.entries.indexOf(this.#entry)));
  /** The scenario on screen. */
  shown: Scenario = $derived.by(() => (this.showingTemporary && this.temporary ? this.temporary : this.#entry.scenario));
  /** Its results. */
  results: Results = $derived.by(() => {
    if (this.showingTemporary && this.temporary) return resultsOf(this.temporary);
    return this.#entry === this.#planner.active ? this.#planner.results : resultsOf(this.#entry.scenario);
  });
  /** The draws of the scenario on screen. */
  draws: DrawsState = $derived.by(() => (this.#draws?.scenario === this.shown ? this.#draws.state : { status: 'idle' }));
  /**
   * Percentiles of annual savings of the scenario on screen: those of its draws here, or
   * those the page's uncertainty analysis already has for it (the same seed gives the same
   * draws); null until either exists.
   */
  percentiles: Percentiles | null = $derived.by(() => {
    if (this.draws.status === 'done') return this.draws.value.annualSavings;
    return this.shown === this.#planner.scenario ? this.#planner.percentiles : null;
  });
  /** Whether a kept preset still fits in the session. */
  canKeep: boolean = $derived.by(() => this.#planner.canAdd);

  constructor(options: { planner: PresentingPlanner; slideCount: number; runDraws: RunDraws; onClose: () => void; maxScenarios: number }) {
    this.#planner = options.planner;
    this.slideCount = Math.max(1, options.slideCount);
    this.#run = options.runDraws;
    this.#close = options.onClose;
    this.#maxScenarios = options.maxScenarios;
  }

  /** Shows a preset, temporarily: it replaces the preset opened before, and the session is untouched. */
  openPreset(id: string): boolean {
    if (!isPresetId(id)) {
      this.message = PRESENTATION_MESSAGES.unknownPreset(id);
      return false;
    }
    this.temporary = this.#planner.previewPreset(id);
    this.showingTemporary = true;
    this.message = '';
    return true;
  }

  /** Shows scenario `index` of the session (the page's active scenario stays as it is); a temporary preset stays, to be kept or discarded on leaving. */
  showScenario(index: number): void {
    const e = this.#planner.entries[index];
    if (!e) return;
    this.#entryId = e.id;
    this.showingTemporary = false;
  }

  /** Shows the temporary preset again. */
  showTemporary(): void {
    if (this.temporary) this.showingTemporary = true;
  }

  goTo(index: number): void {
    if (Number.isInteger(index)) this.slide = Math.max(0, Math.min(this.slideCount - 1, index));
  }

  next(): void {
    this.goTo(this.slide + 1);
  }

  previous(): void {
    this.goTo(this.slide - 1);
  }

  /** Leaves the presentation, asking first whether to keep a temporary preset. */
  leave(): void {
    if (this.temporary) this.asking = true;
    else this.#close();
  }

  /** Back to the slides without leaving. */
  stay(): void {
    this.asking = false;
  }

  /**
   * Adds the temporary preset to the session as a new scenario (it becomes the active one)
   * and leaves. When the session is full, nothing changes and the question stays, saying why.
   */
  keep(): boolean {
    const t = this.temporary;
    if (!t) return (this.#finish(), true);
    if (!this.#planner.canAdd || this.#planner.addScenarios([t]) === 0) {
      this.message = PRESENTATION_MESSAGES.full(this.#maxScenarios);
      return false;
    }
    this.#finish();
    return true;
  }

  /** Drops the temporary preset and leaves; the session is as it was. */
  discard(): void {
    this.#finish();
  }

  #finish(): void {
    this.temporary = null;
    this.showingTemporary = false;
    this.asking = false;
    this.message = '';
    this.#close();
  }

  /** Starts the draws of the scenario on screen unless they are running or done (a failed run is tried again). */
  startDraws(): void {
    const scenario = this.shown;
    const current = this.#draws?.scenario === scenario ? this.#draws.state.status : 'idle';
    if (current === 'running' || current === 'done') return;
    const set = (state: DrawsState) => {
      // A run whose scenario left the screen meanwhile reports nothing.
      if (this.#draws?.scenario === scenario) this.#draws = { scenario, state };
    };
    this.#draws = { scenario, state: { status: 'running', done: 0, total: DEFAULT_DRAWS } };
    void this.#run(scenario, (done) => set({ status: 'running', done, total: DEFAULT_DRAWS })).then(
      (o) => {
        if (o.status === 'done') set({ status: 'done', value: o.value });
        else if (o.status === 'failed') set({ status: 'failed', message: o.message });
        else if (this.#draws?.scenario === scenario) this.#draws = null;
      },
      (e: unknown) => set({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }
}

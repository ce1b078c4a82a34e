/**
 * The uncertainty analysis of the scenario on screen (docs/METHOD.md, "Uncertainty"): the
 * draws and the decision support (tornado, break-even) run in workers once the inputs
 * settle, with their progress, a stop and a run again, and the seed as the user types it.
 * `UncertaintyPanel.svelte` renders it and forwards the user's actions.
 *
 * Every edit stops what is in flight. An answer that arrives for a run stopped or replaced
 * meanwhile is dropped: only the latest run changes what the page shows.
 *
 * The scenario is kept as it is given, never copied: the session replaces a scenario on
 * every edit and never changes one in place, so holding it costs nothing on the edit path;
 * the client copies it for the workers when a run starts.
 */
import {
  DEFAULT_DRAWS,
  percentileWarning,
  rangeWarnings,
  type DecisionSupport,
  type MonteCarloResult,
  type Percentiles,
  type Range,
  type RangedInput,
  type Scenario,
} from '../../model';
import { MonteCarloClient, type Outcome } from '../../io/monte-carlo-client';
import type { RunProgress } from '../../io/monte-carlo-progress';
import { freshSeed, parseSeed, withRange } from './range-form';
import { SETTLE_MS } from './settle';

/** What the run needs of the Monte Carlo client (io/monte-carlo-client.ts), or a stand-in in tests. */
export type DrawsClient = Pick<MonteCarloClient, 'prepare' | 'run' | 'decide' | 'cancelRun' | 'cancelDecide' | 'dispose'>;

/** The clock the settling waits on: the browser's timers, or a stand-in in tests. */
export interface SettleTimer {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export type RunStatus = 'idle' | 'running' | 'stopped' | 'failed' | 'done';

export interface MonteCarloRunOptions {
  client?: DrawsClient;
  /** Draws of a run; default {@link DEFAULT_DRAWS}. */
  draws?: number;
  /** Inputs settle for this long before a run starts (typing in a field), milliseconds. */
  settleMs?: number;
  timer?: SettleTimer;
  /** Hears the annual savings percentiles of each finished run, and null when an edit makes them out of date. */
  onPercentiles?: (p: Percentiles | null) => void;
  /** Hears the scenario as a range or the seed changed it. */
  onChange?: (next: Scenario) => void;
  /** Hears why a scenario's run ended without percentiles (stopped by the user, or failed), and null when a run starts. */
  onHalted?: (why: 'stopped' | 'failed' | null, scenario: Scenario) => void;
}

export { SETTLE_MS };

/** Finished runs by scenario and draw count: a scenario is never changed in place, so its draws stay its own. */
const finished = new WeakMap<Scenario, { draws: number; result: MonteCarloResult; ms: number }>();

/** The draws already finished for this scenario object with this many draws (the page's run, or a slide's), if any, and the time they took. */
export function finishedDraws(scenario: Scenario, draws: number = DEFAULT_DRAWS): { result: MonteCarloResult; ms: number } | null {
  const f = finished.get(scenario);
  return f && f.draws === draws ? f : null;
}

/**
 * The draws of a scenario: those already finished for it when there are, else a run of the
 * client (remembered once finished). For a view that shows the same scenario as the page,
 * such as the ranges slide: the same seed gives the same draws, so they are not made twice.
 */
export async function drawsOf(
  client: Pick<DrawsClient, 'run'>,
  scenario: Scenario,
  draws: number,
  onProgress?: (p: RunProgress) => void,
): Promise<Outcome<MonteCarloResult>> {
  const known = finishedDraws(scenario, draws);
  if (known) return { status: 'done', value: known.result, ms: known.ms };
  const o = await client.run(scenario, draws, onProgress);
  if (o.status === 'done') finished.set(scenario, { draws, result: o.value, ms: o.ms });
  return o;
}

const browserTimer: SettleTimer = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class MonteCarloRun {
  readonly draws: number;
  /** The scenario of the figures being made (the latest one edited); null before the first. */
  scenario = $state.raw<Scenario | null>(null);
  /** The last finished run: kept, marked as earlier, while the next one runs or after a stop. */
  result = $state.raw<MonteCarloResult | null>(null);
  decision = $state.raw<DecisionSupport | null>(null);
  /** Whether draws are on their way (settling or running). */
  running = $state(false);
  /** Whether the decision support is on its way. */
  deciding = $state(false);
  /** Why the last run failed, or ''. */
  failure = $state('');
  /** Wall time of the last finished run, milliseconds. */
  elapsedMs = $state(0);
  /** Draws done of the run in flight; null before the first report. */
  progress = $state.raw<RunProgress | null>(null);
  /** The run the user stopped: how far it had come, and the scenario to run again. */
  stopped = $state.raw<{ done: number; total: number; scenario: Scenario } | null>(null);
  /** The seed as typed, for the scenario it was typed in (an edit of the scenario shows its seed again). */
  #typedSeed = $state.raw<{ text: string; scenario: Scenario } | null>(null);

  readonly status: RunStatus = $derived(this.running ? 'running' : this.stopped ? 'stopped' : this.failure ? 'failed' : this.result ? 'done' : 'idle');
  /** Draws done of the run in flight. */
  readonly done: number = $derived(this.progress?.done ?? 0);
  /** What the seed field shows. */
  readonly seedText: string = $derived(this.#typed()?.text ?? (this.scenario ? String(this.scenario.seed) : ''));
  /** Why the typed seed is refused, or ''. */
  readonly seedError: string = $derived.by(() => {
    const typed = this.#typed();
    if (!typed) return '';
    const r = parseSeed(typed.text);
    return r.ok ? '' : r.message;
  });
  readonly warnings = $derived(this.scenario ? rangeWarnings(this.scenario) : []);
  readonly outsideWarning: string = $derived(this.scenario ? percentileWarning(this.scenario) : '');

  readonly #client: DrawsClient;
  readonly #settleMs: number;
  readonly #timer: SettleTimer;
  readonly #onPercentiles: (p: Percentiles | null) => void;
  readonly #onChange: (next: Scenario) => void;
  readonly #onHalted: (why: 'stopped' | 'failed' | null, scenario: Scenario) => void;
  #settling: unknown = null;
  /** Counts runs started or stopped; an answer of an earlier count is dropped. */
  #generation = 0;

  constructor(options: MonteCarloRunOptions = {}) {
    this.#client = options.client ?? new MonteCarloClient();
    this.draws = options.draws ?? DEFAULT_DRAWS;
    this.#settleMs = options.settleMs ?? SETTLE_MS;
    this.#timer = options.timer ?? browserTimer;
    this.#onPercentiles = options.onPercentiles ?? (() => {});
    this.#onChange = options.onChange ?? (() => {});
    this.#onHalted = options.onHalted ?? (() => {});
  }

  #typed(): { text: string } | null {
    const t = this.#typedSeed;
    return t && t.scenario === this.scenario ? t : null;
  }

  /** Stops the settling and whatever is in flight; their answers will be dropped. */
  #halt(): void {
    if (this.#settling !== null) this.#timer.clear(this.#settling);
    this.#settling = null;
    this.#generation++;
    this.#client.cancelRun();
    this.#client.cancelDecide();
  }

  /** The scenario changed: what is in flight stops, the percentiles are out of date, and once the inputs settle a run starts. */
  edit(scenario: Scenario): void {
    this.#halt();
    this.scenario = scenario;
    this.stopped = null;
    this.progress = null;
    this.running = true;
    this.deciding = true;
    this.#onPercentiles(null);
    this.#onHalted(null, scenario);
    // The workers start while the inputs settle: the run finds them ready (the first run of a page, most of all).
    this.#client.prepare(scenario, this.draws);
    this.#settling = this.#timer.set(() => {
      this.#settling = null;
      void this.start(scenario);
    }, this.#settleMs);
  }

  /** Runs the draws and the decision support of a scenario now. */
  async start(scenario: Scenario): Promise<void> {
    this.#halt();
    const generation = this.#generation;
    const current = () => generation === this.#generation;
    this.stopped = null;
    this.running = true;
    this.deciding = true;
    this.progress = null;
    this.#onHalted(null, scenario);
    const run = drawsOf(this.#client, scenario, this.draws, (p) => {
      if (current()) this.progress = p;
    });
    const decide = this.#client.decide(scenario);
    const o = await run;
    if (!current() || o.status === 'cancelled') return;
    this.running = false;
    this.progress = null;
    if (o.status === 'failed') {
      this.deciding = false;
      this.failure = o.message;
      this.#onHalted('failed', scenario);
      return;
    }
    this.failure = '';
    this.result = o.value;
    this.elapsedMs = o.ms;
    this.#onPercentiles({ ...o.value.annualSavings });
    const d = await decide;
    if (!current() || d.status === 'cancelled') return;
    this.deciding = false;
    if (d.status === 'done') this.decision = d.value;
    else this.failure = d.message;
  }

  /** Stops the draws in flight (or about to start); the figures of the last finished run stay, marked as earlier. */
  stop(): void {
    const scenario = this.scenario;
    if (!scenario || !this.running) return;
    const done = this.done;
    this.#halt();
    this.running = false;
    this.deciding = false;
    this.progress = null;
    this.stopped = { done, total: this.draws, scenario };
    this.#onHalted('stopped', scenario);
  }

  /** Runs the stopped run again, from its first draw. */
  runAgain(): void {
    if (this.stopped) void this.start(this.stopped.scenario);
  }

  /** A range switched on, changed or off (null). */
  setRange(input: RangedInput, range: Range | null): void {
    if (this.scenario) this.#onChange(withRange(this.scenario, input, range));
  }

  /** The seed as the user types it: a valid new seed changes the scenario, anything else is kept in the field with a message. */
  editSeed(text: string): void {
    const scenario = this.scenario;
    if (!scenario) return;
    this.#typedSeed = { text, scenario };
    const r = parseSeed(text);
    if (r.ok && r.seed !== scenario.seed) this.#onChange({ ...scenario, seed: r.seed });
  }

  /** Other draws: a new random seed. */
  newDraws(random?: () => number): void {
    const scenario = this.scenario;
    if (!scenario) return;
    this.#typedSeed = null;
    this.#onChange({ ...scenario, seed: freshSeed(random) });
  }

  /** Stops everything and releases the workers. */
  dispose(): void {
    this.#halt();
    this.#client.dispose();
  }
}

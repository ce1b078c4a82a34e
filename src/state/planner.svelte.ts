/**
 * The planner's state: the scenarios the user works on (one source of truth) and
 * everything derived from them. Edits are validated with the model's schema; a value
 * that fails is kept as a draft with its message, at its field, and never applied, so
 * the last valid scenario keeps computing.
 */
import {
  calculate,
  channelAutomationRefusal,
  metricValues,
  ModelLimitError,
  parseScenario,
  presetScenario,
  DEFAULT_PRESET,
  isPresetId,
  PRESETS,
  typicalChannels,
  rangesFollowingPoint,
  staffFirstMonths,
  withAutomation,
  withAverageHandle,
  type AiPricing,
  type Category,
  type ChannelKind,
  type Percentiles,
  type Pooling,
  type PresetId,
  type Results,
  type Scenario,
  MAX_CATEGORIES,
  minorUnitDigits,
} from '../model';
import { MAX_SCENARIOS } from '../io/scenario-set';
import { plainNumberText, readTypedNumber, separatorsOf, twoReadingsMessage, userLocale } from '../io/locale-number';
import { getAt, setAt } from './paths';
import { BackgroundResults, horizonPieces, inNextTask, type Schedule } from './background-results';
import { FrameGate, type FrameSchedule, animationFrames } from './frame-gate';
import { ComparedResults, type Compared, type ComparedOutcome } from './compared-results';
import { ComparisonClient } from '../io/comparison-client';
import {
  addChannel,
  changeKind,
  channelMessage,
  channelPath,
  channelsOf,
  OPTIONAL_FIELDS,
  removeChannel,
  setChannelPricing,
  setOwnHours,
  storedChannelNumber,
  toggleChannelDay,
  updateChannel,
  type ChannelNumberField,
} from './channels';

/** A value the user typed that the model refused, with the reason. */
export interface Draft {
  raw: string;
  message: string;
  /** The two numbers a text that reads two ways in the locale could mean, for the user to choose. */
  readings?: readonly number[];
}

/** One scenario of the session, with the drafts of its fields (keyed by field path). */
export interface Entry {
  id: string;
  scenario: Scenario;
  drafts: Readonly<Record<string, Draft>>;
}

/** What a session starts from: a share link, a readable link, the autosave or the default. */
export interface PlannerSeed {
  scenarios: readonly Scenario[];
  activeIndex: number;
  notices?: readonly string[];
  /** Ids of the scenarios, as saved (kept so that two tabs can tell their scenarios apart); new ones where absent. */
  ids?: readonly (string | null)[];
}

/** How a session schedules its calculations (tests give their own frames). */
export interface PlannerOptions {
  /** Animation frames: at most one calculation runs per frame (null: every edit computes at once). */
  frames?: FrameSchedule | null;
  /**
   * Computes the comparison's figures of the scenarios not on screen off the main thread
   * (default: the comparison worker where the browser has workers); null computes them on the
   * page, one per task.
   */
  compare?: ((scenario: Scenario) => Promise<ComparedOutcome>) | null;
  /**
   * The later tasks in which an edit of a heavy scenario is computed in pieces (see
   * `SLICE_ABOVE_MS`); default: the page's next tasks where there are animation frames;
   * null computes every edit in one piece.
   */
  slices?: Schedule | null;
  /** The clock that times calculations, in milliseconds (default `performance.now`). */
  clock?: () => number;
}

/**
 * A scenario whose last calculation took longer than this (a long horizon of Erlang A
 * months over several channels, say) has its next edit computed in pieces, one per task:
 * its horizon staffed a year at a time (`headStart`), then its figures, which reuse
 * that staffing. The page keeps answering meanwhile, and shows the figures before the edit
 * marked as being recalculated. 50 ms is the longest task that does not delay a keystroke
 * noticeably; the threshold is half that because a task's wall time grows with what else
 * the machine runs: on two cores shared with the comparison's and the Monte Carlo's
 * workers, a calculation of 42-47 ms of CPU time was seen to block the page for 90-111 ms.
 */
export const SLICE_ABOVE_MS = 25;

/** The comparison worker (started with the first request), where the browser has workers. */
function workerCompare(): ((scenario: Scenario) => Promise<ComparedOutcome>) | null {
  if (typeof Worker === 'undefined') return null;
  const client = new ComparisonClient();
  return (scenario) => client.compute(scenario);
}

/** An edit applied but not yet computed (a calculation already ran in its frame). */
interface Uncomputed {
  id: string;
  path: string;
  raw: string;
  say: (message: string) => string;
  /** The scenario before it, the last one computed: put back if the model cannot compute the edit. */
  lastComputed: Scenario;
}

/** Most scenarios one session holds: as many as a link, a saved entry or a manifest may carry. */
export { MAX_SCENARIOS };

/** Field path of the quick-mode fields that rescale the mix rather than set one value. */
export const QUICK_AUTOMATION = 'quick.automation';
export const QUICK_HANDLE = 'quick.handleMinutes';

let nextId = 1;
// Unique across tabs too: two tabs of the same moment differ in the random part.
const newId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${nextId++}`;
/** A new scenario id (one no other tab or saved entry uses). */
export const newScenarioId = (): string => newId('scenario');

// Results depend only on the (immutable) scenario object: compute each one once.
const memo = new WeakMap<Scenario, Results>();
/** The results of a scenario, computed once per scenario object. */
export function resultsOf(s: Scenario): Results {
  let r = memo.get(s);
  if (!r) memo.set(s, (r = calculate(s)));
  return r;
}

/**
 * The first months of a long horizon staffed a year at a time, one piece per task, for the
 * full calculation to reuse (see `horizonPieces`, `staffFirstMonths`).
 */
export function headStart(s: Scenario): Array<() => void> {
  return horizonPieces(s.finance.months, (months) => staffFirstMonths(s, months));
}

/** The results of a scenario when already computed, without computing them. */
export function knownResults(s: Scenario): Results | undefined {
  return memo.get(s);
}

function withoutKeys(drafts: Readonly<Record<string, Draft>>, drop: (key: string) => boolean): Record<string, Draft> {
  return Object.fromEntries(Object.entries(drafts).filter(([k]) => !drop(k)));
}

/** A name not yet used by another scenario: "Name (2)", "Name (3)"... */
export function uniqueName(base: string, taken: readonly string[]): string {
  const stem = base.replace(/ \(\d+\)$/, '').slice(0, 72);
  if (!taken.includes(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.includes(`${stem} (${n})`)) return `${stem} (${n})`;
}

/**
 * The values of a typed ramp: separated by semicolons or spaces, and by commas where the
 * locale's decimal separator is not a comma ("0.667, 0.867, 1"; de-DE "0,667; 0,867; 1").
 */
export function splitRamp(text: string, locale: string): string[] {
  return text
    .split(isCommaDecimal(locale) ? /;|,?\s+/ : /[,;\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The ramp as its field shows it: "0.667, 0.867, 1", or "0,667; 0,867; 1" where the decimal separator is a comma. */
export function rampText(ramp: readonly number[], locale: string): string {
  if (ramp.length === 0) return 'off';
  return ramp.map((x) => plainNumberText(x, 6, locale)).join(isCommaDecimal(locale) ? '; ' : ', ');
}

function isCommaDecimal(locale: string): boolean {
  return separatorsOf(locale).decimal === ',';
}

export class Planner {
  /** Every scenario of the session; replaced, never mutated. */
  entries = $state.raw<readonly Entry[]>([]);
  activeIndex = $state(0);
  /** Notices about the link the session opened from (ignored parameters). */
  notices = $state.raw<readonly string[]>([]);
  /** Short-lived feedback: an import applied, a scenario refused. */
  status = $state('');
  /** Why the scenarios are not being saved in this browser, when they are not. */
  storageMessage = $state('');
  /** The locale numbers are typed in (the page writes them in it too). */
  locale = $state(userLocale());
  /** The scenario a preset replaced, for one undo. */
  replaced = $state.raw<{ id: string; scenario: Scenario; presetLabel: string } | null>(null);
  /** The scenario before a channel was removed or the channels replaced (what was done, said), for one undo until the next edit. */
  channelsUndo = $state.raw<{ id: string; scenario: Scenario; did: string } | null>(null);
  #percentiles = $state.raw<{ scenario: Scenario; value: Percentiles } | null>(null);

  active: Entry = $derived(this.entries[Math.min(this.activeIndex, this.entries.length - 1)] ?? this.entries[0]!);
  scenario: Scenario = $derived(this.active.scenario);
  drafts: Readonly<Record<string, Draft>> = $derived(this.active.drafts);
  readonly #gate: FrameGate;
  readonly #slices: Schedule | null;
  readonly #clock: () => number;
  /** How long the last calculation of an entry took (its head-start pieces included). */
  #lastWork: { id: string; ms: number } | null = null;
  /** Time spent in head-start pieces since the last calculation timed. */
  #piecesMs = 0;
  /** Stops the pieces of an edit being computed in pieces; null when none is. */
  #stopSlices: (() => void) | null = null;
  /** Counts calculations made outside an edit (a deferred one, at its frame): the figures then change. */
  #computed = $state(0);
  #uncomputed: Uncomputed | null = null;
  /** The figures last shown, of which scenario entry: shown, marked as being recalculated, while an edit waits for its frame. */
  #shown: { id: string; results: Results } | null = null;
  /**
   * The active scenario's results; while an edit waits for its frame (see `FrameGate`), the
   * ones before it, with `calculating` set.
   */
  results: Results = $derived.by(() => {
    void this.#computed;
    const id = this.active.id;
    const known = knownResults(this.scenario);
    if (!known && this.#uncomputed?.id === id && this.#shown?.id === id) return this.#shown.results;
    const results = known ?? this.#compute(this.scenario, id);
    this.#shown = { id, results };
    return results;
  });
  /** Whether the figures shown are not yet the active scenario's: its calculation waits for the next frame. */
  calculating: boolean = $derived.by(() => {
    void this.#computed;
    return knownResults(this.scenario) === undefined;
  });
  /** Monte Carlo percentiles of the active scenario, when the uncertainty analysis has run on it. */
  percentiles: Percentiles | null = $derived(this.#percentiles?.scenario === this.scenario ? this.#percentiles.value : null);
  #rangeHalted = $state.raw<{ scenario: Scenario; why: 'stopped' | 'failed' } | null>(null);
  /** Why the active scenario's Monte Carlo ended without percentiles, when it did. */
  rangeHalted: 'stopped' | 'failed' | null = $derived(this.#rangeHalted?.scenario === this.scenario ? this.#rangeHalted.why : null);
  metrics = $derived(metricValues(this.results.primary.summary, this.percentiles));
  /** Results of every scenario, all computed when read (the export). */
  allResults: readonly Results[] = $derived(this.entries.map((e) => resultsOf(e.scenario)));
  #backgroundReady = $state(0);
  #background = new BackgroundResults<Scenario, Results>({ compute: resultsOf, known: knownResults, steps: headStart, onReady: () => this.#backgroundReady++ });
  #offPage: ComparedResults | null = null;
  /**
   * Figures of every scenario, for the comparison: the active one's as `results`, the
   * others' once computed (null until then): in the comparison worker, or where there is
   * none one per task after the page has answered.
   */
  comparedResults: readonly (Compared | null)[] = $derived.by(() => {
    void this.#backgroundReady;
    const active = this.active;
    const results = this.results;
    const scenarios = this.entries.map((e) => (e === active ? null : e.scenario)).filter((s) => s !== null);
    const others = this.#offPage ? this.#offPage.values(scenarios) : this.#background.values(scenarios);
    let k = 0;
    return this.entries.map((e) => (e === active ? results : (others[k++] ?? null)));
  });

  /** Whether the results of scenario `index` could not be computed (the comparison says so). */
  comparedFailed(index: number): boolean {
    const e = this.entries[index];
    return e !== undefined && (this.#offPage ? this.#offPage.failed(e.scenario) : this.#background.failed(e.scenario));
  }
  hasDrafts = $derived(Object.keys(this.active.drafts).length > 0);

  constructor(seed: PlannerSeed, options: PlannerOptions = {}) {
    this.#gate = new FrameGate(options.frames === undefined ? animationFrames : options.frames);
    this.#slices = options.slices === undefined ? (animationFrames ? inNextTask : null) : options.slices;
    this.#clock = options.clock ?? (() => performance.now());
    const compare = options.compare === undefined ? workerCompare() : options.compare;
    if (compare) this.#offPage = new ComparedResults({ compute: compare, known: knownResults, onReady: () => this.#backgroundReady++ });
    this.load(seed);
  }

  /** Replaces the session with other scenarios (a share link, the autosave). */
  load(seed: PlannerSeed): void {
    const scenarios = seed.scenarios.length > 0 ? seed.scenarios.slice(0, MAX_SCENARIOS) : [presetScenario()];
    const ids = new Set<string>();
    this.entries = scenarios.map((scenario, i) => {
      const saved = seed.ids?.[i];
      const id = saved && !ids.has(saved) ? saved : newId('scenario');
      ids.add(id);
      return { id, scenario, drafts: {} };
    });
    this.activeIndex = Math.max(0, Math.min(seed.activeIndex, this.entries.length - 1));
    this.notices = seed.notices ?? [];
  }

  /** The scenarios and active index, as saved and shared, with the scenarios' ids. */
  snapshot(): { scenarios: Scenario[]; activeIndex: number; ids: string[] } {
    return { scenarios: this.entries.map((e) => e.scenario), activeIndex: this.activeIndex, ids: this.entries.map((e) => e.id) };
  }

  /**
   * Replaces the session's scenarios (the ones the user chose to keep, another tab's
   * changes merged in). An entry whose id and scenario are unchanged keeps its drafts; the
   * active scenario stays active while it is there, unless `activeIndex` says otherwise.
   */
  replaceAll(list: readonly { id: string; scenario: Scenario }[], activeIndex?: number): void {
    if (list.length === 0) return;
    const activeId = this.active.id;
    const before = new Map(this.entries.map((e) => [e.id, e]));
    this.entries = list.slice(0, MAX_SCENARIOS).map(({ id, scenario }) => {
      const e = before.get(id);
      return e && e.scenario === scenario ? e : { id, scenario, drafts: {} };
    });
    const kept = this.entries.findIndex((e) => e.id === activeId);
    const at = activeIndex ?? (kept >= 0 ? kept : this.activeIndex);
    this.activeIndex = Math.max(0, Math.min(at, this.entries.length - 1));
  }

  draftOf(path: string): Draft | undefined {
    return this.drafts[path];
  }

  valueAt(path: string): unknown {
    return getAt(this.scenario, path);
  }

  #updateActive(f: (e: Entry) => Entry): void {
    this.deleted = null;
    const i = this.entries.indexOf(this.active);
    this.entries = this.entries.map((e, j) => (j === i ? f(e) : e));
  }

  #draft(path: string, raw: string, message: string, readings?: readonly number[]): void {
    const draft: Draft = readings ? { raw, message, readings } : { raw, message };
    this.#updateActive((e) => ({ ...e, drafts: { ...e.drafts, [path]: draft } }));
  }

  /** The number typed at a field in the page's locale; else the field keeps a draft that says why (or asks which reading). */
  #typed(path: string, raw: string): number | null {
    const r = readTypedNumber(raw, this.locale);
    if (r.ok) return r.value;
    if (r.readings.length >= 2) this.#draft(path, raw, twoReadingsMessage(raw, r.readings, this.locale), r.readings);
    else this.#draft(path, raw, this.#notANumber());
    return null;
  }

  #notANumber(): string {
    return `Enter a number, such as 12 or ${plainNumberText(12.5, 1, this.locale)}`;
  }

  /**
   * Validates a whole next scenario; applies it and clears the field's draft when valid,
   * else keeps `raw` as the field's draft with the model's message for that field.
   */
  #propose(
    path: string,
    raw: string,
    next: Scenario,
    clearDrafts: (key: string) => boolean = (k) => k === path,
    say: (message: string) => string = (m) => m,
  ): boolean {
    const parsed = parseScenario(rangesFollowingPoint(this.scenario, next));
    if (!parsed.ok) {
      const own = parsed.issues.find((i) => i.field === path) ?? parsed.issues[0]!;
      this.#draft(path, raw, say(own.message));
      return false;
    }
    const pieces = this.#heavy() ? this.#headStart(parsed.value) : [];
    if (pieces.length > 0 || !this.#gate.take()) {
      // A heavy scenario's edit is applied now and computed in pieces (SLICE_ABOVE_MS); another
      // after a calculation already ran in this frame is applied now and computed in the next frame.
      const id = this.active.id;
      const lastComputed = this.#uncomputed?.id === id ? this.#uncomputed.lastComputed : this.scenario;
      this.#updateActive((e) => ({ ...e, scenario: parsed.value, drafts: withoutKeys(e.drafts, clearDrafts) }));
      this.replaced = this.channelsUndo = null;
      this.#uncomputed = { id, path, raw, say, lastComputed };
      if (pieces.length > 0) this.#computeInPieces(pieces);
      else
        this.#gate.defer(() => {
          // Pieces under way compute the figures at their end.
          if (this.#stopSlices === null) this.#computeDeferred();
        });
      return true;
    }
    try {
      // Computed now rather than at the next render: a scenario the model cannot compute stays a draft.
      this.#compute(parsed.value, this.active.id);
    } catch (e) {
      if (!(e instanceof ModelLimitError)) throw e;
      this.#draft(path, raw, say(e.message));
      return false;
    }
    this.#updateActive((e) => ({ ...e, scenario: parsed.value, drafts: withoutKeys(e.drafts, clearDrafts) }));
    this.replaced = this.channelsUndo = null;
    return true;
  }

  /** The calculation of the last edit that waited for its frame; an edit the model cannot compute goes back to a draft. */
  #computeDeferred(): void {
    const u = this.#uncomputed;
    this.#uncomputed = null;
    const entry = u && this.entries.find((e) => e.id === u.id);
    if (!u || !entry) return;
    try {
      this.#compute(entry.scenario, entry.id);
    } catch (e) {
      if (!(e instanceof ModelLimitError)) throw e;
      const draft: Draft = { raw: u.raw, message: u.say(e.message) };
      this.entries = this.entries.map((x) => (x.id === u.id ? { ...x, scenario: u.lastComputed, drafts: { ...x.drafts, [u.path]: draft } } : x));
    }
    this.#computed++;
  }

  /** The results of entry `id`'s scenario, timed when they are computed (with the head-start pieces run before them). */
  #compute(s: Scenario, id: string): Results {
    const known = knownResults(s);
    if (known) return known;
    const t0 = this.#clock();
    const results = resultsOf(s);
    this.#lastWork = { id, ms: this.#clock() - t0 + this.#piecesMs };
    this.#piecesMs = 0;
    return results;
  }

  /** Whether the active scenario's last calculation was long enough to cut the next into pieces. */
  #heavy(): boolean {
    return this.#slices !== null && this.#lastWork !== null && this.#lastWork.id === this.active.id && this.#lastWork.ms > SLICE_ABOVE_MS;
  }

  /**
   * The head-start pieces of `s` (a long horizon staffed a year at a time, see
   * `headStart`), each timed: the calculation after them counts them as its own work.
   */
  #headStart(s: Scenario): Array<() => void> {
    return headStart(s).map((piece) => () => {
      const t0 = this.#clock();
      try {
        piece();
      } finally {
        this.#piecesMs += this.#clock() - t0;
      }
    });
  }

  /** The pieces of the active scenario's start (start-page.ts runs them one per task before its first figures), timed. */
  headStartActive(): Array<() => void> {
    const pieces = this.#headStart(this.scenario);
    if (pieces.length === 0) return pieces;
    // The page's first number format loads the browser's locale data, 40-60 ms of the first
    // piece's task on a small machine (traced): a task of its own.
    const currency = this.scenario.finance.currency;
    return [() => void minorUnitDigits(currency), ...pieces];
  }

  /**
   * Runs the `staffing` pieces one per task, then the edit's calculation in a task of its own,
   * then shows its figures (`#computeDeferred`); a later edit's pieces replace those not yet
   * run. A piece the model cannot compute ends the pieces: the calculation then says why, as
   * it would have at once.
   */
  #computeInPieces(staffing: Array<() => void>): void {
    this.#stopSlices?.();
    // The figures are computed in a task of their own, and shown in the next: a calculation
    // and the page's update after it would make one long task of two.
    const pieces = [
      ...staffing,
      () => {
        const entry = this.entries.find((e) => e.id === this.#uncomputed?.id);
        if (entry) this.#compute(entry.scenario, entry.id);
      },
    ];
    const next = (): void => {
      const piece = pieces.shift();
      if (piece) {
        try {
          piece();
          this.#stopSlices = this.#slices!(next);
          return;
        } catch (e) {
          if (!(e instanceof ModelLimitError)) {
            // Reported as any failure of the page; the next edit is computed afresh, not held behind these pieces.
            this.#stopSlices = null;
            throw e;
          }
        }
      }
      this.#stopSlices = null;
      this.#computeDeferred();
    };
    this.#stopSlices = this.#slices!(next);
  }

  /**
   * Computes at once an edit still waiting for its frame or its pieces: what is printed now
   * (Ctrl+P cannot wait) must be the figures of the values on screen.
   */
  finishPending(): void {
    if (this.#uncomputed === null) return;
    this.#stopSlices?.();
    this.#stopSlices = null;
    this.#computeDeferred();
  }

  /** Sets a numeric field from what the user typed. */
  setNumber(path: string, raw: string): boolean {
    const x = this.#typed(path, raw);
    if (x === null) return false;
    return this.#propose(path, raw, setAt(this.scenario, path, x));
  }

  /** Sets a numeric field that may be left empty (null: "use the default" or "none"). */
  setOptionalNumber(path: string, raw: string): boolean {
    if (raw.trim() === '') return this.#propose(path, raw, setAt(this.scenario, path, null));
    return this.setNumber(path, raw);
  }

  /** Sets a field to a value (text, choice, flag); `raw` is what the field shows if it is refused. */
  setValue(path: string, value: unknown, raw = String(value)): boolean {
    return this.#propose(path, raw, setAt(this.scenario, path, value));
  }

  /** Quick mode: the steady-state automation rate, percent of all contacts (rescales resolution rates). */
  setAutomation(raw: string): boolean {
    const x = this.#typed(QUICK_AUTOMATION, raw);
    if (x === null) return false;
    if (x < 0 || x > 100) return (this.#draft(QUICK_AUTOMATION, raw, 'Automation is a percentage of all contacts (accepted: 0 to 100 %)'), false);
    const r = withAutomation(this.scenario, x);
    if (!r.ok) return (this.#draft(QUICK_AUTOMATION, raw, r.message), false);
    return this.#propose(QUICK_AUTOMATION, raw, { ...this.scenario, categories: r.categories }, (k) => k === QUICK_AUTOMATION || k.startsWith('categories.'));
  }

  /** Quick mode: the average handle time (scales every category's handle time). */
  setAverageHandle(raw: string): boolean {
    const x = this.#typed(QUICK_HANDLE, raw);
    if (x === null) return false;
    if (x <= 0 || x > 600) return (this.#draft(QUICK_HANDLE, raw, 'Average handle time must be more than 0 and at most 600 minutes'), false);
    return this.#propose(
      QUICK_HANDLE,
      raw,
      { ...this.scenario, categories: withAverageHandle(this.scenario.categories, x) },
      (k) => k === QUICK_HANDLE || k.startsWith('categories.'),
    );
  }

  /** The adoption ramp as typed: "off" (or empty) or comma-separated fractions of the steady state. */
  setRamp(raw: string): boolean {
    const text = raw.trim();
    if (text === '' || text.toLowerCase() === 'off') return this.#propose('ramp', raw, { ...this.scenario, ramp: [] });
    const parts = splitRamp(text, this.locale);
    const values = parts.map((p) => {
      const r = readTypedNumber(p, this.locale);
      return r.ok ? r.value : null;
    });
    if (values.some((v) => v === null)) {
      this.#draft(
        'ramp',
        raw,
        `Enter "off" or fractions of the steady state separated by ${isCommaDecimal(this.locale) ? 'semicolons' : 'commas'}, such as ${rampText([0.667, 0.867, 1], this.locale)}`,
      );
      return false;
    }
    return this.#propose('ramp', raw, { ...this.scenario, ramp: values as number[] }, (k) => k === 'ramp' || k.startsWith('ramp.'));
  }

  /** Replaces the active scenario with a validated one (an import, the uncertainty ranges). */
  apply(next: Scenario): boolean {
    const parsed = parseScenario(rangesFollowingPoint(this.scenario, next));
    if (!parsed.ok) {
      this.status = `Not applied: ${parsed.issues[0]?.message ?? 'the scenario is not valid'}`;
      return false;
    }
    this.#updateActive((e) => ({ ...e, scenario: parsed.value, drafts: {} }));
    return true;
  }

  /** Loads a preset into the active scenario (its edits and drafts are replaced). */
  loadPreset(id: PresetId): void {
    const taken = this.entries.filter((e) => e !== this.active).map((e) => e.scenario.name);
    const scenario = { ...presetScenario(id), method: this.scenario.method, name: uniqueName(PRESETS[id].label, taken) };
    this.replaced = { id: this.active.id, scenario: this.scenario, presetLabel: PRESETS[id].label };
    this.#updateActive((e) => ({ ...e, scenario, drafts: {} }));
  }

  /**
   * A preset as it would open in place of the active scenario (its method kept, a name no
   * other scenario uses), without touching the session: what a presentation shows when a
   * preset is opened there.
   */
  previewPreset(id: PresetId): Scenario {
    return {
      ...presetScenario(id),
      method: this.scenario.method,
      name: uniqueName(
        PRESETS[id].label,
        this.entries.map((e) => e.scenario.name),
      ),
    };
  }

  /** Puts back the scenario the last preset replaced. */
  undoPreset(): void {
    const r = this.replaced;
    if (!r) return;
    this.entries = this.entries.map((e) => (e.id === r.id ? { ...e, scenario: r.scenario, drafts: {} } : e));
    this.replaced = null;
  }

  setPercentiles(value: Percentiles | null, scenario: Scenario = this.scenario): void {
    this.#percentiles = value ? { scenario, value } : null;
  }

  /** Why the active scenario's Monte Carlo ended without percentiles (stopped or failed), or null (none, or computing). */
  setRangeHalted(why: 'stopped' | 'failed' | null, scenario: Scenario = this.scenario): void {
    this.#rangeHalted = why ? { scenario, why } : null;
  }

  // Categories -------------------------------------------------------------------------

  #setCategories(categories: Category[]): void {
    this.#propose('categories', '', { ...this.scenario, categories }, (k) => k === 'categories' || k.startsWith('categories.'));
  }

  addCategory(): void {
    const cats = this.scenario.categories;
    if (cats.length >= MAX_CATEGORIES) return;
    const taken = cats.map((c) => c.name);
    this.#setCategories([
      ...cats,
      { id: newId('category'), name: uniqueName('New category', taken), sharePct: 0, tier: 1, handleMinutes: 6, aiEligible: true, resolutionPct: 50 },
    ]);
  }

  removeCategory(index: number): void {
    const cats = this.scenario.categories;
    if (cats.length <= 1) return;
    this.#setCategories(cats.filter((_, i) => i !== index));
  }

  moveCategory(index: number, by: -1 | 1): void {
    const cats = this.scenario.categories.slice();
    const to = index + by;
    if (to < 0 || to >= cats.length) return;
    [cats[index], cats[to]] = [cats[to]!, cats[index]!];
    this.#setCategories(cats);
  }

  /** Tier 3 is human-only by policy: choosing it switches eligibility off (the user may switch it back). */
  setTier(index: number, tier: 1 | 2 | 3): void {
    const c = this.scenario.categories[index];
    if (!c) return;
    const next = { ...c, tier, aiEligible: tier === 3 ? false : c.tier === 3 ? true : c.aiEligible };
    this.#propose(`categories.${index}.tier`, String(tier), setAt(this.scenario, `categories.${index}`, next));
  }

  // Channels ---------------------------------------------------------------------------

  /** A structural change of the channel list (add, remove, kind): the channels' drafts no longer match their rows. */
  #setChannels(next: Scenario, raw = ''): boolean {
    return this.#propose('channels', raw, next, (k) => k === 'channels' || k.startsWith('channels.'));
  }

  /** Edits one field of channel `index`; a refused value stays a draft at that field, its message naming the channel. */
  #setChannel(index: number, field: string, raw: string, next: Scenario): boolean {
    const c = channelsOf(this.scenario)[index];
    return this.#propose(`channels.${index}.${field}`, raw, next, undefined, (m) => channelMessage(c, m));
  }

  /** Adds a channel of `kind` (up to six); a scenario without channels gets its own channel as the first. */
  addChannel(kind: ChannelKind): boolean {
    return this.#setChannels(addChannel(this.scenario, kind), kind);
  }

  /** Removes channel `index`; the others share its volume. The last one stays. Undone by {@link undoChannels} until the next edit. */
  removeChannel(index: number): boolean {
    const c = channelsOf(this.scenario)[index];
    return this.#undoable(`Removed channel "${c?.name ?? ''}" and its settings.`, () => this.#setChannels(removeChannel(this.scenario, index)));
  }

  /** Runs `change`; when it is applied, the scenario before it can be put back (`channelsUndo`). */
  #undoable(did: string, change: () => boolean): boolean {
    const before = { id: this.active.id, scenario: this.scenario };
    if (!change()) return false;
    this.channelsUndo = { ...before, did };
    return true;
  }

  /** Puts back the scenario before the last channel removal or replacement (no other edit since). */
  undoChannels(): void {
    const u = this.channelsUndo;
    if (!u) return;
    this.channelsUndo = null;
    if (!this.entries.some((e) => e.id === u.id)) return;
    this.entries = this.entries.map((e) =>
      e.id === u.id ? { ...e, scenario: u.scenario, drafts: withoutKeys(e.drafts, (k) => k === 'channels' || k.startsWith('channels.')) } : e,
    );
  }

  renameChannel(index: number, raw: string): boolean {
    const name = raw.trim();
    // Two channels of one name would read alike in the inputs, the table by channel and the files.
    const twin = channelsOf(this.scenario).find((c, i) => i !== index && c.name.toLowerCase() === name.toLowerCase());
    if (twin) return (this.#draft(`channels.${index}.name`, raw, `Another channel is named "${twin.name}": give each channel a name of its own`), false);
    return this.#setChannel(index, 'name', raw, updateChannel(this.scenario, index, { name }));
  }

  /** Changes a channel's kind (its id and target follow the new kind); the channel keeps its place, so its drafts stay. */
  setChannelKind(index: number, kind: ChannelKind): boolean {
    return this.#setChannel(index, 'kind', kind, changeKind(this.scenario, index, kind));
  }

  /**
   * Sets a numeric field of channel `index` from what the user typed: empty is "follow the
   * scenario" where the field allows it; a response time is typed in hours.
   */
  setChannelNumber(index: number, field: ChannelNumberField, raw: string): boolean {
    const path = channelPath(index, field);
    const c = channelsOf(this.scenario)[index];
    if (!c) return false;
    if (raw.trim() === '') {
      if (OPTIONAL_FIELDS.has(field)) return this.#setChannel(index, field, raw, updateChannel(this.scenario, index, { [field]: null }));
      this.#draft(path, raw, `${c.name}: enter a number`);
      return false;
    }
    const x = this.#typed(path, raw);
    if (x === null) return false;
    const stored = storedChannelNumber(c, field, x);
    if (!stored.ok) return (this.#draft(path, raw, stored.message), false);
    // Refused at the field as a link refuses it, not computed at what the AI may attempt.
    const refused = field === 'automationPct' && stored.value <= 100 ? channelAutomationRefusal(this.scenario, c, stored.value) : null;
    if (refused !== null) return (this.#draft(path, raw, channelMessage(c, refused)), false);
    return this.#setChannel(index, field, raw, updateChannel(this.scenario, index, { [field]: stored.value }));
  }

  /** Whether the AI answers in channel `index` (off: human only). */
  setChannelAi(index: number, on: boolean): boolean {
    return this.#setChannel(index, 'aiEnabled', String(on), updateChannel(this.scenario, index, { aiEnabled: on }));
  }

  /** The AI pricing unit of channel `index`; null follows the scenario's. */
  setChannelPricing(index: number, pricing: AiPricing | null): boolean {
    return this.#setChannel(index, 'aiPricing', String(pricing), setChannelPricing(this.scenario, index, pricing));
  }

  /** Opening hours of channel `index`: its own (starting from the scenario's) or the scenario's. */
  setChannelOwnHours(index: number, own: boolean): boolean {
    return this.#propose(`channels.${index}.openFromHour`, '', setOwnHours(this.scenario, index, own), (k) => k.startsWith(`channels.${index}.open`));
  }

  toggleChannelDay(index: number, day: number, on: boolean): boolean {
    return this.#setChannel(index, 'openDays', 'days', toggleChannelDay(this.scenario, index, day, on));
  }

  /** How agents are pooled across the channels. */
  /**
   * Replaces the channels with the scenario's business type's typical ones (an assumption
   * the preset states); refused with a message at `channels` when that preset has none or the
   * scenario cannot take them.
   */
  useTypicalChannels(): boolean {
    const typical = typicalChannels(this.scenario.presetId !== null && isPresetId(this.scenario.presetId) ? this.scenario.presetId : null);
    if (!typical) return (this.#draft('channels', '', 'This scenario has no typical channel mix: add channels one by one'), false);
    const had = channelsOf(this.scenario).length;
    return this.#undoable(`Replaced the ${had === 1 ? 'channel' : `${had} channels`} with the typical ones.`, () =>
      this.#propose('channels', '', { ...this.scenario, channels: typical.channels }, (k) => k === 'channels' || k.startsWith('channels.')),
    );
  }

  setPooling(pooling: Pooling): boolean {
    return this.setValue('pooling', pooling);
  }

  // Scenarios --------------------------------------------------------------------------

  select(index: number): void {
    if (index >= 0 && index < this.entries.length) this.activeIndex = index;
  }

  get canAdd(): boolean {
    return this.entries.length < MAX_SCENARIOS;
  }

  /** Copies a scenario (its valid values, not its drafts) and makes the copy active. */
  duplicate(index = this.activeIndex): void {
    const source = this.entries[index];
    if (!source || !this.canAdd) return;
    const name = uniqueName(
      source.scenario.name,
      this.entries.map((e) => e.scenario.name),
    );
    const copy: Entry = { id: newId('scenario'), scenario: { ...structuredClone(source.scenario), name }, drafts: {} };
    this.entries = [...this.entries.slice(0, index + 1), copy, ...this.entries.slice(index + 1)];
    this.activeIndex = index + 1;
  }

  /** Adds a scenario from a preset and makes it active. */
  addFromPreset(id: PresetId): void {
    if (!this.canAdd) return;
    const name = uniqueName(
      PRESETS[id].label,
      this.entries.map((e) => e.scenario.name),
    );
    this.entries = [...this.entries, { id: newId('scenario'), scenario: { ...presetScenario(id), name }, drafts: {} }];
    this.activeIndex = this.entries.length - 1;
  }

  /**
   * Whether the session holds nothing but the scenario a first visit starts on, untouched:
   * no work of the user's that a file opened in its place would lose.
   */
  get pristine(): boolean {
    const only = this.entries.length === 1 ? this.entries[0]! : null;
    return only !== null && Object.keys(only.drafts).length === 0 && JSON.stringify(only.scenario) === JSON.stringify(presetScenario(DEFAULT_PRESET));
  }

  /**
   * Adds validated scenarios (a scenario CSV) after the others; returns how many fitted. With
   * `replacePristine`, they take the place of a session that is only the untouched start
   * scenario (`pristine`), as a link opened in a new browser does.
   */
  addScenarios(list: readonly Scenario[], activeInList = 0, replacePristine = false): number {
    if (replacePristine && list.length > 0 && this.pristine) {
      this.entries = [];
      this.activeIndex = 0;
    }
    const room = Math.max(0, MAX_SCENARIOS - this.entries.length);
    const taken = this.entries.map((e) => e.scenario.name);
    const added: Entry[] = [];
    for (const s of list.slice(0, room)) {
      const name = uniqueName(s.name, taken);
      taken.push(name);
      added.push({ id: newId('scenario'), scenario: { ...s, name }, drafts: {} });
    }
    if (added.length === 0) return 0;
    this.entries = [...this.entries, ...added];
    this.activeIndex = this.entries.length - added.length + Math.max(0, Math.min(activeInList, added.length - 1));
    return added.length;
  }

  /**
   * The scenario deleted last and where it stood, offered back (`restoreDeleted`) until the
   * next edit or deletion: a deletion is saved at once, and a click must not lose work.
   */
  deleted = $state.raw<{ entry: Entry; index: number } | null>(null);

  remove(index: number): void {
    const entry = this.entries[index];
    if (this.entries.length <= 1 || !entry) return;
    const activeId = this.active.id;
    this.entries = this.entries.filter((_, i) => i !== index);
    const stillActive = this.entries.findIndex((e) => e.id === activeId);
    this.activeIndex = stillActive >= 0 ? stillActive : Math.min(index, this.entries.length - 1);
    this.deleted = { entry, index };
  }

  /** Puts the scenario deleted last back where it stood, with its drafts, and shows it; false when there is none or no room. */
  restoreDeleted(): boolean {
    const d = this.deleted;
    this.deleted = null;
    if (!d || this.entries.length >= MAX_SCENARIOS || this.entries.some((e) => e.id === d.entry.id)) return false;
    const at = Math.min(d.index, this.entries.length);
    this.entries = [...this.entries.slice(0, at), d.entry, ...this.entries.slice(at)];
    this.activeIndex = at;
    return true;
  }

  /**
   * Renames the active scenario. A name another scenario has is refused at the field, as every
   * other way of making a scenario keeps names apart (`uniqueName`): the comparison, the
   * scenario CSVs and the slides tell scenarios apart by name.
   */
  rename(raw: string): boolean {
    const name = raw.trim();
    if (this.entries.some((e, i) => i !== this.activeIndex && e.scenario.name === name))
      return (
        this.#draft('name', raw, `Another scenario is named "${name}": scenarios are told apart by name (in the comparison and the CSVs); choose another`),
        false
      );
    return this.setValue('name', name, raw);
  }
}

/**
 * Staffing (docs/METHOD.md, "Agent-equivalents" and "Staffing"): agent-equivalents from
 * workload, and staffed FTE from a queue model per hour-of-week interval with
 * service-level target, occupancy cap, chat concurrency and shrinkage, under Erlang C or
 * Erlang A (abandonment). Email has no real-time queue: workload / max occupancy.
 */
import type { Channel, StaffingModel } from './schema';
import { erlangCAgentCount, erlangCFigures, type QueueResult } from './erlang';
import { erlangAAgentCount, erlangAAgents } from './erlang-a';
import { agentsForTarget, performanceWithSeats } from './reverse-staffing';
import {
  responseWindow,
  staffBacklog,
  staffBacklogSums,
  staffBacklogSumsTwo,
  staffInBuffers,
  staffInBuffersTwo,
  type BacklogInputs,
  type BacklogSums,
} from './backlog';
import { HOURS_PER_WEEK, WEEKS_PER_MONTH } from './units';

/** Everything the staffing of one month needs, in model units. */
export interface StaffingInputs {
  channel: Channel;
  model: StaffingModel;
  /** Human contacts this month. */
  humanContacts: number;
  /** Agent minutes this month (handle time of the human contacts plus handoff overhead). */
  agentMinutes: number;
  /** 168 weights adding up to 1. */
  weights: readonly number[];
  /** Service level target 0-1 and answer-time target in seconds. */
  serviceLevel: number;
  targetSeconds: number;
  /** Occupancy cap 0-1. */
  maxOccupancy: number;
  /** Simultaneous chats per agent (chat only). */
  concurrency: number;
  /** Shrinkage 0-1. */
  shrinkage: number;
  paidHoursPerMonth: number;
  /** Mean customer patience in seconds (Erlang A). */
  patienceSeconds: number;
  /** Reverse staffing: agents on seat in every open interval, or null to staff to target. */
  seats: number | null;
  /** Open hours per week: fixed seats are on seat in each, with or without arrivals. */
  openHoursPerWeek: number;
  /**
   * Asynchronous work with a response-time target (docs/METHOD.md, "Asynchronous
   * channels"): `weights` then include the closed hours' arrivals, answered when the channel
   * opens; `open` marks the open hours (168 entries, 1 or 0). Absent or null: the channel's
   * queue model (`channel`).
   */
  backlog?: BacklogSpec | null;
}

/** The response-time target of asynchronous work and when it is answered. */
export interface BacklogSpec {
  targetSeconds: number;
  /** Target share answered within the response time, 0-1. */
  targetShare: number;
  /** 1 in the hours of the week the channel answers, 0 in the others. */
  open: readonly number[];
  /** Conversations an agent works at once (messaging), dividing the work. */
  concurrency: number;
}

/** Staffing of one month. */
export interface StaffingResult {
  /** FTE on the payroll: on-seat hours / (paid hours x (1 - shrinkage)). */
  staffedFte: number;
  /** On-seat agent hours in the month. */
  onSeatHours: number;
  /** Most agents on seat in any interval. */
  peakAgents: number;
  /** Share of human contacts answered within the target, 0-1, weighted by arrivals; null for email (no real-time queue). */
  serviceLevel: number | null;
  /** Average speed of answer, seconds, weighted by arrivals; null for email. */
  asaSeconds: number | null;
  /** Handling workload / on-seat time, 0-1. */
  occupancy: number;
  /** Share of arrivals abandoning, 0-1; null where the model has no abandonment (Erlang C, email). */
  abandonRate: number | null;
  /**
   * Asynchronous work with a response-time target: share answered within it, 0-1, weighted
   * by arrivals (docs/METHOD.md, "Asynchronous channels"). Absent elsewhere.
   */
  responseLevel?: number | null;
}

/**
 * Solves the intervals of one month: given the handle time and targets (fixed for the
 * month), returns a function from arrivals per hour (in hour-of-week `interval`) to the
 * interval's staffing. `weekAgents` gives the agents alone of every interval of a week
 * staffed to target, faster (see `queueSolver`). A solver made `costOnly` serves the
 * Monte Carlo's draws, which read only what costs need: `staffMonth` then staffs with
 * `weekAgents` and leaves service level, speed of answer and abandonment null (and, under
 * Erlang A, occupancy 0).
 */
export interface IntervalSolver {
  (handleSeconds: number, inputs: StaffingInputs): (callsPerHour: number, interval: number) => QueueResult;
  /**
   * Writes to `agents[h]` the agents interval h needs with `perWeek x inputs.weights[h]`
   * arrivals per hour, as the function above would staff it (0 where the weight is not
   * positive); `inputs.seats` must be null.
   */
  weekAgents(handleSeconds: number, inputs: StaffingInputs, perWeek: number, agents: Float64Array): void;
  /**
   * The sums of {@link IntervalSolver.weekAgents}'s week alone: writes to `out` the agent-hours
   * of the week (`out[0]`) and the most agents in an interval (`out[1]`), without filling
   * the week's 168 intervals: a run of intervals needing the same agents is counted, not written.
   */
  weekSeats(handleSeconds: number, inputs: StaffingInputs, perWeek: number, out: Float64Array): void;
  readonly costOnly: boolean;
  /** Whether a cost-only month computes its Erlang C occupancy (a blended pool shares its FTE by it); the other draws leave it 0. */
  readonly occupancy: boolean;
}

/** Handle times and targets whose staffing a solver keeps (about: a handle time makes room with all its targets). */
const STEP_SETS = 64;
/** Weeks of agents a solver keeps (`weekAgents`): a draw's months, with and without the AI, of two live channels. */
const WEEKS_KEPT = 128;
/** Points a step function keeps before it starts again empty. */
const STEP_POINTS = 2048;

/**
 * The agents one handle time and target need, as a function of the arrivals, known at the
 * arrivals searched so far (ascending). Staffing is monotone in the arrivals (service level
 * falls and occupancy rises with them, docs/METHOD.md, "Staffing"): arrivals between two
 * known points that need the same agents need those agents too, with no search.
 */
class Steps {
  constructor(
    public model: StaffingModel,
    public serviceLevel: number,
    public targetSeconds: number,
    public maxOccupancy: number,
    public patienceSeconds: number,
  ) {}

  calls = new Float64Array(16);
  agents = new Int32Array(16);
  size = 0;
  /** Counts the targets this object has stood for: a week kept for one use is not read for the next. */
  use = 0;

  /**
   * Empty, for another handle time and targets: a draw of the Monte Carlo asks for about
   * twenty new ones (its ramp's handle times), and a new object's typed arrays cost more to
   * make than its searches (docs/METHOD.md, "Staffing", how a week is computed).
   */
  reuse(model: StaffingModel, serviceLevel: number, targetSeconds: number, maxOccupancy: number, patienceSeconds: number): this {
    this.model = model;
    this.serviceLevel = serviceLevel;
    this.targetSeconds = targetSeconds;
    this.maxOccupancy = maxOccupancy;
    this.patienceSeconds = patienceSeconds;
    this.size = 0;
    this.use++;
    return this;
  }

  /** Index of the first known point at or above `calls`. */
  find(calls: number): number {
    const xs = this.calls;
    let lo = 0,
      hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (xs[mid]! < calls) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The agents `calls` need if the known points settle it (`i` from `find`), else -1. */
  known(calls: number, i: number): number {
    const xs = this.calls,
      ns = this.agents;
    if (i < this.size && (xs[i] === calls || (i > 0 && ns[i - 1] === ns[i]))) return ns[i]!;
    return -1;
  }

  /** Agents known to be needed by fewer arrivals than point `i` (`i` from `find`): at least as many are needed. */
  below(i: number): number {
    return i > 0 ? this.agents[i - 1]! : 0;
  }

  /** Agents known to meet the target with more arrivals than `calls` (point `i` from `find`): at most as many are needed; Infinity when none is known. */
  above(i: number): number {
    return i < this.size ? this.agents[i]! : Infinity;
  }

  add(calls: number, agents: number, i: number): void {
    // A point inside a run of equal agents tells nothing its run's ends do not (`known` and
    // `below` read the same from them): the new point takes the place of a neighbour it makes
    // such, and the points stay about two per number of agents, not one per search.
    const ys = this.agents;
    if (i >= 2 && ys[i - 1] === agents && ys[i - 2] === agents) {
      this.calls[i - 1] = calls;
      return;
    }
    if (i + 1 < this.size && ys[i] === agents && ys[i + 1] === agents) {
      this.calls[i] = calls;
      return;
    }
    if (this.size >= STEP_POINTS) {
      this.size = 0;
      i = 0;
    }
    if (this.size === this.calls.length) {
      const xs = new Float64Array(2 * this.size);
      const ns = new Int32Array(2 * this.size);
      xs.set(this.calls);
      ns.set(this.agents);
      this.calls = xs;
      this.agents = ns;
    }
    // Shifted by hand: a few entries move, where a call to copyWithin costs more than the moves.
    const xs = this.calls,
      ns = this.agents;
    for (let j = this.size; j > i; j--) {
      xs[j] = xs[j - 1]!;
      ns[j] = ns[j - 1]!;
    }
    this.calls[i] = calls;
    this.agents[i] = agents;
    this.size++;
  }
}

// The positive weights of an array of weights in ascending order (their intervals), by identity:
// the calculation keeps one array for as long as the profile and opening hours are unchanged.
const ascending = new WeakMap<readonly number[], Int32Array>();

/** The intervals of the positive weights in ascending order of weight; null if a weight is not a finite number. */
function ascendingOrder(weights: readonly number[]): Int32Array | null {
  let order = ascending.get(weights);
  if (!order) {
    const hours: number[] = [];
    for (let h = 0; h < weights.length; h++) {
      const w = weights[h]!;
      if (!Number.isFinite(w)) return null;
      if (w > 0) hours.push(h);
    }
    hours.sort((a, b) => weights[a]! - weights[b]! || a - b);
    ascending.set(weights, (order = Int32Array.from(hours)));
  }
  return order;
}

/** The intervals a week's sums visit (`weekSeats`): a scratch buffer. */
const seatBuffer = new Float64Array(HOURS_PER_WEEK);

/** Ranges of intervals waiting to be bisected: at most two per level of a week's 168 intervals. */
const rangeStack = new Int32Array(4 * 32);

/** Runs of a week's intervals left unsettled by the known points (`weekAgents`), first and last rank of each: a scratch buffer. */
let runBuffer = new Int32Array(HOURS_PER_WEEK + 2);

/**
 * Queue solver for the scenario's model (Erlang C, or Erlang A with patience).
 * Consecutive intervals with the same arrivals (flat profiles) reuse the previous answer.
 *
 * Each handle time and target keeps the agents its searches found, by arrivals (`Steps`):
 * the same handle time recurs in every interval of the week, in every month past the ramp
 * and in every month of the baseline, so most intervals fall between two known arrivals
 * that need the same agents, and are not searched; the others are searched (Erlang A from
 * the agents the nearest lower arrivals needed, which fewer agents are known to miss) and
 * become known. The interval's figures are then those of that many agents, exactly what the
 * search returns for its answer. `weekAgents` takes a week's intervals in ascending
 * arrivals and bisects them: intervals between two that need the same agents need those
 * too, so a week costs a few searches or look-ups per distinct number of agents, not one
 * per interval. Where the answer comes from changes how fast it is found, never which.
 */
export function queueSolver(costOnly = false, occupancy = true): IntervalSolver {
  // By handle time, then the targets (numbers compared, no key made per month); the handle
  // time used least recently makes room.
  const sets = new Map<number, Steps[]>();
  let count = 0;
  /** Steps made room for, emptied again for the next handle time asked. */
  const free: Steps[] = [];
  // The handle time asked last, already the most recent: the weeks of one month and of a
  // channel's months come one after another with it.
  let lastHandle = NaN;
  let lastList: Steps[] = [];
  const stepsFor = (handleSeconds: number, s: StaffingInputs): Steps => {
    const recent = handleSeconds === lastHandle;
    let list = recent ? lastList : sets.get(handleSeconds);
    if (list) {
      // Kept as the most recent.
      if (!recent) {
        sets.delete(handleSeconds);
        sets.set(handleSeconds, list);
        lastHandle = handleSeconds;
        lastList = list;
      }
      for (const steps of list) {
        if (
          steps.model === s.model &&
          steps.serviceLevel === s.serviceLevel &&
          steps.targetSeconds === s.targetSeconds &&
          steps.maxOccupancy === s.maxOccupancy &&
          steps.patienceSeconds === s.patienceSeconds
        )
          return steps;
      }
    } else {
      while (count >= STEP_SETS && sets.size > 0) {
        const oldest = sets.keys().next().value!;
        const gone = sets.get(oldest)!;
        count -= gone.length;
        for (const steps of gone) free.push(steps);
        sets.delete(oldest);
      }
      sets.set(handleSeconds, (list = []));
      lastHandle = handleSeconds;
      lastList = list;
    }
    const steps =
      free.pop()?.reuse(s.model, s.serviceLevel, s.targetSeconds, s.maxOccupancy, s.patienceSeconds) ??
      new Steps(s.model, s.serviceLevel, s.targetSeconds, s.maxOccupancy, s.patienceSeconds);
    // One handle time with many targets (a sensitivity series): its oldest target makes room.
    if (list.length >= STEP_SETS) {
      free.push(list.shift()!);
      count--;
    }
    list.push(steps);
    count++;
    return steps;
  };
  /** The search for `calls` (point `i` of `steps` the first at or above it), its answer then known. */
  const search = (steps: Steps, i: number, calls: number, handleSeconds: number, s: StaffingInputs): QueueResult => {
    let r: QueueResult;
    if (s.model === 'erlang-a') {
      const below = steps.below(i);
      r = erlangAAgents(calls, handleSeconds, s.patienceSeconds, s.targetSeconds, s.serviceLevel, s.maxOccupancy, below > 0 ? below : undefined, below);
    } else {
      r = agentsForTarget(s.model, calls, handleSeconds, s.targetSeconds, s.serviceLevel, s.maxOccupancy, s.patienceSeconds);
    }
    if ((calls * handleSeconds) / 3600 > 0) steps.add(calls, r.agents, i);
    return r;
  };
  /** {@link search} for the agents alone. */
  const searchAgents = (steps: Steps, i: number, calls: number, handleSeconds: number, s: StaffingInputs): number => {
    // The first known point above bounds the answer from above as `below` does from below (staffing is monotone in the arrivals).
    const n =
      s.model === 'erlang-a'
        ? erlangAAgentCount(calls, handleSeconds, s.patienceSeconds, s.targetSeconds, s.serviceLevel, s.maxOccupancy, steps.below(i), steps.above(i))
        : erlangCAgentCount(calls, handleSeconds, s.targetSeconds, s.serviceLevel, s.maxOccupancy, steps.below(i));
    if ((calls * handleSeconds) / 3600 > 0) steps.add(calls, n, i);
    return n;
  };
  const solver = (handleSeconds: number, s: StaffingInputs) => {
    let lastCalls = NaN;
    let last: QueueResult | null = null;
    if (s.seats !== null) {
      return (calls: number): QueueResult => {
        if (last && calls === lastCalls) return last;
        lastCalls = calls;
        return (last = performanceWithSeats(s.model, s.seats!, calls, handleSeconds, s.targetSeconds, s.patienceSeconds));
      };
    }
    const steps = stepsFor(handleSeconds, s);
    return (calls: number): QueueResult => {
      if (last && calls === lastCalls) return last;
      lastCalls = calls;
      const i = steps.find(calls);
      const n = (calls * handleSeconds) / 3600 > 0 ? steps.known(calls, i) : -1;
      last = n >= 0 ? performanceWithSeats(s.model, n, calls, handleSeconds, s.targetSeconds, s.patienceSeconds) : search(steps, i, calls, handleSeconds, s);
      return last;
    };
  };
  // Weeks staffed lately, by arrivals per week: a blended pool staffs again the live weeks
  // its channels were just staffed with alone (same handle time, targets, weights and arrivals).
  const kept = new Map<number, number>();
  const keptSteps: (Steps | null)[] = new Array<Steps | null>(WEEKS_KEPT).fill(null);
  const keptWeights: (readonly number[] | null)[] = new Array<readonly number[] | null>(WEEKS_KEPT).fill(null);
  const keptUse = new Float64Array(WEEKS_KEPT);
  const keptHandle = new Float64Array(WEEKS_KEPT);
  const keptPerWeek = new Float64Array(WEEKS_KEPT);
  const keptAgents = new Float64Array(WEEKS_KEPT * HOURS_PER_WEEK);
  let nextKept = 0;
  const weekAgents = (handleSeconds: number, s: StaffingInputs, perWeek: number, agents: Float64Array): void => {
    const steps = stepsFor(handleSeconds, s);
    // A cost-only solver (Monte Carlo draws) staffs a pool's live week once (`liveIntoPool`)
    // and never the same week alone first: nothing kept would be read again.
    if (costOnly) {
      weekAgentsOf(steps, handleSeconds, s, perWeek, agents, null);
      return;
    }
    const w = s.weights;
    const at = kept.get(perWeek);
    if (
      at !== undefined &&
      keptSteps[at] === steps &&
      keptUse[at] === steps.use &&
      keptWeights[at] === w &&
      Object.is(keptHandle[at], handleSeconds) &&
      Object.is(keptPerWeek[at], perWeek)
    ) {
      for (let h = 0, j = at * HOURS_PER_WEEK; h < HOURS_PER_WEEK; h++, j++) agents[h] = keptAgents[j]!;
      return;
    }
    if (!weekAgentsOf(steps, handleSeconds, s, perWeek, agents, null) || agents.length !== HOURS_PER_WEEK) return;
    const slot = nextKept;
    nextKept = (nextKept + 1) % WEEKS_KEPT;
    if (keptSteps[slot] !== null && kept.get(keptPerWeek[slot]!) === slot) kept.delete(keptPerWeek[slot]!);
    kept.set(perWeek, slot);
    keptSteps[slot] = steps;
    keptUse[slot] = steps.use;
    keptWeights[slot] = w;
    keptHandle[slot] = handleSeconds;
    keptPerWeek[slot] = perWeek;
    keptAgents.set(agents, slot * HOURS_PER_WEEK);
  };
  /**
   * {@link IntervalSolver.weekAgents} with the steps of its handle time and targets; false if
   * the weights cannot be ordered. With `sums`, the week's agent-hours and most agents are
   * written there instead (whole numbers of agents: the same sum in any order), and `agents`
   * holds only the intervals looked up or searched: a scratch buffer.
   */
  const weekAgentsOf = (steps: Steps, handleSeconds: number, s: StaffingInputs, perWeek: number, agents: Float64Array, sums: Float64Array | null): boolean => {
    const w = s.weights;
    const order = ascendingOrder(w);
    if (sums === null || !order) agents.fill(0);
    if (!order) {
      // Weights no order can sort: each interval searched as `staffMonth` would (and failing as it would).
      const solveCalls = solver(handleSeconds, s);
      for (let h = 0; h < w.length; h++) if (!(w[h]! <= 0)) agents[h] = solveCalls(perWeek * w[h]!).agents;
      if (sums) {
        sums[0] = sums[1] = 0;
        for (let h = 0; h < agents.length; h++) {
          sums[0] += agents[h]!;
          sums[1] = Math.max(sums[1], agents[h]!);
        }
      }
      return false;
    }
    const last = order.length - 1;
    if (sums) sums[0] = sums[1] = 0;
    if (last < 0) return true;
    // Each interval's agents, the intervals taken in ascending arrivals (`order`: rank j is
    // interval order[j]), which need as many agents or more (staffing is monotone in the
    // arrivals): the same agents at both ends of a range of ranks settle every interval
    // between; otherwise the middle one is found (known, or searched) and each half done alike.
    if (sums) {
      // The sums alone: bisected from the week's ends, a run counted, not visited.
      const first = (agents[order[0]!] = rankAgents(steps, handleSeconds, s, perWeek, w, order, 0));
      const top = last > 0 ? (agents[order[last]!] = rankAgents(steps, handleSeconds, s, perWeek, w, order, last)) : 0;
      sums[0] = first + top;
      sums[1] = Math.max(first, top);
      bisectRanks(steps, handleSeconds, s, perWeek, w, order, agents, 0, last, sums);
      return true;
    }
    // Every interval written: first those the known points settle, in one pass (the
    // intervals' arrivals and the known points are both ascending, so each interval's first
    // known point at or above it, `Steps.find`, is the last one's or further on; settled as
    // `Steps.known` settles it), noting the runs of ranks left (first and last rank of each).
    // Visiting them costs less than the bisection's look-ups, where every interval is written anyway.
    const runs = runBuffer.length > last + 1 ? runBuffer : (runBuffer = new Int32Array(last + 2));
    let count = 0;
    {
      const xs = steps.calls,
        ns = steps.agents,
        size = steps.size;
      let i = 0;
      for (let j = 0; j <= last;) {
        const calls = perWeek * w[order[j]!]!;
        while (i < size && xs[i]! < calls) i++;
        if (i < size && (xs[i] === calls || (i > 0 && ns[i - 1] === ns[i])) && (calls * handleSeconds) / 3600 > 0) {
          // Settled by point i: so is every later interval up to its arrivals (the same point
          // is the first at or above them, with as much work or more).
          const n = ns[i]!,
            upTo = xs[i]!;
          agents[order[j++]!] = n;
          while (j <= last) {
            const h = order[j]!;
            if (!(perWeek * w[h]! <= upTo)) break;
            agents[h] = n;
            j++;
          }
        } else {
          // A run starts here, or the last one goes on.
          if (count === 0 || runs[count - 1] !== j - 1) {
            runs[count++] = j;
            runs[count++] = j;
          } else runs[count - 1] = j;
          j++;
        }
      }
    }
    // Then each run left unsettled, bisected between its settled neighbours (which need
    // different agents, or the known points would have settled the run too); a run at
    // either end of the week has its own end found first.
    for (let r = 0; r < count; r += 2) {
      const a = runs[r]!,
        b = runs[r + 1]!;
      let lo = a - 1,
        hi = b + 1;
      if (lo < 0) agents[order[(lo = a)]!] = rankAgents(steps, handleSeconds, s, perWeek, w, order, a);
      if (hi > last) {
        if (b !== lo) agents[order[b]!] = rankAgents(steps, handleSeconds, s, perWeek, w, order, b);
        hi = b;
      }
      bisectRanks(steps, handleSeconds, s, perWeek, w, order, agents, lo, hi, null);
    }
    return true;
  };
  /** The agents of the interval `j`-th in ascending arrivals: known from the points so far, or searched. */
  const rankAgents = (steps: Steps, handleSeconds: number, s: StaffingInputs, perWeek: number, w: readonly number[], order: Int32Array, j: number): number => {
    const calls = perWeek * w[order[j]!]!;
    const i = steps.find(calls);
    const n = (calls * handleSeconds) / 3600 > 0 ? steps.known(calls, i) : -1;
    return n >= 0 ? n : searchAgents(steps, i, calls, handleSeconds, s);
  };
  /**
   * Settles the intervals of ranks strictly between `from` and `to` (both settled) by
   * bisection, the ranges waiting on a stack (lo, hi pairs). With `sums`, a run of equal
   * ends is not written: its agent-hours are added to `sums[0]`, and each interval found to
   * both sums (agent-hours, most agents).
   */
  const bisectRanks = (
    steps: Steps,
    handleSeconds: number,
    s: StaffingInputs,
    perWeek: number,
    w: readonly number[],
    order: Int32Array,
    agents: Float64Array,
    from: number,
    to: number,
    sums: Float64Array | null,
  ): void => {
    const stack = rangeStack;
    let top = 0;
    stack[top++] = from;
    stack[top++] = to;
    while (top > 0) {
      const hi = stack[--top]!;
      const lo = stack[--top]!;
      if (hi - lo < 2) continue;
      const nLo = agents[order[lo]!]!;
      if (nLo === agents[order[hi]!]) {
        if (sums) sums[0] = sums[0]! + (hi - lo - 1) * nLo;
        else for (let k = lo + 1; k < hi; k++) agents[order[k]!] = nLo;
        continue;
      }
      const j = (lo + hi) >>> 1;
      const n = (agents[order[j]!] = rankAgents(steps, handleSeconds, s, perWeek, w, order, j));
      if (sums) {
        sums[0] = sums[0]! + n;
        if (n > sums[1]!) sums[1] = n;
      }
      stack[top++] = j;
      stack[top++] = hi;
      stack[top++] = lo;
      stack[top++] = j;
    }
  };
  const weekSeats = (handleSeconds: number, s: StaffingInputs, perWeek: number, out: Float64Array): void => {
    weekAgentsOf(stepsFor(handleSeconds, s), handleSeconds, s, perWeek, seatBuffer, out);
  };
  return Object.assign(solver, { weekAgents, weekSeats, costOnly, occupancy });
}

/** On-seat hours an FTE gives in a month: paid hours less shrinkage. */
export function availableHours(s: Pick<StaffingInputs, 'paidHoursPerMonth' | 'shrinkage'>): number {
  return s.paidHoursPerMonth * (1 - s.shrinkage);
}

const EMPTY: StaffingResult = { staffedFte: 0, onSeatHours: 0, peakAgents: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0, abandonRate: null };

/**
 * Staffed FTE for a month. Per interval: arrivals/hour = monthly contacts x weight /
 * weeks per month; the queue solver gives the agents; on-seat hours summed over the
 * week x weeks per month / (paid hours x (1 - shrinkage)).
 */
export function staffMonth(s: StaffingInputs, solve: IntervalSolver): StaffingResult {
  // A copy: every month's result is an object of its own (a blended pool is kept by them, projection.ts).
  if (s.humanContacts <= 0 && s.seats === null) return { ...EMPTY };
  const ahtSeconds = s.humanContacts > 0 ? (s.agentMinutes / s.humanContacts) * 60 : 0;
  const available = availableHours(s);
  if (s.backlog) return staffAsync(s, s.backlog, available);
  if (s.channel === 'email') return staffEmail(s, ahtSeconds, available);
  // Chat concurrency: an agent works several chats at once, so each takes 1/concurrency of an agent.
  const handleSeconds = s.channel === 'chat' ? ahtSeconds / s.concurrency : ahtSeconds;
  let seatHoursPerWeek = 0,
    peak = 0,
    arrivals = 0,
    slSum = 0,
    asaSum = 0,
    abandonSum = 0,
    workHours = 0;
  const perWeek = s.humanContacts / WEEKS_PER_MONTH;
  if (solve.costOnly && s.seats === null) return costOnlyMonth(s, solve, handleSeconds, perWeek, available);
  if (s.model !== 'erlang-a' && s.seats === null && s.weights.length <= HOURS_PER_WEEK) return erlangCMonth(s, solve, handleSeconds, perWeek, available);
  const solveCalls = solve(handleSeconds, s);
  for (let h = 0; h < s.weights.length; h++) {
    const w = s.weights[h]!;
    if (w <= 0) continue;
    const calls = perWeek * w;
    const r = solveCalls(calls, h);
    seatHoursPerWeek += r.agents;
    peak = Math.max(peak, r.agents);
    arrivals += calls;
    slSum += calls * r.serviceLevel;
    // Fixed seats at or below an interval's offered load under Erlang C: its queue grows
    // without end, and so does the month's mean wait (Infinity: shown as unbounded, exported empty).
    asaSum += calls * r.asaSeconds;
    abandonSum += calls * r.abandonRate;
    workHours += r.occupancy * r.agents;
  }
  // Fixed seats are paid for every open hour, including open hours with no arrivals.
  if (s.seats !== null) seatHoursPerWeek = s.seats * s.openHoursPerWeek;
  const abandonRate = s.model === 'erlang-a' ? (arrivals > 0 ? abandonSum / arrivals : 0) : null;
  return queueMonth(seatHoursPerWeek, available, peak, arrivals, slSum, asaSum, workHours, abandonRate);
}

/** A month's figures from its week's sums: the arrival-weighted means, FTE from on-seat hours. */
function queueMonth(
  seatHoursPerWeek: number,
  available: number,
  peak: number,
  arrivals: number,
  slSum: number,
  asaSum: number,
  workHours: number,
  abandonRate: number | null,
): StaffingResult {
  const onSeatHours = seatHoursPerWeek * WEEKS_PER_MONTH;
  return {
    staffedFte: available > 0 ? onSeatHours / available : 0,
    onSeatHours,
    peakAgents: peak,
    serviceLevel: arrivals > 0 ? slSum / arrivals : 1,
    asaSeconds: arrivals > 0 ? asaSum / arrivals : 0,
    occupancy: seatHoursPerWeek > 0 ? workHours / seatHoursPerWeek : 0,
    abandonRate,
  };
}

// The agents of a week's intervals: one buffer, filled and read by one month at a time.
const weekBuffer = new Float64Array(HOURS_PER_WEEK);
// A week's agent-hours and most agents (`weekSeats`), read at once.
const seatSums = new Float64Array(2);
// An interval's Erlang C figures (wait probability, service level, speed of answer), read at once.
const figures = new Float64Array(3);

/**
 * An Erlang C month staffed to target with its queue figures: the agents of every interval
 * as `weekAgents` finds them (those the interval solver would), then each interval's figures
 * as `erlangCPerformance` gives them for that many agents (`erlangCFigures`), which is what the solver returns
 * whether it looked the agents up or searched for them. Written out so that no object is
 * made per interval: a month's 168 result objects were half of what a recalculation
 * allocated, and the collections they caused were the slowest recalculations
 * (docs/METHOD.md, "Staffing", how a week is computed). Sums in the same order as `staffMonth`'s loop.
 */
function erlangCMonth(s: StaffingInputs, solve: IntervalSolver, handleSeconds: number, perWeek: number, available: number): StaffingResult {
  const agents = weekBuffer;
  solve.weekAgents(handleSeconds, s, perWeek, agents);
  const target = s.targetSeconds;
  let seatHoursPerWeek = 0,
    peak = 0,
    arrivals = 0,
    slSum = 0,
    asaSum = 0,
    workHours = 0;
  for (let h = 0; h < s.weights.length; h++) {
    const w = s.weights[h]!;
    if (w <= 0) continue;
    const calls = perWeek * w;
    const n = agents[h]!;
    const a = (calls * handleSeconds) / 3600;
    erlangCFigures(n, a, handleSeconds, target, figures);
    const asa = figures[2]!;
    seatHoursPerWeek += n;
    peak = Math.max(peak, n);
    arrivals += calls;
    slSum += calls * figures[1]!;
    asaSum += calls * (Number.isFinite(asa) ? asa : 0);
    workHours += (n > 0 ? Math.min(1, a / n) : a > 0 ? 1 : 0) * n;
  }
  return queueMonth(seatHoursPerWeek, available, peak, arrivals, slSum, asaSum, workHours, null);
}

/**
 * A month staffed to target for its costs alone (see `IntervalSolver`): the agents of
 * every interval as `staffMonth` finds them, so the same staffed FTE, on-seat hours, peak
 * and (Erlang C) occupancy, summed in the same order.
 */
function costOnlyMonth(s: StaffingInputs, solve: IntervalSolver, handleSeconds: number, perWeek: number, available: number): StaffingResult {
  if (!solve.occupancy && s.weights.length === HOURS_PER_WEEK) {
    // Without occupancy the week's agents are needed in sums alone (whole numbers: the same in any order).
    solve.weekSeats(handleSeconds, s, perWeek, seatSums);
    return figuresOnly(seatSums[0]! * WEEKS_PER_MONTH, available, seatSums[1]!, 0);
  }
  const agents = weekBuffer;
  solve.weekAgents(handleSeconds, s, perWeek, agents);
  return costOnlyWeek(s, agents, perWeek, handleSeconds, available, null, null);
}

/**
 * A cost-only month from its week's `agents` (`costOnlyMonth`); given a blended pool's
 * `poolAgents` and `poolSpare`, each interval's agents added to the first and their idle
 * time up to the occupancy cap to the second (pool.ts, as `liveWeek`'s week would add them:
 * an interval without arrivals adds nothing).
 */
function costOnlyWeek(
  s: StaffingInputs,
  agents: Float64Array,
  perWeek: number,
  handleSeconds: number,
  available: number,
  poolAgents: Float64Array | null,
  poolSpare: Float64Array | null,
): StaffingResult {
  const erlangC = s.model !== 'erlang-a';
  const occ = s.maxOccupancy;
  let seatHoursPerWeek = 0,
    peak = 0,
    workHours = 0;
  for (let h = 0; h < s.weights.length; h++) {
    const w = s.weights[h]!;
    if (w <= 0) continue;
    const n = agents[h]!;
    // The interval's work, agent-hours: the product `liveWeek` writes.
    const a = (perWeek * w * handleSeconds) / 3600;
    if (poolAgents !== null && poolSpare !== null) {
      poolAgents[h] = poolAgents[h]! + n;
      poolSpare[h] = poolSpare[h]! + Math.max(0, n * occ - a);
    }
    seatHoursPerWeek += n;
    peak = Math.max(peak, n);
    // As the interval's result reports it: min(1, A / N) under Erlang C.
    if (erlangC && n > 0) workHours += Math.min(1, a / n) * n;
  }
  return figuresOnly(seatHoursPerWeek * WEEKS_PER_MONTH, available, peak, erlangC && seatHoursPerWeek > 0 ? workHours / seatHoursPerWeek : 0);
}

/** A month's staffing without queue figures (service level, speed of answer, abandonment): FTE from on-seat hours. */
function figuresOnly(onSeatHours: number, available: number, peakAgents: number, occupancy: number): StaffingResult {
  return {
    staffedFte: available > 0 ? onSeatHours / available : 0,
    onSeatHours,
    peakAgents,
    serviceLevel: null,
    asaSeconds: null,
    occupancy,
    abandonRate: null,
  };
}

/** Email: a backlog worked within the day, so agents = workload / max occupancy. */
function staffEmail(s: StaffingInputs, ahtSeconds: number, available: number): StaffingResult {
  const workloadHours = s.agentMinutes / 60;
  let peak = 0;
  if (s.seats !== null) {
    const onSeatHours = s.seats * s.openHoursPerWeek * WEEKS_PER_MONTH;
    return figuresOnly(onSeatHours, available, s.seats, onSeatHours > 0 ? Math.min(1, workloadHours / onSeatHours) : 0);
  }
  for (const w of s.weights) {
    const hourlyWork = (s.humanContacts * w * ahtSeconds) / 3600 / WEEKS_PER_MONTH;
    peak = Math.max(peak, Math.ceil(hourlyWork / s.maxOccupancy - 1e-9));
  }
  return figuresOnly(workloadHours / s.maxOccupancy, available, peak, s.maxOccupancy);
}

/**
 * Asynchronous work to a response-time target: the backlog of the week staffed hour by
 * hour (backlog.ts); on-seat hours are the week's agents x weeks per month.
 */
function staffAsync(s: StaffingInputs, b: BacklogSpec, available: number): StaffingResult {
  return asyncMonth(staffBacklogSums(backlogInputs(s, b, null, s.seats)), available);
}

/**
 * `staffMonth` of two months of one channel (a month with and without the AI): two backlogs
 * staffed to their target are staffed together (`staffBacklogSumsTwo`), the same figures as
 * one after the other in less time; anything else one after the other.
 */
export function staffMonthTwo(a: StaffingInputs, b: StaffingInputs, solve: IntervalSolver): [StaffingResult, StaffingResult] {
  const ba = a.backlog,
    bb = b.backlog;
  if (!ba || !bb || a.seats !== null || b.seats !== null || !(a.humanContacts > 0) || !(b.humanContacts > 0))
    return [staffMonth(a, solve), staffMonth(b, solve)];
  const [ra, rb] = staffBacklogSumsTwo(backlogInputs(a, ba, null, null), backlogInputs(b, bb, null, null));
  return [asyncMonth(ra, availableHours(a)), asyncMonth(rb, availableHours(b))];
}

/** An asynchronous channel's month from its backlog week's sums. */
function asyncMonth(r: BacklogSums, available: number): StaffingResult {
  const seatHoursPerWeek = r.agentHours;
  const result = figuresOnly(
    seatHoursPerWeek * WEEKS_PER_MONTH,
    available,
    r.peakAgents,
    seatHoursPerWeek > 0 ? Math.min(1, r.workHours / seatHoursPerWeek) : 0,
  );
  result.responseLevel = r.onTimeShare;
  return result;
}

/**
 * A live channel's week interval by interval (docs/METHOD.md, "Blended pools"): the agents
 * its queue needs in each hour of the week (as `staffMonth` staffs them) and the work they
 * do, agent-hours (chat: handle time / concurrency), written to `agents` and `work` (new arrays by default).
 */
export function liveWeek(
  s: StaffingInputs,
  solve: IntervalSolver,
  agents: Float64Array = new Float64Array(HOURS_PER_WEEK),
  work: Float64Array = new Float64Array(HOURS_PER_WEEK),
): { agents: Float64Array; work: Float64Array } {
  agents.fill(0);
  work.fill(0);
  if (s.humanContacts <= 0 || s.backlog || s.channel === 'email') return { agents, work };
  const ahtSeconds = (s.agentMinutes / s.humanContacts) * 60;
  const handleSeconds = s.channel === 'chat' ? ahtSeconds / s.concurrency : ahtSeconds;
  const perWeek = s.humanContacts / WEEKS_PER_MONTH;
  if (s.seats === null) solve.weekAgents(handleSeconds, s, perWeek, agents);
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const w = s.weights[h] ?? 0;
    if (w <= 0) continue;
    const calls = perWeek * w;
    if (s.seats !== null) agents[h] = s.seats;
    work[h] = (calls * handleSeconds) / 3600;
  }
  return { agents, work };
}

/**
 * A live channel's week added to a blended pool (pool.ts: its agents to `poolAgents`, their
 * idle time up to the occupancy cap to `poolSpare`, as its `liveWeek` would be) and its month
 * staffed alone, both from one search of the week: in a cost-only context with occupancy (a
 * blended pool's Monte Carlo draws), where the month's figures come from the week's agents,
 * summed as `staffMonth` sums them, so the same bits. Elsewhere null, and nothing is added.
 */
export function liveIntoPool(s: StaffingInputs, solve: IntervalSolver, poolAgents: Float64Array, poolSpare: Float64Array): StaffingResult | null {
  if (
    !solve.costOnly ||
    !solve.occupancy ||
    s.seats !== null ||
    !(s.humanContacts > 0) ||
    s.backlog ||
    s.channel === 'email' ||
    s.weights.length !== HOURS_PER_WEEK ||
    poolAgents.length !== HOURS_PER_WEEK
  )
    return null;
  // As `staffMonth` and `liveWeek` compute them.
  const ahtSeconds = (s.agentMinutes / s.humanContacts) * 60;
  const handleSeconds = s.channel === 'chat' ? ahtSeconds / s.concurrency : ahtSeconds;
  const perWeek = s.humanContacts / WEEKS_PER_MONTH;
  const available = availableHours(s);
  solve.weekAgents(handleSeconds, s, perWeek, weekBuffer);
  return costOnlyWeek(s, weekBuffer, perWeek, handleSeconds, available, poolAgents, poolSpare);
}

/**
 * An asynchronous channel's backlog week with `spare` capacity on seat already (a blended
 * pool); its arrays are valid until the next backlog is staffed.
 */
export function backlogWeek(s: StaffingInputs, b: BacklogSpec, spare: ArrayLike<number>): ReturnType<typeof staffBacklog> {
  // Read at once by the pool: the backlog's own buffers, not copies.
  return staffInBuffers(backlogInputs(s, b, spare, null));
}

/** {@link backlogWeek} of two pools' backlogs (a month's with and without the AI), staffed side by side where they can be; read at once. */
export function backlogWeekTwo(
  a: StaffingInputs,
  spareA: ArrayLike<number>,
  b: StaffingInputs,
  spareB: ArrayLike<number>,
): [ReturnType<typeof staffBacklog>, ReturnType<typeof staffBacklog>] {
  return staffInBuffersTwo(backlogInputs(a, a.backlog!, spareA, null), backlogInputs(b, b.backlog!, spareB, null));
}

/** The backlog of a month's asynchronous work: the week's arrivals as agent-hours (divided by the conversations an agent works at once), its open hours and target. */
function backlogInputs(s: StaffingInputs, b: BacklogSpec, spare: ArrayLike<number> | null, seats: number | null): BacklogInputs {
  const ahtSeconds = s.humanContacts > 0 ? (s.agentMinutes / s.humanContacts) * 60 : 0;
  return {
    work: s.weights,
    scale: ((s.humanContacts / WEEKS_PER_MONTH) * ahtSeconds) / 3600 / b.concurrency,
    open: b.open,
    windowHours: responseWindow(b.targetSeconds),
    targetShare: b.targetShare,
    maxOccupancy: s.maxOccupancy,
    spare,
    seats,
  };
}

/**
 * Staffing (docs/METHOD.md, "Agent-equivalents" and "Staffing"): agent-equivalents from
 * workload, and staffed FTE from a queue model per hour-of-week interval with
 * service-level target, occupancy cap, chat concurrency and shrinkage, under Erlang C or
 * Erlang A (abandonment). Email has no real-time queue: workload / max occupancy.
 */
import type { Channel, StaffingModel } from './schema';
import type { QueueResult } from './erlang';
import { erlangAAgents } from './erlang-a';
import { agentsForTarget, performanceWithSeats } from './reverse-staffing';
import { responseWindow, staffBacklog } from './backlog';
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
 * interval's staffing.
 */
export type IntervalSolver = (handleSeconds: number, inputs: StaffingInputs) => (callsPerHour: number, interval: number) => QueueResult;

/** Handle times (and targets) whose answers an Erlang A solver keeps. */
const HINT_SETS = 16;

/** What each hour of the week needed the last time it was staffed with one handle time and target. */
interface Hints {
  handleSeconds: number;
  agents: Int32Array;
  /** Offered load of that search, Erlangs. */
  traffic: Float64Array;
  /** 1 where `agents` is this handle time's and target's own answer (not a neighbour's, copied). */
  own: Uint8Array;
}

/**
 * Queue solver for the scenario's model (Erlang C, or Erlang A with patience).
 * Consecutive intervals with the same arrivals (flat profiles) reuse the previous
 * answer; a general memo costs more than the O(N) search it would save.
 *
 * Erlang A searches start from the agents the same hour of the week needed the last time
 * it was staffed (with the same handle time and target, else the nearest handle time),
 * moved by the change in offered load: from one month to the next that guess is right or
 * one off. When the last answer was this handle time's and target's own and the load has
 * not fallen, one agent fewer is known to miss the target (it missed it with fewer
 * arrivals), so one evaluation settles a month of growth, two any other. Where a search
 * starts changes how fast it ends, never its answer.
 */
export function queueSolver(): IntervalSolver {
  const sets = new Map<string, Hints>();
  const hintsFor = (handleSeconds: number, s: StaffingInputs): Hints => {
    const key = `${handleSeconds}|${s.serviceLevel}|${s.targetSeconds}|${s.maxOccupancy}|${s.patienceSeconds}`;
    const own = sets.get(key);
    if (own) {
      // Kept as the most recent: the oldest set is the one that makes room.
      sets.delete(key);
      sets.set(key, own);
      return own;
    }
    let nearest: Hints | undefined;
    let distance = Infinity;
    for (const v of sets.values()) {
      const d = Math.abs(v.handleSeconds - handleSeconds);
      if (d < distance) [distance, nearest] = [d, v];
    }
    // The set used least recently makes room (a Map iterates in insertion order).
    if (sets.size >= HINT_SETS) sets.delete(sets.keys().next().value!);
    const made: Hints = {
      handleSeconds,
      agents: nearest ? nearest.agents.slice() : new Int32Array(HOURS_PER_WEEK),
      traffic: nearest ? nearest.traffic.slice() : new Float64Array(HOURS_PER_WEEK),
      own: new Uint8Array(HOURS_PER_WEEK),
    };
    sets.set(key, made);
    return made;
  };
  return (handleSeconds, s) => {
    let lastCalls = NaN;
    let last: QueueResult | null = null;
    const warm = s.seats === null && s.model === 'erlang-a' ? hintsFor(handleSeconds, s) : null;
    return (calls, interval) => {
      if (last && calls === lastCalls) return last;
      if (warm && interval >= 0 && interval < HOURS_PER_WEEK) {
        const traffic = (calls * handleSeconds) / 3600;
        const before = warm.agents[interval]!;
        const guess = before > 0 ? Math.max(1, Math.round(before + traffic - warm.traffic[interval]!)) : undefined;
        const atLeast = warm.own[interval] === 1 && traffic >= warm.traffic[interval]! ? before : 0;
        last = erlangAAgents(calls, handleSeconds, s.patienceSeconds, s.targetSeconds, s.serviceLevel, s.maxOccupancy, guess, atLeast);
        warm.agents[interval] = last.agents;
        warm.traffic[interval] = traffic;
        warm.own[interval] = 1;
      } else {
        last =
          s.seats === null
            ? agentsForTarget(s.model, calls, handleSeconds, s.targetSeconds, s.serviceLevel, s.maxOccupancy, s.patienceSeconds)
            : performanceWithSeats(s.model, s.seats, calls, handleSeconds, s.targetSeconds, s.patienceSeconds);
      }
      lastCalls = calls;
      return last;
    };
  };
}

const EMPTY: StaffingResult = { staffedFte: 0, onSeatHours: 0, peakAgents: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0, abandonRate: null };

/**
 * Staffed FTE for a month. Per interval: arrivals/hour = monthly contacts x weight /
 * weeks per month; the queue solver gives the agents; on-seat hours summed over the
 * week x weeks per month / (paid hours x (1 - shrinkage)).
 */
export function staffMonth(s: StaffingInputs, solve: IntervalSolver): StaffingResult {
  if (s.humanContacts <= 0 && s.seats === null) return EMPTY;
  const ahtSeconds = s.humanContacts > 0 ? (s.agentMinutes / s.humanContacts) * 60 : 0;
  const available = s.paidHoursPerMonth * (1 - s.shrinkage);
  if (s.backlog) return staffAsync(s, s.backlog, ahtSeconds, available);
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
    asaSum += calls * (Number.isFinite(r.asaSeconds) ? r.asaSeconds : 0);
    abandonSum += calls * r.abandonRate;
    workHours += r.occupancy * r.agents;
  }
  // Fixed seats are paid for every open hour, including open hours with no arrivals.
  if (s.seats !== null) seatHoursPerWeek = s.seats * s.openHoursPerWeek;
  const onSeatHours = seatHoursPerWeek * WEEKS_PER_MONTH;
  return {
    staffedFte: available > 0 ? onSeatHours / available : 0,
    onSeatHours,
    peakAgents: peak,
    serviceLevel: arrivals > 0 ? slSum / arrivals : 1,
    asaSeconds: arrivals > 0 ? asaSum / arrivals : 0,
    occupancy: seatHoursPerWeek > 0 ? workHours / seatHoursPerWeek : 0,
    abandonRate: s.model === 'erlang-a' ? (arrivals > 0 ? abandonSum / arrivals : 0) : null,
  };
}

/** Email: a backlog worked within the day, so agents = workload / max occupancy. */
function staffEmail(s: StaffingInputs, ahtSeconds: number, available: number): StaffingResult {
  const workloadHours = s.agentMinutes / 60;
  let peak = 0;
  if (s.seats !== null) {
    const onSeatHours = s.seats * s.openHoursPerWeek * WEEKS_PER_MONTH;
    return {
      staffedFte: available > 0 ? onSeatHours / available : 0,
      onSeatHours,
      peakAgents: s.seats,
      serviceLevel: null,
      asaSeconds: null,
      occupancy: onSeatHours > 0 ? Math.min(1, workloadHours / onSeatHours) : 0,
      abandonRate: null,
    };
  }
  for (const w of s.weights) {
    const hourlyWork = (s.humanContacts * w * ahtSeconds) / 3600 / WEEKS_PER_MONTH;
    peak = Math.max(peak, Math.ceil(hourlyWork / s.maxOccupancy - 1e-9));
  }
  const onSeatHours = workloadHours / s.maxOccupancy;
  return {
    staffedFte: available > 0 ? onSeatHours / available : 0,
    onSeatHours,
    peakAgents: peak,
    serviceLevel: null,
    asaSeconds: null,
    occupancy: s.maxOccupancy,
    abandonRate: null,
  };
}

/**
 * Asynchronous work to a response-time target: the backlog of the week staffed hour by
 * hour (backlog.ts); on-seat hours are the week's agents x weeks per month.
 */
function staffAsync(s: StaffingInputs, b: BacklogSpec, ahtSeconds: number, available: number): StaffingResult {
  const perWeekHours = ((s.humanContacts / WEEKS_PER_MONTH) * ahtSeconds) / 3600 / b.concurrency;
  const r = staffBacklog({
    work: s.weights,
    scale: perWeekHours,
    open: b.open,
    windowHours: responseWindow(b.targetSeconds),
    targetShare: b.targetShare,
    maxOccupancy: s.maxOccupancy,
    seats: s.seats,
  });
  let seatHoursPerWeek = 0,
    peak = 0;
  for (const n of r.agents) {
    seatHoursPerWeek += n;
    if (n > peak) peak = n;
  }
  const onSeatHours = seatHoursPerWeek * WEEKS_PER_MONTH;
  return {
    staffedFte: available > 0 ? onSeatHours / available : 0,
    onSeatHours,
    peakAgents: peak,
    serviceLevel: null,
    asaSeconds: null,
    occupancy: seatHoursPerWeek > 0 ? Math.min(1, r.workHours / seatHoursPerWeek) : 0,
    abandonRate: null,
    responseLevel: r.onTimeShare,
  };
}

/**
 * A live channel's week interval by interval (docs/METHOD.md, "Blended pools"): the agents
 * its queue needs in each hour of the week (as `staffMonth` staffs them) and the work they
 * do, agent-hours (chat: handle time / concurrency).
 */
export function liveWeek(s: StaffingInputs, solve: IntervalSolver): { agents: Float64Array; work: Float64Array } {
  const agents = new Float64Array(HOURS_PER_WEEK);
  const work = new Float64Array(HOURS_PER_WEEK);
  if (s.humanContacts <= 0 || s.backlog || s.channel === 'email') return { agents, work };
  const ahtSeconds = (s.agentMinutes / s.humanContacts) * 60;
  const handleSeconds = s.channel === 'chat' ? ahtSeconds / s.concurrency : ahtSeconds;
  const perWeek = s.humanContacts / WEEKS_PER_MONTH;
  const solveCalls = solve(handleSeconds, s);
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const w = s.weights[h] ?? 0;
    if (w <= 0) continue;
    const calls = perWeek * w;
    agents[h] = s.seats ?? solveCalls(calls, h).agents;
    work[h] = (calls * handleSeconds) / 3600;
  }
  return { agents, work };
}

/** An asynchronous channel's backlog week with `spare` capacity on seat already (a blended pool). */
export function backlogWeek(s: StaffingInputs, b: BacklogSpec, spare: ArrayLike<number>): ReturnType<typeof staffBacklog> {
  const ahtSeconds = s.humanContacts > 0 ? (s.agentMinutes / s.humanContacts) * 60 : 0;
  const perWeekHours = ((s.humanContacts / WEEKS_PER_MONTH) * ahtSeconds) / 3600 / b.concurrency;
  return staffBacklog({
    work: s.weights,
    scale: perWeekHours,
    open: b.open,
    windowHours: responseWindow(b.targetSeconds),
    targetShare: b.targetShare,
    maxOccupancy: s.maxOccupancy,
    spare,
    seats: null,
  });
}

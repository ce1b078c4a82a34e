/**
 * Blended pools (docs/METHOD.md, "Blended pools"): live and asynchronous channels served
 * by one pool of agents. The live queues are staffed interval by interval exactly as alone
 * (Erlang C or A: their service level is unchanged, live work having priority); the time
 * their agents are on seat but idle, up to the occupancy cap, answers asynchronous work,
 * and only what that spare time leaves undone within the response time needs agents of its
 * own. This is call blending, as described in the contact-centre literature (Bhulai and
 * Koole, "A queueing model for call blending in call centers", IEEE Transactions on
 * Automatic Control 48(8), 2003; Koole, "Call Center Mathematics", on multi-channel
 * environments), taken here as its fluid limit: deferrable work fills idle capacity.
 */
import {
  availableHours,
  backlogWeek,
  backlogWeekTwo,
  liveIntoPool,
  liveWeek,
  staffMonth,
  type IntervalSolver,
  type StaffingInputs,
  type StaffingResult,
} from './staffing';
import { HOURS_PER_WEEK, WEEKS_PER_MONTH } from './units';

// A live channel's week, read at once by the pool (one buffer for every channel and pool).
const weekAgents = new Float64Array(HOURS_PER_WEEK);
const weekWork = new Float64Array(HOURS_PER_WEEK);

// The hourly sums of a pool, each a small function of typed arrays alone (compiled early and
// once, where the pool's own code meets many kinds of objects).

/** A live channel's week into the pool: its agents, and their idle time up to the occupancy cap as spare capacity. */
function addLive(agents: Float64Array, spare: Float64Array, live: Float64Array, work: Float64Array, occ: number): void {
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    agents[h] = agents[h]! + live[h]!;
    spare[h] = spare[h]! + Math.max(0, live[h]! * occ - work[h]!);
  }
}

/** A backlog's week into the pool: its own agents, the spare capacity it used taken; returns its most agents in an hour. */
function addBacklog(agents: Float64Array, spare: Float64Array, own: Float64Array, used: Float64Array): number {
  let peak = 0;
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    spare[h] = Math.max(0, spare[h]! - used[h]!);
    agents[h] = agents[h]! + own[h]!;
    if (own[h]! > peak) peak = own[h]!;
  }
  return peak;
}

// The agent-hours of a week (added up hour by hour) and its most agents in an hour, read at once.
const weekSums = new Float64Array(2);

/** The agent-hours of a week and its most agents in an hour, into `weekSums`. */
function sumWeek(agents: Float64Array): void {
  let sum = 0,
    peak = 0;
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const n = agents[h]!;
    sum += n;
    peak = Math.max(peak, n);
  }
  weekSums[0] = sum;
  weekSums[1] = peak;
}

/** One channel of a pool in one month. */
export interface PoolChannel {
  live: boolean;
  /** The channel's staffing inputs this month. */
  inputs: StaffingInputs;
  /**
   * The channel staffed alone (a dedicated pool); null to have the pool staff it: a live
   * channel's month then comes from the same search of its week as its part of the pool
   * (staffing.ts, `liveIntoPool`), which a blended draw would otherwise make twice.
   */
  dedicated: StaffingResult | null;
}

/** A pool's staffing in one month. */
export interface PoolOutcome {
  /** Each channel's part of the pool: FTE and on-seat hours by its share of the work; its own targets' figures. */
  channels: StaffingResult[];
  onSeatHours: number;
  staffedFte: number;
  /** Most agents on seat in any hour of the week, in the whole pool. */
  peakAgents: number;
}

/**
 * A pool being staffed: its agents and spare capacity by hour of the week, and by channel
 * its month staffed alone, its work, and a backlog's own figures in the pool (its most agents
 * and its response level). Two, filled and read by one pool or two side by side at a time.
 */
interface Pool {
  agents: Float64Array;
  spare: Float64Array;
  alone: StaffingResult[];
  work: number[];
  own: ({ peak: number; response: number } | null)[];
}

const pools: [Pool, Pool] = [newPool(), newPool()];

function newPool(): Pool {
  return { agents: new Float64Array(HOURS_PER_WEEK), spare: new Float64Array(HOURS_PER_WEEK), alone: [], work: [], own: [] };
}

/**
 * Staffs a month's channels as one pool. Asynchronous channels with a response target use
 * the spare time in the order of their response times (shortest first); asynchronous
 * channels without a target keep their own workload staffing.
 */
export function staffPool(chs: readonly PoolChannel[], solve: IntervalSolver): PoolOutcome {
  const p = pools[0];
  addLiveChannels(p, chs, solve);
  for (const i of backlogOrder(chs)) {
    const c = chs[i]!;
    addOwnBacklog(p, i, backlogWeek(c.inputs, c.inputs.backlog!, p.spare));
  }
  return outcomeOf(p, chs);
}

/**
 * {@link staffPool} of two pools of the same channels (a month with and without the AI), each
 * exactly as staffed alone: their backlogs are staffed side by side (backlog.ts, `staffInBuffersTwo`).
 */
export function staffPoolTwo(a: readonly PoolChannel[], b: readonly PoolChannel[], solve: IntervalSolver): [PoolOutcome, PoolOutcome] {
  const order = backlogOrder(a);
  const sameOrder = a.length === b.length && sameNumbers(backlogOrder(b), order);
  if (!sameOrder) return [staffPool(a, solve), staffPool(b, solve)];
  const [p, q] = pools;
  addLiveChannels(p, a, solve);
  addLiveChannels(q, b, solve);
  for (const i of order) {
    const [ra, rb] = backlogWeekTwo(a[i]!.inputs, p.spare, b[i]!.inputs, q.spare);
    addOwnBacklog(p, i, ra);
    addOwnBacklog(q, i, rb);
  }
  return [outcomeOf(p, a), outcomeOf(q, b)];
}

/** The pool's live channels into its hours, and every channel's month alone and work. */
function addLiveChannels(p: Pool, chs: readonly PoolChannel[], solve: IntervalSolver): void {
  p.spare.fill(0);
  p.agents.fill(0);
  p.alone.length = p.work.length = p.own.length = 0;
  for (const c of chs) {
    let d = c.dedicated;
    if (c.live && !c.inputs.backlog) {
      const fromWeek = d === null ? liveIntoPool(c.inputs, solve, p.agents, p.spare) : null;
      if (fromWeek !== null) d = fromWeek;
      else {
        const w = liveWeek(c.inputs, solve, weekAgents, weekWork);
        addLive(p.agents, p.spare, w.agents, w.work, c.inputs.maxOccupancy);
      }
    }
    if (d === null) d = staffMonth(c.inputs, solve);
    p.alone.push(d);
    p.work.push(d.occupancy * d.onSeatHours);
    p.own.push(null);
  }
}

/** The channels with a response target, in the order they use the spare time: shortest response time first. */
function backlogOrder(chs: readonly PoolChannel[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < chs.length; i++) if (chs[i]!.inputs.backlog) order.push(i);
  if (order.length > 1) order.sort((a, b) => chs[a]!.inputs.backlog!.targetSeconds - chs[b]!.inputs.backlog!.targetSeconds || a - b);
  return order;
}

/** Whether two lists of numbers are equal, element by element (no strings made: a blended draw compares two a month). */
function sameNumbers(x: readonly number[], y: readonly number[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Backlog channel `i`'s week into the pool (its result read at once). */
function addOwnBacklog(p: Pool, i: number, r: { agents: Float64Array; spareUsed: Float64Array; workHours: number; onTimeShare: number }): void {
  const peak = addBacklog(p.agents, p.spare, r.agents, r.spareUsed);
  p.work[i] = r.workHours * WEEKS_PER_MONTH;
  p.own[i] = { peak, response: r.onTimeShare };
}

/** The pool's month: its hours, FTE and peak, and each channel's part. */
function outcomeOf(p: Pool, chs: readonly PoolChannel[]): PoolOutcome {
  const { agents, alone, work, own } = p;
  let seatHours = 0;
  let otherPeak = 0;
  sumWeek(agents);
  seatHours += weekSums[0]!;
  // Channels neither live nor with a target keep their own hours.
  for (let i = 0; i < chs.length; i++) {
    const c = chs[i]!;
    if (c.live || c.inputs.backlog) continue;
    seatHours += alone[i]!.onSeatHours / WEEKS_PER_MONTH;
    otherPeak += alone[i]!.peakAgents;
  }
  const peakAgents = weekSums[1]! + otherPeak;
  const onSeatHours = seatHours * WEEKS_PER_MONTH;
  const first = chs[0]!.inputs;
  const available = availableHours(first);
  const staffedFte = available > 0 ? onSeatHours / available : 0;
  const totalWork = work.reduce((a, b) => a + b, 0);
  const occupancy = onSeatHours > 0 ? Math.min(1, totalWork / onSeatHours) : 0;
  const channels: StaffingResult[] = [];
  for (let i = 0; i < chs.length; i++) {
    const share = totalWork > 0 ? work[i]! / totalWork : 1 / chs.length;
    const d = alone[i]!;
    const o = own[i];
    channels.push(partOf(d, staffedFte * share, onSeatHours * share, occupancy, o ? o.peak : d.peakAgents, o ? o.response : d.responseLevel));
  }
  return { channels, onSeatHours, staffedFte, peakAgents };
}

/**
 * A channel's part of a pool: its FTE and hours, the pool's occupancy, its most agents and
 * response level (a backlog's in the pool), the rest of its queue figures as staffed alone.
 * Written field by field: a month of a blended draw makes one per channel, and an object
 * spread cost several times as much.
 */
function partOf(
  d: StaffingResult,
  staffedFte: number,
  onSeatHours: number,
  occupancy: number,
  peakAgents: number,
  responseLevel: number | null | undefined,
): StaffingResult {
  const r: StaffingResult = {
    staffedFte,
    onSeatHours,
    peakAgents,
    serviceLevel: d.serviceLevel,
    asaSeconds: d.asaSeconds,
    occupancy,
    abandonRate: d.abandonRate,
  };
  if (responseLevel !== undefined) r.responseLevel = responseLevel;
  return r;
}

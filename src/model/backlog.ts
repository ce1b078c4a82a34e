/**
 * Asynchronous work staffed to a response-time target (docs/METHOD.md, "Asynchronous
 * channels"): email and messaging are not answered while the customer waits but within a
 * response time ("90 % answered within 4 hours"). The work is a backlog, answered first in,
 * first out; what an interval leaves unanswered is carried into the next open interval
 * (over the night and the weekend: a closed hour answers nothing).
 *
 * The week is simulated hour by hour as a fluid (expected work, in agent-hours), a
 * deterministic treatment of deferrable work in the manner of the workforce-management
 * literature on email and other non-real-time contacts (Koole, "Call Center Mathematics",
 * 2007, on multi-channel environments; Gans, Koole and Mandelbaum, 2003). Each arrival
 * hour's work (a cohort) has a response window of D whole hours, its own included. In each
 * open interval the least whole number of agents is staffed such that, first in first out,
 * all older work and the share q of the latest cohort whose last open hour within its
 * window is this one are answered; q is the least share (found by bisection) for which the
 * week's work answered within its window reaches the target share. Work whose whole window
 * is closed is late whatever the staffing; the target is then met by the rest, or, if even
 * q = 1 falls short, all work that can be answered in time is, and the response level
 * reports what is reached. The week repeats: two weeks settle what one carries into the
 * next, the third is measured (its cohorts' deadlines falling in the fourth).
 */
import { HOURS_PER_WEEK } from './units';

/** What the backlog of one channel needs for one week. */
export interface BacklogInputs {
  /** Work arriving in each hour-of-week interval of a week, agent-hours (168 entries), times `scale`. */
  work: readonly number[];
  /** Factor of every entry of `work` (default 1): arrival weights x the week's agent-hours. */
  scale?: number;
  /** 1 where agents answer in that interval (the channel is open), else 0 (168 entries). */
  open: readonly number[];
  /** Response window in intervals, counting the interval of arrival (a 4-hour target: 4). */
  windowHours: number;
  /** Target share answered within the window, 0-1. */
  targetShare: number;
  /** Agent-hours of work an agent does in an interval (the occupancy cap), 0-1. */
  maxOccupancy: number;
  /**
   * Capacity already on seat in each interval, agent-hours (live agents' idle time in a
   * blended pool); null for none. A Float64Array of the week is read as it is, and must not
   * hold a negative number; other arrays are copied with negatives taken as 0.
   */
  spare?: ArrayLike<number> | null;
  /** Agents on seat in every open interval (reverse staffing); null to staff to the target. */
  seats?: number | null;
}

/** The week's backlog staffing. */
export interface BacklogResult {
  /** Agents staffed for the backlog in each interval of the week (beyond any spare capacity). */
  agents: Float64Array;
  /** Share of the week's work answered within the response window, 0-1. */
  onTimeShare: number;
  /** Work per week, agent-hours. */
  workHours: number;
  /** Spare capacity the backlog used in each interval of the week, agent-hours. */
  spareUsed: Float64Array;
}

/** Response window in whole intervals: the target in hours, rounded down (at least one interval). */
export function responseWindow(targetSeconds: number): number {
  return Math.min(HOURS_PER_WEEK, Math.max(1, Math.floor(targetSeconds / 3600 + 1e-9)));
}

const H = HOURS_PER_WEEK;
/** Weeks simulated: two to settle the carried backlog, the measured week, and one for its deadlines. */
const WEEKS = 4;
const MEASURED = 2;

/**
 * Where a simulation steps, laid out from the open hours, the due cohorts and the response
 * span (so the same for every staffing of one arrival pattern, at any scale): the intervals
 * that can answer work (the open ones), one slot each, in the order simulated. A closed
 * interval answers nothing: the work answered so far stays as it was (it is never more than
 * the work arrived, which only grows), so a simulation steps over it.
 */
interface Layout {
  /** Slots to simulate. */
  slots: number;
  /** Per slot: its hour of the week. */
  hour: Int32Array;
  /** Per slot: 0 closed (only where every interval is a slot), 1 open, 2 open with a cohort due. */
  kind: Uint8Array;
  /** Per slot: the index of the work arrived by its end in the cumulative arrivals (t + 1). */
  next: Int32Array;
  /** Per slot with a cohort due: the index of the work arrived before that cohort, and the cohort's hour. */
  dueAt: Int32Array;
  dueHour: Int32Array;
  /** Slots of the measured week: from, to (excluded). */
  measuredFrom: number;
  measuredTo: number;
  /** Per cohort of the measured week: the last slot at or before its deadline, -1 for none. */
  deadlineSlot: Int32Array;
  /** Per hour of the week: 1 if work arriving then has an open hour within its response window, else 0. */
  reachable: Uint8Array;
  /**
   * Whether every hour with a positive weight is reachable (a layout kept by weights): all
   * the work can then be answered in time, and `reachableWork` adds up the same terms as
   * the week's total in the same order, so it is the total.
   */
  allReachable: boolean;
}

/** What one simulation needs (no allocation per simulation). */
interface Plan {
  /** Cumulative work arrived before interval t of the simulated weeks (t = 0 .. WEEKS x 168). */
  arrived: Float64Array;
  work: Float64Array;
  /** Spare capacity on seat by hour of the week. */
  spare: Float64Array;
  occ: number;
  seats: number | null;
  layout: Layout;
  /** Per slot: the work answered by its end. */
  answered: Float64Array;
}

/**
 * The weeks simulated with requirement share `q` (or `seats` agents in every open
 * interval); the measured week's agents and spare capacity used are written to `agents`
 * and `spareUsed` (whose closed hours hold 0). Returns the measured week's work answered on time.
 */
function simulate(p: Plan, q: number, agents: Float64Array, spareUsed: Float64Array): number {
  const { arrived, work, spare, occ, seats, answered } = p;
  const { slots, hour, kind, next, dueAt, dueHour, measuredFrom, measuredTo } = p.layout;
  let done = 0;
  for (let i = 0; i < slots; i++) {
    const available = arrived[next[i]!]!;
    const c = kind[i]!;
    if (c === 0) {
      done = done < available ? done : available;
      answered[i] = done;
      continue;
    }
    const s = spare[hour[i]!]!;
    let n = 0;
    if (seats !== null) {
      n = seats;
    } else if (c === 2) {
      // The latest cohort whose last chance to be answered in time is this interval: FIFO
      // answers all older work first, then the share q of it.
      const required = arrived[dueAt[i]!]! + q * work[dueHour[i]!]!;
      const need = (required < available ? required : available) - done - s;
      n = need > 1e-12 ? Math.ceil(need / occ - 1e-9) : 0;
    }
    const capacity = n * occ + s;
    if (i >= measuredFrom && i < measuredTo) {
      const k = hour[i]!;
      agents[k] = n;
      const left = available - done;
      spareUsed[k] = left <= 0 ? 0 : s < left ? s : left;
    }
    done = done + capacity < available ? done + capacity : available;
    answered[i] = done;
  }
  return onTimeOf(p);
}

/**
 * {@link simulate} of two plans of one layout side by side, each with its own share: the
 * same operations as two simulations, in one loop, so that one's interval need not wait for
 * the other's. Their on-time work goes to `out` (0: `p`, 1: `r`).
 */
function simulateTwo(
  p: Plan,
  r: Plan,
  qP: number,
  qR: number,
  agentsP: Float64Array,
  spareUsedP: Float64Array,
  agentsR: Float64Array,
  spareUsedR: Float64Array,
  out: Float64Array,
): void {
  const arrivedP = p.arrived,
    workP = p.work,
    spareP = p.spare,
    answeredP = p.answered,
    occP = p.occ;
  const arrivedR = r.arrived,
    workR = r.work,
    spareR = r.spare,
    answeredR = r.answered,
    occR = r.occ;
  const { slots, hour, kind, next, dueAt, dueHour, measuredFrom, measuredTo } = p.layout;
  let doneP = 0,
    doneR = 0;
  for (let i = 0; i < slots; i++) {
    const t = next[i]!;
    const availableP = arrivedP[t]!,
      availableR = arrivedR[t]!;
    const c = kind[i]!;
    if (c === 0) {
      doneP = doneP < availableP ? doneP : availableP;
      doneR = doneR < availableR ? doneR : availableR;
      answeredP[i] = doneP;
      answeredR[i] = doneR;
      continue;
    }
    const k = hour[i]!;
    const sP = spareP[k]!,
      sR = spareR[k]!;
    let nP = 0,
      nR = 0;
    if (c === 2) {
      const at = dueAt[i]!,
        cohort = dueHour[i]!;
      const requiredP = arrivedP[at]! + qP * workP[cohort]!,
        requiredR = arrivedR[at]! + qR * workR[cohort]!;
      const needP = (requiredP < availableP ? requiredP : availableP) - doneP - sP,
        needR = (requiredR < availableR ? requiredR : availableR) - doneR - sR;
      nP = needP > 1e-12 ? Math.ceil(needP / occP - 1e-9) : 0;
      nR = needR > 1e-12 ? Math.ceil(needR / occR - 1e-9) : 0;
    }
    const capacityP = nP * occP + sP,
      capacityR = nR * occR + sR;
    if (i >= measuredFrom && i < measuredTo) {
      agentsP[k] = nP;
      agentsR[k] = nR;
      const leftP = availableP - doneP,
        leftR = availableR - doneR;
      spareUsedP[k] = leftP <= 0 ? 0 : sP < leftP ? sP : leftP;
      spareUsedR[k] = leftR <= 0 ? 0 : sR < leftR ? sR : leftR;
    }
    doneP = doneP + capacityP < availableP ? doneP + capacityP : availableP;
    doneR = doneR + capacityR < availableR ? doneR + capacityR : availableR;
    answeredP[i] = doneP;
    answeredR[i] = doneR;
  }
  out[0] = onTimeOf(p);
  out[1] = onTimeOf(r);
}

/** On time: of each cohort of the measured week, what FIFO had answered by its deadline (the plan simulated). */
function onTimeOf(p: Plan): number {
  const { arrived, work, answered } = p;
  const deadlineSlot = p.layout.deadlineSlot;
  let onTime = 0;
  for (let k = 0, t = MEASURED * H; k < H; k++, t++) {
    const w = work[k]!;
    if (w <= 0) continue;
    const j = deadlineSlot[k]!;
    const late = (j < 0 ? 0 : answered[j]!) - arrived[t]!;
    onTime += late <= 0 ? 0 : late < w ? late : w;
  }
  return onTime;
}

/** The last interval simulated (excluded): the measured week's last deadline. */
function endOf(span: number): number {
  return (MEASURED + 1) * H + span - 1;
}

/**
 * Lays out the slots into `l`: the open intervals of the simulated weeks, or every interval
 * (`every`: work that is not a finite number, where the work arrived can be NaN and a closed
 * interval then changes what is answered).
 */
function layOut(l: Layout, open: Uint8Array, due: Int32Array, span: number, every: boolean): void {
  const { hour, kind, next, dueAt, dueHour, deadlineSlot } = l;
  const end = endOf(span);
  const measured = MEASURED * H,
    firstDeadline = measured + span - 1;
  let i = 0;
  l.measuredFrom = l.measuredTo = 0;
  for (let t = 0; t < end; t++) {
    const k = t % H;
    if (t === measured) l.measuredFrom = i;
    if (t === measured + H) l.measuredTo = i;
    if (open[k] || every) {
      hour[i] = k;
      next[i] = t + 1;
      const d = open[k] ? due[k]! : -1;
      const h = t - d;
      kind[i] = !open[k] ? 0 : d >= 0 && h >= 0 ? 2 : 1;
      dueAt[i] = kind[i] === 2 ? h : 0;
      dueHour[i] = kind[i] === 2 ? (k >= d ? k - d : k - d + H) : 0;
      i++;
    }
    if (t >= firstDeadline) deadlineSlot[t - firstDeadline] = i - 1;
  }
  l.slots = i;
  if (measured + H >= end) l.measuredTo = i;
  for (let k = 0; k < H; k++) {
    let open1 = 0;
    for (let j = 0; j < span && j < H && !open1; j++) open1 = open[(k + j) % H]!;
    l.reachable[k] = open1;
  }
  l.allReachable = false;
}

/**
 * The most work of a week that can be answered on time, whatever the staffing: the work
 * whose response window has an open hour (the rest is late: nothing is answered while it
 * waits), added up in the order `simulate` adds what is on time, so never less than it.
 */
function reachableWork(l: Layout, work: Float64Array): number {
  const reachable = l.reachable;
  let sum = 0;
  for (let k = 0; k < H; k++) {
    const w = work[k]!;
    if (w > 0 && reachable[k]) sum += w;
  }
  return sum;
}

/** An empty layout with room for `slots` slots. */
function newLayout(slots: number): Layout {
  return {
    slots: 0,
    hour: new Int32Array(slots),
    kind: new Uint8Array(slots),
    next: new Int32Array(slots),
    dueAt: new Int32Array(slots),
    dueHour: new Int32Array(slots),
    measuredFrom: 0,
    measuredTo: 0,
    deadlineSlot: new Int32Array(H),
    reachable: new Uint8Array(H),
    allReachable: false,
  };
}

/** A copy of `l` sized to its slots. */
function keptLayout(l: Layout): Layout {
  const n = l.slots;
  return {
    ...l,
    hour: l.hour.slice(0, n),
    kind: l.kind.slice(0, n),
    next: l.next.slice(0, n),
    dueAt: l.dueAt.slice(0, n),
    dueHour: l.dueHour.slice(0, n),
    deadlineSlot: l.deadlineSlot.slice(),
    reachable: l.reachable.slice(),
  };
}

/**
 * For each open interval k, how many intervals ago the latest cohort with work arrived
 * whose response window has k as its last open interval (the last chance to answer it in
 * time); -1 when there is none. A cohort arriving at h has the window h to h + D - 1; with
 * c closed intervals after k, the cohorts whose last open interval is k arrived k - D + 1
 * to k - max(0, D - 1 - c).
 */
function dueOf(b: BacklogInputs, work: Float64Array, due: Int32Array): void {
  const D = b.windowHours;
  due.fill(-1);
  for (let k = 0; k < H; k++) {
    if (!b.open[k]) continue;
    let closed = 0;
    while (closed < D - 1 && !b.open[(k + closed + 1) % H]) closed++;
    for (let d = Math.max(0, D - 1 - closed); d <= D - 1; d++) {
      if (work[(((k - d) % H) + H) % H]! > 0) {
        due[k] = d;
        break;
      }
    }
  }
}

/** Bisection steps on the requirement share: 2^-12 of the share, finer than a whole agent moves in practice. */
const STEPS = 12;

/**
 * The buffers of one staffing, used again by the next: a staffing runs to its end before
 * another starts (the model runs on one thread and never nests them), and its result gets
 * arrays of its own. Two sets: two staffings of one layout are simulated side by side.
 */
interface Buffers {
  work: Float64Array;
  /** Work arrived in a week before each hour (the first week's cumulative arrivals). */
  before: Float64Array;
  arrived: Float64Array;
  spare: Float64Array;
  answered: Float64Array;
  /** The agents and spare capacity used of the last simulation (index 0) and of the best one (index 1). */
  agents: Float64Array[];
  spareUsed: Float64Array[];
  /** The plan of the staffing under way: these buffers, with its occupancy cap, seats and layout. */
  plan: Plan;
  /** The layout the agents and spare-used buffers were last cleared for. */
  cleared: Layout | null;
}

function newBuffers(): Buffers {
  const arrived = new Float64Array(WEEKS * H + 1),
    work = new Float64Array(H),
    spare = new Float64Array(H),
    answered = new Float64Array(WEEKS * H);
  return {
    work,
    before: new Float64Array(H),
    arrived,
    spare,
    answered,
    agents: [new Float64Array(H), new Float64Array(H)],
    spareUsed: [new Float64Array(H), new Float64Array(H)],
    plan: { arrived, work, spare, occ: 1, seats: null, layout: scratch.layout, answered },
    cleared: null,
  };
}

/** Where a layout not kept by weights is made (`layoutOf`), shared by both sets of buffers. */
const scratch = {
  open: new Uint8Array(H),
  due: new Int32Array(H),
  layout: newLayout(WEEKS * H),
};
const buffers = [newBuffers(), newBuffers()] as const;

/** Keeps the last simulation (the scratch buffers) as the best one. */
function keep(bufs: Buffers): void {
  const { agents, spareUsed } = bufs;
  const a = agents[0]!,
    u = spareUsed[0]!;
  agents[0] = agents[1]!;
  agents[1] = a;
  spareUsed[0] = spareUsed[1]!;
  spareUsed[1] = u;
}

/** Layouts by arrival weights (by identity), for the open hours and response span they were laid out with. */
const layoutByWeights = new WeakMap<readonly number[], { open: readonly number[]; span: number; layout: Layout }>();

/**
 * The layout of `b` (see Layout): it depends on which hours have work (through the due
 * cohorts), the open hours and the response span, so with a positive scale it is that of
 * the weights, kept; otherwise laid out in the scratch layout.
 */
function layoutOf(b: BacklogInputs, work: Float64Array, scale: number, every: boolean): Layout {
  const { open, due } = scratch;
  const cache = scale > 0 && scale < Infinity && !every;
  if (cache) {
    const kept = layoutByWeights.get(b.work);
    if (kept && kept.open === b.open && kept.span === b.windowHours) return kept.layout;
  }
  for (let h = 0; h < H; h++) open[h] = b.open[h] ? 1 : 0;
  dueOf(b, work, due);
  layOut(scratch.layout, open, due, b.windowHours, every);
  if (!cache) return scratch.layout;
  const layout = keptLayout(scratch.layout);
  // With a positive scale an hour has work only where its weight is positive.
  let all = true;
  for (let k = 0; k < H; k++) if ((b.work[k] ?? 0) > 0 && !layout.reachable[k]) all = false;
  layout.allReachable = all;
  layoutByWeights.set(b.work, { open: b.open, span: b.windowHours, layout });
  return layout;
}

/** The least agents per open interval meeting the response-time target (see the module comment). */
export function staffBacklog(b: BacklogInputs): BacklogResult {
  const r = staffInBuffers(b);
  return { agents: r.agents.slice(), onTimeShare: r.onTimeShare, workHours: r.workHours, spareUsed: r.spareUsed.slice() };
}

/** What `staffBacklog` staffs, in sums: agent-hours of the week, most agents in an interval. */
export interface BacklogSums {
  agentHours: number;
  peakAgents: number;
  onTimeShare: number;
  workHours: number;
}

/** {@link staffBacklog}'s week summed (no arrays made): the agents added up in the order of the week. */
export function staffBacklogSums(b: BacklogInputs): BacklogSums {
  return sumsOf(staffInBuffers(b));
}

function sumsOf(r: BacklogResult): BacklogSums {
  let agentHours = 0,
    peakAgents = 0;
  // An index, not an iterator: a link's first calculation runs this before the engine has
  // compiled it, and an interpreted iterator costs several times the addition.
  const agents = r.agents;
  for (let h = 0; h < agents.length; h++) {
    const n = agents[h]!;
    agentHours += n;
    if (n > peakAgents) peakAgents = n;
  }
  return { agentHours, peakAgents, onTimeShare: r.onTimeShare, workHours: r.workHours };
}

/**
 * {@link staffBacklogSums} of two backlogs, each exactly as staffed alone, side by side where
 * they can be (`staffInBuffersTwo`).
 */
export function staffBacklogSumsTwo(a: BacklogInputs, b: BacklogInputs): [BacklogSums, BacklogSums] {
  const [ra, rb] = staffInBuffersTwo(a, b);
  return [sumsOf(ra), sumsOf(rb)];
}

/**
 * {@link staffInBuffers} of two backlogs (each result in buffers of its own, valid until the
 * next staffing), each exactly as staffed alone. Backlogs of one layout (the same weights,
 * open hours and response span: a month's backlog with and without the AI) have their first
 * simulations run side by side: a simulation waits on each interval's answer before the
 * next, and two such chains in one loop take little longer than one.
 */
export function staffInBuffersTwo(a: BacklogInputs, b: BacklogInputs): [BacklogResult, BacklogResult] {
  const [one, two] = buffers;
  const totalA = load(a, one);
  // A layout made in the scratch buffers would be laid out again by the second backlog's: the first is then staffed first.
  if (!(totalA > 0) || one.plan.layout === scratch.layout || a.seats != null || b.seats != null) {
    const first = staffLoaded(a, one, totalA);
    return [first, staffLoaded(b, two, load(b, two))];
  }
  const totalB = load(b, two);
  if (!(totalB > 0) || two.plan.layout !== one.plan.layout) return [staffLoaded(a, one, totalA), staffLoaded(b, two, totalB)];
  const qA = firstShare(a, one, totalA),
    qB = firstShare(b, two, totalB);
  simulateTwo(one.plan, two.plan, qA, qB, one.agents[0]!, one.spareUsed[0]!, two.agents[0]!, two.spareUsed[0]!, onTimeTwo);
  keep(one);
  keep(two);
  return searchOnTwo(a, one, totalA, qA, onTimeTwo[0]!, b, two, totalB, qB, onTimeTwo[1]!);
}

/** The two on-time sums of `simulateTwo`, read at once. */
const onTimeTwo = new Float64Array(2);

/**
 * {@link staffBacklog} with its arrays the buffers', valid until the next staffing: for a
 * caller that reads them at once (a blended pool's week).
 */
export function staffInBuffers(b: BacklogInputs): BacklogResult {
  const bufs = buffers[0];
  return staffLoaded(b, bufs, load(b, bufs));
}

/**
 * Loads `b` into `bufs`: its week's work, the cumulative arrivals, the spare capacity and
 * the plan (occupancy cap, seats, layout). Returns the week's total work; with none, nothing
 * else is loaded.
 */
function load(b: BacklogInputs, bufs: Buffers): number {
  const { work, before, arrived, spare } = bufs;
  let total = 0;
  const scale = b.scale ?? 1;
  for (let h = 0; h < H; h++) {
    // The week's own work so far, added up in the order of the total.
    before[h] = total;
    total += work[h] = Math.max(0, (b.work[h] ?? 0) * scale);
  }
  if (!(total > 0)) return total;
  // Cumulative arrivals, week by week: the week's total times the weeks before, plus the
  // week's own so far; as far as the simulation reads (the measured week's last deadline).
  const end = endOf(b.windowHours) + 1;
  if (total < Infinity && end > 3 * H && end <= WEEKS * H) {
    // The same sums, a week at a time: the first week's are its own (0 + x is x), the next
    // two weeks' written together, the fourth's as far as read (a third of the time).
    arrived.set(before, 0);
    const two = 2 * total,
      three = 3 * total;
    for (let k = 0; k < H; k++) {
      const x = before[k]!;
      arrived[H + k] = total + x;
      arrived[2 * H + k] = two + x;
    }
    for (let k = 0, t = 3 * H; t < end; k++, t++) arrived[t] = three + before[k]!;
  } else {
    for (let week = 0, t = 0; t < end; week++) {
      const from = week * total;
      const hours = Math.min(H, end - t);
      for (let k = 0; k < hours; k++, t++) arrived[t] = from + before[k]!;
    }
  }
  const p = bufs.plan;
  // A pool's spare capacity (pool.ts: idle time up to the occupancy cap, never negative) is
  // read where it is; anything else is copied, a negative capacity taken as none.
  if (b.spare instanceof Float64Array && b.spare.length === H) p.spare = b.spare;
  else {
    p.spare = spare;
    if (b.spare) for (let h = 0; h < H; h++) spare[h] = Math.max(0, b.spare[h] ?? 0);
    else spare.fill(0);
  }
  p.occ = b.maxOccupancy;
  p.seats = b.seats ?? null;
  p.layout = layoutOf(b, work, scale, !(total < Infinity));
  // A simulation writes the measured week's slots (its open hours): the others stay 0, so
  // the buffers need clearing only for another layout than the last one kept by weights.
  if (p.layout !== bufs.cleared || p.layout === scratch.layout) {
    for (const x of bufs.agents) x.fill(0);
    for (const x of bufs.spareUsed) x.fill(0);
    bufs.cleared = p.layout;
  }
  return total;
}

/** The share of the latest cohorts a staffing's first simulation requires: all of it where even that cannot meet the target (closed windows), else none. */
function firstShare(b: BacklogInputs, bufs: Buffers, total: number): number {
  const p = bufs.plan;
  if (p.seats !== null) return 1;
  const goal = b.targetShare * total * (1 - 1e-12);
  // A target no share of the latest cohorts can meet (closed windows): the share 0 and then
  // 1 would fall short, and the answer is that of 1 (all work that can be answered in time is).
  const unreachable = total < Infinity && (p.layout.allReachable ? total : reachableWork(p.layout, p.work)) < goal;
  return unreachable ? 1 : 0;
}

/** The staffing of the backlog loaded into `bufs` (`load`, with its total work). */
function staffLoaded(b: BacklogInputs, bufs: Buffers, total: number): BacklogResult {
  if (!(total > 0)) return { agents: NO_AGENTS, onTimeShare: 1, workHours: 0, spareUsed: NO_AGENTS };
  // No closure here: a number a closure reads lives boxed, and the sums above would make a
  // new box per interval. Each simulation writes to the scratch buffers (index 0); `keep`
  // makes them the best ones (index 1).
  const q = firstShare(b, bufs, total);
  const best = simulate(bufs.plan, q, bufs.agents[0]!, bufs.spareUsed[0]!);
  keep(bufs);
  return searchOn(b, bufs, total, q, best);
}

/**
 * The staffing's search after its first simulation (of share `q` from `firstShare`, its
 * on-time work `best`, kept): where no share met the target, all of it is tried, then the
 * least share that meets it.
 */
function searchOn(b: BacklogInputs, bufs: Buffers, total: number, q: number, best: number): BacklogResult {
  const search = searches[0].start(b, bufs, total, q, best);
  for (let share = search.next(); share !== null; share = search.next()) search.took(simulate(bufs.plan, share, bufs.agents[0]!, bufs.spareUsed[0]!));
  return search.result();
}

/**
 * {@link searchOn} of two staffings of one layout (`staffInBuffersTwo`), each exactly as
 * searched alone: each takes the same shares in the same order, and where both have a share
 * to try, the two are simulated side by side (`simulateTwo`).
 */
function searchOnTwo(
  a: BacklogInputs,
  one: Buffers,
  totalA: number,
  qA: number,
  bestA: number,
  b: BacklogInputs,
  two: Buffers,
  totalB: number,
  qB: number,
  bestB: number,
): [BacklogResult, BacklogResult] {
  const sa = searches[0].start(a, one, totalA, qA, bestA),
    sb = searches[1].start(b, two, totalB, qB, bestB);
  for (;;) {
    const x = sa.next(),
      y = sb.next();
    if (x === null && y === null) break;
    if (x !== null && y !== null) {
      simulateTwo(one.plan, two.plan, x, y, one.agents[0]!, one.spareUsed[0]!, two.agents[0]!, two.spareUsed[0]!, onTimeTwo);
      sa.took(onTimeTwo[0]!);
      sb.took(onTimeTwo[1]!);
    } else if (x !== null) sa.took(simulate(one.plan, x, one.agents[0]!, one.spareUsed[0]!));
    else sb.took(simulate(two.plan, y!, two.agents[0]!, two.spareUsed[0]!));
  }
  return [sa.result(), sb.result()];
}

/**
 * A staffing's search after its first simulation, as steps: `next` names the share of the
 * latest cohorts to simulate next (null when done), `took` takes that simulation's on-time
 * work (its agents in the scratch buffers, kept if it meets the target). Where no share met
 * the target, all of it is tried; if that meets it, the least share that does is bisected.
 */
class ShareSearch {
  goal = 0;
  /** -1: all of the latest cohorts is to be tried; 0 to STEPS: bisection steps taken; STEPS + 1: done. */
  step = STEPS + 1;
  lo = 0;
  hi = 1;
  mid = 1;
  best = 0;
  total = 0;
  bufs: Buffers = buffers[0];

  /** This search for the staffing loaded into `bufs`, after its first simulation (share `q`, its on-time work `best`, kept). */
  start(b: BacklogInputs, bufs: Buffers, total: number, q: number, best: number): this {
    this.bufs = bufs;
    this.total = total;
    this.best = best;
    this.lo = 0;
    this.hi = this.mid = 1;
    this.goal = b.targetShare * total * (1 - 1e-12);
    this.step = bufs.plan.seats === null && q === 0 && best < this.goal ? -1 : STEPS + 1;
    return this;
  }

  next(): number | null {
    if (this.step < 0) return 1;
    if (this.step >= STEPS) return null;
    return (this.mid = (this.lo + this.hi) / 2);
  }

  took(onTime: number): void {
    if (this.step < 0) {
      this.best = onTime;
      keep(this.bufs);
      // Even answering all work due in time falls short (closed windows): that is the best there is.
      this.step = onTime >= this.goal ? 0 : STEPS + 1;
      return;
    }
    if (onTime >= this.goal) {
      this.hi = this.mid;
      this.best = onTime;
      keep(this.bufs);
    } else this.lo = this.mid;
    this.step++;
  }

  result(): BacklogResult {
    const { bufs, best, total } = this;
    return { agents: bufs.agents[1]!, onTimeShare: Math.min(1, best / total), workHours: total, spareUsed: bufs.spareUsed[1]! };
  }
}

// Two searches, used again by the next staffings (one at a time, or two side by side): a
// blended draw staffs dozens of backlogs, and an object each was garbage to collect.
const searches = [new ShareSearch(), new ShareSearch()] as const;

const NO_AGENTS = new Float64Array(H);

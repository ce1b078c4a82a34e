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
  /** Work arriving in each hour-of-week interval of a week, agent-hours (168 entries). */
  work: readonly number[];
  /** 1 where agents answer in that interval (the channel is open), else 0 (168 entries). */
  open: readonly number[];
  /** Response window in intervals, counting the interval of arrival (a 4-hour target: 4). */
  windowHours: number;
  /** Target share answered within the window, 0-1. */
  targetShare: number;
  /** Agent-hours of work an agent does in an interval (the occupancy cap), 0-1. */
  maxOccupancy: number;
  /** Capacity already on seat in each interval, agent-hours (live agents' idle time in a blended pool); null for none. */
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

interface Run {
  agents: Float64Array;
  onTime: number;
  spareUsed: Float64Array;
}

/**
 * The week simulated with requirement share `q` (or `seats` agents in every open interval).
 * `cum` holds the cumulative work of the week before each interval (cum[h], cum[168] = total).
 */
function simulate(b: BacklogInputs, cum: Float64Array, due: Int32Array, q: number, answered: Float64Array): Run {
  const total = cum[H]!;
  const arrived = (t: number): number => Math.floor(t / H) * total + cum[t % H]!;
  const D = b.windowHours;
  const agents = new Float64Array(H);
  const occ = b.maxOccupancy;
  const seats = b.seats ?? null;
  let done = 0;
  const spareUsed = new Float64Array(H);
  for (let t = 0; t < WEEKS * H; t++) {
    const k = t % H;
    const available = arrived(t + 1);
    let n = 0;
    let capacity = 0;
    if (b.open[k]) {
      const spare = b.spare ? Math.max(0, b.spare[k] ?? 0) : 0;
      if (seats !== null) {
        n = seats;
      } else {
        // The latest cohort whose last chance to be answered in time is this interval: FIFO
        // answers all older work first, then the share q of it.
        const d = due[k]!;
        const h = t - d;
        const required = d >= 0 && h >= 0 ? arrived(h) + q * (b.work[h % H] ?? 0) : 0;
        const need = Math.min(required, available) - done - spare;
        n = need > 1e-12 ? Math.ceil(need / occ - 1e-9) : 0;
      }
      capacity = n * occ + spare;
      if (Math.floor(t / H) === MEASURED) {
        agents[k] = n;
        spareUsed[k] = Math.max(0, Math.min(spare, available - done));
      }
    }
    done = Math.min(available, done + capacity);
    answered[t] = done;
  }
  // On time: of each cohort of the measured week, what FIFO had answered by its deadline.
  let onTime = 0;
  for (let t = MEASURED * H; t < (MEASURED + 1) * H; t++) {
    const w = b.work[t % H] ?? 0;
    if (w <= 0) continue;
    const byDeadline = answered[t + D - 1]!;
    onTime += Math.min(w, Math.max(0, byDeadline - arrived(t)));
  }
  return { agents, onTime, spareUsed };
}

/**
 * For each open interval k, how many intervals ago the latest cohort with work arrived
 * whose response window has k as its last open interval (the last chance to answer it in
 * time); -1 when there is none. A cohort arriving at h has the window h to h + D - 1; with
 * c closed intervals after k, the cohorts whose last open interval is k arrived k - D + 1
 * to k - max(0, D - 1 - c).
 */
function dueCohorts(b: BacklogInputs): Int32Array {
  const D = b.windowHours;
  const due = new Int32Array(H).fill(-1);
  for (let k = 0; k < H; k++) {
    if (!b.open[k]) continue;
    let closed = 0;
    while (closed < D - 1 && !b.open[(k + closed + 1) % H]) closed++;
    for (let d = Math.max(0, D - 1 - closed); d <= D - 1; d++) {
      if ((b.work[(((k - d) % H) + H) % H] ?? 0) > 0) { due[k] = d; break; }
    }
  }
  return due;
}

/** Bisection steps on the requirement share: 2^-24 of the share. */
const STEPS = 24;

/** The least agents per open interval meeting the response-time target (see the module comment). */
export function staffBacklog(b: BacklogInputs): BacklogResult {
  const cum = new Float64Array(H + 1);
  for (let h = 0; h < H; h++) cum[h + 1] = cum[h]! + Math.max(0, b.work[h] ?? 0);
  const total = cum[H]!;
  const answered = new Float64Array(WEEKS * H);
  const due = dueCohorts(b);
  const result = (r: Run): BacklogResult => ({ agents: r.agents, onTimeShare: total > 0 ? Math.min(1, r.onTime / total) : 1, workHours: total, spareUsed: r.spareUsed });
  if (total <= 0) return { agents: new Float64Array(H), onTimeShare: 1, workHours: 0, spareUsed: new Float64Array(H) };
  if ((b.seats ?? null) !== null) return result(simulate(b, cum, due, 1, answered));
  const goal = b.targetShare * total * (1 - 1e-12);
  const low = simulate(b, cum, due, 0, answered);
  if (low.onTime >= goal) return result(low);
  let best = simulate(b, cum, due, 1, answered);
  // Even answering all work due in time falls short (closed windows): that is the best there is.
  if (best.onTime < goal) return result(best);
  let lo = 0, hi = 1;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    const r = simulate(b, cum, due, mid, answered);
    if (r.onTime >= goal) { hi = mid; best = r; } else lo = mid;
  }
  return result(best);
}

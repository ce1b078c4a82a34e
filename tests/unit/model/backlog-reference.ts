// The backlog staffing as first written (src/model/backlog.ts before its buffers were reused and
// its due cohorts kept): the plain computation the fast one is tested against.
import { HOURS_PER_WEEK } from '../../../src/model/units';
import type { BacklogInputs, BacklogResult } from '../../../src/model/backlog';
const H = HOURS_PER_WEEK;
/** Weeks simulated: two to settle the carried backlog, the measured week, and one for its deadlines. */
const WEEKS = 4;
const MEASURED = 2;

/** What one simulation needs, laid out once per staffing (no allocation per simulation). */
interface Plan {
  /** Cumulative work arrived before interval t of the simulated weeks (t = 0 .. WEEKS x 168). */
  arrived: Float64Array;
  work: Float64Array;
  open: Uint8Array;
  spare: Float64Array;
  due: Int32Array;
  span: number;
  occ: number;
  seats: number | null;
  /** Cumulative work answered by the end of interval t. */
  answered: Float64Array;
}

/**
 * The weeks simulated with requirement share `q` (or `seats` agents in every open
 * interval); the measured week's agents and spare capacity used are written to `agents`
 * and `spareUsed`. Returns the measured week's work answered on time.
 */
function simulate(p: Plan, q: number, agents: Float64Array, spareUsed: Float64Array): number {
  const { arrived, work, open, spare, due, occ, seats, answered } = p;
  let done = 0;
  // The last week is needed only up to the measured week's last deadline.
  const end = (MEASURED + 1) * H + p.span - 1;
  for (let week = 0, t = 0; week < WEEKS && t < end; week++) {
    const measured = week === MEASURED;
    for (let k = 0; k < H && t < end; k++, t++) {
      const available = arrived[t + 1]!;
      let capacity = 0;
      if (open[k]) {
        const s = spare[k]!;
        let n = 0;
        if (seats !== null) {
          n = seats;
        } else {
          // The latest cohort whose last chance to be answered in time is this interval: FIFO
          // answers all older work first, then the share q of it.
          const d = due[k]!;
          const h = t - d;
          if (d >= 0 && h >= 0) {
            const required = arrived[h]! + q * work[h % H]!;
            const need = (required < available ? required : available) - done - s;
            n = need > 1e-12 ? Math.ceil(need / occ - 1e-9) : 0;
          }
        }
        capacity = n * occ + s;
        if (measured) {
          agents[k] = n;
          const left = available - done;
          spareUsed[k] = left <= 0 ? 0 : s < left ? s : left;
        }
      } else if (measured) {
        agents[k] = 0;
        spareUsed[k] = 0;
      }
      done = done + capacity < available ? done + capacity : available;
      answered[t] = done;
    }
  }
  // On time: of each cohort of the measured week, what FIFO had answered by its deadline.
  let onTime = 0;
  for (let k = 0, t = MEASURED * H; k < H; k++, t++) {
    const w = work[k]!;
    if (w <= 0) continue;
    const late = answered[t + p.span - 1]! - arrived[t]!;
    onTime += late <= 0 ? 0 : late < w ? late : w;
  }
  return onTime;
}

/**
 * For each open interval k, how many intervals ago the latest cohort with work arrived
 * whose response window has k as its last open interval (the last chance to answer it in
 * time); -1 when there is none. A cohort arriving at h has the window h to h + D - 1; with
 * c closed intervals after k, the cohorts whose last open interval is k arrived k - D + 1
 * to k - max(0, D - 1 - c).
 */
function dueCohorts(b: BacklogInputs, work: Float64Array): Int32Array {
  const D = b.windowHours;
  const due = new Int32Array(H).fill(-1);
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
  return due;
}

/** Bisection steps on the requirement share: 2^-12 of the share, finer than a whole agent moves in practice. */
const STEPS = 12;

/** The least agents per open interval meeting the response-time target (see the module comment). */
export function referenceStaffBacklog(b: BacklogInputs): BacklogResult {
  const work = new Float64Array(H);
  let total = 0;
  const scale = b.scale ?? 1;
  for (let h = 0; h < H; h++) total += work[h] = Math.max(0, (b.work[h] ?? 0) * scale);
  if (!(total > 0)) return { agents: new Float64Array(H), onTimeShare: 1, workHours: 0, spareUsed: new Float64Array(H) };
  const arrived = new Float64Array(WEEKS * H + 1);
  for (let t = 0, week = 0, sum = 0; t <= WEEKS * H; t++) {
    arrived[t] = week * total + sum;
    const k = t % H;
    if (t < WEEKS * H) {
      if (k === H - 1) {
        week++;
        sum = 0;
      } else sum += work[k]!;
    }
  }
  const open = new Uint8Array(H);
  const spare = new Float64Array(H);
  for (let h = 0; h < H; h++) {
    open[h] = b.open[h] ? 1 : 0;
    spare[h] = b.spare ? Math.max(0, b.spare[h] ?? 0) : 0;
  }
  const plan: Plan = {
    arrived,
    work,
    open,
    spare,
    due: dueCohorts(b, work),
    span: b.windowHours,
    occ: b.maxOccupancy,
    seats: b.seats ?? null,
    answered: new Float64Array(WEEKS * H),
  };
  let agents = new Float64Array(H),
    spareUsed = new Float64Array(H);
  let bestAgents = new Float64Array(H),
    bestSpare = new Float64Array(H);
  const result = (onTime: number): BacklogResult => ({ agents: bestAgents, onTimeShare: Math.min(1, onTime / total), workHours: total, spareUsed: bestSpare });
  // Keeps the last simulation as the best one.
  const keep = (): void => {
    [agents, bestAgents] = [bestAgents, agents];
    [spareUsed, bestSpare] = [bestSpare, spareUsed];
  };
  if (plan.seats !== null) {
    const onTime = simulate(plan, 1, agents, spareUsed);
    keep();
    return result(onTime);
  }
  const goal = b.targetShare * total * (1 - 1e-12);
  let best = simulate(plan, 0, agents, spareUsed);
  keep();
  if (best >= goal) return result(best);
  best = simulate(plan, 1, agents, spareUsed);
  keep();
  // Even answering all work due in time falls short (closed windows): that is the best there is.
  if (best < goal) return result(best);
  let lo = 0,
    hi = 1;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    const onTime = simulate(plan, mid, agents, spareUsed);
    if (onTime >= goal) {
      hi = mid;
      best = onTime;
      keep();
    } else lo = mid;
  }
  return result(best);
}

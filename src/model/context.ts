/**
 * A calculation context (docs/METHOD.md, "Staffing"): the staffing solver, the staffing
 * results and blended pools already computed, and the arrival weights, shared by the runs
 * of one calculation and carried over to the next.
 */
import { type PoolOutcome } from './pool';
import { arrivalWeights, backlogWeights, isOpenHour } from './profile';
import type { Scenario } from './schema';
import { queueSolver, type IntervalSolver } from './staffing';
import { StaffingStore } from './staffing-store';
import { HOURS_PER_WEEK } from './units';

/**
 * A calculation context: a month's staffing is memoised by its workload (and the staffing
 * inputs), so the runs of one calculation (both methods and the gap steps) staff each
 * distinct month once, and a context started from another keeps its staffing and weights.
 */
export interface Context {
  solve: IntervalSolver;
  /** Staffing results, shared with the contexts started from this one. */
  staffed: StaffingStore;
  /** Blended pools' staffing by the channels' inputs and workloads, shared the same way. */
  pools: Map<string, PoolOutcome>;
  /**
   * Arrival weights, with what they were computed from (the profile and the opening hours):
   * one entry per profile in use (the channels of a scenario may each have their own).
   */
  weights: WeightsEntry[];
}

/** Arrival weights and what they were computed from. */
interface WeightsEntry {
  profile: Scenario['arrivalProfile'];
  from: number;
  to: number;
  days: readonly number[];
  weights: number[];
  /** Asynchronous work: arrivals in every hour, closed ones included, and the open hours (made on first use). */
  backlog?: { weights: number[]; open: number[] };
}

/** Profiles a context keeps weights for: the channels of one scenario (at most 6) and a few more. */
const WEIGHT_SETS = 16;

/**
 * A calculation context. `from` carries an earlier context's staffing results, arrival
 * weights (checked against the scenario before use) and solver (whose first guesses for
 * the next search change how fast an answer is found, never which) over. A new context
 * made `costOnly` staffs months for their costs alone (see `IntervalSolver`), and the sum of
 * a scenario's channels has no category funnels: the Monte Carlo's draws read staffed FTE
 * and money, never service level, speed of answer or a category. Without `occupancy` its
 * months leave occupancy 0 too (only a blended pool reads it, to share its FTE).
 */
export function newContext(from: Context | null = null, costOnly = false, occupancy = true): Context {
  return {
    solve: from?.solve ?? queueSolver(costOnly, occupancy),
    staffed: from?.staffed ?? new StaffingStore(),
    pools: from?.pools ?? new Map(),
    weights: from?.weights ?? [],
  };
}

/** Whether two number arrays (or two nulls) hold the same numbers; the same array at once. */
function sameNumbers(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

export function weightsOf(ctx: Context, s: Scenario): number[] {
  return entryOf(ctx, s).weights;
}

/** Weights and open hours of asynchronous work (docs/METHOD.md, "Asynchronous channels"), kept with the scenario's weights. */
export function backlogWeightsOf(ctx: Context, s: Scenario): { weights: number[]; open: number[] } {
  const e = entryOf(ctx, s);
  return (e.backlog ??= {
    weights: backlogWeights(s.arrivalProfile, s.human),
    open: Array.from({ length: HOURS_PER_WEEK }, (_, h) => (isOpenHour(s.human, h) ? 1 : 0)),
  });
}

function entryOf(ctx: Context, s: Scenario): WeightsEntry {
  const h = s.human;
  // Compared by what the weights depend on, by value: an edit validated by the schema comes
  // back with new arrays of the same numbers, and the weights (whose identity keys the
  // staffing store) must then stay the same array.
  for (const w of ctx.weights) {
    if (sameNumbers(w.profile, s.arrivalProfile) && w.from === h.openFromHour && w.to === h.openToHour && sameNumbers(w.days, h.openDays)) return w;
  }
  const made: WeightsEntry = {
    profile: s.arrivalProfile,
    from: h.openFromHour,
    to: h.openToHour,
    days: h.openDays,
    weights: arrivalWeights(s.arrivalProfile, h),
  };
  // The most recent first; the oldest makes room.
  ctx.weights.unshift(made);
  if (ctx.weights.length > WEIGHT_SETS) ctx.weights.pop();
  return made;
}

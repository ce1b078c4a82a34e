/**
 * Reverse staffing: start from the agents on seat instead of the contacts. Given a fixed
 * headcount per interval, what service it gives, and how many arrivals it can carry while
 * still meeting the target (which, against the forecast, is the share of contacts the AI
 * has to absorb for that headcount to be enough).
 *
 * Both directions use the same feasibility test as forward staffing (`erlangCAgents`,
 * `erlangAAgents`, with their 1e-12 tolerances), so the two are exact inverses: the
 * largest rate found for N seats is staffed with N agents again.
 */
import { erlangCAgents, erlangCPerformance, type QueueResult } from './erlang';
import { erlangAAgents, erlangAPerformance } from './erlang-a';

/** The queueing model behind a staffing figure: no abandonment (C) or exponential patience (A). */
export type StaffingModel = 'erlang-c' | 'erlang-a';

const RELATIVE_TOLERANCE = 1e-9;

/**
 * Performance of a fixed number of agents for one interval, under either model.
 *
 * @param model `erlang-c` (patience ignored) or `erlang-a`
 * @param seats agents on seat, a whole number >= 0
 * @param callsPerHour arrivals per hour
 * @param handleSeconds mean handle time, seconds
 * @param targetSeconds answer-time target, seconds
 * @param patienceSeconds mean customer patience, seconds (Erlang A only)
 * @returns service level, ASA, occupancy and abandonment as documented on
 *   `erlangCPerformance` and `erlangAPerformance`
 */
export function performanceWithSeats(model: StaffingModel, seats: number, callsPerHour: number, handleSeconds: number, targetSeconds: number, patienceSeconds: number): QueueResult {
  return model === 'erlang-a'
    ? erlangAPerformance(seats, callsPerHour, handleSeconds, patienceSeconds, targetSeconds)
    : erlangCPerformance(seats, callsPerHour, handleSeconds, targetSeconds);
}

/**
 * The fewest agents meeting the target under either model: `erlangCAgents` or
 * `erlangAAgents` (see those for the definitions of service level and occupancy).
 *
 * @param serviceLevel target share answered within `targetSeconds`, 0-1 (exclusive of 1)
 * @param maxOccupancy occupancy cap, 0-1
 */
export function agentsForTarget(model: StaffingModel, callsPerHour: number, handleSeconds: number, targetSeconds: number, serviceLevel: number, maxOccupancy: number, patienceSeconds: number): QueueResult {
  return model === 'erlang-a'
    ? erlangAAgents(callsPerHour, handleSeconds, patienceSeconds, targetSeconds, serviceLevel, maxOccupancy)
    : erlangCAgents(callsPerHour, handleSeconds, targetSeconds, serviceLevel, maxOccupancy);
}

/** Whether `seats` agents meet the target at this rate, exactly as forward staffing judges it. */
function meetsTarget(model: StaffingModel, seats: number, callsPerHour: number, handleSeconds: number, targetSeconds: number, serviceLevel: number, maxOccupancy: number, patienceSeconds: number): boolean {
  const r = performanceWithSeats(model, seats, callsPerHour, handleSeconds, targetSeconds, patienceSeconds);
  // Erlang C staffing only counts a stable queue (N > A), even when the target is 0.
  if (model === 'erlang-c' && seats <= r.trafficErlangs) return false;
  return r.occupancy <= maxOccupancy + 1e-12 && r.serviceLevel >= serviceLevel - 1e-12;
}

/**
 * The largest arrival rate (contacts per hour) that `seats` agents carry while meeting
 * the service-level target and the occupancy cap, found by bracketing and bisection to
 * 1e-9 relative; the returned rate itself meets the target. Service level falls and
 * occupancy rises with the rate in both models, so the feasible rates are an interval
 * from 0.
 *
 * Returns 0 with no seats, and Infinity when nothing bounds the rate (Erlang A with a
 * 0 service-level target and no occupancy cap, or no handle time).
 *
 * @param model `erlang-c` or `erlang-a`
 * @param seats agents on seat, a whole number >= 0
 * @param handleSeconds mean handle time, seconds
 * @param targetSeconds answer-time target, seconds
 * @param serviceLevel target share answered within it, 0-1 (exclusive of 1)
 * @param maxOccupancy occupancy cap, 0-1
 * @param patienceSeconds mean customer patience, seconds (Erlang A only)
 */
export function maxCallsPerHourForTarget(model: StaffingModel, seats: number, handleSeconds: number, targetSeconds: number, serviceLevel: number, maxOccupancy: number, patienceSeconds: number): number {
  const n = Math.floor(seats);
  if (n <= 0) return 0;
  if (!(handleSeconds > 0)) return Infinity;
  // Under Erlang A, occupancy tends to 1 and service level to 0 as the rate grows, so only
  // a cap of 1 together with a target of 0 leaves the rate unbounded.
  if (model === 'erlang-a' && serviceLevel <= 1e-12 && maxOccupancy >= 1 - 1e-12) return Infinity;
  const meets = (calls: number): boolean => meetsTarget(model, n, calls, handleSeconds, targetSeconds, serviceLevel, maxOccupancy, patienceSeconds);
  // Start the bracket at the rate that loads the agents fully (A = N).
  let lo = 0;
  let hi = (n * 3600) / handleSeconds;
  while (meets(hi)) {
    lo = hi;
    hi *= 2;
    if (hi === Infinity) return Infinity;
  }
  while (hi - lo > RELATIVE_TOLERANCE * hi) {
    const mid = (lo + hi) / 2;
    if (meets(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

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
import { ModelLimitError } from './limits';
import { erlangAAgents, erlangAPerformance } from './erlang-a';
import { arrivalWeights, openHoursPerWeek } from './profile';
import { channelParts } from './channels';
import type { Scenario } from './schema';
import { defaultTargetSeconds, fraction, WEEKS_PER_MONTH } from './units';

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
export function performanceWithSeats(
  model: StaffingModel,
  seats: number,
  callsPerHour: number,
  handleSeconds: number,
  targetSeconds: number,
  patienceSeconds: number,
): QueueResult {
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
export function agentsForTarget(
  model: StaffingModel,
  callsPerHour: number,
  handleSeconds: number,
  targetSeconds: number,
  serviceLevel: number,
  maxOccupancy: number,
  patienceSeconds: number,
): QueueResult {
  return model === 'erlang-a'
    ? erlangAAgents(callsPerHour, handleSeconds, patienceSeconds, targetSeconds, serviceLevel, maxOccupancy)
    : erlangCAgents(callsPerHour, handleSeconds, targetSeconds, serviceLevel, maxOccupancy);
}

/** Whether `seats` agents meet the target at this rate, exactly as forward staffing judges it. */
function meetsTarget(
  model: StaffingModel,
  seats: number,
  callsPerHour: number,
  handleSeconds: number,
  targetSeconds: number,
  serviceLevel: number,
  maxOccupancy: number,
  patienceSeconds: number,
): boolean {
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
export function maxCallsPerHourForTarget(
  model: StaffingModel,
  seats: number,
  handleSeconds: number,
  targetSeconds: number,
  serviceLevel: number,
  maxOccupancy: number,
  patienceSeconds: number,
): number {
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
  // Each halving gains a bit: 1,100 of them cross every double there is (docs/METHOD.md, "Limits of the model").
  for (let steps = 0; hi - lo > RELATIVE_TOLERANCE * hi; steps++) {
    if (steps > 1_100) throw new ModelLimitError('The reverse-staffing search did not settle; the scenario lies outside what the model can staff.');
    const mid = (lo + hi) / 2;
    if (meets(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The one queue fixed seats face: the scenario's own, or that of its one channel (its kind,
 * targets and opening hours; docs/METHOD.md, "Channels": seats are refused with more).
 */
export function queueScenario(s: Scenario): Scenario {
  return s.channels?.length === 1 ? channelParts(s)[0]!.scenario : s;
}

/** What a fixed headcount carries in a scenario's month (see {@link headcountCapacity}). */
export interface HeadcountCapacity {
  seats: number;
  /** Arrivals per hour the seats carry in one interval while meeting the target (Infinity when unbounded). */
  maxCallsPerHour: number;
  /** Most human contacts a month the seats carry while meeting the target in every open interval. */
  maxHumanContactsPerMonth: number;
  /** Contacts in the month (all channels of entry, before the AI). */
  contactsPerMonth: number;
  /** Human contacts in the month as the scenario stands. */
  humanContactsPerMonth: number;
  /** Share of the month's contacts that must not reach a human for the seats to suffice, 0-1. */
  automationNeeded: number;
  /** Share of the month's contacts kept from humans as the scenario stands, 0-1. */
  automationNow: number;
}

/** The month's figures {@link headcountCapacity} reads: contacts, human contacts and their agent hours. */
export interface CapacityMonth {
  contacts: number;
  humanContacts: number;
  /** Agent hours of the human contacts (handle time plus handoff overhead). */
  humanHours: number;
  /** Agent hours if every contact were human (used when no contact reaches a human). */
  baselineHours: number;
}

/**
 * Reverse staffing for a whole scenario: how many human contacts a month `seats` agents
 * on seat in every open hour carry while meeting the service-level target and the
 * occupancy cap in every interval, and so the share of contacts the AI has to absorb.
 *
 * The handle time is that of the month's human contacts (they change with the mix the
 * AI leaves); chat divides it by concurrency as forward staffing does. The interval with
 * the largest arrival weight binds: its arrivals reach `maxCallsPerHourForTarget` first.
 * Email has no real-time queue: the seats carry their on-seat time x the occupancy cap.
 * The inverse of forward staffing: staffing the returned human volume to the target
 * needs exactly `seats` agents in the busiest interval.
 */
export function headcountCapacity(scenario: Scenario, seats: number, month: CapacityMonth): HeadcountCapacity {
  const s = queueScenario(scenario);
  const h = s.human;
  const hours = month.humanContacts > 0 ? month.humanHours / month.humanContacts : month.contacts > 0 ? month.baselineHours / month.contacts : 0;
  const ahtSeconds = hours * 3600;
  const weights = arrivalWeights(s.arrivalProfile, h);
  const peakWeight = Math.max(...weights);
  const cap = fraction(h.maxOccupancyPct);
  let maxCallsPerHour: number;
  let maxHuman: number;
  if (!(ahtSeconds > 0) || peakWeight <= 0) {
    maxCallsPerHour = Infinity;
    maxHuman = Infinity;
  } else if (s.channel === 'email') {
    maxCallsPerHour = (seats * cap * 3600) / ahtSeconds;
    maxHuman = maxCallsPerHour * openHoursPerWeek(h) * WEEKS_PER_MONTH;
  } else {
    const handleSeconds = s.channel === 'chat' ? ahtSeconds / h.concurrency : ahtSeconds;
    const target = h.serviceLevelSeconds ?? defaultTargetSeconds(s.channel);
    maxCallsPerHour = maxCallsPerHourForTarget(h.staffingModel, seats, handleSeconds, target, fraction(h.serviceLevelPct), cap, h.patienceMinutes * 60);
    maxHuman = (maxCallsPerHour * WEEKS_PER_MONTH) / peakWeight;
  }
  const share = (human: number): number => (month.contacts > 0 ? Math.min(1, Math.max(0, 1 - human / month.contacts)) : 0);
  return {
    seats,
    maxCallsPerHour,
    maxHumanContactsPerMonth: maxHuman,
    contactsPerMonth: month.contacts,
    humanContactsPerMonth: month.humanContacts,
    automationNeeded: share(maxHuman),
    automationNow: share(month.humanContacts),
  };
}

/**
 * The most agents on seat in every open hour that a monthly budget pays for: a seat costs
 * open hours x weeks per month / (1 - shrinkage) paid hours at the loaded hourly cost.
 * Null where the scenario prices human work per contact (no hourly cost to divide by)
 * or the hourly cost is 0.
 */
export function seatsForBudget(scenario: Scenario, budgetPerMonth: number): number | null {
  const s = queueScenario(scenario);
  const h = s.human;
  if (h.costBasis === 'contact') return null;
  const hourly = h.costBasis === 'fte-year' ? h.costPerFteYear / (h.paidHoursPerMonth * 12) : h.costPerHour;
  const paidHoursPerSeat = (openHoursPerWeek(h) * WEEKS_PER_MONTH) / (1 - fraction(h.shrinkagePct));
  const perSeat = hourly * paidHoursPerSeat;
  if (!(perSeat > 0) || !(budgetPerMonth >= 0)) return null;
  return Math.floor(budgetPerMonth / perSeat + 1e-9);
}

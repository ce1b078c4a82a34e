/**
 * Staffing results kept from one calculation to the next. A month's staffing depends only
 * on its workload and the staffing inputs, not on prices, so after an edit of a cost or a
 * price no month is staffed again (an error rate, say, moves the workload through the
 * recontacts, and does restaff); the Monte Carlo's draws share one
 * store per batch the same way. Bounded: past `limit` results (a calculation stores a few
 * hundred, the Monte Carlo one per month and draw) it starts again empty.
 */
import type { StaffingInputs, StaffingResult } from './staffing';

/** The inputs a month's staffing shares with every other month of the calculation. */
export type StaffingBase = Omit<StaffingInputs, 'humanContacts' | 'agentMinutes' | 'seats'>;

/** Results by contacts, then agent minutes, then seats (numbers as keys: no strings per month). */
type Tree = Map<number, Map<number, Map<number | null, StaffingResult>>>;

// Arrays of arrival weights are compared by identity: the calculation keeps one array for as
// long as the profile and the opening hours are unchanged (projection.ts, weightsOf).
const weightIds = new WeakMap<readonly number[], number>();
let nextWeightId = 1;

/** A number naming an array of weights or an open-hours mask, by identity. */
function arrayId(a: readonly number[]): number {
  let id = weightIds.get(a);
  if (id === undefined) weightIds.set(a, (id = nextWeightId++));
  return id;
}

/**
 * A string naming every input of `base`: equal keys, equal staffing for equal workloads.
 * Numbers print in their shortest round-trip form, so distinct numbers give distinct keys.
 */
export function staffingBaseKey(base: StaffingBase): string {
  const id = arrayId(base.weights);
  const key = [
    base.channel,
    base.model,
    base.serviceLevel,
    base.targetSeconds,
    base.maxOccupancy,
    base.concurrency,
    base.shrinkage,
    base.paidHoursPerMonth,
    base.patienceSeconds,
    base.openHoursPerWeek,
    id,
  ].join('|');
  const b = base.backlog;
  if (!b) return key;
  return `${key}|backlog|${b.targetSeconds}|${b.targetShare}|${b.concurrency}|${arrayId(b.open)}`;
}

export class StaffingStore {
  private readonly trees = new Map<string, Tree>();
  private entries = 0;

  constructor(private readonly limit = 10_000) {}

  /** How many results the store holds. */
  get size(): number {
    return this.entries;
  }

  /**
   * The staffing of a month with `humanContacts`, `agentMinutes` and `seats` whose other
   * inputs have the key `baseKey`, computed by `compute` once.
   */
  get(
    baseKey: string,
    humanContacts: number,
    agentMinutes: number,
    seats: number | null,
    compute: (humanContacts: number, agentMinutes: number, seats: number | null) => StaffingResult,
  ): StaffingResult {
    if (this.entries >= this.limit) {
      this.trees.clear();
      this.entries = 0;
    }
    let tree = this.trees.get(baseKey);
    if (!tree) this.trees.set(baseKey, (tree = new Map()));
    let byMinutes = tree.get(humanContacts);
    if (!byMinutes) tree.set(humanContacts, (byMinutes = new Map()));
    let bySeats = byMinutes.get(agentMinutes);
    if (!bySeats) byMinutes.set(agentMinutes, (bySeats = new Map()));
    let r = bySeats.get(seats);
    if (!r) {
      bySeats.set(seats, (r = compute(humanContacts, agentMinutes, seats)));
      this.entries++;
    }
    return r;
  }
}

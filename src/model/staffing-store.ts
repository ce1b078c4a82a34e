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

// The bits of a number, for hashing (one view shared by every table).
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** A hash of a number that equal numbers share (0 and -0 alike, every NaN alike), as a Map compares keys. */
function hashOf(x: number): number {
  bits[0] = x === 0 || x !== x ? (x === 0 ? 0 : NaN) : x;
  return Math.imul(words[0]! ^ Math.imul(words[1]!, 0x9e3779b1), 0x85ebca6b) ^ words[1]!;
}

/** Equal as Map keys are (SameValueZero). */
function same(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/**
 * Results of one staffing base by contacts, agent minutes and seats: open addressing over
 * typed arrays (no object or string made for a key, no Map per month), found as a Map of
 * the three keys would find them.
 */
class Table {
  contacts = new Float64Array(64);
  minutes = new Float64Array(64);
  seats = new Float64Array(64);
  /** 0: empty; 1: seats null; 2: seats a number. */
  kind = new Uint8Array(64);
  /** The store's generation when each result was last made or found. */
  used = new Int32Array(64);
  results: (StaffingResult | undefined)[] = new Array<StaffingResult | undefined>(64);
  size = 0;

  /** The slot holding the key, or the empty slot where it would go. */
  slot(contacts: number, minutes: number, seats: number | null): number {
    const mask = this.kind.length - 1;
    const k = seats === null ? 1 : 2;
    let i = (hashOf(contacts) ^ Math.imul(hashOf(minutes), 0x27d4eb2d) ^ (seats === null ? 0 : Math.imul(hashOf(seats), 0x165667b1))) & mask;
    for (;;) {
      const at = this.kind[i]!;
      if (at === 0) return i;
      if (at === k && same(this.contacts[i]!, contacts) && same(this.minutes[i]!, minutes) && (k === 1 || same(this.seats[i]!, seats!))) return i;
      i = (i + 1) & mask;
    }
  }

  put(i: number, contacts: number, minutes: number, seats: number | null, r: StaffingResult, generation: number): void {
    this.used[i] = generation;
    this.contacts[i] = contacts;
    this.minutes[i] = minutes;
    this.seats[i] = seats ?? 0;
    this.kind[i] = seats === null ? 1 : 2;
    this.results[i] = r;
    // Kept at most half full: a probe ends soon at an empty slot.
    if (++this.size * 2 > this.kind.length) this.grow();
  }

  /** Empties the table, keeping its room. */
  clear(): void {
    this.kind.fill(0);
    this.results.fill(undefined);
    this.size = 0;
  }

  private grow(): void {
    const { contacts, minutes, seats, kind, results, used } = this;
    const n = 2 * kind.length;
    this.used = new Int32Array(n);
    this.contacts = new Float64Array(n);
    this.minutes = new Float64Array(n);
    this.seats = new Float64Array(n);
    this.kind = new Uint8Array(n);
    this.results = new Array<StaffingResult | undefined>(n);
    for (let i = 0; i < kind.length; i++) {
      if (kind[i] === 0) continue;
      const s = kind[i] === 1 ? null : seats[i]!;
      const j = this.slot(contacts[i]!, minutes[i]!, s);
      this.contacts[j] = contacts[i]!;
      this.minutes[j] = minutes[i]!;
      this.seats[j] = seats[i]!;
      this.kind[j] = kind[i]!;
      this.used[j] = used[i]!;
      this.results[j] = results[i];
    }
  }
}

/** Staffs two months of one base at once (`StaffingStore.getTwo`), each as `get`'s `compute` would. */
export type StaffTwo = (
  contactsA: number,
  minutesA: number,
  seatsA: number | null,
  contactsB: number,
  minutesB: number,
  seatsB: number | null,
) => [StaffingResult, StaffingResult];

export class StaffingStore {
  private readonly tables = new Map<string, Table>();
  private entries = 0;
  // The table of the key asked last: the months of one channel come one after another.
  private lastKey = '';
  private last: Table | null = null;

  constructor(private readonly limit = 10_000) {}

  /** The generation results are made and found in now (the Monte Carlo: the draw). */
  private generation = 0;

  /**
   * Starts the next generation, keeping only the results made or found in the one that
   * ends: the draws of a Monte Carlo that change every workload find none of an earlier
   * draw's results, which are then garbage as soon as the next draw starts rather than kept
   * up to the limit; a result every draw finds (a channel whose workload no range moves)
   * stays. Returns whether any result was dropped.
   */
  nextGeneration(): boolean {
    const g = this.generation++;
    let stale = false;
    for (const t of this.tables.values()) {
      for (let i = 0; i < t.kind.length && !stale; i++) if (t.kind[i] !== 0 && t.used[i]! < g) stale = true;
      if (stale) break;
    }
    if (!stale) return false;
    // Each table emptied in place (its room kept for the next draw's results) and the kept results put back.
    this.entries = 0;
    this.last = null;
    for (const [key, t] of [...this.tables]) {
      const keep: number[] = [];
      for (let i = 0; i < t.kind.length; i++) if (t.kind[i] !== 0 && t.used[i]! >= g) keep.push(i);
      if (keep.length === 0) {
        this.tables.delete(key);
        continue;
      }
      const contacts = keep.map((i) => t.contacts[i]!);
      const minutes = keep.map((i) => t.minutes[i]!);
      const seats = keep.map((i) => (t.kind[i] === 1 ? null : t.seats[i]!));
      const results = keep.map((i) => t.results[i]!);
      t.clear();
      for (let j = 0; j < keep.length; j++) {
        t.put(t.slot(contacts[j]!, minutes[j]!, seats[j]!), contacts[j]!, minutes[j]!, seats[j]!, results[j]!, g);
        this.entries++;
      }
    }
    return true;
  }

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
      this.tables.clear();
      this.entries = 0;
      this.last = null;
    }
    let table = this.last !== null && this.lastKey === baseKey ? this.last : this.tables.get(baseKey);
    if (!table) this.tables.set(baseKey, (table = new Table()));
    this.last = table;
    this.lastKey = baseKey;
    const i = table.slot(humanContacts, agentMinutes, seats);
    if (table.kind[i] !== 0) {
      table.used[i] = this.generation;
      return table.results[i]!;
    }
    // A month's staffing never asks the store (staffing.ts): the slot is still free after it.
    const r = compute(humanContacts, agentMinutes, seats);
    table.put(i, humanContacts, agentMinutes, seats, r, this.generation);
    this.entries++;
    return r;
  }

  /**
   * {@link get} of two months of one base (a month with and without the AI), the first then
   * the second; when neither is kept, both are computed by one call of `computeTwo` (which
   * gives what `compute` would for each).
   */
  getTwo(
    baseKey: string,
    contactsA: number,
    minutesA: number,
    seatsA: number | null,
    contactsB: number,
    minutesB: number,
    seatsB: number | null,
    compute: (humanContacts: number, agentMinutes: number, seats: number | null) => StaffingResult,
    computeTwo: StaffTwo,
  ): [StaffingResult, StaffingResult] {
    const table = this.last !== null && this.lastKey === baseKey ? this.last : this.tables.get(baseKey);
    const sameMonth = same(contactsA, contactsB) && same(minutesA, minutesB) && (seatsA === null ? seatsB === null : seatsB !== null && same(seatsA, seatsB));
    if (
      sameMonth ||
      this.entries + 2 > this.limit ||
      (table && (table.kind[table.slot(contactsA, minutesA, seatsA)] !== 0 || table.kind[table.slot(contactsB, minutesB, seatsB)] !== 0))
    )
      return [this.get(baseKey, contactsA, minutesA, seatsA, compute), this.get(baseKey, contactsB, minutesB, seatsB, compute)];
    const [a, b] = computeTwo(contactsA, minutesA, seatsA, contactsB, minutesB, seatsB);
    // Stored as `get` would store them, one after the other.
    this.get(baseKey, contactsA, minutesA, seatsA, () => a);
    this.get(baseKey, contactsB, minutesB, seatsB, () => b);
    return [a, b];
  }
}

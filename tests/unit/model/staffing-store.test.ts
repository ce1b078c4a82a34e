import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, FULL, HEADLINE, parseScenario, presetScenario, type Scenario } from '../../../src/model';
import { newContext, project } from '../../../src/model/projection';
import { StaffingStore, staffingBaseKey, type StaffingBase } from '../../../src/model/staffing-store';
import type { StaffingResult } from '../../../src/model/staffing';
import { scenarioArb } from './arbitraries';

const weights = Array.from({ length: 168 }, () => 1 / 168);
const base: StaffingBase = {
  channel: 'voice',
  model: 'erlang-c',
  weights,
  serviceLevel: 0.8,
  targetSeconds: 20,
  maxOccupancy: 0.85,
  concurrency: 1,
  shrinkage: 0.3,
  paidHoursPerMonth: 160,
  patienceSeconds: 180,
  openHoursPerWeek: 168,
};
const result = (staffedFte: number): StaffingResult => ({
  staffedFte,
  onSeatHours: 0,
  peakAgents: 0,
  serviceLevel: 1,
  asaSeconds: 0,
  occupancy: 0,
  abandonRate: null,
});

describe('staffingBaseKey', () => {
  it('changes with every input the months share, the weights by identity', () => {
    const key = staffingBaseKey(base);
    const changed: Partial<StaffingBase>[] = [
      { channel: 'chat' },
      { model: 'erlang-a' },
      { weights: [...weights] },
      { serviceLevel: 0.81 },
      { targetSeconds: 21 },
      { maxOccupancy: 0.86 },
      { concurrency: 2 },
      { shrinkage: 0.31 },
      { paidHoursPerMonth: 161 },
      { patienceSeconds: 181 },
      { openHoursPerWeek: 167 },
    ];
    // Every field of the type is covered by one change above.
    expect(new Set(changed.flatMap((c) => Object.keys(c)))).toEqual(new Set(Object.keys(base)));
    for (const c of changed) expect(staffingBaseKey({ ...base, ...c }), Object.keys(c)[0]).not.toBe(key);
    expect(staffingBaseKey({ ...base })).toBe(key);
  });

  it('tells apart numbers that differ in the last bit', () => {
    expect(staffingBaseKey({ ...base, serviceLevel: 0.1 + 0.2 })).not.toBe(staffingBaseKey({ ...base, serviceLevel: 0.3 }));
  });
});

describe('StaffingStore', () => {
  it('computes each workload once and keeps seats apart', () => {
    const store = new StaffingStore();
    let calls = 0;
    const compute = (humanContacts: number) => result(++calls + humanContacts);
    const key = staffingBaseKey(base);
    const first = store.get(key, 100, 500, null, compute);
    expect(store.get(key, 100, 500, null, compute)).toBe(first);
    expect(store.get(key, 100, 500, 3, compute)).not.toBe(first);
    expect(store.get(key, 100, 501, null, compute)).not.toBe(first);
    expect(store.get(staffingBaseKey({ ...base, shrinkage: 0.2 }), 100, 500, null, compute)).not.toBe(first);
    expect(calls).toBe(4);
    expect(store.size).toBe(4);
  });

  it('starts again empty past its limit', () => {
    const store = new StaffingStore(3);
    let calls = 0;
    const compute = () => result(++calls);
    const key = staffingBaseKey(base);
    for (const c of [1, 2, 3]) store.get(key, c, 10, null, compute);
    expect(store.size).toBe(3);
    store.get(key, 4, 10, null, compute);
    expect(store.size).toBe(1);
    store.get(key, 1, 10, null, compute);
    expect(calls).toBe(5);
  });
});

describe('StaffingStore against nested Maps', () => {
  // The store as it was kept before: contacts, then minutes, then seats, each a Map (SameValueZero keys).
  class MapStore {
    readonly trees = new Map<string, Map<number, Map<number, Map<number | null, StaffingResult>>>>();
    get(key: string, c: number, m: number, seats: number | null, compute: () => StaffingResult): StaffingResult {
      let t = this.trees.get(key);
      if (!t) this.trees.set(key, (t = new Map()));
      let byM = t.get(c);
      if (!byM) t.set(c, (byM = new Map()));
      let byS = byM.get(m);
      if (!byS) byM.set(m, (byS = new Map()));
      let r = byS.get(seats);
      if (!r) byS.set(seats, (r = compute()));
      return r;
    }
  }
  // Few distinct values, so keys repeat; 0 and -0, NaN, seats null and 0 among them.
  const num = fc.constantFrom(0, -0, NaN, 0.1 + 0.2, 0.3, 5e-324, 1e300, Infinity);
  const request = fc.record({ key: fc.constantFrom('a', 'b'), c: num, m: num, seats: fc.option(num, { nil: null }) });

  it('hands back the result a Map of each key would, and computes exactly when it would', () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 100, maxLength: 400 }), (requests) => {
        const store = new StaffingStore();
        const reference = new MapStore();
        let made = 0;
        for (const q of requests) {
          const mine: StaffingResult[] = [];
          const got = store.get(q.key, q.c, q.m, q.seats, () => {
            const r = result(++made);
            mine.push(r);
            return r;
          });
          const expected = reference.get(q.key, q.c, q.m, q.seats, () => mine[0] ?? result(-1));
          expect(got).toBe(expected);
        }
        expect(store.size).toBe(made);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('hands back, for two months asked together, what two requests one after the other would, computing both at once only when neither is kept', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(request, request, fc.boolean()), { minLength: 50, maxLength: 200 }), fc.integer({ min: 3, max: 400 }), (pairs, limit) => {
        const store = new StaffingStore(limit);
        const reference = new StaffingStore(limit);
        let made = 0;
        for (const [q, r, together] of pairs) {
          const mine: StaffingResult[] = [];
          const one = () => {
            const x = result(++made);
            mine.push(x);
            return x;
          };
          let both = false;
          const got = together
            ? store.getTwo(q.key, q.c, q.m, q.seats, r.c, r.m, r.seats, one, () => {
                both = true;
                return [one(), one()];
              })
            : [store.get(q.key, q.c, q.m, q.seats, one), store.get(q.key, r.c, r.m, r.seats, one)];
          let next = 0;
          const expected = [reference.get(q.key, q.c, q.m, q.seats, () => mine[next++]!), reference.get(q.key, r.c, r.m, r.seats, () => mine[next++]!)];
          expect(got).toEqual(expected);
          expect(got[0]).toBe(expected[0]);
          expect(got[1]).toBe(expected[1]);
          expect(next).toBe(mine.length);
          if (both) expect(mine.length).toBe(2);
        }
        expect(store.size).toBe(reference.size);
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });

  it('keeps thousands of distinct months of one base apart', () => {
    const store = new StaffingStore();
    const key = staffingBaseKey(base);
    const kept = new Map<number, StaffingResult>();
    for (let i = 0; i < 5000; i++)
      kept.set(
        i,
        store.get(key, 1000 + i * 0.37, 60 * i, null, () => result(i)),
      );
    for (let i = 0; i < 5000; i++) expect(store.get(key, 1000 + i * 0.37, 60 * i, null, () => result(-1))).toBe(kept.get(i));
    expect(store.size).toBe(5000);
  });
});

/** Rows as plain data (decimals as their strings) for exact comparison. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe('calculations sharing staffing results', () => {
  it('give exactly the figures of a fresh calculation, whatever was calculated before', () => {
    fc.assert(
      fc.property(scenarioArb, scenarioArb, fc.double({ min: 5, max: 120, noNaN: true }), (earlier, s, costPerHour) => {
        calculate(earlier);
        calculate(s);
        // A cost edit: the staffing comes from the store.
        const edited: Scenario = { ...s, human: { ...s.human, costPerHour, costPerFteYear: costPerHour * 2000 } };
        const shared = calculate(edited);
        expect(plain(shared.full.rows)).toEqual(plain(project(edited, FULL, newContext())));
        expect(plain(shared.headline.rows)).toEqual(plain(project(edited, HEADLINE, newContext())));
      }),
      { numRuns: 60, seed: 20261122 },
    );
  });
});

describe('an edit of a price, as the planner makes it', () => {
  it('staffs no month again, though the schema hands back new arrays', () => {
    const s = { ...presetScenario('ecommerce'), arrivalProfile: Array.from({ length: 168 }, (_, h) => 1 + (h % 24 >= 9 && h % 24 < 18 ? 2 : 0)) };
    const first = newContext();
    project(s, FULL, first);
    const staffed = first.staffed.size;
    expect(staffed).toBeGreaterThan(0);
    const parsed = parseScenario({ ...s, human: { ...s.human, costPerHour: s.human.costPerHour + 1 } });
    if (!parsed.ok) throw new Error('the edited scenario should be valid');
    expect(parsed.value.arrivalProfile).not.toBe(s.arrivalProfile);
    const next = newContext(first);
    expect(plain(project(parsed.value, FULL, next))).toEqual(plain(project(parsed.value, FULL, newContext())));
    expect(next.staffed.size).toBe(staffed);
    // A change of the profile itself is staffed anew.
    const reshaped = parseScenario({ ...s, arrivalProfile: s.arrivalProfile.map((w, h) => (h === 100 ? w + 1 : w)) });
    if (!reshaped.ok) throw new Error('the reshaped scenario should be valid');
    project(reshaped.value, FULL, newContext(next));
    expect(next.staffed.size).toBeGreaterThan(staffed);
  });
});

// The Monte Carlo's fast paths against the plain computation: the backlog stepping over
// closed hours with a kept layout against the backlog as first written, on hostile inputs
// too; the queue solver's kept weeks against a fresh solver; the staffing store's
// generations; blended pools' hourly sums; and draws run in one batch against each draw run
// alone (the store keeping or dropping results between draws).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetScenario, type Scenario } from '../../../src/model';
import { staffBacklog, type BacklogInputs } from '../../../src/model/backlog';
import { queueSolver, type StaffingInputs, type StaffingResult } from '../../../src/model/staffing';
import { StaffingStore } from '../../../src/model/staffing-store';
import { runDrawsFrom } from '../../../src/model/uncertainty';
import { threeChannelScenario } from '../../bench/channel-scenario';
import { referenceStaffBacklog } from './backlog-reference';

const H = 168;
const officeHours = Array.from({ length: H }, (_, h) => (h % 24 >= 8 && h % 24 < 20 && h < 144 ? 1 : 0));
const weekOf = (f: (h: number) => number) => Array.from({ length: H }, (_, h) => f(h));

describe('the backlog stepping over closed hours', () => {
  const work = weekOf((h) => 1 + ((h * 7) % 5));
  const base: BacklogInputs = { work, scale: 0.2, open: officeHours, windowHours: 4, targetShare: 0.9, maxOccupancy: 0.85 };
  const hostile: [string, BacklogInputs][] = [
    ['every hour closed', { ...base, open: weekOf(() => 0) }],
    ['one hour open in the week', { ...base, open: weekOf((h) => (h === 100 ? 1 : 0)) }],
    ['every hour open', { ...base, open: weekOf(() => 1) }],
    ['a window of the whole week', { ...base, windowHours: 168 }],
    ['a window of one hour', { ...base, windowHours: 1 }],
    ['work in one closed hour only', { ...base, work: weekOf((h) => (h === 3 ? 1 : 0)) }],
    ['infinite work', { ...base, scale: Infinity }],
    ['work near the largest number', { ...base, scale: 1e306 }],
    ['work near the smallest number', { ...base, scale: 1e-320 }],
    ['no occupancy', { ...base, maxOccupancy: 0 }],
    ['an occupancy that is not a number', { ...base, maxOccupancy: NaN }],
    ['spare capacity with NaN and infinity', { ...base, spare: weekOf((h) => (h % 3 === 0 ? NaN : h % 3 === 1 ? Infinity : 0.5)) }],
    ['infinite seats', { ...base, seats: Infinity }],
    ['no seats', { ...base, seats: 0 }],
    ['a target of 100 %', { ...base, targetShare: 1 }],
    ['a target of 0', { ...base, targetShare: 0 }],
    ['a target above 100 %', { ...base, targetShare: 1.5 }],
    ['night work no open hour can answer in time (a target out of reach)', { ...base, work: weekOf((h) => (h % 24 < 6 ? 3 : 1)), targetShare: 0.95 }],
    ['a target just within reach', { ...base, work: weekOf((h) => (h % 24 < 6 ? 3 : 1)), targetShare: 0.5 }],
    ['negative and NaN work', { ...base, work: weekOf((h) => (h % 4 === 0 ? -1 : h % 4 === 1 ? NaN : 2)) }],
  ];
  it.each(hostile)('staffs as the backlog first written: %s', (_, b) => {
    expect(staffBacklog(b)).toEqual(referenceStaffBacklog(b));
    // Again at another scale: the kept layout is used.
    const again = { ...b, scale: (b.scale ?? 1) * 3 };
    expect(staffBacklog(again)).toEqual(referenceStaffBacklog(again));
  });

  it('keeps a layout per weights, open hours and response span: one weights array with others alternating (property)', () => {
    const openArb = fc.oneof(fc.constant(officeHours), fc.constant(weekOf(() => 1)), fc.array(fc.constantFrom(0, 1), { minLength: H, maxLength: H }));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 5, noNaN: true })), { minLength: H, maxLength: H }),
        fc.array(
          fc.record({
            open: openArb,
            windowHours: fc.constantFrom(1, 2, 4, 24, 72, 168),
            scale: fc.double({ min: 0.01, max: 5_000, noNaN: true }),
            spare: fc.option(fc.array(fc.double({ min: 0, max: 30, noNaN: true }), { minLength: H, maxLength: H }), { nil: null }),
            targetShare: fc.double({ min: 0.1, max: 1, noNaN: true }),
          }),
          { minLength: 2, maxLength: 8 },
        ),
        (work, steps) => {
          for (const st of steps) {
            const b: BacklogInputs = { work, maxOccupancy: 0.85, ...st };
            expect(staffBacklog(b)).toEqual(referenceStaffBacklog(b));
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('bisects a flat week open every hour as the backlog first written (every hour a cohort falls due: the full bisection)', () => {
    const flat = weekOf(() => 1 / H);
    for (const scale of [50, 120, 300, 777, 1500])
      for (const windowHours of [4, 24])
        for (const targetShare of [0.8, 0.9, 0.95]) {
          const b: BacklogInputs = { work: flat, scale, open: weekOf(() => 1), windowHours, targetShare, maxOccupancy: 0.85 };
          expect(staffBacklog(b), `${scale} ${windowHours} ${targetShare}`).toEqual(referenceStaffBacklog(b));
        }
  });

  it('bisects as the backlog first written, down to work that rounds to no agent (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 5, noNaN: true })), { minLength: H, maxLength: H }),
        // Scales from work of a billionth of an agent-hour (an agent count rounded up to -0) to hundreds of agents.
        fc.oneof(fc.double({ min: 1e-12, max: 1e-6, noNaN: true }), fc.double({ min: 0.01, max: 2_000, noNaN: true })),
        fc.constantFrom(1, 3, 4, 8, 24),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        fc.boolean(),
        (work, scale, windowHours, targetShare, allOpen) => {
          const b: BacklogInputs = { work, scale, open: allOpen ? weekOf(() => 1) : officeHours, windowHours, targetShare, maxOccupancy: 0.85 };
          expect(staffBacklog(b)).toEqual(referenceStaffBacklog(b));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe("the queue solver's kept weeks", () => {
  const weightsA = weekOf((h) => (h % 24 < 6 ? 0 : 1 + (h % 5)));
  const weightsB = weekOf((h) => 1 + ((h * 11) % 7));
  const norm = (w: number[]) => {
    const t = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / t);
  };
  const weights = [norm(weightsA), norm(weightsB)];
  const inputs = (w: number[], model: 'erlang-c' | 'erlang-a', sl: number): StaffingInputs => ({
    channel: 'voice',
    model,
    humanContacts: 1,
    agentMinutes: 1,
    weights: w,
    serviceLevel: sl,
    targetSeconds: 20,
    maxOccupancy: 0.85,
    concurrency: 1,
    shrinkage: 0.3,
    paidHoursPerMonth: 173.9,
    patienceSeconds: 120,
    seats: null,
    openHoursPerWeek: 168,
  });

  it('gives every week a fresh solver gives, weeks asked again and in any order, past the weeks it keeps (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            w: fc.constantFrom(0, 1),
            model: fc.constantFrom('erlang-c' as const, 'erlang-a' as const),
            sl: fc.constantFrom(0.8, 0.9),
            handle: fc.constantFrom(180, 240.5, 300),
            perWeek: fc.oneof(fc.constantFrom(0, 1_000, 2_500, 10_000), fc.double({ min: 1, max: 40_000, noNaN: true })),
          }),
          { minLength: 1, maxLength: 300 },
        ),
        (asks) => {
          const solver = queueSolver(true);
          const got = new Float64Array(H);
          const want = new Float64Array(H);
          // Each ask twice in a row, and the whole list again: kept weeks are found.
          for (const a of [...asks, ...asks]) {
            const s = inputs(weights[a.w]!, a.model, a.sl);
            solver.weekAgents(a.handle, s, a.perWeek, got);
            queueSolver(true).weekAgents(a.handle, s, a.perWeek, want);
            expect(got).toEqual(want);
            solver.weekAgents(a.handle, s, a.perWeek, got);
            expect(got).toEqual(want);
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);
});

describe("the staffing store's generations", () => {
  const result = (n: number): StaffingResult => ({
    staffedFte: n,
    onSeatHours: n,
    peakAgents: n,
    serviceLevel: null,
    asaSeconds: null,
    occupancy: 0,
    abandonRate: null,
  });

  it('keeps what the last generation made or found, and computes the rest again (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.record({
              key: fc.constantFrom('a', 'b', 'c'),
              contacts: fc.integer({ min: 0, max: 12 }),
              seats: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
            }),
            { maxLength: 30 },
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (generations) => {
          const store = new StaffingStore();
          // What the plain rule keeps: the keys made or found in the generation before.
          let last = new Set<string>();
          for (const gen of generations) {
            const dropped = store.nextGeneration();
            const seen = new Set<string>();
            for (const g of gen) {
              const id = `${g.key}|${g.contacts}|${g.seats}`;
              let computed = false;
              const r = store.get(g.key, g.contacts, g.contacts * 5, g.seats, () => {
                computed = true;
                return result(g.contacts);
              });
              expect(r.staffedFte).toBe(g.contacts);
              expect(computed).toBe(!last.has(id) && !seen.has(id));
              seen.add(id);
            }
            expect(typeof dropped).toBe('boolean');
            // What the generation kept from the one before, and what it made.
            expect(store.size).toBe(new Set([...last, ...seen]).size);
            last = seen;
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('says whether it dropped anything', () => {
    const store = new StaffingStore();
    expect(store.nextGeneration()).toBe(false);
    store.get('a', 1, 1, null, () => result(1));
    expect(store.nextGeneration()).toBe(false);
    store.get('a', 1, 1, null, () => result(1));
    expect(store.nextGeneration()).toBe(false);
    expect(store.nextGeneration()).toBe(true);
    expect(store.size).toBe(0);
  });
});

describe('Monte Carlo draws in one batch against each draw alone', () => {
  // Email answered in its own 9 minutes: no range moves its workload, so every draw finds the
  // last draw's email staffing and the store keeps it, while the other channels' are dropped.
  const cases: [string, Scenario][] = [
    ['three channels, dedicated pools', threeChannelScenario(presetScenario('ecommerce'))],
    ['three channels, blended pools', { ...threeChannelScenario(presetScenario('ecommerce')), pooling: 'blended' }],
    [
      "one channel, ranges on prices alone (every draw finds the last one's staffing)",
      {
        ...presetScenario('saas'),
        ranges: { ...presetScenario('saas').ranges, resolutionPct: null, handleMinutes: null, errorRatePct: null, rampSpeed: null },
      },
    ],
  ];
  it.each(cases)(
    'gives the same figures: %s',
    (_, s) => {
      const batch = runDrawsFrom(s, 0, 12, null).batch;
      for (let i = 0; i < 12; i++) {
        const alone = runDrawsFrom(s, i, 1, null).batch;
        expect(alone.annualSavings.cents[0]).toBe(batch.annualSavings.cents[i]);
        expect(alone.staffedFte[0]).toBe(batch.staffedFte[i]);
        expect(Array.from(alone.cumulative.cents)).toEqual(Array.from(batch.cumulative.cents.subarray(i * batch.months, (i + 1) * batch.months)));
      }
    },
    60_000,
  );
});

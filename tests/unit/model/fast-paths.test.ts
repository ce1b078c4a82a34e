// Every fast path of the staffing equals the plain computation, on random inputs: the queue
// solver's known agents and its bisected weeks against a search from scratch per interval,
// cost-only months against full ones, the backlog with reused buffers against the backlog as
// first written, and Monte Carlo draws staffed for their costs against draws staffed in full.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetScenario, type Scenario } from '../../../src/model';
import { staffBacklog, staffBacklogSums, staffBacklogSumsTwo, staffInBuffersTwo, type BacklogInputs } from '../../../src/model/backlog';
import { newContext, projectTotalsWith, projectWith, type MonthRowOf } from '../../../src/model/projection';
import { digitsOf, minorLedger } from '../../../src/model/ledger';
import { FULL, GAP_STEPS, HEADLINE, type Switches } from '../../../src/model/switches';
import { projectChannelsWith } from '../../../src/model/channel-sum';
import { scenarioArb } from './arbitraries';
import { erlangCAgentCount, erlangCAgents } from '../../../src/model/erlang';
import { agentsForTarget } from '../../../src/model/reverse-staffing';
import { liveIntoPool, liveWeek, queueSolver, staffMonth, type StaffingInputs } from '../../../src/model/staffing';
import { runDrawsFrom } from '../../../src/model/uncertainty';
import { WEEKS_PER_MONTH } from '../../../src/model/units';
import { ModelLimitError } from '../../../src/model/limits';
import { threeChannelScenario } from '../../bench/channel-scenario';
import { referenceStaffBacklog } from './backlog-reference';

/** 168 arrival weights adding up to 1: some hours closed (0), some equal, the others free. */
const weightsArb = fc
  .array(fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0.01, max: 6, noNaN: true })), { minLength: 168, maxLength: 168 })
  .map((raw) => {
    const total = raw.reduce((a, b) => a + b, 0);
    return total > 0 ? raw.map((w) => w / total) : raw.map(() => 1 / 168);
  });

const targetArb = fc.record({
  model: fc.constantFrom('erlang-c' as const, 'erlang-a' as const),
  channel: fc.constantFrom('voice' as const, 'chat' as const),
  serviceLevel: fc.double({ min: 0.05, max: 0.98, noNaN: true }),
  targetSeconds: fc.double({ min: 0, max: 300, noNaN: true }),
  maxOccupancy: fc.double({ min: 0.3, max: 1, noNaN: true }),
  concurrency: fc.integer({ min: 1, max: 3 }),
  patienceSeconds: fc.double({ min: 1, max: 900, noNaN: true }),
});

type Target = typeof targetArb extends fc.Arbitrary<infer T> ? T : never;

function inputs(t: Target, weights: number[], contacts: number, handleMinutes: number): StaffingInputs {
  return {
    ...t,
    humanContacts: contacts,
    agentMinutes: contacts * handleMinutes,
    weights,
    shrinkage: 0.3,
    paidHoursPerMonth: 173.9,
    seats: null,
    openHoursPerWeek: 168,
  };
}

/** Months of one channel: volumes that grow, fall and repeat, handle times that repeat or not. */
const monthsArb = fc.array(
  fc.record({
    contacts: fc.oneof(fc.double({ min: 1, max: 400_000, noNaN: true }), fc.constantFrom(50_000, 50_001, 120_000)),
    handle: fc.constantFrom(3, 6, 6.5, 11),
  }),
  { minLength: 1, maxLength: 6 },
);

describe('the Erlang C agents alone', () => {
  it("are the search's agents, from any number of agents known to miss (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 40_000, noNaN: true }),
        fc.double({ min: 5, max: 1200, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0.05, max: 0.98, noNaN: true }),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (calls, handle, target, sl, cap, known) => {
          const agents = erlangCAgents(calls, handle, target, sl, cap).agents;
          expect(erlangCAgentCount(calls, handle, target, sl, cap)).toBe(agents);
          // Any count up to the answer may be known to miss (the answer for fewer arrivals).
          expect(erlangCAgentCount(calls, handle, target, sl, cap, Math.floor(known * agents))).toBe(agents);
          expect(erlangCAgentCount(calls, handle, target, sl, cap, agents)).toBe(agents);
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe('the queue solver against a search from scratch in every interval', () => {
  it('gives each interval exactly the search result, months and targets carried in one solver (property)', () => {
    fc.assert(
      fc.property(weightsArb, fc.array(targetArb, { minLength: 1, maxLength: 2 }), monthsArb, (weights, targets, months) => {
        const solver = queueSolver();
        for (const m of months) {
          for (const t of targets) {
            const s = inputs(t, weights, m.contacts, m.handle);
            const handleSeconds = (m.handle * 60) / (t.channel === 'chat' ? t.concurrency : 1);
            const solve = solver(handleSeconds, s);
            const perWeek = m.contacts / WEEKS_PER_MONTH;
            const week = new Float64Array(168);
            solver.weekAgents(handleSeconds, s, perWeek, week);
            for (let h = 0; h < 168; h++) {
              if (weights[h]! <= 0) continue;
              const calls = perWeek * weights[h]!;
              const plain = agentsForTarget(t.model, calls, handleSeconds, t.targetSeconds, t.serviceLevel, t.maxOccupancy, t.patienceSeconds);
              expect(solve(calls, h)).toEqual(plain);
              expect(week[h]).toBe(plain.agents);
            }
          }
        }
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('keeps finding the search results after many months of one handle time, its known agents thinned to the ends of each run (property)', () => {
    // Volumes walking up and down over 60 months, one handle time: each number of agents is
    // met again and again, so most points found fall inside a run and replace a neighbour.
    // Single intervals (solve) and whole weeks (weekAgents) are asked in turn of one solver.
    const walkArb = fc.array(fc.double({ min: 0.8, max: 1.25, noNaN: true }), { minLength: 60, maxLength: 60 });
    fc.assert(
      fc.property(weightsArb, targetArb, fc.double({ min: 200, max: 300_000, noNaN: true }), walkArb, (weights, t, start, walk) => {
        const solver = queueSolver();
        const handle = 6;
        const handleSeconds = (handle * 60) / (t.channel === 'chat' ? t.concurrency : 1);
        let contacts = start;
        walk.forEach((step, m) => {
          contacts *= step;
          const s = inputs(t, weights, contacts, handle);
          const perWeek = contacts / WEEKS_PER_MONTH;
          const week = new Float64Array(168);
          const solve = m % 3 === 2 ? solver(handleSeconds, s) : null;
          if (!solve) solver.weekAgents(handleSeconds, s, perWeek, week);
          // Every interval of every third month, and a few of the others, against the search from scratch.
          for (let h = 0; h < 168; h += solve ? 1 : 11) {
            if (weights[h]! <= 0) continue;
            const calls = perWeek * weights[h]!;
            const plain = agentsForTarget(t.model, calls, handleSeconds, t.targetSeconds, t.serviceLevel, t.maxOccupancy, t.patienceSeconds);
            if (solve) expect(solve(calls, h).agents).toBe(plain.agents);
            else expect(week[h]).toBe(plain.agents);
          }
        });
      }),
      { numRuns: 10, seed: 20261204 },
    );
  }, 120_000);

  it('staffs a month for its costs with the FTE, hours, peak and Erlang C occupancy of the full month (property)', () => {
    fc.assert(
      fc.property(weightsArb, targetArb, monthsArb, (weights, t, months) => {
        const costOnly = queueSolver(true);
        for (const m of months) {
          const s = inputs(t, weights, m.contacts, m.handle);
          const full = staffMonth(s, queueSolver());
          const cost = staffMonth(s, costOnly);
          expect([cost.staffedFte, cost.onSeatHours, cost.peakAgents]).toEqual([full.staffedFte, full.onSeatHours, full.peakAgents]);
          if (t.model === 'erlang-c') expect(cost.occupancy).toBe(full.occupancy);
          expect([cost.serviceLevel, cost.asaSeconds, cost.abandonRate]).toEqual([null, null, null]);
        }
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('adds a live week to a blended pool as its week would, with the month staffed alone, from one search (property)', () => {
    fc.assert(
      fc.property(weightsArb, targetArb, monthsArb, fc.double({ min: 0, max: 5, noNaN: true }), (weights, t, months, before) => {
        const costOnly = queueSolver(true, true);
        for (const m of months) {
          const s = inputs(t, weights, m.contacts, m.handle);
          // A pool already holding another channel's week.
          const agents = new Float64Array(168).fill(Math.round(before));
          const spare = new Float64Array(168).fill(before / 3);
          const alone = liveIntoPool(s, costOnly, agents, spare);
          const plain = staffMonth(s, queueSolver(true, true));
          const w = liveWeek(s, queueSolver());
          const wantAgents = Array.from({ length: 168 }, (_, h) => Math.round(before) + w.agents[h]!);
          const wantSpare = Array.from({ length: 168 }, (_, h) => before / 3 + Math.max(0, w.agents[h]! * s.maxOccupancy - w.work[h]!));
          expect(alone).toEqual(plain);
          expect(Array.from(agents)).toEqual(wantAgents);
          expect(Array.from(spare)).toEqual(wantSpare);
        }
        // Outside a cost-only context with occupancy: nothing added, the caller staffs the week itself.
        const s = inputs(t, weights, months[0]!.contacts, months[0]!.handle);
        const untouched = new Float64Array(168);
        expect(liveIntoPool(s, queueSolver(), untouched, untouched)).toBeNull();
        expect(liveIntoPool(s, queueSolver(true, false), untouched, untouched)).toBeNull();
        expect(Array.from(untouched).every((x) => x === 0)).toBe(true);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('staffs a month for its FTE alone (no occupancy) with the FTE, hours and peak of the full month, its week in sums (property)', () => {
    fc.assert(
      fc.property(weightsArb, targetArb, monthsArb, (weights, t, months) => {
        const fteOnly = queueSolver(true, false);
        for (const m of months) {
          const s = inputs(t, weights, m.contacts, m.handle);
          const full = staffMonth(s, queueSolver());
          const cost = staffMonth(s, fteOnly);
          expect([cost.staffedFte, cost.onSeatHours, cost.peakAgents, cost.occupancy]).toEqual([full.staffedFte, full.onSeatHours, full.peakAgents, 0]);
        }
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('sums a week as its agents add up (one hour open, equal weights), and fails as they do on weights no order can sort', () => {
    const t: Target = { model: 'erlang-c', channel: 'voice', serviceLevel: 0.8, targetSeconds: 20, maxOccupancy: 0.85, concurrency: 1, patienceSeconds: 300 };
    const weeks = [Array.from({ length: 168 }, (_, h) => (h === 100 ? 1 : 0)), Array.from({ length: 168 }, () => 1 / 168)];
    const unsorted = inputs(
      t,
      Array.from({ length: 168 }, (_, h) => (h === 3 ? NaN : 1 / 167)),
      80_000,
      6,
    );
    expect(() => queueSolver(true).weekAgents(360, unsorted, 80_000 / WEEKS_PER_MONTH, new Float64Array(168))).toThrow(ModelLimitError);
    expect(() => queueSolver(true, false).weekSeats(360, unsorted, 80_000 / WEEKS_PER_MONTH, new Float64Array(2))).toThrow(ModelLimitError);
    for (const weights of weeks) {
      const s = inputs(t, weights, 80_000, 6);
      const week = new Float64Array(168);
      queueSolver(true).weekAgents(360, s, 80_000 / WEEKS_PER_MONTH, week);
      const sums = new Float64Array(2);
      queueSolver(true, false).weekSeats(360, s, 80_000 / WEEKS_PER_MONTH, sums);
      expect([...sums]).toEqual([week.reduce((a, b) => a + b, 0), Math.max(...week)]);
      expect(sums[0]).toBeGreaterThan(0);
    }
  }, 60_000);

  it('staffs an Erlang C month with the figures of a search from scratch in every interval, summed in order (property)', () => {
    // The month as first written: each interval's full search result, its figures weighted by arrivals.
    const plainMonth = (s: StaffingInputs, handleSeconds: number) => {
      const perWeek = s.humanContacts / WEEKS_PER_MONTH;
      let seat = 0,
        peak = 0,
        arrivals = 0,
        sl = 0,
        asa = 0,
        work = 0;
      for (let h = 0; h < 168; h++) {
        const w = s.weights[h]!;
        if (w <= 0) continue;
        const calls = perWeek * w;
        const r = erlangCAgents(calls, handleSeconds, s.targetSeconds, s.serviceLevel, s.maxOccupancy);
        seat += r.agents;
        peak = Math.max(peak, r.agents);
        arrivals += calls;
        sl += calls * r.serviceLevel;
        asa += calls * (Number.isFinite(r.asaSeconds) ? r.asaSeconds : 0);
        work += r.occupancy * r.agents;
      }
      const available = s.paidHoursPerMonth * (1 - s.shrinkage);
      return {
        staffedFte: (seat * WEEKS_PER_MONTH) / available,
        onSeatHours: seat * WEEKS_PER_MONTH,
        peakAgents: peak,
        serviceLevel: arrivals > 0 ? sl / arrivals : 1,
        asaSeconds: arrivals > 0 ? asa / arrivals : 0,
        occupancy: seat > 0 ? work / seat : 0,
        abandonRate: null,
      };
    };
    fc.assert(
      fc.property(weightsArb, targetArb, monthsArb, (weights, target, months) => {
        const t = { ...target, model: 'erlang-c' as const };
        const solver = queueSolver();
        for (const m of months) {
          const s = inputs(t, weights, m.contacts, m.handle);
          // The handle time as a month reads it: its agent minutes over its contacts.
          const handleSeconds = ((s.agentMinutes / s.humanContacts) * 60) / (t.channel === 'chat' ? t.concurrency : 1);
          expect(staffMonth(s, solver)).toEqual(plainMonth(s, handleSeconds));
        }
      }),
      { numRuns: 16 },
    );
  }, 60_000);

  it('keeps every target of one handle time apart, past the number of targets it keeps (a sensitivity series)', () => {
    const solver = queueSolver();
    const weights = Array.from({ length: 168 }, (_, h) => (1 + (h % 7)) / 672);
    const t: Target = { model: 'erlang-c', channel: 'voice', serviceLevel: 0.8, targetSeconds: 20, maxOccupancy: 0.85, concurrency: 1, patienceSeconds: 300 };
    for (const sl of [...Array.from({ length: 80 }, (_, k) => 0.1 + k * 0.011), 0.1, 0.5]) {
      const s = inputs({ ...t, serviceLevel: sl }, weights, 90_000, 6);
      const week = new Float64Array(168);
      solver.weekAgents(360, s, 90_000 / WEEKS_PER_MONTH, week);
      for (let h = 0; h < 168; h++) expect(week[h]).toBe(agentsForTarget('erlang-c', (90_000 / WEEKS_PER_MONTH) * weights[h]!, 360, 20, sl, 0.85, 300).agents);
    }
  }, 60_000);

  it('reads no week kept for the targets an emptied step function stood for before (past the targets it keeps)', () => {
    const solver = queueSolver();
    const weights = Array.from({ length: 168 }, (_, h) => (1 + (h % 7)) / 672);
    const t: Target = { model: 'erlang-c', channel: 'voice', serviceLevel: 0.8, targetSeconds: 20, maxOccupancy: 1, concurrency: 1, patienceSeconds: 300 };
    const perWeek = 90_000 / WEEKS_PER_MONTH;
    const week = new Float64Array(168);
    solver.weekAgents(360, inputs(t, weights, 90_000, 6), perWeek, week);
    // More targets of one handle time than the solver keeps, each with arrivals of its own:
    // the first target's steps make room and are emptied for a later target.
    for (let k = 1; k <= 64; k++) solver.weekAgents(360, inputs({ ...t, serviceLevel: 0.3 + k / 1000 }, weights, 90_000, 6), perWeek + k, week);
    solver.weekAgents(360, inputs({ ...t, serviceLevel: 0.2 }, weights, 90_000, 6), perWeek, week);
    const fewer = (h: number) => agentsForTarget('erlang-c', perWeek * weights[h]!, 360, 20, 0.2, 1, 300).agents;
    // The target asked first needs more agents in most hours: a week kept for it would show.
    expect(weights.filter((_, h) => fewer(h) < agentsForTarget('erlang-c', perWeek * weights[h]!, 360, 20, 0.8, 1, 300).agents).length).toBeGreaterThan(100);
    for (let h = 0; h < 168; h++) expect(week[h]).toBe(fewer(h));
  }, 60_000);

  it('gives a week of equal weights and a week with one hour open the search results', () => {
    const t: Target = { model: 'erlang-c', channel: 'voice', serviceLevel: 0.8, targetSeconds: 20, maxOccupancy: 0.85, concurrency: 1, patienceSeconds: 300 };
    for (const weights of [Array.from({ length: 168 }, () => 1 / 168), Array.from({ length: 168 }, (_, h) => (h === 100 ? 1 : 0))]) {
      const solver = queueSolver(true);
      const s = inputs(t, weights, 80_000, 6);
      const week = new Float64Array(168);
      solver.weekAgents(360, s, 80_000 / WEEKS_PER_MONTH, week);
      for (let h = 0; h < 168; h++) {
        const calls = (80_000 / WEEKS_PER_MONTH) * weights[h]!;
        expect(week[h]).toBe(weights[h]! > 0 ? agentsForTarget('erlang-c', calls, 360, 20, 0.8, 0.85, 300).agents : 0);
      }
    }
  }, 60_000);
});

/** Backlog inputs: open hours, a response window, a target, spare capacity or fixed seats. */
const backlogArb = fc.record({
  work: weightsArb,
  scale: fc.double({ min: 0.5, max: 3_000, noNaN: true }),
  open: fc.oneof(
    fc.array(fc.constantFrom(0, 1, 1), { minLength: 168, maxLength: 168 }),
    fc.constant(Array.from({ length: 168 }, (_, h) => (h % 24 >= 8 && h % 24 < 20 && h < 144 ? 1 : 0))),
  ),
  windowHours: fc.integer({ min: 1, max: 72 }),
  targetShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
  maxOccupancy: fc.double({ min: 0.3, max: 1, noNaN: true }),
  spare: fc.option(fc.array(fc.double({ min: 0, max: 20, noNaN: true }), { minLength: 168, maxLength: 168 }), { nil: null }),
  seats: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 4 }),
});

describe('the backlog with reused buffers and kept due cohorts', () => {
  it('staffs every week exactly as the backlog first written, one week after another (property)', () => {
    fc.assert(
      fc.property(fc.array(backlogArb, { minLength: 1, maxLength: 4 }), fc.double({ min: 0.2, max: 5, noNaN: true }), (weeks, growth) => {
        for (const b of weeks) {
          // The same weights again at another scale: the kept due cohorts are used.
          for (const input of [b, { ...b, scale: b.scale * growth }] as BacklogInputs[]) {
            const fast = staffBacklog(input);
            const plain = referenceStaffBacklog(input);
            expect(fast).toEqual(plain);
            let agentHours = 0;
            for (const n of plain.agents) agentHours += n;
            expect(staffBacklogSums(input)).toEqual({
              agentHours,
              peakAgents: Math.max(0, ...plain.agents),
              onTimeShare: plain.onTimeShare,
              workHours: plain.workHours,
            });
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('staffs two backlogs side by side exactly as one after the other: of one layout, of two, and with a layout not kept (property)', () => {
    const sumsOf = (input: BacklogInputs) => {
      const plain = referenceStaffBacklog(input);
      let agentHours = 0;
      for (const n of plain.agents) agentHours += n;
      return { agentHours, peakAgents: Math.max(0, ...plain.agents), onTimeShare: plain.onTimeShare, workHours: plain.workHours };
    };
    fc.assert(
      fc.property(
        backlogArb,
        backlogArb,
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.constantFrom('same layout', 'other weights', 'no scale'),
        (a, other, share, kind) => {
          // A month with the AI: the same weights, open hours and span at a share of the scale; or another backlog.
          const b: BacklogInputs =
            kind === 'same layout'
              ? { ...a, scale: a.scale * share, targetShare: other.targetShare, maxOccupancy: other.maxOccupancy, spare: other.spare, seats: null }
              : kind === 'other weights'
                ? other
                : { ...a, work: a.work.map((w) => w * a.scale), scale: 1, spare: null, seats: null };
          const first: BacklogInputs = kind === 'same layout' ? { ...a, seats: null } : a;
          expect(staffBacklogSumsTwo(first, b)).toEqual([sumsOf(first), sumsOf(b)]);
          // The arrays of both, as a blended pool reads them (spare capacity used included).
          const [ra, rb] = staffInBuffersTwo(first, b).map((r) => ({ ...r, agents: r.agents.slice(), spareUsed: r.spareUsed.slice() }));
          expect([ra, rb]).toEqual([referenceStaffBacklog(first), referenceStaffBacklog(b)]);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('keeps each result its own when the next staffing reuses the buffers', () => {
    const open = Array.from({ length: 168 }, (_, h) => (h % 24 >= 8 && h % 24 < 20 ? 1 : 0));
    const work = Array.from({ length: 168 }, (_, h) => 1 + (h % 5));
    const b: BacklogInputs = { work, scale: 0.1, open, windowHours: 4, targetShare: 0.8, maxOccupancy: 0.85 };
    const first = staffBacklog(b);
    const copy = { ...first, agents: first.agents.slice(), spareUsed: first.spareUsed.slice() };
    staffBacklog({ ...b, scale: 7 });
    expect(first).toEqual(copy);
  }, 60_000);
});

describe('Monte Carlo draws staffed for their costs', () => {
  const cases: [string, Scenario][] = [
    [
      'one channel, Erlang A, imported profile',
      {
        ...presetScenario('saas'),
        human: { ...presetScenario('saas').human, staffingModel: 'erlang-a' },
        arrivalProfile: Array.from({ length: 168 }, (_, h) => 1 + ((h * 37) % 11)),
      },
    ],
    ['three channels, dedicated pools', threeChannelScenario(presetScenario('ecommerce'))],
    ['three channels, blended pools', { ...threeChannelScenario(presetScenario('ecommerce')), pooling: 'blended' }],
    [
      // Human cost per contact: the pool's staffing changes no cost, and a backlog the pool staffs is staffed nowhere else in a cost-only context.
      'three channels, blended pools, cost per contact',
      {
        ...threeChannelScenario(presetScenario('ecommerce')),
        pooling: 'blended',
        human: { ...presetScenario('ecommerce').human, costBasis: 'contact' },
      },
    ],
    [
      // Phone without the AI: its week with and without it is the same, found again in the solver's kept weeks.
      'three channels, blended pools, phone without the AI',
      (() => {
        const base = threeChannelScenario(presetScenario('ecommerce'));
        return { ...base, pooling: 'blended' as const, channels: base.channels!.map((c) => (c.kind === 'voice' ? { ...c, aiEnabled: false } : c)) };
      })(),
    ],
    [
      'three channels, blended pools, Erlang A',
      { ...threeChannelScenario(presetScenario('fintech')), pooling: 'blended', human: { ...presetScenario('fintech').human, staffingModel: 'erlang-a' } },
    ],
  ];
  it.each(cases)(
    'give the draws staffed in full: %s',
    (_, s) => {
      const cost = runDrawsFrom(s, 0, 6, null).batch;
      // A context made in full carries its solver into the draws: every month staffed in full.
      const full = runDrawsFrom(s, 0, 6, newContext()).batch;
      expect(cost).toEqual(full);
    },
    60_000,
  );

  it("book a blended pool's months as a full context does, without the backlogs staffed alone", () => {
    const s: Scenario = { ...threeChannelScenario(presetScenario('ecommerce')), pooling: 'blended' };
    const ledger = minorLedger(digitsOf(s));
    const cost = projectChannelsWith(ledger, s, FULL, newContext(null, true), true);
    const full = projectChannelsWith(ledger, s, FULL, newContext(), true);
    const money = (rows: readonly MonthRowOf<number>[]) => rows.map((r) => [r.humanCost, r.totalCost, r.savings, r.cumulativeSavings, r.staffing.staffedFte]);
    expect(money(cost.rows)).toEqual(money(full.rows));
    cost.channels.forEach((c, i) => expect(money(c.rows)).toEqual(money(full.channels[i]!.rows)));
    // What blending saves needs each channel staffed alone: a cost-only context does not say.
    expect(cost.pooling).toBeNull();
    expect(full.pooling).not.toBeNull();
  });
});

describe("the gap steps' totals, made without the months' rows", () => {
  const totalsOfRows = (rows: readonly MonthRowOf<number>[]) => {
    const steady = rows.findIndex((r) => r.ramp >= 1);
    return { steadySavings: rows[steady >= 0 ? steady : rows.length - 1]!.savings, cumulativeSavings: rows[rows.length - 1]!.cumulativeSavings };
  };
  /** Every set of switches the gap explanation runs: the headline, then each step switched on after the previous ones. */
  const stepSwitches = GAP_STEPS.reduce<Switches[]>((all, step) => [...all, { ...all[all.length - 1]!, [step.key]: true }], [{ ...HEADLINE }]);

  it('equal the steady month and the horizon of the rows, to the minor unit, for one channel', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const sw of stepSwitches) {
          const ledger = minorLedger(digitsOf(s));
          expect(projectTotalsWith(ledger, s, sw, newContext())).toEqual(totalsOfRows(projectWith(minorLedger(digitsOf(s)), s, sw, newContext(), false)));
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('equal them for three channels, dedicated and blended, with and without growth and ramp', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('dedicated', 'blended' as const),
        fc.integer({ min: 1_000, max: 200_000 }),
        // Whole tenths of a percent: fast-check's doubles lean to values too small to change a month.
        fc.integer({ min: -30, max: 30 }).map((tenths) => tenths / 10),
        fc.boolean(),
        fc.integer({ min: 1, max: 30 }),
        (pooling, contacts, growth, rampOn, months) => {
          const base = threeChannelScenario(presetScenario('ecommerce'));
          const s: Scenario = {
            ...base,
            pooling,
            contactsPerMonth: contacts,
            growthPctPerMonth: growth,
            ramp: rampOn ? base.ramp : [],
            finance: { ...base.finance, months },
          };
          for (const sw of stepSwitches) {
            const ledger = minorLedger(digitsOf(s));
            expect(projectTotalsWith(ledger, s, sw, newContext()), JSON.stringify(sw)).toEqual(
              totalsOfRows(projectWith(minorLedger(digitsOf(s)), s, sw, newContext(), false)),
            );
          }
        },
      ),
      { numRuns: 16 },
    );
  }, 120_000);

  it('fail when a channel is left out of the sum', () => {
    const s = threeChannelScenario(presetScenario('ecommerce'));
    const twoChannels: Scenario = { ...s, channels: s.channels!.slice(0, 2) };
    const sw = stepSwitches[stepSwitches.length - 1]!;
    expect(projectTotalsWith(minorLedger(2), twoChannels, sw, newContext())).not.toEqual(totalsOfRows(projectWith(minorLedger(2), s, sw, newContext(), false)));
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erlangAAgents } from '../../../src/model/erlang-a';
import { queueSolver, staffMonth, type StaffingInputs } from '../../../src/model/staffing';
import { WEEKS_PER_MONTH } from '../../../src/model/units';

// The Erlang A search may start from a first guess (the answer of the month before); the
// answer must not depend on it.
describe('Erlang A search from a first guess', () => {
  it('finds the same staffing from any guess, far below, far above, or nonsense (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 20_000, noNaN: true }),
        fc.double({ min: 5, max: 1200, noNaN: true }),
        fc.double({ min: 1, max: 3_000, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0.05, max: 0.98, noNaN: true }),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        fc.oneof(fc.integer({ min: -5, max: 5_000 }), fc.constantFrom(NaN, Infinity, 0.5, 2 ** 60)),
        (calls, handle, patience, target, sl, cap, hint) => {
          const cold = erlangAAgents(calls, handle, patience, target, sl, cap);
          expect(erlangAAgents(calls, handle, patience, target, sl, cap, hint)).toEqual(cold);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the same answer from the answer itself, one agent either side, 1 and ten times too many', () => {
    const cold = erlangAAgents(900, 240, 180, 20, 0.8, 0.9);
    for (const hint of [cold.agents, cold.agents + 1, cold.agents - 1, 1, 10 * cold.agents]) {
      expect(erlangAAgents(900, 240, 180, 20, 0.8, 0.9, hint)).toEqual(cold);
    }
  });
});

describe('a queue solver carried from month to month', () => {
  // An imported-looking profile: every hour of the week its own volume.
  const raw = Array.from({ length: 168 }, (_, h) => 1 + 0.5 * Math.sin(h / 3) + (h % 24 >= 9 && h % 24 < 18 ? 3 : 0));
  const total = raw.reduce((s, w) => s + w, 0);
  const weights = raw.map((w) => w / total);
  const month = (contacts: number, handleMinutes: number): StaffingInputs => ({
    channel: 'voice',
    model: 'erlang-a',
    humanContacts: contacts,
    agentMinutes: contacts * handleMinutes,
    weights,
    serviceLevel: 0.8,
    targetSeconds: 20,
    maxOccupancy: 0.85,
    concurrency: 1,
    shrinkage: 0.3,
    paidHoursPerMonth: 173.9,
    patienceSeconds: 240,
    seats: null,
    openHoursPerWeek: 168,
  });

  it('staffs every month exactly as a fresh solver does, through growth, decline and new handle times (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ contacts: fc.double({ min: 1, max: 2e6, noNaN: true }), handle: fc.double({ min: 0.5, max: 40, noNaN: true }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        (months) => {
          const carried = queueSolver();
          for (const m of months) expect(staffMonth(month(m.contacts, m.handle), carried)).toEqual(staffMonth(month(m.contacts, m.handle), queueSolver()));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps the staffing of a growing volume identical over 24 months', () => {
    const carried = queueSolver();
    for (let m = 0; m < 24; m++) {
      const contacts = 50_000 * WEEKS_PER_MONTH * 1.03 ** m;
      expect(staffMonth(month(contacts, 6), carried)).toEqual(staffMonth(month(contacts, 6), queueSolver()));
    }
  });
});

describe('a queue solver shared by different targets', () => {
  const weights = Array.from({ length: 168 }, (_, h) => (1 + (h % 24 >= 9 && h % 24 < 18 ? 3 : 0)) / 336);
  const month = (contacts: number, serviceLevel: number, patienceSeconds: number): StaffingInputs => ({
    channel: 'chat',
    model: 'erlang-a',
    humanContacts: contacts,
    agentMinutes: contacts * 7,
    weights,
    serviceLevel,
    targetSeconds: 60,
    maxOccupancy: 0.85,
    concurrency: 1,
    shrinkage: 0.3,
    paidHoursPerMonth: 173.9,
    patienceSeconds,
    seats: null,
    openHoursPerWeek: 168,
  });

  it('never carries what one target needed over to a lower one (a sensitivity series, then an edit)', () => {
    const carried = queueSolver();
    for (const [contacts, sl, patience] of [
      [200_000, 0.95, 300],
      [200_001, 0.5, 300],
      [210_000, 0.8, 60],
      [220_000, 0.8, 600],
      [230_000, 0.2, 600],
    ] as const) {
      expect(staffMonth(month(contacts, sl, patience), carried)).toEqual(staffMonth(month(contacts, sl, patience), queueSolver()));
    }
  });
});

describe('Monte Carlo draws cut into small batches that carry their context', () => {
  it('give the same draws as one batch', async () => {
    const { presetScenario } = await import('../../../src/model');
    const { runDraws, runDrawsFrom, joinBatches } = await import('../../../src/model/uncertainty');
    const s = {
      ...presetScenario('saas'),
      human: { ...presetScenario('saas').human, staffingModel: 'erlang-a' as const },
      arrivalProfile: Array.from({ length: 168 }, (_, h) => 1 + (h % 24 >= 9 && h % 24 < 18 ? 2 : 0)),
    };
    const whole = runDraws(s, 0, 12);
    const parts = [];
    let ctx = null;
    for (const [start, n] of [
      [0, 1],
      [1, 2],
      [3, 4],
      [7, 5],
    ] as const) {
      const r = runDrawsFrom(s, start, n, ctx);
      ctx = r.context;
      parts.push(r.batch);
    }
    expect(joinBatches(parts)).toEqual(whole);
  });
});

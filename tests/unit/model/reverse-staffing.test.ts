import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agentsForTarget, maxCallsPerHourForTarget, performanceWithSeats, type StaffingModel } from '../../../src/model/reverse-staffing';
import { erlangCAgents, erlangCPerformance } from '../../../src/model/erlang';
import { erlangAAgents, erlangAPerformance } from '../../../src/model/erlang-a';

const models: readonly StaffingModel[] = ['erlang-c', 'erlang-a'];

describe('performanceWithSeats', () => {
  it('is Erlang C or Erlang A performance of the seats, as asked', () => {
    expect(performanceWithSeats('erlang-c', 14, 200, 180, 20, 300)).toEqual(erlangCPerformance(14, 200, 180, 20));
    expect(performanceWithSeats('erlang-a', 14, 200, 180, 20, 300)).toEqual(erlangAPerformance(14, 200, 180, 300, 20));
  });

  it('gives the published classic figures for 13 and 14 seats under Erlang C', () => {
    // 100 contacts per 30 minutes, 180 s, 20 s: 13 agents answer 79.56% in time, 14 agents 80% or more.
    expect(performanceWithSeats('erlang-c', 13, 200, 180, 20, 300).serviceLevel).toBeCloseTo(0.7956, 4);
    expect(performanceWithSeats('erlang-c', 14, 200, 180, 20, 300).serviceLevel).toBeGreaterThanOrEqual(0.8);
  });
});

describe('maxCallsPerHourForTarget', () => {
  it('finds the classic rate boundary between 13 and 14 agents', () => {
    const max14 = maxCallsPerHourForTarget('erlang-c', 14, 180, 20, 0.8, 1, 300);
    const max13 = maxCallsPerHourForTarget('erlang-c', 13, 180, 20, 0.8, 1, 300);
    // 200 an hour needs 14 agents (published), so 13 carry less and 14 at least that.
    expect(max13).toBeLessThan(200);
    expect(max14).toBeGreaterThanOrEqual(200);
    expect(erlangCAgents(max14, 180, 20, 0.8, 1).agents).toBe(14);
    expect(erlangCAgents(max14 * (1 + 1e-8), 180, 20, 0.8, 1).agents).toBe(15);
  });

  it('stops at the occupancy cap when that binds first', () => {
    // 15 agents at a 70% cap carry at most 10.5 Erlangs = 210 calls an hour of 180 s.
    const max = maxCallsPerHourForTarget('erlang-c', 15, 180, 20, 0.8, 0.7, 300);
    expect(max).toBeLessThanOrEqual(210);
    expect(max).toBeGreaterThan(210 * (1 - 2e-9));
  });

  it('returns 0 without seats and Infinity when nothing limits the rate', () => {
    expect(maxCallsPerHourForTarget('erlang-c', 0, 180, 20, 0.8, 1, 300)).toBe(0);
    expect(maxCallsPerHourForTarget('erlang-a', 10, 180, 20, 0, 1, 300)).toBe(Infinity);
    // Erlang C has no steady state at N <= A, so even a 0 target is bounded by A < N.
    const c = maxCallsPerHourForTarget('erlang-c', 10, 180, 20, 0, 1, 300);
    expect(c).toBeLessThan(200);
    expect(c).toBeGreaterThan(200 * (1 - 2e-9));
  });

  it('lets Erlang A seats carry more than Erlang C seats, since abandoners free agents', () => {
    expect(maxCallsPerHourForTarget('erlang-a', 14, 180, 20, 0.8, 1, 300)).toBeGreaterThan(maxCallsPerHourForTarget('erlang-c', 14, 180, 20, 0.8, 1, 300));
  });

  for (const model of models) {
    it(`inverts forward staffing for N = 1..60 and for thousands of seats (${model})`, () => {
      const seatsToCheck = [...Array.from({ length: 60 }, (_, i) => i + 1), 1000, 2500];
      for (const seats of seatsToCheck) {
        const rate = maxCallsPerHourForTarget(model, seats, 180, 20, 0.8, 0.85, 300);
        expect(agentsForTarget(model, rate, 180, 20, 0.8, 0.85, 300).agents).toBe(seats);
        expect(agentsForTarget(model, rate * (1 + 2e-9), 180, 20, 0.8, 0.85, 300).agents).toBeGreaterThan(seats);
      }
    });
  }

  it('maps any seat count back to itself through forward staffing (Erlang C)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 20, max: 1200, noNaN: true }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        fc.double({ min: 0.05, max: 0.98, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (seats, aht, target, sl, cap) => {
          const rate = maxCallsPerHourForTarget('erlang-c', seats, aht, target, sl, cap, 300);
          expect(erlangCAgents(rate, aht, target, sl, cap).agents).toBe(seats);
          expect(erlangCAgents(rate * (1 + 1e-8), aht, target, sl, cap).agents).toBeGreaterThan(seats);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('maps any seat count back to itself through forward staffing (Erlang A)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 150 }),
        fc.double({ min: 20, max: 1200, noNaN: true }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        fc.double({ min: 0.05, max: 0.98, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.double({ min: 10, max: 3600, noNaN: true }),
        (seats, aht, target, sl, cap, patience) => {
          const rate = maxCallsPerHourForTarget('erlang-a', seats, aht, target, sl, cap, patience);
          expect(erlangAAgents(rate, aht, patience, target, sl, cap).agents).toBe(seats);
          expect(erlangAAgents(rate * (1 + 1e-8), aht, patience, target, sl, cap).agents).toBeGreaterThan(seats);
        },
      ),
      { numRuns: 80 },
    );
  });

  for (const model of models) {
    it(`carries any rate with the agents forward staffing asks for, and not with one fewer (${model})`, () => {
      fc.assert(
        fc.property(
          fc.double({ min: 1, max: 5000, noNaN: true }),
          fc.double({ min: 20, max: 900, noNaN: true }),
          fc.double({ min: 0, max: 60, noNaN: true }),
          fc.double({ min: 0.05, max: 0.95, noNaN: true }),
          fc.double({ min: 0.6, max: 1, noNaN: true }),
          fc.double({ min: 10, max: 1800, noNaN: true }),
          (calls, aht, target, sl, cap, patience) => {
            const needed = agentsForTarget(model, calls, aht, target, sl, cap, patience);
            const seated = performanceWithSeats(model, needed.agents, calls, aht, target, patience);
            expect(seated).toEqual(needed);
            expect(seated.serviceLevel).toBeGreaterThanOrEqual(sl - 1e-12);
            expect(seated.occupancy).toBeLessThanOrEqual(cap + 1e-12);
            expect(maxCallsPerHourForTarget(model, needed.agents, aht, target, sl, cap, patience)).toBeGreaterThanOrEqual(calls * (1 - 1e-9));
            if (needed.agents > 1) expect(maxCallsPerHourForTarget(model, needed.agents - 1, aht, target, sl, cap, patience)).toBeLessThan(calls);
          },
        ),
        { numRuns: model === 'erlang-c' ? 200 : 80 },
      );
    });
  }
});

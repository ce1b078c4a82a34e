import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate, type Scenario } from '../../../src/model';
import { agentsForTarget, performanceWithSeats } from '../../../src/model/reverse-staffing';
import { scenario } from '../io/scenario-arbitrary';

/** The scenario under Erlang A, over a short horizon so that a property run stays quick. */
function underErlangA(s: Scenario, seats: number | null): Scenario {
  return { ...s, method: 'full', finance: { ...s.finance, months: Math.min(s.finance.months, 2) }, human: { ...s.human, staffingModel: 'erlang-a', seats } };
}

function expectFiniteStaffing(s: Scenario): void {
  const r = calculate(s);
  for (const row of r.full.rows) {
    for (const st of [row.staffing, row.staffingBaseline]) {
      for (const v of [st.staffedFte, st.peakAgents, st.occupancy, st.serviceLevel, st.asaSeconds, st.abandonRate])
        if (v !== null) expect(Number.isFinite(v)).toBe(true);
    }
  }
}

describe('staffing under Erlang A', () => {
  it('never throws and stays finite for any valid scenario, staffed to target or with fixed seats', () => {
    fc.assert(
      fc.property(scenario, fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }), (s, seats) => {
        expectFiniteStaffing(underErlangA(s, null));
        expectFiniteStaffing(underErlangA(s, seats ?? s.human.seats));
      }),
      { numRuns: 60, seed: 20261122 },
    );
    // Sixty scenarios of up to 100,000,000 contacts a month, each staffed twice under Erlang A.
  }, 60_000);

  it('answers every interval the schema admits without throwing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2e7, noNaN: true }),
        fc.double({ min: 0, max: 36_000, noNaN: true }),
        fc.double({ min: 6e-8, max: 86_400, noNaN: true }),
        fc.double({ min: 0, max: 86_400, noNaN: true }),
        fc.double({ min: 1e-11, max: 0.999, noNaN: true }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        (calls, aht, patience, target, sl, cap, seats) => {
          const forward = agentsForTarget('erlang-a', calls, aht, target, sl, cap, patience);
          const fixed = performanceWithSeats('erlang-a', seats, calls, aht, target, patience);
          for (const r of [forward, fixed]) {
            for (const v of [r.agents, r.serviceLevel, r.occupancy, r.abandonRate, r.waitProbability]) expect(Number.isFinite(v)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

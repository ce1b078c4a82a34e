import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erlangB, erlangBFromZero, erlangC, erlangCAgents, erlangCFigures, erlangCPerformance } from '../../../src/model/erlang';

// Reference values computed independently with the factorial form of Erlang C in exact
// rational arithmetic (Python fractions), then SL = 1 - C exp(-(N - A) t / AHT):
// A = 100 contacts per 30 min x 180 s = 10 Erlangs, t = 20 s.
const TABLE: Record<number, { c: number; sl: number; asa: number }> = {
  12: { c: 0.44938822429827086, sl: 0.6401580403740066, asa: 40.44494018684438 },
  13: { c: 0.28527045303649295, sl: 0.7955947884177831, asa: 17.11622718218958 },
  14: { c: 0.17413193359504983, sl: 0.8883500191794669, asa: 7.835937011777243 },
  15: { c: 0.10204236700798801, sl: 0.9414528428690223, asa: 3.6735252122875686 },
};

describe('erlangC', () => {
  it('matches the exact rational computation for the classic 10-Erlang case', () => {
    for (const [n, ref] of Object.entries(TABLE)) {
      expect(erlangC(Number(n), 10)).toBeCloseTo(ref.c, 12);
    }
  });

  it('is 1 when the queue is unstable and 0 with no traffic', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(5, 0)).toBe(0);
  });

  it('stays finite and within [0, 1] for ten thousand agents', () => {
    // Log-space sum of the factorial form (Python, lgamma) for A = 9,500, N = 9,521: C = 0.7561962815183709.
    expect(erlangC(9521, 9500)).toBeCloseTo(0.7561962815183709, 9);
    expect(erlangB(20000, 19000)).toBeGreaterThan(0);
  });
});

describe('erlangCPerformance', () => {
  it('gives 79.56 % at 13 agents and 88.84 % at 14 (published tables: 100 per 30 min, 180 s, 20 s)', () => {
    const p13 = erlangCPerformance(13, 200, 180, 20);
    expect(p13.serviceLevel).toBeCloseTo(TABLE[13]!.sl, 9);
    expect(Math.round(p13.serviceLevel * 10000) / 100).toBe(79.56);
    expect(p13.asaSeconds).toBeCloseTo(TABLE[13]!.asa, 9);
    expect(p13.occupancy).toBeCloseTo(10 / 13, 12);
    expect(erlangCPerformance(14, 200, 180, 20).serviceLevel).toBeCloseTo(TABLE[14]!.sl, 9);
  });
});

describe('erlangCFigures', () => {
  it("writes erlangCPerformance's wait probability, service level and speed of answer, to the bit (property)", () => {
    const out = new Float64Array(3);
    const same = (agents: number, calls: number, handle: number, target: number) => {
      const r = erlangCPerformance(agents, calls, handle, target);
      erlangCFigures(agents, (calls * handle) / 3600, handle, target, out);
      expect([out[0], out[1], out[2]]).toEqual([r.waitProbability, r.serviceLevel, r.asaSeconds]);
    };
    // The classic case, an unstable queue, no load, no handle time, and loads past the warm start (400 Erlangs).
    same(14, 200, 180, 20);
    same(9, 200, 180, 20);
    same(3, 0, 180, 20);
    same(3, 50, 0, 20);
    same(1300, 4_000_000 / 180, 360, 20);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.double({ min: 0, max: 40_000, noNaN: true }),
        fc.double({ min: 0, max: 1200, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        (agents, calls, handle, target) => same(agents, calls, handle, target),
      ),
      { numRuns: 2000 },
    );
  });
});

describe('erlangCAgents', () => {
  it('needs 14 agents for 80/20 (13 reach only 79.56 %)', () => {
    const r = erlangCAgents(200, 180, 20, 0.8, 1);
    expect(r.agents).toBe(14);
    expect(r.serviceLevel).toBeCloseTo(TABLE[14]!.sl, 9);
    expect(r.asaSeconds).toBeCloseTo(TABLE[14]!.asa, 9);
  });

  it('adds agents until the occupancy cap holds: 15 with a 70 % cap', () => {
    expect(erlangCAgents(200, 180, 20, 0.8, 0.7).agents).toBe(15);
  });

  it('needs 9,521 agents for 9,500 Erlangs at 80/20 with 300 s handle time', () => {
    // Log-space reference: N = 9,520 gives 79.790 %, N = 9,521 gives 81.352 %.
    const r = erlangCAgents(9500 * 12, 300, 20, 0.8, 1);
    expect(r.agents).toBe(9521);
    expect(r.serviceLevel).toBeCloseTo(0.8135242928336374, 8);
  });

  it('needs no agents for no traffic', () => {
    expect(erlangCAgents(0, 180, 20, 0.8, 0.85).agents).toBe(0);
  });

  it('always meets the target with the fewest agents (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 3000, noNaN: true }),
        fc.double({ min: 30, max: 900, noNaN: true }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        (calls, aht, sl) => {
          const r = erlangCAgents(calls, aht, 20, sl, 1);
          expect(r.serviceLevel).toBeGreaterThanOrEqual(sl - 1e-12);
          expect(Number.isFinite(r.asaSeconds)).toBe(true);
          if (r.agents - 1 > r.trafficErlangs) {
            expect(erlangCPerformance(r.agents - 1, calls, aht, 20).serviceLevel).toBeLessThan(sl);
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('erlangB warm start', () => {
  it('equals the full recursion from B(0) for loads from 400 to 200,000 Erlangs', () => {
    for (const a of [400, 1234.5, 9500, 50_000, 200_000]) {
      for (const n of [Math.floor(a) - 5, Math.ceil(a), Math.ceil(a + Math.sqrt(a)), Math.ceil(a + 4 * Math.sqrt(a))]) {
        const fast = erlangB(n, a),
          slow = erlangBFromZero(n, a);
        expect(Math.abs(fast - slow) / slow).toBeLessThan(1e-12);
      }
    }
  });
});

describe('erlangCAgents under a low occupancy cap', () => {
  it('jumps to the occupancy bound once nobody waits: A / cap agents', () => {
    // 1,000 Erlangs at a 10 % cap: 10,000 agents, far past where B underflows.
    const r = erlangCAgents(1000 * 12, 300, 20, 0.8, 0.1);
    expect(r.agents).toBe(10000);
    expect(r.serviceLevel).toBeCloseTo(1, 15);
    expect(r.occupancy).toBeCloseTo(0.1, 12);
    expect(r).toEqual(erlangCPerformance(10000, 1000 * 12, 300, 20));
  });
});

describe('erlangB far past the load', () => {
  it('is exactly 0 once it underflows, without walking to N', () => {
    // 1.4 million Erlangs at 14 million agents (a 10 % occupancy cap): B underflowed long before.
    expect(erlangB(14_000_000, 1_400_000)).toBe(0);
    expect(erlangCAgents(1_400_000 * 12, 300, 20, 0.8, 0.1).agents).toBe(14_000_000);
  });
});

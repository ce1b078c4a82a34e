import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erlangAAgentCount, erlangAAgents, erlangAMeasures, erlangAPerformance } from '../../../src/model/erlang-a';
import { erlangB, erlangBFromZero, erlangCAgents, erlangCPerformance } from '../../../src/model/erlang';

/**
 * Independent reference: the M/M/N+M birth-death chain summed state by state, in log
 * space, with none of the series, Beta-distribution or incomplete-gamma algebra of the
 * implementation. Per-state answers for a contact that finds j others waiting come from
 * the phase rates r_i = N mu + i theta directly:
 *   P(served | j) = prod_i r_i / (r_i + theta),
 *   E[W; served | j] = P(served | j) sum_i 1 / (r_i + theta),
 * and the answered-within-t share from uniformizing the tagged contact's pure-death
 * chain (with its own abandonment as killing) over [0, t].
 */
interface Reference {
  waitProbability: number;
  abandonProbability: number;
  answeredWithinTarget: number;
  waitBeyondTargetProbability: number;
  meanWaitSeconds: number;
  meanWaitAnsweredSeconds: number;
  occupancy: number;
}

function birthDeathReference(agents: number, callsPerHour: number, handleSeconds: number, patienceSeconds: number, targetSeconds: number): Reference {
  const lambda = callsPerHour / 3600;
  const mu = 1 / handleSeconds;
  const theta = 1 / patienceSeconds;
  const death = (k: number): number => Math.min(k, agents) * mu + Math.max(0, k - agents) * theta;
  const logWeights = [0];
  let peak = 0;
  for (let k = 1; ; k++) {
    const lw = logWeights[k - 1]! + Math.log(lambda / death(k));
    logWeights.push(lw);
    peak = Math.max(peak, lw);
    if (k > agents && lambda < death(k) && lw < peak - 80) break;
  }
  let total = 0;
  for (const lw of logWeights) total += Math.exp(lw - peak);
  const pi = logWeights.map((lw) => Math.exp(lw - peak) / total);
  const waitingStates = pi.slice(agents);
  let waitProbability = 0;
  let queueLength = 0;
  let busy = 0;
  pi.forEach((p, k) => {
    if (k >= agents) waitProbability += p;
    queueLength += Math.max(0, k - agents) * p;
    busy += Math.min(k, agents) * p;
  });
  let served = 1 - waitProbability;
  let servedWait = 0;
  waitingStates.forEach((p, j) => {
    let pServed = 1;
    let meanPhases = 0;
    for (let i = 0; i <= j; i++) {
      const r = agents * mu + i * theta;
      pServed *= r / (r + theta);
      meanPhases += 1 / (r + theta);
    }
    served += p * pServed;
    servedWait += p * pServed * meanPhases;
  });
  // Uniformization of the tagged contact: state j = contacts ahead of it.
  const jMax = waitingStates.length - 1;
  const rate = agents * mu + jMax * theta + theta;
  const lt = rate * targetSeconds;
  let vector = waitingStates.slice();
  let absorbed = 0;
  let poisson = Math.exp(-lt);
  let answeredLate = 0;
  let stillWaiting = 0;
  const steps = Math.ceil(lt + 20 * Math.sqrt(lt) + 60);
  for (let k = 0; k <= steps; k++) {
    if (k > 0) {
      const next = new Array<number>(vector.length).fill(0);
      vector.forEach((v, j) => {
        const move = agents * mu + j * theta;
        if (j === 0) absorbed += (v * move) / rate;
        else next[j - 1]! += (v * move) / rate;
        next[j]! += (v * (rate - move - theta)) / rate;
      });
      vector = next;
      poisson *= lt / k;
    }
    answeredLate += poisson * absorbed;
    stillWaiting += poisson * vector.reduce((s, v) => s + v, 0);
  }
  return {
    waitProbability,
    abandonProbability: (theta * queueLength) / lambda,
    answeredWithinTarget: 1 - waitProbability + answeredLate,
    waitBeyondTargetProbability: stillWaiting,
    meanWaitSeconds: queueLength / lambda,
    meanWaitAnsweredSeconds: servedWait / served,
    occupancy: busy / agents,
  };
}

function expectMatchesReference(agents: number, callsPerHour: number, handleSeconds: number, patienceSeconds: number, targetSeconds: number): void {
  const ref = birthDeathReference(agents, callsPerHour, handleSeconds, patienceSeconds, targetSeconds);
  const m = erlangAMeasures(agents, callsPerHour, handleSeconds, patienceSeconds, targetSeconds);
  const r = erlangAPerformance(agents, callsPerHour, handleSeconds, patienceSeconds, targetSeconds);
  expect(Math.abs(m.waitProbability - ref.waitProbability)).toBeLessThan(1e-9);
  expect(Math.abs(m.abandonProbability - ref.abandonProbability)).toBeLessThan(1e-9);
  expect(Math.abs(m.answeredWithinTarget - ref.answeredWithinTarget)).toBeLessThan(1e-9);
  expect(Math.abs(m.waitBeyondTargetProbability - ref.waitBeyondTargetProbability)).toBeLessThan(1e-9);
  expect(Math.abs(m.meanWaitSeconds - ref.meanWaitSeconds)).toBeLessThan(1e-9 * Math.max(1, ref.meanWaitSeconds));
  expect(Math.abs(m.meanWaitAnsweredSeconds - ref.meanWaitAnsweredSeconds)).toBeLessThan(1e-9 * Math.max(1, ref.meanWaitAnsweredSeconds));
  expect(Math.abs(r.occupancy - ref.occupancy)).toBeLessThan(1e-9);
  expect(r.serviceLevel).toBe(m.answeredWithinTarget);
  expect(r.asaSeconds).toBe(m.meanWaitAnsweredSeconds);
  expect(r.abandonRate).toBe(m.abandonProbability);
}

// The classic planning case: 100 contacts per 30 minutes, 180 s handle, 20 s target,
// here with 5 minutes' mean patience.
const CLASSIC = { callsPerHour: 200, handleSeconds: 180, patienceSeconds: 300, targetSeconds: 20 } as const;

describe('erlangAPerformance', () => {
  it('reproduces the published Erlang A column of Mandelbaum and Zeltyn', () => {
    // Mandelbaum & Zeltyn, "The Palm/Erlang-A queue, with applications to call centers"
    // (Technion), Erlang-C vs Erlang-A comparison: 48 calls per minute, 1 minute service,
    // 2 minutes mean patience, 50 agents. Published, to the precision printed: 3.1%
    // abandon, 3.7 s average wait, 93% occupancy (figures as quoted by the open-source
    // shiftmesh project, tests/test_channels.py). 3.7 s is the mean over all arrivals,
    // abandoning ones included; the answered ones' mean is 3.6 s.
    const m = erlangAMeasures(50, 48 * 60, 60, 120, 20);
    expect(Math.abs(m.abandonProbability - 0.031)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(m.meanWaitSeconds - 3.7)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(m.carriedErlangs / 50 - 0.93)).toBeLessThanOrEqual(0.005);
  });

  it('matches the state-by-state birth-death chain in the classic case to 1e-9', () => {
    for (let n = 1; n <= 20; n++) expectMatchesReference(n, CLASSIC.callsPerHour, CLASSIC.handleSeconds, CLASSIC.patienceSeconds, CLASSIC.targetSeconds);
  });

  it('pins the classic case at 13 and 14 agents (values of the reference chain above)', () => {
    const at13 = erlangAMeasures(13, CLASSIC.callsPerHour, CLASSIC.handleSeconds, CLASSIC.patienceSeconds, CLASSIC.targetSeconds);
    const at14 = erlangAMeasures(14, CLASSIC.callsPerHour, CLASSIC.handleSeconds, CLASSIC.patienceSeconds, CLASSIC.targetSeconds);
    expect(at13.answeredWithinTarget).toBeCloseTo(0.8581777, 9);
    expect(at13.abandonProbability).toBeCloseTo(0.0249633036, 9);
    expect(at13.waitProbability).toBeCloseTo(0.225797084, 9);
    expect(at14.answeredWithinTarget).toBeCloseTo(0.9167920919, 9);
    expect(at14.abandonProbability).toBeCloseTo(0.0139837441, 9);
    expect(at14.meanWaitAnsweredSeconds).toBeCloseTo(3.8784800445, 8);
  });

  it('matches the reference chain overloaded, with short and long patience, and at t = 0', () => {
    expectMatchesReference(6, 200, 180, 300, 20);
    expectMatchesReference(8, 400, 180, 60, 30);
    expectMatchesReference(3, 200, 180, 5, 20);
    expectMatchesReference(12, 200, 180, 3600, 20);
    expectMatchesReference(10, 200, 180, 300, 0);
    expectMatchesReference(1, 30, 240, 90, 15);
  });

  it('matches the reference chain where the queue series skips its negligible head', () => {
    // lambda / theta = 1000 and 5000 contacts' worth of patience against a few agents:
    // the series peaks hundreds of terms out and is started there.
    expectMatchesReference(2, 3600, 180, 1000, 20);
    expectMatchesReference(20, 18000, 180, 1000, 20);
  });

  it('matches the reference chain with thousands of agents', () => {
    expectMatchesReference(2000, 39800, 180, 300, 20);
    expectMatchesReference(1500, 39800, 180, 120, 20);
  });

  it('tends to Erlang C as patience grows, and is Erlang C with infinite patience', () => {
    for (const n of [11, 12, 14, 20]) {
      const c = erlangCPerformance(n, 200, 180, 20);
      const a = erlangAPerformance(n, 200, 180, 1e12, 20);
      expect(Math.abs(a.serviceLevel - c.serviceLevel)).toBeLessThan(1e-6);
      expect(Math.abs(a.waitProbability - c.waitProbability)).toBeLessThan(1e-6);
      expect(Math.abs(a.asaSeconds - c.asaSeconds)).toBeLessThan(1e-6);
      expect(a.abandonRate).toBeLessThan(1e-9);
      expect(erlangAPerformance(n, 200, 180, Infinity, 20)).toEqual({ ...c, abandonRate: 0 });
    }
    const big = erlangAPerformance(5100, 100_000, 180, 1e12, 20);
    const bigC = erlangCPerformance(5100, 100_000, 180, 20);
    expect(Math.abs(big.serviceLevel - bigC.serviceLevel)).toBeLessThan(1e-6);
  });

  it('is Erlang B when customers have no patience at all', () => {
    const r = erlangAPerformance(12, 200, 180, 0, 20);
    const b = erlangB(12, 10);
    expect(r.abandonRate).toBe(b);
    expect(r.serviceLevel).toBe(1 - b);
    expect(r.occupancy).toBeCloseTo((10 * (1 - b)) / 12, 15);
  });

  it('stays finite and consistent far into overload and for tens of thousands of agents', () => {
    const overloaded = erlangAMeasures(500, 2_000_000, 180, 1_000_000, 20);
    expect(overloaded.carriedErlangs).toBeLessThanOrEqual(500);
    expect(overloaded.carriedErlangs).toBeGreaterThan(499.99);
    expect(overloaded.abandonProbability).toBeCloseTo(1 - 500 / 100_000, 9);
    const huge = erlangAPerformance(20_500, 400_000, 180, 300, 20);
    for (const v of Object.values(huge)) expect(Number.isFinite(v)).toBe(true);
    expect(huge.serviceLevel).toBeGreaterThan(0.99);
  });

  it('answers at once for vanishing handle times and turns into Erlang C for astronomical patience', () => {
    expect(erlangAPerformance(2734, 100_000, 2e-323, 0.0072, 0)).toMatchObject({ serviceLevel: 1, abandonRate: 0, waitProbability: 0 });
    expect(erlangAPerformance(14, 200, 180, 1e308, 20)).toEqual({ ...erlangCPerformance(14, 200, 180, 20), abandonRate: 0 });
    expect(Math.abs(erlangAPerformance(14, 200, 180, 1e300, 20).serviceLevel - erlangCPerformance(14, 200, 180, 20).serviceLevel)).toBeLessThan(1e-12);
  });

  it('has no agents answer nothing', () => {
    expect(erlangAPerformance(0, 200, 180, 300, 20)).toMatchObject({ serviceLevel: 0, abandonRate: 1, occupancy: 0, waitProbability: 1 });
  });

  it('keeps every share in [0, 1] and answered + abandoned = all arrivals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 1, max: 20_000, noNaN: true }),
        fc.double({ min: 5, max: 1200, noNaN: true }),
        fc.double({ min: 1, max: 50_000, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        (n, calls, aht, patience, target) => {
          const m = erlangAMeasures(n, calls, aht, patience, target);
          for (const p of [m.waitProbability, m.abandonProbability, m.answeredWithinTarget, m.waitBeyondTargetProbability]) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
          }
          expect(Math.abs(m.carriedErlangs / m.trafficErlangs + m.abandonProbability - 1)).toBeLessThan(1e-12);
          expect(m.answeredWithinTarget).toBeLessThanOrEqual(m.carriedErlangs / m.trafficErlangs + 1e-12);
          expect(m.carriedErlangs).toBeLessThanOrEqual(n * (1 + 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never gets worse with one more agent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: 5, max: 900, noNaN: true }),
        fc.double({ min: 5, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        (n, calls, aht, patience, target) => {
          const a = erlangAPerformance(n, calls, aht, patience, target);
          const b = erlangAPerformance(n + 1, calls, aht, patience, target);
          expect(b.serviceLevel).toBeGreaterThanOrEqual(a.serviceLevel - 1e-12);
          expect(b.abandonRate).toBeLessThanOrEqual(a.abandonRate + 1e-12);
          expect(b.occupancy).toBeLessThanOrEqual(a.occupancy + 1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A staffing search's interval and target: calls an hour, handle time, patience, target time (seconds), service level, occupancy cap. */
const searchInputs = fc.tuple(
  fc.double({ min: 1, max: 3000, noNaN: true }),
  fc.double({ min: 10, max: 900, noNaN: true }),
  fc.double({ min: 5, max: 5000, noNaN: true }),
  fc.double({ min: 0, max: 120, noNaN: true }),
  fc.double({ min: 0, max: 0.99, noNaN: true }),
  fc.double({ min: 0.5, max: 1, noNaN: true }),
);

describe('erlangAAgents', () => {
  it('staffs the classic case with 13 agents, and 15 under a 70% occupancy cap', () => {
    // Reference chain: 12 agents answer 77.23% within 20 s, 13 answer 85.82% (occupancy
    // 75.0%), 14 answer 91.68% at 70.4%, 15 answer 95.39% at 66.2%.
    const free = erlangAAgents(CLASSIC.callsPerHour, CLASSIC.handleSeconds, CLASSIC.patienceSeconds, CLASSIC.targetSeconds, 0.8, 1);
    expect(free.agents).toBe(13);
    expect(free.serviceLevel).toBeCloseTo(0.8581777, 9);
    const capped = erlangAAgents(CLASSIC.callsPerHour, CLASSIC.handleSeconds, CLASSIC.patienceSeconds, CLASSIC.targetSeconds, 0.8, 0.7);
    expect(capped.agents).toBe(15);
    expect(capped.occupancy).toBeCloseTo(0.6616570157, 9);
    expect(erlangAPerformance(12, 200, 180, 300, 20).serviceLevel).toBeLessThan(0.8);
  });

  it('may staff at or below the offered load when customers abandon', () => {
    const r = erlangAAgents(200, 180, 60, 20, 0.3, 1);
    expect(r.agents).toBeLessThanOrEqual(10);
    expect(r.serviceLevel).toBeGreaterThanOrEqual(0.3);
  });

  it('needs no more agents than Erlang C once patience is effectively infinite', () => {
    expect(erlangAAgents(200, 180, 1e12, 20, 0.8, 1).agents).toBe(erlangCAgents(200, 180, 20, 0.8, 1).agents);
    expect(erlangAAgents(200, 180, 1e12, 20, 0.8, 0.7).agents).toBe(15);
  });

  it('returns the first agent count a linear scan finds', () => {
    fc.assert(
      fc.property(searchInputs, ([calls, aht, patience, target, sl, cap]) => {
        const found = erlangAAgents(calls, aht, patience, target, sl, cap);
        let n = 1;
        for (; ; n++) {
          const r = erlangAPerformance(n, calls, aht, patience, target);
          if (r.occupancy <= cap + 1e-12 && r.serviceLevel >= sl - 1e-12) break;
        }
        expect(found.agents).toBe(n);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses targets it can never meet', () => {
    expect(() => erlangAAgents(200, 180, 300, 20, 1, 1)).toThrow(RangeError);
    expect(() => erlangAAgents(200, 180, 300, 20, 0.8, 0)).toThrow(RangeError);
    expect(() => erlangAAgents(Number.NaN, 180, 300, 20, 0.8, 1)).toThrow(RangeError);
  });

  it('staffs loads of tens of thousands of Erlangs exactly: the answer meets the target and one agent fewer does not', () => {
    const cases = [
      [300_000, 400, 300, 60, 0.8, 0.85],
      [1_000_000, 240, 120, 20, 0.9, 0.95],
      [400_000, 600, 30, 20, 0.2, 1],
      [200_000, 300, 1, 600, 0.95, 1],
    ] as const;
    for (const [calls, aht, patience, target, sl, cap] of cases) {
      const r = erlangAAgents(calls, aht, patience, target, sl, cap);
      const meets = (n: number): boolean => {
        const p = erlangAPerformance(n, calls, aht, patience, target);
        return p.occupancy <= cap + 1e-12 && p.serviceLevel >= sl - 1e-12;
      };
      expect(meets(r.agents)).toBe(true);
      expect(meets(r.agents - 1)).toBe(false);
    }
  });
});

describe('erlangAAgentCount', () => {
  it('gives the classic case 13 agents, and 15 under a 70% occupancy cap, from any bounds either side', () => {
    const { callsPerHour, handleSeconds, patienceSeconds, targetSeconds } = CLASSIC;
    for (const [atLeast, atMost] of [
      [0, Infinity],
      [12, 13],
      [13, 13],
      [13, 14],
      [1, 40],
    ] as const) {
      expect(erlangAAgentCount(callsPerHour, handleSeconds, patienceSeconds, targetSeconds, 0.8, 1, atLeast, atMost)).toBe(13);
    }
    expect(erlangAAgentCount(callsPerHour, handleSeconds, patienceSeconds, targetSeconds, 0.8, 0.7, 14, 15)).toBe(15);
    expect(erlangAAgentCount(callsPerHour, handleSeconds, patienceSeconds, targetSeconds, 0.8, 0.7, 0, 16)).toBe(15);
  });

  it('is the answer of erlangAAgents for any bounds that hold, counting no arrivals as no agents', () => {
    fc.assert(
      fc.property(
        searchInputs,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 6 })),
        ([calls, aht, patience, target, sl, cap], lowShare, overBy) => {
          const answer = erlangAAgents(calls, aht, patience, target, sl, cap).agents;
          const atLeast = Math.floor(lowShare * answer);
          expect(erlangAAgentCount(calls, aht, patience, target, sl, cap, atLeast, answer + overBy)).toBe(
            erlangAAgents(calls, aht, patience, target, sl, cap, atLeast > 0 ? atLeast : undefined, atLeast).agents,
          );
          expect(erlangAAgentCount(calls, aht, patience, target, sl, cap, atLeast, answer + overBy)).toBe(answer);
        },
      ),
      { numRuns: 150 },
    );
    expect(erlangAAgentCount(0, 180, 300, 20, 0.8, 1, 0, Infinity)).toBe(0);
  });

  it('refuses what erlangAAgents refuses', () => {
    expect(() => erlangAAgentCount(200, 180, 300, 20, 1, 1, 0, Infinity)).toThrow(RangeError);
    expect(() => erlangAAgentCount(200, 180, 300, 20, 0.8, 0, 0, Infinity)).toThrow(RangeError);
    expect(() => erlangAAgentCount(Number.NaN, 180, 300, 20, 0.8, 1, 0, Infinity)).toThrow(RangeError);
  });
});

describe('Erlang B inside the Erlang A measures', () => {
  it('agrees with the full recursion from B(0) below, at and far above the load', () => {
    // Patience 0 makes Erlang A the Erlang B loss system, so the abandon rate is B itself.
    const a = 5000;
    for (const n of [1200, 4000, 4800, 5000, 5300, 5600, 6000]) {
      const b = erlangAPerformance(n, a * 20, 180, 0, 20).abandonRate;
      const ref = erlangBFromZero(n, a);
      expect(Math.abs(b - ref)).toBeLessThanOrEqual(1e-12 * ref);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, Money, presetScenario, type ChannelSpec, type Scenario } from '../../../src/model';
import { staffPool, staffPoolTwo } from '../../../src/model/pool';
import { newContext, project } from '../../../src/model/projection';
import { FULL } from '../../../src/model/switches';
import { responseWindow, staffBacklog } from '../../../src/model/backlog';
import { newChannel } from '../../../src/model/channel-defaults';
import { queueSolver, staffMonth, type StaffingInputs } from '../../../src/model/staffing';
import { WEEKS_PER_MONTH } from '../../../src/model/units';

const MON = (hour: number) => hour;
const SUN = (hour: number) => 6 * 24 + hour;

/**
 * The worked week: open Monday 09:00-11:00 only (intervals 9 and 10); a 2-hour response
 * window, 50 % within it, occupancy cap 100 %. Work (agent-hours): 2 arrive Sunday 23:00
 * (window Sunday 23:00 to Monday 01:00, all closed: late whatever the staffing, carried over
 * the night into Monday), 1 Monday 08:00 (closed; its last chance is 09:00), 3 Monday 09:00
 * (last chance 10:00). 6 a week, so 3 must be on time.
 */
function workedWeek(): { work: number[]; open: number[] } {
  const work = Array.from({ length: 168 }, () => 0);
  work[SUN(23)] = 2;
  work[MON(8)] = 1;
  work[MON(9)] = 3;
  const open = Array.from({ length: 168 }, (_, h) => (h === MON(9) || h === MON(10) ? 1 : 0));
  return { work, open };
}

describe('asynchronous backlog to a response-time target', () => {
  it('staffs the hand-worked week: work carried over the night and the week, a closed hour answering nothing', () => {
    const { work, open } = workedWeek();
    const r = staffBacklog({ work, open, windowHours: 2, targetShare: 0.5, maxOccupancy: 1 });
    // Only Monday 08:00 and 09:00 can be on time (4 h); 3 h must be. Monday 10:00 answers
    // what Monday 09:00 leaves: with 1 agent at 10:00 at most 1 + 1 = 2 h are on time, so 2
    // agents at 10:00, and Monday 09:00's cohort gets 2 of its 3 h on time. Its third hour
    // is carried, over the whole week, to the next Monday 09:00, where FIFO answers it first,
    // then Sunday's 2 h, then Monday 08:00's 1 h by its deadline: 1 + 2 + 1 = 4 agents.
    // On time: 1 + 2 = 3 of 6 h, 50 %; 4 + 2 = 6 agent-hours for 6 h of work.
    expect(r.agents[MON(9)]).toBe(4);
    expect(r.agents[MON(10)]).toBe(2);
    expect(r.onTimeShare).toBeCloseTo(0.5, 12);
    expect(r.workHours).toBeCloseTo(6, 12);
    // No agent in any other hour: closed hours answer nothing.
    expect(Array.from(r.agents).reduce((a, b) => a + b, 0)).toBe(6);
    // Fixed seats, 3 in each open hour: 09:00 answers Sunday's 2 h and Monday 08:00's 1 h
    // (on time); 10:00 all 3 h of Monday 09:00 (on time): 4 of 6 h.
    const fixed = staffBacklog({ work, open, windowHours: 2, targetShare: 0.5, maxOccupancy: 1, seats: 3 });
    expect(fixed.onTimeShare).toBeCloseTo(4 / 6, 12);
  });

  it('staffs a month from the worked week: 6 agent-hours a week on seat, the response level reached', () => {
    const { work, open } = workedWeek();
    const perWeek = 6;
    const inputs: StaffingInputs = {
      channel: 'email',
      model: 'erlang-c',
      humanContacts: perWeek * WEEKS_PER_MONTH,
      agentMinutes: perWeek * WEEKS_PER_MONTH * 60,
      weights: work.map((w) => w / perWeek),
      serviceLevel: 0.8,
      targetSeconds: 60,
      maxOccupancy: 1,
      concurrency: 1,
      shrinkage: 0,
      paidHoursPerMonth: 100,
      patienceSeconds: 60,
      seats: null,
      openHoursPerWeek: 2,
      backlog: { targetSeconds: 2 * 3600, targetShare: 0.5, open, concurrency: 1 },
    };
    const r = staffMonth(inputs, queueSolver());
    expect(r.onSeatHours).toBeCloseTo(6 * WEEKS_PER_MONTH, 9);
    expect(r.staffedFte).toBeCloseTo((6 * WEEKS_PER_MONTH) / 100, 9);
    expect(r.peakAgents).toBe(4);
    expect(r.responseLevel).toBeCloseTo(0.5, 12);
    expect(r.occupancy).toBeCloseTo(1, 12);
    expect(r.serviceLevel).toBeNull();
    const fixed = staffMonth({ ...inputs, seats: 3 }, queueSolver());
    expect(fixed.responseLevel).toBeCloseTo(4 / 6, 12);
    // Messaging two at a time halves the work: 3 agent-hours a week.
    const twice = staffMonth({ ...inputs, backlog: { ...inputs.backlog!, concurrency: 2 } }, queueSolver());
    expect(twice.onSeatHours).toBeLessThan(r.onSeatHours);
  });

  it('rounds the response window down to whole hours, at least one', () => {
    expect(responseWindow(4 * 3600)).toBe(4);
    expect(responseWindow(5400)).toBe(1);
    expect(responseWindow(600)).toBe(1);
    expect(responseWindow(604_800)).toBe(168);
  });

  it('meets the target whenever every window has an open hour, with no more agents than a stricter target (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 20, noNaN: true }), { minLength: 168, maxLength: 168 }),
        fc.integer({ min: 1, max: 24 }),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (work, window, share, occ) => {
          const open = work.map(() => 1);
          const r = staffBacklog({ work, open, windowHours: window, targetShare: share, maxOccupancy: occ });
          const total = work.reduce((a, b) => a + b, 0);
          if (total > 0) expect(r.onTimeShare).toBeGreaterThanOrEqual(share - 1e-9);
          const stricter = staffBacklog({ work, open, windowHours: window, targetShare: Math.min(1, share + 0.05), maxOccupancy: occ });
          const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
          // Capacity over the week for the work (what one week carries into the next aside: a
          // share q below 1 of the week's last cohort may wait for the next week's first).
          expect(sum(r.agents) * occ).toBeGreaterThanOrEqual(total * (1 - 1e-3));
          expect(Number.isFinite(sum(stricter.agents))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('asynchronous channels in a scenario', () => {
  function scenario(email: Partial<ChannelSpec>): Scenario {
    const base = presetScenario('ecommerce');
    return {
      ...base,
      channels: [
        { ...newChannel('chat', 60), concurrency: 2 },
        { ...newChannel('email', 40), ...email },
      ],
    };
  }

  it('reports the response level of the email channel and the total, and staffs by target rather than workload', () => {
    const r = calculate(scenario({})).full;
    const email = r.channels[1]!;
    expect(email.summary.responseLevelPct).not.toBeNull();
    expect(email.summary.responseLevelPct!).toBeGreaterThanOrEqual(90 - 1e-9);
    expect(email.summary.serviceLevelPct).toBeNull();
    expect(r.summary.responseLevelPct).toBeCloseTo(email.summary.responseLevelPct!, 9);
    // The total's service level is the chat channel's (the only live one).
    expect(r.summary.serviceLevelPct).toBeCloseTo(r.channels[0]!.summary.serviceLevelPct!, 9);
    // Without a target the email channel keeps the workload method, and no response level.
    const workload = calculate(scenario({ targetSeconds: null })).full;
    expect(workload.summary.responseLevelPct).toBeNull();
  });

  it('needs no fewer agents for a shorter response time', () => {
    const fte = (seconds: number) => calculate(scenario({ targetSeconds: seconds })).full.channels[1]!.summary.staffedFteWithAi;
    expect(fte(3600)).toBeGreaterThanOrEqual(fte(4 * 3600));
    expect(fte(4 * 3600)).toBeGreaterThanOrEqual(fte(24 * 3600));
  });

  it('carries the closed hours of an imported profile into the open ones', () => {
    // Arrivals every hour of the week; open weekdays 9-17 with a 2-hour target: what arrives at night cannot be answered in time.
    const profile = Array.from({ length: 168 }, () => 1);
    const r = calculate(
      scenario({ arrivalProfile: profile, targetSeconds: 7200, serviceLevelPct: 50, openFromHour: 9, openToHour: 17, openDays: [0, 1, 2, 3, 4] }),
    ).full.channels[1]!;
    // Of arrivals in every hour, only those of weekdays 8:00 to 16:00 have an open hour within
    // their 2 hours (9 of 24 hours, 5 days: 45 of 168, 26.8 %): every one of those is on time,
    // the others cannot be, so the 50 % target is out of reach and the level says so.
    expect(r.summary.responseLevelPct!).toBeCloseTo((45 / 168) * 100, 6);
    expect(r.summary.staffedFteWithAi).toBeGreaterThan(0);
  });
});

describe('blended pools', () => {
  /**
   * The worked pool: one open hour of voice a week (Monday 09:00), 10 calls of 6 minutes
   * (1 Erlang), 80 % answered within 20 s, occupancy cap 100 %; email arriving Monday 09:00,
   * 2 agent-hours a week, open 09:00-11:00, 50 % within 2 hours.
   */
  function workedPool() {
    const weeks = WEEKS_PER_MONTH;
    const voiceWeights = Array.from({ length: 168 }, (_, h) => (h === MON(9) ? 1 : 0));
    const common = {
      model: 'erlang-c' as const,
      serviceLevel: 0.8,
      maxOccupancy: 1,
      concurrency: 1,
      shrinkage: 0,
      paidHoursPerMonth: 100,
      patienceSeconds: 60,
      seats: null,
    };
    const voice: StaffingInputs = {
      ...common,
      channel: 'voice',
      humanContacts: 10 * weeks,
      agentMinutes: 10 * weeks * 6,
      weights: voiceWeights,
      targetSeconds: 20,
      openHoursPerWeek: 1,
    };
    const open = Array.from({ length: 168 }, (_, h) => (h === MON(9) || h === MON(10) ? 1 : 0));
    const email: StaffingInputs = {
      ...common,
      channel: 'email',
      humanContacts: 20 * weeks,
      agentMinutes: 20 * weeks * 6,
      weights: voiceWeights,
      targetSeconds: 60,
      openHoursPerWeek: 2,
      backlog: { targetSeconds: 7200, targetShare: 0.5, open, concurrency: 1 },
    };
    return { voice, email };
  }

  it('staffs the hand-worked pool with fewer agents than the two channels alone', () => {
    const { voice, email } = workedPool();
    const solve = queueSolver();
    const v = staffMonth(voice, solve);
    const e = staffMonth(email, solve);
    // Voice alone: A = 1 Erlang; 2 agents answer 1 - (1/3) e^(-20/360) = 68.5 % within 20 s,
    // 3 agents 1 - (1/11) e^(-40/360) = 91.9 %: 3 agents, 3 agent-hours a week, 1 of them working.
    expect(v.peakAgents).toBe(3);
    expect(v.onSeatHours).toBeCloseTo(3 * WEEKS_PER_MONTH, 9);
    // Email alone: 2 h due by 11:00; 1 agent at 10:00 answers half of it (50 %), the other
    // half carried to next Monday's 10:00 and answered first: 2 agents at 10:00 every week.
    expect(e.onSeatHours).toBeCloseTo(2 * WEEKS_PER_MONTH, 9);
    expect(e.responseLevel).toBeCloseTo(0.5, 12);
    // Blended: the voice agents' 2 idle hours at 09:00 answer all the email as it arrives;
    // no email agent is needed. 3 agent-hours a week instead of 5, all email on time.
    const pool = staffPool(
      [
        { live: true, inputs: voice, dedicated: v },
        { live: false, inputs: email, dedicated: e },
      ],
      solve,
    );
    expect(pool.onSeatHours).toBeCloseTo(3 * WEEKS_PER_MONTH, 9);
    expect(pool.staffedFte).toBeCloseTo((3 * WEEKS_PER_MONTH) / 100, 9);
    expect(pool.peakAgents).toBe(3);
    expect(pool.channels[1]!.responseLevel).toBeCloseTo(1, 12);
    // Each channel's part of the pool by its work: voice 1 h, email 2 h of every 3.
    expect(pool.channels[0]!.onSeatHours).toBeCloseTo(WEEKS_PER_MONTH, 9);
    expect(pool.channels[1]!.onSeatHours).toBeCloseTo(2 * WEEKS_PER_MONTH, 9);
    // The voice queue keeps its own service level.
    expect(pool.channels[0]!.serviceLevel).toBe(v.serviceLevel);
  });

  it("staffs a month's pools with and without the AI side by side exactly as one after the other", () => {
    const { voice, email } = workedPool();
    const scaled = (s: StaffingInputs, f: number): StaffingInputs => ({ ...s, humanContacts: s.humanContacts * f, agentMinutes: s.agentMinutes * f });
    // Two backlogs of one layout (a shorter target uses the spare time first), at many workloads.
    const faster: StaffingInputs = { ...email, backlog: { ...email.backlog!, targetSeconds: 3600, targetShare: 0.8 } };
    for (const f of [0.3, 0.55, 1, 1.7, 4, 11]) {
      const pool = (v: StaffingInputs, e: StaffingInputs, g: StaffingInputs) => [
        { live: true, inputs: v, dedicated: null },
        { live: false, inputs: e, dedicated: null },
        { live: false, inputs: g, dedicated: null },
      ];
      const withAi = pool(scaled(voice, 0.8 * f), scaled(email, 0.4 * f), scaled(faster, 0.5 * f));
      const without = pool(scaled(voice, f), scaled(email, f), scaled(faster, f));
      // A cost-only solver with occupancy (Monte Carlo draws of a blended pool): live weeks come from the pool.
      const alone = [staffPool(withAi, queueSolver(true)), staffPool(without, queueSolver(true))];
      expect(staffPoolTwo(withAi, without, queueSolver(true))).toEqual(alone);
      expect(staffPoolTwo(withAi, without, queueSolver())).toEqual([staffPool(withAi, queueSolver()), staffPool(without, queueSolver())]);
    }
  });

  it('reports the saving in a scenario, with the channels adding up to it to the cent', () => {
    const base = presetScenario('ecommerce');
    const channels = [
      { ...newChannel('voice', 40), handleMinutes: 7 },
      { ...newChannel('chat', 20), concurrency: 2 },
      newChannel('email', 40, ['voice', 'chat']),
    ];
    const dedicated: Scenario = { ...base, channels };
    const blended: Scenario = { ...dedicated, pooling: 'blended' };
    const d = calculate(dedicated).full;
    const b = calculate(blended).full;
    expect(d.pooling).toBeNull();
    expect(b.pooling).not.toBeNull();
    expect(b.pooling!.dedicatedFte).toBeCloseTo(d.summary.staffedFteWithAi, 9);
    expect(b.pooling!.blendedFte).toBeCloseTo(b.summary.staffedFteWithAi, 9);
    expect(b.pooling!.blendedFte).toBeLessThanOrEqual(b.pooling!.dedicatedFte + 1e-9);
    expect(b.pooling!.savedFte).toBeGreaterThan(0);
    expect(b.summary.responseLevelPct!).toBeGreaterThanOrEqual(90 - 1e-9);
    // Live service levels are those of the dedicated queues.
    expect(b.channels[0]!.summary.serviceLevelPct).toBe(d.channels[0]!.summary.serviceLevelPct);
    // Fewer agents cost less (with and without the AI, both pooled alike).
    expect(b.summary.humanCostPerMonth.lt(d.summary.humanCostPerMonth)).toBe(true);
    expect(b.summary.baselineCostPerMonth.lt(d.summary.baselineCostPerMonth)).toBe(true);
    b.rows.forEach((row, m) => {
      for (const f of ['humanCost', 'baselineCost', 'totalCost', 'savings', 'cumulativeSavings'] as const) {
        const sum = b.channels.reduce((a, c) => a.plus(c.rows[m]![f]), new Money(0));
        expect(sum.toFixed()).toBe(row[f].toFixed());
      }
      expect(b.channels.reduce((a, c) => a + c.rows[m]!.staffing.staffedFte, 0)).toBeCloseTo(row.staffing.staffedFte, 9);
    });
  });
});

describe('staffing kept between calculations', () => {
  it('staffs no month again after a price edit, dedicated or blended, with channels of their own profiles', () => {
    const base = presetScenario('ecommerce');
    const profile = Array.from({ length: 168 }, (_, h) => 1 + (h % 24 >= 9 && h % 24 < 18 ? 4 : 0) + (h % 5));
    for (const pooling of ['dedicated', 'blended'] as const) {
      const s: Scenario = {
        ...base,
        pooling,
        channels: [
          { ...newChannel('voice', 30), arrivalProfile: profile },
          { ...newChannel('chat', 30), concurrency: 2 },
          { ...newChannel('email', 40), arrivalProfile: profile.map((x) => x + 1) },
        ],
      };
      const ctx = newContext();
      project(s, FULL, ctx);
      const staffed = ctx.staffed.size;
      const pools = ctx.pools.size;
      const pricier: Scenario = { ...s, ai: { ...s.ai, pricePerUnit: s.ai.pricePerUnit * 2 }, human: { ...s.human, costPerHour: s.human.costPerHour + 1 } };
      const next = newContext(ctx);
      project(pricier, FULL, next);
      expect(next.staffed.size).toBe(staffed);
      expect(next.pools.size).toBe(pools);
      if (pooling === 'blended') expect(pools).toBeGreaterThan(0);
    }
  });
});

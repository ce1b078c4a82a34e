import { describe, expect, it } from 'vitest';
import { staffMonth, queueSolver, type StaffingInputs } from '../../../src/model/staffing';
import { WEEKS_PER_MONTH } from '../../../src/model/units';
import { erlangAAgents } from '../../../src/model/erlang-a';

// 200 contacts an hour in every hour of the week, 3 minutes each, 80 % in 20 s: 14 agents
// per interval (Erlang C, see erlang.test.ts), so 14 x 168 on-seat hours a week.
const flat = Array.from({ length: 168 }, () => 1 / 168);
const inputs: StaffingInputs = {
  channel: 'voice',
  model: 'erlang-c',
  humanContacts: 200 * 168 * WEEKS_PER_MONTH,
  agentMinutes: 200 * 168 * WEEKS_PER_MONTH * 3,
  weights: flat,
  serviceLevel: 0.8,
  targetSeconds: 20,
  maxOccupancy: 1,
  concurrency: 1,
  shrinkage: 0.3,
  paidHoursPerMonth: 173.9,
  patienceSeconds: 300,
  seats: null,
  openHoursPerWeek: 168,
};

describe('staffMonth', () => {
  it('staffs every interval to Erlang C and converts on-seat hours to paid FTE', () => {
    const r = staffMonth(inputs, queueSolver());
    expect(r.peakAgents).toBe(14);
    // 14 x 168 x 4.348214 on-seat hours / (173.9 x 0.7) paid and available hours.
    expect(r.onSeatHours).toBeCloseTo(14 * 168 * WEEKS_PER_MONTH, 9);
    expect(r.staffedFte).toBeCloseTo((14 * 168 * WEEKS_PER_MONTH) / (173.9 * 0.7), 9);
    expect(r.serviceLevel).toBeCloseTo(0.8883500191794669, 9);
    expect(r.asaSeconds).toBeCloseTo(7.835937011777243, 9);
    expect(r.occupancy).toBeCloseTo(10 / 14, 12);
    expect(r.abandonRate).toBeNull();
  });

  it('applies the occupancy cap: 15 agents at 70 %', () => {
    expect(staffMonth({ ...inputs, maxOccupancy: 0.7 }, queueSolver()).peakAgents).toBe(15);
  });

  it('divides chat handle time by concurrency: 2 chats at 6 minutes queue like 1 at 3', () => {
    const chat = staffMonth({ ...inputs, channel: 'chat', concurrency: 2, agentMinutes: inputs.agentMinutes * 2 }, queueSolver());
    expect(chat.peakAgents).toBe(14);
  });

  it('staffs email to workload / max occupancy with no queue', () => {
    // Workload 200 x 168 x 4.348 x 3 / 60 hours a month at 85 %.
    const r = staffMonth({ ...inputs, channel: 'email', maxOccupancy: 0.85 }, queueSolver());
    const workload = (200 * 168 * WEEKS_PER_MONTH * 3) / 60;
    expect(r.onSeatHours).toBeCloseTo(workload / 0.85, 9);
    expect(r.staffedFte).toBeCloseTo(workload / 0.85 / (173.9 * 0.7), 9);
    // 10 hours of work an hour / 0.85 = 11.76: 12 agents at the peak.
    expect(r.peakAgents).toBe(12);
    expect(r.serviceLevel).toBeNull();
  });

  it('pays fixed seats in every open hour, even hours without arrivals', () => {
    // Arrivals only in the first 84 hours, at 400 an hour; 16 seats in all 168 open hours.
    const half = Array.from({ length: 168 }, (_, h) => (h < 84 ? 1 / 84 : 0));
    const r = staffMonth({ ...inputs, weights: half, seats: 16 }, queueSolver());
    expect(r.onSeatHours).toBeCloseTo(16 * 168 * WEEKS_PER_MONTH, 9);
  });

  it('reports what fixed seats achieve (reverse staffing)', () => {
    const r = staffMonth({ ...inputs, seats: 13 }, queueSolver());
    expect(r.peakAgents).toBe(13);
    expect(r.serviceLevel).toBeCloseTo(0.7955947884177831, 9);
  });

  it('reports an unbounded speed of answer when fixed seats are at or below the load of an interval (Erlang C)', () => {
    // 200 an hour of 3 minutes is 10 Erlangs: 10 seats leave every interval's queue growing without end.
    const r = staffMonth({ ...inputs, seats: 10 }, queueSolver());
    expect(r.serviceLevel).toBe(0);
    expect(r.asaSeconds).toBe(Infinity);
    expect(r.occupancy).toBe(1);
    // Half the week at 400 an hour (20 Erlangs) and half at none: 16 seats are unstable where contacts come.
    const half = Array.from({ length: 168 }, (_, h) => (h < 84 ? 1 / 84 : 0));
    expect(staffMonth({ ...inputs, weights: half, seats: 16 }, queueSolver()).asaSeconds).toBe(Infinity);
    // One seat more than the load: finite, as Erlang C gives it.
    expect(Number.isFinite(staffMonth({ ...inputs, seats: 11 }, queueSolver()).asaSeconds)).toBe(true);
  });

  it('staffs with Erlang A when chosen: abandonment reported, never more agents than Erlang C', () => {
    const a = staffMonth({ ...inputs, model: 'erlang-a' }, queueSolver());
    const aAlone = erlangAAgents(200, 180, 300, 20, 0.8, 1);
    expect(a.peakAgents).toBe(aAlone.agents);
    expect(a.peakAgents).toBeLessThanOrEqual(14);
    expect(a.abandonRate).toBeCloseTo(aAlone.abandonRate, 12);
    expect(a.abandonRate!).toBeGreaterThan(0);
  });

  it('needs no one for no contacts', () => {
    expect(staffMonth({ ...inputs, humanContacts: 0, agentMinutes: 0 }, queueSolver()).staffedFte).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { calculate, presetScenario, type Scenario } from '../../../src/model';
import { fteStepOfOneAgent, staffingByAutomation, staffingByServiceLevel, steadyContacts } from '../../../src/model/sensitivity';

function scenario(patch: Partial<Scenario> = {}): Scenario {
  const s = presetScenario('ecommerce');
  return { ...s, channel: 'voice', ...patch };
}

describe('staffingByServiceLevel', () => {
  it("passes through the scenario's own staffing at its own target", () => {
    const s = scenario();
    const r = calculate(s);
    const series = staffingByServiceLevel(s, steadyContacts(r.full.rows));
    const own = series.points.find((p) => p.xPct === s.human.serviceLevelPct)!;
    const steady = r.full.rows[r.full.summary.steadyMonth - 1]!;
    expect(series.currentPct).toBe(s.human.serviceLevelPct);
    expect(own.peakAgents).toBe(steady.staffing.peakAgents);
    expect(own.staffedFte).toBeCloseTo(steady.staffing.staffedFte, 9);
  });

  it('never needs fewer agents for a stricter target', () => {
    for (const model of ['erlang-c', 'erlang-a'] as const) {
      const s = scenario({ human: { ...presetScenario('ecommerce').human, staffingModel: model } });
      const series = staffingByServiceLevel(s, 40_000);
      for (let i = 1; i < series.points.length; i++) {
        expect(series.points[i]!.xPct).toBeGreaterThan(series.points[i - 1]!.xPct);
        expect(series.points[i]!.peakAgents).toBeGreaterThanOrEqual(series.points[i - 1]!.peakAgents);
        expect(series.points[i]!.staffedFte).toBeGreaterThanOrEqual(series.points[i - 1]!.staffedFte - 1e-9);
      }
    }
  });

  it('sets a fixed headcount aside: the series is what each target would need', () => {
    const s = scenario();
    const fixed = { ...s, human: { ...s.human, seats: 3 } };
    expect(staffingByServiceLevel(fixed, 40_000)).toEqual(staffingByServiceLevel(s, 40_000));
  });
});

describe('staffingByAutomation', () => {
  it('runs from no automation (every contact human) to what the AI may attempt, through the scenario itself', () => {
    const s = scenario();
    const r = calculate(s);
    const contacts = steadyContacts(r.full.rows);
    const series = staffingByAutomation(s, contacts);
    const first = series.points[0]!;
    const steady = r.full.rows[r.full.summary.steadyMonth - 1]!;
    expect(first.xPct).toBe(0);
    // At 0 % automation, AI-attempted contacts all escalate: at least the all-human workload.
    expect(first.staffedFte).toBeGreaterThanOrEqual(steady.staffingBaseline.staffedFte - 1e-9);
    const own = series.points.find((p) => Math.abs(p.xPct - series.currentPct) < 1e-12)!;
    expect(own.peakAgents).toBe(steady.staffing.peakAgents);
    expect(own.staffedFte).toBeCloseTo(steady.staffing.staffedFte, 6);
  });

  it('staffs fewer FTE as the AI resolves more', () => {
    const s = scenario({ quality: { ...presetScenario('ecommerce').quality, errorRatePct: 0, handoffMinutes: 0 } });
    const series = staffingByAutomation(s, 40_000);
    for (let i = 1; i < series.points.length; i++) expect(series.points[i]!.staffedFte).toBeLessThanOrEqual(series.points[i - 1]!.staffedFte + 1e-9);
  });
});

describe('fteStepOfOneAgent', () => {
  it('is open hours x weeks per month over available hours (worked by hand)', () => {
    const base = presetScenario('ecommerce');
    // 9:00-17:00 Monday to Friday: 40 open hours a week; 365.25 / 12 / 7 weeks a month;
    // 160 paid hours x (1 - 20 %) = 128 available hours: 40 x 365.25 / 84 / 128 = 1.358816964285714.
    const office = { ...base, human: { ...base.human, openFromHour: 9, openToHour: 17, openDays: [0, 1, 2, 3, 4], paidHoursPerMonth: 160, shrinkagePct: 20 } };
    expect(fteStepOfOneAgent(office)).toBeCloseTo(1.358816964285714, 12);
    // Around the clock: 168 x 4.348214... = 730.5 hours a month, / 128 = 5.70703125.
    const always = { ...office, human: { ...office.human, openFromHour: 0, openToHour: 24, openDays: [0, 1, 2, 3, 4, 5, 6] } };
    expect(fteStepOfOneAgent(always)).toBeCloseTo(5.70703125, 12);
    expect(fteStepOfOneAgent({ ...office, human: { ...office.human, shrinkagePct: 100 } })).toBe(0);
  });

  it('is the step of staffed FTE: with a flat arrival profile, staffed FTE is a whole number of steps', () => {
    const s = scenario({ arrivalProfile: null });
    const r = calculate(s);
    const step = fteStepOfOneAgent(s);
    for (const row of r.full.rows) {
      const agents = row.staffing.staffedFte / step;
      expect(Math.abs(agents - Math.round(agents))).toBeLessThan(1e-9);
    }
  });
});

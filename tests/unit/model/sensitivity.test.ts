import { describe, expect, it } from 'vitest';
import { calculate, presetScenario, type Scenario } from '../../../src/model';
import { staffingByAutomation, staffingByServiceLevel, steadyContacts } from '../../../src/model/sensitivity';

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

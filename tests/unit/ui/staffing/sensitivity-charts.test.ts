import { describe, expect, it } from 'vitest';
import { presetScenario, type SensitivitySeries } from '../../../../src/model';
import { newChannel } from '../../../../src/model/channel-defaults';
import { automationChart, channelsKept, serviceLevelChart } from '../../../../src/ui/staffing/sensitivity-charts';

const series: SensitivitySeries = {
  points: [
    { xPct: 50, staffedFte: 30, peakAgents: 5 },
    { xPct: 80, staffedFte: 42.04, peakAgents: 7 },
    { xPct: 98, staffedFte: 66, peakAgents: 11 },
  ],
  currentPct: 80,
};

describe('staffing sensitivity charts', () => {
  it("mark the scenario's own target on the staffed-to-target line, and say so when the scenario has agents on seat", () => {
    const plain = serviceLevelChart(series, 'en-US');
    expect(plain.series.map((x) => x.label)).toEqual(['Staffed FTE', 'Agents in the busiest hour', 'This scenario']);
    expect(plain.series[2]!.data).toEqual([null, 42.04, null]);
    expect(plain.table!.rows.map((r) => r[0])).toEqual(['50%', '80% (this scenario)', '98%']);
    expect(plain.summary).toBe('Raising the service-level target from 50% to 98% takes staffed FTE from 30 to 66.');
    // With a fixed headcount the scenario's FTE are its seats', not this point: the point is named for what it is.
    const seated = automationChart(series, 'en-US', true);
    expect(seated.series[2]!.label).toBe('This scenario staffed to its target');
    expect(seated.table!.rows[1]![0]).toBe('80% (this scenario staffed to its target)');
  });

  it("says the automation rate is the categories' when channels keep an automation of their own", () => {
    const s = presetScenario('ecommerce');
    expect(channelsKept(s)).toBe('');
    const chat = newChannel('chat', 40);
    const email = { ...newChannel('email', 45), automationPct: 70 };
    const voice = { ...newChannel('voice', 15), aiEnabled: false };
    const kept = channelsKept({ ...s, channels: [chat, email, voice] }, 'en-US');
    expect(kept).toBe('Email 70%, Phone human only');
    const chart = automationChart({ ...series, currentPct: 80 }, 'en-US', false, kept);
    expect(chart.summary).toBe(
      "The rate is the categories', which the channels without an automation of their own follow; Email 70%, Phone human only keep theirs. From none to 98% (all the AI may attempt), staffed FTE go from 30 to 66. At 0% the AI still answers first and hands every contact it takes on to an agent, which adds the handoff time: this point can need more FTE than the scenario without the AI (Figures).",
    );
    expect(chart.table!.head[0]).toBe("Categories' automation rate");
  });
});

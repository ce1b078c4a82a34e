import { describe, expect, it } from 'vitest';
import { calculate, presetScenario } from '../../../src/model';
import { allCharts, costChart, csatChart, funnelChart, projectionChart, staffingChart } from '../../../src/ui/charts/chart-data';
import { toChartConfig } from '../../../src/ui/charts/chart-config';

const s = presetScenario('ecommerce');
const r = calculate(s);

describe('costChart', () => {
  it('stacks each method against its own baseline, component by component, to the totals', () => {
    const c = costChart(s, r, 'en-US');
    expect(c.labels).toEqual(['Headline: without AI', 'Headline: with AI', 'Full model: without AI', 'Full model: with AI']);
    const total = (i: number) => c.series.reduce((sum, x) => sum + (x.data[i] ?? 0), 0);
    expect(total(0)).toBeCloseTo(r.headline.summary.baselineCostPerMonth.toNumber(), 6);
    expect(total(1)).toBeCloseTo(r.headline.summary.totalCostPerMonth.toNumber(), 6);
    expect(total(2)).toBeCloseTo(r.full.summary.baselineCostPerMonth.toNumber(), 6);
    expect(total(3)).toBeCloseTo(r.full.summary.totalCostPerMonth.toNumber(), 6);
    expect(c.table.rows).toHaveLength(4);
  });
});

describe('projectionChart', () => {
  it('has one bar per month and marks the payback month on the cumulative line', () => {
    const c = projectionChart(s, r, 'en-US');
    expect(c.labels).toHaveLength(s.finance.months);
    const marker = c.series.find((x) => x.pointsOnly)!;
    const marked = marker.data.flatMap((v, i) => (v === null ? [] : [i]));
    const payback = r.primary.summary.paybackMonths!;
    expect(marked).toEqual([Math.ceil(payback) - 1]);
    expect(c.summary).toMatch(/paid back after 1\.2 months/);
  });

  it('has no payback marker when nothing is owed', () => {
    const k = presetScenario('klarna-2024');
    const c = projectionChart(k, calculate(k), 'en-US');
    expect(c.series.find((x) => x.pointsOnly)!.data.every((v) => v === null)).toBe(true);
    expect(c.summary).toMatch(/no one-time cost/);
  });
});

describe('staffingChart', () => {
  it('sets agent-equivalents against staffed FTE, before and after', () => {
    const c = staffingChart(s, r, 'en-US');
    const f = r.full.summary;
    expect(c.series[0]!.data).toEqual([f.agentEquivalentsBaseline, f.agentEquivalentsWithAi]);
    expect(c.series[1]!.data).toEqual([f.staffedFteBaseline, f.staffedFteWithAi]);
  });
});

describe('funnelChart', () => {
  it('splits each tier into AI right, AI wrong, escalated and straight to a human, adding up to its contacts', () => {
    const c = funnelChart(r, 'en-US');
    expect(c.labels).toEqual(['Tier 1', 'Tier 2', 'Tier 3']);
    const steady = r.full.rows.find((x) => x.month === r.full.summary.steadyMonth)!;
    c.labels.forEach((_, i) => {
      const tier = i + 1;
      const contacts = steady.categories.filter((x) => x.tier === tier).reduce((a, x) => a + x.contacts, 0);
      const stacked = c.series.reduce((a, x) => a + (x.data[i] ?? 0), 0);
      expect(stacked).toBeCloseTo(contacts, 6);
    });
    // Tier 3 is human-only by policy.
    expect(c.series[0]!.data[2]).toBe(0);
  });
});

describe('csatChart', () => {
  it('shows per-tier and blended CSAT with an axis that does not flatten the differences', () => {
    const c = csatChart(r, 'en-US');
    expect(c.labels).toEqual(['Tier 1', 'Tier 2', 'Tier 3', 'Blended']);
    expect(c.series[1]!.data[3]).toBe(r.quality.blendedAfter);
    expect(c.min).toBe(60);
    expect(c.summary).toMatch(/Tier 2 falls/);
  });
});

describe('toChartConfig', () => {
  it('maps every spec to a Chart.js configuration without animation, lines over bars', () => {
    for (const spec of allCharts(s, r, 'en-US')) {
      const config = toChartConfig(spec, { text: '#000', grid: '#ccc' }, 'en-US');
      expect(config.options?.animation).toBe(false);
      expect(config.data.datasets).toHaveLength(spec.series.length);
      expect(spec.table.rows.length).toBeGreaterThan(0);
    }
    const funnel = toChartConfig(funnelChart(r), { text: '#000', grid: '#ccc' });
    expect(funnel.options?.indexAxis).toBe('y');
  });

  it('hands Chart.js copies of the labels and data, so the spec stays untouched when the chart watches its arrays', () => {
    for (const spec of allCharts(s, r, 'en-US')) {
      const config = toChartConfig(spec, { text: '#000', grid: '#ccc' }, 'en-US');
      expect(config.data.labels).toEqual(spec.labels);
      expect(config.data.labels).not.toBe(spec.labels);
      config.data.datasets.forEach((d, i) => {
        expect(d.data).toEqual(spec.series[i]!.data);
        expect(d.data).not.toBe(spec.series[i]!.data);
      });
      // What Chart.js does to the arrays it draws leaves the spec as it was.
      const before = spec.series.map((x) => x.data.length);
      for (const d of config.data.datasets) (d.data as unknown[]).push(0);
      expect(spec.series.map((x) => x.data.length)).toEqual(before);
    }
  });
});

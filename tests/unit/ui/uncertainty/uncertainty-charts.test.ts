import { describe, expect, it } from 'vitest';
import { Money } from '../../../../src/model';
import { monteCarlo, tornado } from '../../../../src/model/uncertainty';
import { fanChart, probabilityText, tornadoChart } from '../../../../src/ui/uncertainty/uncertainty-charts';
import { errorCostText, isAbove, paybackText, steadyText } from '../../../../src/ui/uncertainty/decision-text';
import { handScenario, NO_RANGES } from '../../model/uncertainty-fixtures';

const theme = { text: '#000', grid: '#ccc' };

describe('fanChart', () => {
  const s = handScenario({ ranges: NO_RANGES });
  const chart = fanChart(monteCarlo(s, 10), 'USD', theme, 'en-US');

  it('draws P10 and P90 as a filled band around the P50 line', () => {
    const data = chart.config.data;
    expect(data.labels).toEqual(['M1', 'M2', 'M3']);
    expect(data.datasets.map((d) => d.label)).toEqual(['P10', 'P50 (median)', 'P90']);
    // Without ranges every draw is the worked scenario: cumulative -4,050; 12,650; 29,350.
    expect(data.datasets[1]!.data).toEqual([-4050, 12650, 29350]);
    expect((data.datasets[2] as { fill?: unknown }).fill).toBe('-2');
  });

  it('has a table and a sentence that stand in for the canvas', () => {
    expect(chart.table.head).toEqual(['Month', 'P10', 'P50', 'P90']);
    expect(chart.table.rows[0]).toEqual(['1', '−$4,050', '−$4,050', '−$4,050']);
    expect(chart.summary).toBe(
      'After 3 months, cumulative savings net of the one-time cost lie between $29,350 (P10) and $29,350 (P90), median $29,350, over 10 draws (seed 20240227).',
    );
  });
});

describe('tornadoChart', () => {
  const chart = tornadoChart(tornado(handScenario()), 'USD', theme, 'en-US');

  it('draws each end of each range as a bar from the point estimate, largest swing first', () => {
    expect(chart.config.data.labels).toEqual(['AI resolution rate', 'Loaded agent cost', 'Ramp speed', 'AI error rate', 'AI price', 'Handle time']);
    expect(chart.config.data.datasets[0]!.data[0]).toEqual([200400, 158400]);
    expect(chart.config.data.datasets[1]!.data[0]).toEqual([200400, 242400]);
  });

  it('has a table and a sentence that stand in for the canvas', () => {
    expect(chart.table.rows[0]).toEqual(['AI resolution rate', '40 to 60 %', '$158,400', '$242,400', '$84,000', '1.4 months / 1.1 months']);
    expect(chart.table.rows[1]![1]).toBe('90 to 110 % of point');
    expect(chart.summary).toBe(
      'Annual savings at the point estimate: $200,400. AI resolution rate moves them most, from $158,400 to $242,400 across its range (a swing of $84,000).',
    );
  });

  it('invites a range when there is none', () => {
    expect(tornadoChart({ base: new Money(1), bars: [] }, 'USD', theme, 'en-US').summary).toBe('No input carries a range: set one to see which matters most.');
  });
});

describe('decision sentences', () => {
  it('say where automation breaks even, or why it cannot', () => {
    expect(steadyText({ kind: 'at', automationPct: 23.84, currentPct: 60.8, maxPct: 80 }, 'en-US')).toBe(
      'The steady-state month saves money from 23.84% automation of all contacts (the scenario has 60.8%).',
    );
    expect(steadyText({ kind: 'at', automationPct: 0, currentPct: 60.8, maxPct: 80 }, 'en-US')).toBe(
      'The steady-state month saves money at any automation rate (the scenario has 60.8%).',
    );
    expect(steadyText({ kind: 'unreachable', currentPct: 1, maxPct: 2, message: 'Never' }, 'en-US')).toBe('Never.');
    expect(paybackText({ kind: 'at', automationPct: 30, currentPct: 60.8, maxPct: 80 }, 24, 'en-US')).toBe(
      'The one-time cost is paid back within the 24-month horizon from 30% automation of all contacts.',
    );
    expect(isAbove({ kind: 'at', automationPct: 30, currentPct: 60.8, maxPct: 80 })).toBe(true);
  });

  it("name the categories' rate where a channel keeps its own (the solvers rescale the categories alone)", () => {
    expect(steadyText({ kind: 'at', automationPct: 20.22, currentPct: 60.8, maxPct: 80 }, 'en-US', true)).toBe(
      'The steady-state month saves money from 20.22% automation of the categories (the categories have 60.8%; a channel with its own rate keeps it).',
    );
    expect(paybackText({ kind: 'at', automationPct: 30, currentPct: 60.8, maxPct: 80 }, 24, 'en-US', true)).toBe(
      'The one-time cost is paid back within the 24-month horizon from 30% automation of the categories (a channel with its own rate keeps it).',
    );
  });

  it('state the break-even error cost', () => {
    expect(errorCostText(new Money('46.87'), 'USD', 'en-US')).toBe('The AI stops saving money when each wrong answer costs $46.87 beyond its re-contact.');
    expect(errorCostText(null, 'USD', 'en-US')).toMatch(/^No break-even error cost/);
  });

  it('show the payback probability as a whole percent', () => {
    expect(probabilityText(0.935, 'en-US')).toBe('94%');
  });
});

/**
 * Monte Carlo and tornado results to Chart.js configurations, each with its text
 * alternative (a summary sentence and a table). Money becomes a float here, and only
 * for plotting; the tables print the exact figures.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Money, MonteCarloResult, Tornado } from '../../model';
import { formatMoney, formatMonths, formatPct } from '../format';
import { fieldText, unitText } from './range-form';

export interface TextTable {
  head: string[];
  rows: string[][];
}

export interface UncertaintyChart {
  id: string;
  title: string;
  summary: string;
  table: TextTable;
  config: ChartConfiguration<'line' | 'bar'>;
}

export interface ChartTheme {
  text: string;
  grid: string;
}

export const UNCERTAINTY_COLORS = {
  band: 'rgba(106, 76, 147, 0.22)',
  edge: 'rgba(106, 76, 147, 0.55)',
  median: '#6a4c93',
  low: '#d1495b',
  high: '#2a9d8f',
} as const;

const num = (m: Money): number => m.toNumber();

function moneyAxis(currency: string, theme: ChartTheme, title: string, locale?: string) {
  return {
    title: { display: true, text: title, color: theme.text },
    ticks: { color: theme.text, callback: (v: string | number) => formatMoney(Number(v), currency, { compact: true, locale }) },
    grid: { color: theme.grid },
  };
}

/** The fan chart: P10 to P90 of cumulative savings as a band, P50 as a line, month by month. */
export function fanChart(r: MonteCarloResult, currency: string, theme: ChartTheme, locale?: string): UncertaintyChart {
  const money = (m: Money) => formatMoney(m, currency, { whole: true, locale });
  const last = r.fan[r.fan.length - 1];
  const summary = last
    ? `After ${last.month} months, cumulative savings net of the one-time cost lie between ${money(last.p10)} (P10) and ${money(last.p90)} (P90), median ${money(last.p50)}, over ${r.draws.toLocaleString(locale)} draws (seed ${r.seed}).`
    : 'No months to show.';
  const labels = r.fan.map((f) => `M${f.month}`);
  return {
    id: 'uncertainty-fan',
    title: 'Cumulative savings: P10 to P90 range',
    summary,
    table: {
      head: ['Month', 'P10', 'P50', 'P90'],
      rows: r.fan.map((f) => [String(f.month), money(f.p10), money(f.p50), money(f.p90)]),
    },
    config: {
      type: 'line',
      data: {
        labels,
        datasets: [
          {
            label: 'P10',
            data: r.fan.map((f) => num(f.p10)),
            borderColor: UNCERTAINTY_COLORS.edge,
            backgroundColor: UNCERTAINTY_COLORS.band,
            borderWidth: 1,
            pointRadius: 0,
            fill: false,
          },
          {
            label: 'P50 (median)',
            data: r.fan.map((f) => num(f.p50)),
            borderColor: UNCERTAINTY_COLORS.median,
            backgroundColor: UNCERTAINTY_COLORS.median,
            borderWidth: 2,
            pointRadius: 0,
            fill: false,
          },
          {
            label: 'P90',
            data: r.fan.map((f) => num(f.p90)),
            borderColor: UNCERTAINTY_COLORS.edge,
            backgroundColor: UNCERTAINTY_COLORS.band,
            borderWidth: 1,
            pointRadius: 0,
            fill: '-2',
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { position: 'bottom', labels: { color: theme.text, boxWidth: 12 } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatMoney(Number(item.parsed.y), currency, { whole: true, locale })}` } },
        },
        scales: {
          x: { ticks: { color: theme.text, autoSkip: true, maxRotation: 0 }, grid: { display: false } },
          y: moneyAxis(currency, theme, 'Cumulative savings', locale),
        },
      },
    },
  };
}

/** The tornado: each ranged input's low and high end as bars from the point estimate, largest swing on top. */
export function tornadoChart(t: Tornado, currency: string, theme: ChartTheme, locale?: string): UncertaintyChart {
  const money = (m: Money) => formatMoney(m, currency, { whole: true, locale });
  const base = num(t.base);
  const top = t.bars[0];
  const summary = top
    ? `Annual savings at the point estimate: ${money(t.base)}. ${top.label} moves them most, from ${money(top.atLow)} to ${money(top.atHigh)} across its range (a swing of ${money(top.swing)}).`
    : 'No input carries a range: set one to see which matters most.';
  const rangeText = (b: Tornado['bars'][number]) => `${fieldText(b.input, b.range.low)} to ${fieldText(b.input, b.range.high)} ${unitText(b.input)}`;
  return {
    id: 'uncertainty-tornado',
    title: 'Tornado: annual savings, one input at a time',
    summary,
    table: {
      head: ['Input', 'Range', 'Annual savings at low end', 'At high end', 'Swing', 'Payback at low / high end'],
      rows: t.bars.map((b) => [
        b.label,
        rangeText(b),
        money(b.atLow),
        money(b.atHigh),
        money(b.swing),
        `${formatMonths(b.paybackAtLow, locale)} / ${formatMonths(b.paybackAtHigh, locale)}`,
      ]),
    },
    config: {
      type: 'bar',
      data: {
        labels: t.bars.map((b) => b.label),
        datasets: [
          {
            label: 'Input at the low end of its range',
            data: t.bars.map((b) => [base, num(b.atLow)] as [number, number]),
            backgroundColor: UNCERTAINTY_COLORS.low,
            grouped: false,
          },
          {
            label: 'Input at the high end of its range',
            data: t.bars.map((b) => [base, num(b.atHigh)] as [number, number]),
            backgroundColor: UNCERTAINTY_COLORS.high,
            grouped: false,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: 'y',
        plugins: {
          legend: { position: 'bottom', labels: { color: theme.text, boxWidth: 12 } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const raw = item.raw as [number, number];
                return `${item.dataset.label ?? ''}: ${formatMoney(raw[1], currency, { whole: true, locale })}`;
              },
            },
          },
        },
        scales: {
          x: moneyAxis(currency, theme, 'Annual savings', locale),
          y: { ticks: { color: theme.text }, grid: { display: false } },
        },
      },
    },
  };
}

/** Share of draws paying back within the horizon as text, e.g. "93 %". */
export function probabilityText(p: number, locale?: string): string {
  return formatPct(p * 100, 0, locale);
}

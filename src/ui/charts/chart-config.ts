/**
 * A chart spec as a Chart.js configuration. Type-only import of Chart.js: the library
 * itself loads lazily (register.ts), so it stays out of the initial bundle.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { formatMoney, formatNumber, formatPct } from '../format';
import type { ChartSpec } from './chart-data';

/** Axis and tooltip text for a value of the spec's unit. */
export function tickText(spec: ChartSpec, value: number, locale?: string): string {
  switch (spec.unit.kind) {
    case 'money':
      return formatMoney(value, spec.unit.currency, { compact: true, locale });
    case 'pct':
      return formatPct(value, 0, locale);
    default:
      return formatNumber(value, 1, locale);
  }
}

function fullText(spec: ChartSpec, value: number, locale?: string): string {
  if (spec.unit.kind === 'money') return formatMoney(value, spec.unit.currency, { whole: true, locale });
  if (spec.unit.kind === 'pct') return formatPct(value, 1, locale);
  return formatNumber(value, 1, locale);
}

export interface Theme {
  text: string;
  grid: string;
}

/**
 * The Chart.js configuration of a spec: no animation (print, screenshots, reduced motion).
 * Its labels and data are copies: Chart.js takes over the arrays it is given (it patches
 * their methods to watch them), and the spec stays as it was, to be drawn again for paper
 * or its table read.
 */
export function toChartConfig(spec: ChartSpec, theme: Theme, locale?: string): ChartConfiguration<'bar' | 'line'> {
  const datasets = spec.series.map((s): ChartDataset<'bar' | 'line'> => {
    if (s.line) {
      return {
        type: 'line',
        label: s.label,
        data: [...s.data],
        borderColor: s.color,
        backgroundColor: s.color,
        borderWidth: s.pointsOnly ? 0 : 2,
        pointRadius: s.pointsOnly ? 7 : 0,
        pointStyle: s.pointsOnly ? 'rectRot' : 'circle',
        showLine: !s.pointsOnly,
        spanGaps: false,
        order: 0,
      };
    }
    return { type: 'bar', label: s.label, data: [...s.data], backgroundColor: s.color, borderColor: s.color, stack: s.stack, order: 1 };
  });
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  return {
    type: spec.kind,
    data: { labels: [...spec.labels], datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      plugins: {
        legend: { position: 'bottom', labels: { color: theme.text, boxWidth: 12 } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${fullText(spec, Number(item.parsed[valueAxis as 'x' | 'y']), locale)}`,
          },
        },
      },
      scales: {
        [categoryAxis]: { stacked: spec.stacked, ticks: { color: theme.text, autoSkip: true, maxRotation: 0 }, grid: { display: false } },
        [valueAxis]: {
          stacked: spec.stacked,
          beginAtZero: spec.min === undefined,
          ...(spec.min === undefined ? {} : { min: spec.min }),
          title: { display: true, text: spec.yTitle, color: theme.text },
          ticks: { color: theme.text, callback: (v) => tickText(spec, Number(v), locale) },
          grid: { color: theme.grid },
        },
      },
    },
  };
}

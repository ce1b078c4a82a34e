/**
 * Results to chart data: one pure function per chart, each with the text alternative
 * (a summary sentence and a table) that stands in for the canvas. Money becomes a
 * number here, and only here, because a chart plots floats.
 */
import type { Money, Results, Scenario } from '../../model';
import { formatMoney, formatMonths, formatNumber, formatPct } from '../format';
import { COLORS } from './colors';

export { COLORS };

export interface Series {
  label: string;
  data: (number | null)[];
  color: string;
  /** Draw as a line over bars (mixed charts). */
  line?: boolean;
  /** Stack group for stacked bars. */
  stack?: string;
  /** Marker points only (the payback point). */
  pointsOnly?: boolean;
}

export interface ChartSpec {
  id: string;
  title: string;
  kind: 'bar' | 'line';
  labels: string[];
  series: Series[];
  stacked: boolean;
  /** Horizontal bars (the funnel). */
  horizontal?: boolean;
  yTitle: string;
  /** How axis ticks and tooltips read: money in the currency, percent, or plain numbers. */
  unit: { kind: 'money'; currency: string } | { kind: 'pct' } | { kind: 'number' };
  /** Lowest value of the value axis, when zero would flatten the differences. */
  min?: number;
  /** The chart's meaning in one or two sentences. */
  summary: string;
  /** The data as a table, for screen readers and print. */
  table: { head: string[]; rows: string[][] };
}

const num = (m: Money): number => m.toNumber();

function steadyRow(results: Results, method: 'headline' | 'full') {
  const r = results[method];
  return r.rows.find((x) => x.month === r.summary.steadyMonth) ?? r.rows[r.rows.length - 1]!;
}

/** A series of {@link pairedBars}, with the heading of its column in the chart's table. */
interface PairedSeries {
  label: string;
  head: string;
  data: number[];
  color: string;
}

/** Two bars side by side for each label (before and after, two measures), and the table that stands in for them. */
function pairedBars(
  labels: string[],
  pair: readonly [PairedSeries, PairedSeries],
  format: (x: number) => string,
): Pick<ChartSpec, 'kind' | 'labels' | 'stacked' | 'series' | 'table'> {
  return {
    kind: 'bar',
    labels,
    stacked: false,
    series: pair.map(({ label, data, color }) => ({ label, data, color })),
    table: { head: ['', ...pair.map((x) => x.head)], rows: labels.map((l, i) => [l, ...pair.map((x) => format(x.data[i]!))]) },
  };
}

/** Monthly cost without AI and with it (headline and full), stacked by component. */
export function costChart(s: Scenario, results: Results, locale?: string): ChartSpec {
  const cur = s.finance.currency;
  const h = results.headline.summary;
  const f = results.full.summary;
  // Each method against its own baseline: hours x rate for the headline, staffed FTE for the full model.
  const labels = ['Headline: without AI', 'Headline: with AI', 'Full model: without AI', 'Full model: with AI'];
  const human = [num(h.baselineCostPerMonth), num(h.humanCostPerMonth), num(f.baselineCostPerMonth), num(f.humanCostPerMonth)];
  const ai = [0, num(h.aiCostPerMonth), 0, num(f.aiCostPerMonth)];
  const quality = [0, num(h.qualityCostPerMonth), 0, num(f.qualityCostPerMonth)];
  const fixed = [0, num(h.fixedCostPerMonth), 0, num(f.fixedCostPerMonth)];
  const money = (x: number) => formatMoney(x, cur, { whole: true, locale });
  const totals = [h.baselineCostPerMonth, h.totalCostPerMonth, f.baselineCostPerMonth, f.totalCostPerMonth];
  return {
    id: 'cost',
    title: 'Cost per month, by component',
    kind: 'bar',
    labels,
    stacked: true,
    yTitle: `${cur} per month`,
    unit: { kind: 'money', currency: cur },
    series: [
      { label: 'Human agents', data: human, color: COLORS.human, stack: 'cost' },
      { label: 'AI fees', data: ai, color: COLORS.ai, stack: 'cost' },
      { label: 'Wrong answers', data: quality, color: COLORS.quality, stack: 'cost' },
      { label: 'Platform and upkeep', data: fixed, color: COLORS.fixed, stack: 'cost' },
    ],
    summary: `Headline arithmetic: ${money(num(h.baselineCostPerMonth))} a month without AI, ${money(num(h.totalCostPerMonth))} with it. Full model: ${money(num(f.baselineCostPerMonth))} without AI (staffed to the service level, paid hours), ${money(num(f.totalCostPerMonth))} with it.`,
    table: {
      head: ['', 'Human agents', 'AI fees', 'Wrong answers', 'Platform and upkeep', 'Total'],
      rows: labels.map((l, i) => [l, money(human[i]!), money(ai[i]!), money(quality[i]!), money(fixed[i]!), money(num(totals[i]!))]),
    },
  };
}

/** Monthly savings (bars) and cumulative savings net of the one-time cost (line), with the payback point. */
export function projectionChart(s: Scenario, results: Results, locale?: string): ChartSpec {
  const cur = s.finance.currency;
  const rows = results.primary.rows;
  const payback = results.primary.summary.paybackMonths;
  const money = (x: number) => formatMoney(x, cur, { whole: true, locale });
  // The payback point sits on the month where the cumulative line crosses zero.
  const paybackIndex = payback === null || payback <= 0 ? -1 : Math.min(rows.length - 1, Math.ceil(payback) - 1);
  const method = s.method === 'headline' ? 'headline arithmetic' : 'full model';
  const last = rows[rows.length - 1]!;
  return {
    id: 'projection',
    title: `Month by month (${method})`,
    kind: 'bar',
    labels: rows.map((r) => `M${r.month}`),
    stacked: false,
    yTitle: cur,
    unit: { kind: 'money', currency: cur },
    series: [
      { label: 'Savings in the month', data: rows.map((r) => num(r.savings)), color: COLORS.ai },
      { label: 'Cumulative savings, net of one-time cost', data: rows.map((r) => num(r.cumulativeSavings)), color: COLORS.cumulative, line: true },
      {
        label: 'Payback',
        data: rows.map((r, i) => (i === paybackIndex ? num(r.cumulativeSavings) : null)),
        color: COLORS.payback,
        line: true,
        pointsOnly: true,
      },
    ],
    summary: `${payback === null ? 'The one-time cost is not paid back within the horizon' : payback === 0 ? 'There is no one-time cost to pay back' : `The one-time cost of ${money(s.ai.setupCost)} is paid back after ${formatMonths(payback, locale)}`}; after ${rows.length} months the cumulative net savings are ${money(num(last.cumulativeSavings))}.`,
    table: {
      head: ['Month', 'Contacts', 'AI-resolved', 'Savings', 'Cumulative'],
      rows: rows.map((r) => [
        String(r.month),
        formatNumber(r.contacts, 0, locale),
        formatNumber(r.aiResolved, 0, locale),
        money(num(r.savings)),
        money(num(r.cumulativeSavings)),
      ]),
    },
  };
}

/** Agent-equivalents (hours ÷ productive hours) against Erlang-staffed FTE, before and after. */
export function staffingChart(s: Scenario, results: Results, locale?: string): ChartSpec {
  const f = results.full.summary;
  const labels = ['Without AI', 'With AI'];
  const ae = [f.agentEquivalentsBaseline, f.agentEquivalentsWithAi];
  const fte = [f.staffedFteBaseline, f.staffedFteWithAi];
  const n = (x: number) => formatNumber(x, 1, locale);
  return {
    id: 'staffing',
    title: 'Staffing: agent-equivalents against staffed FTE',
    yTitle: 'FTE',
    unit: { kind: 'number' },
    ...pairedBars(
      labels,
      [
        {
          label: `Agent-equivalents (hours ÷ ${formatNumber(s.human.productiveHoursPerMonth, 1, locale)})`,
          head: 'Agent-equivalents',
          data: ae,
          color: COLORS.before,
        },
        { label: 'Staffed FTE (service level, occupancy, shrinkage)', head: 'Staffed FTE', data: fte, color: COLORS.human },
      ],
      n,
    ),
    summary: `Hours ÷ ${formatNumber(s.human.productiveHoursPerMonth, 1, locale)} says ${n(ae[0]!)} agents before and ${n(ae[1]!)} after (${n(ae[0]! - ae[1]!)} released); staffing each hour to the service level with shrinkage needs ${n(fte[0]!)} FTE before and ${n(fte[1]!)} after (${n(fte[0]! - fte[1]!)} released).`,
  };
}

/** Where each tier's contacts go in the steady-state month of the full model. */
export function funnelChart(results: Results, locale?: string): ChartSpec {
  const row = steadyRow(results, 'full');
  const tiers = [1, 2, 3] as const;
  const sums = tiers
    .map((t) => {
      const cats = row.categories.filter((c) => c.tier === t);
      const add = (k: 'contacts' | 'attempted' | 'aiResolved' | 'escalated' | 'errors') => cats.reduce((x, c) => x + c[k], 0);
      return {
        tier: t,
        contacts: add('contacts'),
        human: add('contacts') - add('attempted'),
        escalated: add('escalated'),
        right: add('aiResolved') - add('errors'),
        wrong: add('errors'),
      };
    })
    .filter((x) => x.contacts > 0);
  const n = (x: number) => formatNumber(x, 0, locale);
  const labels = sums.map((x) => `Tier ${x.tier}`);
  return {
    id: 'funnel',
    title: 'Where the contacts go, by tier',
    kind: 'bar',
    labels,
    stacked: true,
    horizontal: true,
    yTitle: 'contacts per month',
    unit: { kind: 'number' },
    series: [
      { label: 'AI-resolved, right', data: sums.map((x) => x.right), color: COLORS.ai, stack: 'f' },
      { label: 'AI-resolved, wrong', data: sums.map((x) => x.wrong), color: COLORS.quality, stack: 'f' },
      { label: 'Escalated to a human', data: sums.map((x) => x.escalated), color: COLORS.escalated, stack: 'f' },
      { label: 'Straight to a human (policy or asked)', data: sums.map((x) => x.human), color: COLORS.policy, stack: 'f' },
    ],
    summary: sums
      .map(
        (x) =>
          `Tier ${x.tier}: ${n(x.contacts)} contacts, ${n(x.right + x.wrong)} resolved by the AI (${n(x.wrong)} wrongly), ${n(x.escalated)} escalated, ${n(x.human)} straight to a human.`,
      )
      .join(' '),
    table: {
      head: ['Tier', 'Contacts', 'AI right', 'AI wrong', 'Escalated', 'Straight to a human'],
      rows: sums.map((x) => [`Tier ${x.tier}`, n(x.contacts), n(x.right), n(x.wrong), n(x.escalated), n(x.human)]),
    },
  };
}

/** CSAT per tier and blended, before and after. */
export function csatChart(results: Results, locale?: string): ChartSpec {
  const q = results.quality;
  const labels = [...q.tiers.map((t) => `Tier ${t.tier}`), 'Blended'];
  const before = [...q.tiers.map((t) => t.csatBefore), q.blendedBefore];
  const after = [...q.tiers.map((t) => t.csatAfter), q.blendedAfter];
  const p = (x: number) => formatPct(x, 1, locale);
  return {
    id: 'csat',
    title: 'Customer satisfaction per tier and blended',
    yTitle: '% satisfied',
    unit: { kind: 'pct' },
    min: Math.max(0, Math.floor((Math.min(...before, ...after) - 10) / 10) * 10),
    ...pairedBars(
      labels,
      [
        { label: 'Before (all human)', head: 'Before', data: before, color: COLORS.before },
        { label: 'With AI', head: 'With AI', data: after, color: COLORS.after },
      ],
      p,
    ),
    summary: `Blended CSAT ${p(q.blendedBefore)} before, ${p(q.blendedAfter)} with AI.${q.decliningTiers.length ? ` Tier ${q.decliningTiers.join(' and ')} falls${q.hiddenDecline ? ' while the blend holds: the average hides the loss' : ''}.` : ''}`,
  };
}

/** Every chart of the results view, in page order. */
export function allCharts(s: Scenario, results: Results, locale?: string): ChartSpec[] {
  return [
    costChart(s, results, locale),
    projectionChart(s, results, locale),
    staffingChart(s, results, locale),
    funnelChart(results, locale),
    csatChart(results, locale),
  ];
}

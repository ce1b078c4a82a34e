/**
 * The results by channel as the page shows them (README, "Figures in the page"): one row
 * per channel with its contacts, AI-resolved contacts, staffed FTE before and after the AI,
 * service level (live queues) or response level (backlogs) and cost per contact, each cell
 * with its metric name and raw value; the FTE that blended pools save; and the chart of
 * staffing by channel. Pure: scenario and results in, strings out.
 */
import { metricValues, type MethodResult, type Results, type Scenario, type Summary } from '../../model';
import { COLORS, type ChartSpec } from '../charts/chart-data';
import { formatMoney, formatNumber, formatPct, listOf } from '../format';

/** One channel's part of a method's results (the model's contract, docs/METHOD.md, "Channels"). */
export interface ChannelOutcome {
  id: string;
  kind: string;
  name: string;
  live: boolean;
  share: number;
  summary: Summary & { responseLevelPct?: number | null };
}

/** FTE of the steady-state month with each channel staffed alone and with the pools blended. */
export interface PoolingOutcome {
  dedicatedFte: number;
  blendedFte: number;
  savedFte: number;
}

type WithChannels = MethodResult & { channels?: readonly ChannelOutcome[]; pooling?: PoolingOutcome | null };

/** The channels of a method's results (none from a model that does not report them). */
export function channelOutcomes(m: MethodResult): readonly ChannelOutcome[] {
  return (m as WithChannels).channels ?? [];
}

/** The pooling outcome of a method's results, when the pools are blended. */
export function poolingOutcome(m: MethodResult): PoolingOutcome | null {
  return (m as WithChannels).pooling ?? null;
}

/** The name of the per-channel level figure: a live queue's service level, a backlog's response level. */
export type LevelMetric = 'service_level' | 'response_level';

export interface ChannelCell {
  metric: 'contacts_per_month' | 'ai_resolved_per_month' | 'staffed_fte_baseline' | 'staffed_fte_with_ai' | LevelMetric | 'hybrid_cost_per_contact';
  /** Raw value, as `data-value` carries it ('' where the figure does not exist). */
  value: string;
  text: string;
}

export interface ChannelRow {
  id: string;
  name: string;
  /** "live queue" or "backlog", and the share of contacts. */
  note: string;
  cells: ChannelCell[];
}

export interface ChannelTable {
  head: string[];
  rows: ChannelRow[];
  /** The scenario's totals (the summary figures), without metric names: those are on the summary figures. */
  total: string[];
}

export const CHANNEL_HEAD = [
  'Channel',
  'Contacts per month',
  'AI resolved',
  'Staffed FTE without AI',
  'Staffed FTE with AI',
  'Service or response level',
  'Cost per contact with AI',
];

function levelOf(c: ChannelOutcome): { metric: LevelMetric; pct: number | null } {
  // A channel of 0 % has no level to reach: no one waits in a queue no one joins (its staffing reports 100 %).
  if (!(c.summary.contactsPerMonth > 0)) return { metric: c.live ? 'service_level' : 'response_level', pct: null };
  if (c.live) return { metric: 'service_level', pct: c.summary.serviceLevelPct };
  return { metric: 'response_level', pct: c.summary.responseLevelPct ?? null };
}

/** The table by channel of a method's results; empty rows for a scenario of one channel. */
export function channelTable(s: Scenario, m: MethodResult, locale = 'en-US'): ChannelTable {
  const money = (x: Parameters<typeof formatMoney>[0]) => formatMoney(x, s.finance.currency, { locale });
  const channels = channelOutcomes(m);
  const rows = channels.map((c): ChannelRow => {
    const v = metricValues(c.summary);
    const level = levelOf(c);
    return {
      id: c.id,
      name: c.name,
      note: `${c.live ? 'live queue' : 'backlog'}, ${formatPct(c.share * 100, 1, locale)} of contacts`,
      cells: [
        { metric: 'contacts_per_month', value: v.contacts_per_month, text: formatNumber(c.summary.contactsPerMonth, 0, locale) },
        { metric: 'ai_resolved_per_month', value: v.ai_resolved_per_month, text: formatNumber(c.summary.aiResolvedPerMonth, 0, locale) },
        { metric: 'staffed_fte_baseline', value: v.staffed_fte_baseline, text: formatNumber(c.summary.staffedFteBaseline, 1, locale) },
        { metric: 'staffed_fte_with_ai', value: v.staffed_fte_with_ai, text: formatNumber(c.summary.staffedFteWithAi, 1, locale) },
        {
          metric: level.metric,
          value: level.pct === null || !Number.isFinite(level.pct) ? '' : String(level.pct),
          // A channel of 0 % has no level to reach, whatever its target.
          text: level.pct !== null ? formatPct(level.pct, 1, locale) : c.summary.contactsPerMonth > 0 ? 'no target' : 'no contacts',
        },
        { metric: 'hybrid_cost_per_contact', value: v.hybrid_cost_per_contact, text: money(c.summary.hybridCostPerContact) },
      ],
    };
  });
  const t = m.summary as Summary & { responseLevelPct?: number | null };
  const levels = [
    t.serviceLevelPct === null ? null : `${formatPct(t.serviceLevelPct, 1, locale)} live`,
    t.responseLevelPct == null ? null : `${formatPct(t.responseLevelPct, 1, locale)} backlog`,
  ].filter((x) => x !== null);
  const total = [
    'All channels',
    formatNumber(t.contactsPerMonth, 0, locale),
    formatNumber(t.aiResolvedPerMonth, 0, locale),
    formatNumber(t.staffedFteBaseline, 1, locale),
    formatNumber(t.staffedFteWithAi, 1, locale),
    levels.length > 0 ? levels.join(', ') : 'no target',
    money(t.hybridCostPerContact),
  ];
  return { head: CHANNEL_HEAD, rows, total };
}

/** Whether the results by channel are worth a table: more than one channel. */
export function showsChannels(m: MethodResult): boolean {
  return channelOutcomes(m).length > 1;
}

/** What blending saves, in words, or null when the pools are not blended. */
export function poolingText(s: Scenario, m: MethodResult, locale = 'en-US'): { value: string; text: string; method: string } | null {
  const p = poolingOutcome(m);
  if (s.pooling !== 'blended' || !p) return null;
  return {
    value: String(p.savedFte),
    text: `Blending saves ${formatNumber(p.savedFte, 1, locale)} FTE: ${formatNumber(p.blendedFte, 1, locale)} staffed FTE in one pool against ${formatNumber(p.dedicatedFte, 1, locale)} with each channel staffed alone.`,
    method:
      "Method: hour by hour, each live channel keeps the agents it needs alone, so its service level is unchanged; the backlog is answered first in their idle time (up to the occupancy cap), shortest response target first, and gets agents of its own only for what is left. Each channel's FTE above is its share of the pool by work handled. Steady-state month, with the AI." +
      moreWithAi(m, locale),
  };
}

/**
 * Why a channel of a blended pool can show more FTE with the AI than without (a channel the
 * AI does not touch, say): its FTE is its share of the pool by work, and the AI took away
 * other channels' work. '' when none does.
 */
function moreWithAi(m: MethodResult, locale: string): string {
  const more = channelOutcomes(m).filter((c) => c.summary.staffedFteWithAi > c.summary.staffedFteBaseline + 0.05);
  if (more.length === 0) return '';
  const n1 = (x: number) => formatNumber(x, 1, locale);
  const named = more.map((c) => `${c.name} (${n1(c.summary.staffedFteBaseline)} → ${n1(c.summary.staffedFteWithAi)})`);
  const list = listOf(named);
  return ` ${list} ${more.length === 1 ? 'shows' : 'show'} more FTE with the AI than without: the pool needs fewer agents in all, but the AI took away other channels' work, so a share by work handled moves FTE to the channels whose work stays.`;
}

/** Why blending saves nothing, when the pools are blended but there is nothing to blend. */
export function poolingNote(s: Scenario, m: MethodResult): string | null {
  if (s.pooling !== 'blended' || poolingOutcome(m) || !showsChannels(m)) return null;
  return 'Blended pools need a live channel (phone or chat) and a backlog channel with a response target; here each channel is staffed alone.';
}

/** Staffed FTE by channel, before and after the AI, as a bar chart with its table. */
export function channelChart(s: Scenario, results: Results, locale = 'en-US'): ChartSpec {
  const channels = channelOutcomes(results.primary);
  const before = channels.map((c) => c.summary.staffedFteBaseline);
  const after = channels.map((c) => c.summary.staffedFteWithAi);
  const n1 = (x: number) => formatNumber(x, 1, locale);
  const most = channels.reduce<ChannelOutcome | null>((a, c) => (a === null || c.summary.staffedFteWithAi > a.summary.staffedFteWithAi ? c : a), null);
  return {
    id: 'channels',
    title: 'Staffed FTE by channel, without and with AI',
    kind: 'bar',
    labels: channels.map((c) => c.name),
    series: [
      { label: 'Without AI', data: before, color: COLORS.before },
      { label: 'With AI', data: after, color: COLORS.after },
    ],
    stacked: false,
    // The channels down the side: their names stay readable however many and however narrow the page (side by side, a narrow page showed the first alone).
    horizontal: true,
    yTitle: 'Staffed FTE',
    unit: { kind: 'number' },
    summary: most
      ? `${channels.map((c) => `${c.name}: ${n1(c.summary.staffedFteBaseline)} to ${n1(c.summary.staffedFteWithAi)} FTE`).join('; ')}. ${most.name} needs the most agents with the AI (${s.method === 'full' ? 'full model' : 'headline arithmetic'}).`
      : 'No channels.',
    table: { head: ['Channel', 'Staffed FTE without AI', 'Staffed FTE with AI'], rows: channels.map((c, i) => [c.name, n1(before[i]!), n1(after[i]!)]) },
  };
}

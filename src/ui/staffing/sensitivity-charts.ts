/**
 * The two staffing sensitivity series as chart specs for the shared chart wrapper, each
 * with its summary sentence and data table.
 */
import type { Scenario, SensitivitySeries } from '../../model';
import { COLORS, type ChartSpec } from '../charts/chart-data';
import { formatNumber, formatPct } from '../format';

function isCurrent(series: SensitivitySeries, x: number): boolean {
  return Math.abs(x - series.currentPct) < 1e-9;
}

/**
 * The series staff every hour to the target (model/sensitivity.ts). With agents on seat set
 * (`fixedSeats`), the scenario's own FTE are those seats', not the point on the line: its
 * point is then named as what it is, the scenario staffed to its target.
 */
function currentName(fixedSeats: boolean): string {
  return fixedSeats ? 'This scenario staffed to its target' : 'This scenario';
}

function spec(
  id: string,
  title: string,
  xName: string,
  series: SensitivitySeries,
  summary: string,
  locale: string | undefined,
  fixedSeats: boolean,
): ChartSpec {
  const labels = series.points.map((p) => formatPct(p.xPct, 1, locale));
  const current = currentName(fixedSeats);
  return {
    id,
    title,
    kind: 'line',
    labels,
    series: [
      { label: 'Staffed FTE', data: series.points.map((p) => p.staffedFte), color: COLORS.human, line: true },
      { label: 'Agents in the busiest hour', data: series.points.map((p) => p.peakAgents), color: COLORS.ai, line: true },
      {
        label: current,
        data: series.points.map((p) => (isCurrent(series, p.xPct) ? p.staffedFte : null)),
        color: COLORS.payback,
        line: true,
        pointsOnly: true,
      },
    ],
    stacked: false,
    yTitle: 'Agents / FTE',
    unit: { kind: 'number' },
    summary,
    table: {
      head: [xName, 'Staffed FTE', 'Agents in the busiest hour'],
      rows: series.points.map((p, i) => [
        `${labels[i]}${isCurrent(series, p.xPct) ? ` (${current.toLowerCase()})` : ''}`,
        formatNumber(p.staffedFte, 1, locale),
        formatNumber(p.peakAgents, 0, locale),
      ]),
    },
  };
}

/** Staffed FTE and peak agents against the service-level target; `fixedSeats` when the scenario has agents on seat set. */
export function serviceLevelChart(series: SensitivitySeries, locale?: string, fixedSeats = false): ChartSpec {
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  const summary =
    first && last
      ? `Raising the service-level target from ${formatPct(first.xPct, 0, locale)} to ${formatPct(last.xPct, 0, locale)} takes staffed FTE from ${formatNumber(first.staffedFte, 1, locale)} to ${formatNumber(last.staffedFte, 1, locale)}.`
      : 'No staffing to show.';
  return spec('sensitivity-service-level', 'Staffing against the service-level target', 'Service-level target', series, summary, locale, fixedSeats);
}

/**
 * The channels the automation series leaves as they are (model/sensitivity.ts rescales the
 * categories' resolution rates): those with an automation of their own, and those the AI
 * does not answer. Empty for a scenario without channels or with none such.
 */
export function channelsKept(s: Scenario, locale?: string): string {
  const kept = (s.channels ?? []).flatMap((c) =>
    !c.aiEnabled ? [`${c.name} human only`] : c.automationPct !== null ? [`${c.name} ${formatPct(c.automationPct, 0, locale)}`] : [],
  );
  return kept.join(', ');
}

/**
 * What the series' first point is: the AI on, resolving nothing. It still answers first and
 * hands on what it takes, with its handoff time, so that point can need more agents than the
 * scenario without the AI.
 */
const atZero = (locale?: string) =>
  `At ${formatPct(0, 0, locale)} the AI still answers first and hands every contact it takes on to an agent, which adds the handoff time: this point can need more FTE than the scenario without the AI (Figures).`;

/**
 * Staffed FTE and peak agents against the automation rate; `fixedSeats` when the scenario
 * has agents on seat set; `kept` names the channels whose automation the series leaves as
 * it is (`channelsKept`): the rate is then the categories' alone.
 */
export function automationChart(series: SensitivitySeries, locale?: string, fixedSeats = false, kept = ''): ChartSpec {
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  const summary =
    first && last
      ? kept
        ? `The rate is the categories', which the channels without an automation of their own follow; ${kept} keep theirs. From none to ${formatPct(last.xPct, 0, locale)} (all the AI may attempt), staffed FTE go from ${formatNumber(first.staffedFte, 1, locale)} to ${formatNumber(last.staffedFte, 1, locale)}. ${atZero(locale)}`
        : `From ${formatPct(0, 0, locale)} to ${formatPct(last.xPct, 0, locale)} of contacts resolved by the AI (all it may attempt), staffed FTE go from ${formatNumber(first.staffedFte, 1, locale)} to ${formatNumber(last.staffedFte, 1, locale)}. ${atZero(locale)}`
      : 'No staffing to show.';
  return spec(
    'sensitivity-automation',
    'Staffing against the automation rate',
    kept ? "Categories' automation rate" : 'Automation rate',
    series,
    summary,
    locale,
    fixedSeats,
  );
}

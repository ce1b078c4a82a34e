/**
 * The `data-metric` / `data-value` contract of README, "Figures in the page": each summary figure as a
 * raw plain decimal string (no grouping, no currency sign, `.` as decimal point,
 * percentages as percent numbers), or an empty string where the figure does not exist.
 */
import type { Money } from './money';
import type { Summary } from './summary';

/** The `data-metric` names of README, "Figures in the page", in page order. */
export const METRIC_NAMES = [
  'contacts_per_month',
  'automation_rate',
  'ai_resolved_per_month',
  'human_contacts_per_month',
  'human_hours_per_month',
  'human_aht_after',
  'agent_equivalents_baseline',
  'agent_equivalents_with_ai',
  'agent_equivalents_ai_work',
  'staffed_fte_baseline',
  'staffed_fte_with_ai',
  'peak_agents',
  'baseline_cost_per_month',
  'total_cost_per_month',
  'monthly_savings',
  'annual_savings',
  'baseline_cost_per_contact',
  'hybrid_cost_per_contact',
  'payback_months',
  'roi',
  'npv',
  'quality_cost_per_month',
  'break_even_error_cost',
  'resolution_time_improvement',
  'annual_savings_p10',
  'annual_savings_p50',
  'annual_savings_p90',
  'service_level',
  'asa_seconds',
  'abandon_rate',
  'occupancy',
] as const;
/** One `data-metric` name. */
export type MetricName = (typeof METRIC_NAMES)[number];

/** Significant digits a figure computed in floating point keeps: the last few digits of a double are rounding noise. */
export const SIGNIFICANT_DIGITS = 12;

/**
 * A float as a plain decimal string: never exponent notation, never NaN or Infinity (those
 * become ""), and no float noise: rounded to 12 significant digits, so 50501.249999999985
 * is written 50501.25 and 0.1 + 0.2 is written 0.3.
 */
export function plainNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '';
  if (Object.is(x, -0) || x === 0) return '0';
  x = Number(x.toPrecision(SIGNIFICANT_DIGITS));
  if (x === 0) return '0';
  return expandedDecimal(x);
}

/**
 * A float's shortest round-trip digits (`String(x)`) as a plain decimal: exponent notation,
 * which JavaScript uses for very small or large floats, expanded from its own digits.
 */
export function expandedDecimal(x: number): string {
  const s = String(x);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = '', lead = '', frac = '', expText = '0'] = m;
  const exp = Number(expText);
  const digits = lead + frac;
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (exp >= frac.length) return sign + digits + '0'.repeat(exp - frac.length);
  return `${sign}${lead}${frac.slice(0, exp)}.${frac.slice(exp)}`;
}

function plainMoney(x: Money | null): string {
  return x === null ? '' : x.toFixed();
}

/** Uncertainty percentiles of annual savings, when a Monte Carlo has run. */
export interface Percentiles {
  p10: Money;
  p50: Money;
  p90: Money;
}

/** The raw values of every metric for one method's summary. */
export function metricValues(s: Summary, percentiles: Percentiles | null = null): Record<MetricName, string> {
  return {
    contacts_per_month: plainNumber(s.contactsPerMonth),
    automation_rate: plainNumber(s.automationRatePct),
    ai_resolved_per_month: plainNumber(s.aiResolvedPerMonth),
    human_contacts_per_month: plainNumber(s.humanContactsPerMonth),
    human_hours_per_month: plainNumber(s.humanHoursPerMonth),
    human_aht_after: plainNumber(s.humanAhtAfter),
    agent_equivalents_baseline: plainNumber(s.agentEquivalentsBaseline),
    agent_equivalents_with_ai: plainNumber(s.agentEquivalentsWithAi),
    agent_equivalents_ai_work: plainNumber(s.agentEquivalentsAiWork),
    staffed_fte_baseline: plainNumber(s.staffedFteBaseline),
    staffed_fte_with_ai: plainNumber(s.staffedFteWithAi),
    peak_agents: plainNumber(s.peakAgents),
    baseline_cost_per_month: plainMoney(s.baselineCostPerMonth),
    total_cost_per_month: plainMoney(s.totalCostPerMonth),
    monthly_savings: plainMoney(s.monthlySavings),
    annual_savings: plainMoney(s.annualSavings),
    baseline_cost_per_contact: plainMoney(s.baselineCostPerContact),
    hybrid_cost_per_contact: plainMoney(s.hybridCostPerContact),
    payback_months: plainNumber(s.paybackMonths),
    roi: plainNumber(s.roiPct),
    npv: plainMoney(s.npv),
    quality_cost_per_month: plainMoney(s.qualityCostPerMonth),
    break_even_error_cost: plainMoney(s.breakEvenErrorCost),
    resolution_time_improvement: plainNumber(s.resolutionTimeImprovementPct),
    annual_savings_p10: percentiles ? plainMoney(percentiles.p10) : '',
    annual_savings_p50: percentiles ? plainMoney(percentiles.p50) : '',
    annual_savings_p90: percentiles ? plainMoney(percentiles.p90) : '',
    service_level: plainNumber(s.serviceLevelPct),
    asa_seconds: plainNumber(s.asaSeconds),
    abandon_rate: plainNumber(s.abandonRatePct),
    occupancy: plainNumber(s.occupancyPct),
  };
}

/**
 * The summary figures as the page shows them: a label, a group, the formatted value and
 * an explanation (the formula, the same formula with the user's values, and the source
 * of each default the figure rests on). Pure: scenario and results in, strings out.
 */
import {
  isPresetId,
  sourceOf,
  averageHandleMinutes,
  type MetricName,
  type Percentiles,
  type Results,
  type Scenario,
  type Source,
  type Summary,
  type MonthRow,
  isLive,
  minorUnitDigits,
  Money,
  defaultTargetSeconds,
  annualSavingsLabel,
  monthlySavingsLabel,
  percentileLabel,
  PERCENTILE_METHOD,
  RAMP_UNFINISHED,
  yearOneLabel,
  type PercentileKey,
} from '../model';
import { formatMinutes, formatMoney, formatMonths, formatNumber, formatPct, formatSeconds, formatWait, NONE } from './format';
import { MAX_PRICE_DECIMALS, quantityDecimals, shownPrice, type Factor } from './worked';

export type FigureGroup = 'Volume and automation' | 'Staffing' | 'Money' | 'Service and quality' | 'Range (uncertainty)';
export const FIGURE_GROUPS: readonly FigureGroup[] = ['Money', 'Volume and automation', 'Staffing', 'Service and quality', 'Range (uncertainty)'];

export interface Explanation {
  /** The formula in words and symbols. */
  formula: string;
  /** The formula with this scenario's values filled in. */
  worked: string;
  /** Sources of the defaults the figure rests on, labelled by input. */
  sources: { input: string; source: Source }[];
}

export interface FigureView {
  name: MetricName;
  label: string;
  group: FigureGroup;
  text: string;
  /** Written when first read. */
  readonly explain: Explanation;
}

/** What a view of the summary figures is given: the page's figures (data-value) are those of the scenario's reported method. */
export interface FiguresProps {
  scenario: Scenario;
  results: Results;
  values: Record<MetricName, string>;
  percentiles: Percentiles | null;
}

interface Ctx {
  s: Scenario;
  sum: Summary;
  row: MonthRow;
  method: 'headline' | 'full';
  money: (x: Parameters<typeof formatMoney>[0]) => string;
  /** A unit price as given (not rounded to the minor unit), so that a worked product multiplies out. */
  price: (x: Parameters<typeof formatMoney>[0]) => string;
  percentiles: Percentiles | null;
  locale: string;
}

type Spec = {
  /** The label, or the label for this scenario (the month a figure is of, the method of the percentiles). */
  label: string | ((c: Ctx) => string);
  group: FigureGroup;
  text: (c: Ctx) => string;
  formula: (c: Ctx) => string;
  worked: (c: Ctx) => string;
  inputs: readonly [string, string][];
};

const n0 = (c: Ctx, x: number | null) => formatNumber(x, 0, c.locale);
const n1 = (c: Ctx, x: number | null) => formatNumber(x, 1, c.locale);
const n2 = (c: Ctx, x: number | null) => formatNumber(x, 2, c.locale);
const p1 = (c: Ctx, x: number | null) => formatPct(x, 1, c.locale);
const isHeadline = (c: Ctx) => c.method === 'headline';
const perContactBasis = (c: Ctx) => c.s.human.costBasis === 'contact';
/** What a queue figure says where there is no queue: an email scenario, or channels that are all backlogs. */
const noQueue = (c: Ctx) => (c.s.channels ? 'no live channel' : 'no queue (email)');
const liveNames = (c: Ctx) =>
  (c.s.channels ?? [])
    .filter((x) => isLive(x.kind))
    .map((x) => x.name)
    .join(', ');

/**
 * A quantity of a worked money line, with the decimals at which the line multiplies out at
 * the minor unit (`min` where none does: a scenario's channels are booked one by one).
 */
function workedQuantity(c: Ctx, quantity: number, factors: readonly Factor[], booked: Money, min: number): string {
  const digits = minorUnitDigits(c.s.finance.currency);
  const d = quantityDecimals(quantity, factors, booked, digits, min) ?? min;
  return formatNumber(new Money(quantity).toDecimalPlaces(d, Money.ROUND_HALF_UP).toNumber(), d, c.locale);
}

/** Said after a worked line whose amount is a sum of the channels' own bookings. */
const perChannel = (c: Ctx) => (c.s.channels && c.s.channels.length > 1 ? ' (the sum of the channels, each booked to the minor unit)' : '');

function humanCostWorked(c: Ctx, contacts: number, hours: number, fte: number, cost: Money): string {
  const digits = minorUnitDigits(c.s.finance.currency);
  if (perContactBasis(c)) {
    const price = shownPrice(c.s.human.costPerContact, digits);
    return `${workedQuantity(c, contacts, [price], cost, 0)} contacts × ${c.price(price)} = ${c.money(cost)}${perChannel(c)}`;
  }
  const paid = c.s.human.paidHoursPerMonth;
  const paidText = `${formatNumber(paid, MAX_PRICE_DECIMALS, c.locale)} paid hours`;
  if (c.s.human.costBasis === 'fte-year') {
    // The hourly cost is the FTE-year's over its paid hours: written as that division, so the
    // line multiplies out where a rounded hourly cost would not.
    const year = shownPrice(c.s.human.costPerFteYear, digits);
    const yearly = `${c.price(year)} per FTE-year ÷ (${paidText} × 12)`;
    if (isHeadline(c)) return `${workedQuantity(c, hours, [year, { over: paid * 12 }], cost, 2)} agent hours × ${yearly} = ${c.money(cost)}${perChannel(c)}`;
    return `${workedQuantity(c, fte, [year, { over: 12 }], cost, 2)} staffed FTE × ${c.price(year)} per FTE-year ÷ 12 = ${c.money(cost)}${perChannel(c)}`;
  }
  const rate = shownPrice(c.s.human.costPerHour, digits);
  if (isHeadline(c)) return `${workedQuantity(c, hours, [rate], cost, 2)} agent hours × ${c.price(rate)} per hour = ${c.money(cost)}${perChannel(c)}`;
  return `${workedQuantity(c, fte, [paid, rate], cost, 2)} staffed FTE × ${paidText} × ${c.price(rate)} per hour = ${c.money(cost)}${perChannel(c)}`;
}

function humanCostFormula(c: Ctx): string {
  if (perContactBasis(c)) return 'contacts × cost per contact';
  return isHeadline(c) ? 'agent hours × loaded cost per hour' : 'staffed FTE × paid hours per FTE-month × loaded cost per hour';
}

const COST_INPUTS: [string, string][] = [
  ['human.costPerHour', 'Loaded cost'],
  ['human.paidHoursPerMonth', 'Paid hours'],
  ['human.shrinkagePct', 'Shrinkage'],
];

const SPECS: Record<MetricName, Spec> = {
  contacts_per_month: {
    label: 'Contacts per month',
    group: 'Volume and automation',
    text: (c) => n0(c, c.sum.contactsPerMonth),
    formula: () => 'contacts in month 1 × (1 + monthly growth)^(month − 1), in the steady-state month',
    worked: (c) =>
      `${n0(c, c.s.contactsPerMonth)} × (1 + ${p1(c, isHeadline(c) ? 0 : c.s.growthPctPerMonth)})^(${c.sum.steadyMonth} − 1) = ${n0(c, c.sum.contactsPerMonth)}`,
    inputs: [
      ['contactsPerMonth', 'Volume'],
      ['growthPctPerMonth', 'Growth'],
    ],
  },
  automation_rate: {
    label: 'Automation rate (AI-resolved share of all contacts)',
    group: 'Volume and automation',
    text: (c) => p1(c, c.sum.automationRatePct),
    formula: () => 'AI-resolved contacts ÷ all contacts',
    worked: (c) => `${n0(c, c.sum.aiResolvedPerMonth)} ÷ ${n0(c, c.sum.contactsPerMonth)} = ${p1(c, c.sum.automationRatePct)}`,
    inputs: [
      ['categories.resolutionPct', 'Resolution rates'],
      ['quality.askHumanPct', 'Customers who ask for a human'],
    ],
  },
  ai_resolved_per_month: {
    label: 'Contacts the AI resolves per month',
    group: 'Volume and automation',
    text: (c) => n0(c, c.sum.aiResolvedPerMonth),
    formula: (c) =>
      isHeadline(c) ? 'contacts × automation rate' : 'Σ over categories: contacts × share × AI-eligible × (1 − ask for a human) × resolution rate × ramp',
    worked: (c) => `${n0(c, c.sum.contactsPerMonth)} contacts × ${p1(c, c.sum.automationRatePct)} = ${n0(c, c.sum.aiResolvedPerMonth)}`,
    inputs: [
      ['categories.resolutionPct', 'Resolution rates'],
      ['ramp', 'Ramp'],
    ],
  },
  human_contacts_per_month: {
    label: 'Contacts humans handle per month',
    group: 'Volume and automation',
    text: (c) => n0(c, c.sum.humanContactsPerMonth),
    formula: () => 'contacts − AI-resolved + wrong answers × re-contact share',
    worked: (c) =>
      `${n0(c, c.sum.contactsPerMonth)} − ${n0(c, c.sum.aiResolvedPerMonth)} + ${n0(c, c.row.errors)} × ${p1(c, isHeadline(c) ? 0 : c.s.quality.recontactPct)} = ${n0(c, c.sum.humanContactsPerMonth)}`,
    inputs: [
      ['quality.errorRatePct', 'Error rate'],
      ['quality.recontactPct', 'Re-contacts'],
    ],
  },
  human_hours_per_month: {
    label: 'Agent hours of human handling per month',
    group: 'Staffing',
    text: (c) => n0(c, c.sum.humanHoursPerMonth),
    formula: () => '(human contacts × handle time + escalations × handoff minutes) ÷ 60',
    worked: (c) =>
      `(${n0(c, c.sum.humanContactsPerMonth)} × ${formatMinutes(c.sum.humanContactsPerMonth > 0 ? (c.sum.humanHoursPerMonth * 60 - c.row.aiEscalated * (isHeadline(c) ? 0 : c.s.quality.handoffMinutes)) / c.sum.humanContactsPerMonth : 0, 2, c.locale)} + ${n0(c, c.row.aiEscalated)} × ${formatMinutes(isHeadline(c) ? 0 : c.s.quality.handoffMinutes, 1, c.locale)}) ÷ 60 = ${n0(c, c.sum.humanHoursPerMonth)} h`,
    inputs: [
      ['categories.handleMinutes', 'Handle times'],
      ['quality.handoffMinutes', 'Handoff overhead'],
    ],
  },
  human_aht_after: {
    label: 'Average handle time of the contacts humans keep',
    group: 'Staffing',
    text: (c) => formatMinutes(c.sum.humanAhtAfter, 2, c.locale),
    formula: () => 'human agent minutes ÷ human contacts (before the AI: the average of all contacts)',
    worked: (c) =>
      `${n0(c, c.sum.humanHoursPerMonth * 60)} min ÷ ${n0(c, c.sum.humanContactsPerMonth)} = ${formatMinutes(c.sum.humanAhtAfter, 2, c.locale)} (before: ${formatMinutes(c.sum.humanAhtBefore, 2, c.locale)})`,
    inputs: [
      ['categories.handleMinutes', 'Handle times'],
      ['categories', 'Mix'],
    ],
  },
  agent_equivalents_baseline: {
    label: 'Agent-equivalents without AI (hours ÷ productive hours)',
    group: 'Staffing',
    text: (c) => n1(c, c.sum.agentEquivalentsBaseline),
    formula: () => 'all contacts × handle time ÷ 60 ÷ productive hours per FTE-month',
    worked: (c) =>
      `${n0(c, c.sum.contactsPerMonth)} × ${formatMinutes(c.sum.humanAhtBefore, 2, c.locale)} ÷ 60 ÷ ${n1(c, c.s.human.productiveHoursPerMonth)} h = ${n2(c, c.sum.agentEquivalentsBaseline)}`,
    inputs: [
      ['human.productiveHoursPerMonth', 'Productive hours'],
      ['categories.handleMinutes', 'Handle times'],
    ],
  },
  agent_equivalents_with_ai: {
    label: 'Agent-equivalents with AI',
    group: 'Staffing',
    text: (c) => n1(c, c.sum.agentEquivalentsWithAi),
    formula: () => 'human agent hours ÷ productive hours per FTE-month',
    worked: (c) => `${n0(c, c.sum.humanHoursPerMonth)} h ÷ ${n1(c, c.s.human.productiveHoursPerMonth)} h = ${n2(c, c.sum.agentEquivalentsWithAi)}`,
    inputs: [['human.productiveHoursPerMonth', 'Productive hours']],
  },
  agent_equivalents_ai_work: {
    label: '"The AI does the work of N agents"',
    group: 'Staffing',
    text: (c) => n1(c, c.sum.agentEquivalentsAiWork),
    formula: () => 'agent-equivalents without AI − agent-equivalents with AI',
    worked: (c) => `${n2(c, c.sum.agentEquivalentsBaseline)} − ${n2(c, c.sum.agentEquivalentsWithAi)} = ${n2(c, c.sum.agentEquivalentsAiWork)}`,
    inputs: [['human.productiveHoursPerMonth', 'Productive hours']],
  },
  staffed_fte_baseline: {
    label: 'Staffed FTE without AI (Erlang, shrinkage)',
    group: 'Staffing',
    text: (c) => n1(c, c.sum.staffedFteBaseline),
    formula: () => 'on-seat hours per month (agents needed per hour of the week to meet the service level, × 4.348 weeks) ÷ (paid hours × (1 − shrinkage))',
    worked: (c) =>
      `${n0(c, c.row.staffingBaseline.onSeatHours)} on-seat h ÷ (${n1(c, c.s.human.paidHoursPerMonth)} × (1 − ${p1(c, c.s.human.shrinkagePct)})) = ${n2(c, c.sum.staffedFteBaseline)}`,
    inputs: [
      ['human.serviceLevelPct', 'Service level'],
      ['human.maxOccupancyPct', 'Occupancy'],
      ['human.shrinkagePct', 'Shrinkage'],
      ['human.paidHoursPerMonth', 'Paid hours'],
    ],
  },
  staffed_fte_with_ai: {
    label: 'Staffed FTE with AI',
    group: 'Staffing',
    text: (c) => n1(c, c.sum.staffedFteWithAi),
    formula: () => 'on-seat hours per month for the human contacts left ÷ (paid hours × (1 − shrinkage))',
    worked: (c) =>
      `${n0(c, c.row.staffing.onSeatHours)} on-seat h ÷ (${n1(c, c.s.human.paidHoursPerMonth)} × (1 − ${p1(c, c.s.human.shrinkagePct)})) = ${n2(c, c.sum.staffedFteWithAi)}`,
    inputs: [
      ['human.serviceLevelPct', 'Service level'],
      ['human.maxOccupancyPct', 'Occupancy'],
      ['human.shrinkagePct', 'Shrinkage'],
    ],
  },
  peak_agents: {
    label: 'Peak agents on seat (any hour of the week)',
    group: 'Staffing',
    text: (c) => n0(c, c.sum.peakAgents),
    formula: (c) =>
      c.s.channel === 'email'
        ? 'busiest hour: workload ÷ maximum occupancy, rounded up'
        : 'busiest hour: the fewest agents that meet the service-level target within the occupancy cap (Erlang C)',
    worked: (c) =>
      `${n0(c, c.sum.peakAgents)} agents with AI, ${n0(c, c.sum.peakAgentsBaseline)} without; target ${p1(c, c.s.human.serviceLevelPct)} in ${formatSeconds(c.s.human.serviceLevelSeconds ?? defaultTargetSeconds(c.s.channel), 0, c.locale)}, occupancy ≤ ${p1(c, c.s.human.maxOccupancyPct)}`,
    inputs: [
      ['human.serviceLevelPct', 'Service level'],
      ['human.maxOccupancyPct', 'Occupancy'],
    ],
  },
  baseline_cost_per_month: {
    label: 'Cost per month without AI',
    group: 'Money',
    text: (c) => c.money(c.sum.baselineCostPerMonth),
    formula: (c) => `every contact human: ${humanCostFormula(c)}`,
    worked: (c) => humanCostWorked(c, c.sum.contactsPerMonth, c.row.baselineHours, c.sum.staffedFteBaseline, c.sum.baselineCostPerMonth),
    inputs: COST_INPUTS,
  },
  total_cost_per_month: {
    label: 'Cost per month with AI',
    group: 'Money',
    text: (c) => c.money(c.sum.totalCostPerMonth),
    formula: () => 'human + AI + quality (wrong answers) + fixed (platform and upkeep)',
    worked: (c) =>
      `${c.money(c.sum.humanCostPerMonth)} + ${c.money(c.sum.aiCostPerMonth)} + ${c.money(c.sum.qualityCostPerMonth)} + ${c.money(c.sum.fixedCostPerMonth)} = ${c.money(c.sum.totalCostPerMonth)}`,
    inputs: [
      ['ai.pricePerUnit', 'AI price'],
      ['ai.upkeepPerMonth', 'Upkeep'],
      ['ai.fixedPerMonth', 'Platform fee'],
      ['quality.errorCost', 'Cost per error'],
    ],
  },
  monthly_savings: {
    label: (c) => monthlySavingsLabel(c.sum),
    group: 'Money',
    text: (c) => c.money(c.sum.monthlySavings),
    formula: (c) =>
      c.sum.rampComplete
        ? 'cost without AI − cost with AI, in the first month at full ramp'
        : `cost without AI − cost with AI, in the last month (${RAMP_UNFINISHED})`,
    worked: (c) =>
      `${c.money(c.sum.baselineCostPerMonth)} − ${c.money(c.sum.totalCostPerMonth)} = ${c.money(c.sum.monthlySavings)} (month ${c.sum.steadyMonth})`,
    inputs: COST_INPUTS,
  },
  annual_savings: {
    label: (c) => annualSavingsLabel(c.sum),
    group: 'Money',
    text: (c) => c.money(c.sum.annualSavings),
    formula: (c) =>
      c.sum.rampComplete
        ? 'steady-state monthly savings × 12 (not the sum of the next twelve months: see the year-1 savings beside it)'
        : `the last month's savings × 12 (${RAMP_UNFINISHED})`,
    worked: (c) => `${c.money(c.sum.monthlySavings)} × 12 = ${c.money(c.sum.annualSavings)}`,
    inputs: [],
  },
  baseline_cost_per_contact: {
    label: 'Cost per contact without AI',
    group: 'Money',
    text: (c) => c.money(c.sum.baselineCostPerContact),
    formula: () => 'cost per month without AI ÷ contacts',
    worked: (c) => `${c.money(c.sum.baselineCostPerMonth)} ÷ ${n0(c, c.sum.contactsPerMonth)} = ${c.money(c.sum.baselineCostPerContact)}`,
    inputs: COST_INPUTS,
  },
  hybrid_cost_per_contact: {
    label: 'Cost per contact with AI (hybrid)',
    group: 'Money',
    text: (c) => c.money(c.sum.hybridCostPerContact),
    formula: () => 'cost per month with AI ÷ contacts',
    worked: (c) => `${c.money(c.sum.totalCostPerMonth)} ÷ ${n0(c, c.sum.contactsPerMonth)} = ${c.money(c.sum.hybridCostPerContact)}`,
    inputs: [['ai.pricePerUnit', 'AI price']],
  },
  payback_months: {
    label: 'Payback',
    group: 'Money',
    text: (c) => formatMonths(c.sum.paybackMonths, c.locale),
    formula: () => 'months until cumulative savings cover the one-time implementation cost (interpolated within the month)',
    worked: (c) => `one-time cost ${c.money(c.s.ai.setupCost)}; covered after ${formatMonths(c.sum.paybackMonths, c.locale)} of ${c.s.finance.months}`,
    inputs: [['ai.setupCost', 'One-time cost']],
  },
  roi: {
    label: 'Return on AI spend over the horizon',
    group: 'Money',
    text: (c) => p1(c, c.sum.roiPct),
    formula: () => 'net savings over the horizon ÷ AI spend over the horizon (fees, platform, upkeep, one-time)',
    worked: (c) => `${c.money(c.sum.horizonNetSavings)} net over ${c.s.finance.months} months → ${p1(c, c.sum.roiPct)}`,
    inputs: [
      ['finance.months', 'Horizon'],
      ['ai.setupCost', 'One-time cost'],
    ],
  },
  npv: {
    label: 'Net present value over the horizon',
    group: 'Money',
    text: (c) => c.money(c.sum.npv),
    formula: () => '− one-time cost + Σ monthly savings ÷ (1 + annual discount rate)^(month ÷ 12)',
    worked: (c) =>
      `−${c.money(c.s.ai.setupCost)} + discounted savings at ${p1(c, c.s.finance.discountRatePct)} a year over ${c.s.finance.months} months = ${c.money(c.sum.npv)}`,
    inputs: [
      ['finance.discountRatePct', 'Discount rate'],
      ['finance.months', 'Horizon'],
    ],
  },
  quality_cost_per_month: {
    label: 'Quality cost per month (wrong answers)',
    group: 'Service and quality',
    text: (c) => c.money(c.sum.qualityCostPerMonth),
    formula: () => 'AI-resolved × error rate × cost per error (the re-contact itself is in the human cost)',
    worked: (c) => {
      const price = shownPrice(c.s.quality.errorCost, minorUnitDigits(c.s.finance.currency));
      return `${workedQuantity(c, c.sum.errorsPerMonth, [price], c.sum.qualityCostPerMonth, 0)} wrong answers × ${c.price(price)} = ${c.money(c.sum.qualityCostPerMonth)}${perChannel(c)}`;
    },
    inputs: [
      ['quality.errorRatePct', 'Error rate'],
      ['quality.errorCost', 'Cost per error'],
    ],
  },
  break_even_error_cost: {
    label: 'Break-even cost per wrong answer',
    group: 'Service and quality',
    text: (c) => (c.sum.breakEvenErrorCost === null ? NONE : c.money(c.sum.breakEvenErrorCost)),
    formula: () => 'the cost per error at which the AI stops saving money: (savings + quality cost) ÷ wrong answers',
    worked: (c) =>
      c.sum.breakEvenErrorCost === null
        ? 'no wrong answers or no savings to lose: no break-even'
        : `(${c.money(c.sum.monthlySavings)} + ${c.money(c.sum.qualityCostPerMonth)}) ÷ ${n0(c, c.sum.errorsPerMonth)} = ${c.money(c.sum.breakEvenErrorCost)}`,
    inputs: [
      ['quality.errorRatePct', 'Error rate'],
      ['quality.errorCost', 'Cost per error'],
    ],
  },
  resolution_time_improvement: {
    label: 'Faster resolution for customers',
    group: 'Service and quality',
    text: (c) => p1(c, c.sum.resolutionTimeImprovementPct),
    formula: () => '(human resolution time − average with AI) ÷ human resolution time; escalated customers wait for both',
    worked: (c) =>
      `human ${formatMinutes(c.s.experience.resolutionMinutesHuman, 1, c.locale)}, AI ${formatMinutes(c.s.experience.resolutionMinutesAi, 1, c.locale)} → ${p1(c, c.sum.resolutionTimeImprovementPct)} faster on average`,
    inputs: [['experience.resolutionMinutesHuman', 'Resolution times']],
  },
  annual_savings_p10: percentile('p10'),
  annual_savings_p50: percentile('p50'),
  annual_savings_p90: percentile('p90'),
  service_level: {
    label: 'Service level achieved',
    group: 'Service and quality',
    text: (c) => (c.sum.serviceLevelPct === null ? noQueue(c) : p1(c, c.sum.serviceLevelPct)),
    formula: (c) =>
      c.s.channels
        ? "share of human contacts of the live channels answered within each channel's target time, weighted by their arrivals over the week"
        : 'share of human contacts answered within the target time, weighted by arrivals over the week',
    worked: (c) =>
      c.sum.serviceLevelPct === null
        ? c.s.channels
          ? 'Every channel is worked as a backlog: no real-time service level (see the response level by channel).'
          : 'Email is worked as a backlog: no real-time service level.'
        : c.s.channels
          ? `${p1(c, c.sum.serviceLevelPct)} over the live channels (${liveNames(c)}), each against its own target`
          : `${p1(c, c.sum.serviceLevelPct)} within ${formatSeconds(c.s.human.serviceLevelSeconds ?? defaultTargetSeconds(c.s.channel), 0, c.locale)} (target ${p1(c, c.s.human.serviceLevelPct)})`,
    inputs: [['human.serviceLevelPct', 'Service level']],
  },
  asa_seconds: {
    label: 'Average speed of answer',
    group: 'Service and quality',
    text: (c) => (c.sum.asaSeconds === null ? noQueue(c) : formatWait(c.sum.asaSeconds, 1, c.locale)),
    formula: () => 'Erlang waiting time per interval, weighted by arrivals',
    worked: (c) => `${formatWait(c.sum.asaSeconds, 1, c.locale)} at ${n0(c, c.sum.peakAgents)} agents in the busiest hour`,
    inputs: [['human.serviceLevelPct', 'Service level']],
  },
  abandon_rate: {
    label: 'Customers who abandon the queue',
    group: 'Service and quality',
    text: (c) => (c.sum.abandonRatePct === null ? 'not modelled (Erlang C)' : p1(c, c.sum.abandonRatePct)),
    formula: () => 'Erlang A: share of arrivals whose patience runs out before an answer',
    worked: (c) =>
      c.sum.abandonRatePct === null
        ? 'Erlang C assumes nobody abandons; choose Erlang A and a patience to model it.'
        : `${p1(c, c.sum.abandonRatePct)} with a mean patience of ${formatMinutes(c.s.human.patienceMinutes, 1, c.locale)}`,
    inputs: [],
  },
  occupancy: {
    label: 'Agent occupancy',
    group: 'Service and quality',
    text: (c) => p1(c, c.sum.occupancyPct),
    formula: () => 'handling time ÷ on-seat time',
    worked: (c) => `${p1(c, c.sum.occupancyPct)} (cap ${p1(c, c.s.human.maxOccupancyPct)})`,
    inputs: [['human.maxOccupancyPct', 'Occupancy']],
  },
};

/** "Annual savings, P10 (pessimistic)"; under the headline method, also that the figure is the full model's. */
export function percentileFigureLabel(key: PercentileKey, method: 'headline' | 'full'): string {
  const label = `Annual savings, ${percentileLabel('annualSavings', key)}`;
  return method === PERCENTILE_METHOD ? label : `${label}, full model`;
}

function percentile(key: PercentileKey): Spec {
  return {
    label: (c) => percentileFigureLabel(key, c.method),
    group: 'Range (uncertainty)',
    // Read on screen and on paper alike: the draws run by themselves, and may still be running.
    text: (c) => (c.percentiles ? c.money(c.percentiles[key]) : 'not computed yet (see the ranges)'),
    formula: () => `${key.toUpperCase()} of annual savings over a seeded Monte Carlo of the ranged inputs, each draw a projection of the full model`,
    worked: (c) =>
      c.percentiles ? `${key.toUpperCase()} = ${c.money(c.percentiles[key])} (seed ${c.s.seed})` : 'Not computed yet: the uncertainty analysis fills it in.',
    inputs: [],
  };
}

/** The sources of the inputs a figure rests on, for the scenario's preset (deduplicated). */
export function sourcesFor(s: Scenario, inputs: readonly [string, string][]): { input: string; source: Source }[] {
  const preset = s.presetId !== null && isPresetId(s.presetId) ? s.presetId : null;
  const seen = new Set<string>();
  const out: { input: string; source: Source }[] = [];
  for (const [path, input] of inputs) {
    const source = sourceOf(preset, path);
    if (!source || seen.has(source.figure)) continue;
    seen.add(source.figure);
    out.push({ input, source });
  }
  return out;
}

/** Every summary figure of the scenario's primary method, in the order of `names`. */
export function figureViews(s: Scenario, results: Results, names: readonly MetricName[], percentiles: Percentiles | null, locale = 'en-US'): FigureView[] {
  const primary = results.primary;
  const idx = primary.rows.findIndex((r) => r.month === primary.summary.steadyMonth);
  const row = primary.rows[Math.max(0, idx)]!;
  const ctx: Ctx = {
    s,
    sum: primary.summary,
    row,
    method: s.method,
    percentiles,
    locale,
    money: (x) => formatMoney(x, s.finance.currency, { locale }),
    price: (x) => formatMoney(x, s.finance.currency, { locale, exact: true }),
  };
  return names.map((name) => {
    const spec = SPECS[name];
    // The explanation is written when first read (a figure's disclosure opens): the page
    // shows every figure, but a reader opens few explanations.
    let explain: Explanation | undefined;
    return {
      name,
      label: typeof spec.label === 'string' ? spec.label : spec.label(ctx),
      group: spec.group,
      text: spec.text(ctx),
      get explain() {
        return (explain ??= { formula: spec.formula(ctx), worked: spec.worked(ctx), sources: sourcesFor(s, spec.inputs) });
      },
    };
  });
}

/** The label of a metric, for comparison tables and CSV headers (the month and method left unsaid). */
export function metricLabel(name: MetricName): string {
  const label = SPECS[name].label;
  if (typeof label === 'string') return label;
  if (name === 'annual_savings_p10' || name === 'annual_savings_p50' || name === 'annual_savings_p90')
    return percentileFigureLabel(name.slice(-3) as PercentileKey, 'full');
  return name === 'monthly_savings' ? 'Savings per month (steady state)' : 'Savings per year (steady state)';
}

/** A figure shown beside the metrics that is not one of them: no `data-metric` of its own. */
export type ExtraFigureView = Omit<FigureView, 'name'> & { id: string };

/**
 * Year-1 savings (docs/METHOD.md, "Savings, payback, ROI and NPV"): months 1-12 as
 * projected, ramp and growth included, before the one-time cost; shown beside the
 * steady-state annual savings, which are one month x 12.
 */
export function yearOneView(s: Scenario, results: Results, locale = 'en-US'): ExtraFigureView {
  const sum = results.primary.summary;
  const rows = results.primary.rows.slice(0, sum.yearOneMonths);
  const money = (x: Parameters<typeof formatMoney>[0]) => formatMoney(x, s.finance.currency, { locale });
  const shown = rows.length <= 3 ? rows.map((r) => money(r.savings)).join(' + ') : `${money(rows[0]!.savings)} + … + ${money(rows[rows.length - 1]!.savings)}`;
  return {
    id: 'year_one_savings',
    label: yearOneLabel(sum),
    group: 'Money',
    text: money(sum.yearOneSavings),
    explain: {
      formula: `the sum of the monthly savings of months 1-${sum.yearOneMonths}, as projected (ramp and growth included), before the one-time cost`,
      worked: `${shown} = ${money(sum.yearOneSavings)} over ${sum.yearOneMonths} months`,
      sources: sourcesFor(s, [['ramp', 'Ramp']]),
    },
  };
}

/** Average handle time as quick mode shows it. */
export function averageHandle(s: Scenario): number {
  return averageHandleMinutes(s.categories);
}

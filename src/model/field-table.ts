/**
 * One description per numeric input (docs/METHOD.md, "Inputs"): its label, unit, bounds and
 * the messages that name them, its readable-link name. The zod schema (schema.ts), the
 * readable link parameters (io/query-params.ts), the page's input labels and the
 * assumptions of exported and printed reports are all read from here, so a bound or a
 * label is written once. Adding a numeric input is one entry here plus its default in the
 * presets.
 *
 * Paths are the scenario's dotted paths; `*` stands for any index of a list
 * (`categories.*.handleMinutes`, `channels.*.sharePct`).
 */
import { MAX_CONTACTS_PER_MONTH, MAX_TOKENS_PER_CONVERSATION, MONEY_LIMITS } from './limits';

/**
 * How the value is checked, which decides the wording of its messages:
 * - `pct`: a percent number 0 to 100 (narrower bounds add their own check);
 * - `nonNegative`: 0 or more, up to `max`;
 * - `money`: an amount of the scenario's currency, 0 up to `max`;
 * - `positive`: more than 0, up to `max`;
 * - `number`: `min` to `max`, each with its message.
 */
export type FieldCheck = 'pct' | 'nonNegative' | 'money' | 'positive' | 'number';

export interface NumberFieldSpec {
  /** The scenario path (`human.shrinkagePct`), `*` for a list index. */
  path: string;
  /** What the page and the reports call it, and how its messages name it. */
  label: string;
  /** The unit in words, as messages and reports write it after a value ("minutes", "per hour"); '' for none. */
  unit: string;
  check: FieldCheck;
  min: number;
  max: number;
  /** Whether the value must be a whole number. */
  integer?: boolean;
  /** Whether the field may be empty (null: it then follows another value, said in `help`). */
  nullable?: boolean;
  /** Whether the value must be more than `min` (not equal to it). */
  above?: boolean;
  /** The message for a value below `min`, where the check's own wording does not fit. */
  low?: string;
  /** The message for a value above `max`, where the check's own wording does not fit. */
  high?: string;
  /** The message for a value that is not whole, for integer fields. */
  whole?: string;
  /** Name of the readable link parameter that sets this field directly (README, "Readable URL parameters"). */
  url?: string;
  /** What a link's value is, in the link's notices ("contacts per month"). */
  urlUnit?: string;
  /** Lowest value a link may give, where links accept less than the field (never more). */
  urlMin?: number;
}

const PCT = { check: 'pct', min: 0, max: 100, unit: '%' } as const;

/** Every numeric scalar input of a scenario. */
export const NUMBER_FIELDS: readonly NumberFieldSpec[] = [
  {
    path: 'contactsPerMonth',
    label: 'Contacts per month',
    unit: 'contacts',
    check: 'nonNegative',
    min: 0,
    max: MAX_CONTACTS_PER_MONTH,
    high: 'Contacts per month are limited to 100,000,000 (model a larger operation region by region)',
    url: 'contacts',
    urlUnit: 'contacts per month',
  },
  {
    path: 'growthPctPerMonth',
    label: 'Growth',
    unit: '% per month',
    check: 'number',
    min: -50,
    max: 50,
    low: 'Growth cannot be below -50 % per month',
    high: 'Growth cannot exceed 50 % per month',
    url: 'growth',
    urlUnit: 'a percentage per month',
  },
  { path: 'categories.*.sharePct', label: 'Share of volume', ...PCT },
  {
    path: 'categories.*.handleMinutes',
    label: 'Handle time',
    unit: 'minutes',
    check: 'nonNegative',
    min: 0,
    max: 600,
    high: 'Handle time above 600 minutes is not a support contact',
  },
  { path: 'categories.*.resolutionPct', label: 'AI resolution rate', ...PCT },
  {
    path: 'human.costPerHour',
    label: 'Loaded cost per hour',
    unit: 'per hour',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.costPerHour,
    url: 'cost_hour',
    urlUnit: 'a cost per hour',
  },
  {
    path: 'human.costPerFteYear',
    label: 'Loaded cost per FTE-year',
    unit: 'per year',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.costPerFteYear,
    url: 'cost_fte_year',
    urlUnit: 'a cost per FTE-year',
  },
  {
    path: 'human.costPerContact',
    label: 'Cost per contact',
    unit: 'per contact',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.costPerContact,
    url: 'cost_contact',
    urlUnit: 'a cost per contact',
  },
  {
    path: 'human.productiveHoursPerMonth',
    label: 'Productive hours per FTE-month',
    unit: 'hours',
    check: 'positive',
    min: 0,
    max: 744,
    high: 'Productive hours cannot exceed the 744 hours of a month',
    url: 'productive_hours',
    urlUnit: 'hours per FTE-month',
    urlMin: 1,
  },
  {
    path: 'human.paidHoursPerMonth',
    label: 'Paid hours per FTE-month',
    unit: 'hours',
    check: 'positive',
    min: 0,
    max: 744,
    high: 'Paid hours cannot exceed the 744 hours of a month',
    url: 'paid_hours',
    urlUnit: 'hours per FTE-month',
    urlMin: 1,
  },
  {
    path: 'human.shrinkagePct',
    label: 'Shrinkage',
    ...PCT,
    max: 95,
    high: 'Shrinkage above 95 % leaves no one on seat (accepted: 0 to 95 %)',
    url: 'shrinkage',
    urlUnit: 'a percentage',
  },
  {
    path: 'human.maxOccupancyPct',
    label: 'Max occupancy',
    ...PCT,
    min: 10,
    low: 'Max occupancy below 10 % is not a staffing target (accepted: 10 to 100 %)',
    url: 'occupancy',
    urlUnit: 'a percentage',
  },
  {
    path: 'human.concurrency',
    label: 'Concurrency',
    unit: 'chats per agent',
    check: 'number',
    min: 1,
    max: 10,
    low: 'Concurrency is at least 1 (one contact at a time)',
    high: 'Concurrency above 10 chats per agent is not supported',
    url: 'concurrency',
    urlUnit: 'chats per agent',
  },
  {
    path: 'human.serviceLevelPct',
    label: 'Service level target',
    ...PCT,
    max: 99.9,
    above: true,
    low: 'Service level target must be more than 0 %',
    high: 'Service level target must be below 100 % (accepted: up to 99.9 %)',
    url: 'sl_target',
    urlUnit: 'a percentage',
    urlMin: 1,
  },
  {
    path: 'human.serviceLevelSeconds',
    label: 'Service level seconds',
    unit: 'seconds',
    check: 'nonNegative',
    min: 0,
    max: 86_400,
    nullable: true,
    high: 'Service level seconds cannot exceed a day',
    url: 'sl_seconds',
    urlUnit: 'seconds',
  },
  {
    path: 'human.patienceMinutes',
    label: 'Customer patience',
    unit: 'minutes',
    check: 'positive',
    min: 0,
    max: 1440,
    high: 'Customer patience above a day is not a queue',
    url: 'patience_min',
    urlUnit: 'minutes',
    urlMin: 0.01,
  },
  {
    path: 'human.seats',
    label: 'Seats',
    unit: 'agents',
    check: 'number',
    min: 1,
    max: 100_000,
    integer: true,
    nullable: true,
    whole: 'Seats must be a whole number of agents',
    low: 'Seats must be at least 1 agent',
  },
  { path: 'human.openFromHour', label: 'Open from hour', unit: '', check: 'number', min: 0, max: 23, integer: true },
  { path: 'human.openToHour', label: 'Open until hour', unit: '', check: 'number', min: 1, max: 24, integer: true },
  {
    path: 'ai.pricePerUnit',
    label: 'AI price',
    unit: 'per unit',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.pricePerUnit,
  },
  {
    path: 'ai.tokensPerConversation',
    label: 'Tokens per conversation',
    unit: 'tokens',
    check: 'nonNegative',
    min: 0,
    max: MAX_TOKENS_PER_CONVERSATION,
    high: `Tokens per conversation cannot exceed ${MAX_TOKENS_PER_CONVERSATION.toLocaleString('en-US')}`,
  },
  {
    path: 'ai.pricePerMillionTokens',
    label: 'Price per million tokens',
    unit: 'per million tokens',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.pricePerMillionTokens,
  },
  {
    path: 'ai.fixedPerMonth',
    label: 'Fixed platform cost',
    unit: 'per month',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.fixedPerMonth,
    url: 'ai_fixed_month',
    urlUnit: 'a cost per month',
  },
  {
    path: 'ai.setupCost',
    label: 'One-time implementation cost',
    unit: '',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.setupCost,
    url: 'setup_cost',
    urlUnit: 'a one-time cost',
  },
  {
    path: 'ai.upkeepPerMonth',
    label: 'Knowledge-base upkeep',
    unit: 'per month',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.upkeepPerMonth,
    url: 'upkeep_month',
    urlUnit: 'a cost per month',
  },
  {
    path: 'ai.minutesPerConversation',
    label: 'AI minutes per conversation',
    unit: 'minutes',
    check: 'positive',
    min: 0,
    max: 600,
    high: 'AI minutes per conversation cannot exceed 600',
    url: 'ai_minutes',
    urlUnit: 'minutes per AI conversation',
    urlMin: 0.01,
  },
  { path: 'quality.errorRatePct', label: 'Error rate', ...PCT, url: 'error_rate', urlUnit: 'a percentage' },
  { path: 'quality.recontactPct', label: 'Re-contact share of errors', ...PCT },
  {
    path: 'quality.errorCost',
    label: 'Cost per error',
    unit: 'per error',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.errorCost,
    url: 'error_cost',
    urlUnit: 'a cost per error',
  },
  {
    path: 'quality.handoffMinutes',
    label: 'Handoff overhead',
    unit: 'minutes',
    check: 'nonNegative',
    min: 0,
    max: 120,
    high: 'Handoff overhead above 120 minutes is not plausible',
  },
  { path: 'quality.askHumanPct', label: 'Customers who ask for a human', ...PCT },
  { path: 'experience.resolutionMinutesHuman', label: 'Human resolution time', unit: 'minutes', check: 'nonNegative', min: 0, max: Infinity },
  { path: 'experience.resolutionMinutesAi', label: 'AI resolution time', unit: 'minutes', check: 'nonNegative', min: 0, max: Infinity },
  {
    path: 'finance.months',
    label: 'Horizon',
    unit: 'months',
    check: 'number',
    min: 1,
    max: 120,
    integer: true,
    whole: 'Horizon must be a whole number of months',
    low: 'Horizon must be at least 1 month',
    high: 'Horizon is limited to 120 months',
    url: 'months',
    urlUnit: 'a whole number of months',
  },
  { path: 'finance.discountRatePct', label: 'Discount rate', ...PCT, url: 'discount_rate', urlUnit: 'a percentage per year' },
  { path: 'channels.*.sharePct', label: 'Channel share', ...PCT },
  {
    path: 'channels.*.handleMultiplier',
    label: 'Handle time multiplier',
    unit: '',
    check: 'positive',
    min: 0,
    max: 20,
    high: 'Handle time multiplier cannot exceed 20',
  },
  {
    path: 'channels.*.handleMinutes',
    label: 'Channel handle time',
    unit: 'minutes',
    check: 'nonNegative',
    min: 0,
    max: 600,
    nullable: true,
    high: 'Handle time above 600 minutes is not a support contact',
  },
  {
    path: 'channels.*.serviceLevelPct',
    label: 'Channel service level target',
    ...PCT,
    max: 99.9,
    nullable: true,
    above: true,
    low: 'Channel service level target must be more than 0 %',
    high: 'Channel service level target must be below 100 % (accepted: up to 99.9 %)',
  },
  {
    path: 'channels.*.targetSeconds',
    label: 'Channel target time',
    unit: 'seconds',
    check: 'nonNegative',
    min: 0,
    max: 604_800,
    nullable: true,
    high: 'Channel target time cannot exceed a week',
  },
  {
    path: 'channels.*.concurrency',
    label: 'Channel concurrency',
    unit: 'conversations per agent',
    check: 'number',
    min: 1,
    max: 10,
    nullable: true,
    low: 'Channel concurrency is at least 1',
    high: 'Channel concurrency above 10 is not supported',
  },
  { path: 'channels.*.openFromHour', label: 'Channel open from hour', unit: '', check: 'number', min: 0, max: 23, integer: true, nullable: true },
  { path: 'channels.*.openToHour', label: 'Channel open until hour', unit: '', check: 'number', min: 1, max: 24, integer: true, nullable: true },
  { path: 'channels.*.automationPct', label: 'Channel automation', ...PCT, nullable: true },
  {
    path: 'channels.*.aiPricePerUnit',
    label: 'Channel AI price',
    unit: 'per unit',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.pricePerUnit,
    nullable: true,
  },
  {
    path: 'channels.*.aiMinutesPerConversation',
    label: 'AI minutes per conversation',
    unit: 'minutes',
    check: 'positive',
    min: 0,
    max: 600,
    nullable: true,
    high: 'AI minutes per conversation cannot exceed 600',
  },
];

const byPath = new Map(NUMBER_FIELDS.map((f) => [f.path, f]));

/** The description of the numeric input at `path` (a list index may be given as a number or as `*`). */
export function numberField(path: string): NumberFieldSpec {
  const f = byPath.get(path) ?? byPath.get(path.replace(/\.\d+\./, '.*.'));
  if (!f) throw new Error(`No numeric input is described at "${path}"`);
  return f;
}

/** The numeric input a readable link parameter sets, by its name (`shrinkage`), if it sets one directly. */
export function fieldOfParameter(name: string): NumberFieldSpec | undefined {
  return NUMBER_FIELDS.find((f) => f.url === name);
}

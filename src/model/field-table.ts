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
  /** Name of the per-channel link override that sets this channel field (`automation` in `automation.voice=20`). */
  channelUrl?: string;
  /**
   * The input's label on the page, where `{currency}`, `{channel}`, `{pricing}` and `{unit}`
   * stand for the scenario's currency, the channel's name, the AI pricing unit and the price's unit.
   */
  input?: string;
  /** The label for an asynchronous channel (email, messaging), where it differs from `input`. */
  inputAsync?: string;
  /** What the input's hint says under it, where it says the same in every scenario. */
  help?: string;
}

const PCT = { check: 'pct', min: 0, max: 100, unit: '%' } as const;

/**
 * A whole number as `toLocaleString('en-US')` writes it (`100,000,000`), without Intl: this
 * table is built while the page's first file runs, and the browser's first number format
 * loads its locale data, which would then hold up the start.
 */
export function groupedWhole(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

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
    input: 'Contacts per month',
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
    input: 'Volume growth (% per month)',
  },
  { path: 'categories.*.sharePct', label: 'Share of volume', ...PCT, input: 'Share of volume (%)' },
  {
    path: 'categories.*.handleMinutes',
    label: 'Handle time',
    unit: 'minutes',
    check: 'nonNegative',
    min: 0,
    max: 600,
    high: 'Handle time above 600 minutes is not a support contact',
    input: 'Handle time (agent minutes)',
  },
  { path: 'categories.*.resolutionPct', label: 'AI resolution rate', ...PCT, input: 'AI resolution rate (% of attempts)' },
  {
    path: 'human.costPerHour',
    label: 'Loaded cost per hour',
    unit: 'per hour',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.costPerHour,
    url: 'cost_hour',
    urlUnit: 'a cost per hour',
    input: 'Loaded cost per agent hour ({currency})',
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
    input: 'Loaded cost per FTE-year ({currency})',
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
    input: 'Cost per human contact ({currency})',
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
    input: 'Productive hours per FTE-month',
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
    input: 'Paid hours per FTE-month',
  },
  {
    path: 'human.shrinkagePct',
    label: 'Shrinkage',
    ...PCT,
    max: 95,
    high: 'Shrinkage above 95 % leaves no one on seat (accepted: 0 to 95 %)',
    url: 'shrinkage',
    urlUnit: 'a percentage',
    input: 'Shrinkage (%)',
  },
  {
    path: 'human.maxOccupancyPct',
    label: 'Max occupancy',
    ...PCT,
    min: 10,
    low: 'Max occupancy below 10 % is not a staffing target (accepted: 10 to 100 %)',
    url: 'occupancy',
    urlUnit: 'a percentage',
    input: 'Maximum occupancy (%)',
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
    input: 'Chats per agent at once',
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
    input: 'Service level target (% answered in time)',
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
    input: 'Answer within (seconds)',
    help: "Empty: the channel's default",
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
    input: 'Mean customer patience (minutes)',
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
    input: 'Agents on seat per open hour (reverse staffing)',
    help: 'Empty: staff to the target; a number: what that headcount achieves',
  },
  { path: 'human.openFromHour', label: 'Open from hour', unit: '', check: 'number', min: 0, max: 23, integer: true, input: 'Open from (hour, 0-23)' },
  { path: 'human.openToHour', label: 'Open until hour', unit: '', check: 'number', min: 1, max: 24, integer: true, input: 'Open until (hour, 1-24)' },
  {
    path: 'ai.pricePerUnit',
    label: 'AI price',
    unit: 'per unit',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.pricePerUnit,
    input: 'AI price per {pricing} ({currency})',
  },
  {
    path: 'ai.tokensPerConversation',
    label: 'Tokens per conversation',
    unit: 'tokens',
    check: 'nonNegative',
    min: 0,
    max: MAX_TOKENS_PER_CONVERSATION,
    high: `Tokens per conversation cannot exceed ${groupedWhole(MAX_TOKENS_PER_CONVERSATION)}`,
    input: 'Tokens per conversation',
  },
  {
    path: 'ai.pricePerMillionTokens',
    label: 'Price per million tokens',
    unit: 'per million tokens',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.pricePerMillionTokens,
    input: 'AI price per million tokens ({currency})',
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
    input: 'Platform fee per month ({currency})',
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
    input: 'One-time implementation cost ({currency})',
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
    input: 'Knowledge-base upkeep per month ({currency})',
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
    input: 'AI minutes per conversation',
    help: 'Billed minutes, for per-minute pricing',
  },
  { path: 'quality.errorRatePct', label: 'Error rate', ...PCT, url: 'error_rate', urlUnit: 'a percentage', input: 'Wrong answers (% of AI resolutions)' },
  { path: 'quality.recontactPct', label: 'Re-contact share of errors', ...PCT, input: 'Wrong answers that come back (%)' },
  {
    path: 'quality.errorCost',
    label: 'Cost per error',
    unit: 'per error',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.errorCost,
    url: 'error_cost',
    urlUnit: 'a cost per error',
    input: 'Cost per wrong answer beyond the re-contact ({currency})',
  },
  {
    path: 'quality.handoffMinutes',
    label: 'Handoff overhead',
    unit: 'minutes',
    check: 'nonNegative',
    min: 0,
    max: 120,
    high: 'Handoff overhead above 120 minutes is not plausible',
    input: 'Handoff overhead per escalation (agent minutes)',
  },
  { path: 'quality.askHumanPct', label: 'Customers who ask for a human', ...PCT, input: 'Customers who ask for a human (%)' },
  {
    path: 'experience.resolutionMinutesHuman',
    label: 'Human resolution time',
    unit: 'minutes',
    check: 'nonNegative',
    min: 0,
    max: Infinity,
    input: 'Resolution time, human (minutes)',
  },
  {
    path: 'experience.resolutionMinutesAi',
    label: 'AI resolution time',
    unit: 'minutes',
    check: 'nonNegative',
    min: 0,
    max: Infinity,
    input: 'Resolution time, AI (minutes)',
  },
  ...([1, 2, 3] as const).flatMap((tier) =>
    (['human', 'ai'] as const).map((who): NumberFieldSpec => ({
      path: `experience.csat.tier${tier}.${who}`,
      label: who === 'human' ? 'Human CSAT' : 'AI CSAT',
      unit: '%',
      check: 'number',
      min: 0,
      max: 100,
      low: `${who === 'human' ? 'Human' : 'AI'} CSAT is a percentage of satisfied customers (0 to 100)`,
      high: `${who === 'human' ? 'Human' : 'AI'} CSAT is a percentage of satisfied customers (0 to 100)`,
      input: `CSAT tier ${tier}, ${who === 'human' ? 'human' : 'AI'} (%)`,
    })),
  ),
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
    input: 'Horizon (months)',
  },
  {
    path: 'finance.discountRatePct',
    label: 'Discount rate',
    ...PCT,
    url: 'discount_rate',
    urlUnit: 'a percentage per year',
    input: 'Discount rate (% per year)',
  },
  { path: 'channels.*.sharePct', label: 'Channel share', ...PCT, input: 'Share of {channel}, %' },
  {
    path: 'channels.*.handleMultiplier',
    label: 'Handle time multiplier',
    unit: '',
    check: 'positive',
    min: 0,
    max: 20,
    high: 'Handle time multiplier cannot exceed 20',
    input: "Handle time in {channel}, × each category's",
    help: "1 = the categories' handle times",
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
    input: 'Own average handle time in {channel}, minutes',
    channelUrl: 'handle_min',
    urlUnit: 'minutes',
    urlMin: 0.01,
    help: 'Empty: the multiplier applies',
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
    input: 'Service level target of {channel}, %',
    inputAsync: 'Response target of {channel}, % answered in time',
    channelUrl: 'sl_target',
    urlUnit: 'a percentage',
    urlMin: 1,
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
    input: 'Answer within, {channel}, seconds',
    inputAsync: 'Respond within, {channel}, hours',
    channelUrl: 'sl_seconds',
    urlUnit: 'seconds (a week at most)',
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
    input: 'Conversations per agent at once in {channel}',
    channelUrl: 'concurrency',
    urlUnit: 'conversations per agent',
  },
  {
    path: 'channels.*.openFromHour',
    label: 'Channel open from hour',
    unit: '',
    check: 'number',
    min: 0,
    max: 23,
    integer: true,
    nullable: true,
    input: '{channel} opens at (hour, 0-23)',
  },
  {
    path: 'channels.*.openToHour',
    label: 'Channel open until hour',
    unit: '',
    check: 'number',
    min: 1,
    max: 24,
    integer: true,
    nullable: true,
    input: '{channel} closes at (hour, 1-24)',
  },
  {
    path: 'channels.*.automationPct',
    label: 'Channel automation',
    ...PCT,
    nullable: true,
    input: 'Automation in {channel}, %',
    channelUrl: 'automation',
    urlUnit: "a percentage of the channel's contacts",
  },
  {
    path: 'channels.*.aiPricePerUnit',
    label: 'Channel AI price',
    unit: 'per unit',
    check: 'money',
    min: 0,
    max: MONEY_LIMITS.pricePerUnit,
    nullable: true,
    input: 'AI price in {channel} ({currency} {unit})',
    channelUrl: 'ai_cost',
    urlUnit: 'a price per unit',
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
    input: 'AI minutes per conversation in {channel}',
    channelUrl: 'ai_minutes',
    urlUnit: 'minutes per AI conversation',
    urlMin: 0.01,
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

/** The channel field a per-channel link override sets, by its name (`automation` of `automation.voice`). */
export function channelFieldOfParameter(name: string): NumberFieldSpec | undefined {
  return NUMBER_FIELDS.find((f) => f.channelUrl === name);
}

/** What `{name}` in an input label stands for. */
export interface LabelWords {
  currency?: string;
  channel?: string;
  pricing?: string;
  unit?: string;
  /** Whether the channel is asynchronous (email, messaging): its `inputAsync` label, where it has one. */
  async?: boolean;
}

/** The page's label of the input at `path`, its words filled in; the messages' label where the field has no input of its own. */
export function inputLabel(path: string, words: LabelWords = {}): string {
  const f = numberField(path);
  const template = (words.async ? f.inputAsync : undefined) ?? f.input ?? f.label;
  return template.replace(/\{(currency|channel|pricing|unit)\}/g, (_, key: keyof LabelWords) => String(words[key] ?? ''));
}

/**
 * Which scenario field quick mode edits for cost and AI price: it follows the cost basis
 * and the AI pricing model the scenario uses.
 */
import { inputLabel, type Channel, type CostBasis, type Scenario, type StaffingModel, type Tier } from '../../model';
import { formatPct, listOf } from '../format';

/** A choice of a select: its value and what the select shows for it. */
export interface SelectOption<T> {
  value: T;
  label: string;
}

/** The ways the human cost may be given, as the advanced editor offers them. */
export const COST_BASIS_OPTIONS: readonly SelectOption<CostBasis>[] = [
  { value: 'hour', label: 'Loaded cost per agent hour' },
  { value: 'fte-year', label: 'Loaded cost per FTE-year' },
  { value: 'contact', label: 'Direct cost per contact' },
];

/** The queue models, as the advanced editor offers them. */
export const STAFFING_MODEL_OPTIONS: readonly SelectOption<StaffingModel>[] = [
  { value: 'erlang-c', label: 'Erlang C (no abandonment)' },
  { value: 'erlang-a', label: 'Erlang A (customers abandon)' },
];

/** The channel of a scenario that has one, before channels of their own are added. */
export const SINGLE_CHANNEL_OPTIONS: readonly SelectOption<Channel>[] = [
  { value: 'chat', label: 'Chat' },
  { value: 'voice', label: 'Phone' },
  { value: 'email', label: 'Email' },
];

/**
 * The tiers of a category, as the category table and the import's tier table offer them
 * (docs/METHOD.md, "Inputs": tier 3 starts without the AI, human by policy, and may be opened to it).
 */
export const TIER_OPTIONS: readonly SelectOption<Tier>[] = [
  { value: 1, label: '1: lookup, FAQ' },
  { value: 2, label: '2: policy and action' },
  { value: 3, label: '3: complex' },
];

export interface QuickField {
  path: string;
  label: string;
  value: number;
}

/** The human cost input of each cost basis, in the order the advanced editor lists them. */
const COST_FIELDS: Record<CostBasis, { path: string; value: (s: Scenario) => number }> = {
  hour: { path: 'human.costPerHour', value: (s) => s.human.costPerHour },
  'fte-year': { path: 'human.costPerFteYear', value: (s) => s.human.costPerFteYear },
  contact: { path: 'human.costPerContact', value: (s) => s.human.costPerContact },
};

/** The field at `path`, labelled as the field table labels its input. */
function quickField(s: Scenario, path: string, value: number, pricing?: string): QuickField {
  return { path, label: inputLabel(path, { currency: s.finance.currency, pricing }), value };
}

/** The human cost field of the scenario's cost basis. */
export function costField(s: Scenario): QuickField {
  const f = COST_FIELDS[s.human.costBasis];
  return quickField(s, f.path, f.value(s));
}

/** The AI price field of the scenario's pricing model. */
export function aiPriceField(s: Scenario): QuickField {
  if (s.ai.pricing === 'tokens') return quickField(s, 'ai.pricePerMillionTokens', s.ai.pricePerMillionTokens);
  return quickField(s, 'ai.pricePerUnit', s.ai.pricePerUnit, s.ai.pricing);
}

/** The other two cost fields, edited in the advanced editor. */
export function otherCostFields(s: Scenario): QuickField[] {
  return (Object.keys(COST_FIELDS) as CostBasis[])
    .filter((b) => b !== s.human.costBasis)
    .map((b) => quickField(s, COST_FIELDS[b].path, COST_FIELDS[b].value(s)));
}

/**
 * What quick mode's automation field does: it rescales the categories' resolution rates,
 * which every channel follows except those with their own automation or without AI.
 */
/** Names of the channels that keep their own automation (their own rate, or no AI) when the categories' rate changes. */
export function ownAutomation(s: Scenario): string[] {
  return (s.channels ?? []).filter((c) => c.automationPct !== null || !c.aiEnabled).map((c) => c.name);
}

/**
 * The quick automation field's label: the rate of all contacts, or, where a channel keeps
 * its own rate, the categories' rate (the one the field sets; all contacts' differs).
 */
export function automationLabel(s: Scenario): string {
  return ownAutomation(s).length === 0 ? 'Automation rate (% of all contacts)' : 'Automation rate of the categories (%)';
}

/** The names of the channels that keep a handle time of their own, which the quick handle-time field does not scale. */
export function ownHandle(s: Scenario): string[] {
  return (s.channels ?? []).filter((c) => c.handleMinutes !== null).map((c) => c.name);
}

/** The quick handle-time field's label: the categories' average, named so where a channel keeps its own. */
export function handleLabel(s: Scenario): string {
  return ownHandle(s).length === 0 ? 'Average handle time (minutes)' : 'Average handle time of the categories (minutes)';
}

/** The quick handle-time field's hint, naming the channels that keep their own handle time. */
export function handleHint(s: Scenario): string {
  const own = ownHandle(s);
  if (own.length === 0) return "Scales every category's handle time";
  return `Scales every category's handle time; ${listOf(own)} ${own.length === 1 ? 'keeps its' : 'keep their'} own (see Channels)`;
}

/** `allPct`: the automation rate of all contacts, named where a channel keeps its own rate. */
export function automationHint(s: Scenario, allPct?: number, locale?: string): string {
  const own = ownAutomation(s);
  if (own.length === 0) return 'Rescales the AI resolution rates of eligible categories';
  const names = listOf(own);
  const all = allPct === undefined || !Number.isFinite(allPct) ? '' : `. All contacts: ${formatPct(allPct, 1, locale)}`;
  return `Rescales the categories' AI resolution rates; ${names} ${own.length === 1 ? 'keeps its' : 'keep their'} own (see Channels)${all}`;
}

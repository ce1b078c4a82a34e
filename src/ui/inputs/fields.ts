/**
 * Which scenario field quick mode edits for cost and AI price: it follows the cost basis
 * and the AI pricing model the scenario uses.
 */
import type { Scenario } from '../../model';

export interface QuickField {
  path: string;
  label: string;
  value: number;
}

/** The human cost field of the scenario's cost basis. */
export function costField(s: Scenario): QuickField {
  switch (s.human.costBasis) {
    case 'fte-year':
      return { path: 'human.costPerFteYear', label: `Loaded cost per FTE-year (${s.finance.currency})`, value: s.human.costPerFteYear };
    case 'contact':
      return { path: 'human.costPerContact', label: `Cost per human contact (${s.finance.currency})`, value: s.human.costPerContact };
    default:
      return { path: 'human.costPerHour', label: `Loaded cost per agent hour (${s.finance.currency})`, value: s.human.costPerHour };
  }
}

/** The AI price field of the scenario's pricing model. */
export function aiPriceField(s: Scenario): QuickField {
  if (s.ai.pricing === 'tokens')
    return { path: 'ai.pricePerMillionTokens', label: `AI price per million tokens (${s.finance.currency})`, value: s.ai.pricePerMillionTokens };
  return { path: 'ai.pricePerUnit', label: `AI price per ${s.ai.pricing} (${s.finance.currency})`, value: s.ai.pricePerUnit };
}

/** The other two cost fields, edited in the advanced editor. */
export function otherCostFields(s: Scenario): QuickField[] {
  const all: QuickField[] = [
    { path: 'human.costPerHour', label: `Loaded cost per agent hour (${s.finance.currency})`, value: s.human.costPerHour },
    { path: 'human.costPerFteYear', label: `Loaded cost per FTE-year (${s.finance.currency})`, value: s.human.costPerFteYear },
    { path: 'human.costPerContact', label: `Cost per human contact (${s.finance.currency})`, value: s.human.costPerContact },
  ];
  const current = costField(s).path;
  return all.filter((f) => f.path !== current);
}

/**
 * What quick mode's automation field does: it rescales the categories' resolution rates,
 * which every channel follows except those with their own automation or without AI.
 */
export function automationHint(s: Scenario): string {
  const own = (s.channels ?? []).filter((c) => c.automationPct !== null || !c.aiEnabled).map((c) => c.name);
  if (own.length === 0) return 'Rescales the AI resolution rates of eligible categories';
  const names = own.length === 1 ? own[0]! : `${own.slice(0, -1).join(', ')} and ${own[own.length - 1]}`;
  return `Rescales the categories' AI resolution rates; ${names} ${own.length === 1 ? 'keeps its' : 'keep their'} own (see Channels)`;
}

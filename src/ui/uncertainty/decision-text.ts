/**
 * The solvers' answers as sentences for the decision-support block.
 */
import type { Money, AutomationSolution } from '../../model';
import { formatMoney, formatPct } from '../format';

/**
 * What the solvers' rate is the automation of: all contacts, or, where a channel keeps its
 * own rate (`ownChannels`), the categories' (the solvers rescale the categories, as the
 * quick automation field does; such a channel keeps its rate).
 */
function rateOf(ownChannels: boolean): string {
  return ownChannels ? 'automation of the categories' : 'automation of all contacts';
}

/** What a channel with its own rate does meanwhile, after what the scenario has. */
function keeps(ownChannels: boolean): string {
  return ownChannels ? '; a channel with its own rate keeps it' : '';
}

/** "Saves money at steady state from 12.4 % automation of all contacts (the scenario has 60 %)." */
export function steadyText(r: AutomationSolution, locale?: string, ownChannels = false): string {
  if (r.kind === 'unreachable') return `${r.message}.`;
  const now = `${ownChannels ? 'the categories have' : 'the scenario has'} ${formatPct(r.currentPct, 1, locale)}${keeps(ownChannels)}`;
  if (r.automationPct === 0) return `The steady-state month saves money at any automation rate (${now}).`;
  return `The steady-state month saves money from ${formatPct(r.automationPct, 2, locale)} ${rateOf(ownChannels)} (${now}).`;
}

/** "Pays back the one-time cost within the 24-month horizon from 18.1 % automation." */
export function paybackText(r: AutomationSolution, months: number, locale?: string, ownChannels = false): string {
  if (r.kind === 'unreachable') return `${r.message}.`;
  if (r.automationPct === 0) return `The one-time cost is paid back within the ${months}-month horizon at any automation rate.`;
  const own = ownChannels ? ' (a channel with its own rate keeps it)' : '';
  return `The one-time cost is paid back within the ${months}-month horizon from ${formatPct(r.automationPct, 2, locale)} ${rateOf(ownChannels)}${own}.`;
}

/** The break-even error cost as a sentence. */
export function errorCostText(x: Money | null, currency: string, locale?: string): string {
  if (x === null) return 'No break-even error cost: the scenario has no wrong answers to price, or no savings to lose.';
  return `The AI stops saving money when each wrong answer costs ${formatMoney(x, currency, { locale })} beyond its re-contact.`;
}

/** Whether the scenario as it stands is on the right side of a solution. */
export function isAbove(r: AutomationSolution): boolean {
  return r.kind === 'at' && r.currentPct + 1e-9 >= r.automationPct;
}

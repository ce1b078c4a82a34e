/**
 * The solvers' answers as sentences for the decision-support block.
 */
import type { Money, AutomationSolution } from '../../model';
import { formatMoney, formatPct } from '../format';

/** "Saves money at steady state from 12.4 % automation of all contacts (the scenario has 60 %)." */
export function steadyText(r: AutomationSolution, locale?: string): string {
  if (r.kind === 'unreachable') return `${r.message}.`;
  const now = formatPct(r.currentPct, 1, locale);
  if (r.automationPct === 0) return `The steady-state month saves money at any automation rate (the scenario has ${now}).`;
  return `The steady-state month saves money from ${formatPct(r.automationPct, 2, locale)} automation of all contacts (the scenario has ${now}).`;
}

/** "Pays back the one-time cost within the 24-month horizon from 18.1 % automation." */
export function paybackText(r: AutomationSolution, months: number, locale?: string): string {
  if (r.kind === 'unreachable') return `${r.message}.`;
  if (r.automationPct === 0) return `The one-time cost is paid back within the ${months}-month horizon at any automation rate.`;
  return `The one-time cost is paid back within the ${months}-month horizon from ${formatPct(r.automationPct, 2, locale)} automation of all contacts.`;
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

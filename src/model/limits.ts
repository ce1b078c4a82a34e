/**
 * The model's domain, closed: the largest values a scenario may hold, and the bound on
 * every search loop. Every scenario that validates computes in bounded time; a search
 * that still runs past its bound stops with a {@link ModelLimitError} (a message for the
 * page), never a frozen tab. See docs/METHOD.md, "Limits of the model".
 */

/**
 * Most contacts in any month, after growth. Ten times the largest single-site operations
 * on record; larger operations are modelled region by region. With it the offered load of
 * any interval stays far below 2^53, where counting agents one by one stops working.
 */
export const MAX_CONTACTS_PER_MONTH = 1e8;

/**
 * Money fields' upper bounds, in the scenario's currency. Wide enough for the currencies
 * with the most digits (an FTE-year of several hundred million rupiah or dong), far below
 * anything a formatter or a spreadsheet cannot show in full.
 */
export const MONEY_LIMITS = {
  costPerHour: 1e7,
  costPerFteYear: 1e10,
  costPerContact: 1e7,
  pricePerUnit: 1e7,
  pricePerMillionTokens: 1e7,
  fixedPerMonth: 1e10,
  upkeepPerMonth: 1e10,
  setupCost: 1e12,
  errorCost: 1e7,
} as const;

/** Most categories a scenario's mix holds; an import merges the smallest past it. */
export const MAX_CATEGORIES = 50;

/** Most tokens one AI conversation may use (a long book is about a million). */
export const MAX_TOKENS_PER_CONVERSATION = 1e8;

/**
 * Steps any one search loop may take. The Erlang searches walk O(sqrt(A)) steps from a
 * warm start (about 15,000 at the largest load the domain allows) and the bisections about
 * sixty: a loop that reaches this many has met a case the method does not cover.
 */
export const MAX_SEARCH_STEPS = 10_000_000;

/** A calculation stopped because it ran past a bound of the model's domain. */
export class ModelLimitError extends Error {
  override name = 'ModelLimitError';
}

/** The contacts of the horizon's last month, after growth: the largest month when growth is positive. */
export function peakMonthlyContacts(contactsPerMonth: number, growthPctPerMonth: number, months: number): number {
  return contactsPerMonth * Math.pow(1 + growthPctPerMonth / 100, Math.max(0, months - 1));
}

/** Throws a {@link ModelLimitError} naming `what` once `steps` passes {@link MAX_SEARCH_STEPS}. */
export function checkSteps(steps: number, what: string): void {
  if (steps > MAX_SEARCH_STEPS) {
    throw new ModelLimitError(
      `The ${what} did not settle within ${MAX_SEARCH_STEPS.toLocaleString('en-US')} steps; the scenario lies outside what the model can staff. Lower the volume or the handle time.`,
    );
  }
}

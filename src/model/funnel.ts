/**
 * The contact funnel per category and month (docs/METHOD.md, "The funnel").
 *
 *   V = contacts                 E = V x eligible x (1 - askHuman)   attempted by the AI
 *   R = E x resolution x ramp    AI-resolved (before errors)
 *   X = E - R                    escalated to a human
 *   W = R x errorRate            wrong answers; W x recontactShare come back as human contacts
 *   H = (V - E) + X + W x recontactShare = V - R + W x recontactShare
 *   agentMinutes = H x handle + X x handoffOverhead
 *
 * Customers who ask for a human go straight to one: they are never attempted, so they
 * cost no AI fee and no handoff time.
 */

/** What one category contributes to the funnel, before rates are applied. */
export interface FunnelCategory {
  /** Contacts in this category this month. */
  contacts: number;
  tier: 1 | 2 | 3;
  /** Agent minutes per human-handled contact. */
  handleMinutes: number;
  /** Share of the category's contacts the AI may attempt, 0-1 (eligible x (1 - ask for a human)). */
  attemptShare: number;
  /** Share of attempted contacts the AI resolves this month, 0-1 (resolution x ramp). */
  resolvedShare: number;
}

/** Rates that apply across categories, as fractions. */
export interface FunnelRates {
  /** Wrong answers per AI-resolved contact, 0-1. */
  errorRate: number;
  /** Wrong answers that return as human contacts, 0-1. */
  recontactShare: number;
  /** Agent minutes lost per escalation. */
  handoffMinutes: number;
}

/** The funnel of one category in one month; all counts are expected contacts. */
export interface FunnelRow {
  tier: 1 | 2 | 3;
  contacts: number;
  /** E: attempted by the AI. */
  attempted: number;
  /** R: resolved by the AI (including wrong answers). */
  aiResolved: number;
  /** X: attempted and escalated to a human. */
  escalated: number;
  /** W: confidently wrong answers. */
  errors: number;
  /** W x recontactShare: wrong answers that come back to a human. */
  recontacts: number;
  /** H: contacts a human handles. */
  humanContacts: number;
  /** Agent minutes of the human contacts, handoff overhead included. */
  agentMinutes: number;
  /** Agent minutes if every contact were human (the baseline). */
  baselineAgentMinutes: number;
}

/** The funnel for one category (docs/METHOD.md, "The funnel"). */
export function funnelRow(c: FunnelCategory, rates: FunnelRates): FunnelRow {
  const attempted = c.contacts * c.attemptShare;
  const aiResolved = attempted * c.resolvedShare;
  const escalated = attempted - aiResolved;
  const errors = aiResolved * rates.errorRate;
  const recontacts = errors * rates.recontactShare;
  const humanContacts = c.contacts - aiResolved + recontacts;
  return {
    tier: c.tier,
    contacts: c.contacts,
    attempted,
    aiResolved,
    escalated,
    errors,
    recontacts,
    humanContacts,
    agentMinutes: humanContacts * c.handleMinutes + escalated * rates.handoffMinutes,
    baselineAgentMinutes: c.contacts * c.handleMinutes,
  };
}

/** Field-wise sum of funnel rows (the month's totals); tier of the result is meaningless. */
export function sumFunnel(rows: readonly FunnelRow[]): Omit<FunnelRow, 'tier'> {
  return sumFunnelOf(rows, (r) => r);
}

/** {@link sumFunnel} of the rows `row` makes of `items`, keeping none of them (the Monte Carlo's months). */
export function sumFunnelOf<C>(items: readonly C[], row: (c: C, i: number) => FunnelRow): Omit<FunnelRow, 'tier'> {
  const total = {
    contacts: 0,
    attempted: 0,
    aiResolved: 0,
    escalated: 0,
    errors: 0,
    recontacts: 0,
    humanContacts: 0,
    agentMinutes: 0,
    baselineAgentMinutes: 0,
  };
  for (let i = 0; i < items.length; i++) {
    const r = row(items[i]!, i);
    total.contacts += r.contacts;
    total.attempted += r.attempted;
    total.aiResolved += r.aiResolved;
    total.escalated += r.escalated;
    total.errors += r.errors;
    total.recontacts += r.recontacts;
    total.humanContacts += r.humanContacts;
    total.agentMinutes += r.agentMinutes;
    total.baselineAgentMinutes += r.baselineAgentMinutes;
  }
  return total;
}

/** A month's funnel totals: {@link sumFunnel} of its categories' rows. */
export type FunnelTotals = Omit<FunnelRow, 'tier'>;

/** Totals of nothing yet, to add categories to with {@link addFunnel}. */
export function emptyFunnel(): FunnelTotals {
  return { contacts: 0, attempted: 0, aiResolved: 0, escalated: 0, errors: 0, recontacts: 0, humanContacts: 0, agentMinutes: 0, baselineAgentMinutes: 0 };
}

/**
 * Adds one category's funnel to `total` without making its row: the very operations of
 * {@link funnelRow}, added field by field as {@link sumFunnel} adds them, so totals added
 * category by category from {@link emptyFunnel} are `sumFunnel` of the rows, to the last bit.
 */
export function addFunnel(total: FunnelTotals, contacts: number, handleMinutes: number, attemptShare: number, resolvedShare: number, rates: FunnelRates): void {
  const attempted = contacts * attemptShare;
  const aiResolved = attempted * resolvedShare;
  const escalated = attempted - aiResolved;
  const errors = aiResolved * rates.errorRate;
  const recontacts = errors * rates.recontactShare;
  const humanContacts = contacts - aiResolved + recontacts;
  total.contacts += contacts;
  total.attempted += attempted;
  total.aiResolved += aiResolved;
  total.escalated += escalated;
  total.errors += errors;
  total.recontacts += recontacts;
  total.humanContacts += humanContacts;
  total.agentMinutes += humanContacts * handleMinutes + escalated * rates.handoffMinutes;
  total.baselineAgentMinutes += contacts * handleMinutes;
}

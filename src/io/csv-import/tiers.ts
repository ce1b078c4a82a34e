/**
 * Keyword suggestions of a tier for an imported category. The user edits them;
 * they are a starting point, never applied without the user seeing them.
 */
import type { Tier } from '../../model';

/** Checked in this order, so "refund complaint" is tier 3: the more complex word wins. */
const TIER_KEYWORDS: ReadonlyArray<{ tier: Tier; words: readonly string[] }> = [
  { tier: 3, words: ['complaint', 'dispute', 'fraud', 'legal', 'hardship', 'chargeback', 'escalat', 'cancel account', 'bereave', 'vulnerab'] },
  { tier: 2, words: ['refund', 'return', 'billing', 'invoice', 'payment', 'charge', 'exchange', 'cancel', 'subscription'] },
  {
    tier: 1,
    words: [
      'order status',
      'tracking',
      'track',
      'password',
      'shipping',
      'delivery',
      'where is',
      'login',
      'log in',
      'account access',
      'reset',
      'faq',
      'product question',
      'product inquir',
      'how to',
    ],
  },
];

/** The suggestion for one category name and the keyword that decided it (null: no keyword matched). */
export interface TierSuggestion {
  tier: Tier;
  keyword: string | null;
}

/**
 * Suggests a tier from keywords in the category name. Without a keyword the suggestion is
 * tier 2: neither a lookup the AI can safely own nor a case that must stay human.
 */
export function suggestTier(categoryName: string): TierSuggestion {
  const name = categoryName.toLowerCase();
  for (const { tier, words } of TIER_KEYWORDS) {
    for (const w of words) if (name.includes(w)) return { tier, keyword: w };
  }
  return { tier: 2, keyword: null };
}

/**
 * CSAT from a ticket export to the scenario's human CSAT per tier (README, "CSV formats",
 * "Ticket export"). The scenario holds CSAT as the percentage of satisfied customers
 * (0-100); a file holds a score on its own scale, found from the largest rating in it:
 * - at most 5: a 1-5 score, read as score / 5 (4.2 -> 84 %);
 * - at most 10: a 0-10 (or 1-10) score, read as score / 10 (8.5 -> 85 %);
 * - above 10: already a percentage (0-100);
 * - words only (satisfied / unsatisfied, good / bad): each rating 100 or 0, so the mean
 *   is the share satisfied.
 * A tier's CSAT is the mean of its categories' ratings, weighted by how many tickets of
 * each were rated.
 */
import type { Tier } from '../../model';

/** What the import read of the CSAT column: the largest numeric rating and how many ratings were words. */
export interface CsatRead {
  /** Numeric ratings read. */
  numeric: number;
  /** Largest numeric rating (0 without any). */
  max: number;
  /** Ratings given as words (satisfied / unsatisfied, good / bad...), read as 100 or 0. */
  words: number;
}

export type CsatScaleName = '1-5' | '0-10' | '0-100' | 'words';

export interface CsatScale {
  name: CsatScaleName;
  /** A mean on the file's scale as percent satisfied. */
  toPct: (mean: number) => number;
  /** The conversion in words, for the report. */
  conversion: string;
}

// Freshdesk's five faces run from "Extremely Happy" to "Extremely Unhappy"; "Neutral" is a
// rating that is not satisfied, as a 3 of 5 is not in a top-two-box CSAT.
const SATISFIED = /^(satisfied|very satisfied|extremely satisfied|good|great|yes|positive|happy|very happy|extremely happy|thumbs up|👍)$/i;
// Help Scout's three ratings are "Great", "Okay" and "Not Good": only "Great" is satisfied.
const UNSATISFIED =
  /^(unsatisfied|dissatisfied|not satisfied|very dissatisfied|very unsatisfied|bad|not good|poor|no|negative|neutral|okay|ok|unhappy|very unhappy|extremely unhappy|thumbs down|👎)$/i;
const NOT_RATED = /^(offered|unoffered|not offered|not rated|unrated)$/i;

/**
 * A CSAT cell given as a word: 100 (satisfied), 0 (unsatisfied), null for "offered" /
 * "unoffered" (a survey without an answer: no rating), undefined when it is no such word.
 */
export function csatWord(text: string): number | null | undefined {
  const t = text.trim();
  if (SATISFIED.test(t)) return 100;
  if (UNSATISFIED.test(t)) return 0;
  if (NOT_RATED.test(t)) return null;
  return undefined;
}

/** The scale of the file's ratings; null when there are none. */
export function csatScale(read: CsatRead): CsatScale | null {
  if (read.numeric === 0 && read.words === 0) return null;
  if (read.numeric === 0)
    return {
      name: 'words',
      toPct: (m) => m,
      conversion: 'ratings given as words, satisfied (good, happy) read as 100 % and unsatisfied or neutral (bad) as 0 %',
    };
  if (read.max <= 5) return { name: '1-5', toPct: (m) => (m / 5) * 100, conversion: 'scores on 1-5 (the largest is 5 or less), read as score / 5' };
  if (read.max <= 10) return { name: '0-10', toPct: (m) => (m / 10) * 100, conversion: 'scores on 0-10 (the largest is 10 or less), read as score / 10' };
  return { name: '0-100', toPct: (m) => m, conversion: 'scores above 10, read as percent satisfied (0-100)' };
}

/** The ratings of one row of the tier table: how many, and their sum on the file's scale. */
export interface RatedRow {
  tier: Tier;
  csatCount: number;
  csatSum: number;
}

export interface TierCsat {
  tier: Tier;
  /** Rated tickets of the tier. */
  count: number;
  /** Mean rating on the file's scale. */
  mean: number;
  /** As the scenario holds it: percent satisfied, rounded to 0.1. */
  pct: number;
}

/** Human CSAT per tier from the rows' ratings: only tiers with rated tickets. */
export function tierCsat(rows: readonly RatedRow[], scale: CsatScale): TierCsat[] {
  const out: TierCsat[] = [];
  for (const tier of [1, 2, 3] as const) {
    const mine = rows.filter((r) => r.tier === tier && r.csatCount > 0);
    const count = mine.reduce((s, r) => s + r.csatCount, 0);
    if (count === 0) continue;
    const mean = mine.reduce((s, r) => s + r.csatSum, 0) / count;
    const pct = Math.round(Math.min(100, Math.max(0, scale.toPct(mean))) * 10) / 10;
    out.push({ tier, count, mean, pct });
  }
  return out;
}

const fmt = (x: number, digits: number) => x.toLocaleString('en-US', { maximumFractionDigits: digits });

/**
 * The report line: "Human CSAT per tier from 1,234 rated tickets (scores on 1-5 ..., read
 * as score / 5): tier 1 4.2 -> 84 %, tier 3 3.1 -> 62 %." Empty without rated tickets.
 */
export function tierCsatText(tiers: readonly TierCsat[], scale: CsatScale): string {
  if (tiers.length === 0) return '';
  const total = tiers.reduce((s, t) => s + t.count, 0);
  const parts = tiers.map((t) =>
    scale.name === 'words' || scale.name === '0-100' ? `tier ${t.tier} ${fmt(t.pct, 1)} %` : `tier ${t.tier} ${fmt(t.mean, 2)} -> ${fmt(t.pct, 1)} %`,
  );
  return `Human CSAT per tier from ${fmt(total, 0)} rated tickets (${scale.conversion}): ${parts.join(', ')}.`;
}

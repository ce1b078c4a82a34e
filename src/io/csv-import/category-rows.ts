/**
 * The category-to-tier table the user edits after an import, and the choice of a date
 * order when the file left it open.
 */
import { MAX_CATEGORIES, type Tier } from '../../model';
import { suggestTier } from './tiers';
import type { Aggregates, DateOrder, ScanResult } from './types';

/** The planner holds at most this many categories (model/limits.ts): the smallest are merged past that. */
export const MAX_SCENARIO_CATEGORIES = MAX_CATEGORIES;

/** One editable row: the imported figures and the tier the user settles on. */
export interface CategoryTierRow {
  name: string;
  /** Contacts in the file (tickets) or per month (category table). */
  contacts: number;
  sharePct: number;
  /** Mean handle minutes, null when the file had none for this category. */
  handleMinutes: number | null;
  /** Median handle minutes (tickets only). */
  medianHandleMinutes: number | null;
  tier: Tier;
  /** Keyword behind the suggested tier, or the file's own tier column. */
  suggestedBy: string;
  /** Names merged into this row (the "Other" row past {@link MAX_SCENARIO_CATEGORIES}). */
  merged: number;
  /** Tickets of the row with a CSAT rating, and the sum of their ratings on the file's scale (csat.ts). */
  csatCount: number;
  csatSum: number;
}

interface Draft {
  name: string;
  contacts: number;
  handleSum: number;
  handleWeight: number;
  median: number | null;
  tier: Tier | null;
  /** Names the row stands for: 1, or those merged into the import's "Other". */
  names: number;
  /** The import's own "Other" row. */
  isOther: boolean;
  csatCount: number;
  csatSum: number;
}

/** Rows for the tier table, largest first, with keyword suggestions for the tiers. */
export function categoryRows(aggregates: Aggregates): CategoryTierRow[] {
  let drafts: Draft[];
  if (aggregates.kind === 'tickets') {
    drafts = aggregates.categories.map((c) => ({
      name: c.name,
      contacts: c.contacts,
      handleSum: c.handleMinutes ? c.handleMinutes.mean * c.handleMinutes.count : 0,
      handleWeight: c.handleMinutes?.count ?? 0,
      median: c.handleMinutes?.median ?? null,
      tier: null,
      names: c.mergedNames > 0 ? c.mergedNames : 1,
      isOther: c.mergedNames > 0,
      csatCount: c.csat?.count ?? 0,
      csatSum: c.csat ? c.csat.mean * c.csat.count : 0,
    }));
  } else if (aggregates.kind === 'category-table') {
    drafts = aggregates.rows
      .map((r) => ({
        name: r.name,
        contacts: r.contactsPerMonth,
        handleSum: r.handleMinutes === null ? 0 : r.handleMinutes * Math.max(r.contactsPerMonth, 1e-9),
        handleWeight: r.handleMinutes === null ? 0 : Math.max(r.contactsPerMonth, 1e-9),
        median: null,
        tier: r.tier,
        names: 1,
        isOther: false,
        csatCount: 0,
        csatSum: 0,
      }))
      .sort((a, b) => b.contacts - a.contacts);
  } else {
    return [];
  }
  const total = drafts.reduce((s, d) => s + d.contacts, 0);
  // The import's own "Other" stays last and takes whatever the scenario has no room for.
  const other = drafts.find((d) => d.isOther) ?? null;
  const named = drafts.filter((d) => !d.isOther);
  if (named.length + (other ? 1 : 0) > MAX_SCENARIO_CATEGORIES) {
    const keep = named.slice(0, MAX_SCENARIO_CATEGORIES - 1);
    const rest = [...named.slice(MAX_SCENARIO_CATEGORIES - 1), ...(other ? [other] : [])];
    keep.push({
      name: 'Other',
      contacts: rest.reduce((s, d) => s + d.contacts, 0),
      handleSum: rest.reduce((s, d) => s + d.handleSum, 0),
      handleWeight: rest.reduce((s, d) => s + d.handleWeight, 0),
      median: null,
      tier: null,
      names: rest.reduce((s, d) => s + d.names, 0),
      isOther: true,
      csatCount: rest.reduce((s, d) => s + d.csatCount, 0),
      csatSum: rest.reduce((s, d) => s + d.csatSum, 0),
    });
    drafts = keep;
  } else if (other) {
    drafts = [...named, other];
  }
  return drafts.map((d) => {
    const suggestion = suggestTier(d.name);
    return {
      name: d.name,
      contacts: d.contacts,
      sharePct: total > 0 ? (d.contacts / total) * 100 : 0,
      handleMinutes: d.handleWeight > 0 ? d.handleSum / d.handleWeight : null,
      medianHandleMinutes: d.median,
      tier: d.tier ?? suggestion.tier,
      suggestedBy: d.tier !== null ? 'tier column' : suggestion.keyword ? `keyword "${suggestion.keyword}"` : 'no keyword: tier 2 until you say',
      merged: d.isOther ? d.names : 0,
      csatCount: d.csatCount,
      csatSum: d.csatSum,
    };
  });
}

/** What {@link CategoryTierRow.suggestedBy} says once the user has set the tier. */
export const TIER_SET_BY_USER = 'your choice';

/** Sets one row's tier, returning a new list (the rows are never edited in place). */
export function withTier(rows: readonly CategoryTierRow[], index: number, tier: Tier): CategoryTierRow[] {
  return rows.map((r, i) => (i === index ? { ...r, tier, suggestedBy: TIER_SET_BY_USER } : r));
}

/**
 * The scan with the date order settled by the user's answer: its aggregates take the
 * months and profile of that reading. A scan without an open question is returned as is.
 */
export function resolveDateOrder(scan: ScanResult, order: DateOrder): ScanResult {
  if (!scan.question || !scan.datedByOrder) return scan;
  const dated = scan.datedByOrder[order] ?? null;
  let aggregates = scan.aggregates.kind === 'category-table' ? scan.aggregates : { ...scan.aggregates, dated };
  // Resolution times from resolved times, where the two readings of the dates made them differ.
  const resolution = scan.resolutionByOrder?.[order];
  if (resolution && aggregates.kind === 'tickets')
    aggregates = {
      ...aggregates,
      resolutionMinutes: resolution.total,
      categories: aggregates.categories.map((c, i) => ({ ...c, resolutionMinutes: resolution.byCategory[i] ?? null })),
    };
  const label = order === 'dmy' ? 'day/month/year' : 'month/day/year';
  return {
    ...scan,
    aggregates,
    question: null,
    datedByOrder: null,
    resolutionByOrder: null,
    dateOrder: scan.dateOrder ? { ...scan.dateOrder, source: 'given', order } : null,
    report: { ...scan.report, notes: [...scan.report.notes, `Dates read as ${label}, as you chose (${scan.question.ambiguousRows} rows read either way).`] },
  };
}

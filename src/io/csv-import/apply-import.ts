/**
 * From an import's aggregates to a new scenario. Pure: the old scenario is never changed,
 * and the result is validated with the scenario schema, so a bad import comes back as
 * issues and the page keeps what it had.
 */
import { HOURS_PER_WEEK, parseScenario, type Category, type Channel, type ParseResult, type Scenario, type Tier } from '../../model/schema';
import { MINUTES_PER_DAY } from './timestamp';
import type { CategoryTierRow } from './category-rows';
import type { Aggregates, ChannelStats, DatedSummary } from './types';

/** Days in an average month (docs/METHOD.md, "Conventions and units": 365.25 / 12). */
export const DAYS_PER_MONTH = 365.25 / 12;

/** How the monthly volume was read from dated data. */
export interface MonthlyVolume {
  contactsPerMonth: number;
  /** `complete-months`: mean over whole months; `span`: total scaled from the days covered. */
  basis: 'complete-months' | 'span';
  months: number;
  days: number;
}

/**
 * Contacts per month from dated data: the mean over complete months. The first and last
 * months of an export are usually cut (a "last 90 days" export starts and ends mid-month),
 * and counting them as months would understate the volume; a month is complete when the
 * data covers its first and last day. With no complete month (less than a month of data,
 * or one cut month), the total is scaled to an average month from the days covered
 * (`coverEndMinutes`: how long the last timestamp stands for, an interval's length; 0 for
 * tickets, whose last day counts as covered).
 */
export function monthlyVolume(dated: DatedSummary, coverEndMinutes = 0): MonthlyVolume | null {
  const complete = dated.months.filter((m) => m.complete);
  if (complete.length > 0) {
    const sum = complete.reduce((s, m) => s + m.contacts, 0);
    return { contactsPerMonth: sum / complete.length, basis: 'complete-months', months: complete.length, days: 0 };
  }
  const total = dated.months.reduce((s, m) => s + m.contacts, 0);
  const days =
    coverEndMinutes > 0
      ? (dated.lastMinute + coverEndMinutes - dated.firstMinute) / MINUTES_PER_DAY
      : Math.floor(dated.lastMinute / MINUTES_PER_DAY) - Math.floor(dated.firstMinute / MINUTES_PER_DAY) + 1;
  if (!(days > 0) || total <= 0) return null;
  return { contactsPerMonth: (total / days) * DAYS_PER_MONTH, basis: 'span', months: 0, days };
}

/** The hour-of-week counts as weights that add up to 1 (null when there are none). */
export function arrivalProfile(hourOfWeek: readonly number[] | null): number[] | null {
  if (!hourOfWeek || hourOfWeek.length !== HOURS_PER_WEEK) return null;
  const total = hourOfWeek.reduce((s, w) => s + w, 0);
  if (!(total > 0)) return null;
  return hourOfWeek.map((w) => w / total);
}

/** The planner channel of the channel with the most contacts, when it is chat, voice or email. */
export function dominantChannel(channels: readonly ChannelStats[]): Channel | null {
  let best: ChannelStats | null = null;
  for (const c of channels) if (c.name !== 'Unknown' && c.name !== 'Other' && (best === null || c.contacts > best.contacts)) best = c;
  return best?.channel ?? null;
}

function shareWeightedMean(categories: readonly Category[], pick: (c: Category) => number): number | null {
  const total = categories.reduce((s, c) => s + c.sharePct, 0);
  if (categories.length === 0) return null;
  if (total <= 0) return categories.reduce((s, c) => s + pick(c), 0) / categories.length;
  return categories.reduce((s, c) => s + pick(c) * c.sharePct, 0) / total;
}

/**
 * The resolution rate the scenario already assumes for a tier: the share-weighted mean of
 * its categories in that tier; failing that, of its AI-eligible categories; tier 3 is
 * human-only by policy, so 0 when the scenario has no tier-3 category.
 */
export function tierResolutionPct(scenario: Scenario, tier: Tier): number {
  const same = shareWeightedMean(scenario.categories.filter((c) => c.tier === tier), (c) => c.resolutionPct);
  if (same !== null) return same;
  if (tier === 3) return 0;
  return shareWeightedMean(scenario.categories.filter((c) => c.aiEligible), (c) => c.resolutionPct) ?? 0;
}

/** Handle minutes the scenario has for a category of that name, else its share-weighted average. */
function scenarioHandleMinutes(scenario: Scenario, name: string): number {
  const key = name.trim().toLowerCase();
  const same = scenario.categories.find((c) => c.name.trim().toLowerCase() === key);
  if (same) return same.handleMinutes;
  return shareWeightedMean(scenario.categories, (c) => c.handleMinutes) ?? 0;
}

function slug(name: string, used: Set<string>): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'category';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function categoriesFrom(scenario: Scenario, rows: readonly CategoryTierRow[]): Category[] {
  const total = rows.reduce((s, r) => s + r.contacts, 0);
  const used = new Set<string>();
  return rows.map((r) => ({
    id: slug(r.name, used),
    name: r.name.trim().slice(0, 80) || 'Category',
    sharePct: total > 0 ? (r.contacts / total) * 100 : 0,
    tier: r.tier,
    handleMinutes: r.handleMinutes ?? scenarioHandleMinutes(scenario, r.name),
    aiEligible: r.tier !== 3,
    resolutionPct: tierResolutionPct(scenario, r.tier),
  }));
}

/** Figures of the file the user chose to take beyond the volume and mix. */
export interface ImportTakes {
  /** A call log's estimate of mean patience, minutes, for Erlang A. */
  patienceMinutes?: number | null;
}

/**
 * A new scenario from an import.
 * - tickets: categories from the edited tier rows (share of volume, mean handle minutes where
 *   the file had them, else the scenario's), contacts per month from {@link monthlyVolume},
 *   the weekly arrival profile when the file had times of day, and the dominant channel
 *   when it is chat, voice or email;
 * - intervals: contacts per month and the arrival profile; the mix is kept;
 * - category table: categories and contacts per month (the sum of the table).
 * Everything the file does not say is kept from `scenario`.
 */
export function applyImport(scenario: Scenario, aggregates: Aggregates, rows: readonly CategoryTierRow[], take: ImportTakes = {}): ParseResult<Scenario> {
  const next: Scenario = structuredClone(scenario);
  if (take.patienceMinutes !== undefined && take.patienceMinutes !== null && Number.isFinite(take.patienceMinutes) && take.patienceMinutes > 0) {
    // Erlang A's mean patience, from a call log's waits and abandons (see CallFigures).
    next.human.patienceMinutes = Math.min(1440, Math.round(take.patienceMinutes * 100) / 100);
  }
  if (aggregates.kind === 'tickets') {
    if (rows.length > 0) next.categories = categoriesFrom(scenario, rows);
    if (aggregates.dated) {
      const volume = monthlyVolume(aggregates.dated);
      if (volume) next.contactsPerMonth = volume.contactsPerMonth;
      const profile = arrivalProfile(aggregates.dated.hourOfWeek);
      if (profile) next.arrivalProfile = profile;
    }
    const channel = dominantChannel(aggregates.channels);
    if (channel) next.channel = channel;
  } else if (aggregates.kind === 'intervals') {
    if (aggregates.dated) {
      const volume = monthlyVolume(aggregates.dated, aggregates.intervalMinutes ?? 0);
      if (volume) next.contactsPerMonth = volume.contactsPerMonth;
      const profile = arrivalProfile(aggregates.dated.hourOfWeek);
      if (profile) next.arrivalProfile = profile;
    }
  } else {
    if (rows.length > 0) {
      next.categories = categoriesFrom(scenario, rows);
      next.contactsPerMonth = rows.reduce((s, r) => s + r.contacts, 0);
    }
  }
  return parseScenario(next);
}

/** The category-table template the page offers for download (CSV, CRLF line endings). */
export function categoryTableTemplate(): string {
  return [
    'category,contacts_per_month,handle_minutes,tier',
    'Order status and tracking,25000,5,1',
    'Password and account access,8000,4,1',
    'Product questions,9000,7,1',
    'Returns and refunds,7000,10,2',
    'Billing,4000,9,2',
    'Complaints and disputes,5000,14,3',
    'Fraud and hardship,2000,20,3',
  ].join('\r\n') + '\r\n';
}

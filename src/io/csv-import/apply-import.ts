/**
 * From an import's aggregates to a new scenario. Pure: the old scenario is never changed,
 * and the result is validated with the scenario schema, so a bad import comes back as
 * issues and the page keeps what it had.
 */
import {
  KIND_NAMES,
  newChannel,
  HOURS_PER_WEEK,
  parseScenario,
  type Category,
  type Channel,
  type ChannelKind,
  type ChannelSpec,
  type ParseResult,
  type Scenario,
  type Tier,
} from '../../model';
import { MINUTES_PER_DAY } from './calendar';
import type { CategoryTierRow } from './category-rows';
import type { Aggregates, ChannelStats, DatedSummary } from './types';
import { csatScale, tierCsat, tierCsatText, type TierCsat } from './csat';

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
  for (const c of channels) if (!c.blank && c.name !== 'Unknown' && c.name !== 'Other' && (best === null || c.contacts > best.contacts)) best = c;
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
  const same = shareWeightedMean(
    scenario.categories.filter((c) => c.tier === tier),
    (c) => c.resolutionPct,
  );
  if (same !== null) return same;
  if (tier === 3) return 0;
  return (
    shareWeightedMean(
      scenario.categories.filter((c) => c.aiEligible),
      (c) => c.resolutionPct,
    ) ?? 0
  );
}

/** Handle minutes the scenario has for a category of that name, else its share-weighted average. */
function scenarioHandleMinutes(scenario: Scenario, name: string): number {
  const key = name.trim().toLowerCase();
  const same = scenario.categories.find((c) => c.name.trim().toLowerCase() === key);
  if (same) return same.handleMinutes;
  return shareWeightedMean(scenario.categories, (c) => c.handleMinutes) ?? 0;
}

function slug(name: string, used: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'category';
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

/**
 * The human CSAT per tier that a ticket import's CSAT column gives, with the tiers of the
 * edited rows, and the report line that says so (empty without rated tickets).
 */
export function importedTierCsat(aggregates: Aggregates, rows: readonly CategoryTierRow[]): { tiers: TierCsat[]; text: string } {
  if (aggregates.kind !== 'tickets' || !aggregates.csatRead) return { tiers: [], text: '' };
  const scale = csatScale(aggregates.csatRead);
  if (!scale) return { tiers: [], text: '' };
  const tiers = tierCsat(rows, scale);
  return { tiers, text: tierCsatText(tiers, scale) };
}

/** Minutes as a reader takes them in: minutes under two hours, hours under two days, then days. */
function durationText(minutes: number): string {
  const one = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 });
  if (minutes < 120) return `${one(minutes)} min`;
  if (minutes < 2 * 1440) return `${one(minutes / 60)} h`;
  return `${one(minutes / 1440)} days`;
}

/**
 * The human resolution time a ticket import's resolution column gives: the mean over the
 * tickets that have one, minutes (the model averages resolution time over contacts,
 * docs/METHOD.md, "Savings, payback, ROI and NPV"), and the report line that says so (empty without one).
 */
export function importedResolution(aggregates: Aggregates): { minutes: number | null; text: string } {
  const r = aggregates.kind === 'tickets' ? aggregates.resolutionMinutes : null;
  if (!r || !(r.count > 0) || !Number.isFinite(r.mean) || r.mean < 0) return { minutes: null, text: '' };
  const minutes = Math.round(r.mean * 100) / 100;
  const tickets = r.count.toLocaleString('en-US');
  return {
    minutes,
    text: `Human resolution time from ${tickets} ticket${r.count === 1 ? '' : 's'} with one: mean ${durationText(r.mean)}, median ${durationText(r.median)}${r.medianExact ? '' : ' (within 0.5 %)'}; the mean becomes the scenario's human resolution time.`,
  };
}

/** Figures of the file the user chose to take beyond the volume and mix. */
export interface ImportTakes {
  /** A call log's estimate of mean patience, minutes, for Erlang A. */
  patienceMinutes?: number | null;
  /** The kind the user confirmed for each of the import's `channels` (same order); absent: the suggested kind. */
  channelKinds?: readonly (ChannelKind | null)[];
}

/** The channels of the file that become channels of the scenario (rows with a blank channel cell are none). */
export function namedChannels(channels: readonly ChannelStats[]): ChannelStats[] {
  return channels.filter((c) => !c.blank);
}

/**
 * A channel keeps a weekly profile of its own when at least this share of its contacts
 * arrives at other hours than the file's as a whole (total variation distance); closer
 * than that it follows the scenario's profile, which is the file's, and the share link
 * stays short (each profile of its own adds some 400 to 500 characters to it).
 */
export const OWN_PROFILE_DISTANCE = 0.1;

/** Half the sum of absolute differences of two weekly profiles (0: the same; 1: no hour in common). */
export function profileDistance(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  for (let h = 0; h < a.length; h++) d += Math.abs((a[h] ?? 0) - (b[h] ?? 0));
  return d / 2;
}

/**
 * Each count's share of their sum in percent, to hundredths (a share link writes them as they
 * are: short numbers keep it short), adding up to exactly 100: each rounded down, and the
 * hundredths left over given to the largest remainders, the first of equal ones first
 * (largest remainder). Shares rounded one by one can add up to 99.99 or 100.01, which the
 * channel inputs would then report as not adding up. All zeros when the sum is not positive.
 */
export function sharesOf(counts: readonly number[]): number[] {
  const total = counts.reduce((s, n) => s + n, 0);
  if (!(total > 0)) return counts.map(() => 0);
  const exact = counts.map((n) => (n / total) * 10_000);
  const whole = exact.map((x) => Math.floor(x));
  let left = 10_000 - whole.reduce((s, n) => s + n, 0);
  const order = exact.map((_, i) => i).sort((a, b) => exact[b]! - whole[b]! - (exact[a]! - whole[a]!) || a - b);
  for (let k = 0; left > 0 && k < order.length; k++, left--) whole[order[k]!]!++;
  return whole.map((n) => n / 100);
}

/**
 * Each category's contacts in one channel, in the order of the tier rows (the scenario's
 * categories); names merged into the rows' "Other" add to it. Null when the channel has no
 * counts to give.
 */
function channelCategoryShares(c: ChannelStats, importCategories: readonly { name: string }[], rows: readonly CategoryTierRow[]): number[] | null {
  if (!c.byCategory || rows.length === 0) return null;
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!rowOf.has(r.name)) rowOf.set(r.name, i);
  });
  const otherRow = rows.findIndex((r) => r.merged > 0 || r.name === 'Other');
  const counts = new Array<number>(rows.length).fill(0);
  importCategories.forEach((cat, k) => {
    const i = rowOf.get(cat.name) ?? otherRow;
    if (i >= 0) counts[i]! += c.byCategory![k] ?? 0;
  });
  const total = counts.reduce((s, n) => s + n, 0);
  if (!(total > 0)) return null;
  const shares = sharesOf(counts);
  return shares.some((x) => x > 0) ? shares : null;
}

/**
 * The scenario's channels from a file with two channels or more: each with its share of the
 * tickets that had a channel, the kind the user confirmed, its category mix, its mean handle
 * minutes (the categories' handle times are means too, and a queue's workload is arrivals
 * times the mean) and its weekly profile as counts / total. Issues name a channel whose
 * kind is still open.
 */
function channelsFrom(
  aggregates: Extract<Aggregates, { kind: 'tickets' }>,
  rows: readonly CategoryTierRow[],
  kinds: readonly (ChannelKind | null)[] | undefined,
): { ok: true; channels: ChannelSpec[] } | { ok: false; issues: { field: string; message: string }[] } {
  const issues: { field: string; message: string }[] = [];
  const named = namedChannels(aggregates.channels);
  const shares = sharesOf(named.map((c) => c.contacts));
  const taken: string[] = [];
  const channels: ChannelSpec[] = [];
  aggregates.channels.forEach((c, i) => {
    if (c.blank) return;
    const kind = kinds?.[i] ?? c.kind ?? null;
    if (kind === null) {
      issues.push({ field: 'Channels', message: `Choose the kind of channel "${c.name}" (phone, chat, email or messaging): its name does not say` });
      return;
    }
    const name = c.name.trim().slice(0, 40) || KIND_NAMES[kind];
    const spec = newChannel(kind, shares[named.indexOf(c)]!, taken, name);
    taken.push(spec.id);
    spec.categorySharesPct = channelCategoryShares(c, aggregates.categories, rows);
    const handle = c.handleMinutes?.mean;
    if (handle !== undefined && handle > 0 && Number.isFinite(handle)) spec.handleMinutes = Math.min(600, Math.round(handle * 100) / 100);
    const own = arrivalProfile(aggregates.dated?.hourOfWeekByChannel?.[i] ?? null);
    const file = arrivalProfile(aggregates.dated?.hourOfWeek ?? null);
    spec.arrivalProfile = own !== null && (file === null || profileDistance(own, file) >= OWN_PROFILE_DISTANCE) ? own : null;
    channels.push(spec);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, channels };
}

/**
 * A new scenario from an import.
 * - tickets: categories from the edited tier rows (share of volume, mean handle minutes where
 *   the file had them, else the scenario's), the human CSAT of each tier with ratings
 *   ({@link importedTierCsat}), the human resolution time ({@link importedResolution}),
 *   contacts per month from {@link monthlyVolume},
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
    // A mapped CSAT column sets the human CSAT of each tier the file has ratings for.
    for (const t of importedTierCsat(aggregates, rows).tiers) next.experience.csat[`tier${t.tier}`].human = t.pct;
    // A mapped resolution column sets the human resolution time; the AI's is kept.
    const resolution = importedResolution(aggregates).minutes;
    if (resolution !== null) next.experience.resolutionMinutesHuman = resolution;
    if (rows.length > 0) {
      next.categories = categoriesFrom(scenario, rows);
      // The scenario's channel mixes were given for its old categories.
      if (next.channels) next.channels = next.channels.map((c) => ({ ...c, categorySharesPct: null }));
    }
    if (aggregates.dated) {
      const volume = monthlyVolume(aggregates.dated);
      if (volume) next.contactsPerMonth = volume.contactsPerMonth;
      const profile = arrivalProfile(aggregates.dated.hourOfWeek);
      if (profile) next.arrivalProfile = profile;
    }
    const channel = dominantChannel(namedChannels(aggregates.channels));
    if (channel) next.channel = channel;
    const named = namedChannels(aggregates.channels);
    if (named.length >= 2) {
      const built = channelsFrom(aggregates, rows, take.channelKinds);
      if (!built.ok) return { ok: false, issues: built.issues };
      next.channels = built.channels;
    } else if (named.length === 1) {
      // One channel in the file: a one-channel scenario, as before channels existed.
      next.channels = null;
    }
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
  return (
    [
      'category,contacts_per_month,handle_minutes,tier',
      'Order status and tracking,25000,5,1',
      'Password and account access,8000,4,1',
      'Product questions,9000,7,1',
      'Returns and refunds,7000,10,2',
      'Billing,4000,9,2',
      'Complaints and disputes,5000,14,3',
      'Fraud and hardship,2000,20,3',
    ].join('\r\n') + '\r\n'
  );
}

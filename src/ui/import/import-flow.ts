/**
 * The import panel's logic, kept out of the components: the fields each kind of file
 * maps, the options sent to the worker, the report, progress and file names.
 */
import {
  type ImportProgress,
  type Preview,
  type CategoryTableMapping,
  type CsvDialect,
  type DateOrder,
  type DateOrderChoice,
  type ImportKind,
  type ImportOptions,
  type ImportReport,
  type IntervalMapping,
  type ScanResult,
  type TicketMapping,
  type SuggestedMapping,
  dominantChannel,
  monthlyVolume,
  namedChannels,
  type Aggregates,
  dayOf,
  formLabel,
  newTimestampParts,
  parseTimestamp,
  TS_INVALID,
  TS_PAIR,
  civilFromDays,
  MINUTES_PER_DAY,
  isMissing,
} from '../../io/csv-import';
import { automationRate, averageHandleMinutes, CHANNEL_KINDS, type ChannelKind, type ChannelSpec, type Scenario } from '../../model';
import { defaultLocale, formatFixed, formatNumber, formatPct } from '../format';

export interface FieldSpec<K extends string> {
  key: K;
  label: string;
  required: boolean;
}

export const KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  tickets: 'Ticket export (one row per ticket or conversation)',
  intervals: 'Interval volumes (a time and a count per 5, 15, 30 or 60 minutes)',
  'category-table': 'Category table (category, contacts per month, handle minutes, tier)',
};

export const TICKET_FIELDS: readonly FieldSpec<keyof TicketMapping>[] = [
  { key: 'ticketId', label: 'Ticket ID (when a ticket has several rows)', required: false },
  { key: 'created', label: 'Created time', required: false },
  { key: 'createdTime', label: 'Time of day (when in its own column)', required: false },
  { key: 'category', label: 'Category (type, tag or subject)', required: false },
  { key: 'channel', label: 'Channel', required: false },
  { key: 'handleTime', label: 'Handle time', required: false },
  { key: 'resolutionTime', label: 'Resolution time', required: false },
  { key: 'resolvedAt', label: 'Resolved time (resolution time = resolved less created)', required: false },
  { key: 'csat', label: 'CSAT', required: false },
  { key: 'queueWait', label: 'Queue wait (call logs)', required: false },
  { key: 'outcome', label: 'Outcome: answered or abandoned (call logs)', required: false },
];

export const INTERVAL_FIELDS: readonly FieldSpec<keyof IntervalMapping>[] = [
  { key: 'timestamp', label: 'Interval start time', required: true },
  { key: 'time', label: 'Time of day (when in its own column)', required: false },
  { key: 'count', label: 'Count of contacts', required: true },
];

export const TABLE_FIELDS: readonly FieldSpec<keyof CategoryTableMapping>[] = [
  { key: 'category', label: 'Category', required: true },
  { key: 'contactsPerMonth', label: 'Contacts per month', required: true },
  { key: 'handleMinutes', label: 'Handle minutes', required: false },
  { key: 'tier', label: 'Tier (1, 2 or 3)', required: false },
];

/** Everything the user can change between the preview and the import: the preview's suggestions, the date order and the interval length. */
export interface Choices extends SuggestedMapping {
  dateOrder: DateOrderChoice;
  intervalMinutes: 'auto' | 5 | 15 | 30 | 60;
}

/** The preview's suggestions as the starting choices. */
export function initialChoices(p: Preview): Choices {
  return {
    kind: p.kind,
    tickets: { ...p.tickets },
    intervals: { ...p.intervals },
    categoryTable: { ...p.categoryTable },
    handleUnit: p.handleUnit,
    resolutionUnit: p.resolutionUnit,
    dateOrder: 'auto',
    intervalMinutes: 'auto',
  };
}

/** What still has to be chosen before the import can start (empty: ready). */
export function missingChoices(c: Choices): string[] {
  if (c.kind === 'tickets') {
    return c.tickets.created === null && c.tickets.category === null ? ['the created time or the category'] : [];
  }
  const fields = c.kind === 'intervals' ? INTERVAL_FIELDS : TABLE_FIELDS;
  const mapping = (c.kind === 'intervals' ? c.intervals : c.categoryTable) as unknown as Record<string, number | null>;
  return fields.filter((f) => f.required && mapping[f.key] === null).map((f) => f.label.toLowerCase());
}

/** The worker's options for the current choices. */
export function optionsFor(p: Preview, c: Choices): ImportOptions {
  switch (c.kind) {
    case 'tickets':
      return { kind: 'tickets', dialect: p.dialect, mapping: c.tickets, handleUnit: c.handleUnit, resolutionUnit: c.resolutionUnit, dateOrder: c.dateOrder };
    case 'intervals':
      return { kind: 'intervals', dialect: p.dialect, mapping: c.intervals, dateOrder: c.dateOrder, intervalMinutes: c.intervalMinutes };
    case 'category-table':
      return { kind: 'category-table', dialect: p.dialect, mapping: c.categoryTable };
  }
}

/** Percent of the file read, 0-100 (whole numbers, for the progress bar). */
export function progressPercent(p: ImportProgress | null): number {
  if (!p || !(p.total > 0)) return 0;
  return Math.max(0, Math.min(100, Math.floor((p.done / p.total) * 100)));
}

/** The report the page shows and `onApply` receives. */
export function toImportReport(scan: ScanResult, fileName: string): ImportReport {
  return { ...scan.report, fileName };
}

/** Name of the downloaded rejection file: `tickets.csv` -> `tickets-rejected-rows.csv`. */
export function rejectionsFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '') || 'import';
  return `${base}-rejected-rows.csv`;
}

/** A column's label in the mapping lists: its header and the first value under it. */
export function columnLabel(p: Preview, index: number): string {
  const name = p.header[index] ?? `Column ${index + 1}`;
  const first =
    p.rows
      .find((r) => (r[index] ?? '').trim() !== '')
      ?.[index]?.replace(/\s+/g, ' ')
      .trim() ?? '';
  return first ? `${name} (e.g. ${first.length > 24 ? `${first.slice(0, 24)}...` : first})` : name;
}

/**
 * The timestamp form found in a column's first rows, in words for the mapping step:
 * "Format found: RFC 2822 / HTTP date (...)"; empty when no column is chosen.
 */
export function timestampFormat(p: Preview, col: number | null): string {
  if (col === null) return '';
  const parts = newTimestampParts();
  const counts = new Map<number, number>();
  let twelve = 0;
  let read = 0;
  let seen = 0;
  for (const r of p.rows) {
    const v = r[col];
    if (isMissing(v)) continue;
    seen++;
    if (parseTimestamp(v!, parts) === TS_INVALID) continue;
    read++;
    counts.set(parts.form, (counts.get(parts.form) ?? 0) + 1);
    if (parts.twelveHour) twelve++;
  }
  if (seen === 0) return 'Format found: none yet (the first rows of this column are empty).';
  if (read === 0) return 'Format found: none (the first rows of this column are not dates the import reads).';
  const [form] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const share = read < seen ? ` (${read} of ${seen} first rows read)` : '';
  return `Format found: ${formLabel(form, twelve * 2 > read)}${share}.`;
}

/** Columns the preview table shows at most, besides the mapped ones past them. */
export const PREVIEW_COLUMNS = 24;

/**
 * The columns the preview table shows: the first {@link PREVIEW_COLUMNS}, then any mapped
 * column further right (a wide file's table would otherwise hold the page while it is drawn).
 */
export function shownColumns(columns: number, mapped: ReadonlyMap<number, unknown>): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(columns, PREVIEW_COLUMNS); i++) out.push(i);
  for (const i of [...mapped.keys()].sort((a, b) => a - b)) if (i >= PREVIEW_COLUMNS && i < columns) out.push(i);
  return out;
}

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The warning for times that cover less than a week: the weekly profile then has no arrivals
 * on the days the file does not reach, and staffing puts the whole week's contacts into the
 * days it has (a column of one day's times, say, mapped as the created time). Null when the
 * times span a week or more (a day without arrivals is then the operation's own: closed on Sundays).
 */
export function shortWeek(dated: { firstMinute: number; lastMinute: number; hourOfWeek: readonly number[] | null }): string | null {
  const profile = dated.hourOfWeek;
  if (!profile) return null;
  const spanDays = (dated.lastMinute - dated.firstMinute) / 1440;
  if (!(spanDays < 7)) return null;
  const empty = DAY_NAMES.filter((_, d) => profile.slice(d * 24, d * 24 + 24).every((x) => !(x > 0)));
  if (empty.length === 0) return null;
  return `The times span ${formatFixed(spanDays, 1)} days, less than a week: the weekly profile has no arrivals on ${empty.length === 1 ? empty[0] : `${empty.length} days (${empty.join(', ')})`}, so the staffing puts the whole week's contacts into the days it has. Check the time column, or import at least a week of tickets.`;
}

/** Plain sentences on what the import found: volume, months, profile, channel. */
export function findings(scan: ScanResult): string[] {
  const a = scan.aggregates;
  const out: string[] = [];
  if (a.kind === 'category-table') {
    const total = a.rows.reduce((s, r) => s + r.contactsPerMonth, 0);
    out.push(`${a.rows.length} categories, ${formatNumber(total)} contacts per month in all.`);
    return out;
  }
  if (scan.question) {
    out.push('Monthly volume and the weekly profile wait for your answer on the date order.');
  } else if (a.dated) {
    const v = monthlyVolume(a.dated, a.kind === 'intervals' ? (a.intervalMinutes ?? 0) : 0);
    if (v) {
      // To the hundredth, as the volume field shows what the import puts there (a mean of months is seldom whole).
      const volume = formatNumber(v.contactsPerMonth, 2);
      out.push(
        v.basis === 'complete-months'
          ? `${volume} contacts per month: the mean of ${v.months} complete month${v.months === 1 ? '' : 's'} (cut months at the start and end are left out).`
          : `${volume} contacts per month, scaled from ${formatFixed(v.days, 1)} days of data (no complete month).`,
      );
    }
    out.push(a.dated.hourOfWeek ? 'Weekly arrival profile: read from the times of day.' : 'No times of day: the weekly arrival profile stays as it is.');
    const short = shortWeek(a.dated);
    if (short) out.push(short);
  }
  if (a.kind === 'tickets') {
    const named = namedChannels(a.channels);
    const channel = dominantChannel(named);
    if (named.length > 0) {
      const total = named.reduce((s, c) => s + c.contacts, 0);
      const split = named.map((c) => `${c.name} ${formatNumber(total > 0 ? (c.contacts / total) * 100 : 0)} %`).join(', ');
      if (named.length > 1) out.push(`Channels: ${split}. Each becomes a channel of the scenario: check their kinds below.`);
      else
        out.push(
          `Channels: ${split}.${channel ? ` The planner's channel becomes ${channel}.` : ' The channel is not chat, voice or email: the channel stays as it is.'}`,
        );
    }
    if (a.handleMinutes) {
      out.push(
        `Handle time: mean ${formatFixed(a.handleMinutes.mean, 1)} min, median ${formatFixed(a.handleMinutes.median, 1)} min${a.handleMinutes.medianExact ? '' : ' (median within 0.5 %)'}.`,
      );
    }
  }
  if (a.kind === 'intervals' && a.intervalMinutes) out.push(`${a.intervalMinutes}-minute intervals, ${formatNumber(a.totalContacts)} contacts in all.`);
  return out;
}

const DELIMITER_NAMES: Readonly<Record<string, string>> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars (|)' };
const ENCODING_NAMES: Readonly<Record<string, string>> = { 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16 (big-endian)', 'windows-1252': 'Windows-1252 (Latin-1)' };

/** How the file is cut, in words: "Cells separated by semicolons, decimal comma, 8 columns." */
export function dialectLabel(d: CsvDialect, columns: number): string {
  const encoding = d.encoding && d.encoding !== 'utf-8' ? `, text in ${ENCODING_NAMES[d.encoding] ?? d.encoding}` : '';
  return `Cells separated by ${DELIMITER_NAMES[d.delimiter] ?? `"${d.delimiter}"`}, decimal ${d.decimal === 'comma' ? 'comma' : 'point'}, ${columns} column${columns === 1 ? '' : 's'}${encoding}.`;
}

/** A file size for people: 812 bytes, 1.2 KB, 41.5 MB. */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** The import fields each column of the file is mapped to, for the preview's header. */
export function fieldsByColumn(c: Choices): Map<number, string[]> {
  const fields: readonly FieldSpec<string>[] = c.kind === 'tickets' ? TICKET_FIELDS : c.kind === 'intervals' ? INTERVAL_FIELDS : TABLE_FIELDS;
  const mapping = (c.kind === 'tickets' ? c.tickets : c.kind === 'intervals' ? c.intervals : c.categoryTable) as unknown as Record<string, number | null>;
  const out = new Map<number, string[]>();
  for (const f of fields) {
    const col = mapping[f.key];
    if (col === null || col === undefined) continue;
    out.set(col, [...(out.get(col) ?? []), f.label.replace(/ \(.*\)$/, '')]);
  }
  return out;
}

/** What the preview shows under a mapped column's name: "as Created time", or "imported" when the names agree. */
export function fieldNote(header: string, fields: readonly string[]): string {
  const same = fields.length === 1 && fields[0]!.toLowerCase() === header.trim().toLowerCase();
  return same ? 'imported' : `as ${fields.join(' and ')}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 February 2024" of a day count since 1970-01-01 (the importer's zone-less civil days). */
export function dayLabel(day: number): string {
  const c = civilFromDays(day);
  return `${c.day} ${MONTH_NAMES[c.month - 1] ?? ''} ${c.year}`;
}

/** One answer to the date-order question: what the example means and the span the file then covers. */
export interface DateOrderAnswer {
  order: DateOrder;
  /** "Day/month/year" or "Month/day/year". */
  title: string;
  /** "01/02/2024 is 1 February 2024". */
  example: string;
  /** "tickets from 1 February 2024 to 1 November 2024". */
  span: string;
}

/** The two readings of an open date order, each shown with what it would make of the file. */
export function dateOrderAnswers(scan: ScanResult): DateOrderAnswer[] {
  if (!scan.question) return [];
  const raw = scan.question.examples[0] ?? '';
  const parts = newTimestampParts();
  const status = parseTimestamp(raw, parts);
  const datePart = raw.trim().split(/\s+/)[0] ?? raw;
  const what = scan.aggregates.kind === 'intervals' ? 'intervals' : 'tickets';
  return (['dmy', 'mdy'] as const).map((order) => {
    const day = status === TS_PAIR ? dayOf(status, parts, order) : NaN;
    const dated = scan.datedByOrder?.[order] ?? null;
    const span = dated
      ? `${what} from ${dayLabel(Math.floor(dated.firstMinute / MINUTES_PER_DAY))} to ${dayLabel(Math.floor(dated.lastMinute / MINUTES_PER_DAY))}`
      : '';
    return {
      order,
      title: order === 'dmy' ? 'Day/month/year' : 'Month/day/year',
      example: Number.isNaN(day) ? '' : `${datePart} is ${dayLabel(day)}`,
      span,
    };
  });
}

/** The kinds a channel of the file can take, as the kind select offers them. */
export const KIND_LABELS_LONG: Readonly<Record<ChannelKind, string>> = {
  voice: 'Phone',
  chat: 'Chat',
  email: 'Email',
  messaging: 'Messaging',
};

export const KIND_OPTIONS: readonly ChannelKind[] = CHANNEL_KINDS;

/** One channel of the file in the import's channel table, with the kind the user settles on. */
export interface ChannelRow {
  /** Index in the import's `channels`. */
  index: number;
  name: string;
  contacts: number;
  /** Share of the tickets that had a channel, percent. */
  sharePct: number;
  suggested: ChannelKind | null;
  kind: ChannelKind | null;
  /** Names of the file it stands for, and those merged into it (listed). */
  names: number;
  mergedNames: string[];
  medianHandleMinutes: number | null;
  /** Mean handle minutes: what the channel's handle time becomes (a queue's workload is arrivals times the mean). */
  meanHandleMinutes: number | null;
  /** Whether the file gave this channel's times of day. */
  hasProfile: boolean;
}

/** The channel table of a ticket import with two channels or more (else empty: a one-channel scenario). */
export function channelRows(a: Aggregates): ChannelRow[] {
  if (a.kind !== 'tickets') return [];
  const named = namedChannels(a.channels);
  if (named.length < 2) return [];
  const total = named.reduce((s, c) => s + c.contacts, 0);
  const rows: ChannelRow[] = [];
  a.channels.forEach((c, index) => {
    if (c.blank) return;
    rows.push({
      index,
      name: c.name,
      contacts: c.contacts,
      sharePct: total > 0 ? (c.contacts / total) * 100 : 0,
      suggested: c.kind ?? null,
      kind: c.kind ?? null,
      names: c.names ?? 1,
      mergedNames: c.mergedNames ?? [],
      medianHandleMinutes: c.handleMinutes?.median ?? null,
      meanHandleMinutes: c.handleMinutes?.mean ?? null,
      hasProfile: (a.dated?.hourOfWeekByChannel?.[index] ?? null) !== null,
    });
  });
  return rows;
}

/** Sets one channel's kind, returning a new list. */
export function withChannelKind(rows: readonly ChannelRow[], i: number, kind: ChannelKind | null): ChannelRow[] {
  return rows.map((r, k) => (k === i ? { ...r, kind } : r));
}

/** The kinds for `applyImport`, aligned with the import's `channels`. */
export function channelKinds(rows: readonly ChannelRow[], a: Aggregates): (ChannelKind | null)[] {
  if (a.kind !== 'tickets') return [];
  const out: (ChannelKind | null)[] = a.channels.map(() => null);
  for (const r of rows) out[r.index] = r.kind;
  return out;
}

/** The question for a channel whose name suggests no kind; empty once the user has chosen. */
export function kindQuestion(row: ChannelRow): string {
  if (row.kind !== null) return '';
  return `What kind of channel is "${row.name}"? Its name does not say: choose phone, chat, email or messaging.`;
}

/**
 * The figures of a row of the channel or tier table, as the table writes them: the count,
 * the share % and the handle minutes (mean, median; a dash where the file has none), one
 * decimal each but the count.
 */
export function rowFigures(
  contacts: number,
  sharePct: number,
  meanHandleMinutes: number | null,
  medianHandleMinutes: number | null,
  locale = defaultLocale(),
): string[] {
  return [
    formatNumber(contacts, 0, locale),
    formatFixed(sharePct, 1, locale),
    formatFixed(meanHandleMinutes, 1, locale),
    formatFixed(medianHandleMinutes, 1, locale),
  ];
}

/** Where a channel's kind comes from, in words. */
export function kindSource(row: ChannelRow): string {
  if (row.kind === null) return 'your answer is needed';
  if (row.kind !== row.suggested) return 'your choice';
  return 'suggested by its name';
}

/** What the page says once the import is applied: the scenario's channels, or nothing for a one-channel scenario. */
export function appliedChannels(channels: readonly ChannelSpec[] | null): string {
  if (!channels || channels.length === 0) return '';
  const total = channels.reduce((s, c) => s + c.sharePct, 0);
  const list = channels.map(
    (c) => `${c.name} (${KIND_LABELS_LONG[c.kind].split(' ')[0]!.toLowerCase()}, ${total > 0 ? Math.round((c.sharePct / total) * 100) : 0} %)`,
  );
  return `The scenario now has ${channels.length} channels: ${list.join(', ')}.`;
}

/**
 * What applying an import changes in the figures a user steers by, before it is applied:
 * contacts per month, the categories' average handle time and the automation rate, each
 * "before -> after" when it changes. The automation rate moves with the categories' mix and
 * tiers (each imported category takes its tier's AI resolution rate from the scenario), which
 * the file itself never names: said here rather than found on the plan afterwards.
 */
export function applyChanges(before: Scenario, after: Scenario, locale = defaultLocale()): string[] {
  const lines: string[] = [];
  const changed = (a: number, b: number) => Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a));
  if (changed(before.contactsPerMonth, after.contactsPerMonth))
    lines.push(`Contacts per month: ${formatNumber(before.contactsPerMonth, 2, locale)} → ${formatNumber(after.contactsPerMonth, 2, locale)}`);
  const aht = [averageHandleMinutes(before.categories), averageHandleMinutes(after.categories)] as const;
  if (changed(aht[0], aht[1])) lines.push(`Average handle time: ${formatNumber(aht[0], 2, locale)} → ${formatNumber(aht[1], 2, locale)} min`);
  const rate = [automationRate(before) * 100, automationRate(after) * 100] as const;
  if (formatPct(rate[0], 1, locale) !== formatPct(rate[1], 1, locale))
    lines.push(
      `Automation rate of the categories: ${formatPct(rate[0], 1, locale)} → ${formatPct(rate[1], 1, locale)}: each imported category takes its tier's AI resolution rate from the scenario (tier 3 stays with people); set them under All inputs after applying`,
    );
  return lines;
}

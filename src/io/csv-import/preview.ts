/**
 * The preview: the first rows of a file, its dialect, and a suggested column mapping for
 * each import kind, from header names checked against the values underneath.
 */
import Papa from 'papaparse';
import { looksBinary, type TextEncodingName } from './encoding';
import { detectDecimal, detectDelimiter, detectNewline, normalizeHeaders, stripBom } from './dialect';
import { newTimestampParts, outOfRangeYear, parseTimeOfDay, parseTimestamp, TS_INVALID, TS_PAIR, dayOf } from './timestamp';
import type { CategoryTableMapping, CsvDialect, ImportIssue, ImportKind, IntervalMapping, TicketMapping } from './types';
import { isMissing, parseDuration, parseNumber, parseOutcome, type DecimalSeparator, type DurationUnit } from './values';
import { msg } from './messages';
import { csatWord } from './csat';
import { MAX_SCENARIO_CHANNELS, suggestKind } from '../../model';

/** Bytes of the file read for the preview. */
export const PREVIEW_BYTES = 256 * 1024;
/**
 * The widest file the mapping step takes. Helpdesk exports with every custom field run to a
 * few hundred columns; a file much wider is not a ticket export, and its column lists
 * would hold the page for seconds.
 */
export const MAX_COLUMNS = 1_000;
/** Rows shown in the preview table and used to check the suggestions. */
export const PREVIEW_ROWS = 200;

/** What the preview suggests for reading the file: the kind of file, each kind's column mapping and the duration units. The user may change each before the import. */
export interface SuggestedMapping {
  kind: ImportKind;
  tickets: TicketMapping;
  intervals: IntervalMapping;
  categoryTable: CategoryTableMapping;
  handleUnit: DurationUnit;
  resolutionUnit: DurationUnit;
}

export interface Preview extends SuggestedMapping {
  dialect: CsvDialect;
  header: string[];
  /** The first data rows (up to {@link PREVIEW_ROWS}). */
  rows: string[][];
  /** What the sample says about day/month order (the scan settles it over the whole file). */
  dateHint: 'dmy' | 'mdy' | 'ambiguous' | null;
}

export type PreviewOutcome = { ok: true; value: Preview } | { ok: false; issues: ImportIssue[] };

type Rule = { include: RegExp; exclude?: RegExp; weight: number };

const RULES = {
  created: [
    { include: /creat|opened|submitted|received|start|erstellt|eingang|cr[ée]{2}/i, exclude: /purchase|resolv|close|updat|due|first.?resp|birth/i, weight: 3 },
    { include: /timestamp|date|time/i, exclude: /purchase|resolv|close|updat|due|first.?resp|birth|handle|resolution|to\b/i, weight: 1 },
  ],
  category: [
    {
      include: /categor|kategorie|contact.?reason|reason|topic|disposition|intent|motif|grund/i,
      exclude: /\bid\b|descr|customer|sub.?categ/i,
      weight: 3,
    },
    // A ticket's type (Zendesk: question, incident, problem, task) tells less of what the
    // contact is about than its reason or category, when the file has both.
    { include: /ticket.?type|^type?$/i, weight: 2.5 },
    { include: /tag|issue|queue|type/i, exclude: /\bid\b|descr|customer|priority|status/i, weight: 2 },
    // The team that handled it (Zendesk's "Group"): a mix of the work when nothing above is
    // in the file, and before a free-text subject, whose every ticket is a category of its own.
    { include: /group|team|department|abteilung|équipe/i, exclude: /\bid\b|customer|size|age/i, weight: 1.5 },
    { include: /subject/i, weight: 1 },
  ],
  // Salesforce names it "Case Origin", Zendesk "Via", Freshdesk and HubSpot "Source".
  channel: [{ include: /channel|kanal|source|origin|quelle|medium|\bvia\b|contact.?type/i, exclude: /\bid\b/i, weight: 3 }],
  handleTime: [
    // `aht` also as a word of a snake_case name (aht_sec); "time spent" as Zendesk names it.
    {
      include:
        /handl|(^|[^a-z])aht([^a-z]|$)|agent.?time|talk.?time|work.?time|time.?spent|time.?tracked|tracked.?time|time.?logged|bearbeitung|traitement|ser_?time|service.?time|gesprächsdauer|call.?duration/i,
      weight: 3,
    },
    { include: /duration/i, exclude: /resol/i, weight: 1 },
  ],
  resolutionTime: [{ include: /resol|\bttr\b|time.?to.?(first.?)?close|close.?time/i, weight: 3 }],
  // A date and time: Freshdesk's "Resolved time", Zendesk's "Solved at", a "Closed" date.
  resolvedAt: [
    { include: /resolved|solved|resolution.?(date|at\b)|gelöst|résolu/i, exclude: /\bby\b|status|agent|group|first/i, weight: 3 },
    { include: /closed|closing|geschlossen|fermé/i, exclude: /\bby\b|status|agent|group|reason/i, weight: 2 },
  ],
  timeOfDay: [
    { include: /^\s*(time|time of day|hour|uhrzeit|zeit|heure|interval|interval start|start|slot|period)\s*$/i, weight: 3 },
    {
      include: /time|uhrzeit|heure|hour|entry|arriv|start/i,
      exclude: /handl|talk|wait|queue|service|durat|resol|respon|hold|wrap|\baht\b|first|close|updat|agent|work|ring|abandon|date|stamp/i,
      weight: 2,
    },
  ],
  csat: [{ include: /csat|satisf|zufrieden|rating|score/i, weight: 3 }],
  queueWait: [{ include: /\bq_?time\b|queue.?(time|wait|dur|sec)|wait|time.?in.?queue|hold.?time|warte/i, exclude: /resol|handl/i, weight: 3 }],
  outcome: [{ include: /outcome|result|status|disposition|abandon|answered|ergebnis|résultat/i, weight: 3 }],
  count: [{ include: /count|volume|contacts|calls|offered|received|tickets|chats|arrivals|\bn\b/i, weight: 3 }],
  contactsPerMonth: [{ include: /contacts|volume|per.?month|monthly|count/i, weight: 3 }],
  handleMinutes: [{ include: /handl|\baht\b|minutes/i, weight: 3 }],
  tier: [{ include: /tier/i, weight: 3 }],
  tableCategory: [{ include: /categor|name|type|reason/i, weight: 3 }],
} satisfies Record<string, Rule[]>;

function headerScore(name: string, rules: readonly Rule[]): number {
  let best = 0;
  for (const r of rules) if (r.include.test(name) && !(r.exclude?.test(name) ?? false)) best = Math.max(best, r.weight);
  return best;
}

/** Share of non-missing sample values that `accept` reads (0 when the column is empty). */
function valueShare(rows: readonly string[][], col: number, accept: (v: string) => boolean): number {
  let seen = 0;
  let ok = 0;
  for (const r of rows) {
    const v = r[col];
    if (isMissing(v)) continue;
    seen++;
    if (accept(v!)) ok++;
  }
  return seen === 0 ? 0 : ok / seen;
}

const parts = newTimestampParts();
const isTimestamp = (v: string) => parseTimestamp(v, parts) !== TS_INVALID || outOfRangeYear(v) !== null;
const isNumber = (decimal: DecimalSeparator) => (v: string) => !Number.isNaN(parseNumber(v, decimal));
const isDuration = (decimal: DecimalSeparator) => (v: string) => !Number.isNaN(parseDuration(v, 'seconds', decimal));
const isText = (v: string) => Number.isNaN(parseNumber(v, 'dot')) && !isTimestamp(v);

const isTimeOfDay = (v: string) => parseTimeOfDay(v) >= 0 && parseTimestamp(v, parts) === TS_INVALID;

/** Whether a column's sample holds dates without a time of day (so a time may sit in a column of its own). */
function dateOnly(rows: readonly string[][], col: number | null): boolean {
  if (col === null) return false;
  let dated = 0;
  for (const r of rows) {
    const v = r[col];
    if (isMissing(v) || parseTimestamp(v!, parts) === TS_INVALID) continue;
    if (parts.minuteOfDay >= 0) return false;
    dated++;
  }
  return dated > 0;
}

const ID_HEADER = /^\s*(ticket|case|incident|conversation|issue|request)?[\s_-]*(id|number|no\.?|nr\.?|#)\s*$|^\s*(ticket|case|incident|conversation)\s*$/i;

/**
 * The ticket-ID column of an event log: a column named as an ID whose values repeat in the
 * first rows (several events per ticket); null when no ID repeats (one row per ticket).
 */
function repeatedId(header: readonly string[], rows: readonly string[][], taken: Set<number>): number | null {
  for (let i = 0; i < header.length; i++) {
    if (taken.has(i) || !ID_HEADER.test(header[i] ?? '')) continue;
    const seen = new Set<string>();
    let filled = 0;
    for (const r of rows) {
      const v = r[i];
      if (isMissing(v)) continue;
      filled++;
      seen.add(v!.trim());
    }
    if (filled >= 2 && seen.size < filled) {
      taken.add(i);
      return i;
    }
  }
  return null;
}

/** The best column for a field: header score first, values must fit. */
function pick(
  header: string[],
  rows: string[][],
  rules: readonly Rule[],
  accept: (v: string) => boolean,
  taken: Set<number>,
  minShare = 0.6,
  varied = false,
): number | null {
  let best: number | null = null;
  let bestScore = 0;
  header.forEach((name, i) => {
    if (taken.has(i)) return;
    const h = headerScore(name, rules);
    if (h === 0) return;
    const share = rows.length === 0 ? 1 : valueShare(rows, i, accept);
    const empty = rows.length > 0 && rows.every((r) => isMissing(r[i]));
    if (!empty && share < minShare) return;
    // `varied`: a column whose sample holds one value throughout (Zendesk's "Type", every
    // ticket a "Question") tells no mix apart; an equally named one that varies goes first.
    const single = varied && sameThroughout(rows, i);
    const score = h * 10 + share * 5 - (empty ? 5 : 0) - (single ? 8 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  if (best !== null) taken.add(best);
  return best;
}

/** A value of at most this many characters may be a channel's name ("Phone", "Live chat", "Web form"). */
const CHANNEL_NAME_CHARS = 24;

/**
 * The channel column of a file whose header does not say so (Help Scout's "Type": email,
 * chat, phone): a text column whose sampled values are all short channel names (each
 * suggests a kind, see `suggestKind`), with at least two of them and at most
 * MAX_SCENARIO_CHANNELS. A category column ("Billing ticket") has longer or other values.
 */
function channelByValues(header: readonly string[], rows: readonly string[][], taken: Set<number>): number | null {
  for (let i = 0; i < header.length; i++) {
    if (taken.has(i)) continue;
    const names = new Set<string>();
    let filled = 0;
    let named = 0;
    for (const r of rows) {
      const v = r[i];
      if (isMissing(v)) continue;
      filled++;
      const text = v!.trim();
      if (text.length <= CHANNEL_NAME_CHARS && isText(text) && suggestKind(text) !== null) named++;
      names.add(text.toLowerCase());
    }
    if (filled >= 3 && named === filled && names.size >= 2 && names.size <= MAX_SCENARIO_CHANNELS) {
      taken.add(i);
      return i;
    }
  }
  return null;
}

/** Whether a column's sample holds at least three values, all the same (missing ones aside). */
function sameThroughout(rows: readonly string[][], col: number): boolean {
  let first: string | null = null;
  let seen = 0;
  for (const r of rows) {
    const v = r[col];
    if (isMissing(v)) continue;
    const text = v!.trim().toLowerCase();
    if (first === null) first = text;
    else if (text !== first) return false;
    seen++;
  }
  return seen >= 3;
}

function suggestUnit(name: string | undefined, rows: string[][], col: number | null, decimal: DecimalSeparator, small: number): DurationUnit {
  const n = (name ?? '').toLowerCase();
  if (/sec|\(s\)|_s$|\bs\b/.test(n)) return 'seconds';
  if (/min|\(m\)|_m$/.test(n)) return 'minutes';
  if (/hour|hrs|\(h\)|_h$/.test(n)) return 'hours';
  if (col === null) return 'seconds';
  const values = rows
    .map((r) => parseNumber(r[col] ?? '', decimal))
    .filter((v) => !Number.isNaN(v))
    .sort((a, b) => a - b);
  if (values.length === 0) return 'seconds';
  const median = values[values.length >> 1]!;
  return median > small ? 'seconds' : 'minutes';
}

function dateHint(rows: string[][], col: number | null): Preview['dateHint'] {
  if (col === null) return null;
  let dmy = 0;
  let mdy = 0;
  let ambiguous = 0;
  for (const r of rows) {
    const v = r[col];
    if (isMissing(v) || parseTimestamp(v!, parts) !== TS_PAIR) continue;
    const a = !Number.isNaN(dayOf(TS_PAIR, parts, 'dmy'));
    const b = !Number.isNaN(dayOf(TS_PAIR, parts, 'mdy'));
    if (a && !b) dmy++;
    else if (b && !a) mdy++;
    else if (a && b && parts.first !== parts.second) ambiguous++;
  }
  if (dmy > 0 && mdy === 0) return 'dmy';
  if (mdy > 0 && dmy === 0) return 'mdy';
  return dmy + mdy + ambiguous > 0 ? 'ambiguous' : null;
}

/** Reads the head of a file (a string of its first bytes; the last line may be cut short). */
export type JsonShape = 'array' | 'lines' | 'document';

/**
 * Whether the text is JSON rather than delimited rows: an array of records (`[` then `{`, as
 * a helpdesk's API returns them), one record per line (a first line that parses as an
 * object, as a JSON-lines export), or a pretty-printed document (`{` then a key). A header
 * row never starts so: papaparse would take the first record for the header and every brace
 * and quote for data.
 */
export function jsonShape(text: string): JsonShape | null {
  const t = text.trimStart();
  if (/^\[\s*[{\]]/.test(t)) return 'array';
  if (!t.startsWith('{')) return null;
  const end = t.search(/\r?\n/);
  try {
    const first: unknown = JSON.parse(end === -1 ? t : t.slice(0, end));
    return first !== null && typeof first === 'object' && !Array.isArray(first) ? 'lines' : null;
  } catch {
    // A pretty-printed object ("{" alone on its line, then a key) is JSON too.
    return /^\{\s*("|\})/.test(t) ? 'document' : null;
  }
}

export function previewText(head: string, complete = false, encoding: TextEncodingName = 'utf-8'): PreviewOutcome {
  try {
    const text = stripBom(head);
    if (text.trim() === '') return { ok: false, issues: [{ row: null, column: null, message: msg.emptyFile() }] };
    if (looksBinary(text)) return { ok: false, issues: [{ row: null, column: null, message: msg.notText() }] };
    const json = jsonShape(text);
    if (json !== null) return { ok: false, issues: [{ row: null, column: null, message: msg.json(json) }] };
    const delimiter = detectDelimiter(text);
    const newline = detectNewline(text);
    const parsed = Papa.parse<string[]>(text, { delimiter, newline, header: false, skipEmptyLines: 'greedy', preview: PREVIEW_ROWS + 2 });
    const all = parsed.data;
    // The header alone fills the bytes read: its true width is unknown but at least this.
    const headerCut = !complete && all.length <= 1 && !/[\r\n]/.test(text);
    const width = all[0]?.length ?? 0;
    if (width > MAX_COLUMNS) return { ok: false, issues: [{ row: 1, column: null, message: msg.tooManyColumns(width, headerCut, MAX_COLUMNS) }] };
    if (headerCut) return { ok: false, issues: [{ row: 1, column: null, message: msg.headerTooLong(PREVIEW_BYTES / 1024) }] };
    // A cut-off last line would look like a short, wrong row.
    const usable = !complete && all.length > 2 ? all.slice(0, -1) : all;
    const header = normalizeHeaders(usable[0] ?? []);
    const rows = usable.slice(1, PREVIEW_ROWS + 1);
    // The whole file read and nothing under its header: said now, not after a mapping.
    if (complete && rows.length === 0) return { ok: false, issues: [{ row: null, column: null, message: msg.noDataRows() }] };
    const decimal = detectDecimal(rows);
    const dialect: CsvDialect = { delimiter, newline, decimal, encoding };

    const t = new Set<number>();
    const created = pick(header, rows, RULES.created, isTimestamp, t);
    const handleTime = pick(header, rows, RULES.handleTime, isDuration(decimal), t);
    const resolutionTime = pick(header, rows, RULES.resolutionTime, isDuration(decimal), t);
    // A resolved time stands for a resolution time the file does not have.
    const resolvedAt = created !== null && resolutionTime === null ? pick(header, rows, RULES.resolvedAt, isTimestamp, t) : null;
    const queueWait = pick(header, rows, RULES.queueWait, isDuration(decimal), t);
    const outcome = pick(header, rows, RULES.outcome, (v) => parseOutcome(v) !== 0, t, 0.5);
    // Ratings as numbers, or as words ("Good", "Bad", "Offered" in a Zendesk export).
    const csat = pick(header, rows, RULES.csat, (v) => isNumber(decimal)(v) || csatWord(v) !== undefined, t);
    const channel = pick(header, rows, RULES.channel, isText, t) ?? channelByValues(header, rows, t);
    const category = pick(header, rows, RULES.category, isText, t, 0.6, true);
    const createdTime = dateOnly(rows, created) ? pick(header, rows, RULES.timeOfDay, isTimeOfDay, t) : null;
    const ticketId = repeatedId(header, rows, t);
    // An event log's rows are events: a resolved time less an event's created time is no resolution time (sinks.ts refuses it).
    const tickets: TicketMapping = {
      ticketId,
      created,
      createdTime,
      category,
      channel,
      handleTime,
      resolutionTime,
      resolvedAt: ticketId === null ? resolvedAt : null,
      csat,
      queueWait,
      outcome,
    };

    const ti = new Set<number>();
    const intervalTs = pick(header, rows, [...RULES.created, { include: /interval|period|slot|time|date/i, weight: 2 }], isTimestamp, ti);
    const intervalTime = dateOnly(rows, intervalTs) ? pick(header, rows, RULES.timeOfDay, isTimeOfDay, ti) : null;
    const intervals: IntervalMapping = { timestamp: intervalTs, time: intervalTime, count: pick(header, rows, RULES.count, isNumber(decimal), ti) };

    const tc = new Set<number>();
    const tier = pick(header, rows, RULES.tier, (v) => /^\s*(tier|t)?\s*[123]\s*$/i.test(v), tc);
    const contactsPerMonth = pick(header, rows, RULES.contactsPerMonth, isNumber(decimal), tc);
    const handleMinutes = pick(header, rows, RULES.handleMinutes, isDuration(decimal), tc);
    const categoryTable: CategoryTableMapping = { category: pick(header, rows, RULES.tableCategory, isText, tc), contactsPerMonth, handleMinutes, tier };

    let kind: ImportKind = 'tickets';
    if (categoryTable.tier !== null && categoryTable.contactsPerMonth !== null && categoryTable.category !== null) kind = 'category-table';
    else if (intervals.timestamp !== null && intervals.count !== null && header.length <= 4 && tickets.category === null) kind = 'intervals';

    return {
      ok: true,
      value: {
        dialect,
        header,
        rows,
        kind,
        tickets,
        intervals,
        categoryTable,
        handleUnit: suggestUnit(header[handleTime ?? -1], rows, handleTime, decimal, 60),
        resolutionUnit: suggestUnit(header[resolutionTime ?? -1], rows, resolutionTime, decimal, 2000),
        dateHint: dateHint(rows, kind === 'intervals' ? intervals.timestamp : created),
      },
    };
  } catch (e) {
    return { ok: false, issues: [{ row: null, column: null, message: msg.readFailed(e instanceof Error ? e.message : String(e)) }] };
  }
}

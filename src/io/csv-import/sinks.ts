/**
 * Row sinks: they take one parsed row at a time and keep aggregates only, never rows, so
 * memory stays flat however long the file is. One sink per import kind.
 */
import type { Cells } from './cells';
import { csatWord, type CsatRead } from './csat';
import { BLANK_CHANNEL, MAX_LISTED_MERGED, planChannels } from './channel-plan';
import { DateTracker } from './dated';
import { StreamStats } from './median';
import { msg } from './messages';
import { RejectionLog } from './rejections';
import { dayOf, newTimestampParts, parseTimeOfDay, TS_EPOCH_DAY, TS_INVALID, TS_RESOLVED, type TimestampStatus } from './timestamp';
import { MINUTES_PER_DAY } from './calendar';
import type {
  Aggregates,
  CallStats,
  CategoryStats,
  CategoryTableMapping,
  CategoryTableRow,
  ChannelStats,
  DateOrderOutcome,
  DateOrderQuestion,
  DatedSummary,
  ImportIssue,
  ImportOptions,
  IntervalMapping,
  ResolutionByOrder,
  TicketMapping,
  ValueSummary,
} from './types';
import { isMissing, mapChannel, OUTCOME_ABANDONED, OUTCOME_ANSWERED, parseOutcome, type DecimalSeparator, type DurationUnit } from './values';
import type { DateOrder } from './timestamp';
import type { Tier } from '../../model';

/** Category names tracked one by one; further names are merged into "Other". */
export const MAX_CATEGORIES = 200;
/** Channel names tracked one by one; further names are merged into "Other". */
export const MAX_CHANNELS = 50;
/**
 * Channel names with their own figures at once (handle times, category counts, weekly
 * profile: about 30 KB each at most); past this the smaller half is folded into "Other".
 */
export const MAX_LIVE_CHANNELS = 200;
/** Handle times above a day are not a support contact. */
const MAX_HANDLE_SECONDS = 86_400;
/** Resolution times are resolved up to 90 days. */
const MAX_RESOLUTION_SECONDS = 90 * 86_400;
/** A ticket open for more than a year is not a resolution time the planner can use. */
export const MAX_RESOLUTION_DAYS = 365;
/**
 * The most contacts one row may count (an interval, or a category's month): the planner's
 * own limit on contacts per month. A larger figure is a slip of the export, and added up it
 * would overflow every total after it.
 */
export const MAX_ROW_CONTACTS = 100_000_000;
export const UNCATEGORISED = 'Uncategorised';
export const OTHER = 'Other';

/** What a sink returns when the rows are done. */
export interface SinkResult {
  aggregates: Aggregates;
  dateOrder: DateOrderOutcome | null;
  question: DateOrderQuestion | null;
  datedByOrder: Partial<Record<DateOrder, DatedSummary>> | null;
  resolutionByOrder?: ResolutionByOrder | null;
  notes: string[];
}

export interface RowSink {
  readonly rejections: RejectionLog;
  imported: number;
  /** The columns of names (categories, channels) that repeat from row to row; known after {@link header}. */
  readonly namedColumns: readonly number[];
  /** The last column {@link row} reads (-1: none); known after {@link header}. */
  readonly lastColumn: number;
  /** Checks the header; issues stop the import before any row. */
  header(names: string[]): ImportIssue[];
  row(cells: Cells, row: number): void;
  finish(): SinkResult;
}

function summary(s: StreamStats | null, scale = 1): ValueSummary | null {
  if (s === null || s.count === 0) return null;
  return { count: s.count, mean: s.mean / scale, median: s.median / scale, medianExact: s.isExact };
}

/** The last of the mapped columns that lie in the file (-1 when none does). */
function lastIn(names: readonly string[], indices: ReadonlyArray<number | null>): number {
  return Math.max(-1, ...inFile(names, indices));
}

/** The distinct mapped columns that lie in the file. */
function inFile(names: readonly string[], indices: ReadonlyArray<number | null>): number[] {
  const out: number[] = [];
  for (const i of indices) if (i !== null && i >= 0 && i < names.length && !out.includes(i)) out.push(i);
  return out;
}

function checkColumns(names: string[], fields: ReadonlyArray<[string, number | null, boolean]>): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const [label, index, required] of fields) {
    if (index === null) {
      if (required) issues.push({ row: 1, column: null, message: msg.unmapped(label) });
    } else if (index < 0 || index >= names.length) {
      issues.push({ row: 1, column: null, message: msg.columnOutOfRange(label) });
    }
  }
  return issues;
}

/** Collapses spaces and case so "Order status" and "order  status " are one category. */
function categoryKey(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Names held with their own figures at once (categories, channels). Past this the smaller
 * half is folded into "Other" to make room, so a large name that first appears late in the
 * file still gets its own row (see {@link NameSlots}).
 */
export const MAX_LIVE_NAMES = 2_000;
/** Names folded into "Other" that are remembered, so each is counted once; past this the count reads "at least". */
export const MAX_FOLDED_NAMES = 100_000;

/**
 * Per-name counts in bounded memory that keep the largest names apart.
 *
 * Every name gets a slot (its count, and through `onFold` whatever the sink keeps per slot)
 * while fewer than `capacity` are live. When a new name finds every slot taken, the smaller
 * half of the live names is folded into "Other": their counts and figures are added to
 * Other's and their slots reused. A folded name seen again adds to Other, unless its rows
 * there grow past the largest count folded so far, when it gets a slot of its own again
 * (its earlier rows stay in Other). At the end the `keepApart` largest live names stay
 * apart and the rest are folded too. Other's count is exact, and so is the number of names
 * with rows in it (up to {@link MAX_FOLDED_NAMES}).
 */
export class NameSlots {
  readonly names: string[] = [];
  readonly counts: number[] = [];
  private readonly keys: (string | null)[] = [];
  private readonly byRaw = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  /** Folded names and their rows in Other since they were folded (-1: live again). */
  private readonly folded = new Map<string, number>();
  private readonly free: number[] = [];
  private live = 0;
  private threshold = 0;
  other = -1;
  foldedOverflow = false;

  constructor(
    private readonly keepApart: number,
    private readonly onFold: (from: number, into: number) => void = () => {},
    private readonly capacity = MAX_LIVE_NAMES,
  ) {}

  /** Slot of a cell's name (Other for a folded one); empty and placeholder cells are `fallback`. */
  indexOf(cell: string, fallback: string): number {
    const cached = this.byRaw.get(cell);
    if (cached !== undefined) return cached;
    const raw = isMissing(cell) ? '' : cell;
    const key = raw === '' ? '' : categoryKey(raw);
    const index = this.byKey.get(key);
    if (index !== undefined) {
      if (this.byRaw.size < 10_000) this.byRaw.set(cell, index);
      return index;
    }
    const inOther = this.folded.get(key);
    if (inOther !== undefined && inOther >= 0 && inOther < this.threshold) {
      this.folded.set(key, inOther + 1);
      return this.other;
    }
    if (inOther !== undefined) this.folded.set(key, -1);
    return this.open(key, key === '' ? fallback : raw.trim().replace(/\s+/g, ' '));
  }

  private open(key: string, name: string): number {
    if (this.live >= this.capacity) this.compact();
    let slot = this.free.pop();
    if (slot === undefined) {
      slot = this.names.length;
      this.names.push('');
      this.counts.push(0);
      this.keys.push(null);
    }
    this.names[slot] = name;
    this.counts[slot] = 0;
    this.keys[slot] = key;
    this.byKey.set(key, slot);
    this.live++;
    return slot;
  }

  private ensureOther(): number {
    if (this.other === -1) {
      this.other = this.names.length;
      this.names.push(OTHER);
      this.counts.push(0);
      this.keys.push(null);
    }
    return this.other;
  }

  private fold(slot: number): void {
    const other = this.ensureOther();
    const key = this.keys[slot]!;
    this.onFold(slot, other);
    this.counts[other]! += this.counts[slot]!;
    if (this.counts[slot]! > this.threshold) this.threshold = this.counts[slot]!;
    if (this.folded.has(key) || this.folded.size < MAX_FOLDED_NAMES) this.folded.set(key, 0);
    else this.foldedOverflow = true;
    this.byKey.delete(key);
    this.keys[slot] = null;
    this.names[slot] = '';
    this.counts[slot] = 0;
    this.free.push(slot);
    this.live--;
  }

  /** Live slots, largest first (the earlier name first on a tie). */
  private liveByCount(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== null) out.push(i);
    return out.sort((a, b) => this.counts[b]! - this.counts[a]! || a - b);
  }

  /** Folds the smaller half of the live names into Other. */
  private compact(): void {
    this.byRaw.clear();
    const byCount = this.liveByCount();
    for (const slot of byCount.slice(Math.max(this.keepApart, byCount.length >> 1))) this.fold(slot);
  }

  /** Folds all but the `keepApart` largest names; returns the slots apart, largest first, then Other. */
  settle(): number[] {
    this.byRaw.clear();
    const byCount = this.liveByCount();
    for (const slot of byCount.slice(this.keepApart)) this.fold(slot);
    const apart = byCount.slice(0, this.keepApart);
    return this.other === -1 ? apart : [...apart, this.other];
  }

  /** Distinct names with rows in Other. */
  get mergedNames(): number {
    return this.folded.size;
  }
}

/** Distinct tickets an event log may hold (each is kept until the end of the file). */
export const MAX_EVENT_TICKETS = 1_000_000;

/** What is kept of one ticket of an event log. */
interface TicketEvents {
  /** Time of its first event, and the dates of that event under both date orders. */
  first: number;
  dayA: number;
  dayB: number;
  split: boolean;
  minuteOfDay: number;
  /** Time of its latest event, whose category and channel it takes. */
  latest: number;
  category: string;
  channel: string | null;
  handle: number;
  resolution: number;
  /** Its resolution time in the month-first reading of its dates, while the order is open (else as `resolution`). */
  resolutionMdy: number;
  csat: number;
}

/** Tickets: one row per ticket or conversation, or an event log (several rows per ticket ID). */
export class TicketSink implements RowSink {
  readonly rejections = new RejectionLog();
  imported = 0;
  namedColumns: readonly number[] = [];
  lastColumn = -1;
  private names: string[] = [];
  private readonly m: TicketMapping;
  private readonly tracker: DateTracker | null;
  private readonly categories = new NameSlots(MAX_CATEGORIES, (from, into) => this.foldCategory(from, into));
  private readonly channels = new NameSlots(MAX_CHANNELS, (from, into) => this.foldChannel(from, into), MAX_LIVE_CHANNELS);
  /** Per channel slot: handle seconds, and contacts per category slot. */
  private readonly channelHandle: (StreamStats | null)[] = [];
  private readonly channelCategories: (Float64Array | null)[] = [];
  private readonly handle: (StreamStats | null)[] = [];
  /** Resolution seconds by category: of the settled reading of the dates, or day-first while the order is open. */
  private resolution: (StreamStats | null)[] = [];
  /**
   * Month-first resolution seconds by category, kept while the date order is open and a
   * resolved time reads differently each way (see {@link resolvedSpan}); null otherwise.
   */
  private resolutionMdy: (StreamStats | null)[] | null = null;
  private readonly resolvedParts = newTimestampParts();
  /** The last {@link resolvedSpan}: seconds in each reading (the same once settled), or why the row is rejected. */
  private spanDmy = NaN;
  private spanMdy = NaN;
  private spanReason = '';
  private readonly csat: (StreamStats | null)[] = [];
  private readonly csatRead: CsatRead = { numeric: 0, max: 0, words: 0 };
  private readonly parts = newTimestampParts();
  private readonly decimal: DecimalSeparator;
  private readonly handleUnit: DurationUnit;
  private readonly resolutionUnit: DurationUnit;
  /** Queue waits and outcomes (null: no outcome column). */
  private readonly calls: CallStats | null;
  private readonly waitUnit: DurationUnit;
  /** Tickets of an event log by ID (null: one row per ticket). */
  private readonly events: Map<string, TicketEvents> | null;

  constructor(options: Extract<ImportOptions, { kind: 'tickets' }>) {
    this.m = options.mapping;
    this.events = options.mapping.ticketId === null ? null : new Map();
    this.calls = options.mapping.outcome === null ? null : { answered: 0, abandoned: 0, otherOutcomes: 0, waitSeconds: 0, answeredWaitSeconds: 0 };
    this.waitUnit = options.waitUnit ?? 'seconds';
    this.tracker = options.mapping.created === null ? null : new DateTracker(options.dateOrder);
    this.decimal = options.dialect.decimal;
    this.handleUnit = options.handleUnit;
    this.resolutionUnit = options.resolutionUnit;
  }

  header(names: string[]): ImportIssue[] {
    this.names = names;
    const m = this.m;
    this.namedColumns = inFile(names, [m.category, m.channel]);
    this.lastColumn = lastIn(names, [
      m.ticketId,
      m.queueWait,
      m.outcome,
      m.created,
      m.createdTime,
      m.category,
      m.channel,
      m.handleTime,
      m.resolutionTime,
      m.resolvedAt,
      m.csat,
    ]);
    const issues = checkColumns(names, [
      ['ticket ID', m.ticketId, false],
      ['queue wait', m.queueWait, false],
      ['outcome', m.outcome, false],
      ['created time', m.created, false],
      ['time of day', m.createdTime, false],
      ['category', m.category, false],
      ['channel', m.channel, false],
      ['handle time', m.handleTime, false],
      ['resolution time', m.resolutionTime, false],
      ['resolved time', m.resolvedAt, false],
      ['CSAT', m.csat, false],
    ]);
    if (m.resolvedAt !== null && m.created === null) {
      issues.push({
        row: 1,
        column: null,
        message: 'A resolved time gives resolution times only with the created time: choose the column of the created time too',
      });
    }
    // In an event log each row's created time is its event's, not the ticket's: resolved less created would measure from the wrong time.
    if (m.resolvedAt !== null && m.ticketId !== null) {
      issues.push({
        row: 1,
        column: this.col(m.resolvedAt),
        message:
          'A resolved time is read in a file of one row per ticket; in an event log (a ticket ID column), choose a resolution time column, or no resolved time',
      });
    }
    if (m.created === null && m.category === null) {
      issues.push({ row: 1, column: null, message: 'Choose at least the column of the created time or of the category' });
    }
    return issues;
  }

  /** Adds one category's figures to another's (a name folded into "Other"). */
  private foldCategory(from: number, into: number): void {
    const merge = (stats: (StreamStats | null)[], max: number) => {
      const a = stats[from] ?? null;
      if (a === null) return;
      const b = stats[into] ?? null;
      stats[into] = b === null ? a : StreamStats.merge([b, a], max);
      stats[from] = null;
    };
    merge(this.handle, MAX_HANDLE_SECONDS);
    merge(this.resolution, MAX_RESOLUTION_SECONDS);
    if (this.resolutionMdy !== null) merge(this.resolutionMdy, MAX_RESOLUTION_SECONDS);
    merge(this.csat, 100);
    this.tracker?.fold(from, into);
    for (let ch = 0; ch < this.channelCategories.length; ch++) {
      let counts = this.channelCategories[ch] ?? null;
      if (counts === null || from >= counts.length || counts[from] === 0) continue;
      if (into >= counts.length) {
        // "Other" may lie past the last category this channel has seen.
        const grown = new Float64Array(into + 1);
        grown.set(counts);
        counts = grown;
        this.channelCategories[ch] = counts;
      }
      counts[into]! += counts[from]!;
      counts[from] = 0;
    }
  }

  /** Adds one channel's figures to another's (a channel name folded into "Other"). */
  private foldChannel(from: number, into: number): void {
    const a = this.channelHandle[from] ?? null;
    if (a !== null) {
      const b = this.channelHandle[into] ?? null;
      this.channelHandle[into] = b === null ? a : StreamStats.merge([b, a], MAX_HANDLE_SECONDS);
      this.channelHandle[from] = null;
    }
    const ca = this.channelCategories[from] ?? null;
    if (ca !== null) {
      let cb = this.channelCategories[into] ?? null;
      if (cb === null || cb.length < ca.length) {
        const grown = new Float64Array(ca.length);
        if (cb !== null) grown.set(cb);
        cb = grown;
        this.channelCategories[into] = cb;
      }
      for (let k = 0; k < ca.length; k++) cb[k]! += ca[k]!;
      this.channelCategories[from] = null;
    }
    this.tracker?.foldChannel(from, into);
  }

  private col(i: number): string {
    return this.names[i] ?? `Column ${i + 1}`;
  }

  row(cells: Cells, row: number): void {
    const m = this.m;
    let handleSeconds = NaN;
    if (m.handleTime !== null && !cells.missing(m.handleTime)) {
      const i = m.handleTime;
      handleSeconds = cells.duration(i, this.handleUnit, this.decimal);
      if (Number.isNaN(handleSeconds)) return this.rejections.reject(row, this.col(i), msg.badDuration('Handle time', cells.get(i)!, this.handleUnit));
      if (handleSeconds > MAX_HANDLE_SECONDS) return this.rejections.reject(row, this.col(i), msg.durationTooLong('Handle time', cells.get(i)!));
    }
    let resolutionSeconds = NaN;
    if (m.resolutionTime !== null && !cells.missing(m.resolutionTime)) {
      const i = m.resolutionTime;
      resolutionSeconds = cells.duration(i, this.resolutionUnit, this.decimal);
      if (Number.isNaN(resolutionSeconds))
        return this.rejections.reject(row, this.col(i), msg.badDuration('Resolution time', cells.get(i)!, this.resolutionUnit));
      if (!(resolutionSeconds <= MAX_RESOLUTION_DAYS * 86_400))
        return this.rejections.reject(row, this.col(i), msg.resolutionTooLong(cells.get(i)!, MAX_RESOLUTION_DAYS));
    }
    let csat = NaN;
    if (m.csat !== null && !cells.missing(m.csat)) {
      const i = m.csat;
      csat = cells.number(i, this.decimal);
      if (Number.isNaN(csat)) {
        // A rating in words: satisfied / unsatisfied, good / bad (csat.ts); "offered" is no rating.
        const word = csatWord(cells.get(i)!);
        if (word === undefined) return this.rejections.reject(row, this.col(i), msg.badCsat(cells.get(i)!));
        if (word !== null) {
          csat = word;
          this.csatRead.words++;
        }
      } else {
        if (csat < 0 || csat > 100) return this.rejections.reject(row, this.col(i), msg.csatOutOfRange(cells.get(i)!));
        this.csatRead.numeric++;
        if (csat > this.csatRead.max) this.csatRead.max = csat;
      }
    }
    let waitSeconds = 0;
    if (m.queueWait !== null && !cells.missing(m.queueWait)) {
      const i = m.queueWait;
      waitSeconds = cells.duration(i, this.waitUnit, this.decimal);
      if (Number.isNaN(waitSeconds)) return this.rejections.reject(row, this.col(i), msg.badWait(cells.get(i)!, this.waitUnit));
      if (waitSeconds > MAX_HANDLE_SECONDS) return this.rejections.reject(row, this.col(i), msg.durationTooLong('Queue wait', cells.get(i)!));
    }
    let minuteOfDay = -1;
    const tracker = this.tracker;
    if (tracker !== null) {
      const i = m.created!;
      if (cells.missing(i)) return this.rejections.reject(row, this.col(i), msg.missingTimestamp(cells.get(i) ?? ''));
      const status = cells.timestamp(i, this.parts);
      // The cell's text is needed only for what cannot be read at once (messages, the date-order question).
      const raw = status === TS_RESOLVED || status === TS_EPOCH_DAY ? '' : cells.get(i)!;
      if (!tracker.read(status, this.parts, raw, row)) return this.rejections.reject(row, this.col(i), tracker.reason);
      minuteOfDay = status === TS_INVALID ? -1 : this.parts.minuteOfDay;
      const t = m.createdTime;
      if (t !== null && t !== i && !cells.missing(t)) {
        // A time in its own column completes the date (a time written in the date cell stays).
        const timeCell = cells.get(t)!;
        const ofDay = parseTimeOfDay(timeCell);
        if (ofDay < 0) return this.rejections.reject(row, this.col(t), msg.badTimeOfDay(timeCell));
        if (minuteOfDay < 0) minuteOfDay = ofDay;
      }
      // A date that reads one way only settles the order: the month-first resolution times, if they are the reading, become the file's.
      if (this.resolutionMdy !== null && tracker.settled !== null) {
        if (tracker.settled === 'mdy') this.resolution = this.resolutionMdy;
        this.resolutionMdy = null;
      }
    }
    let resolutionMdy = resolutionSeconds;
    const r = m.resolvedAt;
    if (r !== null && tracker !== null && Number.isNaN(resolutionSeconds) && r !== m.created && !cells.missing(r)) {
      const status = cells.timestamp(r, this.resolvedParts);
      if (!this.resolvedSpan(status, () => cells.get(r)!, minuteOfDay)) return this.rejections.reject(row, this.col(r), this.spanReason);
      resolutionSeconds = this.spanDmy;
      resolutionMdy = this.spanMdy;
    }

    const rawCategory = m.category === null ? '' : (cells.get(m.category) ?? '');
    const rawChannel = m.channel === null ? null : (cells.get(m.channel) ?? '');
    const calls = this.calls;
    if (calls !== null) {
      // A call without a wait in the file did not queue: it waited 0 seconds.
      const outcome = cells.missing(m.outcome!) ? 0 : parseOutcome(cells.get(m.outcome!)!);
      // An abandoned call was never served: its service time (0 in most logs) is no handle time.
      if (outcome === OUTCOME_ABANDONED) handleSeconds = NaN;
      if (outcome === OUTCOME_ANSWERED) {
        calls.answered++;
        calls.waitSeconds += waitSeconds;
        calls.answeredWaitSeconds += waitSeconds;
      } else if (outcome === OUTCOME_ABANDONED) {
        calls.abandoned++;
        calls.waitSeconds += waitSeconds;
      } else {
        calls.otherOutcomes++;
      }
    }
    if (this.events !== null) return this.event(cells, row, rawCategory, rawChannel, handleSeconds, resolutionSeconds, csat, minuteOfDay, resolutionMdy);
    this.add(rawCategory, rawChannel, handleSeconds, resolutionSeconds, csat, minuteOfDay, resolutionMdy);
    this.imported++;
  }

  /**
   * The resolution time of a resolved time (cell status `status`, read into `resolvedParts`)
   * after the created time the tracker read last (at `createdMinute` of its day, -1 without
   * a time of day), seconds, into {@link spanDmy} and {@link spanMdy}: the same value once the
   * date order is settled, each reading's while it is open (NaN for a reading that makes no
   * date, or puts the resolution before the creation or past the limit; the row is kept while
   * one reading holds). Without a time of day on either side, whole days. False, with
   * {@link spanReason}, rejects the row.
   */
  private resolvedSpan(status: TimestampStatus, raw: () => string, createdMinute: number): boolean {
    const tracker = this.tracker!;
    const p = this.resolvedParts;
    if (status === TS_INVALID) {
      this.spanReason = msg.badResolvedTime(raw());
      return false;
    }
    const settled = tracker.settled;
    const timed = createdMinute >= 0 && p.minuteOfDay >= 0;
    const minutes = timed ? p.minuteOfDay - createdMinute : 0;
    let reason = '';
    const span = (order: DateOrder, createdDay: number): number => {
      const day = dayOf(status, p, order);
      if (Number.isNaN(day)) {
        reason ||= msg.badResolvedTime(raw());
        return NaN;
      }
      const seconds = ((day - createdDay) * MINUTES_PER_DAY + minutes) * 60;
      if (seconds < 0) reason ||= msg.resolvedBeforeCreated(raw());
      else if (seconds > MAX_RESOLUTION_DAYS * 86_400) reason ||= msg.resolvedTooLate(raw(), MAX_RESOLUTION_DAYS);
      else return seconds;
      return NaN;
    };
    if (settled !== null) {
      this.spanDmy = this.spanMdy = span(settled, tracker.dayA);
    } else {
      // While the order is open the tracker's first reading is day-first, its second (when the created date reads both ways) month-first.
      this.spanDmy = span('dmy', tracker.dayA);
      this.spanMdy = span('mdy', tracker.split ? tracker.dayB : tracker.dayA);
    }
    if (Number.isNaN(this.spanDmy) && Number.isNaN(this.spanMdy)) {
      this.spanReason = reason;
      return false;
    }
    return true;
  }

  /** Adds one ticket to the aggregates (its timestamp is the tracker's last read). */
  private add(
    rawCategory: string,
    rawChannel: string | null,
    handleSeconds: number,
    resolutionSeconds: number,
    csat: number,
    minuteOfDay: number,
    resolutionMdy = resolutionSeconds,
  ): void {
    const c = this.categories.indexOf(rawCategory, UNCATEGORISED);
    this.categories.counts[c]!++;
    if (!Number.isNaN(handleSeconds)) {
      (this.handle[c] ??= new StreamStats(MAX_HANDLE_SECONDS)).add(handleSeconds);
    }
    // A resolution time that differs by reading while the date order is open starts the month-first figures, from the day-first ones so far.
    const order = this.tracker?.settled ?? null;
    if (order === null && this.resolutionMdy === null && !Object.is(resolutionSeconds, resolutionMdy))
      this.resolutionMdy = this.resolution.map((x) => (x === null ? null : StreamStats.merge([x], MAX_RESOLUTION_SECONDS)));
    const resolution = order === 'mdy' ? resolutionMdy : resolutionSeconds;
    if (!Number.isNaN(resolution)) {
      (this.resolution[c] ??= new StreamStats(MAX_RESOLUTION_SECONDS)).add(resolution);
    }
    if (this.resolutionMdy !== null && !Number.isNaN(resolutionMdy)) {
      (this.resolutionMdy[c] ??= new StreamStats(MAX_RESOLUTION_SECONDS)).add(resolutionMdy);
    }
    if (!Number.isNaN(csat)) {
      (this.csat[c] ??= new StreamStats(100)).add(csat);
    }
    let ch = -1;
    if (rawChannel !== null) {
      ch = this.channels.indexOf(rawChannel, BLANK_CHANNEL);
      this.channels.counts[ch]!++;
      if (!Number.isNaN(handleSeconds)) (this.channelHandle[ch] ??= new StreamStats(MAX_HANDLE_SECONDS)).add(handleSeconds);
      let counts = this.channelCategories[ch] ?? null;
      if (counts === null || c >= counts.length) {
        const grown = new Float64Array(Math.max(8, c + 1, (counts?.length ?? 0) * 2));
        if (counts !== null) grown.set(counts);
        counts = grown;
        this.channelCategories[ch] = counts;
      }
      counts[c]! += 1;
    }
    if (this.tracker !== null) this.tracker.commit(minuteOfDay, c, 1, ch);
  }

  /**
   * One event of an event log: kept on its ticket (first event's time, latest category and
   * channel, handle time added up), and counted as a ticket only at the end.
   */
  private event(
    cells: Cells,
    row: number,
    rawCategory: string,
    rawChannel: string | null,
    handleSeconds: number,
    resolutionSeconds: number,
    csat: number,
    minuteOfDay: number,
    resolutionMdy: number,
  ): void {
    const idColumn = this.m.ticketId!;
    if (cells.missing(idColumn)) return this.rejections.reject(row, this.col(idColumn), msg.missingTicketId());
    const id = cells.get(idColumn)!.trim();
    const events = this.events!;
    let t = events.get(id);
    const tracker = this.tracker;
    // Events are ordered by their time (the first reading of the date), then by row.
    const at = tracker === null ? row : tracker.dayA * MINUTES_PER_DAY + Math.max(0, minuteOfDay);
    if (t === undefined) {
      if (events.size >= MAX_EVENT_TICKETS) return this.rejections.reject(row, this.col(idColumn), msg.tooManyTickets(MAX_EVENT_TICKETS));
      t = {
        first: at,
        dayA: tracker?.dayA ?? 0,
        dayB: tracker?.dayB ?? 0,
        split: tracker?.split ?? false,
        minuteOfDay,
        latest: at,
        category: rawCategory,
        channel: rawChannel,
        handle: NaN,
        resolution: NaN,
        resolutionMdy: NaN,
        csat: NaN,
      };
      events.set(id, t);
    } else {
      if (at < t.first && tracker !== null) {
        t.first = at;
        t.dayA = tracker.dayA;
        t.dayB = tracker.dayB;
        t.split = tracker.split;
        t.minuteOfDay = minuteOfDay;
      }
      if (at >= t.latest) {
        t.latest = at;
        if (!isMissing(rawCategory)) t.category = rawCategory;
        if (rawChannel !== null && !isMissing(rawChannel)) t.channel = rawChannel;
      }
    }
    if (!Number.isNaN(handleSeconds)) t.handle = Number.isNaN(t.handle) ? handleSeconds : Math.min(MAX_HANDLE_SECONDS, t.handle + handleSeconds);
    if (!Number.isNaN(resolutionSeconds) || !Number.isNaN(resolutionMdy)) {
      t.resolution = resolutionSeconds;
      t.resolutionMdy = resolutionMdy;
    }
    if (!Number.isNaN(csat)) t.csat = csat;
    this.imported++;
  }

  /** The tickets of an event log, added to the aggregates once the file is read. */
  private settleEvents(): void {
    const events = this.events;
    if (events === null) return;
    for (const t of events.values()) {
      this.tracker?.restore(t.dayA, t.dayB, t.split);
      this.add(t.category, t.channel, t.handle, t.resolution, t.csat, t.minuteOfDay, t.resolutionMdy);
    }
    events.clear();
  }

  finish(): SinkResult {
    const tickets = this.events?.size ?? null;
    this.settleEvents();
    const order = this.categories.settle();
    const otherSlot = this.categories.other;
    const notes: string[] = [];
    const categories: CategoryStats[] = order.map((i) => ({
      name: this.categories.names[i]!,
      contacts: this.categories.counts[i]!,
      mergedNames: i === otherSlot ? this.categories.mergedNames : 0,
      handleMinutes: summary(this.handle[i] ?? null, 60),
      resolutionMinutes: summary(this.resolution[i] ?? null, 60),
      csat: summary(this.csat[i] ?? null),
    }));
    const channels: ChannelStats[] = [];
    const channelGroups: number[][] = [];
    if (this.m.channel !== null) {
      const slots = this.channels.settle();
      const otherChannel = this.channels.other;
      const plan = planChannels(
        slots.map((i) => ({
          name: this.channels.names[i]!,
          contacts: this.channels.counts[i]!,
          names: i === otherChannel ? this.channels.mergedNames : 1,
          other: i === otherChannel,
        })),
      );
      const groups = [
        ...plan.channels.map((p) => ({ ...p, blank: false })),
        ...plan.blank.map((b) => ({
          name: BLANK_CHANNEL,
          members: [b],
          contacts: this.channels.counts[slots[b]!]!,
          names: 1,
          kind: null,
          mergedNames: [],
          blank: true,
        })),
      ];
      for (const g of groups) {
        const members = g.members.map((k) => slots[k]!);
        channelGroups.push(members);
        const byCategory = order.map((ci) => members.reduce((sum, slot) => sum + (this.channelCategories[slot]?.[ci] ?? 0), 0));
        channels.push({
          name: g.name,
          contacts: g.contacts,
          channel: g.blank ? null : mapChannel(g.name),
          kind: g.kind,
          blank: g.blank,
          mergedNames: g.mergedNames.slice(0, MAX_LISTED_MERGED),
          names: g.names,
          byCategory,
          handleMinutes: summary(
            StreamStats.merge(
              members.map((slot) => this.channelHandle[slot] ?? null),
              MAX_HANDLE_SECONDS,
            ),
            60,
          ),
        });
      }
      const merged = plan.channels.filter((p) => p.mergedNames.length > 0);
      for (const p of merged) {
        notes.push(
          `${p.names - 1} smaller channel name${p.names === 2 ? '' : 's'} (${p.mergedNames.slice(0, 5).join(', ')}${p.names - 1 > 5 ? ', ...' : ''}) merged into "${p.name}": a scenario holds at most 6 channels.`,
        );
      }
      if (plan.blank.length > 0) {
        const n = plan.blank.reduce((sum, b) => sum + this.channels.counts[slots[b]!]!, 0);
        notes.push(
          `${n.toLocaleString('en-US')} ticket${n === 1 ? '' : 's'} with no channel: counted in the volume and the mix, and spread over the channels by their shares.`,
        );
      }
    }
    let datedByOrder: SinkResult['datedByOrder'] = null;
    let outcome: DateOrderOutcome | null = null;
    let question: DateOrderQuestion | null = null;
    if (this.tracker !== null) {
      const done = this.tracker.finish(this.categories.names.length, 0, channelGroups);
      outcome = done.outcome;
      question = done.question;
      datedByOrder = {};
      for (const k of Object.keys(done.dated) as DateOrder[]) {
        const d = done.dated[k]!;
        datedByOrder[k] = { ...d, months: d.months.map((mv) => ({ ...mv, byCategory: order.map((i) => mv.byCategory[i] ?? 0) })) };
      }
    } else {
      notes.push('No created-time column: monthly volume and the weekly arrival profile cannot be read from this file.');
    }
    if (tickets !== null) {
      notes.push(
        `${this.imported.toLocaleString('en-US')} events of ${tickets.toLocaleString('en-US')} tickets: each ticket is counted once, at its first event, with the category and channel of its latest event.`,
      );
    }
    if (otherSlot !== -1) {
      const names = this.categories.mergedNames;
      const tickets = this.categories.counts[otherSlot]!;
      notes.push(
        `${this.categories.foldedOverflow ? 'At least ' : ''}${names} smaller category name${names === 1 ? '' : 's'} (${tickets} ticket${tickets === 1 ? '' : 's'}) ${names === 1 ? 'was' : 'were'} merged into "${OTHER}": the ${MAX_CATEGORIES} largest are kept apart.`,
      );
    }
    const onlyOne = datedByOrder && Object.keys(datedByOrder).length === 1 ? Object.values(datedByOrder)[0]! : null;
    // While the order is open, the resolution times of each reading, for the answer to pick (category-rows.ts, `resolveDateOrder`).
    const byReading = (stats: readonly (StreamStats | null)[]) => ({
      total: summary(StreamStats.merge(stats, MAX_RESOLUTION_SECONDS), 60),
      byCategory: order.map((i) => summary(stats[i] ?? null, 60)),
    });
    const resolutionByOrder = question && this.resolutionMdy !== null ? { dmy: byReading(this.resolution), mdy: byReading(this.resolutionMdy) } : null;
    return {
      aggregates: {
        kind: 'tickets',
        header: this.names,
        mapping: this.m,
        categories,
        tickets,
        calls: this.calls,
        mergedCategoryNames: this.categories.mergedNames,
        channels,
        // The whole file's figures are merged from the categories' at the end, not kept per row.
        handleMinutes: summary(StreamStats.merge(this.handle, MAX_HANDLE_SECONDS), 60),
        resolutionMinutes: summary(StreamStats.merge(this.resolution, MAX_RESOLUTION_SECONDS), 60),
        csat: summary(StreamStats.merge(this.csat, 100)),
        csatRead: { ...this.csatRead },
        dated: onlyOne,
      },
      dateOrder: outcome,
      question,
      datedByOrder: question ? datedByOrder : null,
      resolutionByOrder,
      notes,
    };
  }
}

function gcd(a: number, b: number): number {
  while (b > 0) [a, b] = [b, a % b];
  return a;
}

/** Interval volumes: a timestamp and a count per 5, 15, 30 or 60 minutes. */
export class IntervalSink implements RowSink {
  readonly rejections = new RejectionLog();
  imported = 0;
  readonly namedColumns: readonly number[] = [];
  lastColumn = -1;
  private names: string[] = [];
  private readonly m: IntervalMapping;
  private readonly tracker: DateTracker;
  private readonly parts = newTimestampParts();
  private readonly decimal: DecimalSeparator;
  private step = 0;
  private lastMinuteOfDay = -1;
  private total = 0;
  private readonly given: number | null;

  constructor(options: Extract<ImportOptions, { kind: 'intervals' }>) {
    this.m = options.mapping;
    this.tracker = new DateTracker(options.dateOrder);
    this.decimal = options.dialect.decimal;
    this.given = options.intervalMinutes === 'auto' ? null : options.intervalMinutes;
  }

  header(names: string[]): ImportIssue[] {
    this.names = names;
    this.lastColumn = lastIn(names, [this.m.timestamp, this.m.time, this.m.count]);
    return checkColumns(names, [
      ['interval start time', this.m.timestamp, true],
      ['time of day', this.m.time, false],
      ['count', this.m.count, true],
    ]);
  }

  row(cells: Cells, row: number): void {
    const ti = this.m.timestamp!;
    const ci = this.m.count!;
    if (cells.missing(ci)) return this.rejections.reject(row, this.names[ci] ?? '', msg.missingCount());
    const count = cells.number(ci, this.decimal);
    if (!(count >= 0) || !Number.isFinite(count)) return this.rejections.reject(row, this.names[ci] ?? '', msg.badCount(cells.get(ci)!));
    if (count > MAX_ROW_CONTACTS) return this.rejections.reject(row, this.names[ci] ?? '', msg.countTooLarge(cells.get(ci)!, MAX_ROW_CONTACTS));
    if (cells.missing(ti)) return this.rejections.reject(row, this.names[ti] ?? '', msg.missingTimestamp(cells.get(ti) ?? ''));
    const status = cells.timestamp(ti, this.parts);
    const raw = status === TS_RESOLVED || status === TS_EPOCH_DAY ? '' : cells.get(ti)!;
    if (!this.tracker.read(status, this.parts, raw, row)) return this.rejections.reject(row, this.names[ti] ?? '', this.tracker.reason);
    let minuteOfDay = this.parts.minuteOfDay;
    const t = this.m.time;
    if (t !== null && t !== ti && !cells.missing(t)) {
      const timeCell = cells.get(t)!;
      const ofDay = parseTimeOfDay(timeCell);
      if (ofDay < 0) return this.rejections.reject(row, this.names[t] ?? '', msg.badTimeOfDay(timeCell));
      if (minuteOfDay < 0) minuteOfDay = ofDay;
    }
    if (minuteOfDay >= 0 && this.lastMinuteOfDay >= 0) {
      const diff = Math.abs(minuteOfDay - this.lastMinuteOfDay);
      if (diff > 0) this.step = gcd(this.step, diff);
    }
    this.lastMinuteOfDay = minuteOfDay;
    this.tracker.commit(minuteOfDay, 0, count);
    this.total += count;
    this.imported++;
  }

  finish(): SinkResult {
    const intervalMinutes = this.given ?? (this.step > 0 ? this.step : null);
    const done = this.tracker.finish(1, intervalMinutes ?? 0);
    const notes: string[] = [];
    if (this.given === null && intervalMinutes !== null && ![5, 15, 30, 60].includes(intervalMinutes)) {
      notes.push(`The rows are ${intervalMinutes} minutes apart, not 5, 15, 30 or 60: they are read as ${intervalMinutes}-minute intervals.`);
    }
    const onlyOne = Object.keys(done.dated).length === 1 ? Object.values(done.dated)[0]! : null;
    return {
      aggregates: { kind: 'intervals', header: this.names, intervalMinutes, totalContacts: this.total, dated: onlyOne },
      dateOrder: done.outcome,
      question: done.question,
      datedByOrder: done.question ? done.dated : null,
      notes,
    };
  }
}

/** Reads a tier cell: 1, 2, 3, "Tier 2", "T3". */
export function parseTier(raw: string): Tier | null {
  const m = /^\s*(?:tier|t)?\s*([123])\s*$/i.exec(raw);
  return m ? (Number(m[1]) as Tier) : null;
}

/** Category table: category, contacts per month, handle minutes, tier. */
export class CategoryTableSink implements RowSink {
  readonly rejections = new RejectionLog();
  imported = 0;
  readonly namedColumns: readonly number[] = [];
  lastColumn = -1;
  private names: string[] = [];
  private readonly m: CategoryTableMapping;
  private readonly decimal: DecimalSeparator;
  private readonly rows = new Map<string, CategoryTableRow & { handleWeight: number }>();
  private merged = 0;

  constructor(options: Extract<ImportOptions, { kind: 'category-table' }>) {
    this.m = options.mapping;
    this.decimal = options.dialect.decimal;
  }

  header(names: string[]): ImportIssue[] {
    this.names = names;
    const m = this.m;
    this.lastColumn = lastIn(names, [m.category, m.contactsPerMonth, m.handleMinutes, m.tier]);
    return checkColumns(names, [
      ['category', this.m.category, true],
      ['contacts per month', this.m.contactsPerMonth, true],
      ['handle minutes', this.m.handleMinutes, false],
      ['tier', this.m.tier, false],
    ]);
  }

  row(cells: Cells, row: number): void {
    const m = this.m;
    const name = cells.get(m.category!);
    if (isMissing(name)) return this.rejections.reject(row, this.names[m.category!] ?? '', msg.missingCategory());
    const rawContacts = cells.get(m.contactsPerMonth!) ?? '';
    const contacts = cells.missing(m.contactsPerMonth!) ? NaN : cells.number(m.contactsPerMonth!, this.decimal);
    if (!(contacts >= 0) || !Number.isFinite(contacts)) return this.rejections.reject(row, this.names[m.contactsPerMonth!] ?? '', msg.badContacts(rawContacts));
    if (contacts > MAX_ROW_CONTACTS)
      return this.rejections.reject(row, this.names[m.contactsPerMonth!] ?? '', msg.contactsTooLarge(rawContacts, MAX_ROW_CONTACTS));
    let handle: number | null = null;
    if (m.handleMinutes !== null && !cells.missing(m.handleMinutes)) {
      const raw = cells.get(m.handleMinutes)!;
      const seconds = cells.duration(m.handleMinutes, 'minutes', this.decimal);
      if (!(seconds >= 0) || seconds > 600 * 60) return this.rejections.reject(row, this.names[m.handleMinutes] ?? '', msg.badHandleMinutes(raw));
      handle = seconds / 60;
    }
    let tier: Tier | null = null;
    if (m.tier !== null && !cells.missing(m.tier)) {
      const raw = cells.get(m.tier)!;
      tier = parseTier(raw);
      if (tier === null) return this.rejections.reject(row, this.names[m.tier] ?? '', msg.badTier(raw));
    }
    const key = categoryKey(name!);
    const prior = this.rows.get(key);
    if (prior) {
      // The same category twice: one row with the volumes added and handle times weighted.
      this.merged++;
      if (handle !== null) {
        const w = prior.handleWeight + contacts;
        prior.handleMinutes = w > 0 ? ((prior.handleMinutes ?? 0) * prior.handleWeight + handle * contacts) / w : handle;
        prior.handleWeight = w;
      }
      prior.contactsPerMonth += contacts;
      prior.tier ??= tier;
    } else if (this.rows.size < 10_000) {
      this.rows.set(key, {
        name: name!.trim().replace(/\s+/g, ' '),
        contactsPerMonth: contacts,
        handleMinutes: handle,
        tier,
        handleWeight: handle === null ? 0 : contacts,
      });
    }
    this.imported++;
  }

  finish(): SinkResult {
    const rows = [...this.rows.values()].map(({ name, contactsPerMonth, handleMinutes, tier }) => ({ name, contactsPerMonth, handleMinutes, tier }));
    return {
      aggregates: { kind: 'category-table', header: this.names, rows },
      dateOrder: null,
      question: null,
      datedByOrder: null,
      notes: this.merged > 0 ? [`${this.merged} rows repeated a category and were added to its first row.`] : [],
    };
  }
}

export function createSink(options: ImportOptions): RowSink {
  switch (options.kind) {
    case 'tickets':
      return new TicketSink(options);
    case 'intervals':
      return new IntervalSink(options);
    case 'category-table':
      return new CategoryTableSink(options);
  }
}

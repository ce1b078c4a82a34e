/**
 * Shapes shared by the importers, the worker, the client and the import panel.
 * Everything here is plain data that survives `postMessage` (structured clone).
 */
import type { CsatRead } from './csat';
import type { Channel, ChannelKind, Tier } from '../../model';
import type { DateOrder } from './timestamp';
import type { TextEncodingName } from './encoding';
import type { DecimalSeparator, DurationUnit } from './values';

export type { DateOrder } from './timestamp';
export type { TextEncodingName } from './encoding';
export type { DecimalSeparator, DurationUnit } from './values';

/**
 * One rejected row. `row` counts the header as row 1, as a spreadsheet shows the file
 * (a cell with line breaks inside stays one row).
 */
export interface Rejection {
  row: number;
  /** Header of the column at fault; empty when the row as a whole is at fault. */
  column: string;
  reason: string;
}

/** The summary of an import that the page shows and the rejections it can download. */
export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  importedRows: number;
  rejectedRows: number;
  /** Distinct tickets the imported rows of an event log make; null when each row is a ticket. */
  importedTickets: number | null;
  /** Mean handle minutes read from the file; null when it had none. */
  handleMinutes: number | null;
  /** What a call log says about the queue; null when no outcome column was read. */
  calls: CallFigures | null;
  /** Blank lines, skipped without counting as imported or rejected. */
  blankRows: number;
  /** The first rejections (at most {@link MAX_LISTED_REJECTIONS}), in file order. */
  rejections: Rejection[];
  /** Rejections beyond the listed ones (counted, not kept: memory must not grow with the file). */
  rejectionsNotListed: number;
  /** Plain-language notes: the date order used, fields that were missing, merged categories. */
  notes: string[];
}

/** Rejections kept with their row, column and reason; the rest are counted. */
export const MAX_LISTED_REJECTIONS = 20_000;

export type ImportKind = 'tickets' | 'intervals' | 'category-table';

/** `auto`: read from the file; when the file cannot tell, the import asks. */
export type DateOrderChoice = 'auto' | DateOrder;

/** Column indices (0-based) of the ticket fields; null = not in the file. */
export interface TicketMapping {
  /** The ticket number of an event log (several rows per ticket); null: one row per ticket. */
  ticketId: number | null;
  created: number | null;
  /** The time of day when it sits in a column of its own beside the created date. */
  createdTime: number | null;
  category: number | null;
  channel: number | null;
  handleTime: number | null;
  resolutionTime: number | null;
  /**
   * The date and time the ticket was resolved (or solved, or closed): its resolution time is
   * this less the created time, on rows without a resolution time of their own.
   */
  resolvedAt: number | null;
  csat: number | null;
  /** Call logs: the time a contact waited in the queue, and its outcome (answered or abandoned). */
  queueWait: number | null;
  outcome: number | null;
}

export interface IntervalMapping {
  timestamp: number | null;
  /** The time of day when it sits in a column of its own beside the date. */
  time: number | null;
  count: number | null;
}

export interface CategoryTableMapping {
  category: number | null;
  contactsPerMonth: number | null;
  handleMinutes: number | null;
  tier: number | null;
}

/** How the file is cut into cells; found by the preview, then fixed for the whole import. */
export interface CsvDialect {
  delimiter: string;
  newline: '\n' | '\r\n' | '\r';
  decimal: DecimalSeparator;
  /** How the bytes are decoded; UTF-8 when not given. */
  encoding?: TextEncodingName;
}

export type ImportOptions =
  | {
      kind: 'tickets';
      dialect: CsvDialect;
      mapping: TicketMapping;
      handleUnit: DurationUnit;
      resolutionUnit: DurationUnit;
      dateOrder: DateOrderChoice;
      waitUnit?: DurationUnit;
    }
  | { kind: 'intervals'; dialect: CsvDialect; mapping: IntervalMapping; dateOrder: DateOrderChoice; intervalMinutes: 'auto' | 5 | 15 | 30 | 60 }
  | { kind: 'category-table'; dialect: CsvDialect; mapping: CategoryTableMapping };

/** Handle time, resolution time or CSAT of a set of tickets. */
export interface ValueSummary {
  count: number;
  mean: number;
  median: number;
  /** Whether the median is exact (few values) or from the bounded histogram (within 0.5 %). */
  medianExact: boolean;
}

export interface CategoryStats {
  name: string;
  contacts: number;
  /** For "Other": the distinct names merged into it (0 for a name of its own). */
  mergedNames: number;
  /** Handle minutes; null when no row of the category had a handle time. */
  handleMinutes: ValueSummary | null;
  resolutionMinutes: ValueSummary | null;
  /** CSAT on the scale of the file. */
  csat: ValueSummary | null;
}

/**
 * One channel of the file as the scenario would take it: a name of the file, or several
 * merged (see channel-plan.ts), or the rows with a blank channel cell (`blank`).
 */
export interface ChannelStats {
  name: string;
  contacts: number;
  /** The planner channel this name stands for, when it is one. */
  channel: Channel | null;
  /** The kind the name suggests (suggestKind); null: the import asks the user. */
  kind?: ChannelKind | null;
  /** Rows with a blank or placeholder channel cell: not a channel of the scenario. */
  blank?: boolean;
  /** Names of the file merged into this channel beyond the scenario's six (largest first, at most 20 listed). */
  mergedNames?: string[];
  /** How many names of the file this channel stands for (1 for a name of its own). */
  names?: number;
  /** Contacts per category, aligned with `categories` of the import. */
  byCategory?: number[];
  /** Handle minutes of this channel's tickets; null when none had a handle time. */
  handleMinutes?: ValueSummary | null;
}

export interface MonthVolume {
  /** `YYYY-MM`. */
  month: string;
  contacts: number;
  /** Whether the data covers the whole month (first and last day included). */
  complete: boolean;
  /** Contacts per category, aligned with `categories` of the import (tickets only). */
  byCategory: number[];
}

/** What depends on reading the dates: months, the weekly profile and the span. */
export interface DatedSummary {
  /** First and last timestamp as wall-clock minutes since 1970-01-01 (see timestamp.ts). */
  firstMinute: number;
  lastMinute: number;
  months: MonthVolume[];
  /** Contacts per hour of the week (168, Monday 00:00 first); null when no row had a time of day. */
  hourOfWeek: number[] | null;
  /** Rows (or counts) that had a date but no time of day: in the months, not in the profile. */
  withoutTime: number;
  /** Contacts per hour of the week of each channel, aligned with the import's `channels`; null per channel without times. */
  hourOfWeekByChannel?: (number[] | null)[] | null;
}

/** How the date order was settled. */
export interface DateOrderOutcome {
  /** `given` by the user, `detected` from a date only one order can read, `none` when no date needed it. */
  source: 'given' | 'detected' | 'none' | 'open';
  order: DateOrder | null;
  /** The first cell that settled it (detected), with its row. */
  evidence: { row: number; value: string } | null;
  /** Rows only readable in the other order (rejected); a hint to re-import the other way. */
  conflictingRows: number;
  /** Rows readable both ways (e.g. 03/04/2024). */
  ambiguousRows: number;
}

/** The question the panel asks when the file cannot tell day/month from month/day. */
export interface DateOrderQuestion {
  /** Up to five cells that read both ways. */
  examples: string[];
  ambiguousRows: number;
}

/** Queue waits and outcomes of a call log, as counted. */
export interface CallStats {
  answered: number;
  abandoned: number;
  /** Rows whose outcome is neither (a transfer, a test call...): not in the figures. */
  otherOutcomes: number;
  /** Waiting seconds of the answered and the abandoned, and of the answered alone. */
  waitSeconds: number;
  answeredWaitSeconds: number;
}

/** The figures of {@link CallStats} the report shows and the scenario may take. */
export interface CallFigures extends CallStats {
  /** Abandoned / (answered + abandoned), %. */
  abandonRatePct: number | null;
  /** Mean wait of the answered calls (observed speed of answer), seconds. */
  asaSeconds: number | null;
  /**
   * Mean patience, minutes: total waiting time of all calls, answered or not, divided by the
   * number abandoned (the estimator under exponential patience, Brown et al., JASA 2005).
   */
  patienceMinutes: number | null;
}

export interface TicketAggregates {
  kind: 'tickets';
  header: string[];
  mapping: TicketMapping;
  categories: CategoryStats[];
  /** Distinct tickets of an event log; null when each row is a ticket. */
  tickets: number | null;
  /** Queue waits and outcomes of a call log; null without an outcome column. */
  calls: CallStats | null;
  /** Distinct category names beyond the tracked ones, merged into the last category "Other". */
  mergedCategoryNames: number;
  channels: ChannelStats[];
  handleMinutes: ValueSummary | null;
  resolutionMinutes: ValueSummary | null;
  csat: ValueSummary | null;
  /** What the CSAT column held: its scale is found from it (csat.ts); absent before CSAT was carried to the tiers. */
  csatRead?: CsatRead;
  dated: DatedSummary | null;
}

export interface IntervalAggregates {
  kind: 'intervals';
  header: string[];
  /** Interval length in minutes: given, or the smallest step between rows. */
  intervalMinutes: number | null;
  totalContacts: number;
  dated: DatedSummary | null;
}

export interface CategoryTableRow {
  name: string;
  contactsPerMonth: number;
  handleMinutes: number | null;
  tier: Tier | null;
}

export interface CategoryTableAggregates {
  kind: 'category-table';
  header: string[];
  rows: CategoryTableRow[];
}

export type Aggregates = TicketAggregates | IntervalAggregates | CategoryTableAggregates;

/**
 * What a finished scan returns. When the date order is open (`question` set), `dated`
 * holds both readings, and {@link resolveScan} picks one after the user answers.
 */
export interface ScanResult {
  report: Omit<ImportReport, 'fileName'>;
  aggregates: Aggregates;
  dateOrder: DateOrderOutcome | null;
  question: DateOrderQuestion | null;
  /** Both readings of the dates while the order is open. */
  datedByOrder: Partial<Record<DateOrder, DatedSummary>> | null;
  /** Resolution times from resolved times, by reading, when the open date order changes them. */
  resolutionByOrder?: ResolutionByOrder | null;
}

/** Resolution times of each reading of the dates: the file's and, in the order of the aggregates' categories, each category's. */
export type ResolutionByOrder = Partial<Record<DateOrder, { total: ValueSummary | null; byCategory: (ValueSummary | null)[] }>>;

/** A problem with the file as a whole (no header, not a CSV, unmapped required column). */
export interface ImportIssue {
  row: number | null;
  column: string | null;
  message: string;
}

export type ScanOutcome = { ok: true; value: ScanResult } | { ok: false; issues: ImportIssue[] };

/**
 * Scenario CSVs for finance (README, "CSV formats"): the monthly projection, the summary
 * and the manifest, RFC 4180 (CRLF line ends, fields with a comma, quote, CR or LF quoted,
 * quotes doubled), several scenarios in one file.
 *
 * Monthly projection: one row per scenario and month, then one total row per scenario
 * whose `month` cell is `total`. Money is in the currency's minor unit (USD `1234.50`, JPY
 * `1235`, BHD `1234.505`); counts,
 * hours and FTE are rounded half-up to 2 decimals as written. Every row is a ledger of
 * its cells as written: each part rounded to the minor unit, `total_cost` their sum,
 * `savings` baseline minus total, `cumulative_savings` the month before's plus this
 * month's savings (the first month: the one-time cost plus its savings). Every total is the exact
 * decimal sum of the cells written above it, so the file reconciles to the cent. Two
 * columns are left empty in the total row because a sum of them means nothing:
 * `agent_equivalents` and `staffed_fte` (headcounts, not flows) and `cumulative_savings`
 * (a running balance, net of the one-time cost; its last month is the net figure).
 *
 * Channels: once any scenario of the file has a channel list, the monthly projection has
 * a `channel` column after `month`: per scenario and month, one row per channel (its id)
 * and then the scenario's row over all channels, `all`; then the total rows, one per
 * channel and one `all`. The `all` row carries the scenario's own figures, rounded as
 * without channels; the channel cells are rounded so that they add up to it exactly (the
 * largest remainders take the last cent or hundredth), so every `all` cell is the exact sum
 * of the channel cells above it. A scenario without a channel list in such a file has one
 * channel row (its `channel`) beside `all`. A file with no channel list anywhere is written
 * exactly as before channels existed.
 *
 * Summary: `scenario,metric,value,unit,method,note` (see SUMMARY_COLUMNS), the metric
 * names of README, "Figures in the page", with their raw values; money metrics in the currency's minor unit. Figures that do not exist (a payback never
 * reached, a service level for email) have an empty value. With channels, a `channel`
 * column follows `scenario`: the scenario's figures first (`all`, as without channels), then
 * each channel's (the same metric names, computed over that channel's rows; no Monte Carlo
 * percentiles).
 *
 * Both report the method the scenario reports (`scenario.method`) unless told otherwise.
 * Formula injection: text cells (scenario names, units) are neutralised, numeric cells
 * are written only from numbers computed here (see csv-cell).
 */
import {
  calculate,
  metricValues,
  plainNumber,
  minorUnitDigits,
  Money,
  METRIC_NAMES,
  PERCENTILE_METHOD,
  percentileWarning,
  RAMP_UNFINISHED,
  SIGNIFICANT_DIGITS,
  toMinorUnit,
  type MetricName,
  type MonthRow,
  type Percentiles,
  type Results,
  type Scenario,
  type Summary,
} from '../model';
import { CRLF, csvFile, csvRecord, literalCell, numberCell, textCell, type CsvField } from './csv-cell';
import { manifestRecords, type ManifestOptions } from './manifest';
import type { ScenarioSet } from './scenario-set';

export const MONTHLY_COLUMNS = [
  'scenario',
  'month',
  'contacts',
  'ai_resolved',
  'ai_escalated',
  'human_contacts',
  'human_hours',
  'agent_equivalents',
  'staffed_fte',
  'baseline_cost',
  'human_cost',
  'ai_cost',
  'quality_cost',
  'fixed_cost',
  'total_cost',
  'savings',
  'cumulative_savings',
] as const;

/**
 * The summary's columns: those of README, "CSV formats", then two added after them (so a
 * reader by position still finds the first four where they were): `method`, the method a
 * row's value comes from (`headline` or `full`; the percentiles are always `full`), and
 * `note`, what the value needs said beside it (a range that excludes its point estimate,
 * on the percentiles; a ramp that does not finish within the horizon, on the month's
 * figures), empty otherwise.
 */
export const SUMMARY_COLUMNS = ['scenario', 'metric', 'value', 'unit', 'method', 'note'] as const;

/** The monthly columns of a file with channels: `channel` after `month`. */
export const CHANNEL_MONTHLY_COLUMNS = [...MONTHLY_COLUMNS.slice(0, 2), 'channel', ...MONTHLY_COLUMNS.slice(2)] as const;

/** The summary columns of a file with channels: `channel` after `scenario`. */
export const CHANNEL_SUMMARY_COLUMNS = ['scenario', 'channel', 'metric', 'value', 'unit', 'method', 'note'] as const;

/** The `month` cell of a scenario's total row. */
export const TOTAL_MONTH = 'total';

/** The `channel` cell of a scenario's row over all its channels. */
export const ALL_CHANNELS = 'all';

/** Which method's figures a file reports. */
export type ExportMethod = 'primary' | 'headline' | 'full';

/** One scenario to export; results are computed when not given. */
export interface ExportEntry {
  scenario: Scenario;
  results?: Results;
  /** Monte Carlo percentiles of annual savings, when they have been computed. */
  percentiles?: Percentiles | null;
}

export interface ExportOptions {
  method?: ExportMethod;
}

type Quantity = 'contacts' | 'ai_resolved' | 'ai_escalated' | 'human_contacts' | 'human_hours' | 'agent_equivalents' | 'staffed_fte';
type MoneyColumn = 'baseline_cost' | 'human_cost' | 'ai_cost' | 'quality_cost' | 'fixed_cost' | 'total_cost' | 'savings' | 'cumulative_savings';

const QUANTITIES: ReadonlyArray<[Quantity, (r: MonthRow) => number]> = [
  ['contacts', (r) => r.contacts],
  ['ai_resolved', (r) => r.aiResolved],
  ['ai_escalated', (r) => r.aiEscalated],
  ['human_contacts', (r) => r.humanContacts],
  ['human_hours', (r) => r.humanHours],
  ['agent_equivalents', (r) => r.agentEquivalents],
  ['staffed_fte', (r) => r.staffing.staffedFte],
];

const MONEY: ReadonlyArray<[MoneyColumn, (r: MonthRow) => Money]> = [
  ['baseline_cost', (r) => r.baselineCost],
  ['human_cost', (r) => r.humanCost],
  ['ai_cost', (r) => r.aiCost],
  ['quality_cost', (r) => r.qualityCost],
  ['fixed_cost', (r) => r.fixedCost],
  ['total_cost', (r) => r.totalCost],
  ['savings', (r) => r.savings],
  ['cumulative_savings', (r) => r.cumulativeSavings],
];

const MONEY_COLUMNS: ReadonlySet<string> = new Set(MONEY.map(([col]) => col));

/** Columns whose total row cell is empty: see the module comment. */
const NOT_SUMMED: ReadonlySet<string> = new Set(['agent_equivalents', 'staffed_fte', 'cumulative_savings']);

/**
 * A decimal rounded half-up to 2 places as written (never `-0.00`); null for a non-finite
 * float. A float is first read at 12 significant digits, so float noise cannot decide the
 * rounding (12.344999999999999 is 12.345, written 12.35).
 */
function twoPlaces(x: number | Money): Money | null {
  if (typeof x === 'number' && !Number.isFinite(x)) return null;
  const d = new Money(typeof x === 'number' ? x.toPrecision(SIGNIFICANT_DIGITS) : x).toDecimalPlaces(2, Money.ROUND_HALF_UP);
  return d.isZero() ? new Money(0) : d;
}

function decimalCell(d: Money | null, places = 2): CsvField {
  return numberCell(d === null ? '' : d.toFixed(places));
}

/** What a file reads of one channel of a method's results (the model's `ChannelResult`). */
interface ChannelRows {
  id: string;
  rows: MonthRow[];
  summary: Summary;
}

/** What a file reads of one method's results: the scenario's rows and summary, and each channel's. */
interface MethodRows {
  rows: MonthRow[];
  summary: Summary;
  channels?: readonly ChannelRows[];
}

function methodOf(entry: ExportEntry, method: ExportMethod): MethodRows {
  const results = entry.results ?? calculate(entry.scenario);
  return method === 'primary' ? results.primary : results[method];
}

/** Whether a file of these scenarios gets the `channel` columns. */
function withChannels(entries: readonly ExportEntry[]): boolean {
  return entries.some((e) => e.scenario.channels !== null);
}

/**
 * `parts` rounded to `places` decimals so that they add up exactly to `total` rounded
 * half-up (largest remainder: the parts with the largest rounded-off remainders take the
 * missing units). Null when the parts do not add up to the total before rounding (then
 * each is rounded on its own), or when a value is not finite.
 */
function apportion(parts: readonly Money[], total: Money, places: number, pins: readonly (Money | null)[] = []): Money[] | null {
  const scale = new Money(10).pow(places);
  const target = total.toDecimalPlaces(places, Money.ROUND_HALF_UP).times(scale);
  const sum = parts.reduce((s, p) => s.plus(p), new Money(0));
  // Floats of counts and hours add up to their total only to a few units in the last place.
  if (sum.minus(total).abs().gt(total.abs().plus(1).times(1e-9))) return null;
  // Pinned parts first (see `pinsOf`); where the others cannot make up the total, none is pinned.
  if (pins.some((p) => p)) {
    const pinned = largestRemainder(parts, target, scale, pins);
    if (pinned) return pinned;
  }
  return largestRemainder(parts, target, scale, []);
}

/** `parts` in whole units of 1/`scale` adding up to `target` units: pinned parts as pinned, the missing units to the others' largest remainders. */
function largestRemainder(parts: readonly Money[], target: Money, scale: Money, pins: readonly (Money | null)[]): Money[] | null {
  const floors = parts.map((p, i) => (pins[i] ? pins[i].times(scale) : p.times(scale).floor()));
  const free = parts.filter((_, i) => !pins[i]).length;
  let missing = target.minus(floors.reduce((s, f) => s.plus(f), new Money(0))).toNumber();
  if (missing < 0 || missing > free) return null;
  const order = parts
    .map((p, i) => ({ i, rest: p.times(scale).minus(floors[i]!) }))
    .filter(({ i }) => !pins[i])
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const units = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    units[i] = units[i]!.plus(1);
    missing--;
  }
  return units.map((u) => {
    const d = u.div(scale);
    return d.isZero() ? new Money(0) : d;
  });
}

/**
 * For each channel, the cell it must repeat in column `col`: where its exact value equals its
 * exact value in an earlier column of the same decimals (a human-only channel's contacts and
 * human contacts, its hours with and without the AI), the cell written there, so that a row
 * never shows two equal figures a unit apart; null elsewhere.
 */
function pinsOf(
  col: string,
  done: readonly string[],
  places: (col: string) => number,
  raw: readonly Map<string, Money | null>[],
  written: readonly Map<string, Money | null>[],
): (Money | null)[] {
  return raw.map((r, i) => {
    const x = r.get(col);
    if (x === null || x === undefined) return null;
    for (const other of done) {
      const y = r.get(other);
      if (places(other) === places(col) && y !== null && y !== undefined && y.eq(x)) return written[i]!.get(other) ?? null;
    }
    return null;
  });
}

/**
 * Keeps `cumulative_savings` a running balance of the cells as written: from the second
 * month on, the month before's cumulative plus this month's savings, both as written (the
 * first month's is the model's, rounded: the one-time cost plus its savings). Rounding each
 * month's balance on its own could drift a minor unit from the savings written beside it.
 * `previous` is the series' last written row; returns this row's values for the next call.
 */
function runningBalance(values: Map<string, Money | null>, previous: Map<string, Money | null> | undefined): Map<string, Money | null> {
  const before = previous?.get('cumulative_savings');
  const savings = values.get('savings');
  if (before !== undefined && before !== null && savings !== undefined && savings !== null) {
    const balance = before.plus(savings);
    values.set('cumulative_savings', balance.isZero() ? new Money(0) : balance);
  }
  return values;
}

/** Sets `total_cost` to the sum of the written parts and `savings` to baseline - total, where all are there. */
function ledgerFromParts(values: Map<string, Money | null>): void {
  const parts = ['human_cost', 'ai_cost', 'quality_cost', 'fixed_cost'].map((c) => values.get(c));
  const baseline = values.get('baseline_cost');
  if (parts.some((p) => p === null || p === undefined) || baseline === null || baseline === undefined) return;
  const total = (parts as Money[]).reduce((a, b) => a.plus(b), new Money(0));
  const savings = baseline.minus(total);
  values.set('total_cost', total.isZero() ? new Money(0) : total);
  values.set('savings', savings.isZero() ? new Money(0) : savings);
}

/** The values of one month row, per monthly column after `month`, rounded as written (null: not finite). */
function rowValues(row: MonthRow, minor: number): [string, Money | null][] {
  return [
    ...QUANTITIES.map(([col, get]): [string, Money | null] => [col, twoPlaces(get(row))]),
    ...MONEY.map(([col, get]): [string, Money | null] => [col, toMinorUnit(get(row), minor)]),
  ];
}

/** The unrounded values of one month row, per monthly column after `month` (null: not finite). */
function rawValues(row: MonthRow): [string, Money | null][] {
  const exact = (x: number | Money): Money | null => (typeof x === 'number' && !Number.isFinite(x) ? null : new Money(x));
  return [
    ...QUANTITIES.map(([col, get]): [string, Money | null] => [col, exact(get(row))]),
    ...MONEY.map(([col, get]): [string, Money | null] => [col, exact(get(row))]),
  ];
}

/** The channels of a result as written in a file (one channel, the scenario's, when the model gives none). */
function channelsOf(result: MethodRows, scenario: Scenario): readonly ChannelRows[] {
  return result.channels && result.channels.length > 0 ? result.channels : [{ id: scenario.channel, rows: result.rows, summary: result.summary }];
}

/**
 * The monthly records of one scenario in a file with channels: per month its channel rows
 * and its `all` row, then the total rows (see the module comment).
 */
function channelMonthlyRecords(entry: ExportEntry, method: ExportMethod): string[] {
  const name = textCell(entry.scenario.name);
  const result = methodOf(entry, method);
  const channels = channelsOf(result, entry.scenario);
  const minor = minorUnitDigits(entry.scenario.finance.currency);
  const places = (col: string): number => (MONEY_COLUMNS.has(col) ? minor : 2);
  const columns = MONTHLY_COLUMNS.slice(2);
  const ids = [...channels.map((c) => c.id), ALL_CHANNELS];
  const totals = ids.map(() => new Map<string, Money>());
  const last: (Map<string, Money | null> | undefined)[] = ids.map(() => undefined);
  const records: string[] = [];
  result.rows.forEach((row, m) => {
    const all = new Map(rowValues(row, minor));
    const exact = new Map(rawValues(row));
    const perChannel = channels.map((c) => {
      const r = c.rows[m];
      return r ? new Map(rowValues(r, minor)) : new Map<string, Money | null>();
    });
    const rawPerChannel = channels.map((c) => {
      const r = c.rows[m];
      return r ? new Map(rawValues(r)) : new Map<string, Money | null>();
    });
    const apportioned: string[] = [];
    for (const col of columns) {
      const total = exact.get(col);
      const parts = rawPerChannel.map((p) => p.get(col));
      if (total === null || total === undefined || parts.some((p) => p === null || p === undefined)) continue;
      const shared = apportion(parts as Money[], total, places(col), pinsOf(col, apportioned, places, rawPerChannel, perChannel));
      if (shared) shared.forEach((v, i) => perChannel[i]!.set(col, v));
      apportioned.push(col);
    }
    // Total and savings follow from the parts as written (each part rounded to the minor
    // unit before summing), so every row is a ledger (total = parts, savings = baseline -
    // total) and the channel rows still add up to the `all` row.
    for (const values of [...perChannel, all]) ledgerFromParts(values);
    [...perChannel, all].forEach((values, i) => {
      last[i] = runningBalance(values, last[i]);
      const cells: CsvField[] = [name, numberCell(String(row.month)), textCell(ids[i]!)];
      for (const col of columns) {
        const value = values.get(col) ?? null;
        cells.push(decimalCell(value, places(col)));
        if (value !== null) totals[i]!.set(col, (totals[i]!.get(col) ?? new Money(0)).plus(value));
      }
      records.push(csvRecord(cells));
    });
  });
  ids.forEach((id, i) => {
    const total: CsvField[] = [name, literalCell(TOTAL_MONTH), textCell(id)];
    for (const col of columns) total.push(NOT_SUMMED.has(col) ? numberCell('') : decimalCell(totals[i]!.get(col) ?? new Money(0), places(col)));
    records.push(csvRecord(total));
  });
  return records;
}

/** The monthly records of one scenario, its total row last. */
function monthlyRecords(entry: ExportEntry, method: ExportMethod): string[] {
  const name = textCell(entry.scenario.name);
  const totals = new Map<string, Money>();
  const records: string[] = [];
  const minor = minorUnitDigits(entry.scenario.finance.currency);
  const places = (col: string): number => (MONEY_COLUMNS.has(col) ? minor : 2);
  let last: Map<string, Money | null> | undefined;
  for (const row of methodOf(entry, method).rows) {
    const cells: CsvField[] = [name, numberCell(String(row.month))];
    const values = new Map(rowValues(row, minor));
    ledgerFromParts(values);
    last = runningBalance(values, last);
    for (const [col, value] of last) {
      cells.push(decimalCell(value, places(col)));
      if (value !== null) totals.set(col, (totals.get(col) ?? new Money(0)).plus(value));
    }
    records.push(csvRecord(cells));
  }
  const total: CsvField[] = [name, literalCell(TOTAL_MONTH)];
  for (const col of MONTHLY_COLUMNS.slice(2)) total.push(NOT_SUMMED.has(col) ? numberCell('') : decimalCell(totals.get(col) ?? new Money(0), places(col)));
  records.push(csvRecord(total));
  return records;
}

/** The monthly projection, header first, without line ends. */
export function monthlyCsvRecords(entries: readonly ExportEntry[], options: ExportOptions = {}): string[] {
  const method = options.method ?? 'primary';
  if (withChannels(entries)) return [csvRecord(CHANNEL_MONTHLY_COLUMNS.map(literalCell)), ...entries.flatMap((e) => channelMonthlyRecords(e, method))];
  return [csvRecord(MONTHLY_COLUMNS.map(literalCell)), ...entries.flatMap((e) => monthlyRecords(e, method))];
}

/** The monthly projection CSV (8.3) of one or more scenarios. */
export function monthlyCsv(entries: readonly ExportEntry[], options: ExportOptions = {}): string {
  return csvFile(monthlyCsvRecords(entries, options));
}

/** The unit of each metric; `C` stands for the scenario's currency code. */
export const METRIC_UNITS: Readonly<Record<MetricName, string>> = {
  contacts_per_month: 'contacts per month',
  automation_rate: '%',
  ai_resolved_per_month: 'contacts per month',
  human_contacts_per_month: 'contacts per month',
  human_hours_per_month: 'hours per month',
  human_aht_after: 'minutes',
  agent_equivalents_baseline: 'FTE',
  agent_equivalents_with_ai: 'FTE',
  agent_equivalents_ai_work: 'FTE',
  staffed_fte_baseline: 'FTE',
  staffed_fte_with_ai: 'FTE',
  peak_agents: 'agents',
  baseline_cost_per_month: 'C per month',
  total_cost_per_month: 'C per month',
  monthly_savings: 'C per month',
  annual_savings: 'C per year',
  baseline_cost_per_contact: 'C per contact',
  hybrid_cost_per_contact: 'C per contact',
  payback_months: 'months',
  roi: '%',
  npv: 'C',
  quality_cost_per_month: 'C per month',
  break_even_error_cost: 'C per error',
  resolution_time_improvement: '%',
  annual_savings_p10: 'C per year',
  annual_savings_p50: 'C per year',
  annual_savings_p90: 'C per year',
  service_level: '%',
  asa_seconds: 'seconds',
  abandon_rate: '%',
  occupancy: '%',
};

/** Metrics whose value is money (their unit is the currency), written to the cent. */
const MONEY_METRICS: ReadonlySet<MetricName> = new Set((Object.keys(METRIC_UNITS) as MetricName[]).filter((m) => /^C\b/.test(METRIC_UNITS[m])));

function unitOf(metric: MetricName, currency: string): string {
  return METRIC_UNITS[metric].replace(/^C\b/, currency);
}

/** Monte Carlo percentiles: figures of the scenario as a whole, not of a channel. */
const PERCENTILE_METRICS: ReadonlySet<MetricName> = new Set<MetricName>(['annual_savings_p10', 'annual_savings_p50', 'annual_savings_p90']);

/** Metrics that are not figures of the steady-state month: horizon figures and the percentiles. */
const HORIZON_METRICS: ReadonlySet<MetricName> = new Set<MetricName>(['payback_months', 'roi', 'npv', ...PERCENTILE_METRICS]);

/** What the `method` and `note` cells say of a scenario's figures. */
interface RowNotes {
  method: 'headline' | 'full';
  /** Beside each percentile: the range warning, or ''. */
  percentiles: string;
  /** Beside each figure of the steady-state month: the unfinished ramp, or ''. */
  month: string;
}

function rowNotes(scenario: Scenario, method: ExportMethod, summary: Summary): RowNotes {
  return {
    method: method === 'primary' ? scenario.method : method,
    percentiles: percentileWarning(scenario),
    month: summary.rampComplete ? '' : `Figures of month ${summary.steadyMonth}: ${RAMP_UNFINISHED}.`,
  };
}

/** The summary rows' cells after the scenario (and channel) cells: metric, value, unit, method, note. */
function metricCells(values: Record<MetricName, string>, currency: string, metrics: readonly MetricName[], notes: RowNotes): CsvField[][] {
  const minor = minorUnitDigits(currency);
  return metrics.map((metric) => {
    const raw = values[metric];
    const value = MONEY_METRICS.has(metric) && raw !== '' ? decimalCell(toMinorUnit(new Money(raw), minor), minor) : numberCell(raw);
    const percentile = PERCENTILE_METRICS.has(metric);
    const method = percentile ? PERCENTILE_METHOD : notes.method;
    const note = percentile ? notes.percentiles : HORIZON_METRICS.has(metric) ? '' : notes.month;
    return [literalCell(metric), value, textCell(unitOf(metric, currency)), literalCell(method), note === '' ? literalCell('') : textCell(note)];
  });
}

function summaryRecords(entry: ExportEntry, method: ExportMethod, channelColumn: boolean): string[] {
  const result = methodOf(entry, method);
  const currency = entry.scenario.finance.currency;
  const name = textCell(entry.scenario.name);
  const totalNotes = rowNotes(entry.scenario, method, result.summary);
  const totals = metricCells(metricValues(result.summary, entry.percentiles ?? null), currency, METRIC_NAMES, totalNotes);
  if (!channelColumn) return totals.map((cells) => csvRecord([name, ...cells]));
  const perChannel = channelsOf(result, entry.scenario).flatMap((c) => {
    const notes = rowNotes(entry.scenario, method, c.summary);
    return [
      ...metricCells(
        metricValues(c.summary, null),
        currency,
        METRIC_NAMES.filter((m) => !PERCENTILE_METRICS.has(m)),
        notes,
      ),
      responseLevelCells(c.summary, notes),
    ].map((cells) => csvRecord([name, textCell(c.id), ...cells]));
  });
  const all = [...totals, responseLevelCells(result.summary, totalNotes)];
  return [...all.map((cells) => csvRecord([name, literalCell(ALL_CHANNELS), ...cells])), ...perChannel];
}

/**
 * A file with channels also gives the response level of the backlogs (`response_level`, %
 * of their work answered within each channel's response time), as the table by channel
 * shows it: empty for a channel, or a scenario, without a backlog.
 */
function responseLevelCells(summary: Summary, notes: RowNotes): CsvField[] {
  return [
    literalCell('response_level'),
    numberCell(plainNumber(summary.responseLevelPct)),
    textCell('%'),
    literalCell(notes.method),
    notes.month === '' ? literalCell('') : textCell(notes.month),
  ];
}

/** The summary, header first, without line ends. */
export function summaryCsvRecords(entries: readonly ExportEntry[], options: ExportOptions = {}): string[] {
  const method = options.method ?? 'primary';
  const channels = withChannels(entries);
  return [csvRecord((channels ? CHANNEL_SUMMARY_COLUMNS : SUMMARY_COLUMNS).map(literalCell)), ...entries.flatMap((e) => summaryRecords(e, method, channels))];
}

/** The summary CSV (8.3) of one or more scenarios. */
export function summaryCsv(entries: readonly ExportEntry[], options: ExportOptions = {}): string {
  return csvFile(summaryCsvRecords(entries, options));
}

export interface ScenarioCsvOptions extends ManifestOptions, ExportOptions {
  /** Results per scenario, in the set's order, when already computed. */
  results?: readonly (Results | undefined)[];
  /** Monte Carlo percentiles per scenario, in the set's order. */
  percentiles?: readonly (Percentiles | null | undefined)[];
}

/**
 * The scenario CSV as the app wrote it before the finance files were separate (kept so
 * that such files, and tests of them, stay reproducible): monthly projection, summary and
 * manifest of every scenario of the set in one file, each section starting with its header row, sections separated by one
 * empty line. `importScenarioCsv` reads the manifest section back.
 */
export function scenarioCsv(set: ScenarioSet, options: ScenarioCsvOptions): string {
  const entries: ExportEntry[] = set.scenarios.map((scenario, i) => {
    const results = options.results?.[i];
    return { scenario, ...(results ? { results } : {}), percentiles: options.percentiles?.[i] ?? null };
  });
  const sections = [monthlyCsvRecords(entries, options), summaryCsvRecords(entries, options), manifestRecords(set, options)];
  return sections.map((records) => csvFile(records)).join(CRLF);
}

/** The three finance files of an export, each a table of its own (RFC 4180, CRLF). */
export interface FinanceFiles {
  monthly: string;
  summary: string;
  inputs: string;
}

/**
 * The monthly table, the summary and the inputs (the manifest) of every scenario of the
 * set as separate files; each reads as one table (one header row, the same number of
 * cells in every row). The inputs file re-opens through `importScenarioCsv`.
 */
export function financeFiles(set: ScenarioSet, options: ScenarioCsvOptions): FinanceFiles {
  return { monthly: financeFile(set, options, 'monthly'), summary: financeFile(set, options, 'summary'), inputs: financeFile(set, options, 'inputs') };
}

/** One of the finance files. */
export type FinanceFileKind = keyof FinanceFiles;

/** One file of {@link financeFiles}, the others not written. */
export function financeFile(set: ScenarioSet, options: ScenarioCsvOptions, kind: FinanceFileKind): string {
  if (kind === 'inputs') return csvFile(manifestRecords(set, options));
  const entries: ExportEntry[] = set.scenarios.map((scenario, i) => {
    const results = options.results?.[i];
    return { scenario, ...(results ? { results } : {}), percentiles: options.percentiles?.[i] ?? null };
  });
  return kind === 'monthly' ? monthlyCsv(entries, options) : summaryCsv(entries, options);
}

/** The download names of an export: `<stem>-monthly.csv`, `-summary.csv`, `-inputs.csv` and `<stem>.xlsx`. */
export function financeFileNames(stem: string): { monthly: string; summary: string; inputs: string; workbook: string } {
  return { monthly: `${stem}-monthly.csv`, summary: `${stem}-summary.csv`, inputs: `${stem}-inputs.csv`, workbook: `${stem}.xlsx` };
}

/**
 * A download of CSV text: UTF-8 with a byte-order mark, which Excel needs to read
 * non-ASCII names correctly (the re-import and RFC 4180 readers skip it).
 */
export function csvBlob(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

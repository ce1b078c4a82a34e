/**
 * Re-import of a scenario CSV exported by this app (README, "CSV formats"): the manifest
 * section (see manifest.ts) back to the identical scenario set. Accepts the whole
 * scenario CSV (the manifest is found by its header row) or a manifest file alone.
 *
 * The inputs are rebuilt by walking the scenario schema, so every row is read as the
 * type its field has: `2024` in a name stays text, an empty cell is null only where the
 * field may be null. The `scenario` column is for readers; the `name` input decides.
 * Never throws: problems come back as `{ row, column, message }`, rows counted as a
 * spreadsheet shows them (a quoted value over several lines is one row).
 */
import { parseScenario, schemas, type Scenario } from '../model';
import { parseCsv, restoreText, type CsvRecord } from './csv-cell';
import { detectEncoding } from './csv-import';
import { MANIFEST_COLUMNS, MANIFEST_FORMAT, MODEL_VERSION } from './manifest';
import { MAX_SCENARIOS, type ScenarioSet } from './scenario-set';
import { CHANNEL_MONTHLY_COLUMNS, CHANNEL_SUMMARY_COLUMNS, MONTHLY_COLUMNS, SUMMARY_COLUMNS } from './csv-export';

/** Whether a row holds exactly these column headers (cells trimmed). */
function isHeader(fields: readonly string[], columns: readonly string[]): boolean {
  return fields.length === columns.length && fields.every((f, i) => f.trim() === columns[i]);
}

/** Whether a header row is that of the summary or monthly figures this app exports (with or without channels); null otherwise. */
function exportedFiguresKind(header: readonly string[]): 'summary' | 'monthly' | null {
  if (isHeader(header, SUMMARY_COLUMNS) || isHeader(header, CHANNEL_SUMMARY_COLUMNS)) return 'summary';
  if (isHeader(header, MONTHLY_COLUMNS) || isHeader(header, CHANNEL_MONTHLY_COLUMNS)) return 'monthly';
  return null;
}

export interface CsvIssue {
  /** 1-based row of the file. */
  row: number;
  /** Column name from the header, or '' for the file as a whole. */
  column: string;
  message: string;
}

export type ScenarioCsvImport =
  { ok: true; set: ScenarioSet; appVersion: string | null; modelVersion: string | null; notes: string[] } | { ok: false; issues: CsvIssue[] };

/** Largest file read (a manifest of 20 scenarios is well under 1 MB). */
export const MAX_IMPORT_CHARS = 50_000_000;
const MAX_ISSUES = 50;

interface Cell {
  value: string;
  row: number;
  used: boolean;
}

class Issues {
  readonly list: CsvIssue[] = [];
  add(row: number, column: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ row, column, message });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}

/** What the importer compares the file with. */
export interface ImportOptions {
  /** This app's version (`__APP_VERSION__`): a file exported by another one opens with a note. */
  appVersion?: string;
}

/**
 * Reads the manifest of an exported scenario CSV back into the scenario set. Files of up
 * to `MAX_SCENARIOS` scenarios open whole; the caller decides where they go.
 */
export function importScenarioCsv(text: string, options: ImportOptions = {}): ScenarioCsvImport {
  try {
    return read(text, options);
  } catch (e) {
    // A guard for the unforeseen: user data must never surface as an exception.
    return { ok: false, issues: [{ row: 0, column: '', message: `The file could not be read (${e instanceof Error ? e.message : String(e)}).` }] };
  }
}

/**
 * A scenario file's text from its bytes: UTF-8 (or UTF-16 with a byte-order mark) as this app
 * writes it, or Windows-1252 where a spreadsheet saved it again so (bytes that are not valid
 * UTF-8), which read as UTF-8 turned "Zürich" into "Z�rich".
 */
export function scenarioFileText(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes)).decode(bytes);
}

/** The manifest's header row with semicolons between its columns (each name may be quoted), anywhere in the file. */
const MANIFEST_SEMICOLONS = new RegExp(`^${MANIFEST_COLUMNS.map((c) => `"?${c}"?`).join(';')};*\\r?$`, 'm');

/** The note of a file read with semicolons between its columns. */
const SEMICOLON_NOTE =
  'The file was saved again by a spreadsheet, with semicolons between its columns (and commas in its numbers, read as decimal points): check that its inputs are the ones you exported.';

/** How far into the file binary content is looked for: a PNG, a ZIP or an XLSX shows it in its first bytes. */
const BINARY_PROBE_CHARS = 8192;

/**
 * Whether decoded text is really a binary file: a NUL character (never in a text file) or
 * mostly characters that were not valid UTF-8 (U+FFFD after decoding).
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, BINARY_PROBE_CHARS);
  if (head.includes('\u0000')) return true;
  let replaced = 0;
  for (const ch of head) if (ch === '\uFFFD') replaced++;
  return head.length > 0 && replaced / head.length > 0.1;
}

function read(text: string, options: ImportOptions): ScenarioCsvImport {
  if (text.length > MAX_IMPORT_CHARS)
    return failed(0, '', `The file is ${text.length} characters long; a scenario CSV is far smaller (at most ${MAX_IMPORT_CHARS} are read).`);
  if (looksBinary(text)) {
    return failed(
      0,
      '',
      'This is not a text (CSV) file: it holds binary data, such as an image, a spreadsheet workbook or an archive. Open the inputs .csv file that "Download…" saved.',
    );
  }
  // The manifest's header with semicolons between its columns: saved again by a spreadsheet
  // in a European locale, which writes decimal commas in numbers too.
  const semicolons = MANIFEST_SEMICOLONS.test(text);
  const parsed = parseCsv(text, semicolons ? ';' : ',');
  if (!parsed.ok) return failed(parsed.row, '', parsed.message);
  const start = parsed.records.findIndex((r) => isHeader(r.fields, MANIFEST_COLUMNS));
  if (start < 0) {
    const kind = exportedFiguresKind(parsed.records[0]?.fields ?? []);
    if (kind !== null) {
      return failed(
        1,
        '',
        `This is the ${kind} CSV this app exports: it holds figures, not the inputs they come from. To open the scenario again, open its inputs CSV ("Download…", then "Inputs (CSV)").`,
      );
    }
    return failed(
      1,
      '',
      `This file has no manifest: a row with the headers ${MANIFEST_COLUMNS.join(',')} was not found. Only scenario CSVs exported by this app can be re-imported; to import tickets, intervals or a category table, use the data import.`,
    );
  }
  const body: CsvRecord[] = [];
  for (const r of parsed.records.slice(start + 1)) {
    if (r.fields.length === 1 && r.fields[0]!.trim() === '') break;
    body.push(r);
  }
  const issues = new Issues();
  const meta = new Map<string, Cell>();
  const groups = new Map<number, Map<string, Cell>>();
  for (const r of body) readRow(r, meta, groups, issues);
  if (issues.any) return { ok: false, issues: issues.list };
  const header = parsed.records[start]!.row;
  const file = readMeta(meta, header, issues);
  if (!file) return { ok: false, issues: issues.list };
  const numbers = [...groups.keys()].sort((a, b) => a - b);
  if (numbers.length === 0) issues.add(header, 'scenario_no', 'The manifest lists no scenario inputs.');
  numbers.forEach((n, i) => {
    if (n !== i + 1) issues.add(firstRow(groups.get(n)!), 'scenario_no', `Scenario numbers must run 1, 2, 3 ... without gaps; scenario ${i + 1} is missing.`);
  });
  if (file.count !== null && file.count !== numbers.length && !issues.any) {
    issues.add(
      meta.get('scenarios')!.row,
      'value',
      `The manifest says it holds ${file.count} scenarios but has inputs for ${numbers.length}. Rows may have been deleted.`,
    );
  }
  if (numbers.length > MAX_SCENARIOS)
    issues.add(header, 'scenario_no', `The manifest holds ${numbers.length} scenarios; at most ${MAX_SCENARIOS} are accepted.`);
  if (issues.any) return { ok: false, issues: issues.list };
  const scenarios: Scenario[] = [];
  for (const n of numbers) {
    const s = readScenario(groups.get(n)!, n, issues, semicolons);
    if (s) scenarios.push(s);
  }
  const active = file.active ?? 1;
  if (!issues.any && (active < 1 || active > scenarios.length)) {
    issues.add(meta.get('active_scenario')!.row, 'value', `The active scenario ${active} is not one of the ${scenarios.length} scenarios.`);
  }
  if (issues.any) return { ok: false, issues: issues.list };
  const notes: string[] = semicolons ? [SEMICOLON_NOTE] : [];
  if (options.appVersion !== undefined && file.appVersion !== null && file.appVersion !== options.appVersion) {
    notes.push(`The file was exported by version ${file.appVersion} of the app; this is version ${options.appVersion}.`);
  }
  if (file.appVersion === null && options.appVersion !== undefined) {
    notes.push(`The file does not say which version of the app exported it; this is version ${options.appVersion}.`);
  }
  if (file.modelVersion !== null && file.modelVersion !== MODEL_VERSION) {
    notes.push(
      `The file was exported with model version ${file.modelVersion}; this app computes with version ${MODEL_VERSION}. The inputs are identical; some figures may differ from the exported ones.`,
    );
  }
  return { ok: true, set: { scenarios, active: active - 1 }, appVersion: file.appVersion, modelVersion: file.modelVersion, notes };
}

function failed(row: number, column: string, message: string): ScenarioCsvImport {
  return { ok: false, issues: [{ row, column, message }] };
}

function firstRow(cells: Map<string, Cell>): number {
  let row = Infinity;
  for (const c of cells.values()) row = Math.min(row, c.row);
  return row;
}

function readRow(r: CsvRecord, meta: Map<string, Cell>, groups: Map<number, Map<string, Cell>>, issues: Issues): void {
  if (r.fields.length !== MANIFEST_COLUMNS.length) {
    issues.add(r.row, '', `A manifest row has ${MANIFEST_COLUMNS.length} cells (${MANIFEST_COLUMNS.join(', ')}); this one has ${r.fields.length}.`);
    return;
  }
  const [no = '', , input = '', value = ''] = r.fields;
  const key = input.trim();
  if (key === '') {
    issues.add(r.row, 'input', 'The input name is empty.');
    return;
  }
  let target = meta;
  if (no.trim() !== '') {
    if (!/^\d{1,3}$/.test(no.trim()) || Number(no) < 1) {
      issues.add(r.row, 'scenario_no', `"${no}" is not a scenario number (1, 2, 3 ...).`);
      return;
    }
    const n = Number(no);
    target = groups.get(n) ?? new Map<string, Cell>();
    groups.set(n, target);
  }
  const earlier = target.get(key);
  if (earlier) {
    issues.add(r.row, 'input', `${key} appears twice${target === meta ? '' : ` for scenario ${no.trim()}`} (first in row ${earlier.row}); keep one.`);
    return;
  }
  target.set(key, { value, row: r.row, used: false });
}

interface FileMeta {
  appVersion: string | null;
  modelVersion: string | null;
  count: number | null;
  active: number | null;
}

function readMeta(meta: Map<string, Cell>, header: number, issues: Issues): FileMeta | null {
  const format = meta.get('manifest_format');
  if (!format) {
    issues.add(header, 'input', 'The manifest has no manifest_format row; it was not written by this app.');
    return null;
  }
  const version = /^\d{1,6}$/.test(format.value.trim()) ? Number(format.value) : NaN;
  if (Number.isNaN(version)) {
    issues.add(format.row, 'value', `manifest_format "${format.value}" is not a format number.`);
    return null;
  }
  if (version < 1) {
    issues.add(
      format.row,
      'value',
      `manifest_format ${version} is not a format any version of this app has written (this one reads format ${MANIFEST_FORMAT}); the file may have been changed by hand.`,
    );
    return null;
  }
  if (version > MANIFEST_FORMAT) {
    issues.add(
      format.row,
      'value',
      `The manifest has format ${version}; this version of the app reads format ${MANIFEST_FORMAT} and older. Import it in a newer version of the app.`,
    );
    return null;
  }
  const whole = (key: string): number | null => {
    const c = meta.get(key);
    if (!c) return null;
    if (!/^\d{1,6}$/.test(c.value.trim())) {
      issues.add(c.row, 'value', `${key} must be a whole number; "${c.value}" is not.`);
      return null;
    }
    return Number(c.value);
  };
  const known = new Set(['manifest_format', 'app_version', 'model_version', 'scenarios', 'active_scenario', 'monte_carlo_draws']);
  for (const [key, c] of meta)
    if (!known.has(key)) issues.add(c.row, 'input', `"${key}" is not a manifest entry (expected ${[...known].join(', ')}), or the row lacks its scenario_no.`);
  const text = (key: string) => {
    const c = meta.get(key);
    return c ? restoreText(c.value) : null;
  };
  const result = { appVersion: text('app_version'), modelVersion: text('model_version'), count: whole('scenarios'), active: whole('active_scenario') };
  whole('monte_carlo_draws');
  return issues.any ? null : result;
}

// ---- rebuilding a scenario from its rows, guided by the schema ----------------------

/** The parts of zod's schema objects the walk reads: their definitions (zod 4 `def`). */
interface Node {
  def: { type: string; values?: readonly unknown[]; options?: readonly Node[]; innerType?: Node; shape?: Record<string, Node>; element?: Node };
}

const SKIP = Symbol('skip');

interface Walk {
  cells: Map<string, Cell>;
  issues: Issues;
  scenarioNo: number;
  fallbackRow: number;
  /** Numbers may carry a decimal comma (a file saved with semicolons between its columns). */
  decimalComma: boolean;
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function hasUnder(cells: Map<string, Cell>, path: string): boolean {
  const prefix = `${path}.`;
  for (const k of cells.keys()) if (k.startsWith(prefix)) return true;
  return false;
}

function build(node: Node, path: string, w: Walk): unknown {
  switch (node.def.type) {
    case 'nullable': {
      const cell = w.cells.get(path);
      if (cell && cell.value === '' && !hasUnder(w.cells, path)) {
        cell.used = true;
        return null;
      }
      return build(node.def.innerType!, path, w);
    }
    case 'default': {
      // An input added after a file was written (channels, pooling): absent, the schema's default applies.
      if (!w.cells.has(path) && !hasUnder(w.cells, path)) return undefined;
      return build(node.def.innerType!, path, w);
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node.def.shape ?? {})) {
        const value = build(child, join(path, key), w);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'array':
      return buildArray(node.def.element!, path, w);
    case 'number':
      return leaf(path, w, w.decimalComma ? readCommaNumber : readNumber);
    case 'boolean':
      return leaf(path, w, readBoolean);
    case 'string':
    case 'enum':
      return leaf(path, w, (v) => ({ ok: true, value: restoreText(v) }));
    case 'literal':
    case 'union': {
      const values = node.def.type === 'literal' ? (node.def.values ?? []) : (node.def.options ?? []).flatMap((o) => o.def.values ?? []);
      const number = w.decimalComma ? readCommaNumber : readNumber;
      return leaf(path, w, values.every((v) => typeof v === 'number') ? number : (v) => ({ ok: true, value: restoreText(v) }));
    }
    default:
      w.issues.add(w.fallbackRow, 'input', `${path} cannot be read from a manifest (field kind ${node.def.type}).`);
      return SKIP;
  }
}

function buildArray(element: Node, path: string, w: Walk): unknown[] {
  const prefix = `${path}.`;
  const indices = new Set<number>();
  for (const k of w.cells.keys()) {
    if (!k.startsWith(prefix)) continue;
    const head = k.slice(prefix.length).split('.')[0]!;
    if (/^(0|[1-9]\d{0,4})$/.test(head)) indices.add(Number(head));
  }
  const count = indices.size === 0 ? 0 : Math.max(...indices) + 1;
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    if (!indices.has(i)) {
      w.issues.add(w.fallbackRow, 'input', `Scenario ${w.scenarioNo}: ${join(path, i)} is missing, but later entries of ${path} are there.`);
      continue;
    }
    out.push(build(element, join(path, i), w));
  }
  return out;
}

type Read = { ok: true; value: unknown } | { ok: false; message: string };

function leaf(path: string, w: Walk, read: (value: string) => Read): unknown {
  const cell = w.cells.get(path);
  if (!cell) {
    w.issues.add(w.fallbackRow, 'input', `Scenario ${w.scenarioNo}: the input ${path} is missing.`);
    return SKIP;
  }
  cell.used = true;
  const r = read(cell.value);
  if (r.ok) return r.value;
  w.issues.add(cell.row, 'value', `Scenario ${w.scenarioNo}, ${path}: ${r.message}`);
  return SKIP;
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function readNumber(text: string): Read {
  const t = text.trim();
  if (!NUMBER.test(t)) return { ok: false, message: `"${text}" is not a number; write it with a point for decimals and no grouping, such as 1234.5.` };
  const x = Number(t);
  return Number.isFinite(x) ? { ok: true, value: x } : { ok: false, message: `"${text}" is too large a number.` };
}

/** A number with a decimal comma (`12,5`, `1,5E-05`) or point, as a spreadsheet in a European locale writes it. */
function readCommaNumber(text: string): Read {
  const t = text.trim();
  if (/^-?\d+,\d+(?:[eE][+-]?\d+)?$/.test(t)) return readNumber(t.replace(',', '.'));
  const r = readNumber(t);
  return r.ok ? r : { ok: false, message: `"${text}" is not a number; write it with a comma or a point for decimals and no grouping, such as 1234,5.` };
}

function readBoolean(text: string): Read {
  const t = text.trim().toLowerCase();
  if (t === 'true') return { ok: true, value: true };
  if (t === 'false') return { ok: true, value: false };
  return { ok: false, message: `"${text}" is not true or false.` };
}

function readScenario(cells: Map<string, Cell>, n: number, issues: Issues, decimalComma: boolean): Scenario | null {
  const w: Walk = { cells, issues: new Issues(), scenarioNo: n, fallbackRow: firstRow(cells), decimalComma };
  const raw = build(schemas().ScenarioSchema as unknown as Node, '', w);
  for (const [key, c] of cells) if (!c.used) w.issues.add(c.row, 'input', `Scenario ${n}: "${key}" is not an input of a scenario.`);
  if (w.issues.any) {
    for (const i of w.issues.list) issues.add(i.row, i.column, i.message);
    return null;
  }
  const valid = parseScenario(raw);
  if (valid.ok) return valid.value;
  for (const i of valid.issues) {
    const exact = cells.get(i.field);
    const row = exact?.row ?? rowUnder(cells, i.field) ?? w.fallbackRow;
    issues.add(row, exact ? 'value' : 'input', `Scenario ${n}, ${i.field || 'scenario'}: ${i.message}`);
  }
  return null;
}

function rowUnder(cells: Map<string, Cell>, path: string): number | null {
  let row: number | null = null;
  for (const [k, c] of cells) if (path === '' || k.startsWith(`${path}.`)) row = row === null ? c.row : Math.min(row, c.row);
  return row;
}

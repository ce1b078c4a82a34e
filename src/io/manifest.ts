/**
 * The manifest (README, "CSV formats"): what reproduces a result. App version, model version and
 * every input of every scenario (the Monte Carlo seed among them, as `seed`), as plain
 * CSV rows that finance can read and that `importScenarioCsv` turns back into the
 * identical scenarios.
 *
 * Layout, one input per row, `scenario_no,scenario,input,value`:
 * - rows with an empty `scenario_no` describe the file: `manifest_format`, `app_version`,
 *   `model_version`, `scenarios` (how many), `active_scenario` (1-based), and
 *   `monte_carlo_draws` when given;
 * - then, per scenario, `scenario_no` (1-based, the key on re-import), its name (for
 *   reading only) and one row per input, named by its dotted path as in field messages
 *   (`human.costPerHour`, `categories.2.handleMinutes`, `arrivalProfile.167`).
 * Values: numbers as plain decimals that read back to the same double (never exponent
 * notation; negative zero as `-0`); `true` / `false`; text neutralised as in `csv-cell`
 * (so empty text is `'`); an empty cell is null (`seats`, `serviceLevelSeconds`,
 * `presetId`, a range, the arrival profile). An empty list has no rows.
 *
 * Rows rather than a JSON block: a reader sees `human.costPerHour,25` without tools,
 * and the rows re-import exactly.
 */
import { expandedDecimal, MODEL_VERSION, type Scenario } from '../model';
import { csvFile, csvRecord, literalCell, numberCell, textCell, type CsvField } from './csv-cell';
import type { ScenarioSet } from './scenario-set';

/** Version of the manifest layout; the importer keeps reading every older one. */
export const MANIFEST_FORMAT = 1;

/** Written to the manifest so a reader can tell whether a re-computed figure may differ from the exported one. */
export { MODEL_VERSION } from '../model';

export const MANIFEST_COLUMNS = ['scenario_no', 'scenario', 'input', 'value'] as const;

export interface ManifestOptions {
  /** The app's version (`__APP_VERSION__`, from package.json). */
  appVersion: string;
  /** Monte Carlo draws behind any percentiles in the file; omitted when none ran. */
  monteCarloDraws?: number | null;
}

/**
 * A float as a plain decimal that parses back to the same double: the shortest
 * round-trip digits of `String(x)`, with any exponent expanded. `-0` for negative zero.
 */
export function exactNumberText(x: number): string {
  return Object.is(x, -0) ? '-0' : expandedDecimal(x);
}

/** The input rows of one scenario: `[path, value cell]` in the scenario's field order. */
export function inputRows(scenario: Scenario): [string, CsvField][] {
  const out: [string, CsvField][] = [];
  flatten(scenario, '', out);
  return out;
}

function flatten(value: unknown, path: string, out: [string, CsvField][]): void {
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (value === null || value === undefined) out.push([path, literalCell('')]);
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, at(i), out));
  else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, at(k), out);
  else if (typeof value === 'number') out.push([path, numberCell(exactNumberText(value))]);
  else if (typeof value === 'boolean') out.push([path, literalCell(value ? 'true' : 'false')]);
  else out.push([path, textCell(String(value))]);
}

/** The manifest's records, header first, without line ends (for a file of several sections). */
export function manifestRecords(set: ScenarioSet, options: ManifestOptions): string[] {
  const meta = (input: string, value: CsvField) => csvRecord([literalCell(''), literalCell(''), literalCell(input), value]);
  const records = [
    csvRecord(MANIFEST_COLUMNS.map(literalCell)),
    meta('manifest_format', numberCell(String(MANIFEST_FORMAT))),
    meta('app_version', textCell(options.appVersion)),
    meta('model_version', textCell(MODEL_VERSION)),
    meta('scenarios', numberCell(String(set.scenarios.length))),
    meta('active_scenario', numberCell(String(set.active + 1))),
  ];
  if (options.monteCarloDraws !== undefined && options.monteCarloDraws !== null) {
    records.push(meta('monte_carlo_draws', numberCell(exactNumberText(options.monteCarloDraws))));
  }
  set.scenarios.forEach((s, i) => {
    const no = numberCell(String(i + 1));
    const name = textCell(s.name);
    for (const [path, value] of inputRows(s)) records.push(csvRecord([no, name, literalCell(path), value]));
  });
  return records;
}

/** The manifest as a file of its own (RFC 4180, CRLF). */
export function manifestCsv(set: ScenarioSet, options: ManifestOptions): string {
  return csvFile(manifestRecords(set, options));
}

/**
 * One import, from the file chosen to the scenario it changes: the stages, the answers the
 * user gives on the way (mapping, date order, tiers, channel kinds, patience) and what the
 * page says. `ImportPanel.svelte` renders it and forwards the user's actions.
 *
 * An answer that arrives after the user has moved on (a preview of a file replaced
 * meanwhile, the result of a run cancelled or replaced) is dropped: only the latest file
 * and the latest run change the session.
 */
import {
  applyImport,
  categoryRows,
  importedResolution,
  importedTierCsat,
  readPreview,
  resolveDateOrder,
  startImport,
  withTier,
  type CategoryTierRow,
  type DateOrder,
  type ImportIssue,
  type ImportProgress,
  type ImportReport,
  type ImportRun,
  type Preview,
  type ScanResult,
} from '../../io/csv-import';
import type { ChannelKind, Scenario, Tier } from '../../model';
import {
  appliedChannels,
  applyChanges,
  channelKinds,
  channelRows,
  findings,
  initialChoices,
  missingChoices,
  optionsFor,
  toImportReport,
  withChannelKind,
  type ChannelRow,
  type Choices,
} from './import-flow';

export type ImportStage = 'choose' | 'reading' | 'map' | 'scanning' | 'review' | 'failed';

/** What the session reads files with: the importer's own functions, or stand-ins in tests. */
export interface ImportReader {
  readPreview: typeof readPreview;
  startImport: typeof startImport;
}

export class ImportSession {
  stage = $state<ImportStage>('choose');
  file = $state.raw<File | null>(null);
  preview = $state.raw<Preview | null>(null);
  choices = $state.raw<Choices | null>(null);
  progress = $state.raw<ImportProgress | null>(null);
  scan = $state.raw<ScanResult | null>(null);
  /** The file's categories with the tiers as the user set them. */
  rows = $state.raw<CategoryTierRow[]>([]);
  /** The file's channels with the kinds as the user set them. */
  channels = $state.raw<ChannelRow[]>([]);
  /** Why the file could not be read or imported. */
  issues = $state.raw<ImportIssue[]>([]);
  /** What the last action did, for a status line. */
  status = $state('');
  /** Why applying was refused (the scenario is unchanged). */
  applyIssues = $state.raw<string[]>([]);
  /** Whether the call log's patience estimate goes to the scenario's Erlang A input. */
  takePatience = $state(false);

  readonly report: ImportReport | null = $derived(this.scan && this.file ? toImportReport(this.scan, this.file.name) : null);
  readonly missing: string[] = $derived(this.choices ? missingChoices(this.choices) : []);
  readonly found: string[] = $derived(this.scan ? findings(this.scan) : []);
  /** What the file's CSAT column sets: the human CSAT of each tier with ratings, with the tiers as edited. */
  readonly csatLine: string = $derived(this.scan ? importedTierCsat(this.scan.aggregates, this.rows).text : '');
  readonly resolutionLine: string = $derived(this.scan ? importedResolution(this.scan.aggregates).text : '');
  /** Why the import cannot be applied yet, or '' when it can. */
  readonly applyBlocked: string = $derived(this.#applyBlocked());

  #run: ImportRun | null = null;
  #reader: ImportReader;

  constructor(reader: ImportReader = { readPreview, startImport }) {
    this.#reader = reader;
  }

  #applyBlocked(): string {
    const scan = this.scan;
    if (!scan || !this.report) return '';
    if (scan.question) return 'Answer how the dates are written (above) to apply the import.';
    if (this.report.importedRows === 0) return 'No row was imported: check the rejected rows and the mapping.';
    const open = this.channels.filter((c) => c.kind === null);
    if (open.length > 0) return `Choose the kind of channel ${open.map((c) => `"${c.name}"`).join(' and ')} (above) to apply the import.`;
    return '';
  }

  /** A file was chosen: its first rows are read and the mapping suggested. Any run in progress stops. */
  async choose(chosen: File): Promise<void> {
    this.#run?.cancel();
    this.#run = null;
    this.file = chosen;
    this.scan = null;
    this.issues = [];
    this.applyIssues = [];
    this.status = '';
    this.stage = 'reading';
    const p = await this.#reader.readPreview(chosen);
    if (this.file !== chosen) return;
    if (!p.ok) {
      this.issues = p.issues;
      this.stage = 'failed';
      return;
    }
    this.preview = p.value;
    this.choices = initialChoices(p.value);
    this.stage = 'map';
  }

  /** The mapping as the user changed it. */
  setChoices(next: Choices): void {
    this.choices = next;
  }

  /** Reads the whole file with the mapping chosen; progress as it goes. */
  async scanFile(): Promise<void> {
    const { file, preview, choices } = this;
    if (!file || !preview || !choices || this.missing.length > 0) return;
    this.progress = { done: 0, total: file.size, rows: 0, heapBytes: null };
    this.status = '';
    this.stage = 'scanning';
    const current = this.#reader.startImport(file, optionsFor(preview, choices), (p) => {
      if (this.#run === current) this.progress = p;
    });
    this.#run = current;
    const result = await current.result;
    if (this.#run !== current) return;
    this.#run = null;
    if (result.status === 'cancelled') {
      this.status = 'Import cancelled. Nothing was changed.';
      this.stage = 'map';
      return;
    }
    if (!result.outcome.ok) {
      this.issues = result.outcome.issues;
      this.stage = 'failed';
      return;
    }
    const scan = result.outcome.value;
    this.scan = scan;
    this.rows = categoryRows(scan.aggregates);
    this.channels = channelRows(scan.aggregates);
    this.takePatience = false;
    this.stage = 'review';
  }

  /** Stops the run in progress (the scenario is unchanged). */
  cancel(): void {
    this.#run?.cancel();
  }

  /** Back from the review to the mapping. */
  remap(): void {
    if (this.stage === 'review') this.stage = 'map';
  }

  /** The user's answer on how the file's dates are written. */
  answer(order: DateOrder): void {
    if (!this.scan) return;
    this.scan = resolveDateOrder(this.scan, order);
    // The weekly profiles come with the answer; the kinds chosen stay.
    const kinds = this.channels;
    this.channels = channelRows(this.scan.aggregates).map((r, i) => ({ ...r, kind: kinds[i]?.kind ?? r.kind }));
  }

  setTier(index: number, tier: Tier): void {
    this.rows = withTier(this.rows, index, tier);
  }

  setKind(index: number, kind: ChannelKind | null): void {
    this.channels = withChannelKind(this.channels, index, kind);
  }

  /** `scenario` with the file applied, with the tiers and channel kinds as the user set them. */
  #applied(scan: ScanResult, scenario: Scenario, patienceMinutes: number | null) {
    return applyImport(scenario, scan.aggregates, this.rows, { patienceMinutes, channelKinds: channelKinds(this.channels, scan.aggregates) });
  }

  /** What applying would change in `scenario`'s steering figures (`applyChanges`); none while it cannot be applied. */
  changesFor(scenario: Scenario): string[] {
    const { scan } = this;
    if (!scan || scan.question || this.applyBlocked) return [];
    const result = this.#applied(scan, scenario, null);
    return result.ok ? applyChanges(scenario, result.value) : [];
  }

  /**
   * The scenario with the import applied, and the report to announce, or null when it cannot
   * be applied (then `applyIssues` says why, naming each field).
   */
  apply(scenario: Scenario): { next: Scenario; report: ImportReport } | null {
    const { scan, report } = this;
    if (!scan || !report || scan.question || this.applyBlocked) return null;
    const patience = report.calls?.patienceMinutes ?? null;
    const result = this.#applied(scan, scenario, this.takePatience ? patience : null);
    if (!result.ok) {
      this.applyIssues = result.issues.map((i) => `${i.field}: ${i.message}`);
      return null;
    }
    this.applyIssues = [];
    this.status = ['Applied to the scenario.', appliedChannels(result.value.channels), this.csatLine, this.resolutionLine].filter(Boolean).join(' ');
    return { next: result.value, report };
  }
}

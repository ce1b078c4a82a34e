/**
 * What the Download and Open buttons do: the finance files and workbook of every scenario,
 * and a scenario CSV opened into the session. Loaded when first used, so that the first
 * screen does not carry it (README, "Benchmarks": the initial JavaScript budget).
 */
import { MAX_SCENARIOS, newScenarioId, type Planner } from '../../state/planner.svelte';
import type { KeepChoice } from '../../state/keep-choice.svelte';
import { fileQuestion, keepWithAdded, nameList, unticked } from '../../state/keep';
import { downloadBlob, fileStem } from '../download';
import type { Percentiles, Scenario } from '../../model';
import { csvBlob, financeFileNames } from '../../io/csv-export';
import { exportWriter, plainPercentiles } from '../../io/export-client';
import { XLSX_TYPE } from '../../io/xlsx/mime';
import { importScenarioCsv, scenarioFileText } from '../../io/scenario-csv-import';
import { EXPORT_DRAWS, exportProgressText, missingPercentilesText, percentilesForExport } from '../../io/export-percentiles';
import { MonteCarloClient } from '../../io/monte-carlo-client';

export type FileKind = 'monthly' | 'summary' | 'inputs' | 'workbook';

const LABELS: Record<FileKind, string> = {
  monthly: 'the monthly table',
  summary: 'the summary',
  inputs: 'the inputs',
  workbook: 'the workbook (monthly table, summary and inputs)',
};

/** What the export box lends the actions: its scenarios and what it shows. */
export interface ExportContext {
  planner: Planner;
  keep: KeepChoice;
  /** Percentiles computed by earlier exports, per scenario as it was then (an edit makes a new scenario object). */
  computed: WeakMap<Scenario, Percentiles>;
  /** Shows a message (and the problems under it). */
  say: (message: string, problems?: string[]) => void;
  /** Offers a way to stop the percentiles being computed, or withdraws it. */
  offerStop: (stop: (() => void) | null) => void;
}

/** Downloads one finance file, or the workbook, of every scenario (percentiles computed where missing). */
export async function downloadFile(ctx: ExportContext, kind: FileKind): Promise<void> {
  const { planner } = ctx;
  const snap = planner.snapshot();
  const set = { scenarios: snap.scenarios, active: snap.activeIndex };
  let percentiles: (Percentiles | null)[] = snap.scenarios.map(() => null);
  let note = '';
  if (kind === 'summary' || kind === 'workbook') {
    const client = new MonteCarloClient();
    ctx.offerStop(() => client.cancelRun());
    try {
      const active = planner.active.scenario;
      const got = await percentilesForExport(
        snap.scenarios,
        (s) => (s === active && planner.percentiles ? planner.percentiles : ctx.computed.get(s)),
        (s, draws, onProgress) => client.run(s, draws, onProgress),
        (p) => ctx.say(exportProgressText(p, planner.locale)),
        (s, p) => ctx.computed.set(s, p),
      );
      percentiles = got.percentiles;
      note = missingPercentilesText(got.missing);
    } finally {
      ctx.offerStop(null);
      client.dispose();
    }
  }
  // Computed and written in the export worker: for a large set, seconds of work the page stays responsive through.
  ctx.say(`Writing ${LABELS[kind]}…${note ? ' ' + note : ''}`);
  const file = await exportWriter().write({
    kind,
    set,
    percentiles: percentiles.map(plainPercentiles),
    appVersion: __APP_VERSION__,
    // Every file names the draws a Monte Carlo of these scenarios makes (with the seed in
    // each scenario's inputs, they fix its percentiles), the inputs CSV as the workbook.
    monteCarloDraws: EXPORT_DRAWS,
  });
  if (!file.ok) {
    ctx.say(`${LABELS[kind][0]!.toUpperCase()}${LABELS[kind].slice(1)} could not be written: ${file.message}`);
    return;
  }
  const stem = snap.scenarios.length === 1 ? fileStem(snap.scenarios[0]!.name) : `${snap.scenarios.length}-scenarios`;
  const names = financeFileNames(stem);
  if ('bytes' in file) downloadBlob(names.workbook, new Blob([file.bytes as BlobPart], { type: XLSX_TYPE }));
  else downloadBlob(names[kind], csvBlob(file.text));
  const count = `${snap.scenarios.length} scenario${snap.scenarios.length > 1 ? 's' : ''}`;
  ctx.say(`Downloaded ${LABELS[kind]} of ${count}.${note ? ' ' + note : ''}`);
}

/** Opens a scenario CSV into the session; past the most a session holds, the user chooses what to keep. */
export async function openScenarioFile(ctx: ExportContext, file: File): Promise<void> {
  const { planner, keep } = ctx;
  const result = importScenarioCsv(scenarioFileText(new Uint8Array(await file.arrayBuffer())), { appVersion: __APP_VERSION__ });
  if (!result.ok) {
    ctx.say(
      `"${file.name}" was not opened; your scenarios are unchanged.`,
      result.issues.slice(0, 5).map((i) => `${i.row > 0 ? `Row ${i.row}${i.column ? `, column ${i.column}` : ''}: ` : ''}${i.message}`),
    );
    return;
  }
  const notes = result.notes.length ? ' ' + result.notes.join(' ') : '';
  const incoming = result.set.scenarios;
  if ((planner.pristine ? 0 : planner.entries.length) + incoming.length <= MAX_SCENARIOS) {
    // In place of the untouched start scenario, as a link opened in a new browser is.
    const added = planner.addScenarios(incoming, result.set.active, true);
    ctx.say(`Opened ${added} scenario${added === 1 ? '' : 's'} from "${file.name}".${notes}`);
    return;
  }
  // More than a session holds: the user ticks what to keep; nothing goes before that.
  ctx.say('');
  const sessionNames = planner.entries.map((e) => e.scenario.name);
  const fileNames = incoming.map((s) => s.name);
  const [keepSession = [], keepFile = []] = await keep.ask(fileQuestion(file.name, sessionNames, fileNames));
  const next = keepWithAdded(planner.entries, keepSession, incoming, keepFile, result.set.active, planner.active.id, newScenarioId);
  planner.replaceAll(next.list, next.activeIndex);
  const opened = keepFile.filter(Boolean).length;
  const notOpened = unticked(fileNames, keepFile);
  const removed = unticked(sessionNames, keepSession);
  ctx.say(
    `Opened ${opened} of the ${incoming.length} scenarios from "${file.name}".` +
      (notOpened.length ? ` Not opened, as you chose: ${nameList(notOpened)}.` : '') +
      (removed.length ? ` Removed from this session, as you chose: ${nameList(removed)}.` : '') +
      notes,
  );
}

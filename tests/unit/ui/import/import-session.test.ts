// The import's workflow without a page: stages, answers on the way, stale results dropped.
import { describe, expect, it } from 'vitest';
import { readPreview, scanText, type ImportOptions, type ImportRun, type ImportRunResult } from '../../../../src/io/csv-import';
import { averageHandleMinutes, presetScenario } from '../../../../src/model';
import { formatNumber } from '../../../../src/ui/format';
import { applyChanges } from '../../../../src/ui/import/import-flow';
import { ImportSession, type ImportReader } from '../../../../src/ui/import/import-session.svelte';

const TICKETS = `created,type,channel,handle_min
2024-01-01 10:00,Billing,Chat,4
2024-01-02 11:00,Billing,Chat,5
2024-01-03 12:00,Refunds,Phone,9
2024-01-04 13:00,Refunds,Kiosk,6
`;

const file = (text: string, name = 'tickets.csv') => new File([text], name, { type: 'text/csv' });

/** A reader whose scans run at once on the text (no worker), or wait until released, as asked. */
function reader(opts: { hold?: boolean } = {}) {
  const runs: { release: () => void; cancelled: boolean }[] = [];
  const startImport = (blob: Blob, options: ImportOptions): ImportRun => {
    let settle: (r: ImportRunResult) => void = () => {};
    const result = new Promise<ImportRunResult>((resolve) => (settle = resolve));
    const run = {
      cancelled: false,
      release: () => void blob.text().then((text) => settle({ status: 'done', outcome: scanText(text, options) })),
    };
    runs.push(run);
    if (!opts.hold) run.release();
    return {
      result,
      cancel: () => {
        run.cancelled = true;
        settle({ status: 'cancelled' });
      },
    };
  };
  return { reader: { readPreview, startImport } as ImportReader, runs };
}

describe('an import session', () => {
  it('goes from the file to the mapping, the review and the scenario, and says what it applied', async () => {
    const s = new ImportSession(reader().reader);
    expect(s.stage).toBe('choose');
    await s.choose(file(TICKETS));
    expect(s.stage).toBe('map');
    expect(s.missing).toEqual([]);
    await s.scanFile();
    expect(s.stage).toBe('review');
    expect(s.report).toMatchObject({ fileName: 'tickets.csv', importedRows: 4, rejectedRows: 0 });
    expect(s.rows.map((r) => r.name)).toEqual(['Billing', 'Refunds']);
    // "Kiosk" says nothing of its kind: the import waits for the user's answer.
    expect(s.applyBlocked).toBe('Choose the kind of channel "Kiosk" (above) to apply the import.');
    expect(s.apply(presetScenario())).toBeNull();
    // Nothing to preview while it cannot be applied.
    expect(s.changesFor(presetScenario())).toEqual([]);
    s.setKind(
      s.channels.findIndex((c) => c.name === 'Kiosk'),
      'chat',
    );
    expect(s.applyBlocked).toBe('');
    // Before applying, what it changes: the volume, the handle time of the new mix, and the
    // automation rate, which moves with the tiers (Billing and Refunds both tier 2 here).
    const base = presetScenario();
    const changes = s.changesFor(base);
    expect(changes).toHaveLength(3);
    // Four tickets over the days they span, scaled to a month: 30.44.
    expect(changes[0]).toBe('Contacts per month: 50,000 → 30.44');
    // Billing 4 and 5 min, Refunds 9 and 6 min: 6 min on the file's mix.
    expect(changes[1]).toBe(`Average handle time: ${formatNumber(averageHandleMinutes(base.categories), 2, 'en-US')} → 6 min`);
    expect(changes[2]).toMatch(/^Automation rate of the categories: 60\.8% → 76%: each imported category takes its tier's AI resolution rate/);
    expect(applyChanges(base, base)).toEqual([]);
    const applied = s.apply(presetScenario());
    expect(applied?.next.categories.map((c) => c.name)).toEqual(['Billing', 'Refunds']);
    expect(applied?.next.channels?.map((c) => c.name).sort()).toEqual(['Chat', 'Kiosk', 'Phone']);
    expect(s.status).toMatch(/^Applied to the scenario\./);
  });

  it('keeps the latest file when an earlier one is still being read', async () => {
    // The first file's rows arrive last.
    let late: () => void = () => {};
    const slow: ImportReader = {
      ...reader().reader,
      readPreview: async (blob) => {
        const p = await readPreview(blob);
        if ((blob as File).name === 'first.csv') await new Promise<void>((resolve) => (late = resolve));
        return p;
      },
    };
    const s = new ImportSession(slow);
    const first = s.choose(file('not,a\nticket,file\n', 'first.csv'));
    await new Promise((r) => setTimeout(r, 0));
    await s.choose(file(TICKETS, 'second.csv'));
    late();
    await first;
    expect(s.file?.name).toBe('second.csv');
    expect(s.stage).toBe('map');
    expect(s.preview?.header).toContain('channel');
  });

  it('stops a run on cancel, says nothing was changed, and goes back to the mapping', async () => {
    const { reader: r, runs } = reader({ hold: true });
    const s = new ImportSession(r);
    await s.choose(file(TICKETS));
    const scanning = s.scanFile();
    expect(s.stage).toBe('scanning');
    s.cancel();
    await scanning;
    expect(runs[0]!.cancelled).toBe(true);
    expect([s.stage, s.status, s.scan]).toEqual(['map', 'Import cancelled. Nothing was changed.', null]);
  });

  it('drops the result of a run a new file replaced, whenever it arrives', async () => {
    const { reader: r, runs } = reader({ hold: true });
    const s = new ImportSession(r);
    await s.choose(file(TICKETS, 'old.csv'));
    const scanning = s.scanFile();
    await s.choose(file(TICKETS.replace(/Billing/g, 'Orders'), 'new.csv'));
    runs[0]!.release();
    await scanning;
    expect([s.file?.name, s.stage, s.scan, s.status]).toEqual(['new.csv', 'map', null, '']);
  });

  it('says why a file cannot be imported, and changes nothing', async () => {
    const s = new ImportSession(reader().reader);
    await s.choose(file(''));
    expect(s.stage).toBe('failed');
    expect(s.issues.length).toBeGreaterThan(0);
    expect(s.apply(presetScenario())).toBeNull();
  });
});

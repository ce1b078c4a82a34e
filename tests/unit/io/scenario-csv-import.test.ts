import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { presetScenario } from '../../../src/model';
import { monthlyCsv, scenarioCsv, summaryCsv } from '../../../src/io/csv-export';
import { manifestCsv, MODEL_VERSION } from '../../../src/io/manifest';
import { importScenarioCsv, scenarioFileText } from '../../../src/io/scenario-csv-import';
import { parseCsv } from '../../../src/io/csv-cell';
import { scenarioSet } from './scenario-arbitrary';
import { lines, TINY } from './tiny-scenario';
import { THREE_CHANNELS } from './channel-fixtures';

const OPTIONS = { appVersion: '0.1.0' };

/** A minimal manifest: the tiny scenario's rows with one row replaced, added or removed. */
function edited(edit: (rows: string[]) => string[]): string {
  const rows = manifestCsv({ scenarios: [TINY], active: 0 }, OPTIONS)
    .split('\r\n')
    .slice(0, -1);
  return lines(...edit(rows));
}

function rowIndex(rows: string[], input: string): number {
  const i = rows.findIndex((r) => r.includes(`,${input},`));
  if (i < 0) throw new Error(`no row ${input}`);
  return i;
}

describe('importScenarioCsv', () => {
  it('reads the whole exported scenario CSV back to the identical scenarios', () => {
    const set = { scenarios: [TINY, presetScenario('klarna-2025'), { ...presetScenario('ecommerce'), name: '=HYPERLINK("x"), "quoted"\nline' }], active: 2 };
    const r = importScenarioCsv(scenarioCsv(set, OPTIONS));
    expect(r).toEqual({ ok: true, set, appVersion: '0.1.0', modelVersion: MODEL_VERSION, notes: [] });
  });

  it('reads every channel field of a three-channel scenario back, in rows named channels.N.field', () => {
    const set = { scenarios: [THREE_CHANNELS, TINY], active: 0 };
    const text = manifestCsv(set, OPTIONS);
    const rows = text.split('\r\n');
    for (const row of [
      '1,"Three channels, ""EU""",channels.0.id,voice',
      '1,"Three channels, ""EU""",channels.0.kind,voice',
      '1,"Three channels, ""EU""",channels.0.arrivalProfile.167,0.00023193246126727897',
      '1,"Three channels, ""EU""",channels.1.name,"Web form, ""EU"""',
      '1,"Three channels, ""EU""",channels.1.categorySharesPct.1,40',
      '1,"Three channels, ""EU""",channels.1.openDays.4,4',
      '1,"Three channels, ""EU""",channels.1.arrivalProfile,',
      '1,"Three channels, ""EU""",channels.2.aiEnabled,false',
      '1,"Three channels, ""EU""",channels.2.concurrency,3',
      '1,"Three channels, ""EU""",pooling,blended',
      '2,"Pilot, ""EU""",channels,',
    ])
      expect(rows).toContain(row);
    expect(importScenarioCsv(text)).toEqual({ ok: true, set, appVersion: '0.1.0', modelVersion: MODEL_VERSION, notes: [] });
    // The whole scenario CSV too, whose monthly and summary sections have the channel column.
    const whole = scenarioCsv(set, OPTIONS);
    expect(whole).toContain('scenario,month,channel,contacts,');
    expect(importScenarioCsv(whole)).toEqual({ ok: true, set, appVersion: '0.1.0', modelVersion: MODEL_VERSION, notes: [] });
  });

  it('opens a manifest written before channels (no channels, pooling or AI minutes rows)', () => {
    const text = edited((rows) => rows.filter((r) => !/,(channels|pooling|ai\.minutesPerConversation),/.test(r)));
    expect(text).not.toMatch(/pooling/);
    const r = importScenarioCsv(text);
    expect(r.ok && r.set.scenarios[0]).toEqual(TINY);
  });

  it('names the row of an invalid channel field', () => {
    const text = manifestCsv({ scenarios: [THREE_CHANNELS], active: 0 }, OPTIONS).replace(',channels.1.kind,email', ',channels.1.kind,fax');
    const r = importScenarioCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/^Scenario 1, channels\.1\.kind: /);
  });

  it('reads a manifest file alone, with a BOM and LF line ends', () => {
    const set = { scenarios: [TINY], active: 0 };
    const text = '\uFEFF' + manifestCsv(set, OPTIONS).replace(/\r\n/g, '\n');
    expect(importScenarioCsv(text)).toEqual({ ok: true, set, appVersion: '0.1.0', modelVersion: MODEL_VERSION, notes: [] });
  });

  it('gives back exactly the exported scenario set (property)', () => {
    fc.assert(
      fc.property(scenarioSet, (set) => {
        const r = importScenarioCsv(manifestCsv(set, OPTIONS));
        expect(r).toEqual({ ok: true, set, appVersion: '0.1.0', modelVersion: MODEL_VERSION, notes: [] });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('accepts what a spreadsheet does to booleans and spacing around numbers', () => {
    const text = edited((rows) =>
      rows.map((r) =>
        r.replace(',categories.0.aiEligible,true', ',categories.0.aiEligible,TRUE').replace(',human.costPerHour,30', ',human.costPerHour, 30.00 '),
      ),
    );
    const r = importScenarioCsv(text);
    expect(r.ok && r.set.scenarios[0]).toEqual(TINY);
  });

  it('notes a model version other than its own', () => {
    const text = edited((rows) => rows.map((r) => (r.startsWith(',,model_version,') ? ',,model_version,0' : r)));
    const r = importScenarioCsv(text);
    expect(r.ok && r.notes).toEqual([
      `The file was exported with model version 0; this app computes with version ${MODEL_VERSION}. The inputs are identical; some figures may differ from the exported ones.`,
    ]);
  });
});

describe('importScenarioCsv of many scenarios and other versions', () => {
  const many = (n: number) => ({
    scenarios: Array.from({ length: n }, (_, i) => ({ ...TINY, name: `Variant ${i + 1}`, contactsPerMonth: 1000 + i })),
    active: n - 1,
  });

  it('reads manifests of 9 and of 20 scenarios whole', () => {
    for (const n of [9, 20]) {
      const r = importScenarioCsv(manifestCsv(many(n), OPTIONS));
      expect(r.ok && r.set).toEqual(many(n));
    }
  });

  it('refuses 21 scenarios whole, saying how many are accepted', () => {
    const r = importScenarioCsv(manifestCsv(many(21), OPTIONS));
    expect(r).toMatchObject({ ok: false, issues: [{ column: 'scenario_no', message: 'The manifest holds 21 scenarios; at most 20 are accepted.' }] });
  });

  it('notes a file exported by another version of the app, and one that does not say', () => {
    const r = importScenarioCsv(manifestCsv(many(1), OPTIONS), { appVersion: '0.2.0' });
    expect(r.ok && r.notes).toEqual(['The file was exported by version 0.1.0 of the app; this is version 0.2.0.']);
    const same = importScenarioCsv(manifestCsv(many(1), OPTIONS), { appVersion: '0.1.0' });
    expect(same.ok && same.notes).toEqual([]);
    const unsaid = edited((rows) => rows.filter((r) => !r.includes(',app_version,')));
    const u = importScenarioCsv(unsaid, { appVersion: '0.2.0' });
    expect(u.ok && u.notes).toEqual(['The file does not say which version of the app exported it; this is version 0.2.0.']);
  });
});

describe('importScenarioCsv on bad files', () => {
  it('says a binary file (a PNG, a workbook) is not a text file, instead of a quoting error', () => {
    const png = String.fromCharCode(0x89) + 'PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' + '"x"y,\uFFFD\uFFFD'.repeat(400);
    const zip = 'PK\u0003\u0004\u0014\u0000\u0006\u0000' + 'xl/workbook.xml';
    const garbled = '\uFFFD'.repeat(50) + 'a,b\n';
    for (const text of [png, zip, garbled]) {
      expect(importScenarioCsv(text)).toEqual({
        ok: false,
        issues: [
          {
            row: 0,
            column: '',
            message:
              'This is not a text (CSV) file: it holds binary data, such as an image, a spreadsheet workbook or an archive. Open the inputs .csv file that "Download…" saved.',
          },
        ],
      });
    }
  });

  const P = '1,"Pilot, ""EU""",';

  it('says when the file has no manifest', () => {
    expect(importScenarioCsv('created,category\n2024-01-01,refund\n')).toEqual({
      ok: false,
      issues: [
        {
          row: 1,
          column: '',
          message:
            'This file has no manifest: a row with the headers scenario_no,scenario,input,value was not found. Only scenario CSVs exported by this app can be re-imported; to import tickets, intervals or a category table, use the data import.',
        },
      ],
    });
    expect(importScenarioCsv('')).toMatchObject({ ok: false, issues: [{ row: 1 }] });
  });

  it("says when the file is this app's summary or monthly figures, and which file re-opens the scenario", () => {
    const message = (kind: string) =>
      `This is the ${kind} CSV this app exports: it holds figures, not the inputs they come from. To open the scenario again, open its inputs CSV ("Download…", then "Inputs (CSV)").`;
    for (const scenario of [TINY, THREE_CHANNELS]) {
      expect(importScenarioCsv(summaryCsv([{ scenario }]))).toEqual({ ok: false, issues: [{ row: 1, column: '', message: message('summary') }] });
      expect(importScenarioCsv(monthlyCsv([{ scenario }]))).toEqual({ ok: false, issues: [{ row: 1, column: '', message: message('monthly') }] });
    }
  });

  it('names the row and column of a value that is not a number, and of a missing input', () => {
    const text = edited((rows) => {
      const out = [...rows];
      out[rowIndex(out, 'contactsPerMonth')] = `${P}contactsPerMonth,"1,000"`;
      out.splice(rowIndex(out, 'seed'), 1);
      return out;
    });
    expect(importScenarioCsv(text)).toEqual({
      ok: false,
      issues: [
        {
          row: 10,
          column: 'value',
          message: 'Scenario 1, contactsPerMonth: "1,000" is not a number; write it with a point for decimals and no grouping, such as 1234.5.',
        },
        { row: 7, column: 'input', message: 'Scenario 1: the input seed is missing.' },
      ],
    });
  });

  it("passes on the schema's message for a value out of range, at its row", () => {
    const text = edited((rows) => rows.map((r) => (r === `${P}human.shrinkagePct,50` ? `${P}human.shrinkagePct,96` : r)));
    expect(importScenarioCsv(text)).toEqual({
      ok: false,
      issues: [{ row: 35, column: 'value', message: 'Scenario 1, human.shrinkagePct: Shrinkage above 95 % leaves no one on seat (accepted: 0 to 95 %)' }],
    });
  });

  it('reports unknown inputs, duplicates, a wrong cell count and a bad scenario number', () => {
    const unknown = edited((rows) => [...rows, `${P}human.costPerMinute,1`]);
    expect(importScenarioCsv(unknown)).toEqual({
      ok: false,
      issues: [{ row: 85, column: 'input', message: 'Scenario 1: "human.costPerMinute" is not an input of a scenario.' }],
    });
    const twice = edited((rows) => [...rows, `${P}seed,8`]);
    expect(importScenarioCsv(twice)).toEqual({
      ok: false,
      issues: [{ row: 85, column: 'input', message: 'seed appears twice for scenario 1 (first in row 84); keep one.' }],
    });
    const short = edited((rows) => [...rows, '1,x,seed']);
    expect(importScenarioCsv(short)).toEqual({
      ok: false,
      issues: [{ row: 85, column: '', message: 'A manifest row has 4 cells (scenario_no, scenario, input, value); this one has 3.' }],
    });
    const badNo = edited((rows) => rows.map((r) => (r.endsWith(',seed,7') ? `x${r.slice(1)}` : r)));
    expect(importScenarioCsv(badNo)).toEqual({
      ok: false,
      issues: [{ row: 84, column: 'scenario_no', message: '"x" is not a scenario number (1, 2, 3 ...).' }],
    });
  });

  it('does not call manifest format 0 newer', () => {
    const zero = edited((rows) => rows.map((r) => (r === ',,manifest_format,1' ? ',,manifest_format,0' : r)));
    expect(importScenarioCsv(zero)).toEqual({
      ok: false,
      issues: [
        {
          row: 2,
          column: 'value',
          message: 'manifest_format 0 is not a format any version of this app has written (this one reads format 1); the file may have been changed by hand.',
        },
      ],
    });
  });

  it('refuses a newer manifest format and a count that does not match', () => {
    const newer = edited((rows) => rows.map((r) => (r === ',,manifest_format,1' ? ',,manifest_format,2' : r)));
    expect(importScenarioCsv(newer)).toEqual({
      ok: false,
      issues: [
        {
          row: 2,
          column: 'value',
          message: 'The manifest has format 2; this version of the app reads format 1 and older. Import it in a newer version of the app.',
        },
      ],
    });
    const count = edited((rows) => rows.map((r) => (r === ',,scenarios,1' ? ',,scenarios,2' : r)));
    expect(importScenarioCsv(count)).toEqual({
      ok: false,
      issues: [{ row: 5, column: 'value', message: 'The manifest says it holds 2 scenarios but has inputs for 1. Rows may have been deleted.' }],
    });
    const gap = edited((rows) => rows.map((r) => (r.startsWith('1,') ? `2${r.slice(1)}` : r)));
    expect(importScenarioCsv(gap)).toMatchObject({
      ok: false,
      issues: [{ row: 7, column: 'scenario_no', message: 'Scenario numbers must run 1, 2, 3 ... without gaps; scenario 1 is missing.' }],
    });
  });

  it('reports an unterminated quote at the row where it opens', () => {
    expect(importScenarioCsv('scenario_no,scenario,input,value\r\n1,"open,name,x\r\n')).toEqual({
      ok: false,
      issues: [{ row: 2, column: '', message: 'A quoted field is not closed: a double quote is missing before the end of the file' }],
    });
  });

  it('never throws on fuzzed files (property)', () => {
    const good = manifestCsv({ scenarios: [TINY], active: 0 }, OPTIONS);
    const mutated = fc
      .tuple(fc.nat(good.length - 1), fc.nat(40), fc.string({ maxLength: 6 }))
      .map(([at, del, insert]) => good.slice(0, at) + insert + good.slice(at + del));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          mutated,
          fc.string().map((s) => `scenario_no,scenario,input,value\n${s}`),
        ),
        (text) => {
          const r = importScenarioCsv(text);
          if (r.ok) {
            expect(r.set.scenarios.length).toBeGreaterThan(0);
          } else {
            expect(r.issues.length).toBeGreaterThan(0);
            for (const i of r.issues) {
              expect(Number.isInteger(i.row)).toBe(true);
              expect(i.message.length).toBeGreaterThan(5);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a scenario CSV saved again by a spreadsheet', () => {
  // Letters of Latin-1 only: Node decodes Windows-1252's 0x80-0x9F (the en dash) as Latin-1, browsers as the standard says.
  const csv = scenarioCsv({ scenarios: [{ ...TINY, name: 'Zürich, Genève: low' }], active: 0 }, { appVersion: 'test' });

  it('opens in Windows-1252 with its names as written, and in UTF-8 as ever', () => {
    // Windows-1252 bytes of the file: 'ü' is 0xFC, 'è' 0xE8.
    const cp1252 = Uint8Array.from([...csv].map((ch) => ch.charCodeAt(0)));
    expect([...cp1252].some((b) => b > 0x7f)).toBe(true);
    const r = importScenarioCsv(scenarioFileText(cp1252));
    expect(r.ok && r.set.scenarios[0]!.name).toBe('Zürich, Genève: low');
    const utf8 = importScenarioCsv(scenarioFileText(new TextEncoder().encode(csv)));
    expect(utf8.ok && utf8.set.scenarios[0]!.name).toBe('Zürich, Genève: low');
    // Read as UTF-8, as before, the name came back broken.
    const before = importScenarioCsv(new TextDecoder().decode(cp1252));
    expect(before.ok && before.set.scenarios[0]!.name).not.toBe('Zürich, Genève: low');
  });

  /** The file as a spreadsheet in a European locale saves it: semicolons between columns, decimal commas in numbers. */
  function europeanResave(text: string): string {
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const cell = (f: string) => {
      const v = /^-?\d+\.\d+(e[+-]?\d+)?$/i.test(f) ? f.replace('.', ',') : f;
      return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    };
    return parsed.records.map((r) => r.fields.map(cell).join(';')).join('\r\n') + '\r\n';
  }

  it('opens with semicolons between its columns and decimal commas in its numbers, as exported, with a note', () => {
    const set = { scenarios: [{ ...TINY, name: 'Zürich; Genève, 2.5' }, presetScenario('ecommerce'), THREE_CHANNELS], active: 1 };
    const resaved = europeanResave(scenarioCsv(set, { appVersion: 'test' }));
    expect(resaved).toContain(';human.costPerHour;');
    expect(resaved).toMatch(/;\d+,\d+\r\n/);
    const r = importScenarioCsv(resaved, { appVersion: 'test' });
    expect(r.ok && r.set).toEqual(set);
    expect(r.ok && r.notes[0]).toMatch(/^The file was saved again by a spreadsheet, with semicolons between its columns/);
    // A number it cannot read is named, with the row.
    const bad = resaved.replace(/;human\.costPerHour;[^\r]*/, ';human.costPerHour;25.000,5');
    const failed = importScenarioCsv(bad);
    expect(!failed.ok && failed.issues[0]!.message).toMatch(/human\.costPerHour: "25\.000,5" is not a number; write it with a comma or a point for decimals/);
  });
});

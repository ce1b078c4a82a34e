import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { calculate, Money, METRIC_NAMES, parseScenario, plainNumber, presetScenario, type Scenario } from '../../../src/model';
import { csvBlob, monthlyCsv, scenarioCsv, summaryCsv, CHANNEL_MONTHLY_COLUMNS, MONTHLY_COLUMNS, METRIC_UNITS } from '../../../src/io/csv-export';
import { importScenarioCsv } from '../../../src/io/scenario-csv-import';
import { manifestCsv } from '../../../src/io/manifest';
import { parseCsv } from '../../../src/io/csv-cell';
import { applyQuery } from '../../../src/io/query-params';
import { lines, TINY } from './tiny-scenario';
import { scenario } from './scenario-arbitrary';
import { BEFORE_CHANNELS_JSON, THREE_CHANNELS } from './channel-fixtures';

const N = '"Pilot, ""EU"""';

function records(csv: string): string[][] {
  const p = parseCsv(csv);
  if (!p.ok) throw new Error(p.message);
  return p.records.map((r) => r.fields);
}

/** Checks that every money and count total equals the decimal sum of the month rows above it. */
function expectReconciles(csv: string): number {
  const [header, ...rows] = records(csv);
  expect(header).toEqual([...MONTHLY_COLUMNS]);
  let checked = 0;
  let block: string[][] = [];
  for (const row of rows) {
    expect(row).toHaveLength(MONTHLY_COLUMNS.length);
    if (row[1] !== 'total') {
      block.push(row);
      continue;
    }
    for (let c = 2; c < MONTHLY_COLUMNS.length; c++) {
      const col = MONTHLY_COLUMNS[c]!;
      if (col === 'agent_equivalents' || col === 'staffed_fte' || col === 'cumulative_savings') {
        expect(row[c], col).toBe('');
        continue;
      }
      const sum = block.reduce((s, r) => s.plus(new Money(r[c]!)), new Money(0));
      expect(new Money(row[c]!).eq(sum), `${row[0]} ${col}: ${row[c]} vs ${sum.toFixed(2)}`).toBe(true);
      // Counts to 2 decimals; money in the currency's minor unit (none for JPY, 3 for BHD).
      expect(row[c]).toMatch(/^-?\d+(\.\d{2,3})?$/);
    }
    for (const r of block) {
      const [base, human, ai, quality, fixed, total, savings] = [9, 10, 11, 12, 13, 14, 15].map((c) => new Money(r[c]!));
      expect(human!.plus(ai!).plus(quality!).plus(fixed!).eq(total!)).toBe(true);
      expect(base!.minus(total!).eq(savings!)).toBe(true);
    }
    checked++;
    block = [];
  }
  expect(block).toEqual([]);
  return checked;
}

describe("money in the currency's minor unit", () => {
  it('writes JPY in whole yen and BHD to the fils, and the totals still add up', () => {
    const jpy = monthlyCsv([{ scenario: { ...TINY, finance: { ...TINY.finance, currency: 'JPY' } } }]);
    expect(jpy.split('\r\n')[1]).toBe(`${N},1,1000.00,187.50,562.50,835.94,130.47,0.82,1.63,8250,7828,375,94,150,8447,-197,-1197`);
    // Month 2: each part in whole yen, then summed: 8320 + 469 + 234 + 150 = 9173; savings
    // 10313 - 9173 = 1140 (the model's 1139.06 rounded on its own would not reconcile).
    expect(jpy.split('\r\n')[2]).toBe(`${N},2,1250.00,468.75,468.75,839.84,138.67,0.87,1.73,10313,8320,469,234,150,9173,1140,-57`);
    expect(jpy.split('\r\n')[3]).toBe(`${N},total,2250.00,656.25,1031.25,1675.78,269.14,,,18563,16148,844,328,300,17620,943,`);
    // BHD books to the fils in the model itself (docs/METHOD.md, "Money and rounding"): month 1's
    // human cost is 130.46875 h x BHD 60 = BHD 7,828.125 exactly, no longer the cent 7,828.13
    // written with a third zero; the total 7828.125 + 375 + 93.75 + 150 = 8446.875, the
    // savings 8250 - 8446.875 = -196.875 and the cumulative -1000 - 196.875 = -1196.875.
    const bhd = monthlyCsv([{ scenario: { ...TINY, finance: { ...TINY.finance, currency: 'BHD' } } }]);
    expect(bhd.split('\r\n')[1]).toBe(
      `${N},1,1000.00,187.50,562.50,835.94,130.47,0.82,1.63,8250.000,7828.125,375.000,93.750,150.000,8446.875,-196.875,-1196.875`,
    );
  });

  it("writes money metrics of the summary in the currency's minor unit", () => {
    const s = { ...TINY, finance: { ...TINY.finance, currency: 'JPY' } };
    const row = records(summaryCsv([{ scenario: s }])).find((r) => r[1] === 'monthly_savings');
    // The model books whole yen (month 2: 10313 - (8320 + 469 + 234 + 150) = 1140, as the
    // monthly file says), no longer the cent figure 1139.06 written as 1139.
    expect(row).toEqual([TINY.name, 'monthly_savings', '1140', 'JPY per month', 'full', '']);
  });
});

describe('monthlyCsv', () => {
  it('writes the hand-worked two-month scenario exactly, with its total row', () => {
    expect(monthlyCsv([{ scenario: TINY }])).toBe(
      lines(
        'scenario,month,contacts,ai_resolved,ai_escalated,human_contacts,human_hours,agent_equivalents,staffed_fte,baseline_cost,human_cost,ai_cost,quality_cost,fixed_cost,total_cost,savings,cumulative_savings',
        `${N},1,1000.00,187.50,562.50,835.94,130.47,0.82,1.63,8250.00,7828.13,375.00,93.75,150.00,8446.88,-196.88,-1196.88`,
        `${N},2,1250.00,468.75,468.75,839.84,138.67,0.87,1.73,10312.50,8320.31,468.75,234.38,150.00,9173.44,1139.06,-57.82`,
        `${N},total,2250.00,656.25,1031.25,1675.78,269.14,,,18562.50,16148.44,843.75,328.13,300.00,17620.32,942.18,`,
      ),
    );
  });

  it('puts several scenarios in one file, each with its own total', () => {
    const other: Scenario = { ...TINY, name: '=HYPERLINK("http://evil.example","Click")', finance: { ...TINY.finance, months: 1 } };
    const csv = monthlyCsv([{ scenario: TINY }, { scenario: other }]);
    const rows = records(csv);
    expect(rows.map((r) => `${r[0]}|${r[1]}`)).toEqual([
      'scenario|month',
      'Pilot, "EU"|1',
      'Pilot, "EU"|2',
      'Pilot, "EU"|total',
      '\'=HYPERLINK("http://evil.example","Click")|1',
      '\'=HYPERLINK("http://evil.example","Click")|total',
    ]);
    expect(csv).toContain('\r\n"\'=HYPERLINK(""http://evil.example"",""Click"")",1,1000.00,');
    expect(expectReconciles(csv)).toBe(2);
  });

  it('reports the headline method when asked', () => {
    const headline = records(monthlyCsv([{ scenario: TINY }], { method: 'headline' }));
    // Headline: no ramp, growth, errors, handoff or fixed costs; the AI takes exactly the automated 37.5 %.
    expect(headline[1]!.slice(1, 7)).toEqual(['1', '1000.00', '375.00', '0.00', '625.00', '85.94']);
    expect(headline[1]![13]).toBe('0.00');
  });

  it('reconciles to the cent for every preset and for generated scenarios (property)', () => {
    const presets = ['ecommerce', 'saas', 'klarna-2024', 'klarna-2025'] as const;
    expect(expectReconciles(monthlyCsv(presets.map((id) => ({ scenario: presetScenario(id) }))))).toBe(4);
    // Moderate queues keep the Erlang staffing quick; the money paths are all exercised.
    const small = scenario.map((s) => ({
      ...s,
      contactsPerMonth: Math.min(s.contactsPerMonth, 20_000),
      human: {
        ...s.human,
        maxOccupancyPct: Math.max(s.human.maxOccupancyPct, 50),
        serviceLevelPct: Math.min(s.human.serviceLevelPct, 95),
        patienceMinutes: Math.max(s.human.patienceMinutes, 0.5),
        seats: s.human.seats === null ? null : Math.min(s.human.seats, 50),
      },
      finance: { ...s.finance, months: Math.min(s.finance.months, 6) },
    }));
    fc.assert(
      fc.property(fc.array(small, { minLength: 1, maxLength: 2 }), (set) => {
        const csv = monthlyCsv(set.map((s) => ({ scenario: s })));
        expect(set.some((s) => s.channels !== null) ? expectChannelsReconcile(csv) : expectReconciles(csv)).toBe(set.length);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('summaryCsv', () => {
  it('writes every 8.2 metric of the hand-worked scenario with its unit', () => {
    const row = (metric: string, value: string, unit: string) => `${N},${metric},${value},${unit},full,`;
    expect(summaryCsv([{ scenario: TINY }])).toBe(
      lines(
        'scenario,metric,value,unit,method,note',
        row('contacts_per_month', '1250', 'contacts per month'),
        row('automation_rate', '37.5', '%'),
        row('ai_resolved_per_month', '468.75', 'contacts per month'),
        row('human_contacts_per_month', '839.84375', 'contacts per month'),
        row('human_hours_per_month', '138.671875', 'hours per month'),
        // 8320.3125 agent minutes / 839.84375 contacts = 426 / 43.
        row('human_aht_after', '9.90697674419', 'minutes'),
        row('agent_equivalents_baseline', '1.07421875', 'FTE'),
        row('agent_equivalents_with_ai', '0.86669921875', 'FTE'),
        row('agent_equivalents_ai_work', '0.20751953125', 'FTE'),
        row('staffed_fte_baseline', '2.1484375', 'FTE'),
        row('staffed_fte_with_ai', '1.7333984375', 'FTE'),
        row('peak_agents', '1', 'agents'),
        row('baseline_cost_per_month', '10312.50', 'EUR per month'),
        row('total_cost_per_month', '9173.44', 'EUR per month'),
        row('monthly_savings', '1139.06', 'EUR per month'),
        row('annual_savings', '13668.72', 'EUR per year'),
        row('baseline_cost_per_contact', '8.25', 'EUR per contact'),
        // 9173.44 / 1250 = 7.338752.
        row('hybrid_cost_per_contact', '7.34', 'EUR per contact'),
        // Still 57.82 owed after month 2.
        row('payback_months', '', 'months'),
        // (942.18 - 1000) / (375 + 150 + 468.75 + 150 + 1000) = -57.82 / 2143.75.
        row('roi', '-2.69714285714', '%'),
        row('npv', '-57.82', 'EUR'),
        row('quality_cost_per_month', '234.38', 'EUR per month'),
        // (1139.06 + 234.38) / 117.1875 errors = 11.72002..., rounded down.
        row('break_even_error_cost', '11.72', 'EUR per error'),
        // After: (468.75 x 2 + 468.75 x 12 + 312.5 x 10) / 1250 = 7.75 minutes against 10.
        row('resolution_time_improvement', '22.5', '%'),
        row('annual_savings_p10', '', 'EUR per year'),
        row('annual_savings_p50', '', 'EUR per year'),
        row('annual_savings_p90', '', 'EUR per year'),
        row('service_level', '', '%'),
        row('asa_seconds', '', 'seconds'),
        row('abandon_rate', '', '%'),
        row('occupancy', '100', '%'),
      ),
    );
  });

  it('writes Monte Carlo percentiles to the cent when given', () => {
    const csv = summaryCsv([{ scenario: TINY, percentiles: { p10: new Money('-12.5'), p50: new Money(100), p90: new Money('2500.125') } }]);
    expect(csv).toContain(`${N},annual_savings_p10,-12.50,EUR per year,full,\r\n`);
    expect(csv).toContain(`${N},annual_savings_p50,100.00,EUR per year,full,\r\n`);
    expect(csv).toContain(`${N},annual_savings_p90,2500.13,EUR per year,full,\r\n`);
  });

  it("writes the metrics counted in the currency, and only those, to the currency's minor unit", () => {
    const base = presetScenario('ecommerce');
    const s = { ...base, finance: { ...base.finance, currency: 'BHD' } };
    const percentiles = { p10: new Money('-12.5'), p50: new Money('100.0004'), p90: new Money('2500.1236') };
    const rows = records(summaryCsv([{ scenario: s, percentiles }])).slice(1);
    const money = rows.filter((r) => r[3]!.startsWith('BHD'));
    expect(money.map((r) => r[1])).toEqual([
      'baseline_cost_per_month',
      'total_cost_per_month',
      'monthly_savings',
      'annual_savings',
      'baseline_cost_per_contact',
      'hybrid_cost_per_contact',
      'npv',
      'quality_cost_per_month',
      'break_even_error_cost',
      'annual_savings_p10',
      'annual_savings_p50',
      'annual_savings_p90',
    ]);
    for (const r of money) if (r[2] !== '') expect(r[2]).toMatch(/^-?\d+\.\d{3}$/);
    expect(money.slice(-3).map((r) => r[2])).toEqual(['-12.500', '100.000', '2500.124']);
    // A figure that is not money keeps its digits.
    expect(rows.find((r) => r[1] === 'staffed_fte_baseline')![2]).toMatch(/^\d+\.\d{4,}$/);
  });

  it('has a unit for every metric', () => {
    expect(Object.keys(METRIC_UNITS).sort()).toEqual([...METRIC_NAMES].sort());
    expect(records(summaryCsv([{ scenario: presetScenario('klarna-2025') }])).length).toBe(METRIC_NAMES.length + 1);
  });
});

describe('summary: the method and note columns', () => {
  const P = { p10: new Money('100'), p50: new Money('200'), p90: new Money('300') };
  const byMetric = (csv: string) =>
    new Map(
      records(csv)
        .slice(1)
        .map((r) => [r[1]!, r]),
    );

  it('says the percentiles come from the full model under the headline method, and the rest from the headline', () => {
    const rows = byMetric(summaryCsv([{ scenario: { ...TINY, method: 'headline' }, percentiles: P }]));
    for (const m of ['annual_savings_p10', 'annual_savings_p50', 'annual_savings_p90']) expect(rows.get(m)!.slice(4)).toEqual(['full', '']);
    for (const m of ['annual_savings', 'monthly_savings', 'npv', 'roi']) expect(rows.get(m)![4]).toBe('headline');
  });

  it('writes the range warning beside every percentile, and only there, when a range excludes its point', () => {
    // TINY's eligible categories resolve 50 %; a range of 60-70 % excludes it.
    const s: Scenario = { ...TINY, ranges: { ...TINY.ranges, resolutionPct: { low: 60, high: 70 } } };
    const rows = byMetric(summaryCsv([{ scenario: s, percentiles: P }]));
    const warning = 'A range excludes its point estimate (AI resolution rate 50 %, range 60 % to 70 %)';
    for (const m of ['annual_savings_p10', 'annual_savings_p50', 'annual_savings_p90'])
      expect(rows.get(m)![5]).toMatch(new RegExp(`^${warning.replace(/[()]/g, '\\$&')}`));
    expect([...rows.values()].filter((r) => r[5] !== '').map((r) => r[1])).toEqual(['annual_savings_p10', 'annual_savings_p50', 'annual_savings_p90']);
  });

  it('notes on each figure of the month (not on the horizon figures) that the ramp does not finish within the horizon, in yen too', () => {
    const s: Scenario = { ...TINY, ramp: [0.5, 0.75, 0.9], finance: { ...TINY.finance, currency: 'JPY' } };
    const rows = byMetric(summaryCsv([{ scenario: s }]));
    expect(rows.get('annual_savings')!.slice(3)).toEqual(['JPY per year', 'full', 'Figures of month 2: the ramp does not finish within the horizon.']);
    expect(rows.get('staffed_fte_with_ai')![5]).toBe('Figures of month 2: the ramp does not finish within the horizon.');
    for (const m of ['payback_months', 'roi', 'npv', 'annual_savings_p10']) expect(rows.get(m)![5]).toBe('');
  });

  it('keeps the columns with channels, on the channel rows too', () => {
    const csv = summaryCsv([{ scenario: THREE_CHANNELS, percentiles: P }]);
    const [header, ...rows] = records(csv);
    expect(header).toEqual(['scenario', 'channel', 'metric', 'value', 'unit', 'method', 'note']);
    for (const r of rows) expect(r).toHaveLength(7);
    expect(rows.filter((r) => r[1] !== 'all').every((r) => r[5] === THREE_CHANNELS.method)).toBe(true);
  });

  it("gives the backlogs' response level as the table by channel shows it: the scenario's and each backlog's, empty for a live queue", () => {
    const result = calculate(THREE_CHANNELS);
    const [, ...rows] = records(summaryCsv([{ scenario: THREE_CHANNELS, results: result }]));
    const level = rows.filter((r) => r[2] === 'response_level');
    const channels = result.primary.channels;
    expect(level.map((r) => r[1])).toEqual(['all', ...channels.map((c) => c.id)]);
    const pct = (x: number | null) => (x === null ? '' : plainNumber(x));
    expect(level.map((r) => r[3])).toEqual([pct(result.primary.summary.responseLevelPct), ...channels.map((c) => pct(c.summary.responseLevelPct))]);
    expect(level.some((r) => r[1] !== 'all' && r[3] !== '')).toBe(true);
    expect(level.some((r) => r[3] === '')).toBe(true);
    expect(level.every((r) => r[4] === '%')).toBe(true);
  });
});

describe('formula injection', () => {
  const names = ['=HYPERLINK("http://evil.example","x")', '+cmd', '-2+3', '@SUM(A1)', '\tTab', '\rCR', "'=quoted"];

  it('neutralises text cells that a spreadsheet would run, and leaves negative numbers numeric', () => {
    const scenarios = names.map((name) => ({ ...TINY, name }));
    const csv = scenarioCsv({ scenarios, active: 0 }, { appVersion: '1.0.0' });
    const p = parseCsv(csv);
    if (!p.ok) throw new Error(p.message);
    let negatives = 0;
    for (const { fields } of p.records) {
      for (const cell of fields) {
        if (!/^[=+\-@\t\r]/.test(cell)) continue;
        expect(cell, JSON.stringify(cell)).toMatch(/^-\d+(\.\d+)?$/);
        negatives++;
      }
    }
    expect(negatives).toBeGreaterThan(10);
    expect(csv).toContain(`\r\n"'=HYPERLINK(""http://evil.example"",""x"")",1,`);
    expect(csv).toContain(`\r\n'+cmd,1,`);
    expect(csv).toContain(`\r\n'-2+3,1,`);
    expect(csv).toContain(`\r\n'@SUM(A1),1,`);
    expect(csv).toContain(`\r\n'\tTab,1,`);
    expect(csv).toContain(`\r\n"'\rCR",1,`);
    expect(csv).toContain(`\r\n''=quoted,1,`);
    expect(csv).toContain(',savings,');
    expect(csv).toContain(',-196.88,-1196.88\r\n');
  });
});

describe('scenarioCsv', () => {
  it('joins the monthly, summary and manifest sections with one empty line', () => {
    const set = { scenarios: [TINY], active: 0 };
    const options = { appVersion: '0.1.0' };
    expect(scenarioCsv(set, options)).toBe(`${monthlyCsv([{ scenario: TINY }])}\r\n${summaryCsv([{ scenario: TINY }])}\r\n${manifestCsv(set, options)}`);
  });

  it('uses results it is given rather than computing again', () => {
    const results = calculate(TINY);
    const twisted = { ...results, primary: results.headline };
    expect(scenarioCsv({ scenarios: [TINY], active: 0 }, { appVersion: 'x', results: [twisted] })).toContain(`${N},1,1000.00,375.00,0.00,625.00,`);
  });
});

describe('csvBlob', () => {
  it('is UTF-8 with a byte-order mark, and the file it makes re-imports', async () => {
    const set = { scenarios: [{ ...TINY, name: 'Zürich, 東京' }], active: 0 };
    const blob = csvBlob(scenarioCsv(set, { appVersion: '1' }));
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x73]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(importScenarioCsv(text)).toMatchObject({ ok: true, set });
  });
});

describe('files with channels', () => {
  const beforeChannels = (JSON.parse(BEFORE_CHANNELS_JSON) as { s: unknown[] }).s.map((s) => {
    const r = parseScenario(s);
    if (!r.ok) throw new Error('invalid fixture');
    return r.value;
  });
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  it('writes a file without channel lists byte for byte as before channels existed', () => {
    const entries = [TINY, ...beforeChannels, { ...TINY, name: 'Yen', finance: { ...TINY.finance, currency: 'JPY' } }].map((scenario) => ({ scenario }));
    // Digests of the files the planner wrote for these scenarios before channels existed
    // (the summary's since figures are written at 12 significant digits, without float noise;
    // the monthly files' since the yen rows are ledgers of their parts in whole yen, each
    // total the sum of its parts and each cumulative the month before's plus its savings; the
    // summary's yen figures since the model itself books whole yen: the yen scenario's monthly
    // savings 1140 as its monthly file says, annual 13680, ROI, NPV -57 and break-even 11 (rounded down, as the model rounds it) moved;
    // every dollar and euro figure is as before).
    expect(sha(monthlyCsv(entries))).toBe('02f8bf8ae800a7063dc8b200b2ba21845997dc9334fd78b326eddb5314053b71');
    // The summary's first four columns as then; `method` and `note` were added after them.
    const firstFour = summaryCsv(entries, { method: 'full' })
      .replace(/,method,note\r\n/, '\r\n')
      .replace(/,full,(?:"(?:[^"]|"")*"|[^,\r\n]*)\r\n/g, '\r\n');
    // The yen figures of the first four columns moved once, when the ledger began to book whole yen.
    expect(sha(firstFour)).toBe('0205e968ea371bde620d338b0574d620afd1cb093397861490ab423f2712fe97');
    expect(sha(monthlyCsv(entries, { method: 'headline' }))).toBe('41a9c70438292960a3a9ce57f2608eeaa7bfcd436dfc845057514285494ee8d3');
  });

  it('reconciles exactly in yen and with negative savings', () => {
    const yen: Scenario = {
      ...THREE_CHANNELS,
      name: 'Yen',
      finance: { ...THREE_CHANNELS.finance, currency: 'JPY' },
      ai: { ...THREE_CHANNELS.ai, upkeepPerMonth: 0.13, setupCost: 999.99 },
    };
    expect(expectChannelsReconcile(monthlyCsv([{ scenario: yen }]))).toBe(1);
  });

  it("writes a human-only channel's contacts and human contacts alike in every row, and still reconciles", () => {
    // Before, each column's channel cells were rounded to add up to the `all` row on their own,
    // and phone's two equal figures could be written a hundredth apart (190739.68 and 190739.64 in total).
    const s = applyQuery(
      '?preset=ecommerce&channels=chat:40,email:45,voice:15&ai.voice=off&automation.email=50&ai_pricing.voice=minute&ai_cost.voice=0.1',
    ).scenario;
    const csv = monthlyCsv([{ scenario: s }]);
    expect(expectChannelsReconcile(csv)).toBe(1);
    const [head, ...rows] = records(csv);
    const at = (name: string) => head!.indexOf(name);
    const voice = rows.filter((r) => r[at('channel')] === 'voice');
    expect(voice.length).toBe(s.finance.months + 1);
    for (const r of voice) expect(r[at('human_contacts')], `month ${r[at('month')]}`).toBe(r[at('contacts')]);
  });

  it('reconciles for generated scenarios with channels (property)', () => {
    const small = scenario
      .filter((s) => s.channels !== null)
      .map((s) => ({
        ...s,
        contactsPerMonth: Math.min(s.contactsPerMonth, 20_000),
        human: {
          ...s.human,
          maxOccupancyPct: Math.max(s.human.maxOccupancyPct, 50),
          serviceLevelPct: Math.min(s.human.serviceLevelPct, 95),
          patienceMinutes: Math.max(s.human.patienceMinutes, 0.5),
          seats: null,
          productiveHoursPerMonth: Math.max(s.human.productiveHoursPerMonth, 1),
          paidHoursPerMonth: Math.max(s.human.paidHoursPerMonth, 1),
        },
        channels: s.channels!.map((c) => ({ ...c, serviceLevelPct: c.serviceLevelPct === null ? null : Math.min(c.serviceLevelPct, 95) })),
        finance: { ...s.finance, months: Math.min(s.finance.months, 3) },
      }));
    fc.assert(
      fc.property(small, (s) => {
        expect(expectChannelsReconcile(monthlyCsv([{ scenario: s }]))).toBe(1);
      }),
      { numRuns: 15, seed: 1316 },
    );
  }, 120_000);
});

/**
 * Checks a monthly CSV with channels: per scenario and month every summed `all` cell is the
 * exact sum of the channel cells above it (staffing too, where the channels add up), and
 * every total row the exact sum of its channel's month rows.
 */
function expectChannelsReconcile(csv: string): number {
  const [header, ...rows] = records(csv);
  expect(header).toEqual([...CHANNEL_MONTHLY_COLUMNS]);
  const cols = CHANNEL_MONTHLY_COLUMNS.slice(3);
  let scenarios = 0;
  let month: string[][] = [];
  const months = new Map<string, string[][]>();
  for (const row of rows) {
    expect(row).toHaveLength(CHANNEL_MONTHLY_COLUMNS.length);
    const [, m, channel] = row as [string, string, string];
    if (m !== 'total') {
      if (channel !== 'all') {
        month.push(row);
        continue;
      }
      expect(month.length).toBeGreaterThan(0);
      cols.forEach((col, i) => {
        if (col === 'agent_equivalents' || col === 'staffed_fte' || col === 'cumulative_savings') return;
        const sum = month.reduce((s, r) => s.plus(new Money(r[i + 3]!)), new Money(0));
        expect(new Money(row[i + 3]!).eq(sum), `${row[0]} month ${m} ${col}: all ${row[i + 3]} vs channels ${sum.toFixed()}`).toBe(true);
      });
      for (const r of [...month, row]) months.set(r[2]!, [...(months.get(r[2]!) ?? []), r]);
      month = [];
      continue;
    }
    const block = months.get(channel) ?? [];
    cols.forEach((col, i) => {
      if (col === 'agent_equivalents' || col === 'staffed_fte' || col === 'cumulative_savings') {
        expect(row[i + 3]).toBe('');
        return;
      }
      const sum = block.reduce((s, r) => s.plus(new Money(r[i + 3]!)), new Money(0));
      expect(new Money(row[i + 3]!).eq(sum), `${row[0]} total ${channel} ${col}`).toBe(true);
    });
    if (channel === 'all') {
      scenarios++;
      months.clear();
    }
  }
  expect(month).toEqual([]);
  return scenarios;
}

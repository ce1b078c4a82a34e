import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryRows, MAX_SCENARIO_CATEGORIES } from '../../../../src/io/csv-import/category-rows';
import { MAX_COLUMNS, PREVIEW_BYTES, previewText } from '../../../../src/io/csv-import/preview';
import { MAX_CATEGORIES, MAX_LIVE_NAMES, NameSlots } from '../../../../src/io/csv-import/sinks';
import type { TicketAggregates } from '../../../../src/io/csv-import/types';
import { applyImport } from '../../../../src/io/csv-import/apply-import';
import { scanText } from '../../../../src/io/csv-import/stream';
import { presetScenario } from '../../../../src/model/presets';
import { PREVIEW_COLUMNS, shownColumns } from '../../../../src/ui/import/import-flow';
import { importTickets, preview } from './helpers';

function tickets(agg: { kind: string }): TicketAggregates {
  if (agg.kind !== 'tickets') throw new Error('expected tickets');
  return agg as TicketAggregates;
}

/** A ticket export: one row per name in `names`, on days of January 2024. */
function exportOf(names: readonly string[]): string {
  const rows = names.map((n, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')} 10:00,${n},120`);
  return ['created_at,category,handle_time_seconds', ...rows].join('\n');
}

describe('categories: the largest are kept apart, "Other" counts right', () => {
  it('250 one-ticket categories before one that holds 97.6 % of the tickets', () => {
    const names = [...Array.from({ length: 250 }, (_, i) => `Small ${i}`), ...Array.from({ length: 10_167 }, () => 'Big')];
    const scan = importTickets(exportOf(names));
    const agg = tickets(scan.aggregates);
    expect(agg.categories[0]).toMatchObject({ name: 'Big', contacts: 10_167, mergedNames: 0 });
    expect(agg.categories).toHaveLength(MAX_CATEGORIES + 1);
    const other = agg.categories.at(-1)!;
    // 251 names, 200 apart: the 51 others (one ticket each) are in "Other".
    expect(other).toMatchObject({ name: 'Other', contacts: 51, mergedNames: 51 });
    expect(agg.categories.reduce((s, c) => s + c.contacts, 0)).toBe(names.length);
    expect(scan.report.notes.join(' ')).toContain('51 smaller category names (51 tickets) were merged into "Other": the 200 largest are kept apart');
    // The monthly split per category agrees with the counts.
    const month = agg.dated!.months[0]!;
    expect(month.byCategory).toEqual(agg.categories.map((c) => c.contacts));
    // Big's handle time is its own, not diluted into Other.
    expect(agg.categories[0]!.handleMinutes!.count).toBe(10_167);

    // The scenario's 50: Big and 48 more apart, one "Other" holding the rest and counting the names in it.
    const rows = categoryRows(agg);
    expect(rows).toHaveLength(MAX_SCENARIO_CATEGORIES);
    expect(rows[0]).toMatchObject({ name: 'Big', contacts: 10_167 });
    expect(rows.filter((r) => r.name === 'Other')).toHaveLength(1);
    expect(rows.at(-1)).toMatchObject({ name: 'Other', contacts: 250 - 48, merged: 250 - 48 });
    expect(rows.reduce((s, r) => s + r.contacts, 0)).toBe(names.length);
  });

  it('a large category that first appears after more names than are held at once', () => {
    const small = Array.from({ length: MAX_LIVE_NAMES * 2 + 500 }, (_, i) => `Small ${i}`);
    const names = [...small, ...Array.from({ length: 3000 }, () => 'Late and large')];
    const agg = tickets(importTickets(exportOf(names)).aggregates);
    expect(agg.categories[0]).toMatchObject({ name: 'Late and large', contacts: 3000 });
    const other = agg.categories.at(-1)!;
    expect(other).toMatchObject({ name: 'Other', contacts: small.length - (MAX_CATEGORIES - 1), mergedNames: small.length - (MAX_CATEGORIES - 1) });
    expect(agg.categories.reduce((s, c) => s + c.contacts, 0)).toBe(names.length);
    expect(agg.dated!.months[0]!.byCategory).toEqual(agg.categories.map((c) => c.contacts));
    expect(other.handleMinutes!.count).toBe(other.contacts);
  });

  it('a name folded early comes back apart when it turns out large', () => {
    const names = ['Early', ...Array.from({ length: MAX_LIVE_NAMES + 10 }, (_, i) => `Small ${i}`), ...Array.from({ length: 500 }, () => 'Early')];
    const agg = tickets(importTickets(exportOf(names)).aggregates);
    const early = agg.categories.find((c) => c.name === 'Early')!;
    // Its first ticket stayed in Other when it was folded; the rest are its own.
    expect(early.contacts).toBeGreaterThanOrEqual(499);
    expect(agg.categories[0]!.name).toBe('Early');
    expect(agg.categories.reduce((s, c) => s + c.contacts, 0)).toBe(names.length);
  });

  it('property: counts add up and a name with most of the rows is kept apart', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 600 }), fc.integer({ min: 0, max: 600 }), (ids, bigAt) => {
        // One name takes as many rows as all others together, inserted at a random place.
        const big = Array.from({ length: ids.length + 1 }, () => -1);
        const seq = [...ids.slice(0, bigAt), ...big, ...ids.slice(bigAt)];
        const slots = new NameSlots(5, () => {}, 20);
        for (const id of seq) slots.counts[slots.indexOf(id < 0 ? 'BIG' : `n${id}`, 'None')]!++;
        const order = slots.settle();
        const total = order.reduce((s, i) => s + slots.counts[i]!, 0);
        expect(total).toBe(seq.length);
        const top = order[0]!;
        expect(slots.names[top]).toBe('BIG');
        const distinct = new Set(ids).size;
        const apart = order.filter((i) => i !== slots.other).length;
        expect(apart).toBe(Math.min(5, distinct + 1));
      }),
    );
  });
});

describe('wide files: a message naming the limit, before any column list is built', () => {
  it('100,000 columns, cut by the preview bytes, are refused with the count seen and the limit', () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
    const text = `${header}\n${Array.from({ length: 100_000 }, () => '1').join(',')}\n`;
    const head = text.slice(0, PREVIEW_BYTES);
    const p = previewText(head, false);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issues[0]!.row).toBe(1);
    expect(p.issues[0]!.message).toMatch(
      /^The header row has at least [\d,]+ columns \(it does not end within the first 256 KB\); the importer reads files of up to 1,000 columns/,
    );
  });

  it('a whole file one column over the limit names its exact width', () => {
    const width = MAX_COLUMNS + 1;
    const text = `${Array.from({ length: width }, (_, i) => `c${i}`).join(',')}\n${Array.from({ length: width }, () => '1').join(',')}\n`;
    const p = previewText(text, true);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.issues[0]!.message).toContain('The header row has 1,001 columns; the importer reads files of up to 1,000 columns');
    const fits = previewText(
      `${Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`).join(',')}\n${Array.from({ length: MAX_COLUMNS }, () => '1').join(',')}\n`,
      true,
    );
    expect(fits.ok).toBe(true);
  });
});

describe('absurd numbers: rejected with row and column, never NaN downstream', () => {
  const scenario = presetScenario('ecommerce');

  /** One week of hourly intervals from Monday 2024-01-01, with some counts replaced. */
  function week(replace: Record<number, string>): string {
    const lines = ['interval_start,contacts'];
    for (let h = 0; h < 168; h++) {
      const day = 1 + Math.floor(h / 24);
      lines.push(`2024-01-${String(day).padStart(2, '0')} ${String(h % 24).padStart(2, '0')}:00,${replace[lines.length + 1] ?? '10'}`);
    }
    return lines.join('\n');
  }

  it('an interval file with 1e308 counts', () => {
    const text = week({ 5: '1e308', 7: '1e309', 9: '99999999999', 11: '100000000' });
    const p = preview(text);
    expect(p.kind).toBe('intervals');
    const out = scanText(text, { kind: 'intervals', dialect: p.dialect, mapping: p.intervals, dateOrder: 'auto', intervalMinutes: 'auto' });
    if (!out.ok) throw new Error(out.issues[0]!.message);
    const r = out.value.report;
    expect(r.rejections.map((x) => [x.row, x.column])).toEqual([
      [5, 'contacts'],
      [7, 'contacts'],
      [9, 'contacts'],
    ]);
    expect(r.rejections[0]!.reason).toBe('Count "1e308" is more contacts than one interval can hold (accepted: 0 to 100,000,000)');
    expect(r.rejections[1]!.reason).toContain('"1e309" is not a number of contacts');
    expect(r.importedRows).toBe(165);
    const agg = out.value.aggregates;
    if (agg.kind !== 'intervals') throw new Error('intervals');
    expect(agg.totalContacts).toBe(164 * 10 + 100_000_000);
    const applied = applyImport(scenario, agg, []);
    // The 100,000,000 row is taken; the month it makes is beyond the planner's limit and says so, naming the field.
    if (applied.ok) throw new Error('expected the volume to be refused');
    expect(applied.issues.map((i) => i.message).join(' ')).toContain('Contacts per month are limited to 100,000,000');
    expect(JSON.stringify(applied.issues)).not.toContain('NaN');
  });

  it('property: any count cell either imports into a valid profile or is rejected naming its row', () => {
    const huge = fc.oneof(
      fc.double({ min: 0, max: 1e308, noNaN: true }).map((v) => String(v)),
      fc.constantFrom('1e308', '-1e308', '1e400', 'Infinity', 'NaN', '1.7976931348623157e308', '0x10', '1,000,000,000,000'),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.integer({ min: 2, max: 169 }).map(String), huge, { maxKeys: 8 }), (replace) => {
        const text = week(Object.fromEntries(Object.entries(replace).map(([k, v]) => [Number(k), v])));
        const out = scanText(text, {
          kind: 'intervals',
          dialect: { delimiter: ',', newline: '\n', decimal: 'dot' },
          mapping: { timestamp: 0, time: null, count: 1 },
          dateOrder: 'auto',
          intervalMinutes: 60,
        });
        if (!out.ok) throw new Error(out.issues[0]!.message);
        for (const x of out.value.report.rejections) {
          expect(x.column).toBe('contacts');
          expect(String(replace[x.row])).toBeDefined();
        }
        const agg = out.value.aggregates;
        if (agg.kind !== 'intervals') throw new Error('intervals');
        expect(Number.isFinite(agg.totalContacts)).toBe(true);
        for (const w of agg.dated?.hourOfWeek ?? []) expect(Number.isFinite(w)).toBe(true);
        const applied = applyImport(scenario, agg, []);
        expect(JSON.stringify(applied)).not.toMatch(/NaN|Infinity/);
      }),
    );
  });

  it('a category table with 1e308 contacts and a resolution time of 1e308 seconds', () => {
    const table = 'category,contacts_per_month,handle_minutes,tier\nOrders,1e308,5,1\nRefunds,2000,8,2\n';
    const p = preview(table);
    const out = scanText(table, { kind: 'category-table', dialect: p.dialect, mapping: p.categoryTable });
    if (!out.ok) throw new Error(out.issues[0]!.message);
    expect(out.value.report.rejections[0]).toMatchObject({
      row: 2,
      column: 'contacts_per_month',
      reason: 'Contacts per month "1e308" is more than the planner models (accepted: 0 to 100,000,000)',
    });
    const scan = importTickets('created_at,category,resolution_seconds\n2024-01-01 10:00,Orders,1e308\n2024-01-01 11:00,Orders,600\n');
    expect(scan.report.rejections[0]).toMatchObject({
      row: 2,
      column: 'resolution_seconds',
      reason: 'Resolution time "1e308" is longer than 365 days (accepted: 0 to 365 days)',
    });
    expect(scan.report.importedRows).toBe(1);
  });
});

describe('dates in years 1 and 9999', () => {
  it('the created-time column is still found, and those rows are rejected naming the year', () => {
    const rows = ['created_at,subject,handle_seconds'];
    const cells = ['0001-01-01 00:00', '9999-12-31 23:59', '2024-03-05 10:00', '31/12/9999', '0001-01-01T00:00:00Z', '2024-03-06 11:00'];
    for (let i = 0; i < 60; i++) rows.push(`${cells[i % cells.length]},Order ${i % 3},120`);
    const text = rows.join('\n');
    expect(preview(text).tickets.created).toBe(0);
    const scan = importTickets(text);
    expect(scan.report.importedRows).toBe(20);
    expect(scan.report.rejectedRows).toBe(40);
    expect(scan.report.rejections[0]).toMatchObject({ row: 2, column: 'created_at' });
    expect(scan.report.rejections[0]!.reason).toBe(
      '"0001-01-01 00:00" is in the year 1, outside the years read (accepted: dates from 1900 to 2199; a placeholder such as 0001-01-01 means the ticket has no created time)',
    );
    expect(scan.report.rejections[1]!.reason).toContain('is in the year 9999');
    expect(scan.report.rejections[2]!.reason).toContain('"31/12/9999" is in the year 9999');
    const agg = tickets(scan.aggregates);
    expect(agg.dated!.months.map((m) => [m.month, m.contacts])).toEqual([['2024-03', 20]]);
  });
});

describe('the preview table of a wide file', () => {
  it('shows the first columns and the mapped ones past them, in file order', () => {
    expect(shownColumns(5, new Map())).toEqual([0, 1, 2, 3, 4]);
    expect(
      shownColumns(
        1000,
        new Map([
          [900, ['Created time']],
          [3, ['CSAT']],
          [40, ['Channel']],
        ]),
      ),
    ).toEqual([...Array.from({ length: PREVIEW_COLUMNS }, (_, i) => i), 40, 900]);
  });
});

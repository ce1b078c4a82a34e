import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryRows, MAX_SCENARIO_CATEGORIES } from '../../../../src/io/csv-import/category-rows';
import { MAX_CATEGORIES, MAX_LIVE_NAMES, NameSlots } from '../../../../src/io/csv-import/sinks';
import type { TicketAggregates } from '../../../../src/io/csv-import/types';
import { importTickets } from './helpers';

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

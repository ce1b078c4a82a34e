import { describe, expect, it } from 'vitest';
import { applyImport, importedResolution, monthlyVolume } from '../../../../src/io/csv-import/apply-import';
import { categoryRows, withTier } from '../../../../src/io/csv-import/category-rows';
import { categoryTableTemplate } from '../../../../src/io/csv-import/apply-import';
import { scanText } from '../../../../src/io/csv-import/stream';
import { presetScenario } from '../../../../src/model/presets';
import { fixture, importTickets, preview } from './helpers';

describe('applyImport', () => {
  const scenario = presetScenario('ecommerce');
  const before = structuredClone(scenario);
  const scan = importTickets(fixture('tickets-basic.csv'));

  it('suggests tiers the user can edit', () => {
    const rows = categoryRows(scan.aggregates);
    expect(rows.map((r) => [r.name, r.contacts, r.tier])).toEqual([
      ['Order status', 4, 1],
      ['Refund request', 2, 2],
      ['Complaint', 1, 3],
    ]);
    expect(rows[0]!.sharePct).toBeCloseTo((4 / 7) * 100, 12);
    const edited = withTier(rows, 1, 3);
    expect(edited[1]).toMatchObject({ tier: 3, suggestedBy: 'your choice' });
    expect(rows[1]).toMatchObject({ tier: 2, suggestedBy: 'keyword "refund"' });
  });

  it('builds a valid new scenario from the aggregates and leaves the old one as it was', () => {
    const rows = withTier(categoryRows(scan.aggregates), 0, 1);
    const result = applyImport(scenario, scan.aggregates, rows);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const next = result.value;
    expect(scenario).toEqual(before);
    // January (4) and February (2) are the complete months; March is cut.
    expect(next.contactsPerMonth).toBe(3);
    expect(next.channel).toBe('chat');
    const tier1 = scenario.categories.filter((c) => c.tier === 1);
    expect(next.categories).toEqual([
      {
        id: 'order-status',
        name: 'Order status',
        sharePct: (4 / 7) * 100,
        tier: 1,
        handleMinutes: 2.5,
        aiEligible: true,
        resolutionPct: tier1[0]!.resolutionPct,
      },
      {
        id: 'refund-request',
        name: 'Refund request',
        sharePct: (2 / 7) * 100,
        tier: 2,
        handleMinutes: 4.5,
        aiEligible: true,
        resolutionPct: expect.any(Number),
      },
      { id: 'complaint', name: 'Complaint', sharePct: (1 / 7) * 100, tier: 3, handleMinutes: 10, aiEligible: false, resolutionPct: 0 },
    ]);
    const profile = next.arrivalProfile!;
    expect(profile).toHaveLength(168);
    expect(profile[9]).toBeCloseTo(1 / 7, 15);
    expect(profile.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('keeps the scenario handle time where the file has none', () => {
    const text = 'created,type\n2024-01-01 10:00,Billing\n';
    const s = importTickets(text);
    const result = applyImport(scenario, s.aggregates, categoryRows(s.aggregates));
    if (!result.ok) throw new Error('apply failed');
    const weighted = scenario.categories.reduce((a, c) => a + c.handleMinutes * c.sharePct, 0) / scenario.categories.reduce((a, c) => a + c.sharePct, 0);
    expect(result.value.categories[0]!.handleMinutes).toBeCloseTo(weighted, 12);
    // One day of data: 1 contact a day is 30.4375 a month.
    expect(result.value.contactsPerMonth).toBeCloseTo(365.25 / 12, 12);
  });

  it("sets the human resolution time to the mean of the file's resolution times, keeps the AI's, and says so", () => {
    // Resolution times 30 min, 1 h 30, 26 h (minutes): mean (30 + 90 + 1,560) / 3 = 560 min = 9.3 h, median 90 min.
    const text =
      'created,type,resolution minutes\n2024-01-01 10:00,Billing,30\n2024-01-01 11:00,Billing,90\n2024-01-02 09:00,Billing,1560\n2024-01-02 10:00,Billing,\n';
    const s = importTickets(text);
    const line = importedResolution(s.aggregates);
    expect(line).toEqual({
      minutes: 560,
      text: "Human resolution time from 3 tickets with one: mean 9.3 h, median 90 min; the mean becomes the scenario's human resolution time.",
    });
    const result = applyImport(scenario, s.aggregates, categoryRows(s.aggregates));
    if (!result.ok) throw new Error('apply failed');
    expect(result.value.experience.resolutionMinutesHuman).toBe(560);
    expect(result.value.experience.resolutionMinutesAi).toBe(scenario.experience.resolutionMinutesAi);
    // Without a resolution column the scenario's is kept, and nothing is said.
    const none = importTickets('created,type\n2024-01-01 10:00,Billing\n');
    expect(importedResolution(none.aggregates)).toEqual({ minutes: null, text: '' });
    const kept = applyImport(scenario, none.aggregates, categoryRows(none.aggregates));
    expect(kept.ok && kept.value.experience.resolutionMinutesHuman).toBe(scenario.experience.resolutionMinutesHuman);
  });

  it('reads a category table into the mix and the monthly volume', () => {
    const text = categoryTableTemplate();
    const p = preview(text);
    const out = scanText(text, { kind: 'category-table', dialect: p.dialect, mapping: p.categoryTable });
    if (!out.ok) throw new Error('scan failed');
    const result = applyImport(scenario, out.value.aggregates, categoryRows(out.value.aggregates));
    if (!result.ok) throw new Error('apply failed');
    expect(result.value.contactsPerMonth).toBe(60000);
    expect(result.value.categories.map((c) => c.tier)).toEqual([1, 1, 1, 2, 3, 2, 3]);
  });

  it('returns issues instead of a scenario the schema refuses', () => {
    const rows = categoryRows(scan.aggregates).map((r) => ({ ...r, handleMinutes: 900 }));
    const result = applyImport(scenario, scan.aggregates, rows);
    expect(result.ok).toBe(false);
    expect(scenario).toEqual(before);
  });
});

describe('monthlyVolume', () => {
  it('scales a short span of interval data to an average month', () => {
    const v = monthlyVolume(
      {
        firstMinute: 0,
        lastMinute: 1440 - 15,
        months: [{ month: '1970-01', contacts: 100, complete: false, byCategory: [100] }],
        hourOfWeek: null,
        withoutTime: 0,
      },
      15,
    );
    expect(v).toEqual({ contactsPerMonth: 100 * (365.25 / 12), basis: 'span', months: 0, days: 1 });
  });
});

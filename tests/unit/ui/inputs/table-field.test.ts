import { describe, expect, it } from 'vitest';
import { inputLabel, NUMBER_FIELDS, presetScenario } from '../../../../src/model';
import { Planner } from '../../../../src/state/planner.svelte';
import { aiPriceField, costField, otherCostFields } from '../../../../src/ui/inputs/fields';
import { tableField } from '../../../../src/ui/inputs/table-field';

const planner = () => new Planner({ scenarios: [presetScenario('ecommerce')], activeIndex: 0 });

describe('inputs read from the field table', () => {
  it('labels each input as the table does, with the currency filled in', () => {
    const p = planner();
    expect(tableField(p, 'human.shrinkagePct').label).toBe('Shrinkage (%)');
    expect(tableField(p, 'ai.setupCost').label).toBe(`One-time implementation cost (${p.scenario.finance.currency})`);
    expect(tableField(p, 'experience.csat.tier2.ai').label).toBe('CSAT tier 2, AI (%)');
    expect(tableField(p, 'categories.0.handleMinutes').label).toBe('Handle time (agent minutes)');
  });

  it('gives every input a label of its own, with no word left unfilled', () => {
    const words = { currency: 'EUR', channel: 'Email', pricing: 'resolution', unit: 'per resolution' };
    const labels = NUMBER_FIELDS.map((f) => inputLabel(f.path, words));
    for (const label of labels) expect(label).not.toMatch(/[{}]/);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('edits through the field: a nullable field may be emptied, the others refuse empty with the message the schema gives', () => {
    const p = planner();
    const seats = tableField(p, 'human.seats');
    expect(seats.hint).toBe('Empty: staff to the target; a number: what that headcount achieves');
    seats.onInput('12');
    expect(p.scenario.human.seats).toBe(12);
    tableField(p, 'human.seats').onInput('');
    expect(p.scenario.human.seats).toBeNull();
    tableField(p, 'human.shrinkagePct').onInput('96');
    expect(tableField(p, 'human.shrinkagePct').draft?.message).toContain('Shrinkage above 95 %');
    expect(p.scenario.human.shrinkagePct).not.toBe(96);
  });

  it('shows whole-number inputs without decimals', () => {
    const p = planner();
    expect(tableField(p, 'finance.months').digits).toBe(0);
    expect(tableField(p, 'human.openFromHour').digits).toBe(0);
    expect(tableField(p, 'human.shrinkagePct').digits).toBeUndefined();
  });

  it("labels quick mode's cost and price fields by the basis and pricing in use", () => {
    const s = presetScenario('ecommerce');
    const cur = s.finance.currency;
    expect(costField(s)).toEqual({ path: 'human.costPerHour', label: `Loaded cost per agent hour (${cur})`, value: s.human.costPerHour });
    const fte = { ...s, human: { ...s.human, costBasis: 'fte-year' as const } };
    expect(costField(fte).label).toBe(`Loaded cost per FTE-year (${cur})`);
    expect(otherCostFields(fte).map((f) => f.label)).toEqual([`Loaded cost per agent hour (${cur})`, `Cost per human contact (${cur})`]);
    expect(aiPriceField({ ...s, ai: { ...s.ai, pricing: 'session' } }).label).toBe(`AI price per session (${cur})`);
    expect(aiPriceField({ ...s, ai: { ...s.ai, pricing: 'tokens' } }).label).toBe(`AI price per million tokens (${cur})`);
  });

  it("gives quick mode's cost and price inputs the labels quick mode describes, the price named by the scenario's pricing unit", () => {
    for (const pricing of ['resolution', 'session', 'tokens', 'minute'] as const) {
      for (const costBasis of ['hour', 'fte-year', 'contact'] as const) {
        const p = planner();
        p.setValue('ai.pricing', pricing);
        p.setValue('human.costBasis', costBasis);
        const s = p.scenario;
        expect(tableField(p, costField(s).path)).toMatchObject({ label: costField(s).label, value: costField(s).value });
        expect(tableField(p, aiPriceField(s).path)).toMatchObject({ label: aiPriceField(s).label, value: aiPriceField(s).value });
      }
    }
  });

  it('reads and edits the category of the index in the path', () => {
    const p = planner();
    const second = p.scenario.categories[1]!;
    const share = tableField(p, 'categories.1.sharePct');
    expect(share).toMatchObject({ label: 'Share of volume (%)', value: second.sharePct, hint: '' });
    share.onInput('12.5');
    expect(p.scenario.categories[1]!.sharePct).toBe(12.5);
    expect(p.scenario.categories[0]!.sharePct).not.toBe(12.5);
    tableField(p, 'categories.1.handleMinutes').onInput('-3');
    expect(tableField(p, 'categories.1.handleMinutes').draft?.raw).toBe('-3');
    expect(p.scenario.categories[1]!.handleMinutes).toBe(second.handleMinutes);
  });
});

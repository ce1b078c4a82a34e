import { describe, expect, it } from 'vitest';
import { AI_PRICINGS, CHANNELS, COST_BASES, KIND_NAMES, STAFFING_MODELS } from '../../../../src/model';
import { AI_PRICING_OPTIONS, PRICING_LABELS, PRICING_OPTIONS } from '../../../../src/ui/inputs/channel-fields';
import { COST_BASIS_OPTIONS, SINGLE_CHANNEL_OPTIONS, STAFFING_MODEL_OPTIONS, TIER_OPTIONS, type SelectOption } from '../../../../src/ui/inputs/fields';

const values = <T>(options: readonly SelectOption<T>[]) => options.map((o) => o.value);
const labels = <T>(options: readonly SelectOption<T>[]) => options.map((o) => o.label);

describe('the choices of the inputs view', () => {
  it('offers each value the scenario accepts once, each under a label of its own', () => {
    for (const [options, accepted] of [
      [COST_BASIS_OPTIONS, COST_BASES],
      [STAFFING_MODEL_OPTIONS, STAFFING_MODELS],
      [AI_PRICING_OPTIONS, AI_PRICINGS],
      [SINGLE_CHANNEL_OPTIONS, CHANNELS],
    ] as const) {
      expect([...values<string>(options)].sort()).toEqual([...accepted].sort());
      expect(new Set(labels<string>(options)).size).toBe(options.length);
    }
  });

  it("names the AI pricing models the same way in the scenario's select and in each channel's, where the first choice follows the scenario", () => {
    expect(labels(AI_PRICING_OPTIONS)).toEqual(['Per resolution', 'Per conversation (attempt)', 'Per session', 'Tokens', 'Per minute (voice AI)']);
    for (const o of AI_PRICING_OPTIONS) expect(o.label).toBe(PRICING_LABELS[o.value]);
    expect(PRICING_OPTIONS).toEqual([{ value: '', label: 'As the scenario' }, ...AI_PRICING_OPTIONS]);
  });

  it('lists the cost bases, queue models and single channels in the order the editor shows them', () => {
    expect(COST_BASIS_OPTIONS).toEqual([
      { value: 'hour', label: 'Loaded cost per agent hour' },
      { value: 'fte-year', label: 'Loaded cost per FTE-year' },
      { value: 'contact', label: 'Direct cost per contact' },
    ]);
    expect(labels(STAFFING_MODEL_OPTIONS)).toEqual(['Erlang C (no abandonment)', 'Erlang A (customers abandon)']);
    // The kind's name as the channel editor writes it (KIND_NAMES): one word for one kind.
    expect(labels(SINGLE_CHANNEL_OPTIONS)).toEqual(['Chat', 'Phone', 'Email']);
    expect(labels(SINGLE_CHANNEL_OPTIONS)).toEqual(SINGLE_CHANNEL_OPTIONS.map((o) => KIND_NAMES[o.value]));
  });

  it('offers the three tiers in order under one set of names, for the category table and the import alike', () => {
    expect(TIER_OPTIONS.map((o) => o.value)).toEqual([1, 2, 3]);
    expect(labels(TIER_OPTIONS)).toEqual(['1: lookup, FAQ', '2: policy and action', '3: complex']);
  });
});

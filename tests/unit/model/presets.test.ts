import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS, parseScenario, presetScenario, sourceOf, automationRate } from '../../../src/model';

describe('presets', () => {
  it.each(PRESET_IDS)('%s is a valid scenario', (id) => {
    const r = parseScenario(presetScenario(id));
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it.each(PRESET_IDS)('%s names a source for every key figure', (id) => {
    for (const field of [
      'contactsPerMonth',
      'categories',
      'categories.0.handleMinutes',
      'categories.0.resolutionPct',
      'human.costPerHour',
      'ai.pricePerUnit',
      'quality.errorRatePct',
      'ramp',
      'experience.resolutionMinutesHuman',
    ]) {
      const src = sourceOf(id, field);
      expect(src, `${id} ${field}`).not.toBeNull();
      expect(src!.source.length).toBeGreaterThan(5);
    }
  });

  it('sets each business type inside its published autonomous-resolution range', () => {
    const ranges = { ecommerce: [75, 85], saas: [60, 70], 'professional-services': [40, 55], 'b2b-enterprise': [30, 45] } as const;
    for (const [id, [low, high]] of Object.entries(ranges)) {
      for (const c of PRESETS[id as keyof typeof ranges].scenario.categories.filter((x) => x.aiEligible)) {
        expect(c.resolutionPct).toBeGreaterThanOrEqual(low);
        expect(c.resolutionPct).toBeLessThanOrEqual(high);
      }
    }
  });

  it('keeps tier 3 human-only by policy', () => {
    for (const id of PRESET_IDS) for (const c of PRESETS[id].scenario.categories) if (c.tier === 3) expect(c.aiEligible).toBe(false);
  });

  it('gives Klarna 2024 two thirds of 3.45 million chats to the AI', () => {
    const s = presetScenario('klarna-2024');
    expect(s.contactsPerMonth).toBeCloseTo(3_450_000, 6);
    expect(automationRate(s) * s.contactsPerMonth).toBeCloseTo(2_300_000, 3);
  });

  it('uses the 30/60/90 ramp: 0.667, 0.867, 1.0 of steady state', () => {
    expect(presetScenario('ecommerce').ramp).toEqual([0.667, 0.867, 1]);
  });

  it('returns a copy that callers may change', () => {
    const s = presetScenario('saas');
    s.categories[0]!.handleMinutes = 99;
    expect(presetScenario('saas').categories[0]!.handleMinutes).not.toBe(99);
  });
});

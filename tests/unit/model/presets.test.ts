import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS, calculate, parseScenario, presetScenario, sourceOf, automationRate, typicalChannels } from '../../../src/model';

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

describe('typical channels of the business types', () => {
  const business = PRESET_IDS.filter((id) => !id.startsWith('klarna'));

  it.each(business)('%s offers three channels adding up to 100 %, stated as an assumption, and its own scenario stays one channel', (id) => {
    const t = typicalChannels(id)!;
    expect(t.channels).toHaveLength(3);
    expect(t.channels.reduce((a, c) => a + c.sharePct, 0)).toBe(100);
    expect(sourceOf(id, 'channels.0.sharePct')?.source).toMatch(/^Assumption: /);
    // A readable link naming the preset keeps the figures it always had.
    expect(presetScenario(id).channels).toBeNull();
    const s = { ...presetScenario(id), channels: t.channels };
    const r = parseScenario(s);
    expect(r.ok ? [] : r.issues).toEqual([]);
    const summary = calculate(s).full.summary;
    expect(Number.isFinite(summary.staffedFteWithAi)).toBe(true);
    expect(summary.responseLevelPct).not.toBeNull();
  });

  it('gives e-commerce chat 45 %, email 40 %, phone 15 %, each with its kind’s target', () => {
    const t = typicalChannels('ecommerce')!;
    expect(t.text).toBe('chat 45 %, email 40 %, phone 15 %');
    expect(t.channels.map((c) => [c.id, c.kind, c.sharePct, c.serviceLevelPct, c.targetSeconds])).toEqual([
      ['chat', 'chat', 45, null, 60],
      ['email', 'email', 40, 90, 14_400],
      ['voice', 'voice', 15, null, 20],
    ]);
  });

  it('has none for the Klarna presets, which stay chat, nor for a scenario without a preset', () => {
    expect(typicalChannels('klarna-2024')).toBeNull();
    expect(typicalChannels('klarna-2025')).toBeNull();
    expect(typicalChannels(null)).toBeNull();
  });
});

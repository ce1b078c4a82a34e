import { describe, expect, it } from 'vitest';
import { calculate, reconcileKlarna, presetScenario } from '../../../src/model';
import { workedScenario } from './fixtures';

describe('qualityView', () => {
  it('blends AI and human CSAT by the AI-resolved share of each tier', () => {
    const base = workedScenario({
      categories: [
        { id: 'a', name: 'Simple', sharePct: 80, tier: 1, handleMinutes: 5, aiEligible: true, resolutionPct: 50 },
        { id: 'b', name: 'Complex', sharePct: 20, tier: 3, handleMinutes: 15, aiEligible: true, resolutionPct: 50 },
      ],
    });
    const s = {
      ...base,
      experience: { ...base.experience, csat: { tier1: { human: 80, ai: 90 }, tier2: { human: 80, ai: 80 }, tier3: { human: 80, ai: 60 } } },
    };
    const q = calculate(s).quality;
    // Tier 1: half AI at 90, half human at 80 = 85. Tier 3: half at 60, half at 80 = 70.
    expect(q.tiers.map((t) => t.csatAfter)).toEqual([85, 70]);
    // Blended: 0.8 x 85 + 0.2 x 70 = 82 against 80 before: the blend rises while tier 3 falls.
    expect(q.blendedAfter).toBeCloseTo(82, 12);
    expect(q.blendedBefore).toBeCloseTo(80, 12);
    expect(q.hiddenDecline).toBe(true);
    expect(q.decliningTiers).toEqual([3]);
    expect(q.escalationRatePct).toBeCloseTo(50, 12);
    // The breakdown's tier rows carry the CSAT before as a figure, for the page to write in
    // its reader's locale ("Before: 80,0 %"), not as text the model wrote.
    const tierRows = calculate(s).breakdown.filter((r) => r.metric.startsWith('CSAT tier'));
    expect(tierRows.map((r) => [r.metric, r.before, r.note])).toEqual([
      ['CSAT tier 1', { kind: 'pct', value: 80 }, 'Per-tier CSAT is not reported in announcements.'],
      ['CSAT tier 3', { kind: 'pct', value: 80 }, 'Per-tier CSAT is not reported in announcements.'],
    ]);
  });

  it('reports the share of volume that is human by policy', () => {
    expect(calculate(presetScenario('ecommerce')).quality.humanByPolicyPct).toBeCloseTo(20, 12);
  });
});

describe('reconcileKlarna', () => {
  const k = reconcileKlarna();
  it('reads 11 minutes as agent time: 421,667 hours, 2,635 agents', () => {
    expect(k.naiveHoursPerMonth).toBeCloseTo((2_300_000 * 11) / 60, 6);
    expect(k.naiveAgents).toBeCloseTo(2635.4166666666665, 9);
  });
  it('implies 2.92 agent minutes per chat, or 3.76 chats at once', () => {
    expect(k.impliedAgentMinutesPerChat).toBeCloseTo(2.9217391304347826, 12);
    expect(k.impliedConcurrency).toBeCloseTo(3.7648809523809526, 12);
  });
  it('implies $1.45 saved per AI chat and $57,143 per FTE-year', () => {
    expect(k.impliedSavingPerAiChat).toBeCloseTo(40_000_000 / 27_600_000, 12);
    expect(k.impliedCostPerFteYear).toBeCloseTo(57142.857142857145, 6);
    expect(k.laterImpliedCostPerFteYear).toBeCloseTo(60_000_000 / 853, 6);
  });
  it('gives the announced preset 700 agents of AI work and about $40 million a year on the headline method', () => {
    const h = calculate(presetScenario('klarna-2024')).headline.summary;
    expect(h.agentEquivalentsAiWork).toBeCloseTo(700, 6);
    // 112,000 hours x $29.76 x 12 = $39,997,440.
    expect(h.annualSavings.toFixed(2)).toBe('39997440.00');
  });
});

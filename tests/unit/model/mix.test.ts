import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { automationRate, attemptableShare, averageHandleMinutes, withAutomation, withAverageHandle } from '../../../src/model/mix';
import { presetScenario } from '../../../src/model';

describe('the typical e-commerce mix', () => {
  const s = presetScenario('ecommerce');
  it('has 80 % AI-eligible volume and 60.8 % automation (80 % x 95 % x 80 %)', () => {
    expect(attemptableShare(s)).toBeCloseTo(0.76, 12);
    expect(automationRate(s)).toBeCloseTo(0.608, 12);
  });
  it('averages 8.225 handle minutes (0.5 x 5 + 0.175 x 7 + 0.125 x 10 + 0.125 x 14 + 0.075 x 20)', () => {
    expect(averageHandleMinutes(s.categories)).toBeCloseTo(8.225, 12);
  });
});

describe('withAutomation', () => {
  const s = presetScenario('ecommerce');
  it('rescales resolution rates to the requested share of all contacts', () => {
    const r = withAutomation(s, 40);
    expect(r.ok).toBe(true);
    if (r.ok) expect(automationRate({ ...s, categories: r.categories })).toBeCloseTo(0.4, 12);
  });
  it('refuses automation above what the AI may attempt, naming the ceiling', () => {
    const r = withAutomation(s, 80);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('76 %');
  });
  it('caps single categories at 100 % and raises the others (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 76, noNaN: true }), (pct) => {
        const r = withAutomation(s, pct);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        for (const c of r.categories) expect(c.resolutionPct).toBeLessThanOrEqual(100 + 1e-9);
        expect(automationRate({ ...s, categories: r.categories }) * 100).toBeCloseTo(pct, 9);
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe('withAverageHandle', () => {
  it('scales every category so the weighted average equals the request', () => {
    const s = presetScenario('saas');
    const cats = withAverageHandle(s.categories, 10);
    expect(averageHandleMinutes(cats)).toBeCloseTo(10, 12);
    expect(cats[0]!.handleMinutes / cats[4]!.handleMinutes).toBeCloseTo(5 / 20, 12);
  });
});

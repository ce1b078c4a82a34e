import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_HANDLE_MINUTES, automationRate, attemptableShare, averageHandleMinutes, withAutomation, withAverageHandle } from '../../../src/model/mix';
import { parseScenario } from '../../../src/model';
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

  it('reaches the documented maximum of 600 minutes: every category at 600, and the scenario valid', () => {
    const s = presetScenario('saas');
    const cats = withAverageHandle(s.categories, 600);
    expect(cats.map((c) => c.handleMinutes)).toEqual(s.categories.map(() => 600));
    expect(parseScenario({ ...s, categories: cats }).ok).toBe(true);
  });

  it('holds a category that would pass 600 minutes at 600 and raises the others to make up the average', () => {
    const s = presetScenario('saas');
    const cats = withAverageHandle(s.categories, 300);
    expect(averageHandleMinutes(cats)).toBeCloseTo(300, 9);
    expect(Math.max(...cats.map((c) => c.handleMinutes))).toBe(600);
    expect(parseScenario({ ...s, categories: cats }).ok).toBe(true);
    // The uncapped categories keep their proportions.
    const free = cats.map((c, i) => [c.handleMinutes, s.categories[i]!.handleMinutes] as const).filter(([m]) => m < 600);
    for (const [m, before] of free) expect(m / before).toBeCloseTo(free[0]![0] / free[0]![1], 9);
  });

  it('gives 0-minute categories the rest only when every other one is at 600', () => {
    const [a, b] = presetScenario('saas').categories;
    const cats = withAverageHandle(
      [
        { ...a!, sharePct: 50, handleMinutes: 10 },
        { ...b!, sharePct: 50, handleMinutes: 0 },
      ],
      450,
    );
    expect(cats.map((c) => c.handleMinutes)).toEqual([600, 300]);
    expect(
      withAverageHandle(
        [
          { ...a!, sharePct: 50, handleMinutes: 10 },
          { ...b!, sharePct: 50, handleMinutes: 0 },
        ],
        4,
      ).map((c) => c.handleMinutes),
    ).toEqual([8, 0]);
  });

  it('meets any average from 0.01 to 600 minutes within the bounds of a category (property)', () => {
    const base = presetScenario('saas');
    const category = fc.record({
      sharePct: fc.double({ min: 0, max: 100, noNaN: true }),
      handleMinutes: fc.double({ min: 0, max: MAX_HANDLE_MINUTES, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(category, { minLength: 1, maxLength: 8 }), fc.double({ min: 0.01, max: MAX_HANDLE_MINUTES, noNaN: true }), (picked, target) => {
        const cats = picked.map((p, i) => ({ ...base.categories[i % base.categories.length]!, name: `c${i}`, ...p }));
        const out = withAverageHandle(cats, target);
        for (const c of out) {
          expect(c.handleMinutes).toBeGreaterThanOrEqual(0);
          expect(c.handleMinutes).toBeLessThanOrEqual(MAX_HANDLE_MINUTES);
        }
        expect(Math.abs(averageHandleMinutes(out) - target)).toBeLessThanOrEqual(1e-9 * target);
      }),
      { numRuns: 500 },
    );
  });
});

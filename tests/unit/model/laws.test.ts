import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate, parseScenario } from '../../../src/model';
import { scenarioArb } from './arbitraries';
import { Money } from '../../../src/model/money';

const RUNS = { numRuns: 60, seed: 42 };

describe('laws of the model', () => {
  it('generates valid scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(parseScenario(s).ok).toBe(true);
      }),
      RUNS,
    );
  });

  it('AI-resolved + human contacts - re-contacts = volume in every month', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const m of calculate(s).full.rows) {
          expect(m.aiResolved + m.humanContacts - m.recontacts).toBeCloseTo(m.contacts, 6);
        }
      }),
      RUNS,
    );
  });

  it('monthly rows add up to the totals exactly (components, cumulative savings)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const rows = calculate(s).full.rows;
        let cumulative = new Money(s.ai.setupCost).negated();
        for (const m of rows) {
          expect(m.humanCost.plus(m.aiCost).plus(m.qualityCost).plus(m.fixedCost).eq(m.totalCost)).toBe(true);
          expect(m.baselineCost.minus(m.totalCost).eq(m.savings)).toBe(true);
          cumulative = cumulative.plus(m.savings);
          expect(cumulative.eq(m.cumulativeSavings)).toBe(true);
          for (const x of [m.baselineCost, m.humanCost, m.aiCost, m.qualityCost, m.fixedCost, m.totalCost]) {
            expect(x.decimalPlaces()).toBeLessThanOrEqual(2);
            expect(x.gte(0)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('savings never fall when the AI price falls', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0, max: 1, noNaN: true }), (s, cut) => {
        const cheaper = { ...s, ai: { ...s.ai, pricePerUnit: s.ai.pricePerUnit * cut, pricePerMillionTokens: s.ai.pricePerMillionTokens * cut } };
        const a = calculate(s).full.summary,
          b = calculate(cheaper).full.summary;
        expect(b.monthlySavings.gte(a.monthlySavings)).toBe(true);
        expect(b.horizonNetSavings.gte(a.horizonNetSavings)).toBe(true);
      }),
      RUNS,
    );
  });

  it('savings never fall when the loaded cost rises (AI resolves at least as much as it adds)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 1, max: 3, noNaN: true }), (s, rise) => {
        // With errors re-contacting more than the AI saves, a dearer human would make the AI worse; keep errors below that.
        const safe = { ...s, quality: { ...s.quality, errorRatePct: Math.min(s.quality.errorRatePct, 20), handoffMinutes: 0 } };
        const dearer = {
          ...safe,
          human: {
            ...safe.human,
            costPerHour: safe.human.costPerHour * rise,
            costPerFteYear: safe.human.costPerFteYear * rise,
            costPerContact: safe.human.costPerContact * rise,
          },
        };
        const a = calculate(safe),
          b = calculate(dearer);
        expect(b.headline.summary.monthlySavings.gte(a.headline.summary.monthlySavings)).toBe(true);
        expect(b.full.summary.monthlySavings.gte(a.full.summary.monthlySavings)).toBe(true);
      }),
      RUNS,
    );
  });

  it('has no NaN, Infinity or impossible negative anywhere in the summary', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = calculate(s);
        for (const m of [r.full.summary, r.headline.summary]) {
          for (const [k, v] of Object.entries(m)) {
            if (typeof v === 'number') {
              expect(Number.isFinite(v), k).toBe(true);
              // Savings-like figures may be negative: an AI whose escalations cost more agent time than it saves adds work.
              if (!['roiPct', 'resolutionTimeImprovementPct', 'agentEquivalentsAiWork'].includes(k)) expect(v, k).toBeGreaterThanOrEqual(-1e-9);
            } else if (v instanceof Money) {
              expect(v.isFinite(), k).toBe(true);
            }
          }
        }
      }),
      RUNS,
    );
  });
});

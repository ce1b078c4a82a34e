import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { calculate, presetScenario, staffFirstMonths, type Scenario } from '../../../src/model';
import * as staffing from '../../../src/model/staffing';
import { threeChannelScenario } from '../../bench/channel-scenario';
import { scenarioArb } from './arbitraries';

// A recalculation reuses what the calculations before it made (staffing, weights, prices,
// staffing inputs, decimals, pools). Reuse must never show: after any chain of edits every
// figure equals the figure of a calculation in a freshly loaded model that made nothing yet.

/** Every figure of the results, money as decimal strings and numbers to the last bit. */
const figures = (r: unknown): string => JSON.stringify(r);

/** The model loaded afresh: no context, store, weights or memory of an earlier calculation. */
async function coldModel(): Promise<typeof import('../../../src/model')> {
  vi.resetModules();
  return import('../../../src/model');
}

type Edit = (s: Scenario) => Scenario;

/** Edits a user makes between two recalculations, each with its value. */
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.integer({ min: 0, max: 300_000 }).map((n): Edit => (s) => ({ ...s, contactsPerMonth: n })),
  fc.double({ min: 5, max: 120, noNaN: true }).map((c): Edit => (s) => ({ ...s, human: { ...s.human, costPerHour: c } })),
  fc.double({ min: 0, max: 30, noNaN: true }).map((e): Edit => (s) => ({ ...s, quality: { ...s.quality, errorRatePct: e } })),
  fc.double({ min: 0, max: 50_000, noNaN: true }).map((c): Edit => (s) => ({ ...s, ai: { ...s.ai, setupCost: c, fixedPerMonth: c / 10 } })),
  fc.constantFrom('USD', 'JPY', 'BHD').map((currency): Edit => (s) => ({ ...s, finance: { ...s.finance, currency } })),
  fc.constantFrom('dedicated', 'blended' as const).map((pooling): Edit => (s) => ({ ...s, pooling })),
  fc
    .integer({ min: 0, max: 100 })
    .map((a): Edit => (s) => ({ ...s, channels: s.channels ? s.channels.map((c, i) => (i === 0 ? { ...c, automationPct: a } : c)) : null })),
  fc.constantFrom(0, 0.5, 2).map((g): Edit => (s) => ({ ...s, growthPctPerMonth: g })),
);

const base = (channels: boolean): Scenario => {
  const s = threeChannelScenario(presetScenario('ecommerce'));
  return channels ? { ...s, finance: { ...s.finance, months: 6 } } : { ...presetScenario('ecommerce'), finance: { ...s.finance, months: 6 } };
};

describe('a recalculation after edits', () => {
  it('gives every figure a fresh model gives, with three channels or one, after any chain of edits (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(editArb, { minLength: 1, maxLength: 4 }), async (channels, edits) => {
        let s = base(channels);
        calculate(s);
        for (const edit of edits) {
          s = edit(s);
          calculate(s);
        }
        const warm = figures(calculate(s));
        const cold = await coldModel();
        expect(warm).toBe(figures(cold.calculate(structuredClone(s))));
      }),
      { numRuns: 25, seed: 17 },
    );
  });

  it('gives every figure a fresh model gives for scenarios around the presets, one after another (property)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const warm = figures(calculate(s));
        const cold = await coldModel();
        expect(warm).toBe(figures(cold.calculate(structuredClone(s))));
      }),
      { numRuns: 25, seed: 5 },
    );
  });

  it('gives the same figures when a scenario comes back as an equal copy (a validated edit makes new objects)', async () => {
    const s = base(true);
    const first = figures(calculate(s));
    calculate({ ...s, contactsPerMonth: s.contactsPerMonth * 2 });
    expect(figures(calculate(structuredClone(s)))).toBe(first);
    const cold = await coldModel();
    expect(figures(cold.calculate(s))).toBe(first);
  });

  it('gives every figure a fresh model gives after its first months were staffed ahead, in pieces (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.constantFrom('dedicated', 'blended' as const),
        editArb,
        fc.integer({ min: 1, max: 11 }),
        async (channels, pooling, edit, ahead) => {
          const s = edit({ ...base(channels), pooling, finance: { ...base(channels).finance, months: 12 } });
          staffFirstMonths(s, ahead);
          staffFirstMonths(s, Math.min(11, ahead + 5));
          const warm = figures(calculate(s));
          const cold = await coldModel();
          expect(warm).toBe(figures(cold.calculate(structuredClone(s))));
        },
      ),
      { numRuns: 20, seed: 23 },
    );
  });
});

describe('the months staffed ahead', () => {
  it('are not staffed again by the calculation that follows, which staffs only the months after them and those of its other runs', () => {
    const s = { ...base(false), contactsPerMonth: 31_234, growthPctPerMonth: 1, finance: { ...base(false).finance, months: 12 } };
    const spy = vi.spyOn(staffing, 'staffMonth');
    const workloads = () => spy.mock.calls.map(([m]) => `${m.humanContacts}/${m.agentMinutes}`);
    try {
      staffFirstMonths(s, 6);
      const ahead = workloads();
      spy.mockClear();
      calculate(s);
      const after = workloads();
      // Six months with and without the AI (growth: no month repeats another).
      expect(ahead).toHaveLength(12);
      expect(after.filter((w) => ahead.includes(w))).toEqual([]);
      // The full method's last six months, with and without the AI, and a few months of the headline and the gap steps.
      expect(after.length).toBeGreaterThanOrEqual(12);
      expect(after.length).toBeLessThan(12 + 6);
    } finally {
      spy.mockRestore();
    }
  });
});

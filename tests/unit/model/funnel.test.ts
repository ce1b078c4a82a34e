import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addFunnel, emptyFunnel, funnelRow, sumFunnel, type FunnelTotals } from '../../../src/model/funnel';

describe('funnelRow', () => {
  it('follows a funnel worked by hand', () => {
    // V = 1,000; attempt share 0.8 x 0.9 = 0.72 -> E = 720; R = 720 x 0.75 = 540; X = 180;
    // W = 540 x 0.05 = 27; re-contacts 27 x 0.4 = 10.8; H = 1000 - 540 + 10.8 = 470.8;
    // minutes = 470.8 x 6 + 180 x 2 = 2,824.8 + 360 = 3,184.8; baseline 6,000.
    const r = funnelRow(
      { contacts: 1000, tier: 1, handleMinutes: 6, attemptShare: 0.72, resolvedShare: 0.75 },
      { errorRate: 0.05, recontactShare: 0.4, handoffMinutes: 2 },
    );
    expect(r.attempted).toBeCloseTo(720, 9);
    expect(r.aiResolved).toBeCloseTo(540, 9);
    expect(r.escalated).toBeCloseTo(180, 9);
    expect(r.errors).toBeCloseTo(27, 9);
    expect(r.recontacts).toBeCloseTo(10.8, 9);
    expect(r.humanContacts).toBeCloseTo(470.8, 9);
    expect(r.agentMinutes).toBeCloseTo(3184.8, 9);
    expect(r.baselineAgentMinutes).toBe(6000);
  });

  it('sends every contact to a human when nothing is eligible', () => {
    const r = funnelRow(
      { contacts: 300, tier: 3, handleMinutes: 14, attemptShare: 0, resolvedShare: 0 },
      { errorRate: 0.05, recontactShare: 1, handoffMinutes: 3 },
    );
    expect(r.humanContacts).toBe(300);
    expect(r.agentMinutes).toBe(4200);
  });

  it('keeps AI-resolved + human contacts - re-contacts = volume, never negative (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (contacts, attempt, resolved, err, back, handoff) => {
          const r = funnelRow(
            { contacts, tier: 1, handleMinutes: 5, attemptShare: attempt, resolvedShare: resolved },
            { errorRate: err, recontactShare: back, handoffMinutes: handoff },
          );
          expect(r.aiResolved + r.humanContacts - r.recontacts).toBeCloseTo(contacts, 6);
          for (const v of Object.values(r)) expect(v).toBeGreaterThanOrEqual(-1e-9);
        },
      ),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe("a month's funnel totals added without rows", () => {
  const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const category = fc.record({
    contacts: fc.oneof(finite(0, 1e9), fc.constantFrom(0, 1 / 3, 1e-300, 123456.789)),
    tier: fc.constantFrom(1, 2, 3 as const),
    handleMinutes: finite(0, 600),
    attemptShare: finite(0, 1),
    resolvedShare: finite(0, 1),
  });
  const rates = fc.record({ errorRate: finite(0, 1), recontactShare: finite(0, 1), handoffMinutes: finite(0, 60) });

  it('are sumFunnel of the rows to the last bit, in any order of categories (property)', () => {
    fc.assert(
      fc.property(fc.array(category, { maxLength: 60 }), rates, (cats, r) => {
        const total: FunnelTotals = emptyFunnel();
        for (const c of cats) addFunnel(total, c.contacts, c.handleMinutes, c.attemptShare, c.resolvedShare, r);
        const rows = sumFunnel(cats.map((c) => funnelRow(c, r)));
        for (const k of Object.keys(rows) as (keyof FunnelTotals)[]) expect(Object.is(total[k], rows[k]), k).toBe(true);
      }),
      { numRuns: 3000, seed: 23 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Money, monteCarlo, presetScenario } from '../../../../src/model';
import { resultsOf } from '../../../../src/state/planner.svelte';
import { channelLine, SLIDE_IDS, slideFigures, slideKey, slidePosition, slideTitles, type SlideFigures } from '../../../../src/ui/shell/slide-titles';
import { addChannel } from '../../../../src/state/channels';

const base: SlideFigures = {
  currency: 'USD',
  monthlyFull: 9616.33,
  annualFull: 115395.96,
  annualHeadline: 281248.2,
  setupCost: 30000,
  paybackMonths: 5.14,
  horizonMonths: 24,
  horizonNet: 180250.5,
  fteBefore: 42.3,
  fteAfter: 36.1,
  decliningTiers: [2],
  hasRanges: true,
  range: { p10: 90000.4, p50: 115000, p90: 140000.6 },
  klarnaAnnualFull: 34380518.4,
  klarnaHumanPct: 20,
};

describe('slideTitles', () => {
  it('states what happens to the operation, figure by figure (en-US, USD)', () => {
    expect(slideTitles(base, 'en-US')).toEqual({
      answer: 'Your support costs fall by $9,616 a month',
      cost: 'The $30,000 set-up pays back in 5.1 months; by month 24 the plan saves $180,251 net',
      ranges: 'In 8 of 10 outcomes your savings lie between $90,000 and $140,001 a year',
      people: 'Your team needs 6.2 fewer staffed FTE (42.3 → 36.1), but CSAT falls on tier 2',
      headline: 'A headline calculator says $281,248 a year; the full model of your operation says $115,396',
      klarna: 'Klarna announced $40M a year; fully modelled, its 2025 hybrid saves $34.4M and keeps 20% of contacts human',
    });
  });

  it('gives the FTE released as the chart beneath and the report do, the difference rounded', () => {
    // 84.1210 - 65.7608 = 18.36, shown 18.4 by the staffing chart's caption, the next slide and
    // the printed strip; the ends shown, 84.1 and 65.8, differ by 18.3 as rounded parts do.
    expect(slideTitles({ ...base, fteBefore: 84.121, fteAfter: 65.7608 }, 'en-US').people).toBe(
      'Your team needs 18.4 fewer staffed FTE (84.1 → 65.8), but CSAT falls on tier 2',
    );
    // Released so little that it rounds to none: the team stays.
    expect(slideTitles({ ...base, fteBefore: 84.12, fteAfter: 84.1 }, 'en-US').people).toMatch(/^Your team stays at 84.1 staffed FTE/);
  });

  it("speaks the user's locale and the scenario's currency in its own minor unit (de-DE, JPY; BHD when small)", () => {
    const t = slideTitles(
      { ...base, currency: 'JPY', monthlyFull: 1234567.4, setupCost: 5000000, horizonNet: 25000000, fteBefore: 1234.5, fteAfter: 1000 },
      'de-DE',
    );
    expect(t.answer).toBe('Your support costs fall by 1.234.567\u00a0¥ a month');
    expect(t.cost).toBe('The 5.000.000\u00a0¥ set-up pays back in 5,1 months; by month 24 the plan saves 25.000.000\u00a0¥ net');
    expect(t.people).toBe('Your team needs 234,5 fewer staffed FTE (1.234,5 → 1.000), but CSAT falls on tier 2');
    // Klarna's figures stay in dollars, written as the locale writes them.
    expect(t.klarna).toBe(
      'Klarna announced 40\u00a0Mio.\u00a0$ a year; fully modelled, its 2025 hybrid saves 34,4\u00a0Mio.\u00a0$ and keeps 20\u00a0% of contacts human',
    );
    expect(slideTitles({ ...base, currency: 'BHD', monthlyFull: 9.8765 }, 'en-US').answer).toBe('Your support costs fall by BHD\u00a09.877 a month');
  });

  it('says a loss as a loss, and nothing as nothing', () => {
    const loss = slideTitles(
      { ...base, monthlyFull: -1200, annualFull: -14400, annualHeadline: -2000, paybackMonths: null, horizonNet: -58800, fteAfter: 43.3, decliningTiers: [] },
      'en-US',
    );
    expect(loss.answer).toBe('Your support costs rise by $1,200 a month');
    expect(loss.cost).toBe('The $30,000 set-up does not pay back within 24 months');
    expect(loss.people).toBe('Your team needs 1 more staffed FTE (42.3 → 43.3), and CSAT holds on every tier');
    expect(loss.headline).toBe('A headline calculator says −$2,000 a year; the full model of your operation says −$14,400');
    const none = slideTitles({ ...base, monthlyFull: 0.004, setupCost: 0, paybackMonths: 0, horizonNet: 0, fteAfter: 42.28, decliningTiers: [2, 3] }, 'en-US');
    expect(none.answer).toBe('Your support costs stay where they are');
    expect(none.cost).toBe('With no set-up cost, by month 24 the plan saves nothing net');
    expect(none.people).toBe('Your team stays at 42.3 staffed FTE, but CSAT falls on tiers 2 and 3');
  });

  it('says the draws are to come before they are done, and that no range is set when none is', () => {
    expect(slideTitles({ ...base, range: null }, 'en-US').ranges).toBe('Your $115,396 a year, tested over the ranges of its inputs');
    expect(slideTitles({ ...base, hasRanges: false }, 'en-US').ranges).toBe('No input carries a range: your savings are $115,000 a year in every draw');
  });

  it('never writes "announcement", NaN, Infinity or undefined, whatever the figures (property)', () => {
    const amount = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        fc.option(fc.double({ min: 0, max: 120, noNaN: true })),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'ja-JP'),
        fc.constantFrom('USD', 'EUR', 'JPY', 'BHD'),
        (monthly, headline, net, payback, fte, locale, currency) => {
          const t = slideTitles(
            {
              ...base,
              currency,
              monthlyFull: monthly,
              annualFull: monthly * 12,
              annualHeadline: headline,
              horizonNet: net,
              paybackMonths: payback,
              fteAfter: fte,
            },
            locale,
          );
          for (const id of SLIDE_IDS) expect(t[id]).not.toMatch(/announcement|NaN|Infinity|undefined|null/i);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('slideFigures', () => {
  it("reads the titles' figures from a scenario's results, the full model's, and the draws' annual savings", () => {
    const s = presetScenario('saas');
    const r = resultsOf(s);
    const k = resultsOf(presetScenario('klarna-2025'));
    const draws = monteCarlo(s, 10);
    const f = slideFigures(s, r, draws, k);
    expect(f.monthlyFull).toBe(r.full.summary.monthlySavings.toNumber());
    expect(f.annualHeadline).toBe(r.headline.summary.annualSavings.toNumber());
    expect(f.horizonNet).toBe(r.full.summary.horizonNetSavings.toNumber());
    expect(f.range).toEqual({ p10: draws.annualSavings.p10.toNumber(), p50: draws.annualSavings.p50.toNumber(), p90: draws.annualSavings.p90.toNumber() });
    expect(f.klarnaAnnualFull).toBe(k.full.summary.annualSavings.toNumber());
    expect(f.klarnaHumanPct).toBe(k.quality.humanByPolicyPct);
    expect(f.hasRanges).toBe(true);
    expect(
      slideFigures(
        { ...s, ranges: { ...s.ranges, resolutionPct: null, handleMinutes: null, costPerHour: null, aiPrice: null, errorRatePct: null, rampSpeed: null } },
        r,
        null,
        k,
      ),
    ).toMatchObject({ hasRanges: false, range: null });
    expect(new Money(f.annualFull).eq(r.full.summary.annualSavings)).toBe(true);
  });
});

describe('slidePosition', () => {
  it('names the slide and where it stands', () => {
    expect(slidePosition(2, 6, 'Ranges', 'en-US')).toBe('Slide 3 of 6: Ranges');
  });
});

describe('slideKey', () => {
  it('moves with the arrows and the page keys, leaves with Escape', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Escape', 'a'].map((k) => slideKey(k, 'other'))).toEqual([
      'next',
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
      'leave',
      null,
    ]);
  });

  it('leaves Space, Home and End to a focused button, and every key but Escape to a list box or a field', () => {
    expect([' ', 'Home', 'End', 'ArrowRight', 'Escape'].map((k) => slideKey(k, 'control'))).toEqual([null, null, null, 'next', 'leave']);
    expect(['ArrowRight', 'ArrowLeft', ' ', 'Home', 'Escape'].map((k) => slideKey(k, 'field'))).toEqual([null, null, null, null, 'leave']);
  });
});

describe("the answer slide's line of channels", () => {
  it('names each channel with its share and which are human only; none for one channel', () => {
    const one = presetScenario('ecommerce');
    expect(channelLine(one, resultsOf(one), 'en-US')).toBeNull();
    const two = addChannel(one, 'voice');
    const humanOnly = { ...two, channels: two.channels!.map((c) => (c.kind === 'voice' ? { ...c, aiEnabled: false } : c)) };
    expect(channelLine(humanOnly, resultsOf(humanOnly), 'en-US')).toMatch(/^Across 2 channels: Chat \d+(\.\d)?% and Phone \d+(\.\d)?% \(human only\)$/);
  });
});

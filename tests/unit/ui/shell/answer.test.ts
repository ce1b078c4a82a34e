import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, Money, presetScenario } from '../../../../src/model';
import { formatMoney } from '../../../../src/ui/format';
import {
  fteText,
  pointOutside,
  pointOutsideShort,
  pointOutsideText,
  answerFigures,
  answerMoney,
  answerSentence,
  paybackText,
  qualityWarning,
  rangeWarningShort,
  savingsBasis,
  signedMoney,
  yearOneText,
  type AnswerFigures,
} from '../../../../src/ui/shell/answer';

const base: AnswerFigures = {
  annualFull: 679_284.6,
  monthlyFull: 56_607.05,
  annualHeadline: 889_048.3,
  monthlyHeadline: 74_087.36,
  paybackMonths: 1.2,
  horizonMonths: 24,
  fteReleased: 24.04,
  automationPct: 60.8,
  channels: [],
  decliningTiers: [],
  hiddenDecline: false,
  range: null,
  rangeWarning: '',
  steadyMonth: 3,
  rampComplete: true,
  yearOneFull: 640_000,
  yearOneMonths: 12,
  currency: 'USD',
  headcountShort: null,
};

describe('answerSentence', () => {
  it('says what the full model saves, what the headline claims, the FTE released and the payback', () => {
    expect(answerSentence(base, 'en-US')).toBe(
      'With the AI resolving 61% of contacts you save $56,607 a month, not the $74,087 a headline calculator shows; 24 FTE are released and it pays back in 1.2 months.',
    );
  });

  it('reads the default scenario from the full model whatever method the page reports', () => {
    const s = presetScenario('ecommerce');
    const headlineReported = { ...s, method: 'headline' as const };
    const a = answerFigures(headlineReported, calculate(headlineReported), null);
    expect(answerSentence(a, 'en-US')).toBe(
      'With the AI resolving 61% of contacts you save $56,607 a month, not the $74,087 a headline calculator shows; 24 FTE are released and it pays back in 1.2 months.',
    );
    expect(a.annualFull).toBe(calculate(s).full.summary.annualSavings.toNumber());
  });

  it('says a loss is a loss, beside the savings the headline claims', () => {
    const text = answerSentence({ ...base, monthlyFull: -1_234.4, annualFull: -14_812.8, paybackMonths: null }, 'en-US');
    expect(text).toBe(
      'With the AI resolving 61% of contacts you lose $1,234 a month, against the $74,087 a headline calculator shows; 24 FTE are released and it does not pay back within the 24-month horizon.',
    );
  });

  it('says when the headline itself shows a loss', () => {
    const text = answerSentence({ ...base, monthlyFull: -900, monthlyHeadline: -300 }, 'en-US');
    expect(text).toContain('you lose $900 a month, against the loss of $300 a headline calculator shows');
  });

  it('says when payback is never reached within the horizon', () => {
    expect(answerSentence({ ...base, paybackMonths: null, horizonMonths: 36 }, 'en-US')).toMatch(/it does not pay back within the 36-month horizon\.$/);
    expect(paybackText({ paybackMonths: null, horizonMonths: 36 }, 'en-US')).toBe('not within 36 months');
    expect(paybackText({ paybackMonths: 1, horizonMonths: 36 }, 'en-US')).toBe('1 month');
  });

  it('says when no FTE are released, and when more are needed', () => {
    expect(answerSentence({ ...base, fteReleased: 0.01 }, 'en-US')).toContain('; no FTE are released and');
    expect(answerSentence({ ...base, fteReleased: -0.04 }, 'en-US')).toContain('; no FTE are released and');
    expect(answerSentence({ ...base, fteReleased: -2.26 }, 'en-US')).toContain('; 2.3 more FTE are needed and');
  });

  it('does not contrast a headline that equals the full model', () => {
    const same = { ...base, monthlyHeadline: base.monthlyFull, annualHeadline: base.annualFull };
    expect(answerSentence(same, 'en-US')).toContain('you save $56,607 a month, as a headline calculator shows;');
  });

  it('says when there is nothing saved', () => {
    expect(answerSentence({ ...base, monthlyFull: 0.001 }, 'en-US')).toContain('you save nothing a month, against the $74,087');
  });

  it('names the channels of a multi-channel scenario', () => {
    const text = answerSentence({ ...base, channels: ['Chat', 'Email', 'Voice'] }, 'en-US');
    expect(text.startsWith('With the AI resolving 61% of contacts across 3 channels (Chat, Email and Voice) you save $56,607 a month')).toBe(true);
    expect(answerSentence({ ...base, channels: ['Chat'] }, 'en-US')).not.toContain('across');
  });

  it('reads a three-channel scenario from its results', async () => {
    const { applyQuery } = await import('../../../../src/io/query-params');
    const q = applyQuery('?channels=chat:40,email:45,voice:15');
    expect(q.applied).toBe(true);
    const a = answerFigures(q.scenario, calculate(q.scenario), null);
    expect(a.channels).toHaveLength(3);
    expect(answerSentence(a, 'en-US')).toMatch(/^With the AI resolving \d+% of contacts across 3 channels \([^)]+, [^)]+ and [^)]+\) you (save|lose) /);
  });

  it("writes every currency's amounts through the app's formatter: round figures, and small ones in the minor unit", () => {
    const cases: [string, number, string][] = [
      ['USD', 56_607.05, '$56,607'],
      ['USD', 12.345, '$12.35'],
      ['JPY', 5_328_919.67, '¥5,328,920'],
      ['JPY', 50.4, '¥50'],
      ['BHD', 15_788.536, 'BHD\u00a015,789'],
      ['BHD', 9.8764, 'BHD\u00a09.876'],
      ['KWD', 1.5, 'KWD\u00a01.500'],
      ['EUR', 99.999, '€100.00'],
    ];
    for (const [currency, amount, text] of cases) {
      expect(answerMoney(amount, currency, 'en-US')).toBe(text);
      expect(answerSentence({ ...base, currency, monthlyFull: amount }, 'en-US')).toContain(`you save ${text} a month`);
    }
    // Nothing to the minor unit, as the tables write it (the sentence says "nothing").
    expect([
      answerMoney(0, 'USD', 'en-US'),
      answerMoney(0.004, 'USD', 'en-US'),
      answerMoney(0.005, 'USD', 'en-US'),
      answerMoney(0.0004, 'BHD', 'en-US'),
    ]).toEqual(['$0', '$0', '$0.01', 'BHD\u00a00']);
    expect(answerMoney(1234.5, 'EUR', 'de-DE')).toBe(formatMoney(1234.5, 'EUR', { locale: 'de-DE', whole: true }));
    expect(answerSentence({ ...base, currency: 'EUR' }, 'de-DE')).toContain('56.607\u00a0€');
  });
});

describe('the strip figures', () => {
  it('gives the P10-P90 range once computed', () => {
    const s = presetScenario('ecommerce');
    expect(answerFigures(s, calculate(s), null).range).toBeNull();
    const p = { p10: new Money('-100000'), p50: new Money('500000'), p90: new Money('900000.6') };
    expect(answerFigures(s, calculate(s), p).range).toEqual({ p10: -100000, p90: 900000.6 });
  });

  it('signs a loss and not a zero', () => {
    expect(signedMoney(-5000, 'USD', 'en-US')).toBe('−$5,000');
    expect(signedMoney(-0.001, 'USD', 'en-US')).toBe('$0');
    expect(signedMoney(5000, 'JPY', 'en-US')).toBe('¥5,000');
  });

  it('warns when a tier falls, and when the blended average hides it', () => {
    expect(qualityWarning({ decliningTiers: [], hiddenDecline: false })).toBeNull();
    expect(qualityWarning({ decliningTiers: [3], hiddenDecline: false })).toBe('CSAT falls on tier 3');
    expect(qualityWarning({ decliningTiers: [2, 3], hiddenDecline: true })).toBe('CSAT falls on tiers 2 and 3, hidden by the blended average');
  });

  it('reads the Klarna 2024 scenario: its quality warning comes from the model', () => {
    const s = presetScenario('klarna-2024');
    const r = calculate(s);
    const a = answerFigures(s, r, null);
    expect(qualityWarning(a) !== null).toBe(r.quality.decliningTiers.length > 0);
  });

  it('never writes NaN, Infinity or undefined, whatever the finite figures', () => {
    const amount = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.option(fc.double({ min: 0, max: 600, noNaN: true })),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom('USD', 'JPY', 'BHD', 'EUR', 'CHF'),
        (monthlyFull, monthlyHeadline, paybackMonths, fteReleased, automationPct, currency) => {
          const a = { ...base, monthlyFull, monthlyHeadline, paybackMonths, fteReleased, automationPct, currency };
          const text = answerSentence(a, 'en-US') + paybackText(a, 'en-US');
          expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
        },
      ),
    );
  });
});

describe('what the strip says its figures are', () => {
  it('names the steady-state month of the annual savings, and the year-1 savings beside them', () => {
    const a = answerFigures(presetScenario('ecommerce'), calculate(presetScenario('ecommerce')), null);
    // The e-commerce ramp 0.667, 0.867, 1: full ramp from month 3.
    expect(savingsBasis(a)).toBe('steady state from month 3');
    expect(a.yearOneMonths).toBe(12);
    expect(yearOneText(a, 'en-US')).toBe(`year 1 ${answerMoney(a.yearOneFull, 'USD', 'en-US')}`);
    // Year 1 holds two ramping months, so it is less than the steady state x 12.
    expect(a.yearOneFull).toBeLessThan(a.annualFull);
  });

  it('never calls a ramping month steady state when the ramp outlasts the horizon, and sums only the horizon', () => {
    const s = { ...presetScenario('ecommerce'), finance: { ...presetScenario('ecommerce').finance, months: 2 } };
    const a = answerFigures(s, calculate(s), null);
    expect(savingsBasis(a)).toBe('month 2 × 12; the ramp does not finish within the horizon');
    expect(yearOneText(a, 'en-US')).toMatch(/^months 1-2 \$/);
    expect(answerSentence(a, 'en-US')).toMatch(/\. The ramp does not finish within the horizon: these are month 2's figures, still ramping\.$/);
  });

  it('writes year-1 savings in whole yen and a loss with a minus sign', () => {
    expect(yearOneText({ ...base, currency: 'JPY', yearOneFull: -5_328_919.67 }, 'en-US')).toBe('year 1 −¥5,328,920');
  });

  it('says when a fixed headcount misses the service-level target, and not when it meets it', () => {
    const s = presetScenario('ecommerce');
    const short = { ...s, channel: 'voice' as const, human: { ...s.human, seats: 3 } };
    const a = answerFigures(short, calculate(short), null);
    expect(a.headcountShort).toEqual({ seats: 3, serviceLevelPct: a.headcountShort!.serviceLevelPct, targetPct: s.human.serviceLevelPct });
    expect(a.headcountShort!.serviceLevelPct).toBeLessThan(s.human.serviceLevelPct);
    expect(answerSentence(a, 'en-US')).toMatch(
      new RegExp(
        `\\. The 3 agents on seat answer [\\d.]+% of contacts within the target time, against a target of ${s.human.serviceLevelPct}(\\.0)?%: these savings come with that service\\.$`,
      ),
    );
    const one = { ...short, human: { ...short.human, seats: 1 } };
    expect(answerSentence(answerFigures(one, calculate(one), null), 'en-US')).toMatch(/\. The 1 agent on seat answers [\d.]+% of contacts within/);
    const plenty = { ...short, human: { ...short.human, seats: 400 } };
    expect(answerFigures(plenty, calculate(plenty), null).headcountShort).toBeNull();
    expect(answerFigures(s, calculate(s), null).headcountShort).toBeNull();
  });

  it('warns beside the range only when a range excludes its point estimate', () => {
    const s = presetScenario('ecommerce');
    expect(rangeWarningShort(answerFigures(s, calculate(s), null))).toBeNull();
    const outside = { ...s, ranges: { ...s.ranges, resolutionPct: { low: 30, high: 40 } } };
    const a = answerFigures(outside, calculate(outside), null);
    expect(rangeWarningShort(a)).toBe('A range excludes its point estimate');
    expect(a.rangeWarning).toContain('AI resolution rate 80 %, range 30 % to 40 %');
  });
});

describe('the point estimate outside P10 to P90', () => {
  it('is said beside the range, and explained: one month x 12, whole agents, one-sided ranges; year 1 beside it', () => {
    expect([pointOutside(base), pointOutsideShort(base)]).toEqual([null, null]);
    const inside = { ...base, range: { p10: 600_000, p90: 900_000 } };
    expect([pointOutside(inside), pointOutsideText(inside, 'en-US')]).toEqual([null, null]);
    const below = { ...base, annualFull: 384_848, range: { p10: 456_912, p90: 1_140_292 }, yearOneFull: 685_392 };
    expect(pointOutsideShort(below)).toBe('Point estimate below P10: why');
    expect(pointOutsideText(below, 'en-US')).toBe(
      "The point estimate, $384,848 a year, lies below P10 ($456,912): most draws save more. Annual savings are month 3's savings × 12, and staffing comes in whole agents, so a month's savings move in steps, which the draws, with their other inputs, cross elsewhere; a range whose most likely value is at one end moves the draws one way too. Year 1 at the point estimate: $685,392.",
    );
    // A range that excludes its point estimate is warned of already: that warning says why.
    expect(pointOutside({ ...below, rangeWarning: 'A range excludes its point estimate (AI resolution rate 80 %, range 30 % to 40 %)' })).toBeNull();
    const above = { ...base, annualFull: 1_200_000, range: { p10: 456_912, p90: 1_140_292 } };
    expect(pointOutsideShort(above)).toBe('Point estimate above P90: why');
    expect(pointOutsideText(above, 'en-US')).toMatch(/^The point estimate, \$1,200,000 a year, lies above P90 \(\$1,140,292\): most draws save less\./);
  });
});

describe('a horizon of one month, and fewer staff with the AI', () => {
  it('says "1 month" and "month 1", and writes staff added with a true minus', () => {
    expect(paybackText({ paybackMonths: null, horizonMonths: 1 })).toBe('not within 1 month');
    expect(paybackText({ paybackMonths: null, horizonMonths: 24 })).toBe('not within 24 months');
    expect(yearOneText({ yearOneFull: 19_966, yearOneMonths: 1, currency: 'USD' }, 'en-US')).toBe('month 1 $19,966');
    expect(yearOneText({ yearOneFull: 19_966, yearOneMonths: 6, currency: 'USD' }, 'en-US')).toBe('months 1-6 $19,966');
    expect([fteText(-12, 'en-US'), fteText(12, 'en-US'), fteText(-0.01, 'en-US')]).toEqual(['−12', '12', '0']);
  });
});

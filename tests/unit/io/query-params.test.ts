import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyQuery } from '../../../src/io/query-params';
import { automationRate, averageHandleMinutes, calculate, metricValues, presetScenario } from '../../../src/model';

describe('applyQuery', () => {
  it('opens the default preset with no parameters and no notices', () => {
    const r = applyQuery('');
    expect(r.scenario).toEqual(presetScenario('ecommerce'));
    expect(r.notices).toEqual([]);
    expect(r.applied).toBe(false);
  });

  it('applies a preset and overrides it', () => {
    const r = applyQuery('?preset=saas&contacts=12345&automation=40&ramp=off&growth=0&channel=voice&months=12');
    expect(r.notices).toEqual([]);
    expect(r.scenario.presetId).toBe('saas');
    expect(r.scenario.contactsPerMonth).toBe(12345);
    expect(automationRate(r.scenario)).toBeCloseTo(0.4, 12);
    expect(r.scenario.ramp).toEqual([]);
    expect(r.scenario.channel).toBe('voice');
    expect(r.scenario.finance.months).toBe(12);
    const m = metricValues(calculate(r.scenario).primary.summary);
    expect(Number(m.contacts_per_month)).toBe(12345);
    expect(Number(m.automation_rate)).toBeCloseTo(40, 9);
  });

  it('scales every category for handle_min so the weighted average equals it', () => {
    expect(averageHandleMinutes(applyQuery('handle_min=6').scenario.categories)).toBeCloseTo(6, 12);
  });

  it('switches the cost basis with the cost parameter given', () => {
    expect(applyQuery('cost_fte_year=57000').scenario.human).toMatchObject({ costBasis: 'fte-year', costPerFteYear: 57000 });
    expect(applyQuery('cost_contact=7.5').scenario.human).toMatchObject({ costBasis: 'contact', costPerContact: 7.5 });
  });

  it('reads the token price for token pricing', () => {
    expect(applyQuery('ai_pricing=tokens&ai_cost=5').scenario.ai).toMatchObject({ pricing: 'tokens', pricePerMillionTokens: 5 });
  });

  it('reads ramp fractions, seeds, seats and the staffing model', () => {
    const s = applyQuery('ramp=0.5,0.8,1&seed=7&seats=12&staffing_model=erlang-a&patience_min=4').scenario;
    expect(s.ramp).toEqual([0.5, 0.8, 1]);
    expect(s.seed).toBe(7);
    expect(s.human).toMatchObject({ seats: 12, staffingModel: 'erlang-a', patienceMinutes: 4 });
  });

  it('names each invalid or unknown parameter and ignores it', () => {
    const r = applyQuery('contacts=-5&shrinkage=120&channel=fax&preset=acme&ramp=1.5&colour=blue&currency=XYZ&automation=95&months=2.5');
    expect(r.scenario.contactsPerMonth).toBe(presetScenario('ecommerce').contactsPerMonth);
    expect(r.notices.join('\n')).toMatch(/contacts=-5 is out of range/);
    expect(r.notices.join('\n')).toMatch(/shrinkage=120 is out of range/);
    expect(r.notices.join('\n')).toMatch(/channel=fax is not one of chat, voice, email/);
    expect(r.notices.join('\n')).toMatch(/preset=acme is not a known preset/);
    expect(r.notices.join('\n')).toMatch(/ramp=1.5/);
    expect(r.notices.join('\n')).toMatch(/Unknown parameter "colour"/);
    expect(r.notices.join('\n')).toMatch(/currency=XYZ/);
    expect(r.notices.join('\n')).toMatch(/automation=95: Automation of 95 % exceeds the 76 %/);
    expect(r.notices.join('\n')).toMatch(/months=2.5/);
    expect(r.notices).toHaveLength(9);
  });

  describe('numbers are plain decimals', () => {
    it('reads 12, 12.5, .5 and a negative growth of -3', () => {
      const r = applyQuery('contacts=12&handle_min=12.5&ramp=.5,1&growth=-3');
      expect(r.notices).toEqual([]);
      expect(r.scenario.contactsPerMonth).toBe(12);
      expect(averageHandleMinutes(r.scenario.categories)).toBeCloseTo(12.5, 12);
      expect(r.scenario.ramp).toEqual([0.5, 1]);
      expect(r.scenario.growthPctPerMonth).toBe(-3);
    });

    it.each(['0x10', '0b101', '0o17', '1e3', '1E3', '1,000', '+12', '12abc', 'Infinity', '-Infinity', 'NaN', '', ' ', '1_000', '١٢'])('refuses contacts=%s with a notice saying what is accepted', (raw) => {
      const r = applyQuery(new URLSearchParams({ contacts: raw }).toString());
      expect(r.scenario.contactsPerMonth).toBe(presetScenario('ecommerce').contactsPerMonth);
      expect(r.notices).toEqual([`contacts=${raw} is not a number; expected contacts per month between 0 and 100000000, written as a plain decimal such as 12 or 12.5. It was ignored.`]);
      expect(r.applied).toBe(false);
    });

    it('names a negative example where negatives are accepted', () => {
      expect(applyQuery('growth=1e1').notices).toEqual(['growth=1e1 is not a number; expected a percentage per month between -50 and 50, written as a plain decimal such as 12, 12.5 or -3. It was ignored.']);
    });

    it('refuses hex and exponents in ramp fractions too', () => {
      expect(applyQuery('ramp=0x1,1').notices.join()).toMatch(/^ramp=0x1,1 is not "off" or comma-separated fractions/);
      expect(applyQuery('ramp=5e-1,1').scenario.ramp).toEqual(presetScenario('ecommerce').ramp);
    });

    it('reads -0 as 0, never as a negative zero', () => {
      expect(Object.is(applyQuery('contacts=-0').scenario.contactsPerMonth, 0)).toBe(true);
      expect(applyQuery('ramp=-0,1').scenario.ramp.map((x) => Object.is(x, -0))).toEqual([false, false]);
    });
  });

  describe('a repeated parameter', () => {
    it('is named in a notice, which says the last value was read', () => {
      const r = applyQuery('contacts=5000&automation=40&contacts=7000');
      expect(r.scenario.contactsPerMonth).toBe(7000);
      expect(r.notices).toEqual(['contacts appears 2 times (5000, 7000); only the last one, contacts=7000, was read']);
    });

    it('is named for a preset too, and a bad last value is ignored with its own notice', () => {
      const r = applyQuery('preset=saas&preset=fintech&months=12&months=abc');
      expect(r.scenario.presetId).toBe('fintech');
      expect(r.scenario.finance.months).toBe(presetScenario('fintech').finance.months);
      expect(r.notices).toEqual([
        'preset appears 2 times (saas, fintech); only the last one, preset=fintech, was read',
        'months appears 2 times (12, abc); only the last one, months=abc, was read',
        'months=abc is not a number; expected a whole number of months between 1 and 120, written as a plain decimal such as 12 or 12.5. It was ignored.',
      ]);
    });

    it('gives one notice however often an unknown parameter is repeated', () => {
      expect(applyQuery('colour=red&colour=blue&colour=red').notices).toEqual(['Unknown parameter "colour" was ignored']);
    });

    it('quotes long values cut short, so the notice stays readable', () => {
      const long = '9'.repeat(5000);
      const [notice] = applyQuery(`contacts=${long}`).notices;
      expect(notice).toBe(`contacts=${'9'.repeat(40)}… is out of range; expected contacts per month between 0 and 100000000. It was ignored.`);
    });
  });

  describe('handle_min', () => {
    it('accepts the documented maximum of 600 minutes, with no notice', () => {
      for (const preset of ['ecommerce', 'saas', 'fintech', 'b2b-enterprise', 'professional-services', 'klarna-2024', 'klarna-2025']) {
        const r = applyQuery(`preset=${preset}&handle_min=600`);
        expect(r.notices, preset).toEqual([]);
        expect(averageHandleMinutes(r.scenario.categories)).toBeCloseTo(600, 9);
      }
    });

    it('accepts every average up to 600 minutes (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 60_000 }), (centiminutes) => {
          const m = centiminutes / 100;
          const r = applyQuery(`preset=saas&handle_min=${m}`);
          expect(r.notices).toEqual([]);
          expect(Math.abs(averageHandleMinutes(r.scenario.categories) - m)).toBeLessThanOrEqual(1e-9 * m);
        }),
        { numRuns: 100 },
      );
    });

    it('refuses 600.01 once, naming the range', () => {
      expect(applyQuery('handle_min=600.01').notices).toEqual(['handle_min=600.01 is out of range; expected minutes between 0.01 and 600. It was ignored.']);
    });
  });

  it('never throws and always yields a computable scenario for arbitrary query strings (fuzz)', () => {
    const keys = ['preset', 'method', 'contacts', 'handle_min', 'cost_hour', 'automation', 'ramp', 'growth', 'months', 'seats', 'currency', 'x'];
    const value = fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String), fc.constantFrom('NaN', 'Infinity', '-0', '1e309', '', 'off', '0.5,,1'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 8 }), (pairs) => {
        const q = new URLSearchParams(pairs).toString();
        const r = applyQuery(q);
        const m = metricValues(calculate(r.scenario).primary.summary);
        for (const v of Object.values(m)) expect(v === '' || /^-?\d+(\.\d+)?$/.test(v)).toBe(true);
      }),
      { numRuns: 200, seed: 99 },
    );
  }, 120_000);
});

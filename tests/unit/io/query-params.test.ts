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

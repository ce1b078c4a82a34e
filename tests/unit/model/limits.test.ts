import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate, parseScenario, presetScenario, type Scenario } from '../../../src/model';
import { checkSteps, MAX_CONTACTS_PER_MONTH, MAX_SEARCH_STEPS, ModelLimitError, MONEY_LIMITS, peakMonthlyContacts } from '../../../src/model/limits';
import { erlangAAgents } from '../../../src/model/erlang-a';
import { erlangCAgents } from '../../../src/model/erlang';

const base = (): Scenario => presetScenario('ecommerce');
const withVolume = (contacts: number, growth: number, months: number): Scenario => ({
  ...base(),
  contactsPerMonth: contacts,
  growthPctPerMonth: growth,
  finance: { ...base().finance, months },
});
const issuesOf = (s: unknown) => {
  const r = parseScenario(s);
  return r.ok ? [] : r.issues;
};

describe('the projected volume is bounded', () => {
  it('refuses the explosive link ?growth=50&months=120, naming growth, contacts and horizon', () => {
    const issues = issuesOf(withVolume(base().contactsPerMonth, 50, 120));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe('growthPctPerMonth');
    expect(issues[0]!.message).toContain('Growth of 50 % a month');
    expect(issues[0]!.message).toContain('in month 120');
    expect(issues[0]!.message).toContain('limited to 100,000,000 contacts a month');
  });

  it('takes the last month of the horizon: 1,000,000 contacts at 10 % reach 97.0 M in month 49 and 106.7 M in month 50', () => {
    // 1.1^48 = 97.0172..., 1.1^49 = 106.7189... (worked with a calculator).
    expect(peakMonthlyContacts(1_000_000, 10, 49)).toBeCloseTo(97_017_233.7, 0);
    expect(issuesOf(withVolume(1_000_000, 10, 49))).toEqual([]);
    expect(issuesOf(withVolume(1_000_000, 10, 50)).map((i) => i.field)).toEqual(['growthPctPerMonth']);
  });

  it('accepts the bound itself and any decline', () => {
    expect(issuesOf(withVolume(MAX_CONTACTS_PER_MONTH, 0, 120))).toEqual([]);
    expect(issuesOf(withVolume(MAX_CONTACTS_PER_MONTH, -50, 120))).toEqual([]);
  });

  it('law: a scenario validates exactly when its largest month is within the bound', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e8 }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.integer({ min: 1, max: 120 }),
        (contacts, growth, months) => {
          const ok = issuesOf(withVolume(contacts, growth, months)).length === 0;
          expect(ok).toBe(peakMonthlyContacts(contacts, growth, months) <= MAX_CONTACTS_PER_MONTH);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('money fields are bounded', () => {
  const cases: Array<[string, (s: Scenario, x: number) => Scenario]> = [
    ['human.costPerHour', (s, x) => ({ ...s, human: { ...s.human, costPerHour: x } })],
    ['human.costPerFteYear', (s, x) => ({ ...s, human: { ...s.human, costPerFteYear: x } })],
    ['human.costPerContact', (s, x) => ({ ...s, human: { ...s.human, costPerContact: x } })],
    ['ai.pricePerUnit', (s, x) => ({ ...s, ai: { ...s.ai, pricePerUnit: x } })],
    ['ai.pricePerMillionTokens', (s, x) => ({ ...s, ai: { ...s.ai, pricePerMillionTokens: x } })],
    ['ai.fixedPerMonth', (s, x) => ({ ...s, ai: { ...s.ai, fixedPerMonth: x } })],
    ['ai.upkeepPerMonth', (s, x) => ({ ...s, ai: { ...s.ai, upkeepPerMonth: x } })],
    ['ai.setupCost', (s, x) => ({ ...s, ai: { ...s.ai, setupCost: x } })],
    ['quality.errorCost', (s, x) => ({ ...s, quality: { ...s.quality, errorCost: x } })],
  ];
  it.each(cases)('%s = 1e308 is refused at that field with the accepted range', (field, set) => {
    const issues = issuesOf(set(base(), 1e308));
    expect(issues.map((i) => i.field)).toEqual([field]);
    expect(issues[0]!.message).toMatch(/cannot exceed [\d,]+ .*\(accepted: 0 to [\d,]+\)/);
  });
  it.each(cases)('%s at its bound is accepted', (field, set) => {
    const key = field.split('.')[1] as keyof typeof MONEY_LIMITS;
    expect(issuesOf(set(base(), MONEY_LIMITS[key]))).toEqual([]);
  });
});

describe("ranges from a link, a file or storage pass the editor's checks", () => {
  const withRanges = (ranges: Partial<Scenario['ranges']>): Scenario => ({ ...base(), ranges: { ...base().ranges, ...ranges } });
  it('refuses a handle-time range of x1e6', () => {
    const issues = issuesOf(withRanges({ handleMinutes: { low: 1e6, high: 1e6 } }));
    expect(issues.map((i) => i.field)).toEqual(['ranges.handleMinutes.low', 'ranges.handleMinutes.high']);
    expect(issues[0]!.message).toContain('Handle time: the low end cannot exceed 500 % of the point value');
  });
  it('refuses a cost range of -5 to 1e300', () => {
    const issues = issuesOf(withRanges({ costPerHour: { low: -5, high: 1e300 } }));
    expect(issues.map((i) => i.field)).toEqual(['ranges.costPerHour.low', 'ranges.costPerHour.high']);
  });
  it('refuses a resolution range above 100 %', () => {
    expect(issuesOf(withRanges({ resolutionPct: { low: 50, high: 101 } })).map((i) => i.field)).toEqual(['ranges.resolutionPct.high']);
  });
  it("keeps accepting every preset's ranges", () => {
    for (const id of ['ecommerce', 'saas', 'professional-services', 'b2b-enterprise', 'fintech', 'klarna-2024', 'klarna-2025'] as const) {
      expect(issuesOf(presetScenario(id))).toEqual([]);
    }
  });
});

describe('every search loop has a bound', () => {
  it('checkSteps lets the bound pass and stops the step after it', () => {
    expect(() => checkSteps(MAX_SEARCH_STEPS, 'walk')).not.toThrow();
    expect(() => checkSteps(MAX_SEARCH_STEPS + 1, 'walk')).toThrow(ModelLimitError);
  });

  it('Erlang C and A answer at a load past 2^53 Erlangs with a limit error instead of looping for ever', () => {
    // 1e17 calls an hour of one hour each: n++ can no longer count past the load.
    expect(() => erlangCAgents(1e17, 3600, 20, 0.8, 0.85)).toThrow(ModelLimitError);
    expect(() => erlangAAgents(1e17, 3600, 60, 20, 0.8, 0.85)).toThrow(ModelLimitError);
  });

  it('the heaviest scenario the domain allows computes: 100 M contacts at the horizon, every arrival in one hour, 600-minute handle, Erlang A', () => {
    const s0 = base();
    const profile = Array.from({ length: 168 }, (_, h) => (h === 10 ? 1 : 0));
    const s: Scenario = {
      ...s0,
      contactsPerMonth: MAX_CONTACTS_PER_MONTH / Math.pow(1.2, 23),
      growthPctPerMonth: 20,
      categories: s0.categories.map((c) => ({ ...c, handleMinutes: 600 })),
      human: { ...s0.human, staffingModel: 'erlang-a', openFromHour: 0, openToHour: 24, openDays: [0, 1, 2, 3, 4, 5, 6] },
      arrivalProfile: profile,
      finance: { ...s0.finance, months: 24 },
    };
    const valid = parseScenario(s);
    expect(valid.ok).toBe(true);
    const r = calculate(s);
    const last = r.full.rows.at(-1)!;
    expect(last.contacts).toBeCloseTo(MAX_CONTACTS_PER_MONTH, -1);
    expect(Number.isFinite(last.staffing.staffedFte)).toBe(true);
    expect(last.staffing.staffedFte).toBeGreaterThan(0);
  });
});

describe('money messages', () => {
  it('name the field, the bound and its unit, without a gap where a field has no unit', () => {
    const s = base();
    const setup = parseScenario({ ...s, ai: { ...s.ai, setupCost: 2e12 } });
    expect(setup.ok ? [] : setup.issues.map((i) => i.message)).toEqual([
      'One-time implementation cost cannot exceed 1,000,000,000,000 (accepted: 0 to 1,000,000,000,000)',
    ]);
    const hour = parseScenario({ ...s, human: { ...s.human, costPerHour: 2e7 } });
    expect(hour.ok ? [] : hour.issues.map((i) => i.message)).toEqual(['Loaded cost per hour cannot exceed 10,000,000 per hour (accepted: 0 to 10,000,000)']);
  });
});

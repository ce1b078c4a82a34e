import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newChannel, PRESETS, parseScenario, presetScenario, type Scenario } from '../../../../src/model';
import { assumptions, openingText, sourceFor, type Assumptions } from '../../../../src/ui/print/assumptions';

const rowsOf = (a: Assumptions) => a.groups.flatMap((g) => g.rows);
const rowAt = (a: Assumptions, path: string) => {
  const row = rowsOf(a).find((r) => r.path === path);
  if (!row) throw new Error(`no row for ${path}`);
  return row;
};
const sourceOfRow = (a: Assumptions, path: string) => {
  const no = rowAt(a, path).sourceNo;
  return no === null ? null : a.sources[no - 1]!;
};

describe('assumptions', () => {
  it('prints the e-commerce preset with values, units and the preset sources', () => {
    const a = assumptions(presetScenario('ecommerce'), 'en-US');
    expect(a.presetLabel).toBe('E-commerce');
    expect(rowAt(a, 'contactsPerMonth')).toMatchObject({ value: '50,000', unit: 'contacts' });
    expect(sourceOfRow(a, 'contactsPerMonth')?.figure).toBe('50,000 contacts per month, growing 0.5 % a month');
    expect(rowAt(a, 'human.costPerHour')).toMatchObject({ value: '$25.00', unit: 'per agent hour' });
    expect(sourceOfRow(a, 'human.costPerHour')?.source).toMatch(/loaded-cost example/);
    expect(rowAt(a, 'ai.pricePerUnit')).toMatchObject({ value: '$0.99', unit: 'per resolution' });
    expect(sourceOfRow(a, 'ai.pricePerUnit')?.source).toBe('Intercom Fin list price');
    expect(rowAt(a, 'categories.0.handleMinutes')).toMatchObject({ label: 'Order status, shipping, account access: handle time', value: '5' });
    expect(sourceOfRow(a, 'categories.0.sharePct')).toBe(PRESETS.ecommerce.sources.categories);
    expect(sourceOfRow(a, 'experience.csat.tier2')).toBe(PRESETS.ecommerce.sources['experience.csat']);
    expect(rowAt(a, 'experience.csat.tier2').value).toBe('80 / 72');
    expect(rowAt(a, 'ramp').value).toBe('0.667 / 0.867 / 1');
    expect(rowAt(a, 'ranges.handleMinutes')).toMatchObject({ value: '85 to 115', unit: '% of the point value' });
    expect(rowAt(a, 'seed').value).toBe('20240227');
  });

  it('numbers each source once, in order of first citation, and cites only listed sources', () => {
    const a = assumptions(presetScenario('ecommerce'), 'en-US');
    const cited = rowsOf(a)
      .map((r) => r.sourceNo)
      .filter((n): n is number => n !== null);
    expect(new Set(cited)).toEqual(new Set(a.sources.map((_, i) => i + 1)));
    const firsts = [...new Set(cited)];
    expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
    expect(new Set(a.sources).size).toBe(a.sources.length);
  });

  it("drops the preset's source from a value the user changed, and only from it", () => {
    const s = presetScenario('ecommerce');
    s.human.costPerHour = 31;
    s.categories[2]!.handleMinutes = 12;
    const a = assumptions(s, 'en-US');
    expect(rowAt(a, 'human.costPerHour')).toMatchObject({ value: '$31.00', sourceNo: null });
    expect(rowAt(a, 'categories.2.handleMinutes').sourceNo).toBeNull();
    expect(rowAt(a, 'categories.1.handleMinutes').sourceNo).not.toBeNull();
    expect(a.sources).not.toContain(PRESETS.ecommerce.sources['human.costPerHour']);
  });

  it('follows a category by its id, not its place, when the mix is reordered', () => {
    const s = presetScenario('ecommerce');
    s.categories.reverse();
    const a = assumptions(s, 'en-US');
    expect(rowAt(a, 'categories.4.handleMinutes').label).toMatch(/^Order status/);
    expect(sourceOfRow(a, 'categories.4.handleMinutes')).toBe(PRESETS.ecommerce.sources['categories.handleMinutes']);
  });

  it('cites nothing for a scenario without a preset, or with an unknown one', () => {
    for (const presetId of [null, 'not-a-preset']) {
      const a = assumptions({ ...presetScenario('saas'), presetId }, 'en-US');
      expect(a.sources).toEqual([]);
      expect(rowsOf(a).every((r) => r.sourceNo === null)).toBe(true);
      expect(a.presetLabel).toBeNull();
    }
  });

  it('shows the inputs each choice uses: tokens, Erlang A, reverse staffing, a human-only tier, no ramp', () => {
    const s = presetScenario('klarna-2025');
    s.ai.pricing = 'tokens';
    s.human.staffingModel = 'erlang-a';
    s.human.seats = 120;
    s.ramp = [];
    const a = assumptions(s, 'en-US');
    expect(rowAt(a, 'ai.pricePerMillionTokens')).toMatchObject({ value: '$5.00', unit: 'per million tokens' });
    expect(rowAt(a, 'ai.tokensPerConversation').value).toBe('6,000');
    expect(rowAt(a, 'human.patienceMinutes').value).toBe('5');
    expect(rowAt(a, 'human.seats')).toMatchObject({ value: '120', unit: 'agents (reverse staffing)' });
    expect(rowAt(a, 'categories.2.aiEligible')).toMatchObject({ value: 'Human only', unit: 'not AI-eligible' });
    expect(rowAt(a, 'ramp').value).toBe('Off');
    expect(rowsOf(a).some((r) => r.path === 'ranges.rampSpeed')).toBe(false);
  });

  it('lists every channel of a multi-channel scenario', () => {
    const s = presetScenario('ecommerce');
    s.channels = [newChannel('chat', 60), { ...newChannel('email', 40, ['chat']), automationPct: 30, aiPricePerUnit: 0.5 }];
    const a = assumptions(s, 'en-US');
    expect(rowAt(a, 'channels.0.sharePct')).toMatchObject({ label: 'Chat (chat): share of contacts', value: '60' });
    expect(rowAt(a, 'channels.1.targetSeconds').value).toBe('90 % within 4 h');
    expect(rowAt(a, 'channels.1.automationPct').value).toBe('30 %');
    expect(rowAt(a, 'channels.1.aiPricePerUnit').value).toBe('$0.50 per resolution');
    expect(rowsOf(a).some((r) => r.path === 'channel')).toBe(false);
  });

  it("writes money in the currency's own minor unit and numbers in the locale", () => {
    const yen = assumptions({ ...presetScenario('ecommerce'), finance: { months: 24, discountRatePct: 8, currency: 'JPY' } }, 'en-US');
    expect(rowAt(yen, 'human.costPerHour').value).toBe('¥25');
    const dinar = assumptions({ ...presetScenario('ecommerce'), finance: { months: 24, discountRatePct: 8, currency: 'BHD' } }, 'en-US');
    expect(rowAt(dinar, 'ai.pricePerUnit').value).toBe('BHD\u00a00.990');
    const de = assumptions(presetScenario('ecommerce'), 'de-DE');
    expect(rowAt(de, 'contactsPerMonth').value).toBe('50.000');
    expect(rowAt(de, 'human.paidHoursPerMonth').value).toBe('173,9');
  });

  it('survives hostile scenarios: fifty long-named categories, an unknown currency, extreme values', () => {
    const s = presetScenario('ecommerce');
    s.categories = Array.from({ length: 50 }, (_, i) => ({
      id: `c${i}`,
      name: `${'Ünïcödé <b>&amp;</b> '.repeat(3)}${i}`.slice(0, 80),
      sharePct: 2,
      tier: ((i % 3) + 1) as 1 | 2 | 3,
      handleMinutes: i === 0 ? 0 : 600,
      aiEligible: i % 3 !== 2,
      resolutionPct: 100,
    }));
    s.finance.currency = 'ZZZ';
    s.contactsPerMonth = 0;
    s.growthPctPerMonth = -50;
    const parsed = parseScenario(s);
    expect(parsed.ok).toBe(true);
    const a = assumptions(s, 'en-US');
    expect(a.groups.find((g) => g.title === 'Categories and tiers')!.rows).toHaveLength(150);
    for (const r of rowsOf(a)) {
      expect(r.value).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
      expect(r.value.length).toBeGreaterThan(0);
    }
    expect(new Set(rowsOf(a).map((r) => r.path)).size).toBe(rowsOf(a).length);
  });

  it('never prints NaN, Infinity or an empty value, whatever the numbers (property)', () => {
    const pct = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(PRESETS) as (keyof typeof PRESETS)[])),
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        pct,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'),
        (id, contacts, errorRate, cost, locale) => {
          const s: Scenario = presetScenario(id);
          s.contactsPerMonth = contacts;
          s.growthPctPerMonth = 0;
          s.quality.errorRatePct = errorRate;
          s.human.costPerHour = cost;
          const a = assumptions(s, locale);
          for (const r of rowsOf(a)) {
            if (!/\S/.test(r.value) || /NaN|Infinity|undefined/.test(r.value)) return false;
            if (r.sourceNo !== null && (r.sourceNo < 1 || r.sourceNo > a.sources.length)) return false;
          }
          return rowAt(a, 'quality.errorRatePct').sourceNo === null || errorRate === PRESETS[id].scenario.quality.errorRatePct;
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('sourceFor', () => {
  it("finds a field's own source, the field's in any category, or the enclosing input's", () => {
    const p = PRESETS.ecommerce;
    expect(sourceFor(p, 'human.costPerHour')).toBe(p.sources['human.costPerHour']);
    expect(sourceFor(p, 'categories.3.handleMinutes')).toBe(p.sources['categories.handleMinutes']);
    expect(sourceFor(p, 'categories.3.sharePct')).toBe(p.sources.categories);
    expect(sourceFor(p, 'experience.csat.tier3')).toBe(p.sources['experience.csat']);
    expect(sourceFor(p, 'human.seats')).toBeNull();
    expect(sourceFor(p, 'seed')).toBeNull();
  });
});

describe('openingText', () => {
  it('writes hours and a run of days, or the days one by one', () => {
    expect(openingText(0, 24, [0, 1, 2, 3, 4, 5, 6])).toBe('00:00-24:00, Mon-Sun');
    expect(openingText(8, 18, [4, 0, 2])).toBe('08:00-18:00, Mon, Wed, Fri');
    expect(openingText(9, 17, [5, 6])).toBe('09:00-17:00, Sat, Sun');
  });
});

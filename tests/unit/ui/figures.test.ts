import { describe, expect, it } from 'vitest';
import { calculate, METRIC_NAMES, Money, presetScenario } from '../../../src/model';
import { figureViews, FIGURE_GROUPS, percentileFigureLabel, yearOneView } from '../../../src/ui/figures';
import { formatMoney } from '../../../src/ui/format';

describe('figureViews', () => {
  it("gives every metric a label, a group, a value and an explanation with the user's values", () => {
    for (const id of ['ecommerce', 'klarna-2024', 'klarna-2025'] as const) {
      const s = presetScenario(id);
      const views = figureViews(s, calculate(s), METRIC_NAMES, null, 'en-US');
      expect(views.map((v) => v.name)).toEqual([...METRIC_NAMES]);
      for (const v of views) {
        expect(FIGURE_GROUPS).toContain(v.group);
        expect(v.label.length).toBeGreaterThan(3);
        expect(v.explain.formula.length).toBeGreaterThan(3);
        expect(`${v.text} ${v.explain.worked}`).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });

  it("fills the formula with the scenario's figures", () => {
    const s = presetScenario('ecommerce');
    const r = calculate(s);
    const [annual] = figureViews(s, r, ['annual_savings'], null, 'en-US');
    expect(annual!.explain.worked).toBe('$56,607.05 × 12 = $679,284.60');
  });

  it("writes money in the currency's minor unit and unit prices as given in the worked lines", () => {
    const base = presetScenario('ecommerce');
    const bhd = {
      ...base,
      method: 'headline' as const,
      human: { ...base.human, costBasis: 'hour' as const, costPerHour: 9.876 },
      finance: { ...base.finance, currency: 'BHD' },
    };
    const [cost] = figureViews(bhd, calculate(bhd), ['baseline_cost_per_month'], null, 'en-US');
    // The hours with the decimals at which the line multiplies out to the fils (two were too
    // few: 6,854.17 h x BHD 9.876 = BHD 67,691.783, the booked cost is BHD 67,691.750).
    expect(cost!.explain.worked).toBe('6,854.1667 agent hours × BHD\u00a09.876 per hour = BHD\u00a067,691.750');
    expect(cost!.text).toMatch(/^BHD\u00a0[\d,]+\.\d{3}$/);
    const jpy = { ...base, finance: { ...base.finance, currency: 'JPY' } };
    const [annual] = figureViews(jpy, calculate(jpy), ['annual_savings'], null, 'en-US');
    expect(annual!.explain.worked).toMatch(/^¥[\d,]+ × 12 = ¥[\d,]+$/);
  });

  it('names the source of each default the figure rests on', () => {
    const s = presetScenario('ecommerce');
    const [fte] = figureViews(s, calculate(s), ['staffed_fte_with_ai'], null, 'en-US');
    expect(fte!.explain.sources.map((x) => x.source.figure)).toContain('30 % shrinkage');
  });

  it('cites Klarna for the Klarna presets', () => {
    const s = presetScenario('klarna-2024');
    const [cost] = figureViews(s, calculate(s), ['baseline_cost_per_month'], null, 'en-US');
    expect(cost!.explain.sources[0]!.source.source).toMatch(/Klarna/);
  });
});

describe('queue figures of a scenario with channels', () => {
  it('speak of the live channels, or of none, rather than of email', async () => {
    const { addChannel, changeKind } = await import('../../../src/state/channels');
    const mixed = addChannel(presetScenario('ecommerce'), 'email');
    const [sl] = figureViews(mixed, calculate(mixed), ['service_level'], null);
    expect(sl!.explain.formula).toMatch(/live channels/);
    // Every channel a backlog: the service level does not exist.
    const backlogs = changeKind(mixed, 0, 'messaging');
    const r = calculate(backlogs);
    const views = figureViews(
      backlogs,
      { ...r, primary: { ...r.primary, summary: { ...r.primary.summary, serviceLevelPct: null, asaSeconds: null } } },
      ['service_level', 'asa_seconds'],
      null,
    );
    expect(views.map((v) => v.text)).toEqual(['no live channel', 'no live channel']);
    expect(views[0]!.explain.worked).toMatch(/Every channel is worked as a backlog/);
  });
});

describe('labels that say what a figure is', () => {
  const label = (s: ReturnType<typeof presetScenario>, name: (typeof METRIC_NAMES)[number]) => figureViews(s, calculate(s), [name], null, 'en-US')[0]!.label;

  it('names the steady-state month of the monthly and annual savings (e-commerce: full ramp from month 3)', () => {
    const s = presetScenario('ecommerce');
    expect(label(s, 'monthly_savings')).toBe('Savings per month (steady state, from month 3)');
    expect(label(s, 'annual_savings')).toBe('Savings per year at steady state (month 3 × 12)');
  });

  it('says the ramp does not finish within a 2-month horizon instead of calling month 2 steady state', () => {
    const s = { ...presetScenario('ecommerce'), finance: { ...presetScenario('ecommerce').finance, months: 2 } };
    expect(label(s, 'monthly_savings')).toBe('Savings per month (month 2; the ramp does not finish within the horizon)');
    expect(label(s, 'annual_savings')).not.toContain('steady state');
  });

  it('labels the percentiles pessimistic and optimistic by the direction of savings, and as the full model\u2019s under the headline', () => {
    const s = presetScenario('ecommerce');
    expect(['annual_savings_p10', 'annual_savings_p50', 'annual_savings_p90'].map((m) => label(s, m as 'annual_savings_p10'))).toEqual([
      'Annual savings, P10 (pessimistic)',
      'Annual savings, P50 (median)',
      'Annual savings, P90 (optimistic)',
    ]);
    expect(percentileFigureLabel('p10', 'headline')).toBe('Annual savings, P10 (pessimistic), full model');
    expect(label({ ...s, method: 'headline' }, 'annual_savings_p90')).toBe('Annual savings, P90 (optimistic), full model');
  });
});

describe('yearOneView', () => {
  it('adds months 1-12 as projected, ramp included, in the currency of the scenario', () => {
    const s = { ...presetScenario('ecommerce'), finance: { ...presetScenario('ecommerce').finance, currency: 'JPY' } };
    const r = calculate(s);
    const v = yearOneView(s, r, 'en-US');
    const sum = r.full.rows.slice(0, 12).reduce((t, x) => t.plus(x.savings), new Money(0));
    expect(v.label).toBe('Savings in year 1 (months 1-12, ramp included)');
    expect(v.text).toBe(formatMoney(sum, 'JPY', { locale: 'en-US' }));
    expect(v.text).not.toMatch(/\.\d/);
    expect(v.explain.worked).toMatch(/^¥[\d,]+ \+ … \+ ¥[\d,]+ = ¥[\d,]+ over 12 months$/);
  });

  it('sums the headline months under the headline method', () => {
    const s = { ...presetScenario('ecommerce'), method: 'headline' as const };
    const r = calculate(s);
    expect(yearOneView(s, r, 'en-US').text).toBe(formatMoney(r.headline.summary.yearOneSavings, 'USD', { locale: 'en-US' }));
    // No ramp and no growth in the headline: year 1 is exactly the annual figure.
    expect(r.headline.summary.yearOneSavings.eq(r.headline.summary.annualSavings)).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../../src/model';
import { conventions, methodHref, minorUnitText } from '../../../../src/ui/results/conventions';

const method = readFileSync(new URL('../../../../docs/METHOD.md', import.meta.url), 'utf8');

describe('conventions', () => {
  it('names the minor unit of the currency: cents, whole yen, thousandths of a dinar', () => {
    expect(minorUnitText('USD')).toBe('0.01 USD');
    expect(minorUnitText('JPY')).toBe('1 JPY');
    expect(minorUnitText('BHD')).toBe('0.001 BHD');
  });

  it('states the rounding in the scenario\u2019s own minor unit (JPY: to the yen)', () => {
    const s = presetScenario('ecommerce');
    const rounding = conventions({ ...s, finance: { ...s.finance, currency: 'JPY' } }).find((c) => c.topic === 'Rounding')!;
    expect(rounding.text).toContain("rounded to the currency's minor unit (1 JPY) before it is summed");
  });

  it('states NPV timing, ROI\u2019s denominator, Erlang A\u2019s speed of answer and why the full model can exceed the headline', () => {
    const text = conventions(presetScenario('ecommerce'))
      .map((c) => `${c.topic}: ${c.text}`)
      .join('\n');
    expect(text).toContain("savings at the month's end, discounted at the effective annual rate");
    expect(text).toContain('the one-time cost at month 0');
    expect(text).toContain('÷ what the AI costs over it: usage fees, platform, upkeep and the one-time cost');
    expect(text).toContain('the mean wait of the contacts that are answered');
    expect(text).toContain('shrinkage and the occupancy cap included');
  });

  it('links every convention to a section that docs/METHOD.md has, by the anchor of its heading', () => {
    const headings = new Set([...method.matchAll(/^## (.+)$/gm)].map((m) => methodHref(m[1]!)));
    for (const c of conventions(presetScenario('ecommerce'))) expect(headings).toContain(methodHref(c.section));
    expect(methodHref('Savings, payback, ROI and NPV')).toBe('docs/METHOD.md#savings-payback-roi-and-npv');
  });
});

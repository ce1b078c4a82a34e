import { describe, expect, it } from 'vitest';
import { Money } from '../../../src/model';
import { minorUnitDigits } from '../../../src/model';
import { asShown, formatFixed, formatMinutes, formatMoney, formatMonths, formatNumber, formatPct, inputText, NONE, signed } from '../../../src/ui/format';

describe('formatMoney', () => {
  it('writes a decimal amount to the cent in the currency of the scenario', () => {
    expect(formatMoney(new Money('12345.675'), 'USD', { locale: 'en-US' })).toBe('$12,345.68');
    expect(formatMoney(1234.5, 'EUR', { locale: 'de-DE' })).toBe('1.234,50\u00a0€');
  });

  it('drops the cents for whole figures and shortens for axes', () => {
    expect(formatMoney(889048.3, 'USD', { locale: 'en-US', whole: true })).toBe('$889,048');
    expect(formatMoney(1_250_000, 'USD', { locale: 'en-US', compact: true })).toBe('$1.3M');
  });

  it('never shows NaN or Infinity: a missing figure is a dash', () => {
    expect(formatMoney(null, 'USD')).toBe(NONE);
    expect(formatMoney(Number.NaN, 'USD')).toBe(NONE);
    expect(formatMoney(Number.POSITIVE_INFINITY, 'USD')).toBe(NONE);
  });

  it('falls back to a plain number for a currency code Intl does not accept', () => {
    expect(formatMoney(10, 'U$D', { locale: 'en-US' })).toBe('10.00');
  });
});

describe("formatMoney in the currency's own minor unit", () => {
  it('writes JPY without decimals, BHD with three, USD with two', () => {
    expect(formatMoney(5328919.67, 'JPY', { locale: 'en-US' })).toBe('¥5,328,920');
    expect(formatMoney(15788.536, 'BHD', { locale: 'en-US' })).toBe('BHD\u00a015,788.536');
    expect(formatMoney(9.876, 'BHD', { locale: 'en-US' })).toBe('BHD\u00a09.876');
    expect(formatMoney(1234.5, 'USD', { locale: 'en-US' })).toBe('$1,234.50');
    expect(formatMoney(2027, 'USD', { locale: 'de-DE' })).toBe('2.027,00\u00a0$');
  });

  it('writes a unit price as given for worked formulas, never below the minor unit', () => {
    expect(formatMoney(29.6875, 'USD', { locale: 'en-US', exact: true })).toBe('$29.6875');
    expect(formatMoney(30, 'USD', { locale: 'en-US', exact: true })).toBe('$30.00');
    expect(formatMoney(120.5, 'JPY', { locale: 'en-US', exact: true })).toBe('¥120.5');
    expect(formatMoney(9.88, 'BHD', { locale: 'en-US', exact: true })).toBe('BHD\u00a09.880');
  });

  it('takes the digits of the minor unit from Intl, 2 for a code it does not know', () => {
    expect([minorUnitDigits('JPY'), minorUnitDigits('USD'), minorUnitDigits('BHD'), minorUnitDigits('KWD'), minorUnitDigits('XQQ')]).toEqual([0, 2, 3, 3, 2]);
  });
});

describe('formatNumber and formatPct', () => {
  it('groups thousands and rounds to the digits asked for', () => {
    expect(formatNumber(20200.499999999996, 0, 'en-US')).toBe('20,200');
    expect(formatNumber(17.84, 1, 'en-US')).toBe('17.8');
  });

  it('prints a tiny negative as 0, not -0', () => {
    expect(formatNumber(-0.2, 0, 'en-US')).toBe('0');
  });

  it('reads percent numbers (0-100) as the model holds them', () => {
    expect(formatPct(60.8, 1, 'en-US')).toBe('60.8%');
    expect(formatPct(null)).toBe(NONE);
    // A negative share with a true minus, as money has; one that rounds to nothing is 0 %.
    expect([formatPct(-103.8, 1, 'en-US'), formatPct(-103.8, 1, 'de-DE'), formatPct(-0.04, 1, 'en-US')]).toEqual(['−103.8%', '−103,8\u00a0%', '0%']);
  });
});

describe('formatFixed', () => {
  it('writes exactly the decimals asked for, grouped in the locale, and a dash for no figure', () => {
    expect([formatFixed(6, 1, 'en-US'), formatFixed(10.25, 1, 'en-US'), formatFixed(1234.5, 1, 'de-DE'), formatFixed(-0.01, 1, 'en-US')]).toEqual([
      '6.0',
      '10.3',
      '1.234,5',
      '0.0',
    ]);
    expect([formatFixed(NaN, 1), formatFixed(null, 1), formatFixed(Infinity, 2)]).toEqual(['—', '—', '—']);
  });
});

describe('formatMonths and formatMinutes', () => {
  it('says when a payback is not reached', () => {
    expect(formatMonths(null, 'en-US')).toBe('not within the horizon');
    expect(formatMonths(1, 'en-US')).toBe('1 month');
    expect(formatMonths(1.234, 'en-US')).toBe('1.2 months');
    // Paid back within the first month, or with nothing to pay back.
    expect([formatMonths(0.04, 'en-US'), formatMonths(0, 'en-US'), formatMonths(0.05, 'en-US')]).toEqual([
      'less than a month',
      'less than a month',
      '0.1 months',
    ]);
  });

  it('writes minutes with a unit', () => {
    expect(formatMinutes(11.115, 2, 'en-US')).toBe('11.12 min');
  });
});

describe('asShown', () => {
  it('rounds as the page shows a figure, so that differences of shown figures read as subtractions', () => {
    expect([asShown(0.26, 1), asShown(0.24, 1), asShown(-0.25, 1), asShown(56_607.5, 0), asShown(-2.5, 0)]).toEqual([0.3, 0.2, -0.3, 56_608, -3]);
    expect([formatNumber(0.26, 1, 'en-US'), formatNumber(0.24, 1, 'en-US')]).toEqual(['0.3', '0.2']);
    expect(signed(asShown(0.26, 1) - asShown(0.24, 1), (x) => formatNumber(x, 1, 'en-US'))).toBe('+0.1');
    expect(formatMoney(-2.5, 'USD', { whole: true, locale: 'en-US' })).toBe('−$3');
  });
});

describe('signed', () => {
  it('puts a plus or a real minus sign before the magnitude', () => {
    const money = (x: number) => formatMoney(x, 'USD', { locale: 'en-US', whole: true });
    expect(signed(17480.4, money)).toBe('+$17,480');
    expect(signed(-17480.4, money)).toBe('−$17,480');
    expect(signed(0.2, money)).toBe('±$0');
    expect(signed(Number.NaN, money)).toBe(NONE);
  });
});

describe('inputText', () => {
  it('shows a value in a field without grouping and without float noise', () => {
    expect(inputText(60.80000000000001, 2)).toBe('60.8');
    expect(inputText(50000, 0)).toBe('50000');
    expect(inputText(Number.NaN)).toBe('');
  });

  it('never shows a value that is not 0 as 0: it gets the decimals it needs', () => {
    expect(inputText(0.0001, 2)).toBe('0.0001');
    expect(inputText(-0.00004, 4)).toBe('-0.00004');
    expect(inputText(0.004, 2)).toBe('0.004');
    expect(inputText(0.005, 2)).toBe('0.01');
    expect(inputText(0, 2)).toBe('0');
  });

  it("writes the locale's decimal separator, so that the field reads back as the same number there", () => {
    expect(inputText(12.5, 2, 'de-DE')).toBe('12,5');
    expect(inputText(30000, 0, 'de-DE')).toBe('30000');
    expect(inputText(1234.5, 2, 'fr-FR')).toBe('1234,5');
    expect(inputText(1234.5, 2, 'de-CH')).toBe('1234.5');
    expect(inputText(-0.00001, 2, 'de-DE')).toBe('-0,00001');
    // Float noise below 12 decimals rounds to 0, never to "-0".
    expect(inputText(-1e-15, 2, 'de-DE')).toBe('0');
  });
});

describe('negative figures on the page', () => {
  it('read with a true minus sign, as a loss and a signed difference do, in any locale; fields and files keep the hyphen', () => {
    expect(formatMoney(-2000, 'USD', { whole: true, locale: 'en-US' })).toBe('−$2,000');
    expect(formatMoney(-2000, 'EUR', { locale: 'de-DE' })).toBe('−2.000,00\u00a0€');
    expect(formatNumber(-12, 1, 'en-US')).toBe('−12');
    expect(formatFixed(-0.5, 1, 'en-US')).toBe('−0.5');
    expect(formatMoney(2000, 'USD', { whole: true, locale: 'en-US' })).toBe('$2,000');
    expect(inputText(-3, 2)).toBe('-3');
  });
});

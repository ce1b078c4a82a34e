import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumberText, readTypedNumber, twoReadingsMessage } from '../../../src/io/locale-number';

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'de-CH'] as const;

describe('readTypedNumber', () => {
  it('reads the locale’s own separators as the locale means them', () => {
    expect(readTypedNumber('30.000', 'de-DE')).toEqual({ ok: true, value: 30000 });
    expect(readTypedNumber('12,5', 'de-DE')).toEqual({ ok: true, value: 12.5 });
    expect(readTypedNumber('12,500', 'de-DE')).toEqual({ ok: true, value: 12.5 });
    expect(readTypedNumber('1.234.567,89', 'de-DE')).toEqual({ ok: true, value: 1234567.89 });
    expect(readTypedNumber('30,000', 'en-US')).toEqual({ ok: true, value: 30000 });
    expect(readTypedNumber('1,234', 'en-US')).toEqual({ ok: true, value: 1234 });
    expect(readTypedNumber('12.5', 'en-US')).toEqual({ ok: true, value: 12.5 });
    expect(readTypedNumber('1 234,5', 'fr-FR')).toEqual({ ok: true, value: 1234.5 });
    expect(readTypedNumber('1\u202f234,5', 'fr-FR')).toEqual({ ok: true, value: 1234.5 });
    expect(readTypedNumber('1’234.5', 'de-CH')).toEqual({ ok: true, value: 1234.5 });
    expect(readTypedNumber("1'234.5", 'de-CH')).toEqual({ ok: true, value: 1234.5 });
  });

  it('reads a text that makes a number only one way in that one way', () => {
    expect(readTypedNumber('12.5', 'de-DE')).toEqual({ ok: true, value: 12.5 });
    expect(readTypedNumber('12,5', 'en-US')).toEqual({ ok: true, value: 12.5 });
    expect(readTypedNumber('1,234.5', 'de-DE')).toEqual({ ok: true, value: 1234.5 });
    expect(readTypedNumber('1.234.567', 'fr-FR')).toEqual({ ok: true, value: 1234567 });
    expect(readTypedNumber('1,5', 'de-CH')).toEqual({ ok: true, value: 1.5 });
    expect(readTypedNumber('−4', 'en-US')).toEqual({ ok: true, value: -4 });
    expect(readTypedNumber('1e3', 'de-DE')).toEqual({ ok: true, value: 1000 });
    expect(readTypedNumber('6,', 'de-DE')).toEqual({ ok: true, value: 6 });
    expect(readTypedNumber(',5', 'de-DE')).toEqual({ ok: true, value: 0.5 });
    expect(readTypedNumber('١٢٣٫٥', 'ar-EG')).toEqual({ ok: true, value: 123.5 });
  });

  it('returns both readings of a separator the locale does not use, never one of them', () => {
    expect(readTypedNumber('1.234', 'fr-FR')).toEqual({ ok: false, readings: [1234, 1.234] });
    expect(readTypedNumber('1,234', 'de-CH')).toEqual({ ok: false, readings: [1234, 1.234] });
    expect(readTypedNumber('30,000', 'de-CH')).toEqual({ ok: false, readings: [30000, 30] });
  });

  it('refuses what is not a number', () => {
    for (const raw of ['', ' ', 'abc', '12abc', '1.2.3', 'NaN', 'Infinity', '--1', '1..2', '1,2,3', '12 5', ',', '1e999', '1.23,4,5'])
      for (const locale of LOCALES) expect(readTypedNumber(raw, locale), `${raw} in ${locale}`).toEqual({ ok: false, readings: [] });
  });

  it('reads back every number the page writes, grouped or plain, in en-US, de-DE, fr-FR and de-CH', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (locale, n, k) => {
        const x = n / 10 ** k;
        const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(x);
        expect(readTypedNumber(grouped, locale)).toEqual({ ok: true, value: x });
        expect(readTypedNumber(plainNumberText(x, 3, locale), locale)).toEqual({ ok: true, value: x });
      }),
    );
  });
});

describe('twoReadingsMessage', () => {
  it('names both readings as the page writes them and what to type for each', () => {
    expect(twoReadingsMessage(' 1.234 ', [1234, 1.234], 'fr-FR')).toBe('"1.234" reads two ways here: 1\u202f234 or 1,234. Type 1234 or 1,234 to say which.');
  });
});

import { describe, expect, it } from 'vitest';
import { isMissing, mapChannel, parseDuration, parseNumber } from '../../../../src/io/csv-import/values';
import { suggestKind } from '../../../../src/model/channel-defaults';
import { StreamStats } from '../../../../src/io/csv-import/median';
import { suggestTier } from '../../../../src/io/csv-import/tiers';
import { rejectionsCsv } from '../../../../src/io/csv-import/rejections';

describe('isMissing', () => {
  it('reads empty cells and placeholders as missing, and values as present', () => {
    for (const v of ['', '  ', '?', 'N/A', 'n/a', 'Not Provided', '#N/A', 'null', '-']) expect(isMissing(v)).toBe(true);
    for (const v of ['0', 'Billing', '12,5', '2024-01-01']) expect(isMissing(v)).toBe(false);
  });
});

describe('parseNumber', () => {
  it('reads decimal points, decimal commas and thousands groups', () => {
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('12,5', 'comma')).toBe(12.5);
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('1,234', 'comma')).toBe(1.234);
    expect(parseNumber('1.234', 'comma')).toBe(1234);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber(' 7 ')).toBe(7);
  });

  it('refuses what is not a number', () => {
    for (const v of ['', 'abc', '0x10', 'Infinity', '1,2,3.4.5', '12a']) expect(parseNumber(v)).toBeNaN();
  });
});

describe('parseDuration', () => {
  it('reads plain numbers in the column unit, clock forms and written units, in seconds', () => {
    expect(parseDuration('95', 'seconds')).toBe(95);
    expect(parseDuration('1,5', 'minutes')).toBe(90);
    expect(parseDuration('0.5', 'hours')).toBe(1800);
    expect(parseDuration('0:01:35', 'minutes')).toBe(95);
    expect(parseDuration('01:35', 'minutes')).toBe(95);
    expect(parseDuration('1:02:03.5', 'seconds')).toBe(3723.5);
    expect(parseDuration('4m 30s', 'seconds')).toBe(270);
    expect(parseDuration('1h 5m', 'seconds')).toBe(3900);
    expect(parseDuration('95 sec', 'minutes')).toBe(95);
  });

  it('refuses negative, malformed and non-sexagesimal values', () => {
    for (const v of ['-5', '1:75', 'abc', '5 parsecs', '1:2:3:4', ':']) expect(parseDuration(v, 'seconds')).toBeNaN();
  });
});

describe('mapChannel', () => {
  it('maps channel names to chat, voice and email, messaging to email (a backlog, no live queue), and others to none', () => {
    expect(mapChannel('Live Chat')).toBe('chat');
    expect(mapChannel('Phone')).toBe('voice');
    expect(mapChannel('E-mail')).toBe('email');
    expect(mapChannel('Web form')).toBe('email');
    expect(mapChannel('Social media')).toBe('email');
    expect(mapChannel('WhatsApp')).toBe('email');
    expect(mapChannel('In person')).toBeNull();
  });

  it('reads every name as the channel editor suggests its kind', () => {
    for (const name of ['Phone', 'Call back', 'Chat', 'Live chat', 'Email', 'Twitter', 'SMS', 'Facebook', 'Portal', 'Walk-in', 'Other']) {
      const kind = suggestKind(name);
      expect(mapChannel(name)).toBe(kind === 'messaging' ? 'email' : kind);
    }
  });
});

describe('suggestTier', () => {
  it('follows the keywords, the most complex winning', () => {
    expect(suggestTier('Order status')).toEqual({ tier: 1, keyword: 'order status' });
    expect(suggestTier('Password reset')).toMatchObject({ tier: 1 });
    expect(suggestTier('Refund request')).toMatchObject({ tier: 2 });
    expect(suggestTier('Billing inquiry')).toMatchObject({ tier: 2 });
    expect(suggestTier('Refund complaint')).toMatchObject({ tier: 3, keyword: 'complaint' });
    expect(suggestTier('Fraud')).toMatchObject({ tier: 3 });
    expect(suggestTier('Something else')).toEqual({ tier: 2, keyword: null });
  });
});

describe('StreamStats', () => {
  it('gives the exact median for a few values', () => {
    const s = new StreamStats();
    for (const v of [5, 1, 4, 2]) s.add(v);
    expect(s.median).toBe(3);
    expect(s.mean).toBe(3);
    expect(s.isExact).toBe(true);
  });

  it('keeps the median within 0.5 % past the exact buffer, with an exact mean', () => {
    // Deterministic log-normal-ish handle times (seconds), 200,000 values.
    let x = 12345;
    const values: number[] = [];
    const s = new StreamStats();
    for (let i = 0; i < 200_000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const u = x / 2147483648;
      const v = Math.exp(5.5 + 0.8 * Math.tan(Math.PI * (u - 0.5)) * 0.3);
      const clipped = Math.min(v, 80_000);
      values.push(clipped);
      s.add(clipped);
    }
    values.sort((a, b) => a - b);
    const exact = (values[99_999]! + values[100_000]!) / 2;
    expect(s.isExact).toBe(false);
    expect(Math.abs(s.median / exact - 1)).toBeLessThan(0.005);
    expect(s.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 6);
  });
});

describe('rejectionsCsv', () => {
  it('writes row, column and reason as RFC 4180 CSV and neutralises formulas', () => {
    const csv = rejectionsCsv(
      [
        { row: 3, column: 'handle', reason: 'Handle time "abc" is not a duration, sorry' },
        { row: 9, column: '=cmd', reason: 'x' },
      ],
      2,
    );
    expect(csv).toBe('row,column,reason\r\n3,handle,"Handle time ""abc"" is not a duration, sorry"\r\n9,\'=cmd,x\r\n,,2 more rejected rows are not listed\r\n');
  });
});

describe('StreamStats.merge', () => {
  it('merges exact buffers and histograms into one stream with the exact mean', () => {
    const small = new StreamStats();
    for (const v of [10, 20, 30]) small.add(v);
    const big = new StreamStats();
    for (let i = 1; i <= 2000; i++) big.add(i);
    const merged = StreamStats.merge([small, null, big]);
    expect(merged.count).toBe(2003);
    expect(merged.sum).toBe(60 + (2000 * 2001) / 2);
    expect(Math.abs(merged.median / 1001.5 - 1)).toBeLessThan(0.005);
    const exact = StreamStats.merge([small, small]);
    expect(exact.isExact).toBe(true);
    expect(exact.median).toBe(20);
  });
});

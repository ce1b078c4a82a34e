import { describe, expect, it } from 'vitest';
import { getAt, parseTypedNumber, setAt } from '../../../src/state/paths';

describe('getAt and setAt', () => {
  const root = { a: { b: 1 }, list: [{ x: 1 }, { x: 2 }] };

  it('reads a dotted path through objects and arrays', () => {
    expect(getAt(root, 'a.b')).toBe(1);
    expect(getAt(root, 'list.1.x')).toBe(2);
    expect(getAt(root, 'list.5.x')).toBeUndefined();
  });

  it('writes a copy and shares what it did not touch', () => {
    const next = setAt(root, 'list.1.x', 9);
    expect(next.list[1]!.x).toBe(9);
    expect(root.list[1]!.x).toBe(2);
    expect(next.a).toBe(root.a);
    expect(next.list[0]).toBe(root.list[0]);
    expect(Array.isArray(next.list)).toBe(true);
  });
});

describe('parseTypedNumber', () => {
  it('reads what people type', () => {
    expect(parseTypedNumber(' 12.5 ')).toBe(12.5);
    expect(parseTypedNumber('12,5')).toBe(12.5);
    expect(parseTypedNumber('12,500')).toBe(12500);
    expect(parseTypedNumber('1,250,000.75')).toBe(1250000.75);
    expect(parseTypedNumber('-4')).toBe(-4);
    expect(parseTypedNumber('.5')).toBe(0.5);
    expect(parseTypedNumber('1e3')).toBe(1000);
  });

  it('refuses what is not a number rather than guessing', () => {
    for (const raw of ['', ' ', 'abc', '12abc', '1.2.3', 'NaN', 'Infinity', '--1']) expect(parseTypedNumber(raw)).toBeNull();
  });

  it('reads in the locale it is given, and refuses a text that reads two ways there', () => {
    expect(parseTypedNumber('30.000', 'de-DE')).toBe(30000);
    expect(parseTypedNumber('12,5', 'de-DE')).toBe(12.5);
    expect(parseTypedNumber('1.234', 'fr-FR')).toBeNull();
  });
});

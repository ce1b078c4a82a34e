import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../../src/model';
import {
  defaultRange,
  fieldText,
  freshSeed,
  fullRampMonth,
  modelValue,
  parseRangeEdit,
  parseSeed,
  rangeHint,
  SEED_MESSAGE,
  shownValue,
  withRange,
} from '../../../../src/ui/uncertainty/range-form';
import { validateRange, RANGED_INPUTS } from '../../../../src/model/uncertainty';

describe('range fields', () => {
  it('show multipliers as percent of the point value and absolute ranges as they are', () => {
    expect(fieldText('handleMinutes', 0.85)).toBe('85');
    expect(fieldText('rampSpeed', 0.7)).toBe('70');
    expect(fieldText('resolutionPct', 75)).toBe('75');
    expect(shownValue('aiPrice', 1.2)).toBeCloseTo(120, 12);
    expect(modelValue('aiPrice', 120)).toBe(1.2);
    expect(modelValue('errorRatePct', 8)).toBe(8);
  });

  it('turn typed text into a range, decimal commas included', () => {
    expect(parseRangeEdit('costPerHour', '90', '112,5')).toEqual({ ok: true, range: { low: 0.9, high: 1.125 } });
    expect(parseRangeEdit('resolutionPct', ' 70 ', '90')).toEqual({ ok: true, range: { low: 70, high: 90 } });
  });

  it('refuse text that is not a number, at its field', () => {
    expect(parseRangeEdit('aiPrice', 'abc', '')).toEqual({
      ok: false,
      issues: [
        { field: 'ranges.aiPrice.low', message: 'AI price: the low end must be a number' },
        { field: 'ranges.aiPrice.high', message: 'AI price: the high end must be a number' },
      ],
    });
  });

  it("refuse values out of domain with the model's messages", () => {
    expect(parseRangeEdit('handleMinutes', '0', '110')).toEqual({
      ok: false,
      issues: [
        {
          field: 'ranges.handleMinutes.low',
          message: 'Handle time: the low end must be more than 0 % of the point value (accepted: above 0 to 500 % of the point value)',
        },
      ],
    });
    expect(parseRangeEdit('errorRatePct', '9', '3')).toEqual({
      ok: false,
      issues: [{ field: 'ranges.errorRatePct.high', message: 'AI error rate: the low end cannot exceed the high end' }],
    });
  });
});

describe('defaultRange', () => {
  it('surrounds the point estimate within the accepted values', () => {
    const s = presetScenario('ecommerce');
    expect(defaultRange(s, 'resolutionPct')).toEqual({ low: 75, high: 85 });
    expect(defaultRange(s, 'errorRatePct')).toEqual({ low: 2.5, high: 7.5 });
    expect(defaultRange(s, 'rampSpeed')).toEqual({ low: 0.7, high: 1 });
    expect(defaultRange({ ...s, categories: s.categories.map((c) => ({ ...c, resolutionPct: c.aiEligible ? 98 : 0 })) }, 'resolutionPct')).toEqual({
      low: 93,
      high: 100,
    });
    for (const input of RANGED_INPUTS) expect(validateRange(input, defaultRange(s, input))).toEqual([]);
  });
});

describe('withRange', () => {
  it('sets or removes one range and leaves the others', () => {
    const s = presetScenario('saas');
    const next = withRange(s, 'aiPrice', null);
    expect(next.ranges.aiPrice).toBeNull();
    expect(next.ranges.resolutionPct).toEqual(s.ranges.resolutionPct);
    expect(s.ranges.aiPrice).not.toBeNull();
  });
});

describe('rangeHint', () => {
  const s = presetScenario('ecommerce');
  it("says what a range means in the scenario's units", () => {
    expect(rangeHint(s, 'costPerHour', { low: 0.9, high: 1.1 }, 'en-US')).toBe('$22.50 to $27.50 per agent hour (point $25.00).');
    expect(rangeHint(s, 'aiPrice', { low: 0.8, high: 1.2 }, 'en-US')).toBe('$0.79 to $1.19 per resolution (point $0.99).');
    expect(rangeHint(s, 'errorRatePct', { low: 2, high: 8 }, 'en-US')).toBe('Wrong answers 2% to 8% of AI-resolved contacts (point 5%).');
    // Planned ramp 0.667, 0.867, 1: full in month 3. At 70 % speed month 4 reads f(2.8) = 0.867 + 0.8 x 0.133 < 1
    // and month 5 reads f(3.5) = 1.
    expect(rangeHint(s, 'rampSpeed', { low: 0.7, high: 1 }, 'en-US')).toBe('Full resolution rate reached in month 3 to month 5 (planned: month 3).');
  });

  it('follows the cost basis in use', () => {
    const perContact = { ...s, human: { ...s.human, costBasis: 'contact' as const, costPerContact: 8 } };
    expect(rangeHint(perContact, 'costPerHour', { low: 0.5, high: 1.5 }, 'en-US')).toBe('$4.00 to $12.00 per human contact (point $8.00).');
  });
});

describe('fullRampMonth', () => {
  it('is the first month at full ramp', () => {
    expect(fullRampMonth([0.667, 0.867, 1])).toBe(3);
    expect(fullRampMonth([0.5])).toBe(2);
    expect(fullRampMonth([])).toBe(1);
  });
});

describe('parseSeed', () => {
  it('accepts whole numbers that fit in 32 bits', () => {
    expect(parseSeed('0')).toEqual({ ok: true, seed: 0 });
    expect(parseSeed(' 4294967295 ')).toEqual({ ok: true, seed: 4_294_967_295 });
    for (const bad of ['4294967296', '-1', '1.5', 'x', '']) expect(parseSeed(bad)).toEqual({ ok: false, message: SEED_MESSAGE });
  });

  it('makes fresh seeds within range', () => {
    expect(freshSeed(() => 0)).toBe(0);
    expect(freshSeed(() => 0.999999999999)).toBeLessThanOrEqual(4_294_967_295);
  });
});

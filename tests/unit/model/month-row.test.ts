import { describe, expect, it } from 'vitest';
import { decimalRows, minorLedger } from '../../../src/model/ledger';
import { monthRowWith, repeatedMonth, type MonthRowOf } from '../../../src/model/month-row';
import { newContext, projectWith } from '../../../src/model/projection';
import { FULL } from '../../../src/model/switches';
import { workedScenario } from './fixtures';

const MONEY = ['baselineCost', 'humanCost', 'aiCost', 'qualityCost', 'fixedCost', 'totalCost', 'savings', 'cumulativeSavings'] as const;

/** A month booked by the engine in whole cents: every field it has is one the row copies must carry. */
function bookedMonth(): MonthRowOf<number> {
  return projectWith(minorLedger(2), workedScenario(), FULL, newContext())[0]!;
}

describe('monthRowWith: the one list of a month’s fields', () => {
  it('carries every field of the engine’s row, in its order, passing each amount through money', () => {
    const r = bookedMonth();
    const out = monthRowWith(r, 9, (x) => `${x} units`, 'cumulative');
    expect(Object.keys(out)).toEqual(Object.keys(r));
    for (const k of Object.keys(r) as (keyof MonthRowOf<number>)[]) {
      if (k === 'month') expect(out.month).toBe(9);
      else if (k === 'cumulativeSavings') expect(out.cumulativeSavings).toBe('cumulative');
      else if ((MONEY as readonly string[]).includes(k)) expect(out[k]).toBe(`${r[k] as number} units`);
      else expect(out[k]).toBe(r[k]);
    }
  });

  it('repeats a month with its own number and cumulative savings, every other figure the same', () => {
    const r = bookedMonth();
    const out = repeatedMonth(r, 4, 123);
    expect(out).toEqual({ ...r, month: 4, cumulativeSavings: 123 });
  });

  it('reads a booked month as decimals to the cent, every other figure the same', () => {
    const r = bookedMonth();
    const [d] = decimalRows([r], 2);
    expect(Object.keys(d!)).toEqual(Object.keys(r));
    for (const k of MONEY) expect(d![k].toFixed(2)).toBe((r[k] / 100).toFixed(2));
    expect(d!.staffing).toBe(r.staffing);
    expect(d!.categories).toBe(r.categories);
  });
});

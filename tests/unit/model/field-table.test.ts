// The field table is the one description of every numeric input: the schema must accept
// exactly what the table says, field by field (bounds, whole numbers, empty values).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { groupedWhole, NUMBER_FIELDS, numberField, fieldOfParameter, type NumberFieldSpec } from '../../../src/model/field-table';
import { newChannel, parseScenario, presetScenario, type Scenario } from '../../../src/model';
import { setAt } from '../../../src/state/paths';

/**
 * A scenario that holds the field's path and no other limit on it: the default preset, with
 * two channels for a channel's field, and a one-month horizon for growth (compounded growth
 * has its own limit, tested in limits.test.ts).
 */
function base(f: NumberFieldSpec): Scenario {
  const s = presetScenario();
  if (f.path === 'growthPctPerMonth') return { ...s, finance: { ...s.finance, months: 1 } };
  if (!f.path.startsWith('channels.')) return s;
  const chat = newChannel('chat', 60);
  return { ...s, channels: [chat, newChannel('email', 40, [chat.id])] };
}

/** The problems `parseScenario` finds at the field's own path (index 0 for lists), with `value` there. */
function issuesAt(f: NumberFieldSpec, value: unknown): string[] {
  const path = f.path.replace('*', '0');
  const r = parseScenario(setAt(base(f), path, value));
  return r.ok ? [] : r.issues.filter((i) => i.field === path).map((i) => i.message);
}

/** A value the field accepts: the middle of its bounds (whole for whole-number fields). */
function inside(f: NumberFieldSpec): number {
  const mid = f.max === Infinity ? f.min + 1 : (f.min + f.max) / 2;
  return f.integer ? Math.round(mid) : mid;
}

describe('the field table', () => {
  it('describes each path once, with bounds in order and a label', () => {
    const paths = NUMBER_FIELDS.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const f of NUMBER_FIELDS) {
      expect(f.label.length, f.path).toBeGreaterThan(0);
      expect(f.min, f.path).toBeLessThan(f.max);
    }
  });

  it.each(NUMBER_FIELDS.map((f) => [f.path, f] as const))('%s: the schema accepts what the table accepts and refuses what it refuses', (_path, f) => {
    expect(issuesAt(f, inside(f))).toEqual([]);
    // The lowest value: accepted unless the bound is exclusive.
    expect(issuesAt(f, f.min).length > 0).toBe(f.above === true || f.check === 'positive');
    expect(issuesAt(f, f.min - 1).length).toBeGreaterThan(0);
    if (f.max !== Infinity) {
      expect(issuesAt(f, f.max)).toEqual([]);
      expect(issuesAt(f, f.max + 1).length).toBeGreaterThan(0);
    }
    if (f.integer) expect(issuesAt(f, inside(f) + 0.5).length).toBeGreaterThan(0);
    expect(issuesAt(f, null).length === 0).toBe(f.nullable === true);
    expect(issuesAt(f, 'twelve').length).toBeGreaterThan(0);
  });

  it('names each message after the field, as the table says', () => {
    expect(issuesAt(numberField('human.shrinkagePct'), 96)).toEqual(['Shrinkage above 95 % leaves no one on seat (accepted: 0 to 95 %)']);
    expect(issuesAt(numberField('categories.3.handleMinutes'), -4)).toEqual(['Handle time cannot be negative (accepted: 0 or more minutes)']);
    expect(issuesAt(numberField('human.costPerHour'), 1e8)).toEqual(['Loaded cost per hour cannot exceed 10,000,000 per hour (accepted: 0 to 10,000,000)']);
    expect(issuesAt(numberField('channels.*.serviceLevelPct'), 0)).toEqual(['Channel service level target must be more than 0 %']);
  });

  it('finds a field by the readable link parameter that sets it', () => {
    expect(fieldOfParameter('shrinkage')?.path).toBe('human.shrinkagePct');
    expect(fieldOfParameter('months')?.integer).toBe(true);
    expect(fieldOfParameter('no_such_parameter')).toBeUndefined();
    expect(() => numberField('human.nothing')).toThrow(/No numeric input is described at "human.nothing"/);
  });
});

describe('groupedWhole', () => {
  it('writes a whole number as en-US does: 100,000,000', () => {
    expect(groupedWhole(1e8)).toBe('100,000,000');
    expect(groupedWhole(0)).toBe('0');
    expect(groupedWhole(999)).toBe('999');
    expect(groupedWhole(1000)).toBe('1,000');
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => groupedWhole(n) === n.toLocaleString('en-US')));
  });

  it("keeps the tokens' message as it was", () => {
    expect(numberField('ai.tokensPerConversation').high).toBe(`Tokens per conversation cannot exceed ${(1e8).toLocaleString('en-US')}`);
  });
});

describe('building the field table', () => {
  it('formats nothing with Intl: the page builds it while its first file runs, before any figure is formatted', async () => {
    vi.resetModules();
    const toLocale = vi.spyOn(Number.prototype, 'toLocaleString');
    const format = vi.spyOn(Intl, 'NumberFormat');
    try {
      const fresh = await import('../../../src/model/field-table');
      expect(fresh.NUMBER_FIELDS.length).toBe(NUMBER_FIELDS.length);
      expect(toLocale).not.toHaveBeenCalled();
      expect(format).not.toHaveBeenCalled();
    } finally {
      toLocale.mockRestore();
      format.mockRestore();
    }
  });
});

describe("a field's refusal names what it accepts", () => {
  const messages = (path: string, value: number): string[] => {
    const r = parseScenario(setAt(presetScenario('ecommerce'), path, value));
    return r.ok ? [] : r.issues.filter((i) => i.field === path).map((i) => i.message);
  };

  it('names the limit of a bound without a message of its own, not "must be a number"', () => {
    expect(messages('human.seats', 100_001)).toEqual(['Seats cannot exceed 100,000 agents (accepted: 1 to 100,000 agents)']);
  });

  it("names the field's own range in a percentage's bounds: occupancy 10 to 100 %, shrinkage 0 to 95 %", () => {
    expect(messages('human.maxOccupancyPct', 150)).toEqual(['Max occupancy cannot exceed 100 % (accepted: 10 to 100 %)']);
    expect(messages('human.shrinkagePct', -5)).toEqual(['Shrinkage cannot be negative (accepted: 0 to 95 %)']);
    expect(messages('human.serviceLevelPct', -1)[0]).toBe('Service level target cannot be negative (accepted: more than 0 to 99.9 %)');
  });

  it('never says a number is not a number', () => {
    for (const f of NUMBER_FIELDS.filter((x) => !x.path.includes('*') && x.max !== Infinity))
      for (const m of messages(f.path, f.max + 1)) expect(m, f.path).not.toMatch(/must be a number/);
  });
});

import { describe, expect, it, vi } from 'vitest';

// Every calculation the planner asks of the model is recorded (horizon and volume), and moves a
// clock of the test's own: a horizon of 60 months "takes" 80 ms, one of 48 months 40 ms, a shorter one 10 ms, and
// staffing the first months ahead 30 ms. One
// marked volume is refused, as a bound of a search would.
const calculated: string[] = [];
let now = 0;
vi.mock('../../../src/model', async (importOriginal) => {
  const model = await importOriginal<typeof import('../../../src/model')>();
  return {
    ...model,
    calculate: (s: import('../../../src/model').Scenario) => {
      calculated.push(`${s.finance.months}:${s.contactsPerMonth}`);
      now += s.finance.months >= 60 ? 80 : s.finance.months >= 48 ? 40 : 10;
      if (s.contactsPerMonth === 77_777) throw new model.ModelLimitError('The Erlang C staffing search did not settle within 10,000,000 steps');
      return model.calculate(s);
    },
    minorUnitDigits: (currency: string) => {
      calculated.push(`digits ${currency}`);
      return model.minorUnitDigits(currency);
    },
    staffFirstMonths: (s: import('../../../src/model').Scenario, months: number) => {
      calculated.push(`staff ${months}:${s.contactsPerMonth}`);
      now += 30;
      if (s.contactsPerMonth === 77_777) throw new model.ModelLimitError('The Erlang C staffing search did not settle within 10,000,000 steps');
      model.staffFirstMonths(s, months);
    },
  };
});

const { presetScenario } = await import('../../../src/model');
const { Planner, SLICE_ABOVE_MS } = await import('../../../src/state/planner.svelte');

/** Later tasks run by hand. */
function tasks() {
  let queued: Array<() => void> = [];
  return {
    schedule: (task: () => void) => {
      queued.push(task);
      return () => void (queued = queued.filter((t) => t !== task));
    },
    get waiting() {
      return queued.length;
    },
    run() {
      const next = queued;
      queued = [];
      for (const t of next) t();
    },
  };
}

function planner(months: number) {
  const s = presetScenario('ecommerce');
  const t = tasks();
  const p = new Planner(
    { scenarios: [{ ...s, finance: { ...s.finance, months } }], activeIndex: 0 },
    { frames: null, slices: t.schedule, clock: () => now, compare: null },
  );
  void p.results;
  calculated.length = 0;
  return { p, t };
}

describe("the page's start, in pieces", () => {
  it("of a long horizon: the currency's number format first, in a piece of its own, then the staffing a year at a time", () => {
    const { p } = planner(60);
    const pieces = p.headStartActive();
    expect(pieces).toHaveLength(6);
    pieces[0]!();
    expect(calculated).toEqual(['digits USD']);
    for (const piece of pieces.slice(1)) piece();
    expect(calculated).toEqual(['digits USD', 'staff 12:50000', 'staff 24:50000', 'staff 36:50000', 'staff 48:50000', 'staff 60:50000']);
  });

  it('of a short horizon: none (its calculation is one task)', () => {
    expect(planner(30).p.headStartActive()).toEqual([]);
  });
});

describe('an edit of a heavy scenario, computed in pieces', () => {
  it('is computed at once when the last calculation was quick', () => {
    const { p, t } = planner(24);
    expect(10).toBeLessThan(SLICE_ABOVE_MS);
    expect(p.setNumber('contactsPerMonth', '21000')).toBe(true);
    expect(calculated).toEqual(['24:21000']);
    expect(p.calculating).toBe(false);
    expect(t.waiting).toBe(0);
  });

  it('is computed in pieces after a calculation under the longest task but over half of it (a busy machine doubles its wall time)', () => {
    const { p, t } = planner(48);
    expect(40).toBeGreaterThan(SLICE_ABOVE_MS);
    expect(p.setNumber('contactsPerMonth', '21000')).toBe(true);
    expect(calculated).toEqual([]);
    expect(p.calculating).toBe(true);
    while (t.waiting > 0) t.run();
    expect(calculated).toEqual(['staff 12:21000', 'staff 24:21000', 'staff 36:21000', 'staff 48:21000', '48:21000']);
    expect(p.calculating).toBe(false);
  });

  it('staffs its first years in tasks of their own, then computes its figures in the next and shows them in the one after, the figures before shown meanwhile', () => {
    const { p, t } = planner(60);
    const before = p.metrics.monthly_savings;
    expect(p.setNumber('contactsPerMonth', '21000')).toBe(true);
    // Applied at once (the field shows it), computed later: the figures before stay, marked.
    expect(p.scenario.contactsPerMonth).toBe(21000);
    expect(calculated).toEqual([]);
    expect(p.calculating).toBe(true);
    expect(p.metrics.monthly_savings).toBe(before);
    t.run();
    expect(calculated).toEqual(['staff 12:21000']);
    expect(p.calculating).toBe(true);
    for (let i = 0; i < 4; i++) t.run();
    // The last piece staffs the whole horizon: the calculation staffs no month of its own.
    expect(calculated).toEqual(['staff 12:21000', 'staff 24:21000', 'staff 36:21000', 'staff 48:21000', 'staff 60:21000']);
    expect(p.calculating).toBe(true);
    t.run();
    // The figures computed in a task of their own, shown in the next.
    expect(calculated).toEqual(['staff 12:21000', 'staff 24:21000', 'staff 36:21000', 'staff 48:21000', 'staff 60:21000', '60:21000']);
    expect(t.waiting).toBe(1);
    t.run();
    expect(calculated).toHaveLength(6);
    expect(p.calculating).toBe(false);
    expect(t.waiting).toBe(0);
    // The same figures as the edit computed at once.
    const direct = new Planner({ scenarios: [p.snapshot().scenarios[0]!], activeIndex: 0 }, { frames: null, slices: null, compare: null });
    expect(p.metrics).toEqual(direct.metrics);
    expect(p.metrics.monthly_savings).not.toBe(before);
  });

  it("counts the pieces as the calculation's work: the next edit is cut too", () => {
    const { p, t } = planner(60);
    p.setNumber('contactsPerMonth', '21000');
    while (t.waiting > 0) t.run();
    calculated.length = 0;
    p.setNumber('contactsPerMonth', '22000');
    expect(calculated).toEqual([]);
    while (t.waiting > 0) t.run();
    expect(calculated).toEqual(['staff 12:22000', 'staff 24:22000', 'staff 36:22000', 'staff 48:22000', 'staff 60:22000', '60:22000']);
  });

  it('a later edit replaces the pieces not yet run: only its own figures are computed', () => {
    const { p, t } = planner(60);
    p.setNumber('contactsPerMonth', '21000');
    t.run();
    p.setNumber('contactsPerMonth', '21500');
    expect(t.waiting).toBe(1);
    while (t.waiting > 0) t.run();
    expect(calculated).toEqual(['staff 12:21000', 'staff 12:21500', 'staff 24:21500', 'staff 36:21500', 'staff 48:21500', 'staff 60:21500', '60:21500']);
    expect(p.scenario.contactsPerMonth).toBe(21500);
    expect(p.calculating).toBe(false);
  });

  it('an edit the model cannot compute goes back to the last computed scenario, the typed value kept as a draft with the reason', () => {
    const { p, t } = planner(60);
    const before = p.metrics.monthly_savings;
    expect(p.setNumber('contactsPerMonth', '77777')).toBe(true);
    while (t.waiting > 0) t.run();
    expect(p.scenario.contactsPerMonth).toBe(presetScenario('ecommerce').contactsPerMonth);
    expect(p.draftOf('contactsPerMonth')).toEqual({ raw: '77777', message: expect.stringContaining('did not settle') });
    expect(p.metrics.monthly_savings).toBe(before);
    expect(p.calculating).toBe(false);
    expect(t.waiting).toBe(0);
  });

  it('computes the waiting edit at once when asked (printing cannot wait), and the pieces left then do nothing', () => {
    const { p, t } = planner(60);
    p.setNumber('contactsPerMonth', '21000');
    t.run();
    expect(p.calculating).toBe(true);
    p.finishPending();
    expect(p.calculating).toBe(false);
    expect(p.results.headline.summary.contactsPerMonth).toBe(21000);
    expect(calculated).toEqual(['staff 12:21000', '60:21000']);
    while (t.waiting > 0) t.run();
    expect(calculated).toEqual(['staff 12:21000', '60:21000']);
    p.finishPending();
    expect(calculated).toEqual(['staff 12:21000', '60:21000']);
  });

  it('never cuts without later tasks to run the pieces in', () => {
    const s = presetScenario('ecommerce');
    const p = new Planner(
      { scenarios: [{ ...s, finance: { ...s.finance, months: 60 } }], activeIndex: 0 },
      { frames: null, slices: null, clock: () => now, compare: null },
    );
    void p.results;
    calculated.length = 0;
    p.setNumber('contactsPerMonth', '21000');
    expect(calculated).toEqual(['60:21000']);
    expect(p.calculating).toBe(false);
  });
});

import { describe, expect, it, vi } from 'vitest';

// Every calculation the planner asks of the model is counted (and one marked volume is refused,
// as a bound of a search would), to see which edits compute and which wait for their frame.
const calculated: number[] = [];
vi.mock('../../../src/model', async (importOriginal) => {
  const model = await importOriginal<typeof import('../../../src/model')>();
  return {
    ...model,
    calculate: (s: import('../../../src/model').Scenario) => {
      calculated.push(s.contactsPerMonth);
      if (s.contactsPerMonth === 77_777) throw new model.ModelLimitError('The Erlang C staffing search did not settle within 10,000,000 steps');
      return model.calculate(s);
    },
  };
});

const { presetScenario } = await import('../../../src/model');
const { Planner } = await import('../../../src/state/planner.svelte');

function frames() {
  let queued: Array<() => void> = [];
  return {
    schedule: (task: () => void) => void queued.push(task),
    run() {
      const now = queued;
      queued = [];
      for (const t of now) t();
    },
  };
}

function planner() {
  const f = frames();
  const p = new Planner({ scenarios: [presetScenario('ecommerce')], activeIndex: 0 }, { frames: f.schedule });
  void p.results;
  calculated.length = 0;
  return { p, f };
}

describe('one calculation per frame', () => {
  it('computes the first edit of a frame at once, and of a burst of keystrokes only the last, in a later frame', () => {
    const { p, f } = planner();
    expect(p.setNumber('contactsPerMonth', '21000')).toBe(true);
    expect(p.results.headline.summary.contactsPerMonth).toBe(21000);
    expect(p.calculating).toBe(false);
    // Keystrokes that came while that calculation ran: applied, not computed.
    for (const v of ['21001', '21002', '21003']) expect(p.setNumber('contactsPerMonth', v)).toBe(true);
    expect(p.scenario.contactsPerMonth).toBe(21003);
    expect(calculated).toEqual([21000]);
    // Until then the figures before stay, marked as being recalculated (never another scenario's).
    expect(p.calculating).toBe(true);
    expect(p.results.headline.summary.contactsPerMonth).toBe(21000);
    f.run();
    expect(calculated).toEqual([21000]);
    f.run();
    expect(calculated).toEqual([21000, 21003]);
    expect(p.calculating).toBe(false);
    expect(p.results.headline.summary.contactsPerMonth).toBe(21003);
    // The next frame is free again: an edit computes at once.
    f.run();
    expect(p.setNumber('contactsPerMonth', '22000')).toBe(true);
    expect(p.results.headline.summary.contactsPerMonth).toBe(22000);
  });

  it('a deferred edit the model cannot compute goes back to the last computed scenario, the typed value kept as a draft with the reason', () => {
    const { p, f } = planner();
    p.setNumber('contactsPerMonth', '30000');
    const savings = p.metrics.monthly_savings;
    expect(p.setNumber('contactsPerMonth', '77777')).toBe(true);
    f.run();
    f.run();
    expect(p.scenario.contactsPerMonth).toBe(30000);
    expect(p.draftOf('contactsPerMonth')).toEqual({ raw: '77777', message: expect.stringContaining('did not settle') });
    expect(p.metrics.monthly_savings).toBe(savings);
    expect(p.calculating).toBe(false);
  });

  it('edits of other fields within a burst all apply', () => {
    const { p, f } = planner();
    p.setNumber('contactsPerMonth', '25000');
    p.setNumber('ai.pricePerUnit', '0.5');
    p.setNumber('human.costPerHour', '31');
    f.run();
    f.run();
    expect(p.scenario.contactsPerMonth).toBe(25000);
    expect(p.scenario.ai.pricePerUnit).toBe(0.5);
    expect(p.scenario.human.costPerHour).toBe(31);
    expect(calculated).toEqual([25000, 25000]);
    // The same figures as the same edits computed one by one.
    const direct = new Planner({ scenarios: [presetScenario('ecommerce')], activeIndex: 0 }, { frames: null });
    direct.setNumber('contactsPerMonth', '25000');
    direct.setNumber('ai.pricePerUnit', '0.5');
    direct.setNumber('human.costPerHour', '31');
    expect(p.metrics).toEqual(direct.metrics);
  });
});

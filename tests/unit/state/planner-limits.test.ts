import { describe, expect, it, vi } from 'vitest';

// A scenario the model cannot compute is hard to reach once the domain is closed (that is its
// point), so the model is made to refuse one marked volume, as a bound of a search would.
vi.mock('../../../src/model', async (importOriginal) => {
  const model = await importOriginal<typeof import('../../../src/model')>();
  return {
    ...model,
    calculate: (s: import('../../../src/model').Scenario) => {
      if (s.contactsPerMonth === 77_777) throw new model.ModelLimitError('The Erlang C staffing search did not settle within 10,000,000 steps');
      return model.calculate(s);
    },
  };
});

const { presetScenario } = await import('../../../src/model');
const { Planner } = await import('../../../src/state/planner.svelte');

describe('a scenario the model stops on', () => {
  it('stays a draft with the reason at the field; the last computed scenario keeps its figures', () => {
    const p = new Planner({ scenarios: [presetScenario('ecommerce')], activeIndex: 0 });
    const savings = p.metrics.monthly_savings;
    expect(p.setNumber('contactsPerMonth', '77777')).toBe(false);
    expect(p.draftOf('contactsPerMonth')?.message).toContain('did not settle');
    expect(p.scenario.contactsPerMonth).not.toBe(77_777);
    expect(p.metrics.monthly_savings).toBe(savings);
    expect(p.setNumber('contactsPerMonth', '77778')).toBe(true);
    expect(p.draftOf('contactsPerMonth')).toBeUndefined();
  });
});

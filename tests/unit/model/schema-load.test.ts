import { describe, expect, it, vi } from 'vitest';

describe('the validation, loaded on demand', () => {
  it('is what makes validation available: before it, validating says so; after it, a scenario validates', async () => {
    // A fresh copy of the model, as the page has it before the validation's file has loaded
    // (the unit tests' setup loads it at once for every other test).
    vi.resetModules();
    const model = await import('../../../src/model/schema');
    const { presetScenario } = await import('../../../src/model/presets');
    expect(() => model.parseScenario(presetScenario())).toThrow('The validation is not loaded yet: load src/model/schema-define.ts before validating');
    await import('../../../src/model/schema-define');
    expect(model.parseScenario(presetScenario())).toEqual({ ok: true, value: presetScenario() });
    const refused = model.parseScenario({ ...presetScenario(), contactsPerMonth: -5 });
    expect(refused).toEqual({
      ok: false,
      issues: [{ field: 'contactsPerMonth', message: 'Contacts per month cannot be negative (accepted: 0 or more contacts)' }],
    });
  });
});

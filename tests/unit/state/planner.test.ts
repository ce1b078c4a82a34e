import { describe, expect, it } from 'vitest';
import { automationRate, presetScenario } from '../../../src/model';
import { Planner, QUICK_AUTOMATION, rampText, splitRamp, uniqueName } from '../../../src/state/planner.svelte';

const fresh = () => new Planner({ scenarios: [presetScenario('ecommerce')], activeIndex: 0 });

describe('Planner edits', () => {
  it('applies a valid value and recomputes the results', () => {
    const p = fresh();
    p.setNumber('contactsPerMonth', '20000');
    expect(p.scenario.contactsPerMonth).toBe(20000);
    expect(p.results.headline.summary.contactsPerMonth).toBe(20000);
    expect(p.draftOf('contactsPerMonth')).toBeUndefined();
  });

  it("keeps a refused value as a draft with the model's message, and keeps computing the last valid scenario", () => {
    const p = fresh();
    const savings = p.metrics.monthly_savings;
    expect(p.setNumber('categories.0.handleMinutes', '-4')).toBe(false);
    expect(p.draftOf('categories.0.handleMinutes')).toEqual({ raw: '-4', message: 'Handle time cannot be negative (accepted: 0 or more minutes)' });
    expect(p.scenario.categories[0]!.handleMinutes).toBe(5);
    expect(p.metrics.monthly_savings).toBe(savings);
    expect(p.hasDrafts).toBe(true);
    p.setNumber('categories.0.handleMinutes', '4.5');
    expect(p.draftOf('categories.0.handleMinutes')).toBeUndefined();
    expect(p.scenario.categories[0]!.handleMinutes).toBe(4.5);
  });

  it('refuses text that is not a number', () => {
    const p = fresh();
    p.setNumber('human.shrinkagePct', '3O');
    expect(p.draftOf('human.shrinkagePct')?.message).toMatch(/Enter a number/);
    expect(p.scenario.human.shrinkagePct).toBe(30);
  });

  it("reads typed numbers in the page's locale, and asks about a text that reads two ways there", () => {
    const p = fresh();
    p.locale = 'de-DE';
    expect(p.setNumber('contactsPerMonth', '30.000')).toBe(true);
    expect(p.scenario.contactsPerMonth).toBe(30000);
    expect(p.setAverageHandle('12,5')).toBe(true);
    expect(p.results.headline.summary.contactsPerMonth).toBe(30000);
    p.setNumber('human.shrinkagePct', 'x');
    expect(p.draftOf('human.shrinkagePct')?.message).toBe('Enter a number, such as 12 or 12,5');
    p.locale = 'fr-FR';
    expect(p.setNumber('contactsPerMonth', '1.234')).toBe(false);
    expect(p.scenario.contactsPerMonth).toBe(30000);
    expect(p.draftOf('contactsPerMonth')).toEqual({
      raw: '1.234',
      message: '"1.234" reads two ways here: 1\u202f234 or 1,234. Type 1234 or 1,234 to say which.',
      readings: [1234, 1.234],
    });
    expect(p.setAutomation('12.345')).toBe(false);
    expect(p.draftOf(QUICK_AUTOMATION)?.readings).toEqual([12345, 12.345]);
  });

  it('reads a ramp with decimal commas where the locale writes them', () => {
    const p = fresh();
    p.locale = 'de-DE';
    expect(p.setRamp('0,5; 0,8; 1')).toBe(true);
    expect(p.scenario.ramp).toEqual([0.5, 0.8, 1]);
    expect(p.setRamp('0,25 0,75')).toBe(true);
    expect(p.scenario.ramp).toEqual([0.25, 0.75]);
    expect(rampText([0.667, 0.867, 1], 'de-DE')).toBe('0,667; 0,867; 1');
    expect(rampText([0.667, 1], 'en-US')).toBe('0.667, 1');
    expect(splitRamp('0.5,0.8, 1', 'en-US')).toEqual(['0.5', '0.8', '1']);
  });

  it('rescales resolution rates to an automation rate, and refuses one above the AI-eligible share', () => {
    const p = fresh();
    expect(p.setAutomation('50')).toBe(true);
    expect(automationRate(p.scenario) * 100).toBeCloseTo(50, 9);
    expect(p.setAutomation('90')).toBe(false);
    expect(p.draftOf(QUICK_AUTOMATION)?.message).toMatch(/exceeds the .* of contacts the AI may attempt/);
    expect(automationRate(p.scenario) * 100).toBeCloseTo(50, 9);
  });

  it('reads a ramp as "off" or fractions', () => {
    const p = fresh();
    p.setRamp('0.5, 0.8, 1');
    expect(p.scenario.ramp).toEqual([0.5, 0.8, 1]);
    p.setRamp('off');
    expect(p.scenario.ramp).toEqual([]);
    expect(p.setRamp('0.5, 1.5')).toBe(false);
    expect(p.draftOf('ramp')?.message).toBe('Ramp fractions are between 0 and 1');
  });

  it('switches a category to tier 3 human-only, and back to eligible when it leaves tier 3', () => {
    const p = fresh();
    p.setTier(2, 3);
    expect(p.scenario.categories[2]).toMatchObject({ tier: 3, aiEligible: false });
    p.setTier(2, 2);
    expect(p.scenario.categories[2]).toMatchObject({ tier: 2, aiEligible: true });
  });

  it('adds, moves and removes categories, never the last one', () => {
    const p = fresh();
    p.addCategory();
    expect(p.scenario.categories).toHaveLength(6);
    expect(p.scenario.categories[5]!.name).toBe('New category');
    p.moveCategory(5, -1);
    expect(p.scenario.categories[4]!.name).toBe('New category');
    p.removeCategory(4);
    expect(p.scenario.categories.map((c) => c.name)).not.toContain('New category');
    const one = new Planner({ scenarios: [presetScenario('klarna-2024')], activeIndex: 0 });
    one.removeCategory(0);
    expect(one.scenario.categories).toHaveLength(1);
  });
});

describe('Planner scenarios', () => {
  it('duplicates, renames and deletes, keeping the active one in view', () => {
    const p = fresh();
    p.duplicate();
    p.rename('Cautious');
    p.duplicate();
    p.rename('Aggressive');
    expect(p.entries.map((e) => e.scenario.name)).toEqual(['E-commerce', 'Cautious', 'Aggressive']);
    expect(p.activeIndex).toBe(2);
    p.remove(0);
    expect(p.entries.map((e) => e.scenario.name)).toEqual(['Cautious', 'Aggressive']);
    expect(p.scenario.name).toBe('Aggressive');
    expect(p.rename('  ')).toBe(false);
    expect(p.draftOf('name')?.message).toBe('Scenario name cannot be empty');
  });

  it("refuses a name another scenario has, keeping the typed text at the field; the scenario's own name is taken", () => {
    const p = fresh();
    p.duplicate();
    expect(p.scenario.name).toBe('E-commerce (2)');
    expect(p.rename(' E-commerce ')).toBe(false);
    expect(p.scenario.name).toBe('E-commerce (2)');
    expect(p.draftOf('name')).toEqual({
      raw: ' E-commerce ',
      message: 'Another scenario is named "E-commerce": scenarios are told apart by name (in the comparison and the CSVs); choose another',
    });
    expect(p.rename('E-commerce (2)')).toBe(true);
    expect(p.draftOf('name')).toBeUndefined();
    expect(p.rename('e-commerce')).toBe(true);
    expect(p.entries.map((e) => e.scenario.name)).toEqual(['E-commerce', 'e-commerce']);
  });

  it('offers a deleted scenario back, where it stood and as it was, until the next edit or deletion', () => {
    const p = fresh();
    p.duplicate();
    p.rename('Plan B');
    p.setNumber('contactsPerMonth', '30000');
    p.setNumber('human.shrinkagePct', 'x');
    p.select(0);
    p.remove(1);
    expect(p.entries.map((e) => e.scenario.name)).toEqual(['E-commerce']);
    expect(p.deleted?.entry.scenario.name).toBe('Plan B');
    expect(p.restoreDeleted()).toBe(true);
    expect(p.entries.map((e) => e.scenario.name)).toEqual(['E-commerce', 'Plan B']);
    expect(p.activeIndex).toBe(1);
    expect(p.scenario.contactsPerMonth).toBe(30000);
    // Its unapplied value too.
    expect(p.draftOf('human.shrinkagePct')?.raw).toBe('x');
    expect(p.deleted).toBeNull();
    expect(p.restoreDeleted()).toBe(false);
    // An edit after a deletion ends the offer.
    p.remove(1);
    p.setNumber('contactsPerMonth', '40000');
    expect(p.deleted).toBeNull();
    expect(p.entries).toHaveLength(1);
  });

  it('loads a preset into the active scenario and can put the previous one back', () => {
    const p = fresh();
    p.setNumber('contactsPerMonth', '12345');
    p.loadPreset('saas');
    expect(p.scenario.presetId).toBe('saas');
    p.undoPreset();
    expect(p.scenario.contactsPerMonth).toBe(12345);
  });

  it('previews a preset without touching any scenario, and keeps it only as a new scenario when asked', () => {
    const p = new Planner({ scenarios: [presetScenario('ecommerce'), presetScenario('saas')], activeIndex: 0 });
    p.setNumber('contactsPerMonth', '31234');
    const before = p.snapshot();
    const a = p.previewPreset('fintech');
    const b = p.previewPreset('klarna-2024');
    expect(p.snapshot()).toEqual(before);
    expect(p.replaced).toBeNull();
    expect(a.presetId).toBe('fintech');
    expect(b.method).toBe(p.scenario.method);
    expect(p.addScenarios([b])).toBe(1);
    expect(p.snapshot().scenarios.slice(0, 2)).toEqual(before.scenarios);
    expect(p.scenario).toEqual(b);
  });

  it("opens a file's scenarios in place of the untouched start scenario, and beside any scenario with work in it", () => {
    const file = [
      { ...presetScenario('saas'), name: 'Tokyo desk' },
      { ...presetScenario('fintech'), name: 'Café Müller' },
    ];
    const p = fresh();
    expect(p.pristine).toBe(true);
    expect(p.addScenarios(file, 1, true)).toBe(2);
    expect(p.entries.map((e) => e.scenario.name)).toEqual(['Tokyo desk', 'Café Müller']);
    expect(p.scenario.name).toBe('Café Müller');
    // An edited start scenario is work: the file's scenarios go beside it.
    const q = fresh();
    q.setNumber('contactsPerMonth', '31234');
    expect(q.pristine).toBe(false);
    expect(q.addScenarios(file, 0, true)).toBe(2);
    expect(q.entries.map((e) => e.scenario.name)).toEqual(['E-commerce', 'Tokyo desk', 'Café Müller']);
    // Without the flag (a scenario added in a presentation), never in place.
    const r = fresh();
    expect(r.addScenarios(file.slice(0, 1))).toBe(1);
    expect(r.entries).toHaveLength(2);
  });

  it('shows Monte Carlo percentiles only for the scenario they were computed for', () => {
    const p = fresh();
    p.setPercentiles({ p10: p.results.full.summary.annualSavings, p50: p.results.full.summary.annualSavings, p90: p.results.full.summary.annualSavings });
    expect(p.metrics.annual_savings_p50).not.toBe('');
    p.setNumber('contactsPerMonth', '40000');
    expect(p.metrics.annual_savings_p50).toBe('');
  });
});

describe('Planner with many scenarios and ids', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...presetScenario('saas'), name: `S${i + 1}` }));

  it('holds 20 scenarios, and refuses a 21st copy rather than drop one', () => {
    const p = new Planner({ scenarios: many(20), activeIndex: 19 });
    expect(p.entries).toHaveLength(20);
    expect(p.activeIndex).toBe(19);
    expect(p.canAdd).toBe(false);
    p.duplicate();
    p.addFromPreset('fintech');
    expect(p.entries).toHaveLength(20);
  });

  it('takes the saved ids, and makes new ones for missing or repeated ids', () => {
    const p = new Planner({ scenarios: many(3), activeIndex: 0, ids: ['a', null, 'a'] });
    const ids = p.snapshot().ids;
    expect(ids[0]).toBe('a');
    expect(new Set(ids).size).toBe(3);
  });

  it('replaceAll keeps the drafts of unchanged entries and the active scenario by id', () => {
    const p = new Planner({ scenarios: many(3), activeIndex: 1, ids: ['a', 'b', 'c'] });
    p.setNumber('contactsPerMonth', 'lots');
    const [a, b, c] = p.entries;
    p.replaceAll([
      { id: 'c', scenario: c!.scenario },
      { id: 'new', scenario: { ...presetScenario('fintech'), name: 'New' } },
      { id: 'b', scenario: b!.scenario },
      { id: 'a', scenario: { ...a!.scenario, contactsPerMonth: 5 } },
    ]);
    expect(p.entries.map((e) => e.id)).toEqual(['c', 'new', 'b', 'a']);
    expect(p.active.id).toBe('b');
    expect(p.draftOf('contactsPerMonth')?.raw).toBe('lots');
    expect(p.entries[3]!.scenario.contactsPerMonth).toBe(5);
  });
});

describe('uniqueName', () => {
  it('numbers a name that is taken', () => {
    expect(uniqueName('Base', [])).toBe('Base');
    expect(uniqueName('Base', ['Base'])).toBe('Base (2)');
    expect(uniqueName('Base (2)', ['Base', 'Base (2)'])).toBe('Base (3)');
  });
});

describe('Ranges follow the quick inputs', () => {
  it('moves the resolution range with the automation typed (80 % with 75-85 % becomes 52.63 % with 47.63-57.63 %)', () => {
    const p = fresh();
    expect(p.setAutomation('40')).toBe(true);
    // 40 % of all contacts is 40 / 0.76 = 52.631579 % of the 80 % AI-eligible, 95 % of which do not ask for a human.
    expect(p.scenario.ranges.resolutionPct).toEqual({ low: 47.631579, high: 57.631579 });
  });

  it('keeps a range applied by the range editor as the user set it', () => {
    const p = fresh();
    const ranges = { ...p.scenario.ranges, resolutionPct: { low: 10, high: 20 } };
    expect(p.apply({ ...p.scenario, ranges })).toBe(true);
    expect(p.scenario.ranges.resolutionPct).toEqual({ low: 10, high: 20 });
  });
});

describe('Typical channels', () => {
  it("uses the business type's three channels, and refuses them beside agents on seat with the model's message", () => {
    const p = fresh();
    expect(p.useTypicalChannels()).toBe(true);
    expect(p.scenario.channels?.map((c) => `${c.kind}:${c.sharePct}`)).toEqual(['chat:45', 'email:40', 'voice:15']);
    expect(p.results.full.channels.map((c) => c.id)).toEqual(['chat', 'email', 'voice']);

    const q = fresh();
    q.setNumber('human.seats', '40');
    expect(q.useTypicalChannels()).toBe(false);
    expect(q.scenario.channels).toBeNull();
    expect(q.draftOf('channels')?.message).toMatch(/^Agents on seat \(reverse staffing\) apply to a scenario with one channel/);
  });
});

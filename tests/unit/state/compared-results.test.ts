import { describe, expect, it } from 'vitest';
import { calculate, presetScenario, type Scenario } from '../../../src/model';
import { ComparedResults, type ComparedOutcome } from '../../../src/state/compared-results';
import { Planner } from '../../../src/state/planner.svelte';

/** Requests answered by hand. */
function manual() {
  const asked: Array<{ scenario: Scenario; answer: (o: ComparedOutcome) => void }> = [];
  return {
    asked,
    compute: (scenario: Scenario) => new Promise<ComparedOutcome>((answer) => asked.push({ scenario, answer })),
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('ComparedResults', () => {
  it('asks for each scenario once, shows it as being calculated until it comes, and says when it failed', async () => {
    const m = manual();
    let ready = 0;
    const c = new ComparedResults({ compute: m.compute, known: () => undefined, onReady: () => ready++ });
    const a = presetScenario('saas'),
      b = presetScenario('ecommerce');
    expect(c.values([a, b])).toEqual([null, null]);
    expect(c.values([a, b])).toEqual([null, null]);
    expect(m.asked.map((x) => x.scenario)).toEqual([a, b]);
    const ra = calculate(a);
    m.asked[0]!.answer({ ok: true, value: ra });
    m.asked[1]!.answer({ ok: false, message: 'The Erlang A staffing search found no headcount' });
    await flush();
    expect(ready).toBe(2);
    expect(c.values([a, b])).toEqual([ra, null]);
    expect(c.failed(b)).toBe(true);
    expect(c.failed(a)).toBe(false);
    // Not asked again.
    expect(m.asked).toHaveLength(2);
  });

  it('uses figures the page already computed without asking', () => {
    const m = manual();
    const a = presetScenario('saas');
    const r = calculate(a);
    const c = new ComparedResults({ compute: m.compute, known: (s) => (s === a ? r : undefined), onReady: () => {} });
    expect(c.values([a])).toEqual([r]);
    expect(m.asked).toHaveLength(0);
  });
});

describe('the planner with a comparison worker', () => {
  it('computes the scenarios not on screen off the page and shows their own figures when they come', async () => {
    const m = manual();
    const p = new Planner(
      { scenarios: [presetScenario('saas'), presetScenario('ecommerce'), presetScenario('fintech')], activeIndex: 0 },
      { frames: null, compare: m.compute },
    );
    const first = p.comparedResults;
    expect(first[0]).toBe(p.results);
    expect(first.slice(1)).toEqual([null, null]);
    expect(m.asked.map((x) => x.scenario.presetId)).toEqual(['ecommerce', 'fintech']);
    for (const x of m.asked) x.answer({ ok: true, value: calculate(x.scenario) });
    await flush();
    const after = p.comparedResults;
    expect(after[1]?.full.summary.monthlySavings.toFixed()).toBe(calculate(p.entries[1]!.scenario).full.summary.monthlySavings.toFixed());
    expect(after[2]?.full.summary.monthlySavings.toFixed()).toBe(calculate(p.entries[2]!.scenario).full.summary.monthlySavings.toFixed());
    // A failure is said as one.
    p.addFromPreset('saas');
    p.select(0);
    void p.comparedResults;
    m.asked.at(-1)!.answer({ ok: false, message: 'stopped' });
    await flush();
    expect(p.comparedFailed(3)).toBe(true);
  });
});

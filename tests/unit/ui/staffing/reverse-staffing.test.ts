// Reverse staffing without a page: the typed budget, what it pays for, the headcount's figures and the actions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newChannel, presetScenario, seatsForBudget, type Scenario } from '../../../../src/model';
import { resultsOf } from '../../../../src/state/planner.svelte';
import { BUDGET_MESSAGES, ReverseStaffing, seatsInField, type StaffingPlanner } from '../../../../src/ui/staffing/reverse-staffing.svelte';

/** A planner holding one scenario; `setValue` records what it is asked and applies it. */
function plannerOf(scenario: Scenario) {
  const calls: [string, unknown][] = [];
  let current = scenario;
  const planner: StaffingPlanner = {
    get scenario() {
      return current;
    },
    get results() {
      return resultsOf(current);
    },
    setValue: (path: string, value: unknown) => {
      calls.push([path, value]);
      if (path === 'human.seats') current = { ...current, human: { ...current.human, seats: value as number | null } };
      return true;
    },
  } as StaffingPlanner;
  return { planner, calls };
}

/** A voice scenario at $25 an agent hour. */
const voice = (): Scenario => {
  const s = presetScenario('ecommerce');
  return { ...s, channel: 'voice', human: { ...s.human, costBasis: 'hour', costPerHour: 25 } };
};

describe('reverse staffing', () => {
  it('turns a typed budget into the agents it pays for, and uses them', () => {
    const s = voice();
    const { planner, calls } = plannerOf(s);
    const hc = new ReverseStaffing(() => planner, 'en-US');
    expect(hc.budgetAnswer).toEqual({ text: BUDGET_MESSAGES.empty, refused: false, seats: null });
    hc.budgetText = '400,000';
    const seats = seatsForBudget(s, 400_000)!;
    expect(seats).toBeGreaterThan(1);
    expect(hc.budget).toBe(400_000);
    expect(hc.budgetAnswer).toEqual({ text: `$400,000 a month pays for ${seats} agents on seat in every open hour.`, refused: false, seats });
    hc.useBudget();
    expect(calls).toEqual([['human.seats', seats]]);
    expect(hc.seats).toBe(seats);
    expect(hc.capacity).not.toBeNull();
  });

  it('reads a budget in the page locale as the other typed numbers are, and asks about one that reads two ways', () => {
    const s = voice();
    const de = new ReverseStaffing(() => plannerOf(s).planner, 'de-DE');
    de.budgetText = '12,5';
    expect(de.budget).toBe(12.5);
    expect(de.budgetAnswer.refused).toBe(false);
    const en = new ReverseStaffing(() => plannerOf(s).planner, 'en-US');
    en.budgetText = '400.000';
    expect(en.budget).toBe(400);
    en.budgetText = '12,500';
    expect(en.budget).toBe(12_500);
    const fr = new ReverseStaffing(() => plannerOf(s).planner, 'fr-FR');
    fr.budgetText = '1.234';
    expect(fr.budget).toBeNull();
    expect(fr.budgetAnswer).toEqual({ text: '"1.234" reads two ways here: 1\u202f234 or 1,234. Type 1234 or 1,234 to say which.', refused: true, seats: null });
  });

  it('refuses what is not an amount with a message naming the field and what is accepted, and offers nothing to use', () => {
    const hc = new ReverseStaffing(() => plannerOf(voice()).planner, 'en-US');
    for (const text of ['-5', 'abc', '1e400', '12 USD', '--1']) {
      hc.budgetText = text;
      expect(hc.budgetAnswer).toEqual({ text: 'The monthly budget for agents must be an amount of 0 or more, such as 250000.5.', refused: true, seats: null });
    }
  });

  it('says when a budget pays for no agent, and when the scenario has no hourly cost to divide by', () => {
    const s = voice();
    const hc = new ReverseStaffing(() => plannerOf(s).planner, 'en-US');
    hc.budgetText = '10';
    expect(hc.budgetAnswer).toEqual({ text: BUDGET_MESSAGES.short('$10'), refused: false, seats: null });
    const perContact = new ReverseStaffing(() => plannerOf({ ...s, human: { ...s.human, costBasis: 'contact' } }).planner, 'en-US');
    perContact.budgetText = '400000';
    expect(perContact.budgetAnswer).toEqual({ text: BUDGET_MESSAGES.perContact, refused: false, seats: null });
  });

  it('never offers more agents than the seats field accepts', () => {
    const hc = new ReverseStaffing(() => plannerOf(voice()).planner, 'en-US');
    hc.budgetText = '1e12';
    expect(hc.budgetAnswer.seats).toBe(100_000);
  });

  it('offers whole agents within the seats field for any budget (property)', () => {
    const s = voice();
    const hc = new ReverseStaffing(() => plannerOf(s).planner, 'en-US');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e13, noNaN: true }), (budget) => {
        hc.budgetText = String(budget);
        const n = hc.budgetAnswer.seats;
        if (n === null) return (seatsForBudget(s, budget) ?? 0) < 1;
        return Number.isInteger(n) && n >= 1 && n <= 100_000 && n === Math.min(100_000, seatsForBudget(s, budget)!);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a headcount within the seats field, goes back to the target, and switches to Erlang A for abandonment', () => {
    const { planner, calls } = plannerOf(voice());
    const hc = new ReverseStaffing(() => planner, 'en-US');
    expect([hc.seats, hc.capacity]).toEqual([null, null]);
    hc.useSeats(0);
    hc.useSeats(2_000_000);
    hc.useSeats(12.4);
    hc.staffToTarget();
    hc.useErlangA();
    expect(calls).toEqual([
      ['human.seats', 1],
      ['human.seats', 100_000],
      ['human.seats', 12],
      ['human.seats', null],
      ['human.staffingModel', 'erlang-a'],
    ]);
    expect(seatsInField(-Infinity)).toBe(1);
  });

  it('says whether a headcount meets the target: the busiest hour staffed to the target does, one agent fewer does not', () => {
    const { planner } = plannerOf(voice());
    const hc = new ReverseStaffing(() => planner, 'en-US');
    const peak = hc.steady.staffing.peakAgents;
    hc.useSeats(peak);
    expect(hc.meetsTarget).toBe(true);
    hc.useSeats(peak - 1);
    expect(hc.meetsTarget).toBe(false);
    expect(hc.capacity!.automationNeeded).toBeGreaterThan(hc.capacity!.automationNow);
  });

  it('has no queue for email and answers within the channel default target', () => {
    const s = voice();
    const email = new ReverseStaffing(() => plannerOf({ ...s, channel: 'email', human: { ...s.human, serviceLevelSeconds: null } }).planner, 'en-US');
    expect(email.queue).toBe(false);
    const v = new ReverseStaffing(() => plannerOf({ ...s, human: { ...s.human, serviceLevelSeconds: null } }).planner, 'en-US');
    expect(v.queue).toBe(true);
    expect(v.target).toEqual({ pct: s.human.serviceLevelPct, seconds: 20 });
  });

  it("judges a headcount by its one channel's queue and target, not by the scenario's own channel field", () => {
    // A link of one phone channel keeps the default scenario's channel field (chat, 60 s).
    const s = { ...voice(), channel: 'chat' as const, channels: [{ ...newChannel('voice', 100), serviceLevelPct: 90 }] };
    const hc = new ReverseStaffing(() => plannerOf(s).planner, 'en-US');
    expect(hc.queue).toBe(true);
    expect(hc.target).toEqual({ pct: 90, seconds: 20 });
    const mail = { ...voice(), channel: 'chat' as const, channels: [newChannel('email', 100)] };
    expect(new ReverseStaffing(() => plannerOf(mail).planner, 'en-US').queue).toBe(false);
  });

  it('has a queue when any of several channels is live, each with its own target (an import leaves the channel field at email)', () => {
    const taken = ['email'];
    const channels = [newChannel('email', 40), newChannel('voice', 30, taken), newChannel('chat', 30, [...taken, 'voice'])];
    const hc = new ReverseStaffing(() => plannerOf({ ...voice(), channel: 'email', channels }).planner, 'en-US');
    expect(hc.queue).toBe(true);
    expect(hc.target).toBeNull();
    const mail = [newChannel('email', 60), newChannel('messaging', 40, taken)];
    expect(new ReverseStaffing(() => plannerOf({ ...voice(), channel: 'email', channels: mail }).planner, 'en-US').queue).toBe(false);
  });
});

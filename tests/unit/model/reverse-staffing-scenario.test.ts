import { describe, expect, it } from 'vitest';
import { calculate, presetScenario, type Scenario } from '../../../src/model';
import { headcountCapacity, seatsForBudget } from '../../../src/model/reverse-staffing';

/** A scenario with a weekday profile, no growth, one month: the steady month is month 1. */
function scenario(patch: Partial<Scenario['human']> = {}, channel: Scenario['channel'] = 'voice'): Scenario {
  const s = presetScenario('ecommerce');
  return {
    ...s,
    channel,
    growthPctPerMonth: 0,
    ramp: [],
    finance: { ...s.finance, months: 1 },
    arrivalProfile: Array.from({ length: 168 }, (_, h) => 1 + ((h * 7) % 13) + (h % 24 > 8 && h % 24 < 18 ? 10 : 0)),
    human: { ...s.human, ...patch },
  };
}

const month = (s: Scenario) => calculate(s).full.rows[0]!;
const withContacts = (s: Scenario, contacts: number): Scenario => ({ ...s, contactsPerMonth: contacts });

describe('headcountCapacity', () => {
  for (const staffingModel of ['erlang-c', 'erlang-a'] as const) {
    for (const channel of ['voice', 'chat'] as const) {
      it(`is the inverse of forward staffing: the volume N seats carry is staffed with N agents again (${staffingModel}, ${channel})`, () => {
        const s = scenario({ staffingModel, patienceMinutes: 3, concurrency: 2 }, channel);
        const forward = month(s);
        const seats = forward.staffing.peakAgents;
        const reverse = headcountCapacity(s, seats, forward);
        // reverse(forward(x)) = x: the peak staffing of today's volume carries at least that volume...
        expect(reverse.maxHumanContactsPerMonth).toBeGreaterThanOrEqual(forward.humanContacts);
        // ...and forward(reverse(seats)) = seats: human contacts scale with contacts, so staffing
        // the carried volume needs exactly the seats, and a hair more needs one agent more.
        const scale = reverse.maxHumanContactsPerMonth / forward.humanContacts;
        expect(month(withContacts(s, s.contactsPerMonth * scale * (1 - 1e-9))).staffing.peakAgents).toBe(seats);
        expect(month(withContacts(s, s.contactsPerMonth * scale * (1 + 1e-6))).staffing.peakAgents).toBe(seats + 1);
        // And one agent fewer than needed carries less than today's volume.
        expect(headcountCapacity(s, seats - 1, forward).maxHumanContactsPerMonth).toBeLessThan(forward.humanContacts);
      });
    }
  }

  it('says which share of contacts the AI must absorb for a headcount to meet the target', () => {
    const s = scenario({ staffingModel: 'erlang-a', patienceMinutes: 3 });
    const forward = month(s);
    const r = headcountCapacity(s, Math.round(forward.staffing.peakAgents / 2), forward);
    expect(r.automationNeeded).toBeCloseTo(1 - r.maxHumanContactsPerMonth / forward.contacts, 12);
    expect(r.automationNeeded).toBeGreaterThan(r.automationNow);
    expect(r.automationNow).toBeCloseTo(1 - forward.humanContacts / forward.contacts, 12);
    // Seats for every contact at the handle time of what humans keep: the AI need absorb nothing.
    expect(headcountCapacity(s, 2 * forward.staffingBaseline.peakAgents, forward).automationNeeded).toBe(0);
  });

  it('carries on-seat time x the occupancy cap for email', () => {
    const s = scenario({ maxOccupancyPct: 80 }, 'email');
    const forward = month(s);
    const r = headcountCapacity(s, 10, forward);
    const ahtHours = forward.humanHours / forward.humanContacts;
    expect(r.maxHumanContactsPerMonth).toBeCloseTo((10 * 0.8 * 168 * (365.25 / 12 / 7)) / ahtHours, 6);
  });
});

describe('seatsForBudget', () => {
  it('divides the budget by what a seat in every open hour costs, shrinkage included', () => {
    const s = scenario({ costBasis: 'hour', costPerHour: 25, shrinkagePct: 30 });
    // 168 open hours x 4.348... weeks / 0.7 x $25 a seat.
    const perSeat = (168 * (365.25 / 12 / 7) * 25) / 0.7;
    expect(seatsForBudget(s, perSeat * 12)).toBe(12);
    expect(seatsForBudget(s, perSeat * 12 - 1)).toBe(11);
    expect(seatsForBudget(scenario({ costBasis: 'contact' }), 1e6)).toBeNull();
  });
});

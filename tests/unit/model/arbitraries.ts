import fc from 'fast-check';
import { presetScenario, PRESET_IDS, type Scenario } from '../../../src/model';

/** Arbitrary valid scenarios around the presets: volume, costs, rates, pricing and ramp vary. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    preset: fc.constantFrom(...PRESET_IDS.filter((p) => !p.startsWith('klarna'))),
    contacts: fc.integer({ min: 0, max: 400_000 }),
    growth: fc.double({ min: -5, max: 5, noNaN: true }),
    costBasis: fc.constantFrom('hour', 'fte-year', 'contact' as const),
    costPerHour: fc.double({ min: 5, max: 120, noNaN: true }),
    pricing: fc.constantFrom('conversation', 'resolution', 'session', 'tokens' as const),
    price: fc.double({ min: 0, max: 5, noNaN: true }),
    errorRate: fc.double({ min: 0, max: 30, noNaN: true }),
    handoff: fc.double({ min: 0, max: 10, noNaN: true }),
    channel: fc.constantFrom('chat', 'voice', 'email' as const),
    rampOn: fc.boolean(),
    months: fc.integer({ min: 1, max: 36 }),
  })
  .map((r) => {
    const s = presetScenario(r.preset);
    return {
      ...s,
      contactsPerMonth: r.contacts,
      growthPctPerMonth: r.growth,
      channel: r.channel,
      human: { ...s.human, costBasis: r.costBasis, costPerHour: r.costPerHour, costPerFteYear: r.costPerHour * 2000 },
      ai: { ...s.ai, pricing: r.pricing, pricePerUnit: r.price, pricePerMillionTokens: r.price * 3 },
      quality: { ...s.quality, errorRatePct: r.errorRate, handoffMinutes: r.handoff },
      ramp: r.rampOn ? s.ramp : [],
      finance: { ...s.finance, months: r.months },
    };
  });

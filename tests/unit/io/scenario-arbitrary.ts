/**
 * fast-check generators of valid scenarios and scenario sets for the io round-trip
 * properties: awkward names (commas, quotes, newlines, leading = and quotes, lone
 * surrogates), every float the schema admits (negative zero, subnormals, long
 * fractions), nulls, empty ramps, imported-looking arrival profiles, and channel lists
 * with every channel field null or set.
 */
import fc from 'fast-check';
import { parseScenario, PRESET_IDS, type Scenario } from '../../../src/model';
import type { ScenarioSet } from '../../../src/io/scenario-set';
import { RANGE_SPECS, type RangedInput } from '../../../src/model/range-specs';

const TRICKY = [
  '=HYPERLINK("http://example.com","click")',
  '+SUM(A1:A2)',
  '-1+2',
  '@cmd',
  '\tTabbed',
  '\rCarriage',
  'a,b',
  'say "hi"',
  'two\nlines',
  'crlf\r\ninside',
  "'=already quoted",
  "'",
  "''",
  "'hello",
  'null',
  '0',
  '-0',
  '1e5',
  'total',
  '',
  ' padded ',
  'Ünïcødé 😀',
  '""',
  ',',
  '\n',
];

export const text = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.tuple(fc.constantFrom(...TRICKY), fc.string({ maxLength: 8 })).map(([a, b]) => a + b),
);

/** A non-empty trimmed name of at most 80 characters, as the schema keeps it. */
const name = text.map((t) => {
  const trimmed = t.trim().slice(0, 80).trim();
  return trimmed === '' ? 'x' : trimmed;
});

/** Any double in [min, max], with the edges, integers, short decimals and negative zero where admitted. */
function num(min: number, max: number): fc.Arbitrary<number> {
  const options: fc.Arbitrary<number>[] = [
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(min, max),
    fc.integer({ min: Math.ceil(Math.max(min, -2e9)), max: Math.floor(Math.min(max, 2e9)) }),
    fc.integer({ min: Math.ceil(Math.max(min, -1e6)) * 100, max: Math.floor(Math.min(max, 1e6)) * 100 }).map((c) => c / 100),
  ];
  if (min <= 0 && max >= 0) options.push(fc.constant(-0));
  return fc.oneof(...options);
}

const pct = num(0, 100);
const tier = fc.constantFrom<1 | 2 | 3>(1, 2, 3);

const category = fc.record({
  id: name,
  name,
  sharePct: pct,
  tier,
  handleMinutes: num(0, 600),
  aiEligible: fc.boolean(),
  resolutionPct: pct,
});

/** A range within what its input accepts (RANGE_SPECS): the schema refuses any other. */
const range = (input: RangedInput) => {
  const spec = RANGE_SPECS[input];
  const end = num(spec.min, spec.max).filter((x) => !(spec.minExclusive && x === spec.min));
  return fc.option(
    fc.tuple(end, end).map(([a, b]) => (a <= b ? { low: a, high: b } : { low: b, high: a })),
    { nil: null },
  );
};

const openHours = fc.integer({ min: 0, max: 23 }).chain((from) => fc.integer({ min: from + 1, max: 24 }).map((to) => [from, to] as const));

/** An arrival profile as an import makes it (counts / total), arbitrary weights, or none. */
export const arrivalProfile = fc.oneof(
  fc.constant(null),
  fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 168, maxLength: 168 }).map((counts) => {
    const c = counts.some((x) => x > 0) ? counts : counts.map((_, i) => (i === 0 ? 1 : 0));
    const total = c.reduce((s, x) => s + x, 0);
    return c.map((x) => x / total);
  }),
  fc.array(num(0, 1e6), { minLength: 168, maxLength: 168 }).map((w) => (w.some((x) => x > 0) ? w : w.map((_, i) => (i === 5 ? 0.5 : 0)))),
);

const raw = fc.record({
  name,
  presetId: fc.option(fc.oneof(fc.constantFrom(...PRESET_IDS), text), { nil: null }),
  method: fc.constantFrom('headline', 'full'),
  contactsPerMonth: num(0, 1e8),
  growthPctPerMonth: num(-50, 50),
  channel: fc.constantFrom('chat', 'voice', 'email'),
  categories: fc.array(category, { minLength: 1, maxLength: 5 }),
  human: fc
    .record({
      costBasis: fc.constantFrom('hour', 'fte-year', 'contact'),
      costPerHour: num(0, 1e4),
      costPerFteYear: num(0, 1e7),
      costPerContact: num(0, 1e3),
      productiveHoursPerMonth: num(1e-9, 744),
      paidHoursPerMonth: num(1e-9, 744),
      shrinkagePct: num(0, 95),
      maxOccupancyPct: num(1e-9, 100),
      concurrency: num(1, 10),
      serviceLevelPct: num(1e-9, 99.9),
      serviceLevelSeconds: fc.option(num(0, 86_400), { nil: null }),
      staffingModel: fc.constantFrom('erlang-c', 'erlang-a'),
      patienceMinutes: num(1e-9, 1440),
      seats: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
      hours: openHours,
      openDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    })
    .map(({ hours, ...h }) => ({ ...h, openFromHour: hours[0], openToHour: hours[1] })),
  ai: fc.record({
    pricing: fc.constantFrom('conversation', 'resolution', 'session', 'tokens', 'minute'),
    pricePerUnit: num(0, 1e3),
    tokensPerConversation: num(0, 1e6),
    pricePerMillionTokens: num(0, 1e3),
    fixedPerMonth: num(0, 1e7),
    setupCost: num(0, 1e9),
    upkeepPerMonth: num(0, 1e7),
  }),
  quality: fc.record({ errorRatePct: pct, recontactPct: pct, errorCost: num(0, 1e4), handoffMinutes: num(0, 120), askHumanPct: pct }),
  experience: fc.record({
    resolutionMinutesHuman: num(0, 1e4),
    resolutionMinutesAi: num(0, 1e4),
    csat: fc.record({
      tier1: fc.record({ human: pct, ai: pct }),
      tier2: fc.record({ human: pct, ai: pct }),
      tier3: fc.record({ human: pct, ai: pct }),
    }),
  }),
  ramp: fc.array(num(0, 1), { maxLength: 6 }),
  arrivalProfile,
  finance: fc.record({ months: fc.integer({ min: 1, max: 120 }), discountRatePct: pct, currency: fc.constantFrom('USD', 'EUR', 'GBP', 'SEK', 'JPY') }),
  ranges: fc.record({
    resolutionPct: range('resolutionPct'),
    handleMinutes: range('handleMinutes'),
    costPerHour: range('costPerHour'),
    aiPrice: range('aiPrice'),
    errorRatePct: range('errorRatePct'),
    rampSpeed: range('rampSpeed'),
  }),
  seed: fc.integer({ min: 0, max: 4_294_967_295 }),
});

/** A channel name: non-empty, trimmed, at most 40 characters. */
const channelName = name.map((n) => n.slice(0, 40).trim() || 'x');

/** A channel of a scenario with `categoryCount` categories: every nullable field null or set. */
function channel(categoryCount: number) {
  const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
  return fc
    .record({
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,23}$/),
      kind: fc.constantFrom('voice', 'chat', 'email', 'messaging'),
      name: channelName,
      sharePct: pct,
      handleMultiplier: num(1e-9, 20),
      handleMinutes: opt(num(0, 600)),
      serviceLevelPct: opt(num(1e-9, 99.9)),
      targetSeconds: opt(num(0, 604_800)),
      concurrency: opt(num(1, 10)),
      hours: opt(openHours),
      openDays: opt(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 })),
      arrivalProfile,
      aiEnabled: fc.boolean(),
      automationPct: opt(pct),
      aiPricing: opt(fc.constantFrom('conversation', 'resolution', 'session', 'tokens', 'minute')),
      aiPricePerUnit: opt(num(0, 1e3)),
      aiMinutesPerConversation: opt(num(1e-9, 600)),
      categorySharesPct: opt(fc.array(pct, { minLength: categoryCount, maxLength: categoryCount })),
    })
    .map(({ hours, ...c }) => ({ ...c, openFromHour: hours ? hours[0] : null, openToHour: hours ? hours[1] : null }));
}

/** Valid scenarios, as `parseScenario` returns them (its output is what the app holds); about a third with channels. */
export const scenario: fc.Arbitrary<Scenario> = raw
  .chain((s) =>
    fc
      .record({
        channels: fc.oneof(
          { weight: 2, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.uniqueArray(channel(s.categories.length), { minLength: 1, maxLength: 6, selector: (c) => c.id }) },
        ),
        pooling: fc.constantFrom('dedicated', 'blended'),
        minutesPerConversation: num(1e-9, 600),
      })
      .map(({ channels, pooling, minutesPerConversation }) => ({ ...s, channels, pooling, ai: { ...s.ai, minutesPerConversation } })),
  )
  .map((s) => parseScenario(s))
  .filter((r): r is { ok: true; value: Scenario } => r.ok)
  .map((r) => r.value);

export const scenarioSet: fc.Arbitrary<ScenarioSet> = fc
  .array(scenario, { minLength: 1, maxLength: 3 })
  .chain((scenarios) => fc.integer({ min: 0, max: scenarios.length - 1 }).map((active) => ({ scenarios, active })));

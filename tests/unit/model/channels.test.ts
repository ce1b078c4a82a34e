import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calculate,
  channelIssues,
  effectiveChannels,
  minorUnitDigits,
  Money,
  parseScenario,
  presetScenario,
  type ChannelSpec,
  type Scenario,
} from '../../../src/model';
import { channelNpvs, summarise } from '../../../src/model/summary';
import { newChannel } from '../../../src/model/channel-defaults';
import { allocateCents, channelParts } from '../../../src/model/channels';
import { centsLedger } from '../../../src/model/ledger';
import { newContext, project, projectWith, type MonthRow } from '../../../src/model/projection';
import { FULL, GAP_STEPS, HEADLINE } from '../../../src/model/switches';
import { monteCarlo, withInputs, pointValues } from '../../../src/model/uncertainty';
import { defaultTargetSeconds } from '../../../src/model/units';
import { headcountCapacity, seatsForBudget } from '../../../src/model/reverse-staffing';
import { scenarioArb } from './arbitraries';
import { threeChannelScenario } from '../../bench/channel-scenario';
import { workedScenario } from './fixtures';

const MONEY_FIELDS = ['baselineCost', 'humanCost', 'aiCost', 'qualityCost', 'fixedCost', 'totalCost', 'savings', 'cumulativeSavings'] as const;

function channel(kind: ChannelSpec['kind'], sharePct: number, patch: Partial<ChannelSpec> = {}, taken: string[] = []): ChannelSpec {
  return { ...newChannel(kind, sharePct, taken), ...patch };
}

/** A live voice channel and a backlog email channel (email without a response target: the workload method). */
function voiceAndEmail(): Scenario {
  const base = presetScenario('ecommerce');
  return {
    ...base,
    contactsPerMonth: 40_000,
    growthPctPerMonth: 2,
    channels: [channel('voice', 30), channel('email', 70, { targetSeconds: null, serviceLevelPct: null })],
  };
}

/** Channel `c` of `s` as a scenario without channels: its contacts, its kind's queue, the scenario's other inputs. */
function alone(s: Scenario, kind: 'voice' | 'chat' | 'email', share: number): Scenario {
  return {
    ...s,
    channels: null,
    channel: kind,
    contactsPerMonth: s.contactsPerMonth * share,
    ai: { ...s.ai, fixedPerMonth: 0, upkeepPerMonth: 0, setupCost: 0 },
  };
}

describe('channels: dedicated pools', () => {
  it('staff each channel exactly as the channel computed alone, and the scenario as their sum', () => {
    const s = voiceAndEmail();
    const rows = project(s, FULL);
    const parts = channelParts(s);
    const voice = project(parts[0]!.scenario, FULL);
    const email = project(parts[1]!.scenario, FULL);
    const voiceAlone = project(alone(s, 'voice', 0.3), FULL);
    const emailAlone = project(alone(s, 'email', 0.7), FULL);
    for (let m = 0; m < rows.length; m++) {
      expect(voice[m]!.staffing).toEqual(voiceAlone[m]!.staffing);
      expect(voice[m]!.staffingBaseline).toEqual(voiceAlone[m]!.staffingBaseline);
      expect(email[m]!.staffing).toEqual(emailAlone[m]!.staffing);
      expect(rows[m]!.staffing.staffedFte).toBeCloseTo(voice[m]!.staffing.staffedFte + email[m]!.staffing.staffedFte, 9);
      expect(rows[m]!.staffing.peakAgents).toBe(voice[m]!.staffing.peakAgents + email[m]!.staffing.peakAgents);
      // Service level and speed of answer are the live channel's (the only one with a queue).
      expect(rows[m]!.staffing.serviceLevel).toBeCloseTo(voice[m]!.staffing.serviceLevel!, 12);
      expect(rows[m]!.staffing.asaSeconds).toBeCloseTo(voice[m]!.staffing.asaSeconds!, 9);
      expect(rows[m]!.contacts).toBeCloseTo(voiceAlone[m]!.contacts + emailAlone[m]!.contacts, 6);
    }
    // The voice channel is staffed to 80 % in 20 s; email by workload (no queue of its own).
    expect(voice[0]!.staffing.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(email[0]!.staffing.serviceLevel).toBeNull();
  });

  it('add the channels up to the scenario to the cent, month by month, with fixed and one-time costs by contact share', () => {
    const s: Scenario = { ...workedScenario(), channels: [channel('chat', 1), channel('voice', 1), channel('email', 1)] };
    const r = calculate(s);
    for (const method of [r.headline, r.full]) {
      expect(method.channels.map((c) => c.id)).toEqual(['chat', 'voice', 'email']);
      method.rows.forEach((row, m) => {
        for (const f of MONEY_FIELDS) {
          const total = method.channels.reduce((a, c) => a.plus(c.rows[m]![f]), new Money(0));
          expect(total.toFixed(), `${f} of month ${m + 1}`).toBe(row[f].toFixed());
        }
      });
    }
    // $500 + $300 a month in three equal parts: 266.67 + 266.67 + 266.66 (largest remainder, the earlier channel first).
    expect(r.full.channels.map((c) => c.rows[0]!.fixedCost.toFixed())).toEqual(['266.67', '266.67', '266.66']);
    // $12,000 one-time: 4,000 each, so each channel starts at -4,000.
    expect(r.full.channels.map((c) => c.rows[0]!.cumulativeSavings.minus(c.rows[0]!.savings).toFixed())).toEqual(['-4000', '-4000', '-4000']);
  });

  it('allocate amounts in whole cents by largest remainder, exactly', () => {
    expect(allocateCents(new Money('800'), [1 / 3, 1 / 3, 1 / 3]).map((m) => m.toFixed())).toEqual(['266.67', '266.67', '266.66']);
    // 0.05 by 45 / 45 / 10: quotas 2.25, 2.25, 0.5 cents -> 2, 2, 0 and the cent left to the largest remainder (0.5).
    expect(allocateCents(new Money('0.05'), [0.45, 0.45, 0.1]).map((m) => m.toFixed())).toEqual(['0.02', '0.02', '0.01']);
    // A fraction of a cent stays with the largest part.
    expect(allocateCents(new Money('1.005'), [0.25, 0.75]).map((m) => m.toFixed())).toEqual(['0.25', '0.755']);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 6 }), (c, raw) => {
        const total = raw.reduce((a, b) => a + b, 0);
        const weights = total > 0 ? raw.map((w) => w / total) : raw.map(() => 1 / raw.length);
        const parts = allocateCents(new Money(c).div(100), weights);
        expect(parts.reduce((a, p) => a.plus(p), new Money(0)).toFixed()).toBe(new Money(c).div(100).toFixed());
        for (const p of parts) expect(p.gte(0) && p.times(100).isInteger()).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("compute each channel with its own mix, handle time, automation and AI, and keep the scenario's where it follows", () => {
    const base = workedScenario({
      categories: [
        { id: 'a', name: 'Orders', sharePct: 50, tier: 1, handleMinutes: 4, aiEligible: true, resolutionPct: 60 },
        { id: 'b', name: 'Returns', sharePct: 50, tier: 2, handleMinutes: 8, aiEligible: true, resolutionPct: 40 },
      ],
      ramp: [],
    });
    const s: Scenario = {
      ...base,
      channels: [
        channel('voice', 50, {
          categorySharesPct: [80, 20],
          handleMinutes: 10,
          automationPct: 20,
          aiPricing: 'minute',
          aiPricePerUnit: 0.15,
          aiMinutesPerConversation: 3,
        }),
        channel('chat', 30, { handleMultiplier: 1.5 }),
        channel('email', 20, { aiEnabled: false }),
      ],
    };
    const eff = effectiveChannels(s);
    expect(eff.map((c) => c.share)).toEqual([0.5, 0.3, 0.2]);
    expect(eff[0]!.handleMinutes).toBeCloseTo(10, 12);
    expect(eff[0]!.automationPct).toBeCloseTo(20, 10);
    expect(eff[0]!.categorySharesPct).toEqual([80, 20]);
    // Chat: (4 + 8) / 2 x 1.5 = 9 minutes; the categories' own automation 50 % x 60 % + 50 % x 40 % = 50 %.
    expect(eff[1]!.handleMinutes).toBeCloseTo(9, 12);
    expect(eff[1]!.automationPct).toBeCloseTo(50, 10);
    expect(eff[1]!.aiPricing).toBe('resolution');
    expect(eff[2]!.automationPct).toBe(0);
    const full = calculate(s).full;
    const [voice, chat, email] = full.channels;
    const v = voice!.rows[0]!;
    // 10,000 x 50 % = 5,000 voice contacts, 20 % resolved by the AI = 1,000.
    expect(v.contacts).toBeCloseTo(5000, 9);
    expect(v.aiResolved).toBeCloseTo(1000, 9);
    // Per minute: every attempted conversation (all 5,000 eligible) x 3 minutes x $0.15 = $2,250.
    expect(v.attempted).toBeCloseTo(5000, 9);
    expect(v.aiCost.toFixed()).toBe('2250');
    expect(chat!.rows[0]!.contacts).toBeCloseTo(3000, 9);
    // Email is human only: nothing attempted, no AI cost.
    expect(email!.rows[0]!.attempted).toBe(0);
    expect(email!.rows[0]!.aiCost.toFixed()).toBe('0');
    expect(email!.summary.automationRatePct).toBe(0);
  });

  it('refuse agents on seat with more than one channel, naming the field', () => {
    const s = { ...voiceAndEmail(), human: { ...voiceAndEmail().human, seats: 12 } };
    const r = parseScenario(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual({ field: 'human.seats', message: expect.stringContaining('one channel') });
    const one = parseScenario({ ...s, channels: [channel('voice', 100)] });
    expect(one.ok).toBe(true);
  });

  it('say when a channel asks for more automation than the AI may attempt, and compute at that ceiling', () => {
    const base = workedScenario({ ramp: [] });
    const s: Scenario = { ...base, channels: [channel('chat', 50, { automationPct: 100 }), channel('voice', 50)] };
    const base2 = { ...base, quality: { ...base.quality, askHumanPct: 10 } };
    const capped: Scenario = { ...base2, channels: [channel('chat', 50, { automationPct: 100 }), channel('voice', 50)] };
    expect(channelIssues(s)).toEqual([]);
    const issues = channelIssues(capped);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe('channels.0.automationPct');
    expect(issues[0]!.message).toContain('90 %');
    expect(calculate(capped).full.channels[0]!.summary.automationRatePct).toBeCloseTo(90, 9);
  });

  it("say when a channel is priced in a unit of its own with no price of its own, and compute with the scenario's price as before", () => {
    const base = workedScenario({ ramp: [] });
    const minute: Scenario = { ...base, channels: [channel('chat', 50), channel('voice', 50, { aiPricing: 'minute' })] };
    const issues = channelIssues(minute);
    expect(issues).toEqual([
      {
        field: 'channels.1.aiPricePerUnit',
        message: `Channel "Phone" is priced per minute with no price of its own: the scenario's ${base.ai.pricePerUnit} USD per resolution is used per minute. Enter its price per minute`,
      },
    ]);
    // Computed as it always was: the channel's price is the scenario's, per minute.
    const priced: Scenario = { ...minute, channels: [minute.channels![0]!, { ...minute.channels![1]!, aiPricePerUnit: base.ai.pricePerUnit }] };
    expect(channelIssues(priced)).toEqual([]);
    expect(calculate(minute).full.summary.annualSavings.toFixed(2)).toBe(calculate(priced).full.summary.annualSavings.toFixed(2));
    // Its own unit equal to the scenario's, tokens (a price of its own in the scenario), or human only: nothing to say.
    for (const c of [{ aiPricing: 'resolution' as const }, { aiPricing: 'tokens' as const }, { aiPricing: 'minute' as const, aiEnabled: false }])
      expect(channelIssues({ ...minute, channels: [minute.channels![0]!, { ...minute.channels![1]!, ...c }] })).toEqual([]);
  });
});

/** A one-channel `channels` list repeating the scenario's own inputs, with each repeated field either null or spelled out. */
const repeatingArb = fc
  .tuple(
    scenarioArb,
    fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    fc.integer({ min: 1, max: 100 }),
    fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
  )
  .map(([s, spell, sharePct, seats]) => {
    const pick = <T>(i: number, value: T): T | null => (spell[i] ? value : null);
    const live = s.channel !== 'email';
    const spec: ChannelSpec = {
      ...newChannel(s.channel, sharePct, [], s.name.slice(0, 40)),
      serviceLevelPct: pick(0, s.human.serviceLevelPct),
      targetSeconds: live ? pick(1, s.human.serviceLevelSeconds ?? defaultTargetSeconds(s.channel)) : null,
      concurrency: pick(2, s.human.concurrency),
      openFromHour: pick(3, s.human.openFromHour),
      openToHour: pick(4, s.human.openToHour),
      openDays: pick(5, [...s.human.openDays]),
      arrivalProfile: pick(6, s.arrivalProfile ? [...s.arrivalProfile] : null),
      aiPricing: pick(7, s.ai.pricing),
      aiPricePerUnit: pick(8, s.ai.pricePerUnit),
      aiMinutesPerConversation: pick(9, s.ai.minutesPerConversation),
      categorySharesPct: pick(
        10,
        s.categories.map((c) => c.sharePct),
      ),
      handleMultiplier: 1,
    };
    const plain: Scenario = { ...s, human: { ...s.human, seats: spell[11] ? seats : null } };
    return { plain, channelled: { ...plain, channels: [spec] } as Scenario };
  });

function moneyOf(rows: readonly MonthRow[]): string[][] {
  return rows.map((r) => MONEY_FIELDS.map((f) => r[f].toFixed()));
}

describe('channels: results made when first read', () => {
  it('are an own, enumerable value that spread and JSON read, made once, with the figures of an eager reading', () => {
    const s = threeChannelScenario(presetScenario('ecommerce'));
    const r = calculate(s);
    const d = Object.getOwnPropertyDescriptor(r.full, 'channels')!;
    expect(d.enumerable).toBe(true);
    expect(typeof d.get).toBe('function');
    const first = r.full.channels;
    expect(r.full.channels).toBe(first);
    expect({ ...r.full }.channels).toBe(first);
    expect(JSON.parse(JSON.stringify(r.full)).channels).toHaveLength(3);
    // A calculation whose channels are read at once (by the spread) has the same figures, to the cent.
    const eager = { ...calculate(s).full };
    expect(first.map((c) => c.summary)).toEqual(eager.channels.map((c) => c.summary));
    expect(first.map((c) => moneyOf(c.rows))).toEqual(eager.channels.map((c) => moneyOf(c.rows)));
    // The channels' months add up to the scenario's, money to the cent.
    const total = first.reduce((a, c) => a.plus(c.rows[5]!.savings), new Money(0));
    expect(total.toFixed()).toBe(r.full.rows[5]!.savings.toFixed());
  });
});

describe('channels: one channel repeating the scenario', () => {
  it('computes identically to the cent to the scenario without channels, both methods (property)', () => {
    fc.assert(
      fc.property(repeatingArb, ({ plain, channelled }) => {
        expect(parseScenario(channelled).ok).toBe(true);
        const a = calculate(plain);
        const b = calculate(channelled);
        for (const [x, y] of [
          [a.headline, b.headline],
          [a.full, b.full],
        ] as const) {
          expect(moneyOf(y.rows)).toEqual(moneyOf(x.rows));
          expect(y.rows).toEqual(x.rows);
          expect(y.summary).toEqual(x.summary);
          expect(y.channels).toHaveLength(1);
          expect(y.channels[0]!.rows).toEqual(x.channels[0]!.rows);
          expect(y.channels[0]!.summary).toEqual(x.channels[0]!.summary);
        }
        expect(b.gap).toEqual(a.gap);
        expect(b.quality).toEqual(a.quality);
        // The Monte Carlo's cents ledger books the same cents.
        const ca = projectWith(centsLedger(), plain, FULL, newContext());
        const cb = projectWith(centsLedger(), channelled, FULL, newContext());
        expect(cb).toEqual(ca);
      }),
      { numRuns: 25 },
    );
  }, 300_000);

  it('gives a scenario without channels its one channel, with its rows and summary', () => {
    const s = presetScenario('ecommerce');
    const r = calculate(s);
    expect(r.full.channels).toHaveLength(1);
    expect(r.full.channels[0]).toMatchObject({ id: s.channel, kind: s.channel, share: 1 });
    expect(r.full.channels[0]!.rows).toBe(r.full.rows);
    expect(r.full.channels[0]!.summary).toBe(r.full.summary);
    expect(r.full.pooling).toBeNull();
    expect(r.full.summary.responseLevelPct).toBeNull();
    expect(effectiveChannels(s)).toHaveLength(1);
  });
});

describe('channels: uncertainty', () => {
  const three = (): Scenario => {
    const base = presetScenario('ecommerce');
    return {
      ...base,
      channels: [
        channel('voice', 15, { automationPct: 10, aiPricing: 'minute', aiPricePerUnit: 0.12 }),
        channel('chat', 40, { concurrency: 2 }),
        channel('email', 45, { handleMinutes: 7, targetSeconds: null }),
      ],
      ranges: {
        resolutionPct: { low: 20, high: 60 },
        handleMinutes: { low: 0.8, high: 1.3 },
        costPerHour: { low: 0.9, high: 1.2 },
        aiPrice: { low: 0.7, high: 1.5 },
        errorRatePct: { low: 1, high: 8 },
        rampSpeed: { low: 0.5, high: 1.5 },
      },
    };
  };

  it('runs the Monte Carlo on a three-channel scenario', () => {
    const s = three();
    expect(parseScenario(s).ok).toBe(true);
    const mc = monteCarlo(s, 100);
    expect(mc.draws).toBe(100);
    expect(mc.annualSavings.p10.lte(mc.annualSavings.p50) && mc.annualSavings.p50.lte(mc.annualSavings.p90)).toBe(true);
    expect(mc.annualSavings.p10.lt(mc.annualSavings.p90)).toBe(true);
    for (const x of [mc.staffedFte.p10, mc.staffedFte.p50, mc.staffedFte.p90]) expect(Number.isFinite(x) && x > 0).toBe(true);
    expect(mc.fan).toHaveLength(s.finance.months);
  }, 120_000);

  it('reproduces the point estimate with ranges of zero width', () => {
    const s = three();
    const p = pointValues(s);
    const at = {
      ...s,
      ranges: {
        resolutionPct: { low: p.resolutionPct, high: p.resolutionPct },
        handleMinutes: { low: 1, high: 1 },
        costPerHour: null,
        aiPrice: { low: 1, high: 1 },
        errorRatePct: null,
        rampSpeed: null,
      },
    };
    const mc = monteCarlo(at, 20);
    expect(mc.annualSavings.p10.toFixed()).toBe(calculate(s).full.summary.annualSavings.toFixed());
  }, 60_000);

  it("moves a channel's own automation, handle minutes and AI price with the drawn inputs", () => {
    const s = three();
    const p = pointValues(s);
    const drawn = withInputs(s, { ...p, resolutionPct: p.resolutionPct * 2, handleMinutes: 1.2, aiPrice: 1.5 }, p);
    expect(drawn.channels![0]!.automationPct).toBeCloseTo(20, 9);
    expect(drawn.channels![2]!.handleMinutes).toBeCloseTo(8.4, 9);
    expect(drawn.channels![0]!.aiPricePerUnit).toBeCloseTo(0.18, 9);
    expect(project(drawn, HEADLINE).length).toBe(s.finance.months);
  });
});

describe('channels: reverse staffing', () => {
  it("meets fixed seats with the one channel's queue, not the scenario's channel field", () => {
    const base: Scenario = { ...presetScenario('ecommerce'), channel: 'chat' };
    const voice: Scenario = { ...base, channels: [channel('voice', 100, { targetSeconds: 30, openFromHour: 8, openToHour: 20 })] };
    const alone: Scenario = { ...base, channel: 'voice', human: { ...base.human, serviceLevelSeconds: 30, openFromHour: 8, openToHour: 20 } };
    const month = { contacts: 50_000, humanContacts: 30_000, humanHours: 3_000, baselineHours: 5_000 };
    expect(headcountCapacity(voice, 20, month)).toEqual(headcountCapacity(alone, 20, month));
    expect(headcountCapacity(voice, 20, month)).not.toEqual(headcountCapacity(base, 20, month));
    expect(seatsForBudget(voice, 500_000)).toBe(seatsForBudget(alone, 500_000));
  });
});

describe('channels: the gap explanation', () => {
  it('books its steps in cents with the same amounts as decimals', () => {
    const s: Scenario = {
      ...presetScenario('ecommerce'),
      channels: [channel('voice', 30, { automationPct: 10 }), channel('chat', 30), channel('email', 40)],
      pooling: 'blended',
    };
    const gap = calculate(s).gap;
    let sw = { ...HEADLINE };
    let prev = project(s, sw, newContext());
    GAP_STEPS.forEach((step, i) => {
      sw = { ...sw, [step.key]: true };
      const next = project(s, sw, newContext(), false);
      const at = (rows: MonthRow[]) => rows.findIndex((r) => r.ramp >= 1);
      const monthly = (rows: MonthRow[]) => rows[at(rows) >= 0 ? at(rows) : rows.length - 1]!.savings;
      expect(gap.steps[i]!.monthlySavingsDelta.toFixed(), step.key).toBe(monthly(next).minus(monthly(prev)).toFixed());
      expect(gap.steps[i]!.horizonSavingsDelta.toFixed(), step.key).toBe(
        next[next.length - 1]!.cumulativeSavings.minus(prev[prev.length - 1]!.cumulativeSavings).toFixed(),
      );
      prev = next;
    });
  }, 60_000);
});

describe('the scenario total of several channels', () => {
  it("reports the scenario's own contacts, not their float sum over the channels", () => {
    const base = presetScenario('ecommerce');
    const taken: string[] = [];
    const channels = (['chat', 'email', 'voice', 'messaging'] as const).map((kind, i) => {
      const c = newChannel(kind, [45, 35, 10, 10][i]!, taken);
      taken.push(c.id);
      return c;
    });
    const r = parseScenario({ ...base, contactsPerMonth: 1234, growthPctPerMonth: 0, channels });
    if (!r.ok) throw new Error(r.issues[0]!.message);
    const results = calculate(r.value);
    // 1234 x 0.45 + 1234 x 0.35 + 1234 x 0.1 + 1234 x 0.1 adds up to 1234.0000000000002 in floats.
    expect(results.full.rows.map((m) => m.contacts).every((c) => c === 1234)).toBe(true);
    expect(results.full.summary.contactsPerMonth).toBe(1234);
  });
});

describe("the channels' NPVs", () => {
  it("add up to the scenario's to the minor unit, each within one unit of its own rounding", () => {
    const base = threeChannelScenario(presetScenario('ecommerce'));
    const cases: Scenario[] = [
      base,
      { ...base, pooling: 'blended' },
      { ...base, finance: { ...base.finance, currency: 'JPY', discountRatePct: 7.3 } },
      { ...base, ai: { ...base.ai, setupCost: 100_000.01 }, finance: { ...base.finance, discountRatePct: 11.1 } },
    ];
    let offAlone = 0;
    for (const s of cases) {
      const results = calculate(s);
      const unit = new Money(10).pow(-minorUnitDigits(s.finance.currency));
      for (const m of [results.headline, results.full]) {
        const sum = m.channels.reduce((a, c) => a.plus(c.summary.npv), new Money(0));
        expect(sum.toFixed()).toBe(m.summary.npv.toFixed());
        const alone = m.channels.map((c) => summarise(channelParts(s).find((p) => p.spec.id === c.id)!.scenario, c.rows).npv);
        m.channels.forEach((c, i) => expect(c.summary.npv.minus(alone[i]!).abs().lte(unit)).toBe(true));
        if (!alone.reduce((a, b) => a.plus(b), new Money(0)).eq(m.summary.npv)) offAlone++;
      }
    }
    // Rounded alone, some of these cases' channels missed the scenario's NPV: the test checks a sum that needed the split.
    expect(offAlone).toBeGreaterThan(0);
  }, 60_000);

  it('splits the rounding by largest remainder: a sum a cent off goes to the channel nearest the next cent', () => {
    const npvs = channelNpvs(new Money('10.01'), [new Money('3.334'), new Money('3.333'), new Money('3.343')], 2);
    // Exact 10.01 in all; rounded alone 3.33 + 3.33 + 3.34 = 10.00: the largest remainder (3.334) takes the cent.
    expect(npvs.map((x) => x.toFixed(2))).toEqual(['3.34', '3.33', '3.34']);
    // Negative amounts alike: -2.504 and -2.496 are -2.50 each, adding up to -5.00.
    expect(channelNpvs(new Money('-5'), [new Money('-2.504'), new Money('-2.496')], 2).map((x) => x.toFixed(2))).toEqual(['-2.50', '-2.50']);
  });
});

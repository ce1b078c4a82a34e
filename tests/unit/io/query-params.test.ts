import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyQuery, CHANNEL_PARAMETERS } from '../../../src/io/query-params';
import {
  automationRate,
  averageHandleMinutes,
  calculate,
  CHANNEL_KINDS,
  MAX_SCENARIO_CHANNELS,
  metricValues,
  parseScenario,
  presetScenario,
  PRESET_IDS,
} from '../../../src/model';
import { freeName, KIND_NAMES, newChannel } from '../../../src/model/channel-defaults';
import { NUMBER_FIELDS } from '../../../src/model/field-table';
import { meanResolutionPct, rangeWarnings } from '../../../src/model/uncertainty';

describe('applyQuery', () => {
  it('opens the default preset with no parameters and no notices', () => {
    const r = applyQuery('');
    expect(r.scenario).toEqual(presetScenario('ecommerce'));
    expect(r.notices).toEqual([]);
    expect(r.applied).toBe(false);
  });

  it('applies a preset and overrides it', () => {
    const r = applyQuery('?preset=saas&contacts=12345&automation=40&ramp=off&growth=0&channel=voice&months=12');
    expect(r.notices).toEqual([]);
    expect(r.scenario.presetId).toBe('saas');
    expect(r.scenario.contactsPerMonth).toBe(12345);
    expect(automationRate(r.scenario)).toBeCloseTo(0.4, 12);
    expect(r.scenario.ramp).toEqual([]);
    expect(r.scenario.channel).toBe('voice');
    expect(r.scenario.finance.months).toBe(12);
    const m = metricValues(calculate(r.scenario).primary.summary);
    expect(Number(m.contacts_per_month)).toBe(12345);
    expect(Number(m.automation_rate)).toBeCloseTo(40, 9);
  });

  it('scales every category for handle_min so the weighted average equals it', () => {
    expect(averageHandleMinutes(applyQuery('handle_min=6').scenario.categories)).toBeCloseTo(6, 12);
  });

  it('switches the cost basis with the cost parameter given', () => {
    expect(applyQuery('cost_fte_year=57000').scenario.human).toMatchObject({ costBasis: 'fte-year', costPerFteYear: 57000 });
    expect(applyQuery('cost_contact=7.5').scenario.human).toMatchObject({ costBasis: 'contact', costPerContact: 7.5 });
  });

  it('reads the token price for token pricing', () => {
    expect(applyQuery('ai_pricing=tokens&ai_cost=5').scenario.ai).toMatchObject({ pricing: 'tokens', pricePerMillionTokens: 5 });
  });

  it('reads ramp fractions, seeds, seats and the staffing model', () => {
    // Agents on seat staff a one-channel scenario: the default preset has a channel mix, so the link names one channel.
    const s = applyQuery('channel=chat&ramp=0.5,0.8,1&seed=7&seats=12&staffing_model=erlang-a&patience_min=4').scenario;
    expect(s.ramp).toEqual([0.5, 0.8, 1]);
    expect(s.seed).toBe(7);
    expect(s.human).toMatchObject({ seats: 12, staffingModel: 'erlang-a', patienceMinutes: 4 });
  });

  it('reads every parameter the field table names, with the bounds and unit of its field (upkeep_month was added as one entry there)', () => {
    const r = applyQuery('?upkeep_month=1500&shrinkage=31.5&months=24');
    expect(r.notices).toEqual([]);
    expect([r.scenario.ai.upkeepPerMonth, r.scenario.human.shrinkagePct, r.scenario.finance.months]).toEqual([1500, 31.5, 24]);
    expect(applyQuery('?upkeep_month=-3').notices).toEqual([
      'upkeep_month=-3 is out of range; expected a cost per month between 0 and 10000000000. It was ignored.',
    ]);
    expect(applyQuery('?months=2.5').notices).toEqual(['months=2.5 is not a whole number of months (1 to 120). It was ignored.']);
    for (const f of NUMBER_FIELDS.filter((x) => x.url !== undefined)) {
      // From a one-month horizon without growth, so that compounded growth sets no limit of its own.
      const calm = presetScenario();
      expect(applyQuery(`?${f.url}=${f.max}`, { ...calm, growthPctPerMonth: 0, finance: { ...calm.finance, months: 1 } }).notices, f.url).toEqual([]);
      expect(applyQuery(`?${f.url}=${f.max * 2 + 1}`).notices[0], f.url).toMatch(new RegExp(`^${f.url}=.* is out of range`));
    }
  });

  it('reads every numeric per-channel override with the bounds and unit of its channel field in the field table', () => {
    const overrides = NUMBER_FIELDS.filter((f) => f.channelUrl !== undefined);
    expect(overrides.map((f) => f.channelUrl).sort()).toEqual(CHANNEL_PARAMETERS.filter((p) => p !== 'ai' && p !== 'ai_pricing').sort());
    for (const f of overrides) {
      const min = f.urlMin ?? f.min;
      // A chat channel takes every override (concurrency included); AI priced per minute takes
      // ai_minutes, and a price per minute of its own.
      const price = f.channelUrl === 'ai_cost' ? '' : 'ai_cost.chat=0.12&';
      const base = `channels=chat:50,email:50&ai_pricing.chat=minute&${price}${f.channelUrl}.chat=`;
      // Automation has a ceiling of its own below 100 %: what the AI may attempt.
      if (f.channelUrl !== 'automation') expect(applyQuery(base + f.max).notices, f.channelUrl).toEqual([]);
      expect(applyQuery(base + min).notices, f.channelUrl).toEqual([]);
      expect(applyQuery(base + (f.max * 2 + 1)).notices, f.channelUrl).toEqual([
        `${f.channelUrl}.chat=${f.max * 2 + 1} is out of range; expected ${f.urlUnit ?? f.unit} between ${min} and ${f.max}. It was ignored.`,
        // Its price refused, the channel has none of its own.
        ...(price === ''
          ? [
              'Channel "Chat" is priced per minute with no price of its own: the scenario\'s 0.99 USD per resolution is used per minute. Enter its price per minute',
            ]
          : []),
      ]);
    }
  });

  it('reads how the channels are staffed (pooling), after the channels: one channel has nothing to blend', () => {
    const blended = applyQuery('pooling=blended&channels=chat:60,email:40');
    expect(blended.notices).toEqual([]);
    expect(blended.scenario.pooling).toBe('blended');
    expect(applyQuery('channels=chat:60,email:40&pooling=dedicated').scenario.pooling).toBe('dedicated');
    const one = applyQuery('preset=saas&pooling=blended');
    expect(one.scenario.pooling).toBe('dedicated');
    expect(one.notices).toEqual([
      'pooling=blended has nothing to blend: the scenario has one channel (list its channels first, such as channels=chat:60,email:40). It was ignored.',
    ]);
    expect(applyQuery('channels=chat:60,email:40&pooling=mixed').notices).toEqual(['pooling=mixed is not one of dedicated, blended. It was ignored.']);
  });

  it("says when a channel is priced in a unit of its own with no price of its own: the scenario's price of another unit is used", () => {
    const r = applyQuery('channels=voice:50,email:50&ai_pricing.email=minute');
    expect(r.notices).toEqual([
      'Channel "Email" is priced per minute with no price of its own: the scenario\'s 0.99 USD per resolution is used per minute. Enter its price per minute',
    ]);
    expect(r.scenario.channels!.find((c) => c.kind === 'email')!.aiPricing).toBe('minute');
    // With its own price, or in the scenario's unit, nothing to say.
    expect(applyQuery('channels=voice:50,email:50&ai_pricing.email=minute&ai_cost.email=0.1').notices).toEqual([]);
    expect(applyQuery('channels=voice:50,email:50&ai_pricing.email=resolution').notices).toEqual([]);
    // A human-only channel is billed nothing.
    expect(applyQuery('channels=voice:50,email:50&ai_pricing.email=minute&ai.email=off').notices).toEqual([]);
  });

  it("moves the preset's ranges with the point the link sets, so no percentile describes another scenario", () => {
    for (const query of ['?preset=saas&automation=41', '?preset=ecommerce&automation=12&error_rate=9', '?preset=fintech&error_rate=0.5']) {
      const r = applyQuery(query);
      expect(r.notices, query).toEqual([]);
      expect(rangeWarnings(r.scenario), query).toEqual([]);
    }
    // 60-70 % around the SaaS preset's point, moved with it.
    const saas = applyQuery('?preset=saas&automation=41').scenario;
    const range = saas.ranges.resolutionPct!;
    const point = meanResolutionPct(saas)!;
    expect(range.low).toBeLessThan(point);
    expect(range.high).toBeGreaterThan(point);
  });

  it('says which agent cost a link that gives two bases was read on', () => {
    for (const link of ['?cost_hour=50&cost_fte_year=80000', '?cost_fte_year=80000&cost_hour=50']) {
      const r = applyQuery(link);
      expect(r.scenario.human.costBasis, link).toBe('fte-year');
      expect(r.scenario.human.costPerFteYear).toBe(80000);
      expect(r.notices).toEqual([
        'cost_hour and cost_fte_year each set the agent cost on a basis of its own; a scenario has one, so cost_fte_year was read and the rest ignored',
      ]);
    }
    expect(applyQuery('?cost_hour=25&cost_contact=10').notices).toEqual([
      'cost_hour and cost_contact each set the agent cost on a basis of its own; a scenario has one, so cost_contact was read and the rest ignored',
    ]);
    expect(applyQuery('?cost_hour=25').notices).toEqual([]);
  });

  it("checks a value against the rest of the link, whatever their order: growth within the link's own horizon", () => {
    // 40 % a month from 50,000 contacts: 50,000 x 1.4^11 = 2.0 million in month 12, under the
    // 100 million limit; over the preset's 24 months it would pass it (114.8 million in month 24).
    for (const link of ['?months=12&growth=40', '?growth=40&months=12']) {
      const r = applyQuery(link);
      expect(r.notices, link).toEqual([]);
      expect(r.scenario.finance.months).toBe(12);
      expect(r.scenario.growthPctPerMonth).toBe(40);
    }
    // Over 24 months the same growth is refused, naming its month.
    expect(applyQuery('?growth=40').notices).toEqual([
      expect.stringMatching(/^growth=40 was ignored: Growth of 40 % a month takes 50,000 contacts to 114,792,846 contacts in month 24/),
    ]);
    // A contradiction still refuses one of the two: the last read against the first.
    const both = applyQuery('?growth=40&months=36');
    expect(both.scenario.finance.months).toBe(36);
    expect(both.notices).toEqual([expect.stringMatching(/^growth=40 was ignored: .* in month 36;/)]);
  });

  it('names each invalid or unknown parameter and ignores it', () => {
    const r = applyQuery('contacts=-5&shrinkage=120&channel=fax&preset=acme&ramp=1.5&colour=blue&currency=XYZ&automation=95&months=2.5');
    expect(r.scenario.contactsPerMonth).toBe(presetScenario('ecommerce').contactsPerMonth);
    expect(r.notices.join('\n')).toMatch(/contacts=-5 is out of range/);
    expect(r.notices.join('\n')).toMatch(/shrinkage=120 is out of range/);
    expect(r.notices.join('\n')).toMatch(/channel=fax is not one of chat, voice, email/);
    expect(r.notices).toContain(`preset=acme is not a known preset; expected one of ${PRESET_IDS.join(', ')}. It was ignored.`);
    expect(r.notices.join('\n')).toMatch(/ramp=1.5/);
    expect(r.notices.join('\n')).toMatch(/Unknown parameter "colour"/);
    expect(r.notices.join('\n')).toMatch(/currency=XYZ/);
    expect(r.notices.join('\n')).toMatch(/automation=95: Automation of 95 % exceeds the 76 %/);
    expect(r.notices.join('\n')).toMatch(/months=2.5/);
    expect(r.notices).toHaveLength(9);
  });

  describe('numbers are plain decimals', () => {
    it('reads 12, 12.5, .5 and a negative growth of -3', () => {
      const r = applyQuery('contacts=12&handle_min=12.5&ramp=.5,1&growth=-3');
      expect(r.notices).toEqual([]);
      expect(r.scenario.contactsPerMonth).toBe(12);
      expect(averageHandleMinutes(r.scenario.categories)).toBeCloseTo(12.5, 12);
      expect(r.scenario.ramp).toEqual([0.5, 1]);
      expect(r.scenario.growthPctPerMonth).toBe(-3);
    });

    it.each(['0x10', '0b101', '0o17', '1e3', '1E3', '1,000', '+12', '12abc', 'Infinity', '-Infinity', 'NaN', '', ' ', '1_000', '١٢'])(
      'refuses contacts=%s with a notice saying what is accepted',
      (raw) => {
        const r = applyQuery(new URLSearchParams({ contacts: raw }).toString());
        expect(r.scenario.contactsPerMonth).toBe(presetScenario('ecommerce').contactsPerMonth);
        expect(r.notices).toEqual([
          `contacts=${raw} is not a number; expected contacts per month between 0 and 100000000, written as a plain decimal such as 12 or 12.5. It was ignored.`,
        ]);
        expect(r.applied).toBe(false);
      },
    );

    it('names a negative example where negatives are accepted', () => {
      expect(applyQuery('growth=1e1').notices).toEqual([
        'growth=1e1 is not a number; expected a percentage per month between -50 and 50, written as a plain decimal such as 12, 12.5 or -3. It was ignored.',
      ]);
    });

    it('refuses hex and exponents in ramp fractions too', () => {
      expect(applyQuery('ramp=0x1,1').notices.join()).toMatch(/^ramp=0x1,1 is not "off" or comma-separated fractions/);
      expect(applyQuery('ramp=5e-1,1').scenario.ramp).toEqual(presetScenario('ecommerce').ramp);
    });

    it('reads -0 as 0, never as a negative zero', () => {
      expect(Object.is(applyQuery('contacts=-0').scenario.contactsPerMonth, 0)).toBe(true);
      expect(applyQuery('ramp=-0,1').scenario.ramp.map((x) => Object.is(x, -0))).toEqual([false, false]);
    });
  });

  describe('a repeated parameter', () => {
    it('is named in a notice, which says the last value was read', () => {
      const r = applyQuery('contacts=5000&automation=40&contacts=7000');
      expect(r.scenario.contactsPerMonth).toBe(7000);
      expect(r.notices).toEqual(['contacts appears 2 times (5000, 7000); only the last one, contacts=7000, was read']);
    });

    it('is named for a preset too, and a bad last value is ignored with its own notice', () => {
      const r = applyQuery('preset=saas&preset=fintech&months=12&months=abc');
      expect(r.scenario.presetId).toBe('fintech');
      expect(r.scenario.finance.months).toBe(presetScenario('fintech').finance.months);
      expect(r.notices).toEqual([
        'preset appears 2 times (saas, fintech); only the last one, preset=fintech, was read',
        'months appears 2 times (12, abc); only the last one, months=abc, was read',
        'months=abc is not a number; expected a whole number of months between 1 and 120, written as a plain decimal such as 12 or 12.5. It was ignored.',
      ]);
    });

    it('gives one notice however often an unknown parameter is repeated', () => {
      expect(applyQuery('colour=red&colour=blue&colour=red').notices).toEqual(['Unknown parameter "colour" was ignored']);
    });

    it('quotes long values cut short, so the notice stays readable', () => {
      const long = '9'.repeat(5000);
      const [notice] = applyQuery(`contacts=${long}`).notices;
      expect(notice).toBe(`contacts=${'9'.repeat(40)}… is out of range; expected contacts per month between 0 and 100000000. It was ignored.`);
    });
  });

  describe('handle_min', () => {
    it('accepts the documented maximum of 600 minutes, with no notice', () => {
      for (const preset of ['ecommerce', 'saas', 'fintech', 'b2b-enterprise', 'professional-services', 'klarna-2024', 'klarna-2025']) {
        const r = applyQuery(`preset=${preset}&handle_min=600`);
        expect(r.notices, preset).toEqual([]);
        expect(averageHandleMinutes(r.scenario.categories)).toBeCloseTo(600, 9);
      }
    });

    it('accepts every average up to 600 minutes (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 60_000 }), (centiminutes) => {
          const m = centiminutes / 100;
          const r = applyQuery(`preset=saas&handle_min=${m}`);
          expect(r.notices).toEqual([]);
          expect(Math.abs(averageHandleMinutes(r.scenario.categories) - m)).toBeLessThanOrEqual(1e-9 * m);
        }),
        { numRuns: 100 },
      );
    });

    it('refuses 600.01 once, naming the range', () => {
      expect(applyQuery('handle_min=600.01').notices).toEqual(['handle_min=600.01 is out of range; expected minutes between 0.01 and 600. It was ignored.']);
    });
  });

  it('never throws and always yields a computable scenario for arbitrary query strings (fuzz)', () => {
    const keys = ['preset', 'method', 'contacts', 'handle_min', 'cost_hour', 'automation', 'ramp', 'growth', 'months', 'seats', 'currency', 'x'];
    const value = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.integer().map(String),
      fc.constantFrom('NaN', 'Infinity', '-0', '1e309', '', 'off', '0.5,,1'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 8 }), (pairs) => {
        const q = new URLSearchParams(pairs).toString();
        const r = applyQuery(q);
        const m = metricValues(calculate(r.scenario).primary.summary);
        for (const v of Object.values(m)) expect(v === '' || /^-?\d+(\.\d+)?$/.test(v)).toBe(true);
      }),
      { numRuns: 200, seed: 99 },
    );
  }, 120_000);
});

describe('channels', () => {
  const ids = (q: string) => applyQuery(q).scenario.channels?.map((c) => c.id) ?? null;

  it('reads chat:40,email:45,voice:15 into three new channels of those kinds, with no notice', () => {
    const r = applyQuery('preset=saas&channels=chat:40,email:45,voice:15');
    expect(r.notices).toEqual([]);
    expect(r.applied).toBe(true);
    const base = presetScenario('saas');
    expect(r.scenario.channels).toEqual([newChannel('chat', 40), newChannel('email', 45, ['chat']), newChannel('voice', 15, ['chat', 'email'])]);
    // Everything else stays the preset's.
    expect({ ...r.scenario, channels: base.channels }).toEqual(base);
  });

  it('normalises shares that do not add up to 100 (counts work too)', () => {
    const shares = applyQuery('channels=chat:300,email:100').scenario.channels!.map((c) => c.sharePct);
    expect(shares).toEqual([75, 25]);
    const thirds = applyQuery('channels=chat:1,email:1,voice:1').scenario.channels!.map((c) => c.sharePct);
    expect(thirds.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 12);
  });

  it('names channels with kind-name, suggests a kind from a name alone, and numbers a second channel of a kind', () => {
    const r = applyQuery(new URLSearchParams({ channels: 'messaging-WhatsApp Business:10,Phone:50,voice-Sales line:20,chat:20' }).toString());
    expect(r.notices).toEqual([]);
    expect(r.scenario.channels!.map((c) => [c.id, c.kind, c.name])).toEqual([
      ['messaging', 'messaging', 'WhatsApp Business'],
      ['voice', 'voice', 'Phone'],
      ['voice-2', 'voice', 'Sales line'],
      ['chat', 'chat', 'Chat'],
    ]);
  });

  it('sets each per-channel input with NAME.CHANNEL', () => {
    const r = applyQuery(
      'channels=chat:40,email:45,voice:15&automation.voice=20&handle_min.email=6&sl_seconds.chat=45&sl_target.email=95&concurrency.chat=2' +
        '&ai_pricing.voice=minute&ai_cost.voice=0.15&ai_minutes.voice=3.5&ai.email=off',
    );
    expect(r.notices).toEqual([]);
    const [chat, email, voice] = r.scenario.channels!;
    expect(chat).toMatchObject({ targetSeconds: 45, concurrency: 2, aiEnabled: true });
    expect(email).toMatchObject({ handleMinutes: 6, serviceLevelPct: 95, aiEnabled: false });
    expect(voice).toMatchObject({ automationPct: 20, aiPricing: 'minute', aiPricePerUnit: 0.15, aiMinutesPerConversation: 3.5 });
  });

  it('names two channels of one kind or one name as the channel editor does: never two alike', () => {
    const names = (q: string) => applyQuery(q).scenario.channels!.map((c) => c.name);
    expect(names('channels=voice:50,voice:30,voice:20')).toEqual(['Phone', 'Phone 2', 'Phone 3']);
    expect(names('channels=voice-Support:50,chat-support:50')).toEqual(['Support', 'support 2']);
    expect(applyQuery('channels=voice:50,voice:50').notices).toEqual([]);
  });

  it('finds a channel by id first, then by kind, then by its name', () => {
    const q = 'channels=voice-Support:50,voice-Sales:30,messaging-WhatsApp:20';
    const by = (override: string) => applyQuery(`${q}&${override}`).scenario.channels!.map((c) => c.automationPct);
    expect(by('automation.voice-2=10')).toEqual([null, 10, null]);
    expect(by('automation.voice=10')).toEqual([10, null, null]);
    expect(by('automation.messaging=10')).toEqual([null, null, 10]);
    expect(by('automation.whatsapp=10')).toEqual([null, null, 10]);
  });

  it('makes a channel human only with ai.CHANNEL=off, and refuses automation for it', () => {
    const r = applyQuery('channels=chat:60,voice:40&ai.voice=off&automation.voice=20');
    expect(r.scenario.channels![1]).toMatchObject({ aiEnabled: false, automationPct: null });
    expect(r.notices).toEqual(['automation.voice=20: channel "voice" is human only (ai.voice=off). It was ignored.']);
    expect(applyQuery('channels=chat:60,voice:40&ai.voice=off&automation.voice=0').notices).toEqual([]);
  });

  it('reads ai_pricing=minute and ai_minutes scenario-wide', () => {
    const r = applyQuery('ai_pricing=minute&ai_cost=0.12&ai_minutes=3');
    expect(r.notices).toEqual([]);
    expect(r.scenario.ai).toMatchObject({ pricing: 'minute', pricePerUnit: 0.12, minutesPerConversation: 3 });
  });

  it('keeps channel= meaning one channel without channels=, even when the scenario had a channel list', () => {
    const multi = applyQuery('channels=chat:50,email:50').scenario;
    const r = applyQuery('channel=voice', multi);
    expect(r.notices).toEqual([]);
    expect(r.scenario).toMatchObject({ channel: 'voice', channels: null });
    expect(applyQuery('channel=email').scenario).toEqual({ ...presetScenario('ecommerce'), channel: 'email', channels: null });
  });

  it('ignores channel= beside channels=, with a notice', () => {
    const r = applyQuery('channels=chat:50,email:50&channel=voice');
    expect(ids('channels=chat:50,email:50&channel=voice')).toEqual(['chat', 'email']);
    expect(r.scenario.channel).toBe(presetScenario('ecommerce').channel);
    expect(r.notices).toEqual(['channel=voice was ignored: the link lists its channels (channels=), each with its own kind']);
  });

  it.each([
    ['chat:10,chat:10,chat:10,chat:10,chat:10,chat:10,chat:10', /lists 7 channels; a scenario has at most 6/],
    ['chat:40,,email:60', /has an empty item/],
    ['', /has an empty item/],
    ['chat:40,email', /"email" has no share/],
    ['chat:-40,email:60', /the share of "chat" \(-40\) is not a share/],
    ['chat:0x10,email:60', /the share of "chat" \(0x10\)/],
    ['chat:1e3,email:60', /the share of "chat" \(1e3\)/],
    ['chat:Infinity', /the share of "chat" \(Infinity\)/],
    ['chat:0,email:0', /the shares add up to 0/],
    ['fax:50,chat:50', /"fax" is not a channel kind; write voice, chat, email, messaging/],
    ['chat-:50', /"chat-" has a dash but no name/],
    [`chat-${'x'.repeat(41)}:50`, /longer than 40 characters/],
    [':50', /"" is not a channel kind/],
    ['__proto__:50', /"__proto__" is not a channel kind/],
  ])('refuses channels=%s whole, naming what is wrong, and keeps the scenario', (value, message) => {
    const r = applyQuery(new URLSearchParams({ channels: value }).toString());
    expect(r.scenario).toEqual(presetScenario('ecommerce'));
    expect(r.applied).toBe(false);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/^channels=/);
    expect(r.notices[0]).toMatch(message);
    expect(r.notices[0]).toMatch(/It was ignored\.$/);
  });

  it.each([
    [
      'preset=klarna-2025&automation.voice=20',
      'automation.voice=20 was ignored: this scenario has one channel and no channel list; write automation=20 for it, or list the channels first (such as channels=chat:60,voice:40)',
    ],
    ['channels=chat:50,email:50&automation.fax=20', 'automation.fax=20 was ignored: this scenario has no channel "fax" (its channels: chat, email)'],
    ['channels=chat:50,email:50&automation.voice=20', 'automation.voice=20 was ignored: this scenario has no channel "voice" (its channels: chat, email)'],
    [
      'channels=chat:50,voice:50&concurrency.voice=2',
      'concurrency.voice=2 applies to chat and messaging channels only; channel "voice" is voice. It was ignored.',
    ],
    [
      'channels=chat:50,voice:50&automation.chat=99',
      'automation.chat=99: Automation of 99 % exceeds the 76 % of contacts the AI may attempt (AI-eligible categories, less customers who ask for a human). It was ignored.',
    ],
    [
      'channels=chat:50,voice:50&ai_pricing=tokens&ai_cost.chat=1',
      'ai_cost.chat=1: channel "chat" is priced by tokens, at the scenario\'s price per million tokens (ai_cost). It was ignored.',
    ],
    ['channels=chat:50,voice:50&ai.voice=maybe', 'ai.voice=maybe is not on or off (off: the channel is human only). It was ignored.'],
    [
      'channels=chat:50,voice:50&ai_pricing.voice=seat',
      'ai_pricing.voice=seat is not one of conversation, resolution, session, tokens, minute. It was ignored.',
    ],
    [
      'channels=chat:50,email:50&sl_seconds.email=700000',
      'sl_seconds.email=700000 is out of range; expected seconds (a week at most) between 0 and 604800. It was ignored.',
    ],
    ['channels=chat:50,email:50&sl_target.email=100', 'sl_target.email=100 is out of range; expected a percentage between 1 and 99.9. It was ignored.'],
    [
      'channels=chat:50,email:50&handle_min.chat=NaN',
      'handle_min.chat=NaN is not a number; expected minutes between 0.01 and 600, written as a plain decimal such as 12 or 12.5. It was ignored.',
    ],
    ['channels=chat:50,email:50&colour.chat=red', 'Unknown parameter "colour.chat" was ignored'],
    ['channels=chat:50,email:50&automation.=20', 'automation.=20 was ignored: this scenario has no channel "" (its channels: chat, email)'],
  ])('%s: one notice naming the override, the rest applied', (q, notice) => {
    const r = applyQuery(q);
    expect(r.notices).toEqual([notice]);
    expect(r.scenario.channels === null).toBe(!q.startsWith('channels='));
  });

  it("says an override was ignored because the link's channel list was refused, without advice that would be refused too", () => {
    const r = applyQuery('channels=chat:40,bogus:10&automation.voice=150');
    expect(r.scenario.channels).toBeNull();
    expect(r.notices.some((n) => n.startsWith('channels='))).toBe(true);
    expect(r.notices).toContain(
      `automation.voice=150 was ignored: the link's channel list was not applied (see above), so the scenario has no channel "voice"`,
    );
  });

  it('reads the last of a repeated override, with a notice', () => {
    const r = applyQuery('channels=chat:50,email:50&automation.chat=10&automation.chat=30');
    expect(r.scenario.channels![0]!.automationPct).toBe(30);
    expect(r.notices).toEqual(['automation.chat appears 2 times (10, 30); only the last one, automation.chat=30, was read']);
  });

  /** A valid `channels=` item: a kind or `kind-name` (no comma; a name up to 40 characters), and a share. */
  const item = fc.record({
    kind: fc.constantFrom(...CHANNEL_KINDS),
    name: fc.option(
      fc.string({ minLength: 1, maxLength: 40 }).filter((n) => !n.includes(',') && n.trim() !== '' && n.trim().length <= 40),
      { nil: null },
    ),
    share: fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 100_000 }).map((c) => c / 1000),
    ),
  });
  const list = fc.array(item, { minLength: 1, maxLength: MAX_SCENARIO_CHANNELS }).filter((items) => items.some((i) => i.share > 0));

  it('turns any valid channels= list into a scenario the schema accepts (property)', () => {
    fc.assert(
      fc.property(list, fc.constantFrom(...PRESET_IDS), (items, preset) => {
        const value = items.map((i) => `${i.kind}${i.name === null ? '' : `-${i.name}`}:${i.share}`).join(',');
        const r = applyQuery(new URLSearchParams({ preset, channels: value }).toString());
        expect(r.notices).toEqual([]);
        expect(parseScenario(r.scenario).ok).toBe(true);
        const channels = r.scenario.channels!;
        expect(channels.map((c) => c.kind)).toEqual(items.map((i) => i.kind));
        // Each item's name, or the kind's, numbered where an earlier channel has it (in any case).
        const names: string[] = [];
        for (const i of items) names.push(freeName(i.name === null ? KIND_NAMES[i.kind] : i.name.trim(), names));
        expect(channels.map((c) => c.name)).toEqual(names);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        expect(new Set(channels.map((c) => c.id)).size).toBe(channels.length);
        expect(channels.reduce((s, c) => s + c.sharePct, 0)).toBeCloseTo(100, 9);
      }),
      { numRuns: 300, seed: 1313 },
    );
  });

  it('never throws and always yields a valid scenario for arbitrary channel parameters (fuzz)', () => {
    const key = fc.oneof(
      fc.constantFrom('channels', 'channel', 'automation', 'ai_pricing'),
      fc
        .tuple(fc.constantFrom(...CHANNEL_PARAMETERS, 'x'), fc.constantFrom('chat', 'voice', 'email', 'messaging', 'voice-2', 'WhatsApp', '', '__proto__', '.'))
        .map(([n, c]) => `${n}.${c}`),
    );
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'chat:40,email:45,voice:15',
        'messaging-WhatsApp:10,voice:5',
        'off',
        'on',
        'minute',
        '0',
        '-0',
        '100',
        '1e3',
        'NaN',
        '20',
        ':',
        ',',
        'chat:',
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const q = new URLSearchParams(pairs).toString();
        const r = applyQuery(q);
        expect(parseScenario(r.scenario).ok).toBe(true);
        const keys = [...new URLSearchParams(q).keys()];
        for (const n of r.notices) expect(keys.some((k) => n.includes(k))).toBe(true);
      }),
      { numRuns: 1000, seed: 1314 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { presetScenario, typicalChannels } from '../../../../src/model';
import { addChannel } from '../../../../src/state/channels';
import {
  channelLabels,
  channelPlaceholders,
  channelPricing,
  hasConcurrency,
  PRICING_OPTIONS,
  sharesNote,
  typicalOffer,
} from '../../../../src/ui/inputs/channel-fields';

const s = addChannel(addChannel(presetScenario('ecommerce'), 'voice'), 'email');
const [chat, voice, email] = s.channels!;

describe('channel editor fields', () => {
  it('names the channel in every label, and speaks of seconds for a queue and hours for a backlog', () => {
    const v = channelLabels(s, voice!);
    expect(v.share).toBe('Share of Phone, %');
    expect(v.automation).toBe('Automation in Phone, %');
    expect(v.targetTime).toBe('Answer within, Phone, seconds');
    const e = channelLabels(s, email!);
    expect(e.targetTime).toBe('Respond within, Email, hours');
    expect(e.targetPct).toBe('Response target of Email, % answered in time');
    for (const label of Object.values(e)) expect(label).toContain('Email');
    // Two channels never share a label.
    const all = [chat!, voice!, email!].flatMap((c) => Object.values(channelLabels(s, c)));
    expect(new Set(all).size).toBe(all.length);
  });

  it('says what an empty field follows', () => {
    const p = channelPlaceholders(s, email!);
    expect(p.targetTime).toBe('within the day');
    expect(channelPlaceholders(s, voice!).targetTime).toBe('20 (default)');
    expect(p.targetPct).toBe(`${s.human.serviceLevelPct} (scenario's)`);
  });

  it("offers the scenario's pricing or the channel's own, per minute included", () => {
    const options = PRICING_OPTIONS;
    expect(options[0]).toEqual({ value: '', label: 'As the scenario' });
    expect(options.map((o) => o.value)).toContain('minute');
    expect(channelPricing(s, voice!)).toBe(s.ai.pricing);
    expect(channelPricing(s, { ...voice!, aiPricing: 'minute' })).toBe('minute');
    expect(channelLabels(s, { ...voice!, aiPricing: 'minute' }).price).toBe('AI price in Phone (USD per minute)');
  });

  it('asks for concurrency only in chat and messaging, and sums the shares up', () => {
    expect([chat, voice, email].map((c) => hasConcurrency(c!))).toEqual([true, false, false]);
    expect(hasConcurrency({ ...email!, kind: 'messaging' })).toBe(true);
    expect(sharesNote(s.channels!)).toBe('Shares add up to 100 %.');
    expect(
      sharesNote([
        { ...chat!, sharePct: 40 },
        { ...email!, sharePct: 20 },
      ]),
    ).toBe('Shares add up to 60 %; the model scales them to 100 %.');
  });
});

describe('quick automation with channels', () => {
  it('says which channels keep their own automation', async () => {
    const { automationHint } = await import('../../../../src/ui/inputs/fields');
    expect(automationHint(presetScenario('ecommerce'))).toBe('Rescales the AI resolution rates of eligible categories');
    expect(automationHint(s)).toBe('Rescales the AI resolution rates of eligible categories');
    const own = { ...s, channels: s.channels!.map((c) => (c.id === 'voice' ? { ...c, automationPct: 20 } : c)) };
    expect(automationHint(own)).toBe("Rescales the categories' AI resolution rates; Phone keeps its own (see Channels)");
    // The rate of all contacts differs from the categories' where a channel keeps its own: named beside it.
    expect(automationHint(own, 40.4, 'en-US')).toBe("Rescales the categories' AI resolution rates; Phone keeps its own (see Channels). All contacts: 40.4%");
    const { automationLabel } = await import('../../../../src/ui/inputs/fields');
    expect([automationLabel(s), automationLabel(own)]).toEqual(['Automation rate (% of all contacts)', 'Automation rate of the categories (%)']);
    const two = { ...own, channels: own.channels.map((c) => (c.id === 'email' ? { ...c, aiEnabled: false } : c)) };
    expect(automationHint(two)).toBe("Rescales the categories' AI resolution rates; Phone and Email keep their own (see Channels)");
  });
});

describe('quick handle time with channels', () => {
  it('says which channels keep a handle time of their own, which the field does not scale', async () => {
    const { handleHint, handleLabel } = await import('../../../../src/ui/inputs/fields');
    expect([handleLabel(s), handleHint(s)]).toEqual(['Average handle time (minutes)', "Scales every category's handle time"]);
    // A multiplier of the categories' handle times follows them: only minutes of its own stay.
    const multiplied = { ...s, channels: s.channels!.map((c) => (c.id === 'voice' ? { ...c, handleMultiplier: 1.3 } : c)) };
    expect(handleHint(multiplied)).toBe("Scales every category's handle time");
    const own = { ...s, channels: s.channels!.map((c) => (c.id === 'email' ? { ...c, handleMinutes: 6 } : c)) };
    expect([handleLabel(own), handleHint(own)]).toEqual([
      'Average handle time of the categories (minutes)',
      "Scales every category's handle time; Email keeps its own (see Channels)",
    ]);
    const two = { ...own, channels: own.channels.map((c) => (c.id === 'voice' ? { ...c, handleMinutes: 9 } : c)) };
    expect(handleHint(two)).toBe("Scales every category's handle time; Phone and Email keep their own (see Channels)");
  });
});

describe('the offer of typical channels', () => {
  it('offers the business type’s channels, says what they are, and disappears once they are used', () => {
    const one = presetScenario('ecommerce');
    expect(typicalOffer(one)).toEqual({
      label: 'Use the typical E-commerce channels',
      note: "chat 45 %, email 40 %, phone 15 %, each with its kind's target; an assumption, to replace with your own mix or an import of your tickets.",
    });
    expect(typicalOffer(s)?.note).toMatch(/Replaces the channels above\.$/);
    expect(typicalOffer({ ...one, channels: typicalChannels('ecommerce')!.channels })).toBeNull();
  });

  it('offers nothing for Klarna or a scenario without a preset', () => {
    expect(typicalOffer(presetScenario('klarna-2025'))).toBeNull();
    expect(typicalOffer({ ...presetScenario('ecommerce'), presetId: null })).toBeNull();
  });
});

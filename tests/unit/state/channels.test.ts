import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario, presetScenario, type Scenario } from '../../../src/model';
import {
  addChannel,
  apportion,
  canAddChannel,
  changeKind,
  channelMessage,
  channelsOf,
  ownChannel,
  removeChannel,
  setOwnHours,
  shownTarget,
  storedChannelNumber,
  toggleChannelDay,
} from '../../../src/state/channels';
import { Planner } from '../../../src/state/planner.svelte';

const base = (): Scenario => presetScenario('ecommerce');
const fresh = () => new Planner({ scenarios: [base()], activeIndex: 0 });
const valid = (s: Scenario) => {
  const r = parseScenario(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('channel edits (pure)', () => {
  it('writes a scenario without channels as its own channel, following the scenario', () => {
    const s = base();
    expect(s.channels).toBeNull();
    const own = ownChannel(s);
    expect(own).toMatchObject({
      id: s.channel,
      kind: s.channel,
      sharePct: 100,
      serviceLevelPct: null,
      concurrency: null,
      automationPct: null,
      aiEnabled: true,
    });
    expect(channelsOf(s)).toEqual([own]);
    // A live channel keeps the scenario's answer time; email keeps the backlog worked within the day.
    expect(ownChannel({ ...s, channel: 'voice', human: { ...s.human, serviceLevelSeconds: 30 } }).targetSeconds).toBe(30);
    expect(ownChannel({ ...s, channel: 'email' }).targetSeconds).toBeNull();
  });

  it("adds a channel at an equal part, the scenario's own channel at 100 % minus it", () => {
    const one = addChannel(base(), 'voice');
    expect(one.channels!.map((c) => [c.id, c.kind, c.name, c.sharePct])).toEqual([
      ['chat', 'chat', 'Chat', 50],
      ['voice', 'voice', 'Phone', 50],
    ]);
    const two = addChannel(one, 'email');
    expect(two.channels!.map((c) => c.sharePct)).toEqual([33.5, 33.5, 33]);
    expect(two.channels![2]).toMatchObject({ id: 'email', serviceLevelPct: 90, targetSeconds: 14_400 });
    valid(two);
  });

  it('gives a second channel of a kind its own id and name', () => {
    const s = addChannel(addChannel(base(), 'email'), 'email');
    expect(s.channels!.map((c) => [c.id, c.name])).toEqual([
      ['chat', 'Chat'],
      ['email', 'Email'],
      ['email-2', 'Email 2'],
    ]);
    valid(s);
  });

  it('stops at six channels', () => {
    let s = base();
    for (let i = 0; i < 8; i++) s = addChannel(s, 'messaging');
    expect(s.channels).toHaveLength(6);
    expect(canAddChannel(s)).toBe(false);
    expect(addChannel(s, 'voice')).toBe(s);
    expect(s.channels!.reduce((a, c) => a + c.sharePct, 0)).toBeCloseTo(100, 9);
    valid(s);
  });

  it('removes a channel and gives its volume to the others; the last one stays', () => {
    const s = addChannel(addChannel(base(), 'voice'), 'email');
    const less = removeChannel(s, 1);
    expect(less.channels!.map((c) => [c.id, c.sharePct])).toEqual([
      ['chat', 50.4],
      ['email', 49.6],
    ]);
    const single = removeChannel(less, 0);
    expect(single.channels!.map((c) => [c.id, c.sharePct])).toEqual([['email', 100]]);
    expect(removeChannel(single, 0)).toBe(single);
    expect(removeChannel(base(), 0).channels).toBeNull();
    expect(removeChannel(s, 7)).toBe(s);
    valid(single);
  });

  it("changes kind: new id and target, the kind's name unless the user named it, concurrency only where it applies", () => {
    let s = addChannel(base(), 'voice');
    s = { ...s, channels: s.channels!.map((c, i) => (i === 0 ? { ...c, concurrency: 2 } : c)) };
    const asEmail = changeKind(s, 1, 'email');
    expect(asEmail.channels![1]).toMatchObject({ id: 'email', kind: 'email', name: 'Email', serviceLevelPct: 90, targetSeconds: 14_400, sharePct: 50 });
    const named = { ...s, channels: s.channels!.map((c, i) => (i === 1 ? { ...c, name: 'Hotline' } : c)) };
    expect(changeKind(named, 1, 'chat').channels![1]).toMatchObject({ id: 'chat-2', name: 'Hotline', targetSeconds: 60 });
    expect(changeKind(s, 0, 'messaging').channels![0]!.concurrency).toBe(2);
    expect(changeKind(s, 0, 'voice').channels![0]!.concurrency).toBeNull();
    expect(changeKind(s, 0, 'chat')).toBe(s);
    valid(asEmail);
  });

  it("opening hours: own ones start from the scenario's, and go back to following it", () => {
    const s = addChannel(base(), 'email');
    const own = setOwnHours(s, 1, true);
    expect(own.channels![1]).toMatchObject({ openFromHour: s.human.openFromHour, openToHour: s.human.openToHour, openDays: s.human.openDays });
    const sat = toggleChannelDay(own, 1, 5, true);
    expect(sat.channels![1]!.openDays).toContain(5);
    const back = setOwnHours(sat, 1, false);
    expect(back.channels![1]).toMatchObject({ openFromHour: null, openToHour: null, openDays: null });
  });

  it('reads a response time in hours and stores seconds; refuses what the field cannot take, naming the channel', () => {
    const email = addChannel(base(), 'email').channels![1]!;
    expect(storedChannelNumber(email, 'targetSeconds', 4)).toEqual({ ok: true, value: 14_400 });
    expect(shownTarget(email)).toBe(4);
    for (const bad of [0, -1, 169, Number.POSITIVE_INFINITY]) {
      expect(storedChannelNumber(email, 'targetSeconds', bad)).toEqual({
        ok: false,
        message: 'Response time of Email must be more than 0 and at most 168 hours (a week)',
      });
    }
    const chat = channelsOf(base())[0]!;
    expect(storedChannelNumber(chat, 'targetSeconds', 45)).toEqual({ ok: true, value: 45 });
    expect(shownTarget(chat)).toBe(60);
  });

  it('names the channel in a message once', () => {
    const c = channelsOf(base())[0]!;
    expect(channelMessage(c, 'Channel share cannot be negative')).toBe('Chat: Channel share cannot be negative');
    expect(channelMessage(c, 'Opening hours of channel "Chat" must end after they start')).toBe('Opening hours of channel "Chat" must end after they start');
  });

  it('apportions whole tenths that add up exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 100 }), (w, total) => {
        const parts = apportion(w, total);
        expect(parts).toHaveLength(w.length);
        expect(Math.round(parts.reduce((a, b) => a + b, 0) * 10)).toBe(total * 10);
        for (const p of parts) expect(p).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('Planner channel actions', () => {
  it('adds phone and email to the default scenario, and removing back to one keeps computing', () => {
    const p = fresh();
    expect(p.addChannel('voice')).toBe(true);
    expect(p.addChannel('email')).toBe(true);
    expect(p.scenario.channels!.map((c) => c.id)).toEqual(['chat', 'voice', 'email']);
    expect(p.removeChannel(2)).toBe(true);
    expect(p.removeChannel(0)).toBe(true);
    expect(p.scenario.channels!.map((c) => [c.id, c.sharePct])).toEqual([['voice', 100]]);
    expect(p.results.primary.summary.contactsPerMonth).toBe(new Planner({ scenarios: [base()], activeIndex: 0 }).results.primary.summary.contactsPerMonth);
  });

  it('sets share, automation, handle time, target, concurrency and AI price per channel', () => {
    const p = fresh();
    p.addChannel('voice');
    p.addChannel('email');
    expect(p.setChannelNumber(1, 'automationPct', '20')).toBe(true);
    expect(p.setChannelNumber(2, 'automationPct', '70')).toBe(true);
    expect(p.setChannelNumber(2, 'sharePct', '45')).toBe(true);
    expect(p.setChannelNumber(2, 'handleMinutes', '6')).toBe(true);
    expect(p.setChannelNumber(1, 'handleMultiplier', '1.5')).toBe(true);
    expect(p.setChannelNumber(2, 'targetSeconds', '8')).toBe(true);
    expect(p.setChannelNumber(1, 'targetSeconds', '30')).toBe(true);
    expect(p.setChannelNumber(1, 'serviceLevelPct', '85')).toBe(true);
    expect(p.setChannelNumber(0, 'concurrency', '2')).toBe(true);
    expect(p.setChannelNumber(1, 'aiPricePerUnit', '0.15')).toBe(true);
    expect(p.setChannelPricing(1, 'minute')).toBe(true);
    expect(p.setChannelNumber(1, 'aiMinutesPerConversation', '3')).toBe(true);
    const [chat, voice, email] = p.scenario.channels!;
    expect(chat).toMatchObject({ concurrency: 2 });
    expect(voice).toMatchObject({
      automationPct: 20,
      handleMultiplier: 1.5,
      targetSeconds: 30,
      serviceLevelPct: 85,
      aiPricing: 'minute',
      aiPricePerUnit: 0.15,
      aiMinutesPerConversation: 3,
    });
    expect(email).toMatchObject({ automationPct: 70, sharePct: 45, handleMinutes: 6, targetSeconds: 8 * 3600 });
    expect(p.hasDrafts).toBe(false);
    // Empty: follow the scenario again.
    expect(p.setChannelNumber(1, 'automationPct', '')).toBe(true);
    expect(p.scenario.channels![1]!.automationPct).toBeNull();
    expect(p.setChannelPricing(1, null)).toBe(true);
    expect(p.scenario.channels![1]!.aiPricing).toBeNull();
  });

  it('keeps refused channel values as drafts at their field, naming the channel, and keeps the last valid scenario', () => {
    const p = fresh();
    p.addChannel('email');
    const before = p.scenario;
    const cases: [Parameters<Planner['setChannelNumber']>[1], string, RegExp][] = [
      ['sharePct', '-5', /^Email: Channel share cannot be negative/],
      ['sharePct', '', /^Email: enter a number/],
      ['automationPct', '120', /^Email: Channel automation cannot exceed 100 %/],
      ['automationPct', 'lots', /Enter a number/],
      ['handleMultiplier', '0', /^Email: Handle time multiplier must be more than 0/],
      ['handleMinutes', '900', /^Email: Handle time above 600 minutes/],
      // As a link refuses them: no minutes, and more automation than the AI may attempt (not computed at that share).
      ['handleMinutes', '0', /^Own average handle time of Email must be at least 0\.01 minutes \(leave it empty for the multiplier\)$/],
      ['automationPct', '95', /^Email: Automation of 95 % exceeds the [\d.]+ % of contacts the AI may attempt/],
      ['targetSeconds', '0', /^Response time of Email must be more than 0 and at most 168 hours/],
      ['targetSeconds', '200', /^Response time of Email/],
      ['serviceLevelPct', '100', /^Email: Channel service level target must be below 100 %/],
      ['concurrency', '11', /^Email: Channel concurrency above 10/],
      ['aiPricePerUnit', '-1', /^Email: Channel AI price cannot be negative/],
      ['openFromHour', '30', /^Email opens at a whole hour from 0 to 23$/],
      ['openFromHour', '8.5', /^Email opens at a whole hour from 0 to 23$/],
      ['openToHour', '0', /^Email closes at a whole hour from 1 to 24$/],
    ];
    for (const [field, raw, message] of cases) {
      expect(p.setChannelNumber(1, field, raw), `${field}=${raw}`).toBe(false);
      expect(p.draftOf(`channels.1.${field}`)?.raw).toBe(raw);
      expect(p.draftOf(`channels.1.${field}`)?.message, `${field}=${raw}`).toMatch(message);
      expect(p.scenario).toBe(before);
    }
    // A valid value clears its field's draft only.
    expect(p.setChannelNumber(1, 'sharePct', '40')).toBe(true);
    expect(p.draftOf('channels.1.sharePct')).toBeUndefined();
    expect(p.draftOf('channels.1.automationPct')).toBeDefined();
  });

  it('puts back the channels a removal or the typical channels replaced, until the next edit', () => {
    const p = fresh();
    p.addChannel('voice');
    p.addChannel('email');
    expect(p.renameChannel(1, 'Sales line')).toBe(true);
    expect(p.setChannelNumber(2, 'automationPct', '70')).toBe(true);
    const before = p.scenario;
    expect(p.channelsUndo).toBeNull();
    expect(p.removeChannel(1)).toBe(true);
    expect(p.channelsUndo?.did).toBe('Removed channel "Sales line" and its settings.');
    expect(channelsOf(p.scenario).map((c) => c.name)).toEqual(['Chat', 'Email']);
    p.undoChannels();
    expect(p.scenario).toBe(before);
    expect(p.channelsUndo).toBeNull();
    // The typical channels replace the edited ones; undone, the names and overrides are back.
    expect(p.useTypicalChannels()).toBe(true);
    expect(p.channelsUndo?.did).toBe('Replaced the 3 channels with the typical ones.');
    expect(channelsOf(p.scenario).find((c) => c.name === 'Sales line')).toBeUndefined();
    p.undoChannels();
    expect(p.scenario).toBe(before);
    // Another edit after a removal ends the undo: it would put back more than the removal.
    expect(p.removeChannel(1)).toBe(true);
    expect(p.setNumber('contactsPerMonth', '12345')).toBe(true);
    expect(p.channelsUndo).toBeNull();
  });

  it('refuses an empty channel name and shares that add up to 0 %', () => {
    const p = fresh();
    p.addChannel('voice');
    expect(p.renameChannel(1, '  ')).toBe(false);
    expect(p.draftOf('channels.1.name')?.message).toBe('Phone: Channel name cannot be empty');
    expect(p.renameChannel(1, 'Hotline')).toBe(true);
    expect(p.scenario.channels![1]!.name).toBe('Hotline');
    // A name another channel has (in any case) stays a draft: the table by channel would show two of one name.
    const first = p.scenario.channels![0]!.name;
    expect(p.renameChannel(1, ` ${first.toUpperCase()} `)).toBe(false);
    expect(p.draftOf('channels.1.name')?.message).toBe(`Another channel is named "${first}": give each channel a name of its own`);
    expect(p.scenario.channels![1]!.name).toBe('Hotline');
    expect(p.setChannelNumber(0, 'sharePct', '0')).toBe(true);
    expect(p.setChannelNumber(1, 'sharePct', '0')).toBe(false);
    expect(p.draftOf('channels.1.sharePct')?.message).toMatch(/add up to 0 %/);
  });

  it('changes kind, AI on/off, opening hours and pooling', () => {
    const p = fresh();
    p.addChannel('voice');
    expect(p.setChannelKind(1, 'messaging')).toBe(true);
    expect(p.scenario.channels![1]).toMatchObject({ id: 'messaging', kind: 'messaging', name: 'Messaging', targetSeconds: 3600 });
    // The kind's name when another channel has it already: numbered, as a channel added.
    p.addChannel('voice');
    expect(p.setChannelKind(2, 'messaging')).toBe(true);
    expect(p.scenario.channels![2]).toMatchObject({ kind: 'messaging', name: 'Messaging 2' });
    expect(p.setChannelAi(1, false)).toBe(true);
    expect(p.scenario.channels![1]!.aiEnabled).toBe(false);
    expect(p.setChannelOwnHours(1, true)).toBe(true);
    expect(p.setChannelNumber(1, 'openToHour', '20')).toBe(true);
    expect(p.toggleChannelDay(1, 6, true)).toBe(true);
    expect(p.scenario.channels![1]).toMatchObject({ openToHour: 20 });
    expect(p.scenario.channels![1]!.openDays).toContain(6);
    expect(p.setChannelNumber(1, 'openFromHour', '8')).toBe(true);
    expect(p.setChannelNumber(1, 'openToHour', '8')).toBe(false);
    expect(p.draftOf('channels.1.openToHour')?.message).toMatch(/Opening hours of channel "Messaging" must end after they start/);
    expect(p.setChannelOwnHours(1, false)).toBe(true);
    expect(p.draftOf('channels.1.openToHour')).toBeUndefined();
    expect(p.setPooling('blended')).toBe(true);
    expect(p.scenario.pooling).toBe('blended');
  });

  it("a structural change clears the channels' drafts (their rows moved)", () => {
    const p = fresh();
    p.addChannel('voice');
    p.setChannelNumber(1, 'sharePct', 'x');
    expect(p.hasDrafts).toBe(true);
    // Another kind keeps the channel in its place, and its drafts.
    expect(p.setChannelKind(1, 'email')).toBe(true);
    expect(p.draftOf('channels.1.sharePct')?.raw).toBe('x');
    p.removeChannel(1);
    expect(p.hasDrafts).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';

import { channelId, freeName, isLive, newChannel, suggestKind } from '../../../src/model/channel-defaults';
import { parseScenario } from '../../../src/model';
import { presetScenario } from '../../../src/model/presets';

describe('channel defaults', () => {
  it('suggests a kind from the names helpdesks use, and none for a name that says nothing', () => {
    expect(['Phone', 'Inbound call', 'voice', 'IVR'].map(suggestKind)).toEqual(['voice', 'voice', 'voice', 'voice']);
    expect(['Email', 'e-mail', 'Web form', 'web_form', 'Mail', 'web', 'Help Center'].map(suggestKind)).toEqual([
      'email',
      'email',
      'email',
      'email',
      'email',
      'email',
      'email',
    ]);
    expect(['Web chat', 'web_chat'].map(suggestKind)).toEqual(['chat', 'chat']);
    // German, French and Spanish names, and Freshdesk's feedback widget (a form).
    expect(['Telefon', 'Téléphone', 'Anruf', 'Kontaktformular', 'Feedback Widget', 'Correo'].map(suggestKind)).toEqual([
      'voice',
      'voice',
      'voice',
      'email',
      'email',
      'email',
    ]);
    expect(['Chat', 'Live chat', 'livechat'].map(suggestKind)).toEqual(['chat', 'chat', 'chat']);
    expect(['Social media', 'Twitter', 'Facebook', 'WhatsApp', 'SMS'].map(suggestKind)).toEqual([
      'messaging',
      'messaging',
      'messaging',
      'messaging',
      'messaging',
    ]);
    expect(suggestKind('Partner escalations')).toBeNull();
    // X and LINE are messaging apps as a whole name only: "Sales line" and a name with an "x" in it say nothing.
    expect(['X', 'LINE', 'Sales line', 'x ray', '<img src=x>'].map(suggestKind)).toEqual(['messaging', 'messaging', null, null, null]);
  });

  it('gives names not taken in any case, numbered, within the 40-character limit', () => {
    expect(freeName('Phone', [])).toBe('Phone');
    expect(freeName('Phone', ['phone'])).toBe('Phone 2');
    expect(freeName('Phone', ['Phone', 'PHONE 2'])).toBe('Phone 3');
    const long = 'A'.repeat(40);
    expect(freeName(long, [long])).toBe(`${'A'.repeat(38)} 2`);
    expect(freeName(`${'B'.repeat(37)} x`, [`${'B'.repeat(37)} x`])).toBe(`${'B'.repeat(37)} 2`);
  });

  it('gives ids that are the kind, then numbered, never one already taken', () => {
    expect(channelId('email', [])).toBe('email');
    expect(channelId('email', ['email'])).toBe('email-2');
    expect(channelId('email', ['email', 'email-2'])).toBe('email-3');
  });

  it('makes channels the schema accepts, asynchronous ones with a response-time target', () => {
    const base = presetScenario('ecommerce');
    const channels = [newChannel('chat', 40), newChannel('email', 45, ['chat']), newChannel('voice', 15, ['chat', 'email'])];
    const r = parseScenario({ ...base, channels });
    expect(r.ok).toBe(true);
    expect(channels[1]!.targetSeconds).toBe(14_400);
    expect(channels[1]!.serviceLevelPct).toBe(90);
    expect(channels[0]!.serviceLevelPct).toBeNull();
    expect([isLive('voice'), isLive('chat'), isLive('email'), isLive('messaging')]).toEqual([true, true, false, false]);
  });

  it('refuses duplicate ids, a category mix of the wrong length and seven channels, naming the field', () => {
    const base = presetScenario('ecommerce');
    const dup = parseScenario({ ...base, channels: [newChannel('chat', 50), newChannel('chat', 50)] });
    expect(dup.ok ? [] : dup.issues.map((i) => i.field)).toContain('channels.1.id');
    const mix = parseScenario({ ...base, channels: [{ ...newChannel('chat', 50), categorySharesPct: [100] }] });
    expect(mix.ok ? [] : mix.issues.map((i) => i.field)).toContain('channels.0.categorySharesPct');
    const taken: string[] = [];
    const seven = Array.from({ length: 7 }, () => {
      const c = newChannel('email', 10, taken);
      taken.push(c.id);
      return c;
    });
    const many = parseScenario({ ...base, channels: seven });
    expect(many.ok ? '' : many.issues[0]!.message).toBe('A scenario has at most 6 channels');
  });
});

describe('channel ids', () => {
  it('refuses the id "all", which names the total over channels in exported files', () => {
    const base = presetScenario('ecommerce');
    const r = parseScenario({ ...base, channels: [{ ...newChannel('chat', 50), id: 'all' }, newChannel('email', 50)] });
    expect(r.ok ? [] : r.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'channels.0.id: A channel cannot have the id "all": it names the total over all channels in exported files',
    ]);
  });
});

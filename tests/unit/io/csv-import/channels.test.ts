import { execFileSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyImport, sharesOf } from '../../../../src/io/csv-import/apply-import';
import { categoryRows } from '../../../../src/io/csv-import/category-rows';
import { OTHER_CHANNELS, planChannels } from '../../../../src/io/csv-import/channel-plan';
import { encodeShareFragment, packProfile } from '../../../../src/io/share-url';
import { exactJson } from '../../../../src/io/scenario-set';
import { presetScenario } from '../../../../src/model/presets';
import type { TicketAggregates } from '../../../../src/io/csv-import/types';
import { fixture, importTickets } from './helpers';

/*
 * tickets-channels.csv, written by generate-channels.mjs (its comment works the figures):
 * Email 100, Phone 100, Social media 100, Chat 96 tickets; per channel the categories
 * Order status / Returns and refunds / Billing: Email 50/30/20, Phone 20/30/50,
 * Social media 70/20/10, Chat 48/24/24; handle medians 6, 8, 3.5, 7 min (Phone's mean 10.25);
 * hours of the week (Monday 00:00 = 0): Email d*24+9 (d = 0-4) 20 each; Phone d*24+10 and
 * d*24+14 (d = 0-4) 10 each; Social media d*24+20 (d = 0-6) 15, 15, 14, 14, 14, 14, 14;
 * Chat d*24+12 (d = 0-5) 16 each.
 */
const text = fixture('tickets-channels.csv');

function tickets(t: string): TicketAggregates {
  const agg = importTickets(t).aggregates;
  if (agg.kind !== 'tickets') throw new Error('expected tickets');
  return agg;
}

function hours(entries: [number, number][]): number[] {
  const out = new Array<number>(168).fill(0);
  for (const [h, n] of entries) out[h] = n;
  return out;
}

const days = (n: number) => Array.from({ length: n }, (_, d) => d);

describe('channels of a ticket export', () => {
  const agg = tickets(text);

  it('the fixture is what its generator writes', () => {
    const script = fileURLToPath(new URL('../../../fixtures/import/generate-channels.mjs', import.meta.url));
    expect(execFileSync(process.execPath, [script, '--stdout'], { encoding: 'utf8' })).toBe(text);
  });

  it('keeps every channel with its tickets and suggested kind, largest first', () => {
    expect(agg.channels.map((c) => [c.name, c.contacts, c.kind, c.blank])).toEqual([
      ['Email', 100, 'email', false],
      ['Phone', 100, 'voice', false],
      ['Social media', 100, 'messaging', false],
      ['Chat', 96, 'chat', false],
    ]);
  });

  it('counts categories per channel in the order of the categories', () => {
    expect(agg.categories.map((c) => [c.name, c.contacts])).toEqual([
      ['Order status', 188],
      ['Returns and refunds', 104],
      ['Billing', 104],
    ]);
    expect(agg.channels.map((c) => c.byCategory)).toEqual([
      [50, 30, 20],
      [20, 30, 50],
      [70, 20, 10],
      [48, 24, 24],
    ]);
  });

  it('reads each channel’s handle-time median and mean', () => {
    expect(agg.channels.map((c) => [c.handleMinutes!.median, c.handleMinutes!.count])).toEqual([
      [6, 100],
      [8, 100],
      [3.5, 100],
      [7, 96],
    ]);
    expect(agg.channels[1]!.handleMinutes!.mean).toBeCloseTo(10.25, 12);
  });

  it('reads each channel’s hour-of-week arrivals', () => {
    const byChannel = agg.dated!.hourOfWeekByChannel!;
    expect(byChannel).toHaveLength(4);
    expect(byChannel[0]).toEqual(hours(days(5).map((d) => [d * 24 + 9, 20])));
    expect(byChannel[1]).toEqual(
      hours(
        days(5).flatMap(
          (d) =>
            [
              [d * 24 + 10, 10],
              [d * 24 + 14, 10],
            ] as [number, number][],
        ),
      ),
    );
    expect(byChannel[2]).toEqual(hours(days(7).map((d) => [d * 24 + 20, d < 2 ? 15 : 14])));
    expect(byChannel[3]).toEqual(hours(days(6).map((d) => [d * 24 + 12, 16])));
    // The channels add up to the file's profile.
    const sum = new Array<number>(168).fill(0).map((_, h) => byChannel.reduce((s, p) => s + p![h]!, 0));
    expect(sum).toEqual(agg.dated!.hourOfWeek);
  });

  it('gives the same figures however the file is cut into chunks', () => {
    const small = importTickets(text, 'auto', 97).aggregates as TicketAggregates;
    expect(small.channels).toEqual(agg.channels);
    expect(small.dated).toEqual(agg.dated);
  });

  describe('applied to a scenario', () => {
    const scenario = presetScenario('ecommerce');
    const before = structuredClone(scenario);
    const rows = categoryRows(agg);

    it('builds four channels: kinds, shares, category mixes, handle minutes and profiles', () => {
      const result = applyImport(scenario, agg, rows);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const channels = result.value.channels!;
      expect(scenario).toEqual(before);
      // 25, 25, 25 and 24 tickets of 99: each rounded alone, 25.25 x 3 + 24.24 adds up to 99.99;
      // the hundredth left over goes to the first of the largest remainders.
      expect(channels.map((c) => [c.id, c.kind, c.name, c.sharePct])).toEqual([
        ['email', 'email', 'Email', 25.26],
        ['voice', 'voice', 'Phone', 25.25],
        ['messaging', 'messaging', 'Social media', 25.25],
        ['chat', 'chat', 'Chat', 24.24],
      ]);
      expect(result.value.categories.map((c) => c.name)).toEqual(['Order status', 'Returns and refunds', 'Billing']);
      expect(channels.map((c) => c.categorySharesPct)).toEqual([
        [50, 30, 20],
        [20, 30, 50],
        [70, 20, 10],
        [50, 25, 25],
      ]);
      // Means, as the categories' handle times are: Phone's mean 10.25 min, not its median 8.
      expect(channels.map((c) => c.handleMinutes)).toEqual([6, 10.25, 3.5, 7]);
      // Counts / total, so a share link packs them as integers.
      expect(channels[0]!.arrivalProfile![9]).toBe(20 / 100);
      expect(channels[3]!.arrivalProfile![12]).toBe(16 / 96);
      for (const c of channels) expect(Array.isArray(packProfile(c.arrivalProfile))).toBe(false);
      // The kind's own targets come with the channel (email 4 hours at 90 %).
      expect(channels[0]).toMatchObject({ targetSeconds: 14_400, serviceLevelPct: 90 });
    });

    it('takes the kinds the user chose', () => {
      const result = applyImport(scenario, agg, rows, { channelKinds: [null, null, 'chat', null] });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.value.channels!.map((c) => [c.id, c.kind, c.name])).toEqual([
        ['email', 'email', 'Email'],
        ['voice', 'voice', 'Phone'],
        ['chat', 'chat', 'Social media'],
        ['chat-2', 'chat', 'Chat'],
      ]);
    });

    it('a share link of the four channels stays under 2,000 characters', async () => {
      const result = applyImport(scenario, agg, rows);
      if (!result.ok) throw new Error('apply failed');
      const s = result.value;
      // Every profile packed as counts / total, as the share format packs the scenario's.
      const packed = {
        ...s,
        arrivalProfile: packProfile(s.arrivalProfile),
        channels: s.channels!.map((c) => ({ ...c, arrivalProfile: packProfile(c.arrivalProfile) })),
      };
      const bytes = deflateRawSync(new TextEncoder().encode(exactJson({ a: 0, s: [packed] })));
      const chars = '#s=1.'.length + Math.ceil((bytes.length * 4) / 3);
      expect(chars).toBeLessThan(2000);
      const link = await encodeShareFragment({ scenarios: [s], active: 0 });
      expect(link.ok).toBe(true);
    });
  });

  it('a channel whose arrivals follow the file’s hours takes the scenario’s profile (shorter links)', () => {
    const lines = ['created,type,channel'];
    // Phone and Email 40 each, the same hours; Chat 4 at 21:00 (Phone's distance from the file: 4 / 84).
    for (let k = 0; k < 80; k++)
      lines.push(`2024-01-0${1 + (Math.floor(k / 8) % 5)} ${9 + (Math.floor(k / 2) % 4)}:00,Billing,${k % 2 === 0 ? 'Phone' : 'Email'}`);
    for (let k = 0; k < 4; k++) lines.push(`2024-01-0${1 + k} 21:00,Billing,Chat`);
    const agg = tickets(lines.join('\n') + '\n');
    const result = applyImport(presetScenario('ecommerce'), agg, categoryRows(agg));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.channels!.map((c) => [c.name, c.arrivalProfile === null])).toEqual([
      ['Phone', true],
      ['Email', true],
      ['Chat', false],
    ]);
    expect(result.value.channels![2]!.arrivalProfile![21]).toBe(1 / 4);
  });

  it('one channel in the file keeps a one-channel scenario with its channel', () => {
    const one = tickets('created,type,channel\n2024-01-01 10:00,Billing,Phone\n2024-01-01 11:00,Billing,phone\n2024-01-01 12:00,Billing,\n');
    expect(one.channels.map((c) => [c.name, c.contacts, c.blank])).toEqual([
      ['Phone', 2, false],
      ['Unknown', 1, true],
    ]);
    const result = applyImport(presetScenario('ecommerce'), one, categoryRows(one));
    if (!result.ok) throw new Error('apply failed');
    expect(result.value.channels).toBeNull();
    expect(result.value.channel).toBe('voice');
  });
});

describe('hostile channel columns', () => {
  it('60 channel names: the five largest, the rest merged by kind, an "Other channels" that asks its kind', () => {
    const lines = ['created,type,channel,handle'];
    // Big five: 200, 190, ... tickets; then 55 small names of 2 tickets each.
    const big = ['Email', 'Phone', 'Live chat', 'Twitter', 'Web form'];
    big.forEach((name, i) => {
      for (let k = 0; k < 200 - i * 10; k++) lines.push(`2024-01-0${1 + (k % 7)} ${10 + (k % 8)}:00,Billing,${name},${60 + i}`);
    });
    for (let n = 0; n < 55; n++) {
      // Every fifth small name says WhatsApp (messaging: into Twitter), the others say nothing.
      const name = n % 5 === 0 ? `WhatsApp ${n}` : `Store ${n}`;
      for (let k = 0; k < 2; k++) lines.push(`2024-01-02 09:00,Returns,${name},30`);
    }
    const agg = tickets(lines.join('\n') + '\n');
    expect(agg.channels.map((c) => [c.name, c.contacts, c.kind])).toEqual([
      ['Email', 200, 'email'],
      ['Phone', 190, 'voice'],
      ['Live chat', 180, 'chat'],
      // The reader keeps 50 names apart: 45 small ones (9 of them WhatsApp), 10 more in its "Other".
      ['Twitter', 170 + 9 * 2, 'messaging'],
      ['Web form', 160, 'email'],
      [OTHER_CHANNELS, 36 * 2 + 10 * 2, null],
    ]);
    expect(agg.channels[3]!.mergedNames).toHaveLength(9);
    // The merged names keep their categories and handle times in their channel.
    expect(agg.channels[3]!.byCategory).toEqual([170, 18]);
    expect(agg.channels[3]!.handleMinutes!.count).toBe(188);
    expect(agg.channels.reduce((s, c) => s + c.contacts, 0)).toBe(1010);
    expect(agg.channels[5]!.names).toBe(36 + 10);
    const result = applyImport(presetScenario('ecommerce'), agg, categoryRows(agg));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.message).toBe('Choose the kind of channel "Other channels" (phone, chat, email or messaging): its name does not say');
    const chosen = applyImport(presetScenario('ecommerce'), agg, categoryRows(agg), { channelKinds: [null, null, null, null, null, 'voice'] });
    if (!chosen.ok) throw new Error(JSON.stringify(chosen.issues));
    expect(chosen.value.channels).toHaveLength(6);
    expect(chosen.value.channels!.reduce((s, c) => s + c.sharePct, 0)).toBeCloseTo(100, 1);
  });

  it('thousands of channel and category names: folding them loses no ticket, category count, handle time or hour', () => {
    const lines = ['created,type,channel,handle'];
    // 3,000 one-ticket channel names and 2,500 category names, then Phone and Email large and late.
    for (let k = 0; k < 3000; k++) lines.push(`2024-01-0${1 + (k % 7)} ${String(k % 24).padStart(2, '0')}:00,Cat ${k % 2500},Desk ${k},${30 + (k % 50)}`);
    for (let k = 0; k < 4000; k++)
      lines.push(`2024-01-0${1 + (k % 7)} ${String(9 + (k % 8)).padStart(2, '0')}:30,Cat ${k % 3},${k % 3 === 0 ? 'Email' : 'Phone'},120`);
    const agg = tickets(lines.join('\n') + '\n');
    expect(agg.channels.slice(0, 2).map((c) => [c.name, c.contacts])).toEqual([
      ['Phone', 2666],
      ['Email', 1334],
    ]);
    expect(agg.channels.length).toBeLessThanOrEqual(6);
    expect(agg.channels.reduce((s, c) => s + c.contacts, 0)).toBe(7000);
    // Every channel's category counts add up to its tickets, and each category's over the channels to the category's.
    for (const c of agg.channels) expect(c.byCategory!.reduce((s, n) => s + n, 0)).toBe(c.contacts);
    agg.categories.forEach((cat, k) => expect(agg.channels.reduce((s, c) => s + c.byCategory![k]!, 0)).toBe(cat.contacts));
    expect(agg.channels.reduce((s, c) => s + c.handleMinutes!.count, 0)).toBe(7000);
    const byChannel = agg.dated!.hourOfWeekByChannel!;
    const sum = agg.dated!.hourOfWeek!.map((_, h) => byChannel.reduce((s, p) => s + (p?.[h] ?? 0), 0));
    expect(sum).toEqual(agg.dated!.hourOfWeek);
  });

  it('a channel column with blanks: the blank rows are no channel, spread over the others', () => {
    const lines = ['created,type,channel,handle'];
    for (let k = 0; k < 30; k++) lines.push(`2024-01-01 ${10 + (k % 5)}:00,Billing,${['Phone', 'Email', '', 'N/A', ' '][k % 5]},120`);
    const scan = importTickets(lines.join('\n') + '\n');
    const agg = scan.aggregates as TicketAggregates;
    expect(agg.channels.map((c) => [c.name, c.contacts, c.blank])).toEqual([
      ['Phone', 6, false],
      ['Email', 6, false],
      ['Unknown', 18, true],
    ]);
    expect(scan.report.notes).toContain('18 tickets with no channel: counted in the volume and the mix, and spread over the channels by their shares.');
    const result = applyImport(presetScenario('ecommerce'), agg, categoryRows(agg));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.channels!.map((c) => [c.name, c.sharePct])).toEqual([
      ['Phone', 50],
      ['Email', 50],
    ]);
    expect(result.value.contactsPerMonth).toBeGreaterThan(0);
  });

  it('a name that suggests no kind is asked about, never guessed', () => {
    const agg = tickets('created,type,channel\n2024-01-01 10:00,Billing,Phone\n2024-01-01 11:00,Billing,Kiosk\n');
    expect(agg.channels.map((c) => [c.name, c.kind])).toEqual([
      ['Phone', 'voice'],
      ['Kiosk', null],
    ]);
    const result = applyImport(presetScenario('ecommerce'), agg, categoryRows(agg));
    expect(result.ok).toBe(false);
  });

  it('the plan never holds more than six channels and loses no ticket', () => {
    const inputs = Array.from({ length: 51 }, (_, i) => ({
      name: i === 50 ? 'Other' : `Queue ${i}`,
      contacts: 1000 - i,
      names: i === 50 ? 30 : 1,
      other: i === 50,
    }));
    const plan = planChannels(inputs);
    expect(plan.channels).toHaveLength(6);
    expect(plan.channels.reduce((s, c) => s + c.contacts, 0)).toBe(inputs.reduce((s, c) => s + c.contacts, 0));
    expect(plan.channels[5]).toMatchObject({ name: OTHER_CHANNELS, kind: null, names: 45 + 30 });
  });
});

describe('sharesOf', () => {
  it('gives shares in hundredths of a percent that add up to exactly 100', () => {
    // Rounded one by one, three equal channels add up to 99.99 and seven to 100.03.
    expect(sharesOf([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(sharesOf([1, 1, 1, 1, 1, 1, 1])).toEqual([14.29, 14.29, 14.29, 14.29, 14.28, 14.28, 14.28]);
    // 2140, 2135, 2120 and 2074 of 8,469: 2526.86, 2520.96, 2503.25 and 2448.94 hundredths; the three largest remainders round up.
    expect(sharesOf([2140, 2135, 2120, 2074])).toEqual([25.27, 25.21, 25.03, 24.49]);
    expect(sharesOf([0, 0])).toEqual([0, 0]);
    expect(sharesOf([5, 0])).toEqual([100, 0]);
  });

  it('adds up to 100 and stays within a hundredth of the exact share, for any counts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const shares = sharesOf(counts);
        expect(Math.round(shares.reduce((a, b) => a + b, 0) * 100)).toBe(10_000);
        shares.forEach((x, i) => expect(Math.abs(x - (counts[i]! / total) * 100)).toBeLessThan(0.01 + 1e-9));
      }),
    );
  });
});

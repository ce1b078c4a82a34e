import { describe, expect, it, vi } from 'vitest';
import {
  appliedChannels,
  channelKinds,
  channelRows,
  kindQuestion,
  kindSource,
  withChannelKind,
  columnLabel,
  fieldNote,
  fieldsByColumn,
  findings,
  formatBytes,
  initialChoices,
  missingChoices,
  optionsFor,
  progressPercent,
  rejectionsFileName,
  rowFigures,
  toImportReport,
  shortWeek,
} from '../../../../src/ui/import/import-flow';
import { formatFixed, formatNumber, NONE } from '../../../../src/ui/format';
import { applyImport } from '../../../../src/io/csv-import/apply-import';
import { categoryRows } from '../../../../src/io/csv-import/category-rows';
import { presetScenario } from '../../../../src/model/presets';
import { fixture, importTickets, preview } from './helpers';

describe('the import panel logic', () => {
  const text = fixture('tickets-basic.csv');
  const p = preview(text);

  it('starts from the suggestions and builds the worker options from the choices', () => {
    const c = initialChoices(p);
    expect(missingChoices(c)).toEqual([]);
    expect(optionsFor(p, c)).toEqual({
      kind: 'tickets',
      dialect: p.dialect,
      mapping: p.tickets,
      handleUnit: 'seconds',
      resolutionUnit: 'minutes',
      dateOrder: 'auto',
    });
    expect(missingChoices({ ...c, tickets: { ...c.tickets, created: null, category: null } })).toEqual(['the created time or the category']);
    expect(missingChoices({ ...c, kind: 'intervals', intervals: { timestamp: 0, time: null, count: null } })).toEqual(['count of contacts']);
  });

  it('shows progress as a whole percentage and never NaN', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ done: 5, total: 0, rows: 0, heapBytes: null })).toBe(0);
    expect(progressPercent({ done: 333, total: 1000, rows: 0, heapBytes: null })).toBe(33);
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(null, 1)).toBe('—');
  });

  it('names files and columns for people', () => {
    expect(rejectionsFileName('tickets.2024.csv')).toBe('tickets.2024-rejected-rows.csv');
    expect(columnLabel(p, 1)).toBe('type (e.g. Order status)');
    expect([formatBytes(998), formatBytes(1536), formatBytes(55_888_000), formatBytes(NaN)]).toEqual(['998 bytes', '1.5 KB', '53.3 MB', '—']);
  });

  it('labels each previewed column with the fields it feeds', () => {
    const c = initialChoices(p);
    const byColumn = fieldsByColumn({ ...c, tickets: { ...c.tickets, csat: c.tickets.category } });
    expect(byColumn.get(c.tickets.category!)).toEqual(['Category', 'CSAT']);
    expect(fieldNote('category', ['Category'])).toBe('imported');
    expect(fieldNote('type', ['Category', 'CSAT'])).toBe('as Category and CSAT');
  });

  it('reports and explains what the import found', () => {
    const scan = importTickets(text);
    expect(toImportReport(scan, 'tickets.csv')).toMatchObject({ fileName: 'tickets.csv', importedRows: 7, rejectedRows: 1 });
    expect(findings(scan)).toEqual([
      '3 contacts per month: the mean of 2 complete months (cut months at the start and end are left out).',
      'Weekly arrival profile: read from the times of day.',
      'Channels: Chat 57 %, Email 29 %, Phone 14 %. Each becomes a channel of the scenario: check their kinds below.',
      'Handle time: mean 4.4 min, median 3.5 min.',
    ]);
  });

  it("writes its figures as the page does, in the reader's locale (a German reader sees 6.522, never 6,522)", () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `2024-01-0${1 + (i % 7)} 10:00,Billing,Phone,${i % 2 === 0 ? '12,25' : '12,5'}`);
    const scan = importTickets(`created;type;channel;handle\n${rows.map((r) => r.replace(/,(?=[A-Z0-9])/g, ';')).join('\n')}\n`);
    vi.stubGlobal('window', {});
    vi.stubGlobal('navigator', { language: 'de-DE' });
    try {
      const text = findings(scan).join(' ');
      // 1,500 tickets over 7 days: 1,500 / 7 x 30.4375 = 6,522.32 contacts a month, to the hundredth as the volume field has it.
      expect(text).toContain('6.522,32 contacts per month');
      expect(text).not.toContain('6,522');
      // The days of data keep their one decimal, in the reader's locale: 7,0 days, never 7 days.
      expect(text).toContain('scaled from 7,0 days of data');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('lists the channels of the file with their shares and kinds, and asks where a name says nothing', () => {
    const scan = importTickets(
      'created,type,channel\n2024-01-01 10:00,Billing,Phone\n2024-01-01 11:00,Billing,Kiosk\n2024-01-01 12:00,Billing,Kiosk\n2024-01-01 13:00,Billing,\n',
    );
    const rows = channelRows(scan.aggregates);
    expect(rows.map((r) => [r.name, r.contacts, r.sharePct, r.kind, kindSource(r)])).toEqual([
      ['Kiosk', 2, (2 / 3) * 100, null, 'your answer is needed'],
      ['Phone', 1, (1 / 3) * 100, 'voice', 'suggested by its name'],
    ]);
    expect(kindQuestion(rows[0]!)).toBe('What kind of channel is "Kiosk"? Its name does not say: choose phone, chat, email or messaging.');
    expect(kindQuestion(rows[1]!)).toBe('');
    const chosen = withChannelKind(rows, 0, 'chat');
    expect(kindSource(chosen[0]!)).toBe('your choice');
    expect(rows[0]!.kind).toBeNull();
    // Aligned with the import's channels, the blank rows ("Unknown", last) included.
    expect(channelKinds(chosen, scan.aggregates)).toEqual(['chat', 'voice', null]);
    const applied = applyImport(presetScenario('ecommerce'), scan.aggregates, categoryRows(scan.aggregates), {
      channelKinds: channelKinds(chosen, scan.aggregates),
    });
    if (!applied.ok) throw new Error(JSON.stringify(applied.issues));
    expect(appliedChannels(applied.value.channels)).toBe('The scenario now has 2 channels: Kiosk (chat, 67 %), Phone (phone, 33 %).');
    expect(appliedChannels(null)).toBe('');
    // One channel: no table, a one-channel scenario.
    expect(channelRows(importTickets('created,type,channel\n2024-01-01 10:00,Billing,Phone\n').aggregates)).toEqual([]);
  });
});

describe('the figures of a channel or tier row', () => {
  it("writes the count whole in the page's locale, the share and both handle times to one decimal", () => {
    expect(rowFigures(1234, 25.25, 6, 10.25)).toEqual([formatNumber(1234), '25.3', formatFixed(6, 1), formatFixed(10.25, 1)]);
    // A file without handle times: the cells say so rather than 0.
    expect(rowFigures(7, 100, null, null)).toEqual([formatNumber(7), '100.0', NONE, NONE]);
  });

  it("writes the share in the page's locale like the count beside it, not in en-US", () => {
    expect(rowFigures(1234, 25.25, 6, 10.25, 'de-DE')).toEqual(['1.234', '25,3', '6,0', '10,3']);
    expect(rowFigures(1234567, 5, null, 2, 'fr-FR')).toEqual(['1\u202f234\u202f567', '5,0', NONE, '2,0']);
  });
});

describe('shortWeek', () => {
  const day = 1440;
  /** A profile with arrivals in the hours of the given days of the week (0 Monday). */
  const profile = (days: number[]) => Array.from({ length: 168 }, (_, h) => (days.includes(Math.floor(h / 24)) && h % 24 >= 8 && h % 24 < 18 ? 5 : 0));

  it('warns when the times span less than a week and leave days of the week without arrivals, naming them', () => {
    // A created time column that holds one Friday night to Sunday morning (27 hours).
    expect(shortWeek({ firstMinute: 0, lastMinute: 27 * 60, hourOfWeek: profile([4, 5]) })).toBe(
      "The times span 1.1 days, less than a week: the weekly profile has no arrivals on 5 days (Monday, Tuesday, Wednesday, Thursday, Sunday), so the staffing puts the whole week's contacts into the days it has. Check the time column, or import at least a week of tickets.",
    );
    expect(shortWeek({ firstMinute: 0, lastMinute: 6 * day, hourOfWeek: profile([0, 1, 2, 3, 4, 5]) })).toMatch(/no arrivals on Sunday, so/);
  });

  it('says nothing for a week or more (a day without arrivals is then a closed day), every day covered, or no times', () => {
    expect(shortWeek({ firstMinute: 0, lastMinute: 30 * day, hourOfWeek: profile([0, 1, 2, 3, 4]) })).toBeNull();
    expect(shortWeek({ firstMinute: 0, lastMinute: 3 * day, hourOfWeek: profile([0, 1, 2, 3, 4, 5, 6]) })).toBeNull();
    expect(shortWeek({ firstMinute: 0, lastMinute: 3 * day, hourOfWeek: null })).toBeNull();
  });
});

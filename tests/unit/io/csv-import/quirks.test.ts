import { describe, expect, it } from 'vitest';
import { categoryRows, resolveDateOrder } from '../../../../src/io/csv-import/category-rows';
import { importedTierCsat } from '../../../../src/io/csv-import/apply-import';
import { scanBlob, scanText } from '../../../../src/io/csv-import/stream';
import { fixture, importTickets, preview, ticketOptions } from './helpers';
import { previewText } from '../../../../src/io/csv-import/preview';

describe('real-world export quirks', () => {
  it('drops a UTF-8 byte-order mark and reads CRLF line endings', () => {
    const text = fixture('bom-crlf.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const p = preview(text);
    expect(p.header).toEqual(['created_at', 'type', 'handle_time']);
    expect(p.dialect.newline).toBe('\r\n');
    const scan = importTickets(text);
    expect(scan.report.importedRows).toBe(2);
    if (scan.aggregates.kind !== 'tickets') throw new Error('tickets');
    expect(scan.aggregates.categories.map((c) => c.name)).toEqual(['Order status', 'Billing']);
  });

  it('keeps LF inside quoted cells of a CRLF file as one row, and counts rows as a spreadsheet does', () => {
    const text = fixture('crlf-quoted-lf.csv');
    const p = preview(text);
    expect(p.dialect.newline).toBe('\r\n');
    expect(p.rows).toHaveLength(3);
    expect(p.rows[1]![1]).toBe('He said "hi"\nand left\nagain');
    const scan = importTickets(text);
    expect(scan.report.importedRows).toBe(2);
    // Data rows are 2, 3, 4 whatever the line breaks inside cells.
    expect(scan.report.rejections).toEqual([{ row: 4, column: 'handle_time', reason: expect.stringContaining('"xyz"') }]);
  });

  it('reads semicolon-delimited files with decimal commas and day.month.year dates', () => {
    const text = fixture('semicolon-decimal-comma.csv');
    const p = preview(text);
    expect(p.dialect).toEqual({ delimiter: ';', newline: '\n', decimal: 'comma', encoding: 'utf-8' });
    expect(p.handleUnit).toBe('minutes');
    const scan = importTickets(text);
    expect(scan.dateOrder).toMatchObject({ source: 'detected', order: 'dmy', evidence: { row: 3, value: '25.03.2024 09:00' } });
    if (scan.aggregates.kind !== 'tickets') throw new Error('tickets');
    const [refund, password] = scan.aggregates.categories;
    expect(refund).toMatchObject({ name: 'Rückerstattung', contacts: 2 });
    expect(refund!.handleMinutes!.mean).toBe(10);
    expect(password!.handleMinutes!.mean).toBe(1234.5 / 1);
    expect(scan.aggregates.dated!.months.map((m) => m.month)).toEqual(['2024-03']);
  });

  it('reads tab-separated files and H:MM:SS, MM:SS and 4m 30s durations', () => {
    const text = fixture('tabs.tsv');
    expect(preview(text).dialect.delimiter).toBe('\t');
    const scan = importTickets(text);
    if (scan.aggregates.kind !== 'tickets') throw new Error('tickets');
    expect(scan.aggregates.categories[0]!.handleMinutes).toEqual({ count: 3, mean: 4.5, median: 4.5, medianExact: true });
  });

  it('finds the delimiter as the import reads the cells: a quote inside a cell (27" screen) is text and hides no line break', () => {
    // Read as an opening quote, the inch mark would join the rows after it into one, and the
    // commas of the header would win over its semicolons.
    const text = 'ID;Subject, short, long, more;Created\n1;Screen 27" broken;2024-01-02\n2;Login;2024-01-03\n3;Refund;2024-01-04\n4;Order;2024-01-05\n';
    const p = preview(text);
    expect(p.dialect.delimiter).toBe(';');
    expect(p.header).toEqual(['ID', 'Subject, short, long, more', 'Created']);
    expect(p.rows[0]).toEqual(['1', 'Screen 27" broken', '2024-01-02']);
  });

  it('asks for the date order when every date reads both ways, and answers from the kept readings', () => {
    const scan = importTickets(fixture('ambiguous-dates.csv'));
    expect(scan.question).toEqual({ examples: ['03/04/2024 10:00', '05/06/2024 11:00'], ambiguousRows: 2 });
    expect(scan.dateOrder?.source).toBe('open');
    const dmy = resolveDateOrder(scan, 'dmy');
    const mdy = resolveDateOrder(scan, 'mdy');
    expect(dmy.question).toBeNull();
    expect(dmy.aggregates.kind === 'tickets' && dmy.aggregates.dated!.months.map((m) => m.month)).toEqual(['2024-04', '2024-06']);
    expect(mdy.aggregates.kind === 'tickets' && mdy.aggregates.dated!.months.map((m) => m.month)).toEqual(['2024-03', '2024-05']);
    // 3 April 2024 is a Wednesday, 4 March 2024 a Monday: 10:00 -> hours 58 and 10.
    expect(dmy.aggregates.kind === 'tickets' && dmy.aggregates.dated!.hourOfWeek![58]).toBe(1);
    expect(mdy.aggregates.kind === 'tickets' && mdy.aggregates.dated!.hourOfWeek![10]).toBe(1);
  });

  it('does not ask when the user gave the order', () => {
    const scan = importTickets(fixture('ambiguous-dates.csv'), 'mdy');
    expect(scan.question).toBeNull();
    expect(scan.dateOrder).toMatchObject({ source: 'given', order: 'mdy' });
  });

  it('settles the order from the first date only one order reads, and rejects dates that contradict it', () => {
    const scan = importTickets(fixture('conflicting-dates.csv'));
    expect(scan.dateOrder).toMatchObject({ source: 'detected', order: 'dmy', conflictingRows: 1, evidence: { row: 3 } });
    expect(scan.report.importedRows).toBe(2);
    expect(scan.report.rejections).toEqual([{ row: 4, column: 'Created', reason: expect.stringContaining('not a real date when read as day/month/year') }]);
  });

  it('reads spreadsheet serials, month names, weekdays, two-digit years and offsets as the same wall-clock time', () => {
    const scan = importTickets(fixture('mangled-dates.csv'), 'dmy');
    expect(scan.report.importedRows).toBe(6);
    if (scan.aggregates.kind !== 'tickets') throw new Error('tickets');
    const dated = scan.aggregates.dated!;
    // Tuesday 5 March 2024 14:15 -> hour 24 + 14 = 38, for all six spellings.
    expect(dated.hourOfWeek![38]).toBe(6);
    expect(dated.firstMinute).toBe(dated.lastMinute);
  });

  it('names empty and repeated headers, reads short rows as missing cells, and placeholders as no value', () => {
    const text = fixture('index-duplicates-missing.csv');
    const p = preview(text);
    expect(p.header).toEqual(['Column 1', 'created_at', 'Tags', 'Tags (2)', 'handle']);
    const options = {
      ...ticketOptions(p),
      mapping: {
        ticketId: null,
        created: 1,
        createdTime: null,
        category: 2,
        channel: null,
        handleTime: 4,
        resolutionTime: null,
        resolvedAt: null,
        csat: null,
        queueWait: null,
        outcome: null,
      },
    };
    const scan = scanText(text, options);
    if (!scan.ok) throw new Error('scan failed');
    expect(scan.value.report.importedRows).toBe(3);
    expect(scan.value.report.rejections).toEqual([{ row: 4, column: 'created_at', reason: expect.stringContaining('"Not Provided" is a placeholder') }]);
    if (scan.value.aggregates.kind !== 'tickets') throw new Error('tickets');
    expect(scan.value.aggregates.categories.map((c) => [c.name, c.contacts, c.handleMinutes])).toEqual([
      ['refund', 1, null],
      ['tracking', 1, null],
      ['Uncategorised', 1, null],
    ]);
    // Row 3 ("1,2024-01-01 10:00,tracking") ends before the handle column: said, not refused.
    expect(scan.value.report.notes).toContain(
      '1 row ends before a column the import reads (row 3): the cells it lacks were read as empty. Check that it was not cut short or split across lines.',
    );
    // The same through papaparse alone, and a file of many such rows names the first five.
    const papa = scanText(text, options, undefined, 'papaparse');
    expect(papa.ok && papa.value.report.notes.filter((n) => n.includes('ends before'))).toEqual([expect.stringContaining('(row 3)')]);
    const ragged = [
      'created,category,handle',
      ...Array.from({ length: 40 }, (_, i) =>
        i % 5 === 2 ? `2024-01-01 09:${String(i).padStart(2, '0')},billing` : `2024-01-01 09:${String(i).padStart(2, '0')},billing,300`,
      ),
    ].join('\n');
    const many = importTickets(ragged);
    expect(many.report.importedRows).toBe(40);
    expect(many.report.notes).toContain(
      '8 rows end before a column the import reads (rows 4, 9, 14, 19, 24, ...): the cells they lack were read as empty. Check that they were not cut short or split across lines.',
    );
  });

  it('gives the same result whatever the chunk size, with multi-byte characters cut across chunks', async () => {
    const text =
      fixture('semicolon-decimal-comma.csv') + fixture('crlf-quoted-lf.csv').replace(/\r\n/g, '\n').split('\n').slice(1).join('\n').replace(/,/g, ';');
    const options = ticketOptions(preview(text), 'dmy');
    const whole = scanText(text, options);
    for (const size of [1, 2, 3, 7, 64]) {
      expect(scanText(text, options, size)).toEqual(whole);
      const blob = new Blob([new TextEncoder().encode(text)]);
      expect(
        await scanBlob(
          blob,
          options,
          () => {},
          () => false,
          size,
        ),
      ).toEqual(whole);
    }
  });

  it('reports an unclosed quote with its row instead of failing', () => {
    const text = 'created,type\n2024-01-01 10:00,Billing\n2024-01-01 11:00,"Refund\n';
    const scan = scanText(text, ticketOptions(preview(text)));
    if (!scan.ok) throw new Error('scan failed');
    expect(scan.value.report.importedRows).toBe(1);
    expect(scan.value.report.rejections[0]).toMatchObject({ row: 3, reason: expect.stringContaining('never closed') });
  });

  it('suggests the columns of helpdesk exports as they name them: Zendesk, snake_case and German headers', () => {
    const zendesk = preview(
      [
        'Id,Created at,Type,Via,Contact reason,Total time spent (sec),Satisfaction Score',
        '1,2024-03-01 09:00,Question,web,Billing,420,Good',
        '2,2024-03-01 09:05,Question,email,Shipping,300,Bad',
        '3,2024-03-01 09:10,Question,web,Billing,510,Offered',
      ].join('\n'),
    );
    const h = (i: number | null) => (i === null ? null : zendesk.header[i]);
    expect(h(zendesk.tickets.handleTime)).toBe('Total time spent (sec)');
    expect(h(zendesk.tickets.csat)).toBe('Satisfaction Score');
    // "Type" is a question throughout the sample: "Contact reason" tells the mix apart.
    expect(h(zendesk.tickets.category)).toBe('Contact reason');
    expect(h(zendesk.tickets.channel)).toBe('Via');
    // A type that varies (Zendesk's question, incident, problem, task) still gives way to the reason.
    const varied = preview(
      [
        'Id,Created at,Type,Via,Contact reason,Total time spent (sec)',
        '1,2024-03-01 09:00,question,web,Billing,420',
        '2,2024-03-01 09:05,incident,email,Shipping,300',
        '3,2024-03-01 09:10,problem,chat,Returns,510',
      ].join('\n'),
    );
    expect(varied.tickets.category === null ? null : varied.header[varied.tickets.category]).toBe('Contact reason');
    // Freshdesk: time tracked as H:MM:SS, satisfaction as faces; Intercom: the time to first close.
    const freshdesk = preview(
      [
        'Ticket ID,Subject,Status,Priority,Source,Type,Created time,Resolved time,Time tracked,Customer satisfaction',
        '1,Order issue,Closed,Low,Portal,Incident,2024-03-27 23:53:00,2024-03-29 18:24:00,0:21:53,Extremely Happy',
        '2,Refund,Closed,Low,Email,Question,2024-03-28 10:00:00,2024-03-28 12:00:00,0:10:05,Neutral',
        '3,Where is it,Closed,Low,Phone,Question,2024-03-28 11:00:00,2024-03-28 11:30:00,0:08:00,Unhappy',
      ].join('\n'),
    );
    const f = (i: number | null) => (i === null ? null : freshdesk.header[i]);
    expect([f(freshdesk.tickets.handleTime), f(freshdesk.tickets.csat), f(freshdesk.tickets.channel)]).toEqual([
      'Time tracked',
      'Customer satisfaction',
      'Source',
    ]);
    const intercom = preview(
      ['Conversation ID,Created at,Source type,Time to first close (seconds)', '1,2024-03-01 09:00,Conversation,3600', '2,2024-03-01 09:05,Email,7200'].join(
        '\n',
      ),
    );
    expect(intercom.tickets.resolutionTime === null ? null : intercom.header[intercom.tickets.resolutionTime]).toBe('Time to first close (seconds)');
    // Salesforce: the case's origin is its channel, its reason the category.
    const salesforce = preview(
      [
        '"Case Number","Date/Time Opened","Case Origin","Case Reason","Status","Age (Hours)"',
        '"00000000","3/1/2024 11:24 AM","Email","Password reset","Closed","67"',
        '"00000001","5/11/2024 9:51 AM","Web","Refund","Closed","159"',
        '"00000002","3/24/2024 7:53 AM","Phone","Installation","Closed","79"',
      ].join('\n'),
    );
    const sf = (i: number | null) => (i === null ? null : salesforce.header[i]);
    expect([sf(salesforce.tickets.created), sf(salesforce.tickets.channel), sf(salesforce.tickets.category)]).toEqual([
      'Date/Time Opened',
      'Case Origin',
      'Case Reason',
    ]);
    const snake = preview(['ticket_id,created,topic,aht_sec', '1,2024-03-01 09:00,Billing,420', '2,2024-03-01 09:05,Refund,300'].join('\n'));
    expect(snake.tickets.handleTime === null ? null : snake.header[snake.tickets.handleTime]).toBe('aht_sec');
    const german = preview(
      ['Erstellt;Typ;Quelle;Bearbeitungszeit;Zufriedenheit', '01.03.2024 09:00;Rechnung;E-Mail;7,5;4', '01.03.2024 09:05;Versand;Telefon;6,0;5'].join('\n'),
    );
    const g = (i: number | null) => (i === null ? null : german.header[i]);
    expect([g(german.tickets.channel), g(german.tickets.csat), g(german.tickets.category)]).toEqual(['Quelle', 'Zufriedenheit', 'Typ']);
  });

  it('suggests a channel column by its values, ratings in Help Scout words, and a team before a subject or a column of one value', () => {
    // Help Scout: the conversation's "Type" holds its channel; "Great" is satisfied, "Okay" and "Not Good" are not.
    const helpScout = preview(
      [
        'Conversation ID,Created At,Type,Mailbox,Tags,Handle Time,Rating',
        '1,2024-03-01 09:00,chat,Support,billing,0:12:30,Great',
        '2,2024-03-01 09:05,email,Support,shipping,0:08:10,Okay',
        '3,2024-03-01 09:10,phone,Support,returns,0:15:00,',
        '4,2024-03-01 09:15,email,Support,billing,0:05:00,Not Good',
      ].join('\n'),
    );
    const h = (i: number | null) => (i === null ? null : helpScout.header[i]);
    expect([h(helpScout.tickets.channel), h(helpScout.tickets.category), h(helpScout.tickets.csat)]).toEqual(['Type', 'Tags', 'Rating']);
    const rated = importTickets(
      [
        'Created At,Type,Tags,Rating',
        '2024-03-01 09:00,chat,billing,Great',
        '2024-03-01 09:05,email,billing,Okay',
        '2024-03-01 09:10,email,billing,Not Good',
      ].join('\n'),
    );
    // Three ratings read as words, one of them satisfied: 1 of 3 -> 33.3 %.
    const rows = categoryRows(rated.aggregates).map((r) => ({ ...r, tier: 1 as const }));
    const csat = importedTierCsat(rated.aggregates, rows);
    expect(csat.tiers.map((x) => [x.tier, x.count])).toEqual([[1, 3]]);
    expect(csat.tiers[0]!.pct).toBe(33.3);
    // A column of category-like names that are not all channels stays a category.
    const reasons = preview(['Created,Reason', '2024-03-01 09:00,Billing ticket', '2024-03-01 09:05,Email change', '2024-03-01 09:10,Refund'].join('\n'));
    expect([reasons.tickets.channel, reasons.header[reasons.tickets.category!]]).toEqual([null, 'Reason']);
    // Zendesk without a reason column: its groups, not one tag pair on every ticket, nor the free-text subject.
    const zendesk = preview(
      [
        'Id,Created at,Subject,Via,Group,Tags',
        '1,2024-03-01 09:00,Where is my order?,Web form,Order status,tag_a tag_b',
        '2,2024-03-01 09:05,Card declined,Email,Billing,tag_a tag_b',
        '3,2024-03-01 09:10,Cannot log in,Chat,Password reset,tag_a tag_b',
        '4,2024-03-01 09:15,Refund please,Email,Refund,tag_a tag_b',
      ].join('\n'),
    );
    expect(zendesk.header[zendesk.tickets.category!]).toBe('Group');
    expect(zendesk.header[zendesk.tickets.channel!]).toBe('Via');
  });

  it('fails with a message, not an exception, on an empty file or a header without rows', () => {
    // Read whole, a header without rows is refused by the preview already, before any mapping.
    expect(previewText('created,type\n', true)).toEqual({ ok: false, issues: [{ row: null, column: null, message: expect.stringContaining('no data rows') }] });
    expect(previewText('created,type\n\n\n', true)).toEqual({
      ok: false,
      issues: [{ row: null, column: null, message: expect.stringContaining('no data rows') }],
    });
    const options = ticketOptions(preview('created,type\n2024-01-02 10:00,Billing\n'));
    expect(scanText('', options)).toEqual({ ok: false, issues: [{ row: null, column: null, message: expect.stringContaining('empty') }] });
    expect(scanText('created,type\n', options)).toEqual({ ok: false, issues: [{ row: null, column: null, message: expect.stringContaining('no data rows') }] });
  });
});

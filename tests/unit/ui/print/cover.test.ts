import { describe, expect, it, vi } from 'vitest';
import { coverMaker, coverOf, printedText, type CoverInput } from '../../../../src/ui/print/cover';

const base: CoverInput = {
  scenarioName: 'Q3 board case',
  presetLabel: 'E-commerce',
  printedAt: new Date('2026-12-04T01:52:00Z'),
  locale: 'en-US',
  appVersion: '0.1.0',
  modelVersion: '1',
  link: { ok: true, url: 'https://planner.example/#s=1.abc' },
};

describe('coverOf', () => {
  it('names the scenario, its preset, the versions and the share link', () => {
    const c = coverOf(base);
    expect(c.title).toBe('Q3 board case');
    expect(c.subtitle).toBe('AI support ROI and staffing plan, from the preset "E-commerce"');
    expect(c.versions).toBe('App version 0.1.0, model version 1');
    expect(c.link).toBe('https://planner.example/#s=1.abc');
    expect(c.linkNote).toMatch(/scan the code/);
  });

  it('does not repeat a preset that is the scenario name, and names none without a preset', () => {
    expect(coverOf({ ...base, scenarioName: 'E-commerce' }).subtitle).toBe('AI support ROI and staffing plan');
    expect(coverOf({ ...base, presetLabel: null }).subtitle).toBe('AI support ROI and staffing plan');
  });

  it('says why there is no link when it could not be made, and prints no link', () => {
    const c = coverOf({ ...base, link: { ok: false, message: 'The link cannot be made: this browser cannot compress (no streams).' } });
    expect(c.link).toBeNull();
    expect(c.linkNote).toBe('The link cannot be made: this browser cannot compress (no streams).');
  });
});

describe('printedText', () => {
  it('gives the date and the time of printing with the time zone', () => {
    const text = printedText(new Date('2026-12-04T01:52:00Z'), 'en-US');
    expect(text).toMatch(/^Printed December 4, 2026 at \d{1,2}:52\s?[AP]M \(.+\)$/);
  });

  it("writes the date in the user's locale", () => {
    expect(printedText(new Date('2026-12-04T12:00:00Z'), 'de-DE')).toMatch(/^Printed \d\. Dezember 2026/);
  });

  it('falls back to an ISO timestamp for a locale Intl refuses, and never throws on a bad date', () => {
    expect(printedText(new Date('2026-12-04T01:52:00Z'), 'not a locale!')).toBe('Printed 2026-12-04T01:52:00.000Z');
    expect(() => printedText(new Date(Number.NaN), 'en-US')).not.toThrow();
    expect(printedText(new Date(Number.NaN), 'en-US')).not.toMatch(/NaN|Invalid/);
  });
});

describe('coverMaker', () => {
  it('gives back the same cover while its inputs are the same, without formatting the date again', () => {
    const make = coverMaker();
    const first = make({ ...base });
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      // A new input object with the same values: an edit of an input the cover does not show.
      expect(make({ ...base })).toBe(first);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('makes a new cover when the name, the preset, the date or the link change', () => {
    const make = coverMaker();
    const first = make(base);
    const renamed = make({ ...base, scenarioName: 'Q4 board case' });
    expect(renamed).not.toBe(first);
    expect(renamed.title).toBe('Q4 board case');
    expect(make({ ...base, presetLabel: null }).subtitle).toBe('AI support ROI and staffing plan');
    expect(make({ ...base, printedAt: new Date('2026-12-05T01:52:00Z') }).printed).toMatch(/December 5, 2026/);
    expect(make({ ...base, link: { ok: false, message: 'No link.' } }).linkNote).toBe('No link.');
  });
});

import { describe, expect, it } from 'vitest';
import { coverOf, printedText, type CoverInput } from '../../../../src/ui/print/cover';

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

/**
 * The cover of the print report (README, "Print"): what a printed page must say to be
 * traced back to the live model. Pure: the caller passes the clock, the versions and the
 * share link (made by the same code as the share box).
 */

export interface CoverInput {
  scenarioName: string;
  /** The preset the scenario started from, if any. */
  presetLabel: string | null;
  printedAt: Date;
  locale: string;
  appVersion: string;
  modelVersion: string;
  /** The share link, or the reason it could not be made. */
  link: { ok: true; url: string } | { ok: false; message: string };
}

export interface Cover {
  title: string;
  subtitle: string;
  /** "Printed 4 December 2026, 01:52 UTC". */
  printed: string;
  versions: string;
  /** The link to print as text, or null when none could be made. */
  link: string | null;
  /** Said instead of the link when it could not be made. */
  linkNote: string;
}

/** The date and time of printing in the user's locale, with its time zone named. */
export function printedText(at: Date, locale: string): string {
  // A clock that gives no valid time must not cost the report its cover.
  if (Number.isNaN(at.getTime())) return 'Printed (date unknown)';
  let text: string;
  try {
    // Intl refuses a date style together with a zone name: the zone is asked for on its own.
    text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(at);
    const zone = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
    if (zone) text = `${text} (${zone})`;
  } catch {
    text = at.toISOString();
  }
  return `Printed ${text}`;
}

/** The cover's text. */
export function coverOf(input: CoverInput): Cover {
  return {
    title: input.scenarioName,
    subtitle:
      input.presetLabel && input.presetLabel !== input.scenarioName
        ? `AI support ROI and staffing plan, from the preset "${input.presetLabel}"`
        : 'AI support ROI and staffing plan',
    printed: printedText(input.printedAt, input.locale),
    versions: `App version ${input.appVersion}, model version ${input.modelVersion}`,
    link: input.link.ok ? input.link.url : null,
    linkNote: input.link.ok ? 'Open this link (or scan the code) to see the live model with these inputs.' : input.link.message,
  };
}

/**
 * `coverOf` that gives back the cover it made last while every input is the same: the cover
 * follows the scenario, and an edit of a price or a volume leaves its name and preset (and
 * the date, costly to format) as they were.
 */
export function coverMaker(): (input: CoverInput) => Cover {
  let last: { input: CoverInput; cover: Cover } | null = null;
  const same = (a: CoverInput, b: CoverInput) =>
    (Object.keys(a) as (keyof CoverInput)[]).every((k) => a[k] === b[k]) && Object.keys(a).length === Object.keys(b).length;
  return (input) => {
    if (last && same(last.input, input)) return last.cover;
    last = { input, cover: coverOf(input) };
    return last.cover;
  };
}

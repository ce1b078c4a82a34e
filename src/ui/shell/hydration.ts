/**
 * Whether the page can take over the markup rendered at build time (src/prerender) instead
 * of building its own: only when that markup is exactly what this visit would show.
 */
import type { Origin } from '../../state/startup';

/** Locales whose figures read as the build renders them (en-US number and currency format). */
export function formatsAsBuilt(locale: string): boolean {
  return /^en(-US)?$/i.test(locale);
}

export interface PageStart {
  /** `#app` holds markup rendered at build time. */
  hasMarkup: boolean;
  /** boot.js found that this visit shows something else (and hid the markup). */
  markedStale: boolean;
  /** Where the session starts (startup.ts). */
  origin: Origin;
  /** Notices about the address, shown above the planner. */
  notices: number;
  /** The autosave could be read (else the page shows why). */
  storageOk: boolean;
  /** The locale the figures are formatted in. */
  locale: string;
}

/** True when the built markup is this visit's page: the default scenario, nothing to report. */
export function canHydrate(p: PageStart): boolean {
  return p.hasMarkup && !p.markedStale && p.origin === 'default' && p.notices === 0 && p.storageOk && formatsAsBuilt(p.locale);
}

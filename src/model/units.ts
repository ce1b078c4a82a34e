/**
 * Calendar and unit conventions shared by the model (docs/METHOD.md, "Conventions and units").
 */

/** Hour-of-week intervals: 7 days x 24 hours, Monday 00:00 first. */
export const HOURS_PER_WEEK = 168;

/** An average month: 365.25 / 12 = 30.4375 days. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Weeks in an average month: 30.4375 / 7 = 4.348214... (the "x 4.348" of docs/METHOD.md, "Conventions and units"). */
export const WEEKS_PER_MONTH = DAYS_PER_MONTH / 7;

/** Percent number (0-100) to a fraction (0-1). */
export function fraction(pct: number): number {
  return pct / 100;
}

/** Default answer-time target by channel: 20 s voice, 60 s chat (docs/METHOD.md, "Staffing"). Email has none. */
export function defaultTargetSeconds(channel: 'chat' | 'voice' | 'email'): number {
  return channel === 'voice' ? 20 : 60;
}

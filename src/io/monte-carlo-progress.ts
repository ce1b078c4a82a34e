/**
 * How far a Monte Carlo run has come, and how long it has left: pure arithmetic, shared by
 * the worker (how many draws go in the next slice) and the page (the progress it shows).
 */

/** Most draws in one slice, however fast they are (a cancel is read between slices). */
export const MAX_SLICE_DRAWS = 200;

/**
 * Draws for the next slice so that it lasts about `targetMs`, from the last slice's `draws`
 * and `ms`: at least 1, at most {@link MAX_SLICE_DRAWS}, and at most double the last.
 */
export function nextSliceSize(draws: number, ms: number, targetMs: number): number {
  if (!(draws >= 1)) return 1;
  if (!(ms > 0) || !Number.isFinite(ms)) return Math.min(MAX_SLICE_DRAWS, draws * 2);
  const fit = Math.floor((draws * targetMs) / ms);
  return Math.max(1, Math.min(MAX_SLICE_DRAWS, draws * 2, fit));
}

/** Where a run stands. */
export interface RunProgress {
  done: number;
  total: number;
  elapsedMs: number;
  /** Time left at the pace so far, milliseconds; null before the first draw is done. */
  remainingMs: number | null;
}

/** The progress of a run with `done` of `total` draws after `elapsedMs`. */
export function runProgress(done: number, total: number, elapsedMs: number): RunProgress {
  const d = Math.max(0, Math.min(done, total));
  const remainingMs = d > 0 && elapsedMs >= 0 ? (elapsedMs * (total - d)) / d : null;
  return { done: d, total, elapsedMs, remainingMs };
}

/**
 * The time left in words: "less than 5 seconds", "about 40 seconds", "about 3 min 20 s",
 * rounded to 5 seconds below two minutes and to 10 above; "estimating the time left" before
 * there is a pace to go by.
 */
export function remainingText(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return 'estimating the time left';
  const s = ms / 1000;
  if (s < 5) return 'less than 5 seconds left';
  if (s < 60) return `about ${Math.round(s / 5) * 5} seconds left`;
  const rounded = s < 120 ? Math.round(s / 5) * 5 : Math.round(s / 10) * 10;
  const min = Math.floor(rounded / 60);
  const sec = rounded % 60;
  return `about ${min} min${sec > 0 ? ` ${sec} s` : ''} left`;
}

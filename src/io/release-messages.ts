/**
 * What the page says when a part of it cannot be loaded: after a new release, a tab still
 * running the old build asks for content-hashed files that are gone. Said the same way for
 * lazy sections (ui/lazy.ts) and for the background workers (Monte Carlo, import).
 */

/** Shown wherever a part of the app could not be loaded while the browser is online. */
export const NEW_VERSION_MESSAGE =
  'A new version of the planner is available: reload the page to get it. Your scenarios are saved in this browser and come back after the reload.';

/**
 * A worker's `error` event: a script that could not be loaded carries no message (the
 * browser does not say why), one that threw carries its error's text.
 */
export function workerErrorText(event: { message?: string }): string {
  return event.message ? event.message : NEW_VERSION_MESSAGE;
}

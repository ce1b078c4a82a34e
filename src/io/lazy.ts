/**
 * Parts of the app loaded on demand (sections below the first screen, the presentation,
 * Chart.js, the CSV export and reader). Their files are content-hashed: once a new release
 * is published, a tab still running the old build asks for files that are gone, and the
 * import fails. Every such load goes through `lazy`, so each failure says the same thing:
 * a new version is there, reload to get it, and the scenarios are kept (they are autosaved,
 * and the autosave writes when the page is left).
 */

import { NEW_VERSION_MESSAGE } from './release-messages';

export { NEW_VERSION_MESSAGE };

/** Shown when the browser reports it is offline: the part was never stored for offline use. */
export const OFFLINE_MESSAGE =
  'This part of the planner is not stored for offline use: reconnect, then reload the page. Your scenarios are saved in this browser and come back after the reload.';

/** A part of the app that could not be loaded; its message is the one to show. */
export class LazyLoadError extends Error {
  override name = 'LazyLoadError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The message for a failed load, given whether the browser believes it is online. */
export function loadFailureMessage(online: boolean): string {
  return online ? NEW_VERSION_MESSAGE : OFFLINE_MESSAGE;
}

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/**
 * A loader that imports once and shares the result. A failed import rejects with a
 * {@link LazyLoadError} carrying the message to show, and is forgotten: the next call tries
 * again (the user may have reconnected).
 */
export function lazy<T>(importer: () => Promise<T>, isOnline: () => boolean = browserOnline): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= importer().catch((cause: unknown) => {
      loading = null;
      throw new LazyLoadError(loadFailureMessage(isOnline()), { cause });
    });
    return loading;
  };
}

/** The message to show for any error of a lazy load (a plain error gets the new-version text). */
export function lazyFailureText(error: unknown): string {
  return error instanceof LazyLoadError ? error.message : NEW_VERSION_MESSAGE;
}

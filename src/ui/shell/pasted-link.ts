/**
 * A share link pasted into the address bar of an open planner changes only the fragment
 * (`#s=...`): the browser fires `hashchange` and loads nothing. The page is then loaded
 * again, so the link opens exactly as on any visit (its scenarios beside the saved ones);
 * `beforeReload` saves the session first. View links (`#staffing`, views.ts) are left alone.
 */
import { hasShareFragment } from '../../io/share-fragment';

/** What this needs of the window: its address and its `hashchange` event. */
export interface HashSource {
  location: { hash: string };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

/** Opens share links pasted into the open tab; returns a function that stops watching. */
export function openPastedShareLinks(source: HashSource, beforeReload: () => void, reload: () => void): () => void {
  const onChange = () => {
    if (!hasShareFragment(source.location.hash)) return;
    beforeReload();
    reload();
  };
  source.addEventListener('hashchange', onChange);
  return () => source.removeEventListener('hashchange', onChange);
}

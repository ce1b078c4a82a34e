/**
 * The default scenario rendered ahead of time, at build: the HTML of the first screen goes
 * into index.html, so a first visit sees the figures as soon as the page and its styles
 * arrive, and the app then hydrates that markup instead of building it again (start-page.ts).
 * Runs in Node through the build (vite.config.ts), never in the browser.
 */
import { render } from 'svelte/server';
import App from '../App.svelte';
import { Planner } from '../state/planner.svelte';
import { startup } from '../state/startup';

/** The first screen of the default scenario: markup for `#app` and for the head. */
export async function prerenderDefault(): Promise<{ head: string; body: string }> {
  const start = await startup('', '', null);
  const planner = new Planner(start);
  const { head, body } = render(App, { props: { planner, origin: start.origin } });
  return { head, body };
}

import { mount } from 'svelte';
import App from './App.svelte';
import { Planner } from './state/planner.svelte';
import { startup } from './state/startup';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount on');

const start = await startup(window.location.search, window.location.hash, null);
if (start.consumedLink) {
  // The link has been read into the session; a reload now restores the session, not the link.
  history.replaceState(null, '', window.location.pathname);
}
const planner = new Planner(start);
export default mount(App, { target, props: { planner, origin: start.origin } });

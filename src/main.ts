// First: zod must run without eval under the page's Content-Security-Policy.
import './io/zod-config';
import './ui/app.css';
import { registerServiceWorker } from './sw/register';

registerServiceWorker();

// Zod reads its settings when a schema is built, so the app's modules load only after them.
const { startPage } = await import('./ui/shell/start-page');
export default await startPage();

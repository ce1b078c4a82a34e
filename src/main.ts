// First: zod must run without eval under the page's Content-Security-Policy. Modules
// evaluate in import order, and zod-config has no imports of its own, so its setting is
// in place before any module below builds a schema. A static import (rather than a
// dynamic one after the setting) lets the HTML preload every module the first render
// needs in parallel with the entry.
import './io/zod-config';
import './ui/app.css';
import { registerServiceWorker } from './sw/register';
import { afterFirstPaint } from './ui/shell/after-first-paint';
import { startPage } from './start-page';

// Not awaited at the top level: the page start loads the reader of a link on demand, and a
// part loaded on demand imports from this entry, which would wait for the entry to finish
// evaluating, which would wait for the start: a deadlock. A failed start is thrown from a
// task of its own, so the boot script reports it as it reports any error of the page's files.
void startPage().then(
  // The service worker's start and its caching of every asset compete for the CPU: it begins
  // once the first figures are painted.
  () => void afterFirstPaint().then(registerServiceWorker),
  (error: unknown) =>
    setTimeout(() => {
      throw error;
    }),
);

/**
 * Print mode (README, "Print"): while the page is printed, the root element carries
 * `data-printing` (`with-klarna` when the Klarna comparison was asked for) and the light
 * palette, whatever the theme; parts that draw on canvas (charts) redraw for paper through
 * `onPrintMode`. The Print button enters it before `window.print()`; Ctrl+P enters it on
 * `beforeprint`, without the Klarna comparison. `afterprint` leaves it.
 */

export interface PrintOptions {
  /** Whether the Klarna comparison is printed. */
  klarna: boolean;
}

/** Called with true when printing starts, false when it ends. */
export type PrintListener = (printing: boolean) => void;

/** Device pixels per CSS pixel of a chart drawn for paper (about 290 dpi on A4). */
export const PRINT_PIXEL_RATIO = 3;
/** Width of a chart on paper, CSS pixels: the text width of an A4 page with the report's margins (app.css, `@page`). */
export const PRINT_CHART_WIDTH = 680;

const listeners = new Set<PrintListener>();
let printing = false;
let palette: string | undefined;
let installed = false;

/** Whether the page is being printed. */
export function isPrinting(): boolean {
  return printing;
}

/** Puts the page in print mode (again, with new options, if it already is). */
export function enterPrintMode(options: PrintOptions): void {
  install();
  const root = document.documentElement;
  if (!printing) palette = root.dataset.palette;
  printing = true;
  root.dataset.printing = options.klarna ? 'with-klarna' : 'plain';
  root.dataset.palette = 'light';
  for (const listener of listeners) listener(true);
}

/** Back to the screen: the theme's palette and the charts as they were. */
export function leavePrintMode(): void {
  if (!printing) return;
  printing = false;
  const root = document.documentElement;
  delete root.dataset.printing;
  if (palette === undefined) delete root.dataset.palette;
  else root.dataset.palette = palette;
  for (const listener of listeners) listener(false);
}

/** Listens for print mode; the returned function stops. A listener added while printing is called at once. */
export function onPrintMode(listener: PrintListener): () => void {
  install();
  listeners.add(listener);
  if (printing) listener(true);
  return () => listeners.delete(listener);
}

function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  // Ctrl+P: nothing can be awaited here, so what is printed is what is ready.
  window.addEventListener('beforeprint', () => {
    if (!printing) enterPrintMode({ klarna: false });
  });
  window.addEventListener('afterprint', leavePrintMode);
}

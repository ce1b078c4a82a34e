import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// A page of the smallest kind: a root element with its data attributes, and window events.
const root = { dataset: {} as Record<string, string | undefined> };
const win = new EventTarget();
beforeAll(() => {
  vi.stubGlobal('document', { documentElement: root });
  vi.stubGlobal('window', win);
});

const mode = await import('../../../../src/ui/print/print-mode');

describe('print mode', () => {
  afterEach(() => mode.leavePrintMode());

  it('prints in the light palette and gives the theme back afterwards', () => {
    root.dataset.palette = 'dark';
    mode.enterPrintMode({ klarna: false });
    expect(root.dataset).toMatchObject({ palette: 'light', printing: 'plain' });
    mode.leavePrintMode();
    expect(root.dataset.palette).toBe('dark');
    expect(root.dataset.printing).toBeUndefined();
  });

  it('keeps the theme of before when entered twice (button, then beforeprint)', () => {
    root.dataset.palette = 'contrast';
    mode.enterPrintMode({ klarna: true });
    expect(root.dataset.printing).toBe('with-klarna');
    win.dispatchEvent(new Event('beforeprint'));
    expect(root.dataset.printing).toBe('with-klarna');
    win.dispatchEvent(new Event('afterprint'));
    expect(root.dataset.palette).toBe('contrast');
    expect(mode.isPrinting()).toBe(false);
  });

  it('prints without Klarna on Ctrl+P, and tells the charts when printing starts and ends', () => {
    const seen: boolean[] = [];
    const stop = mode.onPrintMode((p) => seen.push(p));
    win.dispatchEvent(new Event('beforeprint'));
    expect(root.dataset.printing).toBe('plain');
    win.dispatchEvent(new Event('afterprint'));
    stop();
    win.dispatchEvent(new Event('beforeprint'));
    expect(seen).toEqual([true, false]);
  });

  it('draws a chart that appears while printing for paper at once', () => {
    mode.enterPrintMode({ klarna: false });
    const seen: boolean[] = [];
    mode.onPrintMode((p) => seen.push(p));
    expect(seen).toEqual([true]);
  });

  it('leaves the palette unset when none was set before printing', () => {
    delete root.dataset.palette;
    mode.enterPrintMode({ klarna: false });
    mode.leavePrintMode();
    expect('palette' in root.dataset && root.dataset.palette !== undefined).toBe(false);
  });
});

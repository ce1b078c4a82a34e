import { describe, expect, it } from 'vitest';
import { COLORS } from '../../../src/ui/charts/chart-data';
import { chartTheme, paletteOf, parseThemeChoice } from '../../../src/ui/theme/theme';

describe('parseThemeChoice', () => {
  it('keeps a known pick and follows the system for anything else', () => {
    for (const c of ['system', 'light', 'dark', 'contrast']) expect(parseThemeChoice(c)).toBe(c);
    for (const c of [null, undefined, '', 'Dark', 'blue']) expect(parseThemeChoice(c)).toBe('system');
  });
});

describe('chartTheme', () => {
  it('maps each default series colour to the theme property of its name', () => {
    const props: Record<string, string> = {
      '--chart-text': ' #fff ',
      '--chart-grid': 'rgba(255,255,255,0.1)',
      '--chart-human': '#7aa7e8',
      '--chart-ai': '#4fc3b5',
    };
    const t = chartTheme((name) => props[name] ?? '');
    expect(t.text).toBe('#fff');
    expect(t.grid).toBe('rgba(255,255,255,0.1)');
    expect(t.color(COLORS.human)).toBe('#7aa7e8');
    expect(t.color(COLORS.ai)).toBe('#4fc3b5');
    // No property for it: the light default stays.
    expect(t.color(COLORS.fixed)).toBe(COLORS.fixed);
  });

  it('falls back to the light defaults when the page sets nothing', () => {
    const t = chartTheme(() => '');
    expect(t.text).toBe('#333');
    expect(t.color(COLORS.quality)).toBe(COLORS.quality);
  });
});

describe('paletteOf', () => {
  const devices = [
    { dark: false, moreContrast: false },
    { dark: true, moreContrast: false },
    { dark: false, moreContrast: true },
    { dark: true, moreContrast: true },
  ];

  it('shows a pick whatever the device asks for', () => {
    for (const system of devices) {
      expect(paletteOf('light', system)).toBe('light');
      expect(paletteOf('dark', system)).toBe('dark');
      expect(paletteOf('contrast', system)).toBe('contrast');
    }
  });

  it('follows the device without a pick, more contrast before dark mode', () => {
    expect(devices.map((d) => paletteOf('system', d))).toEqual(['light', 'dark', 'contrast', 'contrast']);
  });
});

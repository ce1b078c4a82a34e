/**
 * Themes: light, dark and high contrast. The page follows the system setting
 * (prefers-color-scheme, prefers-contrast, forced-colors) unless the user picks one; the
 * pick is kept in this browser. Chart colours come from CSS custom properties, so every
 * chart follows the theme too.
 */
import { COLORS } from '../charts/colors';

export const THEME_CHOICES = ['system', 'light', 'dark', 'contrast'] as const;
/** `system` follows the device; the others are fixed. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Storage key of the user's pick. */
export const THEME_KEY = 'ai-support-planner-theme';

/** Labels of the theme switch. */
export const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'As the device (system)',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

/** The palettes of themes.css: what a choice shows on a given device. */
export type Palette = 'light' | 'dark' | 'contrast';

/** What the device asks for (the media queries of the system setting). */
export interface SystemPreference {
  dark: boolean;
  moreContrast: boolean;
}

/**
 * The palette in effect: the pick, or for `system` the device's setting, where asking for
 * more contrast outranks dark mode (high contrast is an accessibility need, dark a taste).
 */
export function paletteOf(choice: ThemeChoice, system: SystemPreference): Palette {
  if (choice !== 'system') return choice;
  if (system.moreContrast) return 'contrast';
  return system.dark ? 'dark' : 'light';
}

/** A stored value as a theme choice; anything unknown (or nothing) follows the system. */
export function parseThemeChoice(raw: string | null | undefined): ThemeChoice {
  return (THEME_CHOICES as readonly string[]).includes(raw ?? '') ? (raw as ThemeChoice) : 'system';
}

/** Text, grid and series colours of the charts in the current theme. */
export interface ChartTheme {
  text: string;
  grid: string;
  /** The themed colour of a series drawn in one of the default `COLORS`. */
  color: (base: string) => string;
}

/**
 * The chart theme from the CSS custom properties in effect at `el`: `--chart-text`,
 * `--chart-grid` and `--chart-<name>` for each of the `COLORS` names. Missing properties
 * fall back to the light defaults.
 */
export function chartTheme(read: (name: string) => string): ChartTheme {
  const byBase = new Map<string, string>();
  for (const [name, base] of Object.entries(COLORS)) {
    const themed = read(`--chart-${name}`).trim();
    if (themed && !byBase.has(base)) byBase.set(base, themed);
  }
  return {
    text: read('--chart-text').trim() || '#333',
    grid: read('--chart-grid').trim() || 'rgba(0,0,0,0.1)',
    color: (base) => byBase.get(base) ?? base,
  };
}

/**
 * The theme in effect: the user's pick (kept in localStorage) as `data-theme` on the root
 * element, the palette it shows on this device as `data-palette` (themes.css defines each
 * palette once), and a counter that moves whenever the colours may have changed (a pick,
 * or the system switching dark mode or contrast), for the charts to redraw.
 */
import { paletteOf, parseThemeChoice, THEME_KEY, type ThemeChoice } from './theme';
import './themes.css';

const DARK = '(prefers-color-scheme: dark)';
const MORE_CONTRAST = '(prefers-contrast: more)';
const SYSTEM_QUERIES = [DARK, MORE_CONTRAST, '(forced-colors: active)'];

function matches(query: string): boolean {
  return window.matchMedia?.(query).matches ?? false;
}

function stored(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_KEY));
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  root.dataset.palette = paletteOf(choice, { dark: matches(DARK), moreContrast: matches(MORE_CONTRAST) });
}

class ThemeState {
  choice = $state<ThemeChoice>('system');
  /** Moves on every change of the colours in effect. */
  version = $state(0);

  constructor() {
    // Rendered ahead of time at build (prerender.ts) there is no device: the page's own
    // start (boot.js, then this constructor in the browser) sets the palette.
    if (typeof window === 'undefined') return;
    this.choice = stored();
    apply(this.choice);
    for (const q of SYSTEM_QUERIES) {
      window.matchMedia?.(q).addEventListener?.('change', () => {
        apply(this.choice);
        this.version++;
      });
    }
  }

  set(choice: ThemeChoice): void {
    this.choice = choice;
    apply(choice);
    try {
      if (choice === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, choice);
    } catch {
      // Storage refused (private mode, quota): the pick holds for this visit.
    }
    this.version++;
  }
}

/** The page's theme. */
export const themeState = new ThemeState();

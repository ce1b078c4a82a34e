// The page's first script, a small blocking one in <head>, run before anything is shown.
// index.html carries the default scenario rendered at build time (render.ts). This script
// (1) sets the theme's palette at once, so the page never shows in the wrong colours, and
// (2) marks that markup `data-prerender="stale"` (hidden by app.css until the app has built
// the right page) when this visit will not show the default scenario: a readable link, a
// share link, saved scenarios or a locale whose figures read differently. start-page.ts
// then hydrates the markup or replaces it. Kept in step with theme.ts and storage.ts by
// tests/unit/ui/boot.test.ts.
(function () {
  var root = document.documentElement;
  var THEMES = ['light', 'dark', 'contrast'];
  var stored = null;
  var saved = true;
  try {
    stored = localStorage.getItem('ai-support-planner-theme');
    saved = localStorage.getItem('ai-support-planner/scenarios/v1') !== null;
  } catch (e) {
    // Storage refused: the app reports it, on a page it builds itself.
  }
  var media = function (query) {
    return typeof matchMedia === 'function' && matchMedia(query).matches;
  };
  var choice = THEMES.indexOf(stored) >= 0 ? stored : 'system';
  if (choice !== 'system') root.setAttribute('data-theme', choice);
  root.setAttribute(
    'data-palette',
    choice !== 'system' ? choice : media('(prefers-contrast: more)') ? 'contrast' : media('(prefers-color-scheme: dark)') ? 'dark' : 'light',
  );
  var link = location.search.length > 1 || /[=%]/.test(location.hash);
  var language = typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-US';
  if (link || saved || !/^en(-US)?$/i.test(language)) root.setAttribute('data-prerender', 'stale');
})();

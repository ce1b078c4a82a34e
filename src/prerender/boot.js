// The page's first script, a small blocking one in <head>, run before anything is shown.
// index.html carries the default scenario rendered at build time (render.ts). This script
// (1) sets the theme's palette at once, so the page never shows in the wrong colours;
// (2) marks that markup `data-prerender="stale"` (hidden by app.css until the app has built
// the right page) when this visit will not show the default scenario: a readable link, a
// share link, saved scenarios or a locale whose figures read differently. start-page.ts
// then hydrates the markup or replaces it;
// (3) for such a visit, starts loading the parts its start needs beside the app's first
// files (the validation, the link's reader), which the app would otherwise ask for only once
// its own script has run: their names are in <meta name="start-parts"> (vite.config.ts);
// (4) shows a message instead of a blank or dead page when the app's script cannot load or
// fails before the page answers input (after that, each section reports its own failures).
// Kept in step with theme.ts and storage.ts by tests/unit/ui/boot.test.ts.
(function () {
  var root = document.documentElement;

  var failed = false;
  var fail = function (text) {
    if (failed || root.hasAttribute('data-ready')) return;
    failed = true;
    var show = function () {
      var app = document.getElementById('app');
      // Reported while the page loaded, yet the app started meanwhile: it stands.
      if (!app || root.hasAttribute('data-ready')) return;
      var box = document.createElement('div');
      box.className = 'warning start-failed';
      box.setAttribute('role', 'alert');
      box.textContent = text;
      app.textContent = '';
      app.appendChild(box);
      root.removeAttribute('data-prerender');
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
    else show();
  };
  var ownOrigin = function (url) {
    return typeof url === 'string' && url.indexOf(location.origin + '/') === 0;
  };
  var KEPT = ' Reload the page; your saved scenarios are kept in this browser.';
  // Only the page's own failures count: the app's module script not loading (a failed load
  // reports on its element, and does not bubble: hence the capture), or an exception thrown
  // from the page's own files, which is also how main.ts reports a failed start of the app.
  // Scripts of other origins (extensions, injected by a host: "Script error.")
  // and other elements' failures are not the planner's.
  window.addEventListener(
    'error',
    function (e) {
      var target = e.target;
      if (target && target.tagName === 'SCRIPT') {
        if (target.type === 'module' && ownOrigin(target.src))
          fail("The planner's script could not be loaded (a new version may have just been published)." + KEPT);
      } else if (ownOrigin(e.filename)) {
        var error = e.error;
        var message = error && error.message ? error.message : e.message;
        fail('The planner could not start' + (message ? ' (' + message + ')' : '') + '.' + KEPT);
      }
    },
    true,
  );

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
    try {
      return typeof matchMedia === 'function' && matchMedia(query).matches;
    } catch (e) {
      return false;
    }
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

  var parts = document.querySelector('meta[name="start-parts"]');
  // A part is named by its files, separated by spaces: its own and those it imports.
  var preload = function (files) {
    if (!files) return;
    var hrefs = files.split(' ');
    for (var i = 0; i < hrefs.length; i++) {
      if (!hrefs[i]) continue;
      var l = document.createElement('link');
      l.rel = 'modulepreload';
      l.href = hrefs[i];
      l.setAttribute('crossorigin', '');
      document.head.appendChild(l);
    }
  };
  if (parts && (link || saved)) {
    preload(parts.getAttribute('data-validation'));
    if (location.search.length > 1) preload(parts.getAttribute('data-link'));
    if (/[=%]/.test(location.hash)) preload(parts.getAttribute('data-share'));
  }
})();

/**
 * Registers the offline service worker (built as `sw.js`, see plugin.ts) once the page has
 * loaded, so it never competes with the first figures. Production builds only: the dev
 * server's modules are not hashed and must not be cached.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Offline use is a bonus: the app works the same without it (private windows, file://).
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * Which responses the service worker may keep. Many static hosts answer a missing path with
 * index.html and status 200 (a "single-page app" fallback): after a new release, the old
 * build's script URLs would then be cached holding the page, and served as that page for
 * good. A response is kept only when it is a plain 200 from this origin and its
 * Content-Type is what was asked for: JavaScript for a script or `.js`, CSS for a style or
 * `.css`, HTML for a page, and so on; a response for anything else is kept unless it is HTML.
 *
 * Self-contained (no imports, no helpers, no closures): its source text is copied into the
 * generated `sw.js` (plugin.ts), so the worker runs exactly the function tested here.
 */
export function isCacheableResponse(url: string, destination: string, status: number, type: string, contentType: string): boolean {
  if (status !== 200 || type !== 'basic') return false;
  const mime = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const path = new URL(url).pathname.toLowerCase();
  const dot = /\.([a-z0-9]+)$/.exec(path);
  const ext = path.endsWith('/') ? 'html' : dot ? (dot[1] ?? '') : '';
  let kind: string;
  switch (destination) {
    case 'script':
    case 'worker':
    case 'sharedworker':
    case 'serviceworker':
    case 'audioworklet':
    case 'paintworklet':
      kind = 'script';
      break;
    case 'style':
      kind = 'style';
      break;
    case 'document':
    case 'iframe':
    case 'frame':
      kind = 'html';
      break;
    case 'manifest':
      kind = 'json';
      break;
    case 'image':
      kind = 'image';
      break;
    case 'font':
      kind = 'font';
      break;
    default:
      switch (ext) {
        case 'js':
        case 'mjs':
          kind = 'script';
          break;
        case 'css':
          kind = 'style';
          break;
        case 'html':
        case 'htm':
          kind = 'html';
          break;
        case 'json':
        case 'webmanifest':
          kind = 'json';
          break;
        case 'svg':
        case 'png':
        case 'ico':
        case 'jpg':
        case 'jpeg':
        case 'gif':
        case 'webp':
        case 'avif':
          kind = 'image';
          break;
        case 'woff':
        case 'woff2':
        case 'ttf':
        case 'otf':
          kind = 'font';
          break;
        default:
          kind = '';
      }
  }
  switch (kind) {
    case 'script':
      return /^(text|application)\/(x-)?(javascript|ecmascript)$/.test(mime);
    case 'style':
      return mime === 'text/css';
    case 'html':
      return mime === 'text/html';
    case 'json':
      return mime === 'application/json' || mime === 'application/manifest+json';
    case 'image':
      return mime.startsWith('image/');
    case 'font':
      return mime.startsWith('font/') || /^application\/(x-)?font-/.test(mime) || mime === 'application/vnd.ms-fontobject';
    default:
      return mime !== '' && mime !== 'text/html';
  }
}

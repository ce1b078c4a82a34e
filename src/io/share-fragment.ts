/**
 * Whether a page address carries a share link's payload (`#s=1.…`), and where: the small part
 * of the share link format (share-url.ts) that every page start needs, kept apart so the
 * encoder and decoder load only for a visit that has a share link, or when one is made.
 */

/** The fragment key: `#s=...`. */
export const SHARE_KEY = 's';

/** What a share payload starts with in the fragment. */
export const PREFIX = `${SHARE_KEY}=`;

/** Whether a location hash carries a share payload (so the app reads it before anything else). */
export function hasShareFragment(hash: string): boolean {
  return findPayload(hash) !== null;
}

/** The payload in a location hash, or null. */
export function findPayload(hash: string): string | null {
  const direct = payloadIn(hash);
  if (direct !== null || !hash.includes('%')) return direct;
  // Some mail and chat clients percent-encode the fragment (`#s%3D1.`); the payload alphabet never needs it.
  try {
    return payloadIn(decodeURIComponent(hash));
  } catch {
    return null;
  }
}

function payloadIn(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) if (part.startsWith(PREFIX)) return part.slice(PREFIX.length);
  return null;
}

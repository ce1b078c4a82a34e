/**
 * Share links (README, "Scenarios, saved data and two tabs"): the whole scenario set in a
 * versioned, compressed URL fragment, `#s=1.<payload>`. The fragment never reaches a
 * server.
 *
 * Format 1: `<payload>` is base64url (no padding) of the deflate-raw compression of UTF-8
 * JSON `{"a": active, "s": [scenario, ...]}`: each scenario exactly as the schema has it,
 * numbers written so that they parse back to the same double (negative zero as `-0`).
 * One packing: an arrival profile (the scenario's, and each channel's) may be written
 * `{"d": D, "n": [n0, ..., n167]}`, meaning weight i = n_i / D in IEEE double arithmetic.
 * An imported profile is counts / total, so this is how it comes back bit for bit in a few
 * hundred characters instead of about 1,700; the encoder uses it only when every weight
 * divides back exactly. Links written before channels existed have no `channels`,
 * `pooling` or `ai.minutesPerConversation`: the schema's defaults open them as the
 * one-channel scenarios they were.
 *
 * Versions: the number before the first `.` picks the decoder. A new format gets a new
 * number and decoder; the decoders of older numbers stay, with a migration to the
 * current schema when it changes, so old links keep opening.
 */
import { HOURS_PER_WEEK } from '../model';
import { exactJson, parseScenarioSet, MAX_SCENARIOS, type ScenarioSet } from './scenario-set';
import { findPayload, PREFIX } from './share-fragment';

export { hasShareFragment, SHARE_KEY } from './share-fragment';

/** The format new links are written in. */
export const SHARE_FORMAT = 1;
/** Longest fragment read; a link is typically under 2,000 characters. */
export const MAX_FRAGMENT_CHARS = 200_000;
/** Largest decompressed payload accepted, against deflate bombs. */
export const MAX_PAYLOAD_BYTES = 4_000_000;

export type ShareEncode = { ok: true; fragment: string } | { ok: false; message: string };
export type ShareDecode = { ok: true; scenarios: ShareScenarios; active: number } | { ok: false; message: string };
type ShareScenarios = ScenarioSet['scenarios'];

/**
 * The fragment for a scenario set, with its leading `#`. Refuses (as data) a set that
 * would not open again: an invalid scenario or an active index out of range.
 */
export async function encodeShareFragment(set: ScenarioSet): Promise<ShareEncode> {
  const valid = parseScenarioSet(set.scenarios, set.active);
  if (!valid.ok) return { ok: false, message: `The link cannot be made: ${valid.message}` };
  // The checking and the writing of a large set (eight scenarios of fifty categories) take
  // tens of milliseconds each: in tasks of their own, the page answers input in between.
  await new Promise<void>((resolve) => setTimeout(resolve));
  try {
    const scenarios = valid.set.scenarios.map((s) => ({
      ...s,
      arrivalProfile: packProfile(s.arrivalProfile),
      channels: s.channels && s.channels.map((c) => ({ ...c, arrivalProfile: packProfile(c.arrivalProfile) })),
    }));
    const bytes = await deflateRaw(new TextEncoder().encode(exactJson({ a: valid.set.active, s: scenarios })));
    return { ok: true, fragment: `#${PREFIX}${SHARE_FORMAT}.${toBase64Url(bytes)}` };
  } catch (e) {
    return { ok: false, message: `The link cannot be made: this browser cannot compress (${errorText(e)}).` };
  }
}

/** A page URL with the fragment; the query string goes, as the fragment holds everything. */
export function shareUrl(pageUrl: string, fragment: string): string {
  const cut = pageUrl.search(/[?#]/);
  return (cut < 0 ? pageUrl : pageUrl.slice(0, cut)) + (fragment.startsWith('#') ? fragment : `#${fragment}`);
}

type Decoder = (payload: string) => Promise<ShareDecode>;

/** One decoder per format ever written; never remove one. */
const DECODERS: Readonly<Record<number, Decoder>> = {
  1: decodeV1,
};

/**
 * Reads a fragment (`#s=1....`, with or without `#`) back into the scenario set. Never
 * throws and never returns an unvalidated scenario: every problem is a message.
 */
export async function decodeShareFragment(hash: string): Promise<ShareDecode> {
  try {
    const found = findPayload(hash);
    if (found === null) return fail('The link holds no scenario (nothing after "#s=").');
    if (found.length > MAX_FRAGMENT_CHARS) return fail(`The link is ${found.length} characters long; at most ${MAX_FRAGMENT_CHARS} are read.`);
    const dot = found.indexOf('.');
    const version = dot > 0 ? found.slice(0, dot) : '';
    if (!/^\d{1,6}$/.test(version)) return fail('The link is not a scenario link of this app: it should start "#s=" followed by a format number and a dot.');
    const decoder = DECODERS[Number(version)];
    if (!decoder) {
      const known = Object.keys(DECODERS).map(Number);
      if (Number(version) > Math.max(...known)) {
        return fail(
          `The link uses format ${version}, which this version of the app cannot read (it reads format ${known.join(', ')}). It was probably made by a newer version: open it there.`,
        );
      }
      return fail(
        `The link uses format ${version}, which no version of this app has written (it reads format ${known.join(', ')}). The link is probably damaged or was changed by hand.`,
      );
    }
    return await decoder(found.slice(dot + 1));
  } catch (e) {
    return fail(`The link could not be read (${errorText(e)}).`);
  }
}

async function decodeV1(payload: string): Promise<ShareDecode> {
  const bytes = fromBase64Url(payload);
  if (bytes === null) return fail('The link is damaged: it has characters that a scenario link never contains. Was it cut or changed when it was copied?');
  const inflated = await inflateRaw(bytes, MAX_PAYLOAD_BYTES);
  if (typeof inflated === 'string') return fail(inflated);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return fail('The link is damaged: its content is not readable. Was it cut when it was copied?');
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { s?: unknown }).s)) {
    return fail('The link is damaged: it holds no list of scenarios.');
  }
  const { a, s } = data as { a?: unknown; s: unknown[] };
  if (s.length > MAX_SCENARIOS) return fail(`The link holds ${s.length} scenarios; at most ${MAX_SCENARIOS} are accepted.`);
  const scenarios = s.map((x) => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return x;
    const out: Record<string, unknown> = { ...x };
    if ('arrivalProfile' in out) out.arrivalProfile = unpackProfile(out.arrivalProfile);
    if (Array.isArray(out.channels))
      out.channels = out.channels.map((c: unknown) =>
        typeof c === 'object' && c !== null && 'arrivalProfile' in c
          ? { ...c, arrivalProfile: unpackProfile((c as { arrivalProfile: unknown }).arrivalProfile) }
          : c,
      );
    return out;
  });
  const valid = parseScenarioSet(scenarios, a);
  if (!valid.ok) return fail(`The link's scenario is not valid: ${valid.message}`);
  return { ok: true, scenarios: valid.set.scenarios, active: valid.set.active };
}

function fail(message: string): ShareDecode {
  return { ok: false, message };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// ---- arrival profile packing -------------------------------------------------------

interface PackedProfile {
  d: number;
  n: number[];
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Smallest-denominator convergent p/q of x with p / q === x, or null (q limited to 2^32). */
function rationalOf(x: number): [number, number] | null {
  if (!(x >= 0) || !Number.isFinite(x)) return null;
  let [h1, h2, k1, k2] = [1, 0, 0, 1];
  let r = x;
  for (let step = 0; step < 64; step++) {
    const a = Math.floor(r);
    const h = a * h1 + h2;
    const k = a * k1 + k2;
    if (!Number.isSafeInteger(h) || k > 2 ** 32) return null;
    if (h / k === x) return [h, k];
    const frac = r - a;
    if (frac <= 0) return null;
    r = 1 / frac;
    [h2, h1, k2, k1] = [h1, h, k1, k];
  }
  return null;
}

/** Weights as counts over a common denominator when that divides back exactly; else the weights. */
export function packProfile(profile: readonly number[] | null): number[] | PackedProfile | null {
  if (profile === null) return null;
  const fractions: [number, number][] = [];
  let d = 1;
  for (const w of profile) {
    if (Object.is(w, -0)) return [...profile];
    const f = rationalOf(w);
    if (!f) return [...profile];
    fractions.push(f);
    d = (d / gcd(d, f[1])) * f[1];
    if (!Number.isSafeInteger(d)) return [...profile];
  }
  const n = fractions.map(([p, q]) => p * (d / q));
  const exact = n.every((c, i) => Number.isSafeInteger(c) && c / d === profile[i]);
  return exact ? { d, n } : [...profile];
}

/** Inverse of `packProfile`; anything else is passed on for the schema to judge. */
function unpackProfile(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return x;
  const { d, n } = x as { d?: unknown; n?: unknown };
  if (typeof d !== 'number' || !Array.isArray(n) || n.length !== HOURS_PER_WEEK) return x;
  return n.map((c) => (typeof c === 'number' ? c / d : c));
}

// ---- bytes ------------------------------------------------------------------------------

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Decompressed bytes, or a message: corrupt data and oversized output are reported. */
async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | string> {
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  } catch (e) {
    return `This browser cannot open scenario links (${errorText(e)}).`;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => undefined);
        return 'The link is damaged or not a scenario link: its content is far larger than any scenario.';
      }
      chunks.push(value);
    }
  } catch {
    return 'The link is damaged: its compressed content is incomplete or altered. Was it cut when it was copied?';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding (RFC 4648 section 5). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    const triple = (b0 << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    out += ALPHABET[(triple >> 18) & 63]! + ALPHABET[(triple >> 12) & 63]!;
    if (b1 !== undefined) out += ALPHABET[(triple >> 6) & 63]!;
    if (b2 !== undefined) out += ALPHABET[triple & 63]!;
  }
  return out;
}

/** Inverse of `toBase64Url`; null for characters outside the alphabet or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 255;
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

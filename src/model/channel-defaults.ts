/**
 * What a new channel starts with, and which kind a channel name suggests (docs/METHOD.md,
 * "Channels"). Shared by the channel editor, readable links and the import, so a channel
 * made in any of them is the same channel.
 */
import { CHANNEL_KINDS, LIVE_KINDS, MAX_SCENARIO_CHANNELS, type ChannelKind, type ChannelSpec } from './schema';

/** Whether a kind is served while the customer waits (a queue per interval). */
export function isLive(kind: ChannelKind): boolean {
  return (LIVE_KINDS as readonly string[]).includes(kind);
}

/** Name a new channel of each kind gets. */
export const KIND_NAMES: Record<ChannelKind, string> = { voice: 'Phone', chat: 'Chat', email: 'Email', messaging: 'Messaging' };

/**
 * Target time of a new channel of each kind, seconds: answered within 20 s (voice) or
 * 60 s (chat) while the customer waits; a response within 4 hours (email) or 1 hour
 * (messaging) for the asynchronous kinds.
 */
export const KIND_TARGET_SECONDS: Record<ChannelKind, number> = { voice: 20, chat: 60, email: 4 * 3600, messaging: 3600 };

/** Target share of a new asynchronous channel, percent ("90 % answered within 4 hours"); live kinds follow the scenario's service level. */
export const ASYNC_TARGET_PCT = 90;

/** A channel id for `kind` not among `taken`: the kind itself, then `kind-2`, `kind-3` ... */
export function channelId(kind: ChannelKind, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(kind)) return kind;
  for (let n = 2; ; n++) if (!used.has(`${kind}-${n}`)) return `${kind}-${n}`;
}

/** Longest channel name (the schema's limit). */
const MAX_NAME = 40;

/**
 * A channel name not among `taken` (compared without case, as a reader would): `name`
 * itself, then `name 2`, `name 3` ... (shortened to keep within the 40-character limit), so
 * that two channels never read alike in the inputs, the table by channel and the files.
 */
export function freeName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((x) => x.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const next = `${name.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(next.toLowerCase())) return next;
  }
}

/**
 * A new channel of `kind` holding `sharePct` of the contacts. Everything not particular to
 * the kind follows the scenario (null); the target is the kind's.
 */
export function newChannel(kind: ChannelKind, sharePct: number, taken: Iterable<string> = [], name: string = KIND_NAMES[kind]): ChannelSpec {
  return {
    id: channelId(kind, taken),
    kind,
    name,
    sharePct,
    handleMultiplier: 1,
    handleMinutes: null,
    serviceLevelPct: isLive(kind) ? null : ASYNC_TARGET_PCT,
    targetSeconds: KIND_TARGET_SECONDS[kind],
    concurrency: null,
    openFromHour: null,
    openToHour: null,
    openDays: null,
    arrivalProfile: null,
    aiEnabled: true,
    automationPct: null,
    aiPricing: null,
    aiPricePerUnit: null,
    aiMinutesPerConversation: null,
    categorySharesPct: null,
  };
}

/** Words in a channel's name that suggest its kind; the first kind with a match wins. */
const KIND_WORDS: readonly [ChannelKind, RegExp][] = [
  ['voice', /\b(phone|call|calls|voice|telephone|tel|ivr|callback|telefon|telefono|t[ée]l[ée]phone|anruf|appel|llamada)\b/i],
  ['chat', /\b(chat|live ?chat|web ?chat|chatbot|in-?app chat)\b/i],
  // X and LINE only as the whole name: as a word they are a letter and a phone line ("Sales line").
  ['messaging', /\b(social|twitter|facebook|messenger|instagram|whatsapp|sms|text|messaging|wechat|telegram|signal)\b|^(x|line)$/i],
  // `web`: a helpdesk's web form or help centre (Zendesk's channel "web"), answered as email.
  [
    'email',
    /\b(e-?mail|mail|web ?form|form|ticket|portal|contact form|web|help ?cent(er|re)|support ?cent(er|re)|feedback ?widget|kontaktformular|formular|formulaire|correo|courriel)\b/i,
  ],
];

/**
 * The kind a channel name suggests (`Phone` -> voice, `Web form` -> email, `WhatsApp` ->
 * messaging), or null when the name says nothing the user should not be asked about.
 */
export function suggestKind(name: string): ChannelKind | null {
  const text = name
    .trim()
    .toLowerCase()
    .replace(/[_./]+/g, ' ');
  if ((CHANNEL_KINDS as readonly string[]).includes(text)) return text as ChannelKind;
  for (const [kind, words] of KIND_WORDS) if (words.test(text)) return kind;
  return null;
}

export { MAX_SCENARIO_CHANNELS };

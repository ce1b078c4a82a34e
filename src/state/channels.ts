/**
 * Edits of a scenario's channels (docs/METHOD.md, "Channels"): pure functions from a
 * scenario to the next one, which the planner validates and applies like every other
 * edit. A scenario without channels (`channels: null`) is one channel, `channel`, with the
 * scenario's own inputs; the first edit that needs a list writes that channel out as its
 * first entry, so the figures stay what they were.
 */
import {
  CHANNEL_KINDS,
  type AiPricing,
  type ChannelKind,
  type ChannelSpec,
  type Pooling,
  type Scenario,
  isLive,
  KIND_NAMES,
  KIND_TARGET_SECONDS,
  MAX_SCENARIO_CHANNELS,
  newChannel,
  channelId,
  freeName,
} from '../model';

export { CHANNEL_KINDS, KIND_NAMES, MAX_SCENARIO_CHANNELS, isLive };

/** Kinds whose agents hold several conversations at once. */
export const CONCURRENT_KINDS: readonly ChannelKind[] = ['chat', 'messaging'];

/** Seconds in an hour: asynchronous targets are typed in hours and stored in seconds. */
export const SECONDS_PER_HOUR = 3600;

/** Longest response time an asynchronous channel may be given, hours (the schema's week). */
export const MAX_RESPONSE_HOURS = 168;

/** Channel fields that hold a number. */
export type ChannelNumberField =
  | 'sharePct'
  | 'handleMultiplier'
  | 'handleMinutes'
  | 'serviceLevelPct'
  | 'targetSeconds'
  | 'concurrency'
  | 'openFromHour'
  | 'openToHour'
  | 'automationPct'
  | 'aiPricePerUnit'
  | 'aiMinutesPerConversation';

/** Numeric fields that may be left empty (null: follow the scenario, or the kind's default). */
export const OPTIONAL_FIELDS: ReadonlySet<ChannelNumberField> = new Set([
  'handleMinutes',
  'serviceLevelPct',
  'targetSeconds',
  'concurrency',
  'automationPct',
  'aiPricePerUnit',
  'aiMinutesPerConversation',
]);

/** The field path of a channel's field, as the model's field issues name it. */
export const channelPath = (index: number, field: keyof ChannelSpec): string => `channels.${index}.${field}`;

/**
 * The scenario's own channel written as a channel: its kind and name, every input following
 * the scenario (a live channel's answer time is the scenario's; an email channel keeps the
 * backlog worked within the day, as a scenario without channels does).
 */
export function ownChannel(s: Scenario, sharePct = 100): ChannelSpec {
  const kind: ChannelKind = s.channel;
  return {
    ...newChannel(kind, sharePct),
    serviceLevelPct: null,
    targetSeconds: isLive(kind) ? (s.human.serviceLevelSeconds ?? KIND_TARGET_SECONDS[kind]) : null,
  };
}

/** The scenario's channels: its list, or its one channel written out. */
export function channelsOf(s: Scenario): ChannelSpec[] {
  return s.channels ? s.channels.slice() : [ownChannel(s)];
}

/**
 * Whole tenths of a percent proportional to `weights` that add up to exactly `total`
 * (largest remainder); equal parts when every weight is 0.
 */
export function apportion(weights: readonly number[], total: number): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const w = sum > 0 ? weights : weights.map(() => 1);
  const wSum = sum > 0 ? sum : weights.length;
  const tenths = Math.round(total * 10);
  const exact = w.map((x) => (x / wSum) * tenths);
  const floor = exact.map(Math.floor);
  let left = tenths - floor.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - floor[i]!, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floor[i]!++;
    left--;
  }
  return floor.map((t) => t / 10);
}

/** Shares rescaled to add up to 100 % (the model normalises them; the page shows them as typed). */
function withShares(list: ChannelSpec[], total = 100): ChannelSpec[] {
  const shares = apportion(
    list.map((c) => c.sharePct),
    total,
  );
  return list.map((c, i) => ({ ...c, sharePct: shares[i]! }));
}

/** Whether one more channel fits. */
export function canAddChannel(s: Scenario): boolean {
  return (s.channels?.length ?? 1) < MAX_SCENARIO_CHANNELS;
}

/**
 * The scenario with a new channel of `kind`: it takes an equal part of the volume (100 %
 * divided by the channels there will be, in whole percent) and the others keep their
 * proportions in what is left. Unchanged when six channels are there already.
 */
export function addChannel(s: Scenario, kind: ChannelKind): Scenario {
  if (!canAddChannel(s)) return s;
  const list = channelsOf(s);
  const share = Math.round(100 / (list.length + 1));
  const rest = withShares(list, 100 - share);
  const name = freeName(
    KIND_NAMES[kind],
    list.map((c) => c.name),
  );
  return {
    ...s,
    channels: [
      ...rest,
      newChannel(
        kind,
        share,
        list.map((c) => c.id),
        name,
      ),
    ],
  };
}

/**
 * The scenario without channel `index`; the others share its volume in their proportions.
 * The last channel stays (a scenario has at least one).
 */
export function removeChannel(s: Scenario, index: number): Scenario {
  if (!s.channels || s.channels.length <= 1 || !s.channels[index]) return s;
  return { ...s, channels: withShares(s.channels.filter((_, i) => i !== index)) };
}

/** A channel's fields replaced (the scenario's channel written out first when it has none). */
export function updateChannel(s: Scenario, index: number, patch: Partial<ChannelSpec>): Scenario {
  const list = channelsOf(s);
  const c = list[index];
  if (!c) return s;
  list[index] = { ...c, ...patch };
  return { ...s, channels: list };
}

/**
 * A channel of another kind: the new kind's id and target (seconds for a live queue, a
 * response time for a backlog), concurrency only where the kind has it, and the kind's
 * name unless the user named the channel.
 */
export function changeKind(s: Scenario, index: number, kind: ChannelKind): Scenario {
  const list = channelsOf(s);
  const c = list[index];
  if (!c || c.kind === kind) return s;
  const fresh = newChannel(
    kind,
    c.sharePct,
    list.filter((_, i) => i !== index).map((x) => x.id),
  );
  const named = c.name !== KIND_NAMES[c.kind] && !c.name.startsWith(`${KIND_NAMES[c.kind]} `);
  const others = list.filter((_, i) => i !== index).map((x) => x.name);
  return updateChannel(s, index, {
    kind,
    id: fresh.id,
    name: named ? c.name : freeName(fresh.name, others),
    serviceLevelPct: fresh.serviceLevelPct,
    targetSeconds: fresh.targetSeconds,
    concurrency: CONCURRENT_KINDS.includes(kind) ? c.concurrency : null,
  });
}

/** Opening hours of a channel: the scenario's (all null) or its own, starting from the scenario's. */
export function setOwnHours(s: Scenario, index: number, own: boolean): Scenario {
  if (!own) return updateChannel(s, index, { openFromHour: null, openToHour: null, openDays: null });
  const c = channelsOf(s)[index];
  if (!c) return s;
  return updateChannel(s, index, {
    openFromHour: c.openFromHour ?? s.human.openFromHour,
    openToHour: c.openToHour ?? s.human.openToHour,
    openDays: c.openDays ?? s.human.openDays.slice(),
  });
}

/** One open day of a channel on or off (its own hours start from the scenario's). */
export function toggleChannelDay(s: Scenario, index: number, day: number, on: boolean): Scenario {
  const c = channelsOf(s)[index];
  if (!c) return s;
  const days = new Set(c.openDays ?? s.human.openDays);
  if (on) days.add(day);
  else days.delete(day);
  return updateChannel(s, index, { openDays: [...days].sort((a, b) => a - b) });
}

/** The AI pricing of a channel: null follows the scenario's. */
export function setChannelPricing(s: Scenario, index: number, pricing: AiPricing | null): Scenario {
  return updateChannel(s, index, { aiPricing: pricing });
}

/** The pooling choice; a scenario without channels keeps it too (it matters once there are two). */
export function setPooling(s: Scenario, pooling: Pooling): Scenario {
  return { ...s, pooling };
}

/**
 * What a typed channel number means in the scenario: a response time typed in hours is
 * stored in seconds; every other field as typed. Returns a message when the value is out
 * of what the field accepts in the unit the user sees.
 */
export function storedChannelNumber(c: ChannelSpec, field: ChannelNumberField, value: number): { ok: true; value: number } | { ok: false; message: string } {
  if (field === 'targetSeconds' && !isLive(c.kind)) {
    if (!(value > 0 && value <= MAX_RESPONSE_HOURS)) {
      return { ok: false, message: `Response time of ${c.name} must be more than 0 and at most ${MAX_RESPONSE_HOURS} hours (a week)` };
    }
    return { ok: true, value: Math.round(value * SECONDS_PER_HOUR) };
  }
  if (field === 'openFromHour' && !(Number.isInteger(value) && value >= 0 && value <= 23)) {
    return { ok: false, message: `${c.name} opens at a whole hour from 0 to 23` };
  }
  if (field === 'openToHour' && !(Number.isInteger(value) && value >= 1 && value <= 24)) {
    return { ok: false, message: `${c.name} closes at a whole hour from 1 to 24` };
  }
  // As a link reads it (handle_min.CHANNEL): a handle time of no minutes would staff no agents.
  if (field === 'handleMinutes' && !(value >= 0.01)) {
    return { ok: false, message: `Own average handle time of ${c.name} must be at least 0.01 minutes (leave it empty for the multiplier)` };
  }
  return { ok: true, value };
}

/** A channel's target time as its field shows it: seconds for a live queue, hours for a backlog. */
export function shownTarget(c: ChannelSpec): number | null {
  if (c.targetSeconds === null) return null;
  return isLive(c.kind) ? c.targetSeconds : c.targetSeconds / SECONDS_PER_HOUR;
}

/** A model message for a channel field, naming the channel ("Email: Channel share cannot be negative ..."). */
export function channelMessage(c: ChannelSpec | undefined, message: string): string {
  if (!c || message.includes(`"${c.name}"`) || message.includes(` ${c.name} `)) return message;
  return `${c.name}: ${message}`;
}

export { channelId };

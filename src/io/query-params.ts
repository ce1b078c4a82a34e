/**
 * The readable URL parameters (README, "Readable URL parameters"), hand-written by sales engineers:
 * `?preset=saas&contacts=20000&automation=45`. They override the preset; an unknown or
 * invalid parameter gives a notice naming it and what is accepted, and is ignored.
 *
 * Channels: `channels=chat:40,email:45,voice:15` lists the channels of a multi-channel
 * scenario (a kind, or a kind and a name such as `messaging-WhatsApp`, then its share);
 * `NAME.CHANNEL` overrides one input of one channel (`automation.voice=20`), CHANNEL being
 * a channel id, a kind or a channel name.
 * Pure: a query string in, a scenario and notices out; never throws.
 */
import {
  CHANNELS,
  channelAutomationRefusal,
  channelIssues,
  POOLINGS,
  type Pooling,
  CHANNEL_KINDS,
  AI_PRICINGS,
  METHODS,
  STAFFING_MODELS,
  MAX_SCENARIO_CHANNELS,
  parseScenario,
  presetScenario,
  isPresetId,
  MONEY_LIMITS,
  withAutomation,
  withAverageHandle,
  DEFAULT_PRESET,
  PRESET_IDS,
  type ChannelKind,
  type ChannelSpec,
  type Scenario,
  KIND_NAMES,
  freeName,
  newChannel,
  suggestKind,
  fieldOfParameter,
  channelFieldOfParameter,
  NUMBER_FIELDS,
  type NumberFieldSpec,
  rangesFollowingPoint,
} from '../model';

export interface QueryResult {
  scenario: Scenario;
  /** One sentence per ignored parameter. */
  notices: string[];
  /** Whether any parameter was read (so the app knows the link set the scenario). */
  applied: boolean;
}

type Setter = (s: Scenario, raw: string) => Scenario | string;

/**
 * Numbers in links are plain decimals: digits with an optional decimal point, and a minus
 * sign where the range allows negatives (`12`, `12.5`, `.5`, `-3`). Hex (`0x10`), exponents
 * (`1e3`), grouping (`1,000`) and `Infinity` are refused: a hand-written link means what it
 * shows, and JavaScript's `Number` would read `0x10` as 16.
 */
const PLAIN_DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** What a number in a link may look like, for the notices. */
function decimalHint(min: number): string {
  return min < 0 ? 'written as a plain decimal such as 12, 12.5 or -3' : 'written as a plain decimal such as 12 or 12.5';
}

/** A raw value as a notice quotes it: long values are cut, so a notice stays readable. */
function shown(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}

function number(name: string, min: number, max: number, unit: string): (raw: string) => number | string {
  return (raw) => {
    const trimmed = raw.trim();
    if (!PLAIN_DECIMAL.test(trimmed)) return `${name}=${shown(raw)} is not a number; expected ${unit} between ${min} and ${max}, ${decimalHint(min)}`;
    // `-0` is 0 (a formatted -0 would read "-0").
    const x = Number(trimmed) + 0;
    if (!Number.isFinite(x) || x < min || x > max) return `${name}=${shown(raw)} is out of range; expected ${unit} between ${min} and ${max}`;
    return x;
  };
}

function numeric(name: string, min: number, max: number, unit: string, set: (s: Scenario, x: number) => Scenario | string): Setter {
  const parse = number(name, min, max, unit);
  return (s, raw) => {
    const x = parse(raw);
    return typeof x === 'string' ? x : set(s, x);
  };
}

/** A parameter that sets one numeric input: its bounds and unit come from the field table (model/field-table.ts). */
function fieldNumeric(name: string, set: (s: Scenario, x: number) => Scenario | string): Setter {
  const f = fieldOfParameter(name);
  if (!f) throw new Error(`The field table describes no input set by "${name}"`);
  return numeric(name, f.urlMin ?? f.min, f.max, f.urlUnit ?? f.unit, set);
}

function choice<T extends string>(name: string, options: readonly T[], set: (s: Scenario, x: T) => Scenario): Setter {
  return (s, raw) => ((options as readonly string[]).includes(raw) ? set(s, raw as T) : `${name}=${shown(raw)} is not one of ${options.join(', ')}`);
}

const h = (s: Scenario, patch: Partial<Scenario['human']>): Scenario => ({ ...s, human: { ...s.human, ...patch } });
const ai = (s: Scenario, patch: Partial<Scenario['ai']>): Scenario => ({ ...s, ai: { ...s.ai, ...patch } });
const fin = (s: Scenario, patch: Partial<Scenario['finance']>): Scenario => ({ ...s, finance: { ...s.finance, ...patch } });

/** The agent cost's parameters, one per cost basis. */
const COST_KEYS = { hour: 'cost_hour', 'fte-year': 'cost_fte_year', contact: 'cost_contact' } as const;
/** Parameters of the field table whose setters below do more than set their field: a cost sets the cost basis too. */
const DIRECT = new Set<string>(Object.values(COST_KEYS));

/** The scenario with `x` at the field's path (a whole number where the field wants one), or why not. */
function fieldSet(s: Scenario, f: NumberFieldSpec, x: number): Scenario | string {
  if (f.integer && !Number.isInteger(x)) return `${f.url}=${x} is not ${f.urlUnit ?? 'a whole number'} (${f.min} to ${f.max})`;
  const [group, key] = f.path.split('.');
  if (key === undefined) return { ...s, [f.path]: x };
  return { ...s, [group!]: { ...(s[group as keyof Scenario] as object), [key]: x } };
}

/**
 * Setters in the order they apply: everything that changes the mix or the rates of the
 * mix comes before `automation`, which rescales resolution rates to the requested share.
 */
const SETTERS: ReadonlyArray<[string, Setter]> = [
  ['method', choice('method', METHODS, (s, method) => ({ ...s, method }))],
  ['handle_min', numeric('handle_min', 0.01, 600, 'minutes', (s, m) => ({ ...s, categories: withAverageHandle(s.categories, m) }))],
  ['cost_hour', fieldNumeric('cost_hour', (s, costPerHour) => h(s, { costBasis: 'hour', costPerHour }))],
  ['cost_fte_year', fieldNumeric('cost_fte_year', (s, costPerFteYear) => h(s, { costBasis: 'fte-year', costPerFteYear }))],
  ['cost_contact', fieldNumeric('cost_contact', (s, costPerContact) => h(s, { costBasis: 'contact', costPerContact }))],
  ['channels', (s, raw) => parseChannels(s, raw)],
  // Without `channels`, one channel as before: a scenario with a channel list becomes one-channel again.
  ['channel', choice('channel', CHANNELS, (s, channel) => ({ ...s, channel, channels: null }))],
  // How the channels are staffed (docs/METHOD.md, "Blended pools"): read after them, a one-channel scenario has nothing to blend.
  [
    'pooling',
    (s, raw) =>
      !(POOLINGS as readonly string[]).includes(raw)
        ? `pooling=${shown(raw)} is not one of ${POOLINGS.join(', ')}`
        : raw === 'blended' && s.channels === null
          ? 'pooling=blended has nothing to blend: the scenario has one channel (list its channels first, such as channels=chat:60,email:40)'
          : { ...s, pooling: raw as Pooling },
  ],
  ['ai_pricing', choice('ai_pricing', AI_PRICINGS, (s, pricing) => ai(s, { pricing }))],
  [
    'ai_cost',
    numeric('ai_cost', 0, MONEY_LIMITS.pricePerUnit, 'a price per unit', (s, x) =>
      s.ai.pricing === 'tokens' ? ai(s, { pricePerMillionTokens: x }) : ai(s, { pricePerUnit: x }),
    ),
  ],
  ['ramp', (s, raw) => parseRamp(s, raw)],
  [
    'currency',
    (s, raw) =>
      /^[A-Za-z]{3}$/.test(raw) && isKnownCurrency(raw.toUpperCase())
        ? fin(s, { currency: raw.toUpperCase() })
        : `currency=${shown(raw)} is not an ISO 4217 code such as USD, EUR or GBP`,
  ],
  [
    'seed',
    (s, raw) =>
      /^\d{1,10}$/.test(raw) && Number(raw) <= 4_294_967_295 ? { ...s, seed: Number(raw) } : `seed=${shown(raw)} is not a whole number from 0 to 4294967295`,
  ],
  ['staffing_model', choice('staffing_model', STAFFING_MODELS, (s, staffingModel) => h(s, { staffingModel }))],
  [
    'seats',
    (s, raw) =>
      /^\d{1,6}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 100_000
        ? h(s, { seats: Number(raw) })
        : `seats=${shown(raw)} is not a whole number of agents from 1 to 100000`,
  ],
  // Every other input the field table names a link parameter for: set as it is, in the table's order.
  ...NUMBER_FIELDS.filter((f) => f.url !== undefined && !DIRECT.has(f.url)).map((f): [string, Setter] => [
    f.url!,
    fieldNumeric(f.url!, (s, x) => fieldSet(s, f, x)),
  ]),
  [
    'automation',
    numeric('automation', 0, 100, 'a percentage of all contacts', (s, pct) => {
      const r = withAutomation(s, pct);
      return r.ok ? { ...s, categories: r.categories } : `automation=${pct}: ${r.message}`;
    }),
  ],
];

// ---- channels ----------------------------------------------------------------------

const KIND_LIST = CHANNEL_KINDS.join(', ');

/** The kind and name a `channels` item's label stands for: `voice`, `messaging-WhatsApp`, or a name that suggests a kind (`phone`). */
function channelLabel(label: string): { kind: ChannelKind; name: string } | string {
  const lower = label.toLowerCase();
  if ((CHANNEL_KINDS as readonly string[]).includes(lower)) return { kind: lower as ChannelKind, name: KIND_NAMES[lower as ChannelKind] };
  const dash = label.indexOf('-');
  const prefix = dash > 0 ? label.slice(0, dash).toLowerCase() : '';
  if ((CHANNEL_KINDS as readonly string[]).includes(prefix)) {
    const name = label.slice(dash + 1).trim();
    if (name === '') return `"${shown(label)}" has a dash but no name after it (such as messaging-WhatsApp)`;
    return { kind: prefix as ChannelKind, name };
  }
  const suggested = label === '' ? null : suggestKind(label);
  if (suggested) return { kind: suggested, name: label };
  return `"${shown(label)}" is not a channel kind; write ${KIND_LIST}, optionally followed by a dash and a name (such as messaging-WhatsApp)`;
}

/**
 * `channels=chat:40,email:45,voice:15`: the channel list, each a kind or `kind-name` and a
 * share (normalised so the shares add up to 100; counts work too). Every channel starts as
 * a new channel of its kind (model/channel-defaults.ts); any invalid item refuses the whole
 * list, as dropping one would change the others' shares.
 */
function parseChannels(s: Scenario, raw: string): Scenario | string {
  const head = `channels=${shown(raw)}`;
  const items = raw.split(',').map((x) => x.trim());
  if (items.length > MAX_SCENARIO_CHANNELS) return `${head} lists ${items.length} channels; a scenario has at most ${MAX_SCENARIO_CHANNELS}`;
  const parsed: { kind: ChannelKind; name: string; share: number }[] = [];
  for (const item of items) {
    const colon = item.lastIndexOf(':');
    if (item === '') return `${head} has an empty item; write each channel as kind:share, such as chat:40,email:60`;
    if (colon < 0) return `${head}: "${shown(item)}" has no share; write each channel as kind:share, such as chat:40,email:60`;
    const label = item.slice(0, colon).trim();
    const shareText = item.slice(colon + 1).trim();
    const share = PLAIN_DECIMAL.test(shareText) ? Number(shareText) + 0 : NaN;
    if (!Number.isFinite(share) || share < 0 || share > 1e9) {
      return `${head}: the share of "${shown(label)}" (${shown(shareText)}) is not a share; write 0 or more as a plain decimal such as 40 or 12.5`;
    }
    const kind = channelLabel(label);
    if (typeof kind === 'string') return `${head}: ${kind}`;
    if (kind.name.length > 40) return `${head}: the channel name "${shown(kind.name)}" is longer than 40 characters`;
    parsed.push({ ...kind, share });
  }
  const total = parsed.reduce((sum, c) => sum + c.share, 0);
  if (!(total > 0)) return `${head}: the shares add up to 0; give at least one channel a share`;
  const taken: string[] = [];
  const names: string[] = [];
  const channels = parsed.map((c) => {
    // Two items of one kind or one name read as the channel editor names them: Phone, Phone 2.
    const channel = newChannel(c.kind, total === 100 ? c.share : (c.share / total) * 100, taken, freeName(c.name, names));
    taken.push(channel.id);
    names.push(channel.name);
    return channel;
  });
  return { ...s, channels };
}

/** One input of one channel: the new channel, or why the value was refused. */
type ChannelSetter = (c: ChannelSpec, raw: string, s: Scenario, key: string) => ChannelSpec | string;

/** A per-channel override of one numeric channel input: bounds and unit from the field table (model/field-table.ts). */
function channelNumeric(name: string, set: (c: ChannelSpec, x: number, s: Scenario, key: string) => ChannelSpec | string): [string, ChannelSetter] {
  const f = channelFieldOfParameter(name);
  if (!f) throw new Error(`The field table describes no channel input set by "${name}"`);
  const min = f.urlMin ?? f.min;
  const unit = f.urlUnit ?? f.unit;
  return [
    name,
    (c, raw, s, key) => {
      const x = number(key, min, f.max, unit)(raw);
      return typeof x === 'string' ? x : set(c, x, s, key);
    },
  ];
}

/**
 * Per-channel overrides, `NAME.CHANNEL`, in the order they apply: `ai` and the pricing
 * before `automation` and the price, which depend on them.
 */
const CHANNEL_SETTERS: ReadonlyArray<[string, ChannelSetter]> = [
  channelNumeric('handle_min', (c, handleMinutes) => ({ ...c, handleMinutes })),
  channelNumeric('sl_target', (c, serviceLevelPct) => ({ ...c, serviceLevelPct })),
  channelNumeric('sl_seconds', (c, targetSeconds) => ({ ...c, targetSeconds })),
  channelNumeric('concurrency', (c, concurrency, _s, key) =>
    c.kind === 'chat' || c.kind === 'messaging'
      ? { ...c, concurrency }
      : `${key}=${concurrency} applies to chat and messaging channels only; channel "${c.id}" is ${c.kind}`,
  ),
  [
    'ai',
    (c, raw, _s, key) =>
      raw === 'on' || raw === 'off' ? { ...c, aiEnabled: raw === 'on' } : `${key}=${shown(raw)} is not on or off (off: the channel is human only)`,
  ],
  [
    'ai_pricing',
    (c, raw, _s, key) =>
      (AI_PRICINGS as readonly string[]).includes(raw)
        ? { ...c, aiPricing: raw as ChannelSpec['aiPricing'] }
        : `${key}=${shown(raw)} is not one of ${AI_PRICINGS.join(', ')}`,
  ],
  channelNumeric('ai_cost', (c, aiPricePerUnit, s, key) =>
    (c.aiPricing ?? s.ai.pricing) === 'tokens'
      ? `${key}=${aiPricePerUnit}: channel "${c.id}" is priced by tokens, at the scenario's price per million tokens (ai_cost)`
      : { ...c, aiPricePerUnit },
  ),
  channelNumeric('ai_minutes', (c, aiMinutesPerConversation) => ({ ...c, aiMinutesPerConversation })),
  channelNumeric('automation', (c, pct, s, key) => {
    if (!c.aiEnabled && pct > 0) return `${key}=${pct}: channel "${c.id}" is human only (ai.${c.id}=off)`;
    const refused = channelAutomationRefusal(s, c, pct);
    return refused === null ? { ...c, automationPct: pct } : `${key}=${pct}: ${refused}`;
  }),
];

const CHANNEL_KEYS = new Set(CHANNEL_SETTERS.map(([k]) => k));

/** `NAME.CHANNEL` split at the first dot, or null for a key without one. */
function splitChannelKey(key: string): { name: string; target: string } | null {
  const dot = key.indexOf('.');
  return dot < 0 ? null : { name: key.slice(0, dot), target: key.slice(dot + 1) };
}

/**
 * The channels `target` names: the channel with that id; else every channel of that kind;
 * else the channels of that name (case ignored). Empty when none.
 */
function channelsNamed(channels: readonly ChannelSpec[], target: string): number[] {
  const all = channels.map((_, i) => i);
  const byId = all.filter((i) => channels[i]!.id === target);
  if (byId.length > 0) return byId;
  const byKind = all.filter((i) => channels[i]!.kind === target);
  if (byKind.length > 0) return byKind;
  const lower = target.trim().toLowerCase();
  return all.filter((i) => channels[i]!.name.trim().toLowerCase() === lower);
}

/** Applies the `NAME.CHANNEL` overrides of a link, in the order of CHANNEL_SETTERS. */
function applyChannelOverrides(params: URLSearchParams, scenario: Scenario, notices: string[]): { scenario: Scenario; applied: boolean } {
  let applied = false;
  const keys = [...new Set(params.keys())].flatMap((key) => {
    const split = splitChannelKey(key);
    return split && CHANNEL_KEYS.has(split.name) ? [{ key, ...split }] : [];
  });
  for (const [name, set] of CHANNEL_SETTERS) {
    for (const k of keys) {
      if (k.name !== name) continue;
      const raw = lastValue(params, k.key, notices);
      if (raw === null) continue;
      const channels = scenario.channels;
      if (!channels) {
        // A channel list the link gave but that was refused (its own notice says why): no channel to set.
        notices.push(
          params.has('channels')
            ? `${k.key}=${shown(raw)} was ignored: the link's channel list was not applied (see above), so the scenario has no channel "${shown(k.target)}"`
            : `${k.key}=${shown(raw)} was ignored: this scenario has one channel and no channel list; write ${name}=${shown(raw)} for it, or list the channels first (such as channels=chat:60,voice:40)`,
        );
        continue;
      }
      const targets = channelsNamed(channels, k.target);
      if (targets.length === 0) {
        notices.push(
          `${k.key}=${shown(raw)} was ignored: this scenario has no channel "${shown(k.target)}" (its channels: ${channels.map((c) => c.id).join(', ')})`,
        );
        continue;
      }
      const next: ChannelSpec[] = [...channels];
      let refused: string | null = null;
      for (const i of targets) {
        const changed = set(next[i]!, raw, scenario, k.key);
        if (typeof changed === 'string') {
          refused = changed;
          break;
        }
        next[i] = changed;
      }
      if (refused !== null) {
        notices.push(`${refused}. It was ignored.`);
        continue;
      }
      const valid = parseScenario({ ...scenario, channels: next });
      if (!valid.ok) {
        notices.push(`${k.key}=${shown(raw)} was ignored: ${[...new Set(valid.issues.map((i) => i.message))].join('; ')}`);
        continue;
      }
      scenario = valid.value;
      applied = true;
    }
  }
  return { scenario, applied };
}

const KNOWN = new Set(['preset', ...SETTERS.map(([k]) => k)]);

function isKnownCurrency(code: string): boolean {
  try {
    const supported = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf;
    if (supported) return supported('currency').includes(code);
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

function parseRamp(s: Scenario, raw: string): Scenario | string {
  if (raw === 'off') return { ...s, ramp: [] };
  const parts = raw.split(',').map((p) => p.trim());
  const values = parts.map((p) => (PLAIN_DECIMAL.test(p) ? Number(p) + 0 : NaN));
  if (parts.length > 120 || values.some((v) => !Number.isFinite(v) || v < 0 || v > 1)) {
    return `ramp=${shown(raw)} is not "off" or comma-separated fractions between 0 and 1 (such as 0.5,0.8,1)`;
  }
  return { ...s, ramp: values };
}

/**
 * The value of a parameter: the last one when the link repeats it (a parameter added at the
 * end of a link overrides the one before), with a notice naming what was read.
 */
function lastValue(params: URLSearchParams, key: string, notices: string[]): string | null {
  const all = params.getAll(key);
  const raw = all.at(-1) ?? null;
  if (all.length > 1)
    notices.push(`${key} appears ${all.length} times (${all.map(shown).join(', ')}); only the last one, ${key}=${shown(raw ?? '')}, was read`);
  return raw;
}

/**
 * `scenario` with one parameter's value, checked whole, or the notice that says why not;
 * `refused` when the value could be read but the scenario as it stands refused it (a limit
 * another parameter of the link may move).
 */
function withValue(scenario: Scenario, key: string, raw: string, set: Setter): { scenario: Scenario } | { notice: string; refused: boolean } {
  const next = set(scenario, raw);
  if (typeof next === 'string') return { notice: `${next}. It was ignored.`, refused: false };
  // The preset's ranges follow the point the link moves (model/range-anchor.ts), as an edit on the page does.
  const valid = parseScenario(rangesFollowingPoint(scenario, next));
  if (valid.ok) return { scenario: valid.value };
  return { notice: `${key}=${shown(raw)} was ignored: ${[...new Set(valid.issues.map((i) => i.message))].join('; ')}`, refused: true };
}

/**
 * Reads a query string (with or without the leading `?`) into a scenario: the preset
 * (default when absent) with every valid parameter applied.
 */
export function applyQuery(search: string, fallback: Scenario = presetScenario(DEFAULT_PRESET)): QueryResult {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const notices: string[] = [];
  let scenario = fallback;
  let applied = false;
  const preset = lastValue(params, 'preset', notices);
  if (preset !== null) {
    if (isPresetId(preset)) {
      scenario = presetScenario(preset);
      applied = true;
    } else {
      notices.push(`preset=${shown(preset)} is not a known preset; expected one of ${PRESET_IDS.join(', ')}. It was ignored.`);
    }
  }
  for (const key of new Set(params.keys())) {
    const split = splitChannelKey(key);
    if (!KNOWN.has(key) && !(split && CHANNEL_KEYS.has(split.name))) notices.push(`Unknown parameter "${shown(key)}" was ignored`);
  }
  let channelsRead = false;
  // Values the scenario refused as it stood when they were read, tried again once the rest of
  // the link is applied: a limit may depend on a later parameter (`growth=40&months=12`: the
  // growth limit is on the link's own twelve months, not the preset's twenty-four).
  const refused: [key: string, raw: string, set: Setter][] = [];
  for (const [key, set] of SETTERS) {
    const raw = lastValue(params, key, notices);
    if (raw === null) continue;
    if (key === 'channel' && channelsRead) {
      notices.push(`channel=${shown(raw)} was ignored: the link lists its channels (channels=), each with its own kind`);
      continue;
    }
    const outcome = withValue(scenario, key, raw, set);
    if ('notice' in outcome) {
      // The channel list and the one channel decide between themselves as read (channel= beside channels=).
      if (outcome.refused && key !== 'channels' && key !== 'channel') refused.push([key, raw, set]);
      else notices.push(outcome.notice);
      continue;
    }
    scenario = outcome.scenario;
    applied = true;
    if (key === 'channels') channelsRead = true;
  }
  for (const [key, raw, set] of refused) {
    const outcome = withValue(scenario, key, raw, set);
    if ('notice' in outcome) {
      notices.push(outcome.notice);
      continue;
    }
    scenario = outcome.scenario;
    applied = true;
  }
  // One agent cost: a link that gives it on two bases (cost_hour and cost_fte_year) says which one the scenario took.
  const costs = Object.values(COST_KEYS).filter((k) => params.has(k));
  const read = COST_KEYS[scenario.human.costBasis];
  if (costs.length > 1 && costs.includes(read))
    notices.push(`${costs.join(' and ')} each set the agent cost on a basis of its own; a scenario has one, so ${read} was read and the rest ignored`);
  const overrides = applyChannelOverrides(params, scenario, notices);
  scenario = overrides.scenario;
  applied ||= overrides.applied;
  // A channel the link prices in a unit of its own, with no price of its own (channels.ts, `channelIssues`).
  for (const issue of channelIssues(scenario)) if (issue.field.endsWith('.aiPricePerUnit')) notices.push(issue.message);
  // One notice per problem, however many times a link repeats it.
  return { scenario, notices: [...new Set(notices)], applied };
}

/** The readable parameter names, for documentation and tests. */
export const QUERY_PARAMETERS: readonly string[] = ['preset', ...SETTERS.map(([k]) => k)];

/** The names of the per-channel overrides, written `NAME.CHANNEL`. */
export const CHANNEL_PARAMETERS: readonly string[] = CHANNEL_SETTERS.map(([k]) => k);

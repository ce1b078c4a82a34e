/**
 * What the channel editor shows for each channel: labels that name the channel (a screen
 * reader lands on "Share of Email, %", not on the fifth "Share"), choices, and what an
 * empty field means (the value the channel then follows).
 */
import {
  isPresetId,
  PRESETS,
  typicalChannels,
  type AiPricing,
  type ChannelKind,
  type ChannelSpec,
  type Scenario,
  isLive,
  KIND_TARGET_SECONDS,
  inputLabel,
} from '../../model';
import { CONCURRENT_KINDS } from '../../state/channels';
import type { SelectOption } from './fields';

export const KIND_OPTIONS: readonly SelectOption<ChannelKind>[] = [
  { value: 'voice', label: 'Phone' },
  { value: 'chat', label: 'Chat' },
  { value: 'email', label: 'Email' },
  { value: 'messaging', label: 'Messaging' },
];

/** The pricing units, as the scenario's AI pricing choice names them. */
export const PRICING_LABELS: Record<AiPricing, string> = {
  resolution: 'Per resolution',
  conversation: 'Per conversation (attempt)',
  session: 'Per session',
  tokens: 'Tokens',
  minute: 'Per minute (voice AI)',
};

/** The scenario's AI pricing choices. */
export const AI_PRICING_OPTIONS: readonly SelectOption<AiPricing>[] = (Object.keys(PRICING_LABELS) as AiPricing[]).map((p) => ({
  value: p,
  label: PRICING_LABELS[p],
}));

/** A channel's AI pricing choices: the scenario's (empty; short enough for a narrow select, the price field names the unit), or its own unit. */
export const PRICING_OPTIONS: readonly SelectOption<AiPricing | ''>[] = [{ value: '', label: 'As the scenario' }, ...AI_PRICING_OPTIONS];

/** The pricing unit channel `c` is billed by. */
export function channelPricing(s: Scenario, c: ChannelSpec): AiPricing {
  return c.aiPricing ?? s.ai.pricing;
}

export interface ChannelLabels {
  name: string;
  kind: string;
  share: string;
  automation: string;
  ai: string;
  more: string;
  remove: string;
  multiplier: string;
  handle: string;
  targetPct: string;
  targetTime: string;
  concurrency: string;
  ownHours: string;
  openFrom: string;
  openTo: string;
  days: string;
  pricing: string;
  price: string;
  minutes: string;
}

/** Every label of channel `c`, each naming it. */
export function channelLabels(s: Scenario, c: ChannelSpec): ChannelLabels {
  const n = c.name;
  const live = isLive(c.kind);
  const pricing = channelPricing(s, c);
  const unit = pricing === 'tokens' ? 'per million tokens' : `per ${pricing}`;
  // The numeric inputs' labels are the field table's (model/field-table.ts), naming the channel.
  const words = { channel: n, currency: s.finance.currency, unit, async: !live };
  const label = (field: string) => inputLabel(`channels.*.${field}`, words);
  return {
    name: `Name of channel ${n}`,
    kind: `Kind of ${n}`,
    share: label('sharePct'),
    automation: label('automationPct'),
    ai: `AI answers in ${n}`,
    more: `More settings for ${n}`,
    remove: `Remove ${n}`,
    multiplier: label('handleMultiplier'),
    handle: label('handleMinutes'),
    targetPct: label('serviceLevelPct'),
    targetTime: label('targetSeconds'),
    concurrency: label('concurrency'),
    ownHours: `${n} has its own opening hours`,
    openFrom: label('openFromHour'),
    openTo: label('openToHour'),
    days: `Open days of ${n}`,
    pricing: `AI pricing in ${n}`,
    price: label('aiPricePerUnit'),
    minutes: label('aiMinutesPerConversation'),
  };
}

/** What an empty optional field of channel `c` stands for, as its placeholder says. */
export function channelPlaceholders(
  s: Scenario,
  c: ChannelSpec,
): { automation: string; handle: string; targetPct: string; targetTime: string; concurrency: string; price: string; minutes: string } {
  const live = isLive(c.kind);
  const pricing = channelPricing(s, c);
  return {
    automation: 'from categories',
    handle: 'use the multiplier',
    targetPct: `${s.human.serviceLevelPct} (scenario's)`,
    targetTime: live ? `${s.human.serviceLevelSeconds ?? KIND_TARGET_SECONDS[c.kind]} (default)` : 'within the day',
    concurrency: `${s.human.concurrency} (scenario's)`,
    price: `${pricing === 'tokens' ? s.ai.pricePerMillionTokens : s.ai.pricePerUnit} (scenario's)`,
    minutes: `${s.ai.minutesPerConversation} (scenario's)`,
  };
}

/** Whether channel `c` takes a concurrency (chat, messaging). */
export function hasConcurrency(c: ChannelSpec): boolean {
  return CONCURRENT_KINDS.includes(c.kind);
}

/** Shares of the channels as the editor sums them up ("add up to 100 %", or that the model scales them). */
export function sharesNote(channels: readonly ChannelSpec[]): string {
  const total = channels.reduce((a, c) => a + c.sharePct, 0);
  const t = Math.round(total * 100) / 100;
  return Math.abs(total - 100) < 1e-6 ? 'Shares add up to 100 %.' : `Shares add up to ${t} %; the model scales them to 100 %.`;
}

/**
 * The offer of the scenario's business type's typical channels ("Use the typical
 * E-commerce channels"), or null when its preset has none or the scenario already has them.
 */
export function typicalOffer(s: Scenario): { label: string; note: string } | null {
  const id = s.presetId !== null && isPresetId(s.presetId) ? s.presetId : null;
  const typical = typicalChannels(id);
  if (id === null || typical === null) return null;
  const same =
    s.channels !== null &&
    s.channels.length === typical.channels.length &&
    s.channels.every((c, i) => c.kind === typical.channels[i]!.kind && c.sharePct === typical.channels[i]!.sharePct);
  if (same) return null;
  return {
    label: `Use the typical ${PRESETS[id].label} channels`,
    note: `${typical.text}, each with its kind's target; an assumption, to replace with your own mix or an import of your tickets.${s.channels ? ' Replaces the channels above.' : ''}`,
  };
}

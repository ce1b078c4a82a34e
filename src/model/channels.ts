/**
 * Channels of a multi-channel scenario (docs/METHOD.md, "Channels"): each channel is
 * computed as a one-channel scenario of its own (its share of the contacts, its category
 * mix, handle times, automation, AI pricing, targets, opening hours and arrival profile),
 * by exactly the projection a scenario without channels uses; the scenario's rows are the
 * sums of the channels' rows. Fixed and one-time costs are the scenario's, allocated to
 * the channels by contact share in whole cents (largest remainder), so the channels' rows
 * add up to the scenario's to the cent.
 */
import { isLive, newChannel } from './channel-defaults';
import { automationRate, attemptableShare, averageHandleMinutes, normalisedShares, withAutomation, withAverageHandle } from './mix';
import { fromMinor, minorScale, minorUnitDigits, Money, toMinorUnit, ZERO } from './money';
import type { AiPricing, Category, Channel, ChannelKind, ChannelSpec, Scenario } from './schema';
import type { FieldIssue } from './schema';
import { defaultTargetSeconds } from './units';

/**
 * A channel with every null field resolved to the value it computes with (the scenario's
 * where the channel follows it). `targetSeconds` stays null only for an asynchronous
 * channel without a response-time target (staffed by workload, docs/METHOD.md, "Staffing").
 */
export interface EffectiveChannel {
  id: string;
  kind: ChannelKind;
  name: string;
  /** Served while the customer waits (voice, chat): a queue per interval. */
  live: boolean;
  /** Share of all contacts, 0-1 (the channels' shares normalised). */
  share: number;
  /** Average handle time of the channel's contacts when all are human, minutes. */
  handleMinutes: number;
  handleMultiplier: number;
  serviceLevelPct: number;
  targetSeconds: number | null;
  concurrency: number;
  openFromHour: number;
  openToHour: number;
  openDays: number[];
  /** Hour-of-week arrival weights, or null for flat over the open hours. */
  arrivalProfile: number[] | null;
  aiEnabled: boolean;
  /** Steady-state automation of the channel's contacts, percent. */
  automationPct: number;
  aiPricing: AiPricing;
  aiPricePerUnit: number;
  aiMinutesPerConversation: number;
  /** Category mix of the channel, percent per category in the scenario's order (adds up to 100). */
  categorySharesPct: number[];
}

/** The queue model of a channel kind: live kinds queue; asynchronous kinds are backlogs (today's `email` method). */
export function queueChannel(kind: ChannelKind): Channel {
  return kind === 'voice' ? 'voice' : kind === 'chat' ? 'chat' : 'email';
}

/** The channels' shares of all contacts, 0-1, adding up to 1. */
export function channelShares(channels: readonly Pick<ChannelSpec, 'sharePct'>[]): number[] {
  const total = channels.reduce((sum, c) => sum + c.sharePct, 0);
  if (!(total > 0)) return channels.map(() => 1 / channels.length);
  return channels.map((c) => c.sharePct / total);
}

/**
 * `amount` split by `weights` (adding up to 1) in whole minor units (`digits` decimals: cents
 * by default), by largest remainder: each part gets the whole units of its quota, and the
 * units left go one each to the largest fractional parts (the earlier channel on a tie). A
 * fraction of a minor unit in `amount` goes to the largest part. The parts add up to
 * `amount` exactly.
 */
export function allocateCents(amount: Money, weights: readonly number[], digits = 2): Money[] {
  if (weights.length === 0) return [];
  const scale = minorScale(digits);
  const total = amount.times(scale).floor();
  const residue = amount.minus(total.div(scale));
  const totalCents = total.toNumber();
  const quotas = weights.map((w) => totalCents * (Number.isFinite(w) && w > 0 ? w : 0));
  const parts = quotas.map((q) => Math.floor(q));
  let left = totalCents - parts.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  // A negative remainder (quotas rounded past the total) comes off the largest parts.
  for (let k = 0; left < 0; k = (k + 1) % order.length) {
    const i = order[k]!.i;
    if (parts[i]! > 0) {
      parts[i]! -= 1;
      left++;
    }
  }
  let largest = 0;
  weights.forEach((w, i) => {
    if (w > weights[largest]!) largest = i;
  });
  return parts.map((p, i) => {
    const part = fromMinor(p, digits);
    return i === largest ? part.plus(residue) : part;
  });
}

/** The category mix of a channel: its own shares, or the scenario's. */
function channelMix(s: Scenario, c: ChannelSpec): Category[] {
  const own = c.categorySharesPct;
  if (own && own.length === s.categories.length && own.some((x) => x > 0)) {
    return s.categories.map((cat, i) => ({ ...cat, sharePct: own[i] ?? 0 }));
  }
  return s.categories;
}

/** The categories a channel computes with: its mix, handle times, eligibility and resolution rates. */
function channelCategories(s: Scenario, c: ChannelSpec): Category[] {
  let cats = channelMix(s, c);
  if (c.handleMinutes !== null) cats = withAverageHandle(cats, c.handleMinutes);
  else if (c.handleMultiplier !== 1) cats = cats.map((cat) => ({ ...cat, handleMinutes: cat.handleMinutes * c.handleMultiplier }));
  if (!c.aiEnabled) return cats.map((cat) => ({ ...cat, aiEligible: false }));
  if (c.automationPct !== null) {
    const view = { categories: cats, quality: s.quality };
    // An automation past what the AI may attempt in this channel is held at that ceiling (channelIssues says so).
    const target = Math.min(c.automationPct, attemptableShare(view) * 100);
    const rescaled = withAutomation(view, target);
    if (rescaled.ok) cats = rescaled.categories;
  }
  return cats;
}

/** The answer-time (live) or response-time (asynchronous) target of a channel, seconds; null: an asynchronous channel without one. */
function targetOf(s: Scenario, c: ChannelSpec): number | null {
  if (c.targetSeconds !== null) return c.targetSeconds;
  if (!isLive(c.kind)) return null;
  return s.human.serviceLevelSeconds ?? defaultTargetSeconds(queueChannel(c.kind));
}

/**
 * Channel `c` of `s` as a one-channel scenario: its contacts (`share` of the scenario's),
 * categories, targets, opening hours, profile and AI, with `fixedPerMonth` and `setupCost`
 * its allocated part of the scenario's fixed (platform fee plus upkeep, in cents) and
 * one-time costs.
 */
export function channelScenario(s: Scenario, c: ChannelSpec, share: number, fixedPerMonth: Money, setupCost: Money): Scenario {
  const h = s.human;
  const target = targetOf(s, c);
  return {
    ...s,
    contactsPerMonth: share === 1 ? s.contactsPerMonth : s.contactsPerMonth * share,
    channel: queueChannel(c.kind),
    channels: null,
    pooling: 'dedicated',
    categories: channelCategories(s, c),
    human: {
      ...h,
      serviceLevelPct: c.serviceLevelPct ?? h.serviceLevelPct,
      // A live channel's answer-time target; an asynchronous channel's response target is its ResponseTarget.
      serviceLevelSeconds: isLive(c.kind) ? target : h.serviceLevelSeconds,
      concurrency: c.concurrency ?? h.concurrency,
      openFromHour: c.openFromHour ?? h.openFromHour,
      openToHour: c.openToHour ?? h.openToHour,
      openDays: c.openDays ?? h.openDays,
    },
    ai: {
      ...s.ai,
      pricing: c.aiPricing ?? s.ai.pricing,
      pricePerUnit: c.aiPricePerUnit ?? s.ai.pricePerUnit,
      minutesPerConversation: c.aiMinutesPerConversation ?? s.ai.minutesPerConversation,
      fixedPerMonth: fixedPerMonth.toNumber(),
      upkeepPerMonth: 0,
      setupCost: setupCost.toNumber(),
    },
    arrivalProfile: c.arrivalProfile ?? s.arrivalProfile,
  };
}

/** The response-time target of an asynchronous channel (docs/METHOD.md, "Asynchronous channels"). */
export interface ResponseTarget {
  targetSeconds: number;
  /** Share answered within the target, 0-1. */
  targetShare: number;
  /** Conversations an agent works at once: messaging's concurrency, 1 for email. */
  concurrency: number;
}

/** One channel of a scenario, ready to project. */
export interface ChannelPart {
  spec: ChannelSpec;
  share: number;
  scenario: Scenario;
  /** Asynchronous channels with a target: staffed as a backlog; null: the channel's queue model (or email's workload method). */
  response: ResponseTarget | null;
}

/** The response-time target of channel `c`, or null (a live channel, or an asynchronous one without a target). */
export function responseTarget(s: Scenario, c: ChannelSpec): ResponseTarget | null {
  if (isLive(c.kind) || c.targetSeconds === null) return null;
  return {
    targetSeconds: c.targetSeconds,
    targetShare: (c.serviceLevelPct ?? s.human.serviceLevelPct) / 100,
    concurrency: c.kind === 'messaging' ? (c.concurrency ?? s.human.concurrency) : 1,
  };
}

/** The scenario's fixed costs a month (platform fee plus upkeep), in the currency's minor unit, as the projection books them. */
function fixedOf(s: Scenario, digits: number): Money {
  return toMinorUnit(new Money(s.ai.fixedPerMonth).plus(s.ai.upkeepPerMonth), digits);
}

// A calculation projects one scenario object many times (both methods, the gap steps):
// its channels are derived once. Scenarios are never changed in place.
const partsOf = new WeakMap<Scenario, ChannelPart[]>();

/** The channels of a multi-channel scenario as one-channel scenarios; an empty list without channels. */
export function channelParts(s: Scenario): ChannelPart[] {
  if (!s.channels) return [];
  let parts = partsOf.get(s);
  if (!parts) partsOf.set(s, (parts = deriveParts(s)));
  return parts;
}

// The last split of the fixed and one-time costs, by the amounts and shares it was made for:
// a Monte Carlo's draws derive the channels of every draw, and change neither.
let lastSplit: { key: string; fixed: Money[]; setup: Money[] } | null = null;

function splitCosts(s: Scenario, shares: readonly number[]): { fixed: Money[]; setup: Money[] } {
  const digits = minorUnitDigits(s.finance.currency);
  const key = `${s.ai.fixedPerMonth}|${s.ai.upkeepPerMonth}|${s.ai.setupCost}|${digits}|${shares.join('|')}`;
  if (lastSplit?.key !== key)
    lastSplit = { key, fixed: allocateCents(fixedOf(s, digits), shares, digits), setup: allocateCents(new Money(s.ai.setupCost), shares, digits) };
  return lastSplit;
}

function deriveParts(s: Scenario): ChannelPart[] {
  if (!s.channels) return [];
  const shares = channelShares(s.channels);
  const { fixed, setup } = splitCosts(s, shares);
  return s.channels.map((spec, i) => ({
    spec,
    share: shares[i]!,
    scenario: channelScenario(s, spec, shares[i]!, fixed[i] ?? ZERO, setup[i] ?? ZERO),
    response: responseTarget(s, spec),
  }));
}

/** The one channel of a scenario without channels, as a channel spec that repeats the scenario's own inputs. */
export function ownChannel(s: Scenario): ChannelSpec {
  // A new channel of the scenario's kind, but following the scenario's own targets (live:
  // its service level; email: the backlog worked within the day).
  return { ...newChannel(s.channel, 100), serviceLevelPct: null, targetSeconds: null };
}

/** Every channel of a scenario with each null field resolved (one channel, `channel`, for a scenario without channels). */
export function effectiveChannels(s: Scenario): EffectiveChannel[] {
  const specs = s.channels ?? [ownChannel(s)];
  const shares = channelShares(specs);
  return specs.map((c, i) => {
    const sc = s.channels ? channelScenario(s, c, shares[i]!, ZERO, ZERO) : s;
    const mix = normalisedShares(channelMix(s, c));
    return {
      id: c.id,
      kind: c.kind,
      name: c.name,
      live: isLive(c.kind),
      share: shares[i]!,
      handleMinutes: averageHandleMinutes(sc.categories),
      handleMultiplier: c.handleMultiplier,
      serviceLevelPct: sc.human.serviceLevelPct,
      targetSeconds: s.channels ? targetOf(s, c) : s.channel === 'email' ? null : (s.human.serviceLevelSeconds ?? defaultTargetSeconds(s.channel)),
      concurrency: sc.human.concurrency,
      openFromHour: sc.human.openFromHour,
      openToHour: sc.human.openToHour,
      openDays: [...sc.human.openDays],
      arrivalProfile: sc.arrivalProfile ? [...sc.arrivalProfile] : null,
      aiEnabled: c.aiEnabled,
      automationPct: automationRate(sc) * 100,
      aiPricing: sc.ai.pricing,
      aiPricePerUnit: sc.ai.pricePerUnit,
      aiMinutesPerConversation: sc.ai.minutesPerConversation,
      categorySharesPct: mix.map((x) => x * 100),
    };
  });
}

/**
 * What the model had to change in a scenario's channels to compute it, as field messages
 * (the inputs stay as the user gave them): an automation past what the AI may attempt in
 * that channel is computed at that ceiling.
 */
/**
 * Why automation of `pct` % of channel `c`'s contacts cannot be asked for (a link or the
 * field refuses it, docs/METHOD.md, "Inputs"): a human-only channel, or more than the AI may
 * attempt in the channel's mix. Null when it can.
 */
export function channelAutomationRefusal(s: Scenario, c: ChannelSpec, pct: number): string | null {
  if (!c.aiEnabled && pct > 0) return `channel "${c.name}" is human only: the AI answers none of its contacts`;
  const r = withAutomation({ categories: channelMix(s, c), quality: s.quality }, pct);
  return r.ok ? null : r.message;
}

export function channelIssues(s: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  s.channels?.forEach((c, i) => {
    const mismatch = priceUnitMismatch(s, c);
    if (mismatch) issues.push({ field: `channels.${i}.aiPricePerUnit`, message: mismatch });
    if (!c.aiEnabled || c.automationPct === null) return;
    let cats = channelMix(s, c);
    if (c.handleMinutes !== null) cats = withAverageHandle(cats, c.handleMinutes);
    const ceiling = attemptableShare({ categories: cats, quality: s.quality }) * 100;
    if (c.automationPct > ceiling + 1e-10) {
      issues.push({
        field: `channels.${i}.automationPct`,
        message: `Automation of ${round2(c.automationPct)} % in channel "${c.name}" exceeds the ${round2(ceiling)} % of its contacts the AI may attempt (AI-eligible categories, less customers who ask for a human); it is computed at ${round2(ceiling)} %`,
      });
    }
  });
  return issues;
}

/** What a price of each pricing unit is a price of. */
const PRICE_UNIT: Record<AiPricing, string> = {
  resolution: 'per resolution',
  conversation: 'per conversation',
  session: 'per session',
  tokens: 'per unit',
  minute: 'per minute',
};

/**
 * A channel priced in a unit of its own with no price of its own takes the scenario's price
 * per unit (`channelScenario`), a price of another unit: the figures are computed so (saved
 * scenarios and links open as they were), and the channel's price field says to enter its own.
 */
function priceUnitMismatch(s: Scenario, c: ChannelSpec): string | null {
  const unit = c.aiPricing;
  if (!c.aiEnabled || unit === null || unit === 'tokens' || unit === s.ai.pricing || c.aiPricePerUnit !== null) return null;
  const scenarioUnit = s.ai.pricing === 'tokens' ? 'per unit (the scenario is priced by tokens)' : PRICE_UNIT[s.ai.pricing];
  return `Channel "${c.name}" is priced ${PRICE_UNIT[unit]} with no price of its own: the scenario's ${s.ai.pricePerUnit} ${s.finance.currency} ${scenarioUnit} is used ${PRICE_UNIT[unit]}. Enter its price ${PRICE_UNIT[unit]}`;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

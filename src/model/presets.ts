/**
 * Presets (docs/METHOD.md, "Presets and their sources" and "The Klarna reconciliation"):
 * business types and the two Klarna scenarios. Every figure carries its source: a
 * published figure, named, or an explicit assumption that the user is invited to replace
 * with their own.
 */
import { newChannel } from './channel-defaults';
import type { Category, ChannelKind, ChannelSpec, Ranges, Scenario } from './schema';

/** Where a default comes from. */
export interface Source {
  /** The figure as published or assumed, in words. */
  figure: string;
  /** Who published it, or "Assumption" with the reasoning. */
  source: string;
}

/** Preset identifiers, as used by the `preset` URL parameter (README, "Readable URL parameters"). */
export const PRESET_IDS = ['ecommerce', 'saas', 'professional-services', 'b2b-enterprise', 'fintech', 'klarna-2024', 'klarna-2025'] as const;
/** One preset identifier. */
export type PresetId = (typeof PRESET_IDS)[number];

/** A preset: a complete scenario with the source of each of its figures. */
export interface Preset {
  id: PresetId;
  label: string;
  description: string;
  scenario: Scenario;
  /** Sources keyed by the input they explain (dotted scenario path, e.g. `human.costPerHour`). */
  sources: Record<string, Source>;
  /**
   * The business type's typical channels, offered in the channel editor (`typicalChannels`);
   * null for a one-channel preset. Kept out of `scenario` so that a readable link naming the
   * preset opens with the figures it always had.
   */
  channelMix: ChannelMix | null;
}

/** A business type's channels: kind and share of contacts, in %. */
export type ChannelMix = readonly (readonly [ChannelKind, number])[];

/** The default preset the app opens on. */
export const DEFAULT_PRESET: PresetId = 'ecommerce';

const S = {
  rates: {
    figure:
      'Autonomous resolution by month 3: e-commerce 75-85 %, SaaS / tech 60-70 %, professional services 40-55 %, B2B enterprise 30-45 %, fintech / BNPL about 67 %',
    source: 'Published industry benchmarks for AI support agents; fintech from Klarna (Feb 2024: two thirds of chats)',
  },
  mix: {
    figure:
      'Order status / shipping / account 40-55 % (tier 1), product questions 15-20 % (tier 1), returns and refunds 10-15 % (tier 2), complaints 10-15 % (tier 3), complex or high-value 5-10 % (tier 3)',
    source: 'Typical mix of a mid-size consumer business (published industry figures); shares set inside each range to add up to 100 %',
  },
  handle: {
    figure: 'Handle minutes 5 / 7 / 10 / 14 / 20 by category',
    source: 'Assumption: not published per category; replace with your helpdesk export (import) or your own figures',
  },
  costHour: { figure: '$25 per agent hour, fully loaded', source: 'Published loaded-cost example (also $57,000 per FTE-year)' },
  productive: { figure: '160 productive hours per FTE-month', source: 'Published convention behind "hours / 160" agent-equivalents' },
  paid: { figure: '173.9 paid hours per FTE-month = 40 h x 4.348 weeks', source: 'Calendar arithmetic: 365.25 / 12 / 7 weeks per month' },
  shrinkage: { figure: '30 % shrinkage', source: 'Common workforce-planning default (breaks, training, absence)' },
  occupancy: { figure: '85 % maximum occupancy', source: 'Common workforce-planning cap against burnout' },
  sl: { figure: '80 % answered within 60 s (chat) or 20 s (voice)', source: 'Industry-standard service-level targets (80/20 voice)' },
  aiPrice: { figure: '$0.99 per resolution', source: 'Intercom Fin list price' },
  errors: {
    figure: 'About 5 % of conversations got confident-but-wrong answers on edge cases',
    source: 'Published post-deployment reviews of AI support agents',
  },
  recontact: { figure: '50 % of wrong answers come back', source: 'Assumption: half of the customers who got a wrong answer contact support again' },
  errorCost: { figure: '$10 per wrong answer beyond the re-contact', source: 'Assumption: goodwill credits and churn risk; set your own' },
  handoff: { figure: '2 agent minutes lost per escalation', source: 'Assumption: reading the transcript when context does not carry over' },
  askHuman: { figure: '5 % of customers ask for a human anyway', source: 'Assumption; Klarna promised a human to anyone who asks (May 2025)' },
  ramp: {
    figure: '50 %, 65 %, 75 % autonomous resolution at days 30, 60, 90 = 0.667, 0.867, 1.0 of steady state',
    source: 'Published 30/60/90 rollout plan for AI support',
  },
  setup: { figure: '$30,000 one-time implementation', source: 'Assumption: integration and knowledge-base build; replace with your quote' },
  upkeep: { figure: '$2,000 per month knowledge-base upkeep', source: 'Assumption: part-time content owner' },
  fixed: { figure: '$0 platform fee', source: 'Per-resolution pricing has no platform fee; set it for seat- or platform-priced vendors' },
  resolution: { figure: 'Resolution time 11 minutes human, 2 minutes AI', source: 'Klarna, Feb 2024 announcement' },
  csat: {
    figure: 'CSAT 85 / 80 / 75 % human and 85 / 72 / 55 % AI by tier',
    source: 'Assumption: AI on par on tier 1 ("on par with human agents", Klarna 2024), weaker on complex tiers (Klarna 2025)',
  },
  finance: { figure: '24 months, 8 % discount rate', source: 'Assumption: a common planning horizon and cost of capital' },
  volume: {
    figure: '50,000 contacts per month, growing 0.5 % a month',
    source: 'Assumption: a mid-size consumer business; replace with your volume or import your tickets',
  },
} satisfies Record<string, Source>;

function category(id: string, name: string, sharePct: number, tier: 1 | 2 | 3, handleMinutes: number, resolutionPct: number): Category {
  return { id, name, sharePct, tier, handleMinutes, aiEligible: tier !== 3, resolutionPct: tier === 3 ? 0 : resolutionPct };
}

/** The typical mix with one steady-state resolution rate for every AI-eligible category. */
export function typicalMix(resolutionPct: number): Category[] {
  return [
    category('order-status', 'Order status, shipping, account access', 50, 1, 5, resolutionPct),
    category('product-questions', 'Product questions', 17.5, 1, 7, resolutionPct),
    category('returns-refunds', 'Returns and refunds', 12.5, 2, 10, resolutionPct),
    category('complaints', 'Complaints and escalations', 12.5, 3, 14, 0),
    category('complex', 'Complex or high-value', 7.5, 3, 20, 0),
  ];
}

const NO_RANGES: Ranges = { resolutionPct: null, handleMinutes: null, costPerHour: null, aiPrice: null, errorRatePct: null, rampSpeed: null };

/** The base every business type starts from; see the sources above. */
function baseScenario(name: string, presetId: PresetId, resolutionPct: number, low: number, high: number): Scenario {
  return {
    name,
    presetId,
    method: 'full',
    contactsPerMonth: 50_000,
    growthPctPerMonth: 0.5,
    channel: 'chat',
    channels: null,
    pooling: 'dedicated',
    categories: typicalMix(resolutionPct),
    human: {
      costBasis: 'hour',
      costPerHour: 25,
      costPerFteYear: 57_000,
      costPerContact: 8,
      productiveHoursPerMonth: 160,
      paidHoursPerMonth: 173.9,
      shrinkagePct: 30,
      maxOccupancyPct: 85,
      concurrency: 1,
      serviceLevelPct: 80,
      serviceLevelSeconds: null,
      staffingModel: 'erlang-c',
      patienceMinutes: 5,
      seats: null,
      openFromHour: 0,
      openToHour: 24,
      openDays: [0, 1, 2, 3, 4, 5, 6],
    },
    ai: {
      pricing: 'resolution',
      pricePerUnit: 0.99,
      tokensPerConversation: 6_000,
      pricePerMillionTokens: 5,
      fixedPerMonth: 0,
      setupCost: 30_000,
      upkeepPerMonth: 2_000,
      minutesPerConversation: 4,
    },
    quality: { errorRatePct: 5, recontactPct: 50, errorCost: 10, handoffMinutes: 2, askHumanPct: 5 },
    experience: {
      resolutionMinutesHuman: 11,
      resolutionMinutesAi: 2,
      csat: { tier1: { human: 85, ai: 85 }, tier2: { human: 80, ai: 72 }, tier3: { human: 75, ai: 55 } },
    },
    ramp: [0.667, 0.867, 1],
    arrivalProfile: null,
    finance: { months: 24, discountRatePct: 8, currency: 'USD' },
    ranges: {
      ...NO_RANGES,
      resolutionPct: { low, high },
      handleMinutes: { low: 0.85, high: 1.15 },
      costPerHour: { low: 0.9, high: 1.1 },
      aiPrice: { low: 0.8, high: 1.2 },
      errorRatePct: { low: 2, high: 8 },
      rampSpeed: { low: 0.7, high: 1 },
    },
    seed: 20240227,
  };
}

const COMMON_SOURCES: Record<string, Source> = {
  contactsPerMonth: S.volume,
  growthPctPerMonth: S.volume,
  categories: S.mix,
  'categories.handleMinutes': S.handle,
  'categories.resolutionPct': S.rates,
  'human.costPerHour': S.costHour,
  'human.costPerFteYear': S.costHour,
  'human.productiveHoursPerMonth': S.productive,
  'human.paidHoursPerMonth': S.paid,
  'human.shrinkagePct': S.shrinkage,
  'human.maxOccupancyPct': S.occupancy,
  'human.serviceLevelPct': S.sl,
  'ai.pricePerUnit': S.aiPrice,
  'ai.fixedPerMonth': S.fixed,
  'ai.setupCost': S.setup,
  'ai.upkeepPerMonth': S.upkeep,
  'quality.errorRatePct': S.errors,
  'quality.recontactPct': S.recontact,
  'quality.errorCost': S.errorCost,
  'quality.handoffMinutes': S.handoff,
  'quality.askHumanPct': S.askHuman,
  ramp: S.ramp,
  'experience.resolutionMinutesHuman': S.resolution,
  'experience.resolutionMinutesAi': S.resolution,
  'experience.csat': S.csat,
  'finance.months': S.finance,
  'finance.discountRatePct': S.finance,
};

/**
 * The channel mixes of the business types. No published survey breaks contacts down by
 * channel for each business type, so each mix is an assumption, stated with its reasoning
 * in the preset's sources; an import of the user's own tickets replaces it.
 */
const CHANNEL_MIXES: Readonly<Record<string, { mix: ChannelMix; why: string }>> = {
  ecommerce: {
    mix: [
      ['chat', 45],
      ['email', 40],
      ['voice', 15],
    ],
    why: 'online shops steer customers to chat and email, and keep a phone line for urgent order problems',
  },
  saas: {
    mix: [
      ['chat', 50],
      ['email', 45],
      ['voice', 5],
    ],
    why: 'software users ask in the product (chat) or by ticket (email); phone support is rare below enterprise plans',
  },
  'professional-services': {
    mix: [
      ['email', 50],
      ['voice', 35],
      ['chat', 15],
    ],
    why: 'clients write or call the people who serve them; chat is an add-on',
  },
  'b2b-enterprise': {
    mix: [
      ['email', 55],
      ['voice', 30],
      ['chat', 15],
    ],
    why: 'business customers raise tickets through a portal or email, and call on urgent incidents',
  },
  fintech: {
    mix: [
      ['chat', 55],
      ['voice', 25],
      ['email', 20],
    ],
    why: 'app-first customers chat; payment problems and fraud are still phoned in',
  },
};

function channelsOf(mix: ChannelMix): ChannelSpec[] {
  const taken: string[] = [];
  return mix.map(([kind, sharePct]) => {
    const c = newChannel(kind, sharePct, taken);
    taken.push(c.id);
    return c;
  });
}

/** "chat 45 %, email 40 %, phone 15 %". */
export function mixText(mix: ChannelMix): string {
  return mix.map(([kind, pct]) => `${{ chat: 'chat', email: 'email', voice: 'phone', messaging: 'messaging' }[kind]} ${pct} %`).join(', ');
}

function businessType(id: PresetId, label: string, resolutionPct: number, low: number, high: number, range: string): Preset {
  const channels = CHANNEL_MIXES[id]!;
  return {
    id,
    label,
    description: `${label}: ${range} autonomous resolution by month 3, on the typical mix of a mid-size consumer business.`,
    scenario: baseScenario(label, id, resolutionPct, low, high),
    sources: {
      ...COMMON_SOURCES,
      'channels.sharePct': {
        figure: `Contacts by channel: ${mixText(channels.mix)}; each channel with its kind's target (phone 80 % within 20 s, chat 80 % within 60 s, email 90 % within 4 hours)`,
        source: `Assumption: ${channels.why}. Import your tickets with their channel column to use your own mix`,
      },
    },
    channelMix: channels.mix,
  };
}

/** Klarna's published figures (Feb 2024) and what follows from them. */
export const KLARNA = {
  aiChatsPerMonth: 2_300_000,
  aiShareOfChats: 2 / 3,
  resolutionMinutesBefore: 11,
  resolutionMinutesAfter: 2,
  agentsReplaced: 700,
  annualSavingsUsd: 40_000_000,
  laterAgents: 853,
  laterAnnualSavingsUsd: 60_000_000,
  aiOperatingCostUsdPerYear: { low: 5_000_000, high: 10_000_000 },
  productiveHoursPerMonth: 160,
} as const;

const KLARNA_SOURCES: Record<string, Source> = {
  contactsPerMonth: {
    figure: '2.3 million AI chats in the first month = two thirds of all chats, so 3.45 million chats a month',
    source: 'Klarna press release, 27 Feb 2024',
  },
  'categories.resolutionPct': { figure: 'Two thirds of customer-service chats handled by the assistant', source: 'Klarna press release, 27 Feb 2024' },
  'categories.handleMinutes': {
    figure: '2.92 agent minutes per chat: the 700-agent figure at 160 hours a month over 2.3 million chats',
    source: "Implied by Klarna's published 700 agents and 2.3 million chats (the 11 minutes is resolution time, not handle time)",
  },
  'human.costPerHour': {
    figure: '$29.76 per productive hour: $40 million a year over 700 agents x 1,920 hours',
    source: "Implied by Klarna's published $40 million and 700 agents",
  },
  'experience.resolutionMinutesHuman': {
    figure: 'Resolution time 11 minutes before, 2 minutes with the assistant',
    source: 'Klarna press release, 27 Feb 2024',
  },
  'experience.resolutionMinutesAi': { figure: 'Resolution time 11 minutes before, 2 minutes with the assistant', source: 'Klarna press release, 27 Feb 2024' },
  'ai.pricePerUnit': {
    figure: 'AI operating cost not reported in the announcement',
    source: 'Klarna press release, 27 Feb 2024 (later estimates: $5-10 million a year)',
  },
  'quality.errorRatePct': { figure: 'Errors, escalations and per-tier CSAT not reported', source: 'Klarna press release, 27 Feb 2024' },
};

function klarna2024(): Preset {
  const aht = (KLARNA.agentsReplaced * KLARNA.productiveHoursPerMonth * 60) / KLARNA.aiChatsPerMonth;
  const costPerHour = Math.round((KLARNA.annualSavingsUsd / (KLARNA.agentsReplaced * KLARNA.productiveHoursPerMonth * 12)) * 100) / 100;
  const base = baseScenario('Klarna 2024, as announced', 'klarna-2024', 66.67, 60, 70);
  return {
    id: 'klarna-2024',
    label: 'Klarna 2024, as announced',
    channelMix: null,
    description:
      'The February 2024 announcement as inputs: 2.3 million AI chats a month (two thirds), the work of 700 agents, about $40 million a year. Nothing the announcement left out is priced in.',
    sources: { ...COMMON_SOURCES, ...KLARNA_SOURCES },
    scenario: {
      ...base,
      contactsPerMonth: KLARNA.aiChatsPerMonth / KLARNA.aiShareOfChats,
      growthPctPerMonth: 0,
      categories: [
        {
          id: 'all-chats',
          name: 'All customer-service chats',
          sharePct: 100,
          tier: 1,
          handleMinutes: aht,
          aiEligible: true,
          resolutionPct: KLARNA.aiShareOfChats * 100,
        },
      ],
      human: { ...base.human, costPerHour, costPerFteYear: KLARNA.annualSavingsUsd / KLARNA.agentsReplaced },
      ai: { ...base.ai, pricing: 'conversation', pricePerUnit: 0, setupCost: 0, upkeepPerMonth: 0, fixedPerMonth: 0 },
      quality: { errorRatePct: 0, recontactPct: 0, errorCost: 0, handoffMinutes: 0, askHumanPct: 0 },
      experience: { ...base.experience, csat: { tier1: { human: 80, ai: 80 }, tier2: { human: 80, ai: 80 }, tier3: { human: 80, ai: 80 } } },
      ramp: [],
      finance: { ...base.finance, months: 12 },
      // Nothing published to range the error rate around (the announcement reported none), and no ramp to stretch.
      ranges: { ...base.ranges, errorRatePct: null, rampSpeed: null },
    },
  };
}

function klarna2025(): Preset {
  const base = baseScenario('Klarna 2025, hybrid', 'klarna-2025', 80, 70, 90);
  // $7.5 million a year (midpoint of the $5-10 million estimate) over the chats the AI attempts.
  const attemptedPerYear = 3_450_000 * 0.8 * 0.95 * 12;
  return {
    id: 'klarna-2025',
    label: 'Klarna 2025, hybrid',
    channelMix: null,
    description:
      "After the May 2025 walk-back: the complex 20 % (disputes, fraud, hardship) human-only, a human for anyone who asks, escalations, wrong answers and the AI's operating cost priced in.",
    sources: {
      ...COMMON_SOURCES,
      ...KLARNA_SOURCES,
      categories: { figure: 'Complex 20 % (disputes, fraud, hardship) human-only', source: 'Klarna CEO, May 2025' },
      'ai.pricePerUnit': {
        figure: '$0.24 per attempted chat: $7.5 million a year (midpoint of $5-10 million) over 31.5 million attempted chats',
        source: "Derived from later public estimates of the assistant's operating cost",
      },
      'quality.askHumanPct': {
        figure: '5 % ask for a human, and get one',
        source: 'Klarna promised a human to anyone who asks (May 2025); the share is an assumption',
      },
      'categories.handleMinutes': {
        figure: 'Agent minutes 6 / 9 / 16 by tier with 2 chats per agent',
        source: 'Assumption consistent with the implied 2.92 agent minutes per chat of the announcement',
      },
    },
    scenario: {
      ...base,
      contactsPerMonth: 3_450_000,
      growthPctPerMonth: 0,
      categories: [
        { id: 'payments-status', name: 'Payments, order and account questions', sharePct: 60, tier: 1, handleMinutes: 6, aiEligible: true, resolutionPct: 85 },
        { id: 'refunds-returns', name: 'Refunds and returns', sharePct: 20, tier: 2, handleMinutes: 9, aiEligible: true, resolutionPct: 65 },
        { id: 'disputes-fraud-hardship', name: 'Disputes, fraud and hardship', sharePct: 20, tier: 3, handleMinutes: 16, aiEligible: false, resolutionPct: 0 },
      ],
      human: { ...base.human, concurrency: 2, costPerHour: 29.76, costPerFteYear: 57_143 },
      ai: {
        ...base.ai,
        pricing: 'conversation',
        pricePerUnit: Math.round((7_500_000 / attemptedPerYear) * 100) / 100,
        setupCost: 2_000_000,
        upkeepPerMonth: 150_000,
        fixedPerMonth: 0,
      },
      quality: { errorRatePct: 5, recontactPct: 50, errorCost: 15, handoffMinutes: 2, askHumanPct: 5 },
      ramp: [],
      finance: { ...base.finance, months: 24 },
      ranges: { ...base.ranges, rampSpeed: null },
    },
  };
}

/** All presets, in menu order. */
export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  ecommerce: businessType('ecommerce', 'E-commerce', 80, 75, 85, '75-85 %'),
  saas: businessType('saas', 'SaaS / tech', 65, 60, 70, '60-70 %'),
  'professional-services': businessType('professional-services', 'Professional services', 47.5, 40, 55, '40-55 %'),
  'b2b-enterprise': businessType('b2b-enterprise', 'B2B enterprise', 37.5, 30, 45, '30-45 %'),
  fintech: businessType('fintech', 'Fintech / BNPL', 67, 60, 72, 'about 67 % (Klarna)'),
  'klarna-2024': klarna2024(),
  'klarna-2025': klarna2025(),
};

/** Whether a string names a preset. */
export function isPresetId(x: string): x is PresetId {
  return (PRESET_IDS as readonly string[]).includes(x);
}

/** A fresh copy of a preset's scenario (callers may change it freely). */
export function presetScenario(id: PresetId = DEFAULT_PRESET): Scenario {
  return structuredClone(PRESETS[id].scenario);
}

/** The source of one input of a preset, if it has one (category fields share one source). */
export function sourceOf(id: PresetId | null, field: string): Source | null {
  const sources = PRESETS[id ?? DEFAULT_PRESET].sources;
  const generic = field.replace(/\.\d+\./, '.');
  return sources[field] ?? sources[generic] ?? null;
}

/**
 * The typical channels of the scenario's business type, each following the scenario except
 * for its kind's target (docs/METHOD.md, "Presets and their sources"); null when its preset
 * has none (the Klarna presets are chat).
 */
export function typicalChannels(id: PresetId | null): { channels: ChannelSpec[]; text: string } | null {
  const mix = id === null ? null : PRESETS[id].channelMix;
  return mix ? { channels: channelsOf(mix), text: mixText(mix) } : null;
}

/**
 * The scenario's zod schemas (schema.ts holds the types, the constants and `parseScenario`).
 * A module of its own, with zod, so that the page loads it beside its first file rather than
 * in it (src/state/startup.ts, `loadValidation`): the default page's first figures validate
 * nothing. The model's second public surface, beside index.ts: loading it hands the builder
 * to schema.ts.
 *
 * Built with zod's functional build (`zod/mini`: checks passed to `.check()`): every link and
 * saved scenario waits for this file, and the full build is several times its size and its
 * time to build the schemas. The English messages are zod's own, set here as the full build
 * sets them.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

import { MAX_CATEGORIES, MAX_CONTACTS_PER_MONTH, peakMonthlyContacts } from './limits';
import { validateRanges } from './range-specs';
import { HOURS_PER_WEEK } from './units';
import { groupedWhole, numberField } from './field-table';
import {
  AI_PRICINGS,
  CHANNEL_KINDS,
  CHANNELS,
  COST_BASES,
  growthLimitMessage,
  MAX_SCENARIO_CHANNELS,
  METHODS,
  POOLINGS,
  provideSchemas,
  STAFFING_MODELS,
} from './schema';

/**
 * Builds every schema. Called once, on the first validation: building them is a good part
 * of zod's cost, and the page's first render validates nothing (the default scenario is a
 * preset), so it is not paid before the first figures.
 */
export function defineSchemas() {
  z.config(en());
  // zod's numbers are finite: Infinity and NaN get the number's own message.
  const aNumber = (field: string) => z.number({ error: `${field} must be a number` });
  // The accepted range a message names is the field's own (occupancy 10 to 100 %, shrinkage 0 to 95 %).
  const pctChecks = (field: string, low: number | string = 0, high = 100) => [
    z.gte(0, `${field} cannot be negative (accepted: ${low} to ${high} %)`),
    z.lte(100, `${field} cannot exceed 100 % (accepted: ${low} to ${high} %)`),
  ];
  const pct = (field: string) => aNumber(field).check(...pctChecks(field));

  /** The schema of a numeric input from its one description (field-table.ts); `numOrNull` where the field may be empty. */
  const num = (path: string) => {
    const f = numberField(path);
    // The checks in the order their messages are listed when several fail.
    const checks: z.core.$ZodCheck<number>[] = [];
    // A bound without a message of its own names the range (zod would give the number's own message, "must be a number").
    const unit = f.unit ? ` ${f.unit}` : '';
    const from = f.above ? `more than ${groupedWhole(f.min)}` : groupedWhole(f.min);
    const range = f.max === Infinity ? `(accepted: ${from}${unit})` : `(accepted: ${from} to ${groupedWhole(f.max)}${unit})`;
    switch (f.check) {
      case 'pct':
        checks.push(...pctChecks(f.label, from, f.max));
        break;
      case 'nonNegative':
      case 'money':
        checks.push(z.gte(0, `${f.label} cannot be negative (accepted: 0 or more ${f.unit})`));
        break;
      case 'positive':
        checks.push(z.gt(0, `${f.label} must be more than 0 ${f.unit}`));
        break;
    }
    if (f.integer) checks.push(z.int(f.whole ?? `${f.label} must be a whole number`));
    if (f.check === 'number' || (f.low !== undefined && f.check === 'pct'))
      checks.push(
        f.above
          ? z.gt(f.min, f.low ?? `${f.label} must be more than ${f.min}${unit} ${range}`)
          : z.gte(f.min, f.low ?? `${f.label} cannot be below ${f.min}${unit} ${range}`),
      );
    if (f.check === 'money') {
      // Not toLocaleString: the first number format loads the locale data, about 25 ms before a link's first figures.
      const max = groupedWhole(f.max);
      checks.push(z.lte(f.max, `${f.label} cannot exceed ${[max, f.unit].filter(Boolean).join(' ')} (accepted: 0 to ${max})`));
    } else if (f.max !== Infinity && (f.check !== 'pct' || f.max < 100))
      checks.push(z.lte(f.max, f.high ?? `${f.label} cannot exceed ${groupedWhole(f.max)}${unit} ${range}`));
    return aNumber(f.label).check(...checks);
  };
  /** A number field that may be empty (null). */
  const numOrNull = (path: string) => z.nullable(num(path));
  /** Open days: Monday = 0, at least one. */
  const openDays = () => z.array(z.number().check(z.int(), z.gte(0), z.lte(6))).check(z.minLength(1, 'At least one open day is needed'), z.maxLength(7));
  /** Hour-of-week arrival weights: 168 of them, none negative. */
  const weekProfile = () => z.array(z.number().check(z.gte(0))).check(z.length(HOURS_PER_WEEK));

  /** Contact channel: decides the queue model (chat and voice queue; email is a backlog). */
  const ChannelSchema = z.enum(CHANNELS);

  /** Tier 1: lookups and FAQs; tier 2: policy plus a system action; tier 3: complex, human by policy. */
  const TierSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

  /** One row of the mix: a category of contacts (docs/METHOD.md, "Inputs"). */
  const CategorySchema = z.object({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.trim(), z.minLength(1, 'Category name cannot be empty'), z.maxLength(80, 'Category name is limited to 80 characters')),
    /** Share of all contacts, percent. Shares are normalised if they do not add up to 100. */
    sharePct: num('categories.*.sharePct'),
    tier: TierSchema,
    /** Human handle time, agent minutes per contact. */
    handleMinutes: num('categories.*.handleMinutes'),
    /** Whether the AI may attempt this category at all (tier 3 defaults to no: human-only by policy). */
    aiEligible: z.boolean(),
    /** Share of AI-attempted contacts the AI resolves at steady state, percent. */
    resolutionPct: num('categories.*.resolutionPct'),
  });

  /** Which human cost figure is authoritative: per paid hour, per FTE-year, or per contact. */
  const CostBasisSchema = z.enum(COST_BASES);

  /** Queue model for staffed FTE: Erlang C (no abandonment) or Erlang A (abandonment with mean patience). */
  const StaffingModelSchema = z.enum(STAFFING_MODELS);

  /** Human cost, staffing targets and opening hours (docs/METHOD.md, "Inputs"). */
  const HumanSchema = z.object({
    /** Which of the three cost figures is authoritative. */
    costBasis: CostBasisSchema,
    /** Loaded cost per paid agent hour, currency units. */
    costPerHour: num('human.costPerHour'),
    /** Loaded cost per FTE-year, converted to an hourly cost with paid hours x 12. */
    costPerFteYear: num('human.costPerFteYear'),
    /** Direct cost per human-handled contact. */
    costPerContact: num('human.costPerContact'),
    /** Productive (handling) hours per FTE-month, for agent-equivalents. Default 160. */
    productiveHoursPerMonth: num('human.productiveHoursPerMonth'),
    /** Paid hours per FTE-month. Default 173.9 = 40 h x 4.348 weeks. */
    paidHoursPerMonth: num('human.paidHoursPerMonth'),
    /** Share of paid time not on seat (breaks, training, absence), percent. */
    shrinkagePct: num('human.shrinkagePct'),
    /** Highest share of on-seat time spent handling contacts, percent. */
    maxOccupancyPct: num('human.maxOccupancyPct'),
    /** Simultaneous chats per agent; 1 = none. Applies to chat only. */
    concurrency: num('human.concurrency'),
    /** Service-level target: share answered within the target time, percent. */
    serviceLevelPct: num('human.serviceLevelPct'),
    /** Target answer time in seconds; null follows the channel (20 s voice, 60 s chat). */
    serviceLevelSeconds: numOrNull('human.serviceLevelSeconds'),
    staffingModel: StaffingModelSchema,
    /** Mean customer patience before abandoning, minutes (Erlang A). */
    patienceMinutes: num('human.patienceMinutes'),
    /** Reverse staffing: agents on seat in every open interval; null = staff to target. */
    seats: numOrNull('human.seats'),
    /** First and last open hour of the day (0-24) and open days (Monday = 0). */
    openFromHour: num('human.openFromHour'),
    openToHour: num('human.openToHour'),
    openDays: openDays(),
  });

  /** Vendor pricing units (docs/METHOD.md, "Costs"): per conversation, per resolution, per session, or tokens. */
  const AiPricingSchema = z.enum(AI_PRICINGS);

  /** AI cost inputs (docs/METHOD.md, "Inputs"); money in the scenario's currency. */
  const AiSchema = z.object({
    pricing: AiPricingSchema,
    /** Price per conversation, per resolution or per session (unused for tokens). */
    pricePerUnit: num('ai.pricePerUnit'),
    /** Tokens per conversation, for token pricing. */
    tokensPerConversation: num('ai.tokensPerConversation'),
    /** Price per million tokens, for token pricing. */
    pricePerMillionTokens: num('ai.pricePerMillionTokens'),
    /** Platform fee per month, whatever the volume. */
    fixedPerMonth: num('ai.fixedPerMonth'),
    /** One-time implementation cost, paid before month 1. */
    setupCost: num('ai.setupCost'),
    /** Knowledge-base upkeep per month (people and tooling). */
    upkeepPerMonth: num('ai.upkeepPerMonth'),
    /** Billed minutes per AI conversation, for per-minute pricing (voice AI). Absent in data written before it existed. */
    minutesPerConversation: z._default(num('ai.minutesPerConversation'), 4),
  });

  /** Kind of a channel of a multi-channel scenario: live (voice, chat) or asynchronous (email, messaging). */
  const ChannelKindSchema = z.enum(CHANNEL_KINDS);

  /**
   * One channel of a multi-channel scenario (docs/METHOD.md, "Channels"). A null field
   * follows the scenario's own value (human, AI and opening-hour inputs), so a channel
   * states only where it differs.
   */
  const ChannelSpecSchema = z.object({
    /** Stable identifier: the `CHANNEL` of `NAME.CHANNEL` link parameters and `data-channel` in the page. */
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,23}$/, 'A channel id is a lower-case word of up to 24 letters, digits or dashes, starting with a letter')),
    kind: ChannelKindSchema,
    /** The name the user sees; editable. */
    name: z.string().check(z.trim(), z.minLength(1, 'Channel name cannot be empty'), z.maxLength(40, 'Channel name is limited to 40 characters')),
    /** Share of all contacts, percent. Shares are normalised if they do not add up to 100. */
    sharePct: num('channels.*.sharePct'),
    /** Multiplier of every category's handle time in this channel (ignored when `handleMinutes` is set). */
    handleMultiplier: num('channels.*.handleMultiplier'),
    /** The channel's own average handle time, minutes: the categories' times are scaled so the channel's average equals it; null = use the multiplier. */
    handleMinutes: numOrNull('channels.*.handleMinutes'),
    /** Target share answered within `targetSeconds`, percent; null = the scenario's service-level target. */
    serviceLevelPct: numOrNull('channels.*.serviceLevelPct'),
    /**
     * Live kinds: answer-time target, seconds; null = the scenario's `serviceLevelSeconds`,
     * then the kind's (voice 20 s, chat 60 s). Asynchronous kinds: response-time target,
     * seconds (14,400 = 4 hours), staffed as a backlog (docs/METHOD.md, "Asynchronous
     * channels"); null = no target, the backlog worked within the day by workload.
     */
    targetSeconds: numOrNull('channels.*.targetSeconds'),
    /** Simultaneous conversations per agent (chat and messaging); null = the scenario's concurrency. */
    concurrency: numOrNull('channels.*.concurrency'),
    /** Opening hours; null = the scenario's. */
    openFromHour: numOrNull('channels.*.openFromHour'),
    openToHour: numOrNull('channels.*.openToHour'),
    openDays: z.nullable(openDays()),
    /** Hour-of-week arrival weights of this channel (168); null = the scenario's profile. */
    arrivalProfile: z.nullable(weekProfile()),
    /** Whether the AI answers in this channel at all; false = human only. */
    aiEnabled: z.boolean(),
    /** Steady-state AI resolution, percent of this channel's contacts; null = the categories' own rates. */
    automationPct: numOrNull('channels.*.automationPct'),
    /** Pricing unit and price of this channel's AI; null = the scenario's. */
    aiPricing: z.nullable(z.enum(AI_PRICINGS)),
    aiPricePerUnit: numOrNull('channels.*.aiPricePerUnit'),
    /** Billed minutes per AI conversation for per-minute pricing; null = the scenario's. */
    aiMinutesPerConversation: numOrNull('channels.*.aiMinutesPerConversation'),
    /** Category mix of this channel, percent per category in the scenario's order (an import's counts); null = the scenario's mix. */
    categorySharesPct: z.nullable(z.array(pct('Category share in channel')).check(z.maxLength(50))),
  });

  /** How agents are pooled across channels. */
  const PoolingSchema = z.enum(POOLINGS);

  /** AI quality inputs (docs/METHOD.md, "Inputs"); rates in percent. */
  const QualitySchema = z.object({
    /** Confidently wrong answers, percent of AI-resolved contacts. */
    errorRatePct: num('quality.errorRatePct'),
    /** Share of wrong answers that come back as a human contact, percent. */
    recontactPct: num('quality.recontactPct'),
    /** Cost per error beyond the re-contact (compliance, churn), currency units. */
    errorCost: num('quality.errorCost'),
    /** Agent minutes lost per escalation when context does not carry over. */
    handoffMinutes: num('quality.handoffMinutes'),
    /** Share of AI-eligible customers who ask for a human and go straight to one, percent. */
    askHumanPct: num('quality.askHumanPct'),
  });

  /** CSAT of one tier, percent satisfied, for human and AI handling. */
  const tierCsat = (tier: 1 | 2 | 3) => z.object({ human: num(`experience.csat.tier${tier}.human`), ai: num(`experience.csat.tier${tier}.ai`) });
  /** The shape every tier's CSAT has (its bounds are the same for the three tiers). */
  const TierCsatSchema = tierCsat(1);

  /** Customer experience inputs: resolution times (minutes) and CSAT per tier. */
  const ExperienceSchema = z.object({
    /** Customer-visible resolution time when a human handles the contact, minutes. */
    resolutionMinutesHuman: num('experience.resolutionMinutesHuman'),
    /** Customer-visible resolution time when the AI resolves the contact, minutes. */
    resolutionMinutesAi: num('experience.resolutionMinutesAi'),
    /** CSAT (percent satisfied) per tier, for human and AI handling. */
    csat: z.object({ tier1: TierCsatSchema, tier2: tierCsat(2), tier3: tierCsat(3) }),
  });

  /** Horizon (months), discount rate (percent a year) and currency. */
  const FinanceSchema = z.object({
    months: num('finance.months'),
    /** Annual discount rate for NPV, percent. */
    discountRatePct: num('finance.discountRatePct'),
    /** ISO 4217 currency code; formatting only, no conversion. */
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'Currency must be a three-letter ISO 4217 code such as USD or EUR')),
  });

  /** A (low, high) range on one input, for the uncertainty analysis (docs/METHOD.md, "Uncertainty"). */
  const RangeSchema = z
    .object({ low: z.number(), high: z.number() })
    .check(z.refine((r) => r.low <= r.high, { message: 'The low end of a range cannot exceed the high end' }));

  /** Inputs that can carry a range; values are multipliers or absolute values as noted in uncertainty.ts. */
  const RangesSchema = z.object({
    resolutionPct: z.nullable(RangeSchema),
    handleMinutes: z.nullable(RangeSchema),
    costPerHour: z.nullable(RangeSchema),
    aiPrice: z.nullable(RangeSchema),
    errorRatePct: z.nullable(RangeSchema),
    rampSpeed: z.nullable(RangeSchema),
  });

  /** Which method the summary reports: `headline` (published arithmetic) or `full`. */
  const MethodSchema = z.enum(METHODS);

  /** A complete scenario: every input (docs/METHOD.md, "Inputs"), cross-checked (shares, opening hours, profile). */
  const ScenarioSchema = z
    .object({
      name: z.string().check(z.trim(), z.minLength(1, 'Scenario name cannot be empty'), z.maxLength(80, 'Scenario name is limited to 80 characters')),
      /** Preset the scenario started from, for display and sources. */
      presetId: z.nullable(z.string()),
      /** Which method the summary metrics report; both are always computed. */
      method: MethodSchema,
      /** Contacts per month in month 1. */
      contactsPerMonth: num('contactsPerMonth'),
      /** Monthly volume growth, percent (may be negative for decline). */
      growthPctPerMonth: num('growthPctPerMonth'),
      /** The one channel of a scenario without `channels` (and of every scenario written before channels existed). */
      channel: ChannelSchema,
      /** Channels of a multi-channel scenario (1-6); null = one channel, `channel`, with the scenario's own inputs. */
      channels: z._default(
        z.nullable(
          z
            .array(ChannelSpecSchema)
            .check(
              z.minLength(1, 'A scenario needs at least one channel'),
              z.maxLength(MAX_SCENARIO_CHANNELS, `A scenario has at most ${MAX_SCENARIO_CHANNELS} channels`),
            ),
        ),
        null,
      ),
      /** Agent pools across the channels: one per channel (default) or live and asynchronous work blended. */
      pooling: z._default(PoolingSchema, 'dedicated'),
      categories: z
        .array(CategorySchema)
        .check(z.minLength(1, 'The mix needs at least one category'), z.maxLength(MAX_CATEGORIES, `The mix is limited to ${MAX_CATEGORIES} categories`)),
      human: HumanSchema,
      ai: AiSchema,
      quality: QualitySchema,
      experience: ExperienceSchema,
      /** Fraction (0-1) of the steady-state resolution rate reached in months 1, 2, ...; later months are 1. Empty = no ramp. */
      ramp: z.array(z.number().check(z.gte(0, 'Ramp fractions are between 0 and 1'), z.lte(1, 'Ramp fractions are between 0 and 1'))).check(z.maxLength(120)),
      /** Hour-of-week arrival weights (168, Monday 00:00 first); null = flat over the open hours. */
      arrivalProfile: z.nullable(weekProfile()),
      finance: FinanceSchema,
      ranges: RangesSchema,
      /** Monte Carlo seed (32-bit unsigned). */
      seed: z.number().check(z.int(), z.gte(0), z.lte(4_294_967_295)),
    })
    .check(
      z.superRefine((s, ctx) => {
        const total = s.categories.reduce((sum, c) => sum + c.sharePct, 0);
        if (total <= 0)
          ctx.addIssue({ code: 'custom', path: ['categories'], message: 'The category shares add up to 0 %: give at least one category a share' });
        if (s.human.openToHour <= s.human.openFromHour) {
          ctx.addIssue({ code: 'custom', path: ['human', 'openToHour'], message: 'Opening hours must end after they start' });
        }
        if (s.arrivalProfile && !s.arrivalProfile.some((w) => w > 0)) {
          ctx.addIssue({ code: 'custom', path: ['arrivalProfile'], message: 'The arrival profile has no arrivals in any hour' });
        }
        // Growth compounds: the horizon's last month must stay within the model's domain.
        const peak = peakMonthlyContacts(s.contactsPerMonth, s.growthPctPerMonth, s.finance.months);
        if (!(peak <= MAX_CONTACTS_PER_MONTH)) {
          ctx.addIssue({
            code: 'custom',
            path: ['growthPctPerMonth'],
            message: growthLimitMessage(s.contactsPerMonth, s.growthPctPerMonth, s.finance.months, peak),
          });
        }
        if (s.channels) {
          const ids = new Set<string>();
          s.channels.forEach((c, i) => {
            if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['channels', i, 'id'], message: `Two channels share the id "${c.id}"` });
            // `all` names a scenario's total over its channels in the monthly and summary CSVs.
            if (c.id === 'all')
              ctx.addIssue({
                code: 'custom',
                path: ['channels', i, 'id'],
                message: 'A channel cannot have the id "all": it names the total over all channels in exported files',
              });
            ids.add(c.id);
            if (c.categorySharesPct && c.categorySharesPct.length !== s.categories.length) {
              ctx.addIssue({
                code: 'custom',
                path: ['channels', i, 'categorySharesPct'],
                message: `Channel "${c.name}" gives shares for ${c.categorySharesPct.length} categories; the mix has ${s.categories.length}`,
              });
            } else if (c.categorySharesPct && !c.categorySharesPct.some((x) => x > 0)) {
              ctx.addIssue({
                code: 'custom',
                path: ['channels', i, 'categorySharesPct'],
                message: `Channel "${c.name}" has a category mix that adds up to 0 %`,
              });
            }
            const from = c.openFromHour ?? s.human.openFromHour;
            const to = c.openToHour ?? s.human.openToHour;
            if (to <= from)
              ctx.addIssue({ code: 'custom', path: ['channels', i, 'openToHour'], message: `Opening hours of channel "${c.name}" must end after they start` });
            if (c.arrivalProfile && !c.arrivalProfile.some((w) => w > 0)) {
              ctx.addIssue({
                code: 'custom',
                path: ['channels', i, 'arrivalProfile'],
                message: `The arrival profile of channel "${c.name}" has no arrivals in any hour`,
              });
            }
          });
          if (!s.channels.some((c) => c.sharePct > 0))
            ctx.addIssue({ code: 'custom', path: ['channels'], message: 'The channel shares add up to 0 %: give at least one channel a share' });
          // Reverse staffing is one headcount against one queue (docs/METHOD.md, "Channels").
          if (s.human.seats !== null && s.channels.length > 1) {
            ctx.addIssue({
              code: 'custom',
              path: ['human', 'seats'],
              message: `Agents on seat (reverse staffing) apply to a scenario with one channel; this one has ${s.channels.length}. Clear the agents on seat to staff each channel to its target, or keep one channel`,
            });
          }
        }
        for (const issue of validateRanges(s.ranges)) {
          ctx.addIssue({ code: 'custom', path: issue.field.split('.'), message: issue.message });
        }
      }),
    );
  return {
    ChannelSchema,
    ChannelKindSchema,
    ChannelSpecSchema,
    PoolingSchema,
    TierSchema,
    CategorySchema,
    CostBasisSchema,
    StaffingModelSchema,
    HumanSchema,
    AiPricingSchema,
    AiSchema,
    QualitySchema,
    TierCsatSchema,
    ExperienceSchema,
    FinanceSchema,
    RangeSchema,
    RangesSchema,
    MethodSchema,
    ScenarioSchema,
  };
}

provideSchemas(defineSchemas);

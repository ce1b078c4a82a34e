/**
 * The scenario: every input of the model (docs/METHOD.md, "Inputs"), validated at the edge with zod.
 *
 * Units are in the field names. Rates are percent numbers (0-100) as the user types
 * them; the model converts to fractions. Money is a plain number here (what a form or a
 * URL carries) and becomes a Decimal inside the money module.
 */
import type { z } from 'zod';

import { MAX_CONTACTS_PER_MONTH } from './limits';
import { HOURS_PER_WEEK } from './units';
import type { defineSchemas } from './schema-define';

export { HOURS_PER_WEEK };

/** Contact channels: the channel decides the queue model (chat and voice queue; email is a backlog). */
export const CHANNELS = ['chat', 'voice', 'email'] as const;
/** Which human cost figure is authoritative: per paid hour, per FTE-year, or per contact. */
export const COST_BASES = ['hour', 'fte-year', 'contact'] as const;
/** Queue models for staffed FTE: Erlang C (no abandonment) or Erlang A (abandonment with mean patience). */
export const STAFFING_MODELS = ['erlang-c', 'erlang-a'] as const;
/** Vendor pricing units (docs/METHOD.md, "Costs"): per conversation, per resolution, per session, or tokens. */
export const AI_PRICINGS = ['conversation', 'resolution', 'session', 'tokens', 'minute'] as const;
/**
 * Kinds of channel in a multi-channel scenario (docs/METHOD.md, "Channels"): `voice` and
 * `chat` are live queues; `email` and `messaging` (social, SMS, WhatsApp) are asynchronous
 * backlogs answered within a response time.
 */
export const CHANNEL_KINDS = ['voice', 'chat', 'email', 'messaging'] as const;
/** The kinds served while the customer waits (a queue per interval). */
export const LIVE_KINDS = ['voice', 'chat'] as const;
/** A scenario holds one to this many channels. */
export const MAX_SCENARIO_CHANNELS = 6;
/** How agents are pooled across channels: one pool per channel, or live and asynchronous work blended in one pool. */
export const POOLINGS = ['dedicated', 'blended'] as const;
/** Which method the summary reports: `headline` (published arithmetic) or `full`. */
export const METHODS = ['headline', 'full'] as const;

/** Why a volume, a growth and a horizon together leave the model's domain, naming all three. */
export function growthLimitMessage(contactsPerMonth: number, growthPctPerMonth: number, months: number, peak: number): string {
  const reach = Number.isFinite(peak) && peak < 1e15 ? Math.round(peak).toLocaleString('en-US') : peak.toExponential(1).replace('e+', ' x 10^');
  return `Growth of ${growthPctPerMonth} % a month takes ${contactsPerMonth.toLocaleString('en-US')} contacts to ${reach} contacts in month ${months}; the model is limited to ${MAX_CONTACTS_PER_MONTH.toLocaleString('en-US')} contacts a month. Lower the growth, the contacts or the horizon.`;
}

type Schemas = ReturnType<typeof defineSchemas>;
let define: (() => Schemas) | undefined;
let defined: Schemas | undefined;

/** Called by schema-define.ts as it loads: the function that builds every schema. */
export function provideSchemas(build: () => Schemas): void {
  define ??= build;
}

/** The schemas, built on first use; the validation (schema-define.ts, loaded on demand) must have been loaded. */
export function schemas(): Schemas {
  if (!define) throw new Error('The validation is not loaded yet: load src/model/schema-define.ts before validating');
  return (defined ??= define());
}

/** `chat`, `voice` or `email`. */
export type Channel = z.infer<Schemas['ChannelSchema']>;
/** `voice`, `chat`, `email` or `messaging`. */
export type ChannelKind = z.infer<Schemas['ChannelKindSchema']>;
/** One validated channel of a multi-channel scenario. */
export type ChannelSpec = z.infer<Schemas['ChannelSpecSchema']>;
/** `dedicated` or `blended`. */
export type Pooling = z.infer<Schemas['PoolingSchema']>;
/** Tier 1, 2 or 3. */
export type Tier = z.infer<Schemas['TierSchema']>;
/** One validated category of the mix. */
export type Category = z.infer<Schemas['CategorySchema']>;
/** `hour`, `fte-year` or `contact`. */
export type CostBasis = z.infer<Schemas['CostBasisSchema']>;
/** `erlang-c` or `erlang-a`. */
export type StaffingModel = z.infer<Schemas['StaffingModelSchema']>;
/** Validated human inputs. */
export type Human = z.infer<Schemas['HumanSchema']>;
/** One pricing unit. */
export type AiPricing = z.infer<Schemas['AiPricingSchema']>;
/** Validated AI cost inputs. */
export type Ai = z.infer<Schemas['AiSchema']>;
/** Validated AI quality inputs. */
export type Quality = z.infer<Schemas['QualitySchema']>;
/** Validated CSAT pair. */
export type TierCsat = z.infer<Schemas['TierCsatSchema']>;
/** Validated experience inputs. */
export type Experience = z.infer<Schemas['ExperienceSchema']>;
/** Validated finance inputs. */
export type Finance = z.infer<Schemas['FinanceSchema']>;
/** A validated (low, high) range. */
export type Range = z.infer<Schemas['RangeSchema']>;
/** Validated ranges of every uncertain input. */
export type Ranges = z.infer<Schemas['RangesSchema']>;
/** `headline` or `full`. */
export type Method = z.infer<Schemas['MethodSchema']>;
/** A validated scenario: the model's one input. */
export type Scenario = z.infer<Schemas['ScenarioSchema']>;

/** A problem with one field, as data: never thrown at the user. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `categories.2.handleMinutes`. */
  field: string;
  message: string;
}

/** A parsed value, or the field-level problems that stopped it. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Validates an unknown value as a scenario; problems come back as field-level messages. */
export function parseScenario(input: unknown): ParseResult<Scenario> {
  const result = schemas().ScenarioSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
  };
}

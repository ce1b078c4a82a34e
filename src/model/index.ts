/**
 * The model's public surface: `calculate(scenario)` computes everything the app shows
 * from one validated scenario. Pure: no DOM, no framework; imports only zod and decimal.js.
 */
import { breakdown, type BreakdownRow } from './breakdown';
import { KIND_NAMES, isLive } from './channel-defaults';
import { explainGap, type GapExplanation } from './gap';
import { newContext, projectChannels, projectTotalsWith, type ChannelsProjection, type Context, type MonthRow } from './projection';
import { digitsOf, minorLedger } from './ledger';
import { minorUnitDigits, Money } from './money';
import { qualityView, type QualityView } from './quality';
import type { ChannelKind, Scenario } from './schema';
import { channelNpvs, exactNpv, steadyIndex, summarise, type Summary } from './summary';
import { FULL, HEADLINE } from './switches';

/**
 * One channel's part of a method's results (docs/METHOD.md, "Channels"). A scenario
 * without channels has one: its `channel`, with the scenario's own rows and summary.
 */
export interface ChannelResult {
  /** The channel's id; for a scenario without channels its `channel` ('chat' | 'voice' | 'email'). */
  id: string;
  kind: ChannelKind;
  /** The channel's name; for a scenario without channels the kind's ('Chat', 'Phone', 'Email'). */
  name: string;
  live: boolean;
  /** Share of all contacts, 0-1. */
  share: number;
  /** This channel's months; staffing is the channel's dedicated staffing. */
  rows: MonthRow[];
  summary: Summary;
}

/** Agents with and without blending live and asynchronous work in one pool: steady-state month, with the AI. */
export interface PoolingResult {
  dedicatedFte: number;
  blendedFte: number;
  savedFte: number;
}

/** One method's projection and summary, with each channel's. */
export interface MethodResult {
  rows: MonthRow[];
  summary: Summary;
  /** At least one entry; their rows add up to `rows` (money to the cent). */
  channels: ChannelResult[];
  /** Null with dedicated pools (and without channels). */
  pooling: PoolingResult | null;
}

export interface Results {
  headline: MethodResult;
  full: MethodResult;
  /** The method the scenario reports (`scenario.method`). */
  primary: MethodResult;
  quality: QualityView;
  gap: GapExplanation;
  breakdown: BreakdownRow[];
}

// Each calculation starts from the last one's context: an edit that leaves the workload and
// the staffing inputs alone (a price, a cost) staffs no month again.
let lastContext: Context | null = null;

/** A context started from the last one, and kept as the last one for the next calculation. */
function carriedContext(): Context {
  return (lastContext = newContext(lastContext));
}

/**
 * A method's results from its projection. Each channel's results (its months as decimals, its
 * summary, the split of the NPV's rounding) are made when first read: the frame that shows an
 * edit's figures needs only the scenario's, and the views that show the channels' follow it
 * after the paint (about a third of a price edit's calculation, with three channels).
 */
function methodResult(s: Scenario, p: ChannelsProjection<Money>): MethodResult {
  const summary = summarise(s, p.rows);
  if (p.channels.length === 0) {
    return {
      rows: p.rows,
      summary,
      channels: [{ id: s.channel, kind: s.channel, name: KIND_NAMES[s.channel], live: s.channel !== 'email', share: 1, rows: p.rows, summary }],
      pooling: null,
    };
  }
  const i = steadyIndex(p.rows);
  const pooling = p.pooling
    ? { dedicatedFte: p.pooling.dedicatedFte[i]!, blendedFte: p.pooling.blendedFte[i]!, savedFte: p.pooling.dedicatedFte[i]! - p.pooling.blendedFte[i]! }
    : null;
  let channels: ChannelResult[] | null = null;
  return {
    rows: p.rows,
    summary,
    // An own, enumerable accessor: spread, structured clone and JSON read it as a value.
    get channels() {
      return (channels ??= channelResults(s, p, summary));
    },
    pooling,
  };
}

/** Each channel's results of a projection with channels, `summary` being the scenario's. */
function channelResults(s: Scenario, p: ChannelsProjection<Money>, summary: Summary): ChannelResult[] {
  const channels = p.channels.map(({ part, rows }) => ({
    id: part.spec.id,
    kind: part.spec.kind,
    name: part.spec.name,
    live: isLive(part.spec.kind),
    share: part.share,
    rows,
    summary: rows === p.rows ? summary : summarise(part.scenario, rows),
  }));
  // The channels' NPVs add up to the scenario's to the minor unit, as their months do. Rounded
  // alone they almost always do already; only when they miss is each discounted again in
  // decimals (a tenth of a recalculation of three channels) to split the rounding.
  const alone = channels.reduce((a, c) => a.plus(c.summary.npv), new Money(0));
  if (channels.length > 1 && !alone.eq(summary.npv)) {
    const exact = p.channels.map(({ part, rows }) => exactNpv(new Money(part.scenario.ai.setupCost), rows, s.finance.discountRatePct));
    const npvs = channelNpvs(summary.npv, exact, minorUnitDigits(s.finance.currency));
    channels.forEach((c, i) => (c.summary = { ...c.summary, npv: npvs[i]! }));
  }
  return channels;
}

/** Everything the app shows, for one scenario. */
export function calculate(s: Scenario): Results {
  const ctx = carriedContext();
  const headlineP = projectChannels(s, HEADLINE, ctx);
  const fullP = projectChannels(s, FULL, ctx);
  const headline = methodResult(s, headlineP);
  const full = methodResult(s, fullP);
  const headlineRows = headline.rows;
  const fullRows = full.rows;
  const quality = qualityView(s, fullRows[steadyIndex(fullRows)]!);
  return {
    headline,
    full,
    primary: s.method === 'headline' ? headline : full,
    quality,
    gap: explainGap(s, ctx, headlineRows, fullRows),
    breakdown: breakdown(headline.summary, full.summary, quality),
  };
}

/**
 * Staffs the first `months` months of `s` (the full method's, with and without the AI: the
 * months a long horizon's calculation spends most of its time on) into the context the next
 * calculation starts from, which finds them there: the same figures, the work done in a
 * piece of its own. Nothing else of the calculation is made (no row, no summary).
 */
export function staffFirstMonths(s: Scenario, months: number): void {
  projectTotalsWith(minorLedger(digitsOf(s)), { ...s, finance: { ...s.finance, months } }, FULL, carriedContext());
}

export * from './schema';
export { MODEL_VERSION } from './version';
export { defaultTargetSeconds } from './units';
export {
  NUMBER_FIELDS,
  numberField,
  fieldOfParameter,
  channelFieldOfParameter,
  inputLabel,
  type NumberFieldSpec,
  type FieldCheck,
  type LabelWords,
} from './field-table';
export { breakdown } from './breakdown';
export {
  PRESETS,
  PRESET_IDS,
  DEFAULT_PRESET,
  presetScenario,
  isPresetId,
  sourceOf,
  typicalChannels,
  KLARNA,
  type ChannelMix,
  type Preset,
  type PresetId,
  type Source,
} from './presets';
export { METRIC_NAMES, metricValues, plainNumber, expandedDecimal, SIGNIFICANT_DIGITS, type MetricName, type Percentiles } from './metrics';
export { automationRate, attemptableShare, averageHandleMinutes, withAutomation, withAverageHandle, normalisedShares } from './mix';
export { reconcileKlarna, type KlarnaReconciliation } from './klarna';
export { errorCostCrossOver, sideOf, type CrossOver } from './comparison';
export { Money, cents, minorUnitDigits, timesAt, toMinorUnit } from './money';
export { GAP_STEPS, FULL, HEADLINE, type Switches } from './switches';
export type { MonthRow } from './projection';
export type { Summary } from './summary';
export { effectiveChannels, channelAutomationRefusal, channelIssues, type EffectiveChannel } from './channels';
export type { QualityView, TierQuality } from './quality';
export type { GapExplanation, GapStep } from './gap';
export type { BreakdownRow, Figure } from './breakdown';
export { hourlyCost } from './engine';
export { monteCarlo, tornado, DEFAULT_DRAWS, type MonteCarloResult } from './uncertainty';
export { rangesFollowingPoint } from './range-anchor';
export {
  PERCENTILE_FIGURES,
  PERCENTILE_METHOD,
  RAMP_UNFINISHED,
  annualSavingsLabel,
  monthlySavingsLabel,
  outlookOf,
  percentileLabel,
  percentileMethodNote,
  percentileWarning,
  steadyStateLabel,
  steadyStateNote,
  yearOneLabel,
  type Better,
  type Outlook,
  type PercentileFigure,
  type PercentileKey,
} from './labels';
export { automationToBreakEven, decisionSupport } from './solvers';
export { ModelLimitError, MAX_CATEGORIES, MAX_CONTACTS_PER_MONTH, MONEY_LIMITS, peakMonthlyContacts } from './limits';
export { KIND_NAMES, KIND_TARGET_SECONDS, channelId, freeName, isLive, newChannel, suggestKind } from './channel-defaults';
export { openHoursPerWeek } from './profile';
export type { Context } from './projection';
export { headcountCapacity, queueScenario, seatsForBudget } from './reverse-staffing';
export { fteStepOfOneAgent, staffingByAutomation, staffingByServiceLevel, steadyContacts, type SensitivitySeries } from './sensitivity';
export type { AutomationSolution, DecisionSupport } from './solvers';
export {
  RANGED_INPUTS,
  RANGE_SPECS,
  MESSAGES as RANGE_MESSAGES,
  joinBatches,
  meanResolutionPct,
  pointsOutside,
  rangeWarnings,
  runDrawsFrom,
  sliceBatch,
  stretchRamp,
  summariseDraws,
  validateRange,
  type DrawBatch,
  type PointOutside,
  type RangedInput,
  type Tornado,
  type TornadoBar,
} from './uncertainty';

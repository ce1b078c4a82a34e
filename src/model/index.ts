/**
 * The model's public surface: `calculate(scenario)` computes everything the app shows
 * from one validated scenario. Pure: no DOM, no framework; imports only zod and decimal.js.
 */
import { breakdown, type BreakdownRow } from './breakdown';
import { explainGap, type GapExplanation } from './gap';
import { newContext, project, type Context, type MonthRow } from './projection';
import { qualityView, type QualityView } from './quality';
import type { Scenario } from './schema';
import { steadyIndex, summarise, type Summary } from './summary';
import { FULL, HEADLINE } from './switches';

/** One method's projection and summary. */
export interface MethodResult {
  rows: MonthRow[];
  summary: Summary;
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

/** Everything the app shows, for one scenario. */
export function calculate(s: Scenario): Results {
  const ctx = newContext(lastContext);
  lastContext = ctx;
  const headlineRows = project(s, HEADLINE, ctx);
  const fullRows = project(s, FULL, ctx);
  const headline = { rows: headlineRows, summary: summarise(s, headlineRows) };
  const full = { rows: fullRows, summary: summarise(s, fullRows) };
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

export * from './schema';
export { MODEL_VERSION } from './version';
export { breakdown } from './breakdown';
export { PRESETS, PRESET_IDS, DEFAULT_PRESET, presetScenario, isPresetId, sourceOf, KLARNA, type Preset, type PresetId, type Source } from './presets';
export { METRIC_NAMES, metricValues, plainNumber, type MetricName, type Percentiles } from './metrics';
export { automationRate, attemptableShare, averageHandleMinutes, withAutomation, withAverageHandle, normalisedShares } from './mix';
export { reconcileKlarna, type KlarnaReconciliation } from './klarna';
export { errorCostCrossOver, sideOf, type CrossOver } from './comparison';
export { Money, cents, minorUnitDigits, toMinorUnit } from './money';
export { GAP_STEPS, FULL, HEADLINE, type Switches } from './switches';
export type { MonthRow } from './projection';
export type { Summary } from './summary';
export type { QualityView, TierQuality } from './quality';
export type { GapExplanation, GapStep } from './gap';
export type { BreakdownRow, Figure } from './breakdown';
export { hourlyCost } from './projection';
export { monteCarlo, tornado, DEFAULT_DRAWS, type MonteCarloResult } from './uncertainty';
export { automationToBreakEven, decisionSupport } from './solvers';
export { ModelLimitError, MAX_CONTACTS_PER_MONTH, MONEY_LIMITS, peakMonthlyContacts } from './limits';

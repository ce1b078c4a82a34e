/**
 * The answer first: the figures of the answer strip and the plain sentence above it, from
 * a scenario's results. Savings, payback and staffing come from the full model (docs/METHOD.md),
 * with the headline arithmetic's savings beside them for comparison. Pure: results in, text out.
 */
import { minorUnitDigits, percentileWarning, queueScenario, RAMP_UNFINISHED, type Percentiles, type Results, type Scenario } from '../../model';
import { formatMoney, formatMonths, formatNumber, formatPct, listOf } from '../format';

/** Released FTE smaller than this read as none (rounding of the staffing sums). */
const FTE_EPSILON = 0.05;

export interface AnswerFigures {
  /** Full-model savings per year and per month (negative: a loss). */
  annualFull: number;
  monthlyFull: number;
  /** The headline arithmetic's savings per year and per month. */
  annualHeadline: number;
  monthlyHeadline: number;
  /** Months to pay back the one-time cost; null when never within the horizon. */
  paybackMonths: number | null;
  horizonMonths: number;
  /** Staffed FTE released by the AI (negative: more staff needed). */
  fteReleased: number;
  /** AI-resolved share of all contacts, percent (full model). */
  automationPct: number;
  /** Channel names, when the scenario has several. */
  channels: readonly string[];
  /** Tiers whose CSAT falls, and whether the blended average hides it. */
  decliningTiers: readonly number[];
  hiddenDecline: boolean;
  /** Monte Carlo range of annual savings, once computed. */
  range: { p10: number; p90: number } | null;
  /** The warning beside the range when a range excludes its point estimate; '' otherwise. */
  rangeWarning: string;
  /** The full model's steady-state month, and whether the ramp finished by then. */
  steadyMonth: number;
  rampComplete: boolean;
  /** Full-model savings of months 1-12 (ramp included), and how many months that is (fewer when the horizon is shorter). */
  yearOneFull: number;
  yearOneMonths: number;
  currency: string;
  /** A fixed headcount (agents on seat) that misses its queue's service-level target in the steady month; null otherwise. */
  headcountShort: { seats: number; serviceLevelPct: number; targetPct: number } | null;
}

/** The strip's figures from the model's results (full model whatever the page's method). */
export function answerFigures(scenario: Scenario, results: Results, percentiles: Percentiles | null): AnswerFigures {
  const f = results.full.summary;
  const h = results.headline.summary;
  return {
    annualFull: f.annualSavings.toNumber(),
    monthlyFull: f.monthlySavings.toNumber(),
    annualHeadline: h.annualSavings.toNumber(),
    monthlyHeadline: h.monthlySavings.toNumber(),
    paybackMonths: f.paybackMonths,
    horizonMonths: scenario.finance.months,
    fteReleased: f.staffedFteBaseline - f.staffedFteWithAi,
    automationPct: f.automationRatePct,
    channels: (scenario.channels ?? []).map((c) => c.name),
    decliningTiers: results.quality.decliningTiers,
    hiddenDecline: results.quality.hiddenDecline,
    range: percentiles ? { p10: percentiles.p10.toNumber(), p90: percentiles.p90.toNumber() } : null,
    rangeWarning: percentileWarning(scenario),
    steadyMonth: f.steadyMonth,
    rampComplete: f.rampComplete,
    yearOneFull: f.yearOneSavings.toNumber(),
    yearOneMonths: f.yearOneMonths,
    currency: scenario.finance.currency,
    headcountShort: headcountShort(scenario, f.serviceLevelPct),
  };
}

/** Agents on seat that answer fewer contacts within the target time than the target asks (reverse staffing, one queue). */
function headcountShort(scenario: Scenario, serviceLevelPct: number | null): AnswerFigures['headcountShort'] {
  const seats = scenario.human.seats;
  if (seats === null || serviceLevelPct === null) return null;
  const targetPct = queueScenario(scenario).human.serviceLevelPct;
  return serviceLevelPct < targetPct - 1e-9 ? { seats, serviceLevelPct, targetPct } : null;
}

/** Below this many units of the currency an amount keeps its minor unit (a saving of $12.34 is not "$12"). */
const WHOLE_FROM = 100;

/**
 * An amount without its sign, in round figures of the scenario's currency as the strip and
 * the sentence speak (`$56,607`, `¥5,328,920`), and in the currency's own minor unit when
 * it is small (`BHD 9.876`).
 */
export function answerMoney(x: number, currency: string, locale?: string): string {
  const size = Math.abs(x);
  // Nothing (to the minor unit) is written as the tables write it: "$0", not "$0.00".
  const nothing = size < 0.5 * 10 ** -minorUnitDigits(currency);
  return formatMoney(nothing ? 0 : size, currency, { whole: nothing || size >= WHOLE_FROM, locale });
}

/** FTE as the strip shows them: one decimal, "0" for a rounding remainder. */
export function fteText(x: number, locale?: string): string {
  const text = formatNumber(Math.abs(x) < FTE_EPSILON ? 0 : Math.abs(x), 1, locale);
  // A true minus, as the strip writes a loss (more staff needed with the AI).
  return x <= -FTE_EPSILON && text !== formatNumber(0, 1, locale) ? `−${text}` : text;
}

/** The quality warning of the strip, or null when no tier's CSAT falls. */
export function qualityWarning(a: Pick<AnswerFigures, 'decliningTiers' | 'hiddenDecline'>): string | null {
  if (a.decliningTiers.length === 0) return null;
  const tiers = `${a.decliningTiers.length === 1 ? 'tier' : 'tiers'} ${listOf(a.decliningTiers.map(String))}`;
  return a.hiddenDecline ? `CSAT falls on ${tiers}, hidden by the blended average` : `CSAT falls on ${tiers}`;
}

/**
 * The answer in one plain sentence, e.g. "With the AI resolving 61 % of contacts you save
 * $56,607 a month, not the $74,087 a headline calculator shows; 24 FTE are released and it
 * pays back in 1.2 months."
 */
export function answerSentence(a: AnswerFigures, locale?: string): string {
  const money = (x: number) => answerMoney(x, a.currency, locale);
  const where = a.channels.length > 1 ? ` across ${a.channels.length} channels (${listOf(a.channels)})` : '';
  const opening = `With the AI resolving ${formatPct(a.automationPct, 0, locale)} of contacts${where}`;
  const full = money(a.monthlyFull);
  const headline = money(a.monthlyHeadline);
  const headlineSays = a.monthlyHeadline < 0 ? `the loss of ${headline} a headline calculator shows` : `the ${headline} a headline calculator shows`;
  let money1: string;
  if (full === money(0)) money1 = `you save nothing a month, against ${headlineSays}`;
  else if (a.monthlyFull < 0) money1 = `you lose ${full} a month, against ${headlineSays}`;
  else if (full === headline && a.monthlyHeadline >= 0) money1 = `you save ${full} a month, as a headline calculator shows`;
  else money1 = `you save ${full} a month, not ${headlineSays}`;
  const fte = fteText(a.fteReleased, locale);
  const staff =
    fte === fteText(0, locale)
      ? 'no FTE are released'
      : a.fteReleased < 0
        ? `${fteText(-a.fteReleased, locale)} more FTE are needed`
        : `${fte} FTE are released`;
  const payback =
    a.paybackMonths === null ? `it does not pay back within the ${a.horizonMonths}-month horizon` : `it pays back in ${formatMonths(a.paybackMonths, locale)}`;
  const ramp = !a.rampComplete ? ` The ramp does not finish within the horizon: these are month ${a.steadyMonth}'s figures, still ramping.` : '';
  const short = a.headcountShort
    ? ` The ${formatNumber(a.headcountShort.seats, 0, locale)} ${a.headcountShort.seats === 1 ? 'agent on seat answers' : 'agents on seat answer'} ${formatPct(a.headcountShort.serviceLevelPct, 1, locale)} of contacts within the target time, against a target of ${formatPct(a.headcountShort.targetPct, 1, locale)}: these savings come with that service.`
    : '';
  return `${opening} ${money1}; ${staff} and ${payback}.${ramp}${short}`;
}

/** The strip's payback text: months, or "never" within the horizon. */
export function paybackText(a: Pick<AnswerFigures, 'paybackMonths' | 'horizonMonths'>, locale?: string): string {
  return a.paybackMonths === null ? `not within ${a.horizonMonths === 1 ? '1 month' : `${a.horizonMonths} months`}` : formatMonths(a.paybackMonths, locale);
}

/** A signed amount for the strip: a loss reads with a minus sign. */
export function signedMoney(x: number, currency: string, locale?: string): string {
  const text = answerMoney(x, currency, locale);
  return x < 0 && text !== answerMoney(0, currency, locale) ? `−${text}` : text;
}

/** What the strip's annual savings are: "steady state from month 3", or the month the ramp is still in. */
export function savingsBasis(a: Pick<AnswerFigures, 'steadyMonth' | 'rampComplete'>): string {
  return a.rampComplete ? `steady state from month ${a.steadyMonth}` : `month ${a.steadyMonth} × 12; ${RAMP_UNFINISHED}`;
}

/** Year-1 savings as the strip shows them beside the annual figure: "year 1 $512,004", or "months 1-6 $201,000". */
export function yearOneText(a: Pick<AnswerFigures, 'yearOneFull' | 'yearOneMonths' | 'currency'>, locale?: string): string {
  const when = a.yearOneMonths >= 12 ? 'year 1' : a.yearOneMonths === 1 ? 'month 1' : `months 1-${a.yearOneMonths}`;
  return `${when} ${signedMoney(a.yearOneFull, a.currency, locale)}`;
}

/**
 * Where the point estimate of annual savings lies against the draws' P10 to P90: null within,
 * and null where an input's range excludes its point estimate (its warning says why already).
 */
export function pointOutside(a: Pick<AnswerFigures, 'annualFull' | 'range' | 'rangeWarning'>): 'below' | 'above' | null {
  if (!a.range || a.rangeWarning !== '') return null;
  return a.annualFull < a.range.p10 ? 'below' : a.annualFull > a.range.p90 ? 'above' : null;
}

/** The strip's short note when the point estimate lies outside P10 to P90 (the Ranges view says why). */
export function pointOutsideShort(a: Pick<AnswerFigures, 'annualFull' | 'range' | 'rangeWarning'>): string | null {
  const where = pointOutside(a);
  return where === null ? null : `Point estimate ${where} P${where === 'below' ? 10 : 90}: why`;
}

/**
 * Why the point estimate of annual savings can lie outside the draws' P10 to P90: it is one
 * month's savings x 12, whole agents make a month's savings move in steps, and ranges whose
 * most likely value is at one end move the draws one way; year 1 is given beside it.
 */
export function pointOutsideText(
  a: Pick<AnswerFigures, 'annualFull' | 'range' | 'rangeWarning' | 'steadyMonth' | 'yearOneFull' | 'yearOneMonths' | 'currency'>,
  locale?: string,
): string | null {
  const where = pointOutside(a);
  if (where === null || !a.range) return null;
  const money = (x: number) => signedMoney(x, a.currency, locale);
  const edge = where === 'below' ? `P10 (${money(a.range.p10)}): most draws save more` : `P90 (${money(a.range.p90)}): most draws save less`;
  return (
    `The point estimate, ${money(a.annualFull)} a year, lies ${where} ${edge}. Annual savings are month ${a.steadyMonth}'s savings × 12, and staffing ` +
    `comes in whole agents, so a month's savings move in steps, which the draws, with their other inputs, cross elsewhere; a range whose most likely ` +
    `value is at one end moves the draws one way too. ${a.yearOneMonths >= 12 ? 'Year 1' : a.yearOneMonths === 1 ? 'Month 1' : `Months 1-${a.yearOneMonths}`} at the point estimate: ${money(a.yearOneFull)}.`
  );
}

/** The strip's short warning beside the range (the figures view gives it in full); null when no range excludes its point. */
export function rangeWarningShort(a: Pick<AnswerFigures, 'rangeWarning'>): string | null {
  return a.rangeWarning === '' ? null : 'A range excludes its point estimate';
}

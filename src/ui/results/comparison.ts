/**
 * The scenario comparison: key figures of each scenario side by side, each with its
 * difference from a reference scenario, and the break-even error cost between two.
 */
import { errorCostCrossOver, RAMP_UNFINISHED, sideOf, type Money, type Scenario, type Summary } from '../../model';
import type { Compared } from '../../state/compared-results';
import { asShown, formatMoney, formatMonths, formatNumber, formatPct, signed } from '../format';
import { minorUnitDigits } from '../../model';

export interface ComparisonCell {
  text: string;
  /** Difference from the reference scenario, signed; empty for the reference itself. */
  delta: string;
  /** Whether the difference is good news (more savings, less cost); null when neutral. */
  better: boolean | null;
  /** The scenario's figures are still being calculated (the text says so). */
  pending?: true;
}

/** What a cell says while its scenario is being calculated in the background. */
export const CALCULATING = 'Calculating…';

export interface ComparisonRow {
  label: string;
  cells: ComparisonCell[];
}

type Kind = 'money' | 'cents' | 'count' | 'pct' | 'months' | 'fte';
interface RowSpec {
  label: string;
  kind: Kind;
  value: (s: Summary, r: Compared, sc: Scenario) => number | Money | null;
  /** +1 when more is better, -1 when less is better, 0 when neither. */
  good: 1 | -1 | 0;
  /**
   * A figure over the whole horizon (and, for NPV, discounted): against a reference with
   * another horizon or discount rate its difference says so instead of a number, which
   * would credit the scenario with the months it adds (docs/METHOD.md, "Savings, payback, ROI and NPV").
   */
  over?: 'horizon' | 'discounted';
}

const ROWS: readonly RowSpec[] = [
  { label: 'Contacts per month', kind: 'count', value: (s) => s.contactsPerMonth, good: 0 },
  { label: 'Automation rate', kind: 'pct', value: (s) => s.automationRatePct, good: 0 },
  { label: 'Wrong answers (% of AI resolutions)', kind: 'pct', value: (_s, _r, sc) => sc.quality.errorRatePct, good: -1 },
  { label: 'Human contacts per month', kind: 'count', value: (s) => s.humanContactsPerMonth, good: -1 },
  { label: 'Staffed FTE with AI', kind: 'fte', value: (s) => s.staffedFteWithAi, good: -1 },
  { label: '"Work of N agents"', kind: 'fte', value: (s) => s.agentEquivalentsAiWork, good: 0 },
  { label: 'Cost per month with AI', kind: 'money', value: (s) => s.totalCostPerMonth, good: -1 },
  { label: 'Cost per contact with AI', kind: 'cents', value: (s) => s.hybridCostPerContact, good: -1 },
  { label: 'Quality cost per month', kind: 'money', value: (s) => s.qualityCostPerMonth, good: -1 },
  { label: 'Savings per month', kind: 'money', value: (s) => s.monthlySavings, good: 1 },
  { label: 'Savings per year', kind: 'money', value: (s) => s.annualSavings, good: 1 },
  { label: 'Payback', kind: 'months', value: (s) => s.paybackMonths, good: -1 },
  { label: 'Horizon', kind: 'months', value: (_s, _r, sc) => sc.finance.months, good: 0 },
  { label: 'Discount rate (NPV)', kind: 'pct', value: (_s, _r, sc) => sc.finance.discountRatePct, good: 0 },
  { label: 'Return on AI spend', kind: 'pct', value: (s) => s.roiPct, good: 1, over: 'horizon' },
  { label: 'NPV over the horizon', kind: 'money', value: (s) => s.npv, good: 1, over: 'discounted' },
  { label: 'Blended CSAT with AI', kind: 'pct', value: (_s, r) => r.quality.blendedAfter, good: 1 },
];

function asNumber(x: number | Money | null): number | null {
  if (x === null) return null;
  const n = typeof x === 'number' ? x : x.toNumber();
  return Number.isFinite(n) ? n : null;
}

function text(kind: Kind, x: number | null, currency: string, locale?: string): string {
  switch (kind) {
    case 'money':
      return formatMoney(x, currency, { whole: true, locale });
    case 'cents':
      return formatMoney(x, currency, { locale });
    case 'pct':
      return formatPct(x, 1, locale);
    case 'months':
      return formatMonths(x, locale);
    case 'fte':
      return formatNumber(x, 1, locale);
    default:
      return formatNumber(x, 0, locale);
  }
}

/** The decimals a figure of the kind is shown with (`text`). */
function shownDigits(kind: Kind, currency: string): number {
  if (kind === 'money' || kind === 'count') return 0;
  if (kind === 'cents') return minorUnitDigits(currency);
  return 1;
}

function deltaText(kind: Kind, d: number, currency: string, locale?: string): string {
  if (kind === 'pct') return signed(d, (m) => `${formatNumber(m, 1, locale)} pts`);
  if (kind === 'months') return signed(d, (m) => `${formatNumber(m, 1, locale)} mo`);
  return signed(d, (m) => text(kind, m, currency, locale));
}

/** What a money cell says instead of a difference against a reference in another currency. */
export const OTHER_CURRENCY = 'other currency';

/**
 * Rows of the comparison for the chosen method; differences against scenario `reference`.
 * Money is shown in each scenario's own currency; no conversion is made, so a scenario in
 * another currency than the reference's gets no difference of money ({@link OTHER_CURRENCY}).
 * A scenario whose results are null (still being calculated) shows {@link CALCULATING} in
 * every row, and differences against it wait for it too.
 */
export function comparisonRows(
  scenarios: readonly Scenario[],
  results: readonly (Compared | null)[],
  method: 'headline' | 'full',
  reference: number,
  locale?: string,
): ComparisonRow[] {
  const currency = scenarios[reference]?.finance.currency ?? 'USD';
  const currencyOf = (i: number) => scenarios[i]?.finance.currency ?? currency;
  return ROWS.map((spec) => {
    const values = results.map((r, i) => (r === null ? null : asNumber(spec.value(r[method].summary, r, scenarios[i]!))));
    const ref = values[reference] ?? null;
    return {
      label: spec.label,
      cells: values.map((v, i): ComparisonCell => {
        if (results[i] === null) return { text: CALCULATING, delta: '', better: null, pending: true };
        const own = text(spec.kind, v, currencyOf(i), locale);
        if (i === reference || v === null || ref === null) return { text: own, delta: '', better: null };
        const money = spec.kind === 'money' || spec.kind === 'cents';
        if (money && currencyOf(i) !== currency) return { text: own, delta: OTHER_CURRENCY, better: null };
        const other = spec.over ? otherBasis(spec.over, scenarios[i]!, scenarios[reference]!) : '';
        if (other) return { text: own, delta: other, better: null };
        // The difference of the figures as shown, so that the row reads as a subtraction.
        const digits = shownDigits(spec.kind, currency);
        const d = asShown(v, digits) - asShown(ref, digits);
        return {
          text: own,
          delta: deltaText(spec.kind, d, currency, locale),
          better: spec.good === 0 || Math.abs(d) < 1e-9 ? null : d * spec.good > 0,
        };
      }),
    };
  });
}

/** What a whole-horizon cell says instead of a difference against a reference on another basis; empty on the same basis. */
function otherBasis(over: 'horizon' | 'discounted', s: Scenario, ref: Scenario): string {
  if (s.finance.months !== ref.finance.months) return OTHER_HORIZON;
  if (over === 'discounted' && s.finance.discountRatePct !== ref.finance.discountRatePct) return OTHER_DISCOUNT_RATE;
  return '';
}

/** What a whole-horizon cell says against a reference with another horizon, or (NPV) another discount rate. */
export const OTHER_HORIZON = 'other horizon';
export const OTHER_DISCOUNT_RATE = 'other discount rate';

/** One side of the break-even sentence: a scenario's name, steady-state summary and (when known) currency. */
interface BreakEvenSide {
  name: string;
  summary: Summary;
  currency?: string;
}

/**
 * The break-even error cost between two scenarios, as a sentence. Scenarios of different
 * volumes are compared per contact (a smaller operation costs less in total whatever its
 * errors cost); scenarios in different currencies are not compared (no conversion is made).
 */
export function breakEvenSentence(a: BreakEvenSide, b: BreakEvenSide, currency: string, locale?: string): string {
  if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency)
    return `"${a.name}" is in ${a.currency} and "${b.name}" in ${b.currency}: no conversion is made, so no break-even is given.`;
  const ca = a.summary.contactsPerMonth,
    cb = b.summary.contactsPerMonth;
  const perContact = ca > 0 && cb > 0 && Math.abs(ca - cb) > 1e-9 * Math.max(ca, cb);
  const side = (x: Summary) => {
    const full = sideOf(x);
    if (!perContact) return full;
    const n = x.contactsPerMonth;
    return { totalCostPerMonth: full.totalCostPerMonth.div(n), qualityCostPerMonth: full.qualityCostPerMonth.div(n), errorsPerMonth: full.errorsPerMonth / n };
  };
  const x = errorCostCrossOver(side(a.summary), side(b.summary));
  const name = (k: 'a' | 'b') => (k === 'a' ? a.name : b.name);
  const volumes = perContact
    ? `"${a.name}" and "${b.name}" handle different volumes (${formatNumber(ca, 0, locale)} and ${formatNumber(cb, 0, locale)} contacts a month), so they are compared per contact. `
    : '';
  const cheaper = perContact ? 'cheaper per contact' : 'cheaper';
  if (x.kind === 'always') {
    if (x.cheaper === 'equal') return `${volumes}"${a.name}" and "${b.name}" cost the same${perContact ? ' per contact' : ''} at any cost per wrong answer.`;
    const other = x.cheaper === 'a' ? 'b' : 'a';
    return `${volumes}"${name(x.cheaper)}" is ${cheaper} than "${name(other)}" at any cost per wrong answer.`;
  }
  const accurate = x.moreAccurate;
  const other = accurate === 'a' ? 'b' : 'a';
  return `${volumes}Break-even at ${formatMoney(x.errorCost, currency, { locale })} per wrong answer: above it "${name(accurate)}" (fewer wrong answers${perContact ? ' per contact' : ''}) is ${cheaper}; below it "${name(other)}" is.`;
}

/**
 * Which month the comparison's figures are: "steady-state month", or, when a scenario's ramp
 * does not finish within its horizon, that its figures are of its last month instead.
 */
export function compareMonthText(results: readonly (Pick<Compared, 'headline' | 'full'> | null)[], method: 'headline' | 'full'): string {
  const unfinished = results.some((r) => r !== null && !r[method].summary.rampComplete);
  return unfinished ? `steady-state month (the last month where ${RAMP_UNFINISHED})` : 'steady-state month';
}

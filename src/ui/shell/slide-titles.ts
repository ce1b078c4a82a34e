/**
 * The presentation's slides and their titles (docs/METHOD.md, "Presenting"). Each title is a
 * statement about the operation on screen, made from its figures in the user's locale and
 * the scenario's currency: a prospect reads what happens to their support, not the name of a
 * chart. Pure: figures in, text out.
 */
import { KLARNA, type MonteCarloResult, type Results, type Scenario } from '../../model';
import { formatMoney, formatMonths, formatNumber, formatPct, listOf, NONE } from '../format';
import { answerMoney, fteText } from './answer';
import { channelOutcomes } from '../results/channel-rows';

/** The slides, in order. */
export const SLIDE_IDS = ['answer', 'cost', 'ranges', 'people', 'headline', 'klarna'] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

/** Short names of the slides, for the slide list. */
export const SLIDE_NAMES: Readonly<Record<SlideId, string>> = {
  answer: 'The answer',
  cost: 'Cost, month by month',
  ranges: 'Ranges',
  people: 'People and quality',
  headline: 'What a headline leaves out',
  klarna: 'Klarna',
};

/** The figures the titles speak of. */
export interface SlideFigures {
  currency: string;
  /** Full-model savings, steady state, per month and per year (negative: a loss). */
  monthlyFull: number;
  annualFull: number;
  /** The headline arithmetic's savings per year. */
  annualHeadline: number;
  setupCost: number;
  /** Months to pay back the one-time cost; null when not within the horizon. */
  paybackMonths: number | null;
  horizonMonths: number;
  /** Cumulative savings at the end of the horizon, net of the one-time cost. */
  horizonNet: number;
  fteBefore: number;
  fteAfter: number;
  decliningTiers: readonly number[];
  /** Whether any input carries a range. */
  hasRanges: boolean;
  /** Monte Carlo percentiles of annual savings, once the draws are done. */
  range: { p10: number; p50: number; p90: number } | null;
  /** Annual savings (USD) of the full model of Klarna's 2025 hybrid, and its share of contacts human by policy (percent). */
  klarnaAnnualFull: number;
  klarnaHumanPct: number;
}

/** The titles' figures of a scenario and its results; `draws` once the Monte Carlo has run on it; `klarna` the results of the Klarna 2025 preset. */
export function slideFigures(s: Scenario, r: Results, draws: Pick<MonteCarloResult, 'annualSavings'> | null, klarna: Results): SlideFigures {
  const f = r.full.summary;
  const k = klarna.full.summary;
  return {
    currency: s.finance.currency,
    monthlyFull: f.monthlySavings.toNumber(),
    annualFull: f.annualSavings.toNumber(),
    annualHeadline: r.headline.summary.annualSavings.toNumber(),
    setupCost: s.ai.setupCost,
    paybackMonths: f.paybackMonths,
    horizonMonths: s.finance.months,
    horizonNet: f.horizonNetSavings.toNumber(),
    fteBefore: f.staffedFteBaseline,
    fteAfter: f.staffedFteWithAi,
    decliningTiers: r.quality.decliningTiers,
    hasRanges: Object.values(s.ranges).some((x) => x !== null),
    range: draws ? { p10: draws.annualSavings.p10.toNumber(), p50: draws.annualSavings.p50.toNumber(), p90: draws.annualSavings.p90.toNumber() } : null,
    klarnaAnnualFull: k.annualSavings.toNumber(),
    klarnaHumanPct: klarna.quality.humanByPolicyPct,
  };
}

function tiersText(tiers: readonly number[]): string {
  return `${tiers.length === 1 ? 'tier' : 'tiers'} ${listOf(tiers.map(String))}`;
}

/** A signed amount in words: "saves $1,200" / "loses $1,200" / "saves nothing". */
function savesText(x: number, money: (x: number) => string): string {
  if (money(x) === money(0)) return 'saves nothing';
  return x < 0 ? `loses ${money(-x)}` : `saves ${money(x)}`;
}

/** The title of each slide: a statement about the operation from its figures. */
export function slideTitles(a: SlideFigures, locale?: string): Record<SlideId, string> {
  const money = (x: number) => answerMoney(x, a.currency, locale);
  const zero = money(0);

  const monthly = money(a.monthlyFull);
  const answer =
    monthly === zero
      ? 'Your support costs stay where they are'
      : a.monthlyFull > 0
        ? `Your support costs fall by ${monthly} a month`
        : `Your support costs rise by ${money(-a.monthlyFull)} a month`;

  const ahead = `by month ${a.horizonMonths} the plan ${savesText(a.horizonNet, money)} net`;
  const cost =
    a.paybackMonths === null
      ? `The ${money(a.setupCost)} set-up does not pay back within ${a.horizonMonths} months`
      : money(a.setupCost) === zero
        ? `With no set-up cost, ${ahead}`
        : `The ${money(a.setupCost)} set-up pays back in ${formatMonths(a.paybackMonths, locale)}; ${ahead}`;

  const ranges = a.range
    ? a.hasRanges
      ? `In 8 of 10 outcomes your savings lie between ${signedMoney(a.range.p10, money)} and ${signedMoney(a.range.p90, money)} a year`
      : `No input carries a range: your savings are ${signedMoney(a.range.p50, money)} a year in every draw`
    : `Your ${signedMoney(a.annualFull, money)} a year, tested over the ranges of its inputs`;

  // The FTE released as every other figure of the deck, the chart below and the report give
  // it (the difference, then rounded): one number for one quantity. The two ends, each
  // rounded, may then differ by a tenth from it, as rounded parts of a report do.
  const released = a.fteBefore - a.fteAfter;
  const fte = fteText(Math.abs(released), locale);
  const staff =
    fte === fteText(0, locale)
      ? `Your team stays at ${fteText(a.fteBefore, locale)} staffed FTE`
      : released > 0
        ? `Your team needs ${fte} fewer staffed FTE (${fteText(a.fteBefore, locale)} → ${fteText(a.fteAfter, locale)})`
        : `Your team needs ${fte} more staffed FTE (${fteText(a.fteBefore, locale)} → ${fteText(a.fteAfter, locale)})`;
  const people = a.decliningTiers.length > 0 ? `${staff}, but CSAT falls on ${tiersText(a.decliningTiers)}` : `${staff}, and CSAT holds on every tier`;

  const headline = `A headline calculator says ${signedMoney(a.annualHeadline, money)} a year; the full model of your operation says ${signedMoney(a.annualFull, money)}`;

  const usd = (x: number) => millionsUsd(x, locale);
  const klarna = `Klarna announced ${usd(KLARNA.annualSavingsUsd)} a year; fully modelled, its 2025 hybrid saves ${usd(a.klarnaAnnualFull)} and keeps ${formatPct(a.klarnaHumanPct, 0, locale)} of contacts human`;

  return { answer, cost, ranges, people, headline, klarna };
}

/** Dollars in the locale's short form of large amounts: "$34.4M", "34,4 Mio. $" (Klarna's figures are in USD). */
function millionsUsd(x: number, locale?: string): string {
  if (!Number.isFinite(x)) return NONE;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(x);
  } catch {
    return formatMoney(x, 'USD', { whole: true, locale });
  }
}

/** An amount with a minus sign when it is a loss. */
function signedMoney(x: number, money: (x: number) => string): string {
  const text = money(Math.abs(x));
  return x < 0 && text !== money(0) ? `−${text}` : text;
}

/**
 * The channels of the presented scenario with their shares, for the answer slide: "Across 3
 * channels: Chat 40%, Email 45% and Phone 15% (human only)"; null for one channel.
 */
export function channelLine(s: Scenario, r: Results, locale?: string): string | null {
  const channels = channelOutcomes(r.primary);
  if (channels.length < 2) return null;
  const items = channels.map((c) => {
    const humanOnly = s.channels?.find((x) => x.id === c.id)?.aiEnabled === false;
    return `${c.name} ${formatPct(c.share * 100, 1, locale)}${humanOnly ? ' (human only)' : ''}`;
  });
  return `Across ${formatNumber(channels.length, 0, locale)} channels: ${listOf(items)}`;
}

/** What the slide list and a screen reader say of slide `index` of `count`. */
export function slidePosition(index: number, count: number, title: string, locale?: string): string {
  return `Slide ${formatNumber(index + 1, 0, locale)} of ${formatNumber(count, 0, locale)}: ${title}`;
}

/** What a key does in the presentation. */
export type SlideKeyAction = 'next' | 'previous' | 'first' | 'last' | 'leave';

/**
 * The action of a key pressed in the presentation, or null to leave it to the browser.
 * On a button, a link or a summary, Space, Home and End keep their own meaning; in a list
 * box or a text field every key but Escape does.
 */
export function slideKey(key: string, target: 'field' | 'control' | 'other'): SlideKeyAction | null {
  if (target === 'field') return key === 'Escape' ? 'leave' : null;
  const free = target === 'other';
  if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && free)) return 'next';
  if (key === 'ArrowLeft' || key === 'PageUp') return 'previous';
  if (key === 'Home' && free) return 'first';
  if (key === 'End' && free) return 'last';
  if (key === 'Escape') return 'leave';
  return null;
}

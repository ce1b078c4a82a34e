/**
 * Messages between the page and the comparison worker, which computes the scenarios that are
 * not on screen. Only what the comparison shows crosses back: each method's summary and the
 * blended CSAT, money as plain decimal strings (a Decimal loses its prototype in structured
 * clone), so the figures come back exact, the same as computed on the page.
 */
import { type Results, type Scenario, Money, type Summary } from '../model';

/** The part of a scenario's results the comparison shows. */
export interface Compared {
  headline: { summary: Summary };
  full: { summary: Summary };
  quality: { blendedAfter: number };
}

type SummaryWire = { [K in keyof Summary]: Summary[K] extends Money ? string : Summary[K] extends Money | null ? string | null : Summary[K] };

export interface ComparedWire {
  headline: SummaryWire;
  full: SummaryWire;
  blendedAfter: number;
}

export type ComparisonRequest = { id: number; scenario: Scenario };
export type ComparisonResponse = { id: number; ok: true; compared: ComparedWire } | { id: number; ok: false; message: string };

function encodeSummary(s: Summary): SummaryWire {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) out[k] = v instanceof Money ? v.toFixed() : v;
  return out as SummaryWire;
}

function decodeSummary(w: SummaryWire, like: readonly (keyof Summary)[]): Summary {
  const out: Record<string, unknown> = { ...w };
  for (const k of like) {
    const v = w[k];
    if (typeof v === 'string') out[k] = new Money(v);
  }
  return out as unknown as Summary;
}

/** The money fields of a summary (every other field is a number, or null). */
const MONEY_FIELDS: readonly (keyof Summary)[] = [
  'baselineCostPerMonth',
  'totalCostPerMonth',
  'humanCostPerMonth',
  'aiCostPerMonth',
  'qualityCostPerMonth',
  'fixedCostPerMonth',
  'monthlySavings',
  'annualSavings',
  'baselineCostPerContact',
  'hybridCostPerContact',
  'npv',
  'yearOneSavings',
  'horizonSavings',
  'horizonNetSavings',
  'breakEvenErrorCost',
];

export function encodeCompared(r: Pick<Results, 'headline' | 'full' | 'quality'>): ComparedWire {
  return { headline: encodeSummary(r.headline.summary), full: encodeSummary(r.full.summary), blendedAfter: r.quality.blendedAfter };
}

export function decodeCompared(w: ComparedWire): Compared {
  return {
    headline: { summary: decodeSummary(w.headline, MONEY_FIELDS) },
    full: { summary: decodeSummary(w.full, MONEY_FIELDS) },
    quality: { blendedAfter: w.blendedAfter },
  };
}

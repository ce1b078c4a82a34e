/**
 * The range editor's logic: what each range field shows, how typed text becomes a range
 * (or field-level messages), the default range when one is switched on, and a hint with
 * what the range means in the scenario's own units. Multipliers are shown as percent of
 * the point value (85 and 115 for 0.85 and 1.15).
 */
import {
  averageHandleMinutes,
  type FieldIssue,
  type Range,
  type Scenario,
  RANGE_MESSAGES as MESSAGES,
  meanResolutionPct,
  RANGE_SPECS,
  stretchRamp,
  validateRange,
  type RangedInput,
} from '../../model';
import { parseTypedNumber } from '../../state/paths';
import { formatMinutes, formatMoney, formatPct, inputText } from '../format';

/** Range value (model units) to what the field shows. */
export function shownValue(input: RangedInput, x: number): number {
  return RANGE_SPECS[input].kind === 'multiplier' ? x * 100 : x;
}

/** What the user typed (shown units) to the range value in model units. */
export function modelValue(input: RangedInput, shown: number): number {
  return RANGE_SPECS[input].kind === 'multiplier' ? shown / 100 : shown;
}

/** The text of a range end in its field. */
export function fieldText(input: RangedInput, x: number): string {
  return inputText(shownValue(input, x), 4);
}

/** The unit shown next to the fields. */
export function unitText(input: RangedInput): string {
  return RANGE_SPECS[input].kind === 'multiplier' ? '% of point' : '%';
}

export type RangeEdit = { ok: true; range: Range } | { ok: false; issues: FieldIssue[] };

/**
 * The range for what is typed in the low and high fields, or the messages of the fields
 * that are refused (docs/METHOD.md, "Limits of the model": refused at the field, never clamped).
 */
export function parseRangeEdit(input: RangedInput, lowText: string, highText: string): RangeEdit {
  const label = RANGE_SPECS[input].label;
  const issues: FieldIssue[] = [];
  const read = (text: string, end: 'low' | 'high'): number => {
    const x = parseTypedNumber(text);
    if (x === null) {
      issues.push({ field: `ranges.${input}.${end}`, message: MESSAGES.notNumber(label, end) });
      return Number.NaN;
    }
    return modelValue(input, x);
  };
  const low = read(lowText, 'low');
  const high = read(highText, 'high');
  if (issues.length > 0) return { ok: false, issues };
  const problems = validateRange(input, { low, high });
  return problems.length > 0 ? { ok: false, issues: problems } : { ok: true, range: { low, high } };
}

/** A sensible range when the user switches one on: around the point estimate, within the accepted values. */
export function defaultRange(s: Scenario, input: RangedInput): Range {
  switch (input) {
    case 'resolutionPct': {
      const p = meanResolutionPct(s) ?? 0;
      return { low: Math.max(0, p - 5), high: Math.min(100, p + 5) };
    }
    case 'errorRatePct': {
      const p = s.quality.errorRatePct;
      return { low: p / 2, high: Math.min(100, p * 1.5) };
    }
    case 'rampSpeed':
      return { low: 0.7, high: 1 };
    default:
      return { low: 0.9, high: 1.1 };
  }
}

/** The scenario with one range set (or removed with null). */
export function withRange(s: Scenario, input: RangedInput, range: Range | null): Scenario {
  return { ...s, ranges: { ...s.ranges, [input]: range } };
}

/** The first month at full ramp (1 when there is no ramp). */
export function fullRampMonth(ramp: readonly number[]): number {
  const i = ramp.findIndex((f) => f >= 1);
  return i >= 0 ? i + 1 : ramp.length + 1;
}

const PRICE_UNIT: Record<Scenario['ai']['pricing'], string> = {
  conversation: 'per conversation',
  resolution: 'per resolution',
  session: 'per session',
  tokens: 'per million tokens',
  minute: 'per AI minute',
};

/** What a range means in the scenario's units, e.g. "$22.50 to $27.50 per agent hour (point $25.00)". */
export function rangeHint(s: Scenario, input: RangedInput, range: Range, locale?: string): string {
  const money = (x: number) => formatMoney(x, s.finance.currency, { locale });
  const pct = (x: number) => formatPct(x, 1, locale);
  switch (input) {
    case 'resolutionPct': {
      const p = meanResolutionPct(s);
      if (p === null) return 'No category is AI-eligible.';
      const many = s.categories.filter((c) => c.aiEligible).length > 1;
      return `Resolution of AI-attempted contacts, ${pct(range.low)} to ${pct(range.high)} (point ${pct(p)}${many ? ', share-weighted over the AI-eligible categories; each keeps its ratio to the others' : ''}).`;
    }
    case 'handleMinutes': {
      const avg = averageHandleMinutes(s.categories);
      return `Average handle time ${formatMinutes(avg * range.low, 1, locale)} to ${formatMinutes(avg * range.high, 1, locale)} (point ${formatMinutes(avg, 1, locale)}); every category scales alike.`;
    }
    case 'costPerHour': {
      const h = s.human;
      if (h.costBasis === 'contact')
        return `${money(h.costPerContact * range.low)} to ${money(h.costPerContact * range.high)} per human contact (point ${money(h.costPerContact)}).`;
      if (h.costBasis === 'fte-year')
        return `${money(h.costPerFteYear * range.low)} to ${money(h.costPerFteYear * range.high)} per FTE-year (point ${money(h.costPerFteYear)}).`;
      return `${money(h.costPerHour * range.low)} to ${money(h.costPerHour * range.high)} per agent hour (point ${money(h.costPerHour)}).`;
    }
    case 'aiPrice': {
      const unit = s.ai.pricing === 'tokens' ? s.ai.pricePerMillionTokens : s.ai.pricePerUnit;
      return `${money(unit * range.low)} to ${money(unit * range.high)} ${PRICE_UNIT[s.ai.pricing]} (point ${money(unit)}).`;
    }
    case 'errorRatePct':
      return `Wrong answers ${pct(range.low)} to ${pct(range.high)} of AI-resolved contacts (point ${pct(s.quality.errorRatePct)}).`;
    case 'rampSpeed': {
      if (s.ramp.length === 0) return 'The scenario has no ramp.';
      const planned = fullRampMonth(s.ramp);
      const slow = fullRampMonth(stretchRamp(s.ramp, range.low));
      const fast = fullRampMonth(stretchRamp(s.ramp, range.high));
      const months = (m: number) => `month ${m}`;
      return `Full resolution rate reached in ${slow === fast ? months(slow) : `${months(fast)} to ${months(slow)}`} (planned: ${months(planned)}).`;
    }
  }
}

export type SeedEdit = { ok: true; seed: number } | { ok: false; message: string };

export const SEED_MESSAGE = 'The seed must be a whole number from 0 to 4,294,967,295';

/** A typed seed: a whole number that fits in 32 bits. */
export function parseSeed(text: string): SeedEdit {
  const t = text.trim();
  if (!/^\d{1,10}$/.test(t)) return { ok: false, message: SEED_MESSAGE };
  const seed = Number(t);
  return seed <= 4_294_967_295 ? { ok: true, seed } : { ok: false, message: SEED_MESSAGE };
}

/** A new random seed for "new draws". */
export function freshSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 4_294_967_296) >>> 0;
}

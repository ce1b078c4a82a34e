/**
 * Which inputs can carry a range, in which unit, and which ranges are accepted: the one
 * description of a range that the schema, the range editor and the Monte Carlo share
 * (docs/METHOD.md, "Uncertainty"). A range from a link, a file or storage passes the same
 * checks as one typed in the editor.
 */
import type { FieldIssue } from './schema';

/** The inputs that can carry a range, in the order each draw consumes its uniforms. */
export const RANGED_INPUTS = ['resolutionPct', 'handleMinutes', 'costPerHour', 'aiPrice', 'errorRatePct', 'rampSpeed'] as const;
export type RangedInput = (typeof RANGED_INPUTS)[number];

/** How an input's range is read: absolute values, or multipliers of the point value. */
export type RangeKind = 'absolute' | 'multiplier';

/** How one ranged input is labelled and which values its range accepts. */
export interface RangeSpec {
  input: RangedInput;
  label: string;
  kind: RangeKind;
  /** Accepted bounds of low and high, in the range's own unit (percent or multiplier). */
  min: number;
  max: number;
  /** Whether `min` itself is refused (a multiplier of 0 for a speed or a handle time). */
  minExclusive: boolean;
}

/** Ranges: labels and accepted values. Multipliers are shown to users as percent of the point value. */
export const RANGE_SPECS: Readonly<Record<RangedInput, RangeSpec>> = {
  resolutionPct: { input: 'resolutionPct', label: 'AI resolution rate', kind: 'absolute', min: 0, max: 100, minExclusive: false },
  handleMinutes: { input: 'handleMinutes', label: 'Handle time', kind: 'multiplier', min: 0, max: 5, minExclusive: true },
  costPerHour: { input: 'costPerHour', label: 'Loaded agent cost', kind: 'multiplier', min: 0, max: 10, minExclusive: false },
  aiPrice: { input: 'aiPrice', label: 'AI price', kind: 'multiplier', min: 0, max: 10, minExclusive: false },
  errorRatePct: { input: 'errorRatePct', label: 'AI error rate', kind: 'absolute', min: 0, max: 100, minExclusive: false },
  rampSpeed: { input: 'rampSpeed', label: 'Ramp speed', kind: 'multiplier', min: 0, max: 10, minExclusive: true },
};

/** Every message of this module, in one place. */
export const MESSAGES = {
  notNumber: (label: string, end: 'low' | 'high') => `${label}: the ${end} end must be a number`,
  belowMin: (spec: RangeSpec, end: 'low' | 'high') =>
    `${spec.label}: the ${end} end ${spec.minExclusive ? 'must be more than' : 'cannot be below'} ${showBound(spec, spec.min)} (accepted: ${acceptedText(spec)})`,
  aboveMax: (spec: RangeSpec, end: 'low' | 'high') =>
    `${spec.label}: the ${end} end cannot exceed ${showBound(spec, spec.max)} (accepted: ${acceptedText(spec)})`,
  lowAboveHigh: (label: string) => `${label}: the low end cannot exceed the high end`,
  pointOutside: (label: string, point: string, low: string, high: string) =>
    `${label}: the point estimate (${point}) lies outside its range (${low} to ${high}); draws treat the nearest end as most likely`,
  noEligible: 'AI resolution rate: no category is AI-eligible, so this range changes nothing',
  noRamp: 'Ramp speed: the scenario has no ramp, so this range changes nothing',
} as const;

function showBound(spec: RangeSpec, x: number): string {
  return spec.kind === 'absolute' ? `${x} %` : `${x * 100} % of the point value`;
}

function acceptedText(spec: RangeSpec): string {
  return spec.kind === 'absolute'
    ? `${spec.min} to ${spec.max} %`
    : `${spec.minExclusive ? 'above ' : ''}${spec.min * 100} to ${spec.max * 100} % of the point value`;
}

/** Field-level problems of one range (`field` is `ranges.<input>.low|high`); empty when valid. */
export function validateRange(input: RangedInput, range: { low: unknown; high: unknown }): FieldIssue[] {
  const spec = RANGE_SPECS[input];
  const issues: FieldIssue[] = [];
  for (const end of ['low', 'high'] as const) {
    const x = range[end];
    const field = `ranges.${input}.${end}`;
    if (typeof x !== 'number' || !Number.isFinite(x)) issues.push({ field, message: MESSAGES.notNumber(spec.label, end) });
    else if (x < spec.min || (spec.minExclusive && x === spec.min)) issues.push({ field, message: MESSAGES.belowMin(spec, end) });
    else if (x > spec.max) issues.push({ field, message: MESSAGES.aboveMax(spec, end) });
  }
  if (issues.length === 0 && (range.low as number) > (range.high as number)) {
    issues.push({ field: `ranges.${input}.high`, message: MESSAGES.lowAboveHigh(spec.label) });
  }
  return issues;
}

/** Field-level problems of all ranges; empty when every range is valid. */
export function validateRanges(ranges: Readonly<Record<RangedInput, { low: number; high: number } | null>>): FieldIssue[] {
  return RANGED_INPUTS.flatMap((input) => {
    const r = ranges[input];
    return r ? validateRange(input, r) : [];
  });
}

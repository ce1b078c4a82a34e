/**
 * Summary figures of one method's projection (docs/METHOD.md, "Savings, payback, ROI and
 * NPV"; README, "Figures in the page"). Steady-state figures are those of the first month
 * at full ramp.
 */
import { fromMinor, minorScale, minorUnitDigits, Money, sum } from './money';
import { unitsOf } from './ledger';
import type { ProjectionTotals } from './engine';
import type { MonthRow, MonthRowOf } from './month-row';
import type { Scenario } from './schema';
import { fraction } from './units';

/** Summary figures of one method: steady-state month figures, then horizon figures (money exact, rates in percent). */
export interface Summary {
  /** 1-based month whose figures are the steady state (first month at full ramp). */
  steadyMonth: number;
  /** Whether the steady-state month is at full ramp; false when the ramp does not finish within the horizon. */
  rampComplete: boolean;
  contactsPerMonth: number;
  /** AI-resolved share of all contacts, percent. */
  automationRatePct: number;
  aiResolvedPerMonth: number;
  aiEscalatedPerMonth: number;
  /** Confidently wrong AI answers per month. */
  errorsPerMonth: number;
  /** Escalated share of AI-attempted contacts, percent; null when the AI attempts nothing. */
  escalationRatePct: number | null;
  humanContactsPerMonth: number;
  humanHoursPerMonth: number;
  /** Average handle time of all contacts when every one is human, minutes. */
  humanAhtBefore: number;
  /** Average agent minutes per remaining human contact (handoff overhead included); null when none remain. */
  humanAhtAfter: number | null;
  agentEquivalentsBaseline: number;
  agentEquivalentsWithAi: number;
  /** Work the AI takes off humans, in agent-equivalents ("the work of N agents"). */
  agentEquivalentsAiWork: number;
  staffedFteBaseline: number;
  staffedFteWithAi: number;
  peakAgents: number;
  peakAgentsBaseline: number;
  /** Percent answered within target, null for email. */
  serviceLevelPct: number | null;
  asaSeconds: number | null;
  /** Percent of arrivals abandoning; null without an abandonment model. */
  abandonRatePct: number | null;
  /**
   * Percent of asynchronous work answered within its response time, weighted by arrivals;
   * null without an asynchronous channel that has a response-time target.
   */
  responseLevelPct: number | null;
  occupancyPct: number;
  baselineCostPerMonth: Money;
  totalCostPerMonth: Money;
  humanCostPerMonth: Money;
  aiCostPerMonth: Money;
  qualityCostPerMonth: Money;
  fixedCostPerMonth: Money;
  monthlySavings: Money;
  /** Steady-state monthly savings x 12. */
  annualSavings: Money;
  baselineCostPerContact: Money | null;
  hybridCostPerContact: Money | null;
  /** Months until cumulative savings cover the one-time cost (interpolated within the month); null if not within the horizon. */
  paybackMonths: number | null;
  /** Net savings over the horizon / AI spend over the horizon (fees, fixed, one-time), percent; null without AI spend. */
  roiPct: number | null;
  /** Net present value of the monthly savings less the one-time cost, discounted monthly at the annual rate. */
  npv: Money;
  /** Savings of months 1-12 as projected (ramp and growth included), before the one-time cost; fewer months when the horizon is shorter. */
  yearOneSavings: Money;
  /** Months summed in `yearOneSavings`: 12, or the horizon when it is shorter. */
  yearOneMonths: number;
  /** Sum of the monthly savings over the horizon, before the one-time cost. */
  horizonSavings: Money;
  /** Cumulative savings at the end of the horizon (net of the one-time cost). */
  horizonNetSavings: Money;
  /** Cost per error at which the steady-state month stops saving money; null without errors or without savings to lose. */
  breakEvenErrorCost: Money | null;
  /** Improvement of average customer-visible resolution time, percent; null when the human time is 0. */
  resolutionTimeImprovementPct: number | null;
}

/** Index of the first month at full ramp (the last month if the ramp outlasts the horizon). */
export function steadyIndex(rows: readonly Pick<MonthRow, 'ramp'>[]): number {
  const i = rows.findIndex((r) => r.ramp >= 1);
  return i >= 0 ? i : rows.length - 1;
}

/** The steady month's savings and the horizon's savings to date of `rows` (what the gap steps read). */
export function savingsTotals<M>(rows: readonly MonthRowOf<M>[]): ProjectionTotals<M> {
  return { steadySavings: rows[steadyIndex(rows)]!.savings, cumulativeSavings: rows[rows.length - 1]!.cumulativeSavings };
}

/**
 * Payback in months: the first month whose cumulative savings reach 0, interpolated
 * linearly within that month (month m-1 + what was still owed / that month's savings).
 * 0 when nothing is owed. Null when it is not reached within the horizon.
 */
export function paybackMonths(setupCost: Money, rows: readonly MonthRow[]): number | null {
  let owed = setupCost;
  if (owed.lte(0)) return 0;
  for (const r of rows) {
    if (r.savings.gt(0) && r.savings.gte(owed)) return r.month - 1 + owed.div(r.savings).toNumber();
    owed = owed.minus(r.savings);
    if (owed.lte(0)) return r.month;
  }
  return null;
}

/**
 * {@link paybackMonths} on whole cents (the Monte Carlo's rows): the same comparisons on
 * exact integers, and the same decimal division, so the same number.
 */
export function paybackMonthsCents(setupCents: number, rows: readonly MonthRowOf<number>[]): number | null {
  let owed = setupCents;
  if (owed <= 0) return 0;
  for (const r of rows) {
    if (r.savings > 0 && r.savings >= owed) return r.month - 1 + new Money(owed).div(r.savings).toNumber();
    owed -= r.savings;
    if (owed <= 0) return r.month;
  }
  return null;
}

/**
 * NPV: -setup + sum of savings_m / (1 + annual rate)^(m / 12), savings at each month's
 * end. The discount factor is a rate, computed as a float (to ~1e-16 relative); the
 * money it multiplies stays decimal and the result is rounded to the minor unit (`digits`
 * decimals, docs/METHOD.md, "Money and rounding").
 */
export function npv(setupCost: Money, rows: readonly MonthRow[], annualRatePct: number, digits = 2): Money {
  return exactNpv(setupCost, rows, annualRatePct).toDecimalPlaces(digits, Money.ROUND_HALF_UP);
}

/** {@link npv} before its rounding to the minor unit. */
export function exactNpv(setupCost: Money, rows: readonly MonthRow[], annualRatePct: number): Money {
  const base = 1 + fraction(annualRatePct);
  let total = setupCost.negated();
  for (const r of rows) total = total.plus(r.savings.times(Math.pow(base, -r.month / 12)));
  return total;
}

/**
 * The channels' NPVs, each rounded to the minor unit, made to add up to the scenario's
 * (docs/METHOD.md, "Channels"), for channels whose NPVs rounded alone miss it: a channel's
 * setup share and savings add up to the scenario's, so the exact NPVs do too, and only their
 * rounding could leave the sum a unit or two off. Each channel gets its NPV rounded down,
 * and the units left go one each to the largest remainders (the earlier channel on a tie),
 * as the one-time cost is split.
 */
export function channelNpvs(total: Money, exact: readonly Money[], digits: number): Money[] {
  const scale = minorScale(digits);
  const floors = exact.map((x) => x.times(scale).floor());
  const left = total
    .times(scale)
    .minus(floors.reduce((a, b) => a.plus(b), new Money(0)))
    .toNumber();
  const order = exact.map((x, i) => ({ i, rest: x.times(scale).minus(floors[i]!) })).sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const units = floors.map((f) => f);
  // `left` is between 0 and the number of channels when the total is the rounded sum of the exact NPVs.
  for (let k = 0; k < left && k < order.length; k++) units[order[k]!.i] = units[order[k]!.i]!.plus(1);
  return units.map((u) => u.div(scale));
}

/**
 * NPV (see {@link npv}) of savings in whole minor units: the discounted sum taken in floats
 * and rounded there unless it lies within 1e-13 of its terms (far above the float error of
 * 120 products and sums) of a half unit; there, and past 2.5e11 units, null: the caller then
 * takes the decimal sum. Either way the same amount.
 */
export function npvUnits(setupUnits: number, rows: readonly MonthRowOf<number>[], annualRatePct: number): number | null {
  const base = 1 + fraction(annualRatePct);
  let total = -setupUnits;
  let size = Math.abs(setupUnits);
  for (const r of rows) {
    const term = r.savings * Math.pow(base, -r.month / 12);
    total += term;
    size += Math.abs(term);
  }
  const margin = size * 1e-13 + 1e-9;
  if (margin >= 0.25 || !Number.isFinite(total)) return null;
  const half = Math.abs(total) - Math.floor(Math.abs(total)) - 0.5;
  if (half <= margin && half >= -margin) return null;
  return Math.round(total) + 0;
}

/**
 * Sums over the horizon: savings (of the first year too), AI spend (with the one-time cost), payback and NPV. In
 * plain numbers where the rows were booked in whole minor units and the one-time cost is
 * whole units (the same figures, without a decimal operation a month), in decimals otherwise.
 */
function horizonFigures(
  setup: Money,
  rows: readonly MonthRow[],
  ratePct: number,
  digits: number,
): { horizonSavings: Money; aiSpend: Money; paybackMonths: number | null; npv: Money; yearOneSavings: Money } {
  const units = unitsOf(rows);
  const setupUnits = setup.times(minorScale(digits)).toNumber();
  if (units && units.digits === digits && Number.isSafeInteger(setupUnits)) {
    let saved = 0,
      spent = 0,
      yearOne = 0;
    for (const r of units.rows) {
      saved += r.savings;
      spent += r.aiCost + r.fixedCost;
      if (r.month <= 12) yearOne += r.savings;
    }
    const safe = (x: number) => Number.isSafeInteger(x) && Math.abs(x) < 2 ** 52;
    if (safe(saved) && safe(spent) && safe(yearOne)) {
      const n = npvUnits(setupUnits, units.rows, ratePct);
      return {
        yearOneSavings: fromMinor(yearOne, digits),
        horizonSavings: fromMinor(saved, digits),
        aiSpend: fromMinor(spent, digits).plus(setup),
        paybackMonths: paybackMonthsCents(setupUnits, units.rows),
        npv: n === null ? npv(setup, rows, ratePct, digits) : fromMinor(n, digits),
      };
    }
  }
  return {
    yearOneSavings: sum(rows.filter((x) => x.month <= 12).map((x) => x.savings)),
    horizonSavings: sum(rows.map((x) => x.savings)),
    aiSpend: sum(rows.map((x) => x.aiCost.plus(x.fixedCost))).plus(setup),
    paybackMonths: paybackMonths(setup, rows),
    npv: npv(setup, rows, ratePct, digits),
  };
}

/**
 * An amount per contact, rounded half-up to the minor unit: `amount / contacts` in decimals.
 * Given the amount in whole minor units, the quotient is taken in floats and rounded there
 * when it is clearly not near a half unit (the float's error is below 1e-15 of the value; the
 * margin used is 1e-12 of it and 1e-9 absolute), as `minorTimes` does (money.ts); near a
 * half, for negative amounts and past 2.5e11 units, the decimal quotient decides.
 */
export function perContact(amount: Money, units: number | undefined, contacts: number, digits: number): Money {
  if (units !== undefined && contacts > 0) {
    const y = units / contacts;
    const margin = Math.abs(y) * 1e-12 + 1e-9;
    if (y >= 0 && margin < 0.25) {
      const half = y - Math.floor(y) - 0.5;
      if (half > margin || half < -margin) return fromMinor(Math.round(y), digits);
    }
  }
  return amount.div(contacts).toDecimalPlaces(digits, Money.ROUND_HALF_UP);
}

/**
 * A positive amount per error, rounded down to the minor unit: `amount / errors` in decimals.
 * Given the amount in whole minor units, the quotient is taken in floats and cut there when
 * it is clearly not near a whole unit (the margins of {@link perContact}); near one, and past
 * 2.5e11 units, the decimal quotient decides.
 */
export function perErrorDown(amount: Money, units: number | undefined, errors: number, digits: number): Money {
  if (units !== undefined && errors > 0 && Number.isSafeInteger(units)) {
    const y = units / errors;
    const margin = Math.abs(y) * 1e-12 + 1e-9;
    if (y >= 0 && margin < 0.25) {
      const frac = y - Math.floor(y);
      if (frac > margin && frac < 1 - margin) return fromMinor(Math.floor(y), digits);
    }
  }
  return amount.div(errors).toDecimalPlaces(digits, Money.ROUND_DOWN);
}

/** Months of the first year within the horizon. */
function yearOneMonths(rows: readonly MonthRow[]): number {
  let n = 0;
  for (const r of rows) if (r.month <= 12) n++;
  return n;
}

/** Summary figures of a projection. */
export function summarise(s: Scenario, rows: readonly MonthRow[]): Summary {
  const i = steadyIndex(rows);
  const r = rows[i]!;
  const digits = minorUnitDigits(s.finance.currency);
  const units = unitsOf(rows);
  const unitRow = units && units.digits === digits ? units.rows[i] : undefined;
  const setup = new Money(s.ai.setupCost);
  const horizon = horizonFigures(setup, rows, s.finance.discountRatePct, digits);
  const { horizonSavings, aiSpend } = horizon;
  const horizonNet = horizonSavings.minus(setup);
  const tHuman = s.experience.resolutionMinutesHuman;
  const tAi = s.experience.resolutionMinutesAi;
  // Escalated contacts see the AI's time and then a human's; the rest one or the other.
  const afterMinutes = r.contacts > 0 ? (r.aiResolved * tAi + r.aiEscalated * (tAi + tHuman) + (r.contacts - r.attempted) * tHuman) / r.contacts : tHuman;
  const savingsBeforeErrors = r.savings.plus(r.qualityCost);
  return {
    steadyMonth: r.month,
    rampComplete: r.ramp >= 1,
    contactsPerMonth: r.contacts,
    automationRatePct: r.contacts > 0 ? (r.aiResolved / r.contacts) * 100 : 0,
    aiResolvedPerMonth: r.aiResolved,
    aiEscalatedPerMonth: r.aiEscalated,
    errorsPerMonth: r.errors,
    escalationRatePct: r.attempted > 0 ? (r.aiEscalated / r.attempted) * 100 : null,
    humanContactsPerMonth: r.humanContacts,
    humanHoursPerMonth: r.humanHours,
    humanAhtBefore: r.contacts > 0 ? (r.baselineHours * 60) / r.contacts : 0,
    humanAhtAfter: r.humanContacts > 0 ? (r.humanHours * 60) / r.humanContacts : null,
    agentEquivalentsBaseline: r.agentEquivalentsBaseline,
    agentEquivalentsWithAi: r.agentEquivalents,
    agentEquivalentsAiWork: r.agentEquivalentsBaseline - r.agentEquivalents,
    staffedFteBaseline: r.staffingBaseline.staffedFte,
    staffedFteWithAi: r.staffing.staffedFte,
    peakAgents: r.staffing.peakAgents,
    peakAgentsBaseline: r.staffingBaseline.peakAgents,
    serviceLevelPct: r.staffing.serviceLevel === null ? null : r.staffing.serviceLevel * 100,
    asaSeconds: r.staffing.asaSeconds,
    abandonRatePct: r.staffing.abandonRate === null ? null : r.staffing.abandonRate * 100,
    responseLevelPct: r.staffing.responseLevel == null ? null : r.staffing.responseLevel * 100,
    occupancyPct: r.staffing.occupancy * 100,
    baselineCostPerMonth: r.baselineCost,
    totalCostPerMonth: r.totalCost,
    humanCostPerMonth: r.humanCost,
    aiCostPerMonth: r.aiCost,
    qualityCostPerMonth: r.qualityCost,
    fixedCostPerMonth: r.fixedCost,
    monthlySavings: r.savings,
    annualSavings: r.savings.times(12),
    baselineCostPerContact: r.contacts > 0 ? perContact(r.baselineCost, unitRow?.baselineCost, r.contacts, digits) : null,
    hybridCostPerContact: r.contacts > 0 ? perContact(r.totalCost, unitRow?.totalCost, r.contacts, digits) : null,
    paybackMonths: horizon.paybackMonths,
    roiPct: aiSpend.gt(0) ? horizonNet.div(aiSpend).times(100).toNumber() : null,
    npv: horizon.npv,
    yearOneSavings: horizon.yearOneSavings,
    yearOneMonths: yearOneMonths(rows),
    horizonSavings,
    horizonNetSavings: horizonNet,
    breakEvenErrorCost:
      r.errors > 0 && savingsBeforeErrors.gt(0)
        ? perErrorDown(savingsBeforeErrors, unitRow ? unitRow.savings + unitRow.qualityCost : undefined, r.errors, digits)
        : null,
    resolutionTimeImprovementPct: tHuman > 0 ? ((tHuman - afterMinutes) / tHuman) * 100 : null,
  };
}

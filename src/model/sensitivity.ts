/**
 * Sensitivity of staffing (docs/METHOD.md, "Staffing sensitivity"): how the staffing of
 * the steady month moves with the service-level target, and with the automation rate. Each
 * point is the full model's staffing of that one month, with everything else as in the
 * scenario: the same contacts, mix, handle times, arrival profile, queue model and caps,
 * staffed to target (a fixed headcount is set aside, since the question is what the target
 * would need).
 */
import { attemptableShare, automationRate, withAutomation } from './mix';
import { openHoursPerWeek } from './profile';
import { newContext, project, type Context, type MonthRow } from './projection';
import type { Scenario } from './schema';
import { steadyIndex } from './summary';
import { FULL } from './switches';
import { WEEKS_PER_MONTH } from './units';

/** One point of a sensitivity series. */
export interface SensitivityPoint {
  /** The input varied: service-level target or automation rate, percent. */
  xPct: number;
  /** Most agents on seat in any interval. */
  peakAgents: number;
  /** Staffed FTE (service level, occupancy, shrinkage). */
  staffedFte: number;
}

/** A series and where the scenario itself stands on it. */
export interface SensitivitySeries {
  points: SensitivityPoint[];
  /** The scenario's own value of the varied input, percent. */
  currentPct: number;
}

/** Service-level targets the first series visits, percent answered within the target time. */
export const SERVICE_LEVEL_STEPS: readonly number[] = [50, 60, 70, 75, 80, 85, 90, 95, 98];

/** The steady month alone: its contacts, at full ramp, no growth, staffed to target. */
function steadyMonthScenario(s: Scenario, steadyContacts: number): Scenario {
  return { ...s, contactsPerMonth: steadyContacts, growthPctPerMonth: 0, ramp: [], finance: { ...s.finance, months: 1 }, human: { ...s.human, seats: null } };
}

/**
 * The steady month of one point. The points of a series share a context (`from`): the
 * months they staff alike are staffed once, and each search starts from the last one's
 * answer; the figures are those of a fresh context.
 */
function staffingOf(s: Scenario, from: Context): MonthRow {
  return project(s, FULL, newContext(from))[0]!;
}

/** Contacts of the scenario's steady month (first month at full ramp) as the full model projects it. */
export function steadyContacts(rows: readonly MonthRow[]): number {
  return rows[steadyIndex(rows)]?.contacts ?? 0;
}

/**
 * Agents and staffed FTE of the steady month (with the AI) against the service-level
 * target, at each of `targets` (percent; the scenario's own target is added in order).
 */
export function staffingByServiceLevel(s: Scenario, contacts: number, targets: readonly number[] = SERVICE_LEVEL_STEPS): SensitivitySeries {
  const base = steadyMonthScenario(s, contacts);
  const xs = [...new Set([...targets, s.human.serviceLevelPct])].filter((x) => x > 0 && x <= 99.9).sort((a, b) => a - b);
  const ctx = newContext();
  const points = xs.map((xPct) => {
    const row = staffingOf({ ...base, human: { ...base.human, serviceLevelPct: xPct } }, ctx);
    return { xPct, peakAgents: row.staffing.peakAgents, staffedFte: row.staffing.staffedFte };
  });
  return { points, currentPct: s.human.serviceLevelPct };
}

/**
 * Agents and staffed FTE of the steady month against the automation rate (percent of all
 * contacts the AI resolves), from 0 in round steps of 5 or 10 points (about `steps`
 * of them) to what the AI may attempt, plus the scenario's own rate. Resolution rates are rescaled as the automation field
 * does (`withAutomation`), so the mix the AI leaves to humans changes as it would.
 */
export function staffingByAutomation(s: Scenario, contacts: number, steps = 8): SensitivitySeries {
  const base = steadyMonthScenario(s, contacts);
  const ceilingPct = attemptableShare(s) * 100;
  const currentPct = automationRate(s) * 100;
  // Round steps (5 or 10 points) up to the ceiling, which is visited too.
  const step = ceilingPct / steps > 7.5 ? 10 : 5;
  const grid = Array.from({ length: Math.floor(ceilingPct / step + 1e-9) + 1 }, (_, i) => i * step);
  const xs = [...new Set([...grid, ceilingPct, currentPct])].sort((a, b) => a - b);
  const points: SensitivityPoint[] = [];
  const ctx = newContext();
  for (const xPct of xs) {
    const rescaled = withAutomation(s, xPct);
    if (!rescaled.ok) continue;
    const row = staffingOf({ ...base, categories: rescaled.categories }, ctx);
    points.push({ xPct, peakAgents: row.staffing.peakAgents, staffedFte: row.staffing.staffedFte });
  }
  return { points, currentPct };
}

/**
 * Staffed FTE of one more agent on seat in every open hour of the week: the step in
 * which staffed FTE moves, since each interval is staffed with whole agents. Open hours
 * x weeks per month / (paid hours per FTE-month x (1 - shrinkage)); 0 when an FTE has no
 * available hours (shrinkage of 100 %).
 */
export function fteStepOfOneAgent(s: Scenario): number {
  const availableHoursPerMonth = s.human.paidHoursPerMonth * (1 - s.human.shrinkagePct / 100);
  if (!(availableHoursPerMonth > 0)) return 0;
  return (openHoursPerWeek(s.human) * WEEKS_PER_MONTH) / availableHoursPerMonth;
}

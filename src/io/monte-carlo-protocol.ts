/**
 * Messages between the Monte Carlo client and its workers. Money crosses the thread
 * boundary as plain decimal strings (a Decimal loses its prototype in structured clone)
 * and draws as typed arrays of whole cents; both come back exact.
 */
import { Money, type Scenario, type AutomationSolution, type DecisionSupport, type DrawBatch, type TornadoBar } from '../model';

export type WorkerRequest =
  /**
   * Draws `start` to `start + count - 1` of the scenario's run. A run comes in several jobs
   * (draw-schedule.ts); those with the same `run` continue from the last one's context.
   */
  | { type: 'draws'; id: number; run?: number; scenario: Scenario; start: number; count: number }
  /** The tornado and the solvers. */
  | { type: 'decide'; id: number; scenario: Scenario }
  /**
   * Draws `start` onwards of the scenario's run, until `ms` milliseconds have passed (the
   * slice under way ends first) or `count` draws are done, kept for the run: the worker compiles the draws' code while the inputs
   * settle, so the run that follows does not (monte-carlo-client.ts, `prepare`). Only
   * `progress` is sent back: the draws kept so far.
   */
  | { type: 'warm'; id: number; scenario: Scenario; start: number; count: number; ms: number }
  /** Stop job `id` at its next slice; its result is never sent. */
  | { type: 'cancel'; id: number };

export type WorkerResponse =
  | { type: 'draws'; id: number; batch: DrawBatch }
  /** Draws of job `id` done so far (sent after each slice; the batch follows at the end). */
  | { type: 'progress'; id: number; done: number }
  | { type: 'decide'; id: number; decision: DecisionWire }
  | { type: 'error'; id: number; message: string };

type BarWire = Omit<TornadoBar, 'atLow' | 'atHigh' | 'swing'> & { atLow: string; atHigh: string; swing: string };

/** `DecisionSupport` with its money as decimal strings. */
export interface DecisionWire {
  tornado: { base: string; bars: BarWire[] };
  steady: AutomationSolution;
  payback: AutomationSolution;
  breakEvenErrorCost: string | null;
}

export function encodeDecision(d: DecisionSupport): DecisionWire {
  return {
    tornado: {
      base: d.tornado.base.toFixed(),
      bars: d.tornado.bars.map((b) => ({ ...b, range: { ...b.range }, atLow: b.atLow.toFixed(), atHigh: b.atHigh.toFixed(), swing: b.swing.toFixed() })),
    },
    steady: d.steady,
    payback: d.payback,
    breakEvenErrorCost: d.breakEvenErrorCost === null ? null : d.breakEvenErrorCost.toFixed(),
  };
}

export function decodeDecision(w: DecisionWire): DecisionSupport {
  return {
    tornado: {
      base: new Money(w.tornado.base),
      bars: w.tornado.bars.map((b) => ({ ...b, atLow: new Money(b.atLow), atHigh: new Money(b.atHigh), swing: new Money(b.swing) })),
    },
    steady: w.steady,
    payback: w.payback,
    breakEvenErrorCost: w.breakEvenErrorCost === null ? null : new Money(w.breakEvenErrorCost),
  };
}

/**
 * A plain copy of a scenario that structured clone accepts: reactive proxies of a UI
 * framework are refused by `postMessage`. The scenario is JSON data by its schema.
 */
export function plainScenario(s: Scenario): Scenario {
  return JSON.parse(JSON.stringify(s)) as Scenario;
}

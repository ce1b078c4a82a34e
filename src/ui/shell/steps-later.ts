/**
 * Work a view shows but the frame of an edit does not need (the staffing view's sensitivity
 * charts, which staff the steady month some twenty times), run in steps, one per task, so
 * that no step holds the page for the whole of it:
 * - `paint`: for a view on screen, starting in the task after the frame that shows the edit;
 * - `settled`: for a hidden view, starting once the inputs have settled (SETTLE_MS without
 *   another edit: a burst of typing computes nothing for it) and the page is idle.
 * `finish()` runs the steps left at once (printing, which cannot wait); `cancel()` drops them.
 */
import { SETTLE_MS } from '../uncertainty/settle';
import { afterNextPaint } from './after-paint';

/** The clocks the steps wait on: the browser's, or stand-ins in tests. Each returns a cancel. */
export interface StepClock {
  afterPaint: (fn: () => void) => () => void;
  /** After `ms` and then an idle moment of the page. */
  afterIdle: (fn: () => void, ms: number) => () => void;
  nextTask: (fn: () => void) => () => void;
}

/** Longest wait for an idle moment once the inputs have settled, milliseconds. */
const IDLE_WAIT_MS = 1000;

export const browserStepClock: StepClock = {
  afterPaint: (fn) => afterNextPaint(fn),
  afterIdle: (fn, ms) => {
    let idle: number | null = null;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(fn, { timeout: IDLE_WAIT_MS });
      else fn();
    }, ms);
    return () => {
      clearTimeout(timer);
      if (idle !== null) cancelIdleCallback(idle);
    };
  },
  nextTask: (fn) => {
    const t = setTimeout(fn);
    return () => clearTimeout(t);
  },
};

export interface LaterSteps {
  /** Runs the steps not yet run, now. */
  finish(): void;
  /** Starts the steps after the next paint if they still wait for the inputs to settle (the view came on screen). */
  soon(): void;
  /** Drops the steps not yet run. */
  cancel(): void;
  /** Whether every step has run. */
  readonly done: boolean;
}

export function runStepsLater(steps: readonly (() => void)[], start: 'paint' | 'settled', clock: StepClock = browserStepClock): LaterSteps {
  let next = 0;
  let stopped = false;
  let started = false;
  let cancelWait: () => void = () => {};
  const step = () => {
    started = true;
    if (stopped || next >= steps.length) return;
    steps[next++]!();
    if (next < steps.length) cancelWait = clock.nextTask(step);
  };
  cancelWait = start === 'paint' ? clock.afterPaint(step) : clock.afterIdle(step, SETTLE_MS);
  return {
    finish() {
      cancelWait();
      while (!stopped && next < steps.length) steps[next++]!();
    },
    soon() {
      if (started || stopped) return;
      cancelWait();
      cancelWait = clock.afterPaint(step);
    },
    cancel() {
      stopped = true;
      cancelWait();
    },
    get done() {
      return next >= steps.length;
    },
  };
}

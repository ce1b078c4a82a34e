/**
 * The jobs of a Monte Carlo worker (monte-carlo.worker.ts), apart from the worker's globals
 * so that they run in tests: draws of a run, the decision support, and the warm-up of a new
 * worker. Work goes in slices of about SLICE_MS with a yield in between, so a `cancel` for a
 * stale run is read within one slice and the rest is skipped; after each slice the draws
 * done so far are reported (the page shows the progress).
 */
import { decisionSupport, type Context, joinBatches, runDrawsFrom, sliceBatch, type DrawBatch, type Scenario } from '../model';
import { nextSliceSize } from './monte-carlo-progress';
import { encodeDecision, type WorkerRequest, type WorkerResponse } from './monte-carlo-protocol';

/** A slice's length, milliseconds: the longest a cancel waits (a heavy scenario's single draw may take longer). */
export const SLICE_MS = 50;

/** Where a block of draws stands: the draws done so far, joined in order at the end. */
interface Progress {
  done: number;
  parts: DrawBatch[];
  context: Context | null;
  /** The next slice's size, in draws. */
  size: number;
}

/**
 * Draws a warm-up computed ahead of a run (`prepare` in monte-carlo-client.ts): the job of
 * the same scenario from the same first draw continues from them rather than computing
 * them again, and a job of fewer draws takes its own, the rest waiting for the job that
 * begins where it ends (a run comes in jobs, draw-schedule.ts). Draw i depends on the
 * scenario and i alone, so the figures are the same.
 */
interface HeadStart extends Progress {
  /** The scenario as JSON: both messages carry a JSON copy of it (plainScenario). */
  scenario: string;
  start: number;
}

/** Computes the next slice of draws `start + p.done` onwards (at most `count` in all) into `p`. */
function slice(p: Progress, scenario: Scenario, start: number, count: number, now: () => number): void {
  const n = Math.min(p.size, count - p.done);
  const t0 = now();
  const r = runDrawsFrom(scenario, start + p.done, n, p.context);
  p.context = r.context;
  p.parts.push(r.batch);
  p.done += n;
  p.size = nextSliceSize(n, now() - t0, SLICE_MS);
}

export interface DrawJobs {
  /** Takes a message from the page: jobs run one at a time, in the order they came; a cancel at once. */
  receive(m: WorkerRequest): void;
  /** Resolves once every job received so far has ended (for tests). */
  idle(): Promise<void>;
}

/**
 * The worker's job queue. `send` posts a response to the page; `yieldToMessages` lets queued
 * messages (a cancel, the next job) in before it resolves.
 */
export function drawJobs(send: (m: WorkerResponse) => void, yieldToMessages: () => Promise<void>, now: () => number = () => performance.now()): DrawJobs {
  const cancelled = new Set<number>();
  let queue: Promise<void> = Promise.resolve();
  /** Jobs received and not yet begun: a warm-up gives way to them. */
  let waiting = 0;
  let headStart: HeadStart | null = null;

  /** The last job of a run: the next job of that run continues from its context and slice size. */
  let lastJob: { run: number; context: Context | null; size: number } | null = null;

  /**
   * The warm-up's draws if they begin this job's (same scenario, same first draw): all of
   * them, or the job's count with the rest held for the job after it. Dropped otherwise.
   */
  function takeHeadStart(m: Extract<WorkerRequest, { type: 'draws' }>): HeadStart | null {
    const held = headStart;
    headStart = null;
    if (held === null || held.done === 0 || held.start !== m.start || held.scenario !== JSON.stringify(m.scenario)) return null;
    if (held.done <= m.count) return held;
    const all = joinBatches(held.parts);
    const rest = held.done - m.count;
    headStart = { ...held, start: m.start + m.count, done: rest, parts: [sliceBatch(all, m.count, rest)] };
    return { ...held, done: m.count, parts: [sliceBatch(all, 0, m.count)] };
  }

  async function draws(m: Extract<WorkerRequest, { type: 'draws' }>): Promise<void> {
    const held = takeHeadStart(m);
    const same = m.run !== undefined && lastJob !== null && lastJob.run === m.run ? lastJob : null;
    const p: Progress = held ?? { done: 0, parts: [], context: same?.context ?? null, size: same?.size ?? 1 };
    if (held) send({ type: 'progress', id: m.id, done: p.done });
    while (p.done < m.count) {
      await yieldToMessages();
      if (cancelled.has(m.id)) return;
      slice(p, m.scenario, m.start, m.count, now);
      send({ type: 'progress', id: m.id, done: p.done });
    }
    // A cancelled job's run has no job after it: only a finished one hands on its context.
    if (m.run !== undefined) lastJob = { run: m.run, context: p.context, size: p.size };
    if (p.parts.length === 0) p.parts.push(runDrawsFrom(m.scenario, m.start, 0, null).batch);
    send({ type: 'draws', id: m.id, batch: joinBatches(p.parts) });
  }

  /**
   * Draws of the scenario, kept for the run, until `ms` have passed, the block is done or
   * another job waits (its slices are a run's: a job that comes meanwhile waits no longer
   * than for a run's slice).
   */
  async function warm(m: Extract<WorkerRequest, { type: 'warm' }>): Promise<void> {
    const until = now() + m.ms;
    const held: HeadStart = { scenario: JSON.stringify(m.scenario), start: m.start, done: 0, parts: [], context: null, size: 1 };
    headStart = held;
    while (held.done < m.count && now() < until) {
      await yieldToMessages();
      if (cancelled.has(m.id) || waiting > 0) return;
      slice(held, m.scenario, m.start, m.count, now);
      // The page hands this worker at least these draws in the run's first job (draw-schedule.ts).
      send({ type: 'progress', id: m.id, done: held.done });
    }
  }

  async function decide(m: Extract<WorkerRequest, { type: 'decide' }>): Promise<void> {
    await yieldToMessages();
    if (cancelled.has(m.id)) return;
    send({ type: 'decide', id: m.id, decision: encodeDecision(decisionSupport(m.scenario)) });
  }

  return {
    receive(m) {
      if (m.type === 'cancel') {
        cancelled.add(m.id);
        return;
      }
      waiting++;
      queue = queue.then(async () => {
        waiting--;
        try {
          if (m.type === 'draws') await draws(m);
          else if (m.type === 'warm') await warm(m);
          else await decide(m);
        } catch (err) {
          send({ type: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) });
        } finally {
          cancelled.delete(m.id);
        }
      });
    },
    idle: () => queue,
  };
}

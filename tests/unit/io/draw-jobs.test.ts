import { describe, expect, it } from 'vitest';
import { presetScenario, type Scenario } from '../../../src/model';
import { runDraws } from '../../../src/model/uncertainty';
import { drawJobs, type DrawJobs } from '../../../src/io/draw-jobs';
import { plainScenario, type WorkerRequest, type WorkerResponse } from '../../../src/io/monte-carlo-protocol';

/**
 * A worker's job queue on a clock that stands still (a warm-up never runs out of time, and
 * every slice takes 0 ms, so slices double: 1, 2, 4 ... draws). `onYield(n)` runs at the
 * worker's n-th yield, where a real worker reads the messages that came meanwhile.
 */
function worker(onYield: (n: number, jobs: DrawJobs) => void = () => {}) {
  const sent: WorkerResponse[] = [];
  let yields = 0;
  const jobs: DrawJobs = drawJobs(
    (m) => sent.push(m),
    async () => {
      onYield(++yields, jobs);
      await new Promise((r) => setTimeout(r, 0));
    },
    () => 0,
  );
  return { jobs, sent };
}

const s = presetScenario('saas');
const warm = (sc: Scenario, start: number, count: number): WorkerRequest => ({ type: 'warm', id: 1, scenario: plainScenario(sc), start, count, ms: 1 });
const draws = (sc: Scenario, start: number, count: number): WorkerRequest => ({ type: 'draws', id: 2, scenario: plainScenario(sc), start, count });
const progress = (sent: WorkerResponse[]) => sent.flatMap((m) => (m.type === 'progress' ? [m.done] : []));
const batch = (sent: WorkerResponse[]) => sent.flatMap((m) => (m.type === 'draws' ? [m.batch] : []));

describe('drawJobs', () => {
  it('continues a run from the draws a warm-up of the same scenario made, with the figures of the run alone', async () => {
    const { jobs, sent } = worker();
    jobs.receive(warm(s, 10, 12));
    await jobs.idle();
    // The warm-up sends nothing.
    expect(sent).toEqual([]);
    jobs.receive(draws(s, 10, 12));
    await jobs.idle();
    // All twelve draws were done by the warm-up: none is computed again.
    expect(progress(sent)).toEqual([12]);
    expect(batch(sent)).toEqual([runDraws(s, 10, 12)]);
  });

  it('gives way to a job that comes during the warm-up, and the job continues from the draws done so far', async () => {
    // The run's request arrives at the third yield: after the warm-up's slices of 1 and 2 draws.
    const { jobs, sent } = worker((n, j) => n === 3 && j.receive(draws(s, 0, 20)));
    jobs.receive(warm(s, 0, 20));
    await jobs.idle();
    await jobs.idle();
    // Its slices go on from the warm-up's: 4, 8, then the 5 left.
    expect(progress(sent)).toEqual([3, 7, 15, 20]);
    expect(batch(sent)).toEqual([runDraws(s, 0, 20)]);
  });

  it("drops the warm-up's draws for a run of another scenario, another first draw or fewer draws", async () => {
    for (const run of [draws({ ...s, seed: s.seed + 1 }, 0, 6), draws(s, 3, 6), draws(s, 0, 2)]) {
      const { jobs, sent } = worker();
      jobs.receive(warm(s, 0, 6));
      await jobs.idle();
      jobs.receive(run);
      await jobs.idle();
      const r = run as Extract<WorkerRequest, { type: 'draws' }>;
      expect(progress(sent)[0]).toBe(1);
      expect(batch(sent)).toEqual([runDraws(r.scenario, r.start, r.count)]);
    }
  });

  it('stops a cancelled run at its next slice and sends nothing of it', async () => {
    const { jobs, sent } = worker((n, j) => n === 2 && j.receive({ type: 'cancel', id: 2 }));
    jobs.receive(draws(s, 0, 20));
    await jobs.idle();
    expect(progress(sent)).toEqual([1]);
    expect(batch(sent)).toEqual([]);
  });
});

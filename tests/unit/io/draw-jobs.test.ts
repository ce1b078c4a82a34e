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
const draws = (sc: Scenario, start: number, count: number): Extract<WorkerRequest, { type: 'draws' }> => ({
  type: 'draws',
  id: 2,
  scenario: plainScenario(sc),
  start,
  count,
});
/** The progress of the jobs after the warm-up (id 1). */
const progress = (sent: WorkerResponse[]) => sent.flatMap((m) => (m.type === 'progress' && m.id !== 1 ? [m.done] : []));
const batch = (sent: WorkerResponse[]) => sent.flatMap((m) => (m.type === 'draws' ? [m.batch] : []));

describe('drawJobs', () => {
  it('continues a run from the draws a warm-up of the same scenario made, with the figures of the run alone', async () => {
    const { jobs, sent } = worker();
    jobs.receive(warm(s, 10, 12));
    await jobs.idle();
    // The warm-up sends its progress alone: slices of 1, 2, 4, then the 5 left.
    expect(sent).toEqual([1, 3, 7, 12].map((done) => ({ type: 'progress', id: 1, done })));
    sent.length = 0;
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

  it('gives a job of fewer draws than the warm-up made its own, and the rest to the job that begins where it ends', async () => {
    const { jobs, sent } = worker();
    jobs.receive(warm(s, 0, 6));
    await jobs.idle();
    jobs.receive({ ...draws(s, 0, 2), id: 2, run: 9 });
    jobs.receive({ ...draws(s, 2, 3), id: 3, run: 9 });
    jobs.receive({ ...draws(s, 5, 4), id: 4, run: 9 });
    await jobs.idle();
    // Nothing computed for the first two jobs; the third has the warm-up's last draw and
    // computes its other three in one slice (the warm-up's slices went 1, 2, 3: the next is 6).
    expect(sent.flatMap((m) => (m.type === 'progress' && m.id !== 1 ? [[m.id, m.done]] : []))).toEqual([
      [2, 2],
      [3, 3],
      [4, 1],
      [4, 4],
    ]);
    expect(batch(sent)).toEqual([runDraws(s, 0, 2), runDraws(s, 2, 3), runDraws(s, 5, 4)]);
  });

  it('continues a job from the slice size of the last job of the same run, and a new run from one draw', async () => {
    const { jobs, sent } = worker();
    jobs.receive({ ...draws(s, 0, 7), id: 2, run: 1 });
    jobs.receive({ ...draws(s, 7, 9), id: 3, run: 1 });
    jobs.receive({ ...draws(s, 16, 3), id: 4, run: 2 });
    await jobs.idle();
    // Slices double on a clock that stands still: 1, 2, 4; then 8 and the 1 left; a new run begins at 1 again.
    expect(sent.flatMap((m) => (m.type === 'progress' ? [[m.id, m.done]] : []))).toEqual([
      [2, 1],
      [2, 3],
      [2, 7],
      [3, 8],
      [3, 9],
      [4, 1],
      [4, 3],
    ]);
    expect(batch(sent)).toEqual([runDraws(s, 0, 7), runDraws(s, 7, 9), runDraws(s, 16, 3)]);
  });

  it("drops the warm-up's draws for a run of another scenario or another first draw", async () => {
    for (const run of [draws({ ...s, seed: s.seed + 1 }, 0, 6), draws(s, 3, 6)]) {
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

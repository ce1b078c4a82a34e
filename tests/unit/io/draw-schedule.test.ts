import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DrawSchedule, minJobDraws, splitDraws, type DrawJob } from '../../../src/io/draw-schedule';

describe('splitDraws', () => {
  it('splits draws into contiguous, nearly equal blocks', () => {
    expect(splitDraws(2000, 2)).toEqual([
      { start: 0, count: 1000 },
      { start: 1000, count: 1000 },
    ]);
    expect(splitDraws(5, 2)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 3 },
    ]);
    expect(splitDraws(7, 1)).toEqual([{ start: 0, count: 7 }]);
    expect(splitDraws(1, 4)).toEqual([{ start: 0, count: 1 }]);
  });
});

describe('DrawSchedule', () => {
  it('hands out draws in shrinking jobs, each worker from its own block, then the end of another block', () => {
    const s = new DrawSchedule(100, 2);
    // Worked by hand: a job is max(1, ceil(left / 8)) draws, from the worker's own block while it lasts.
    expect(s.next(0)).toEqual({ start: 0, count: 13 }); // 100 left
    expect(s.next(0)).toEqual({ start: 13, count: 11 }); // 87 left
    expect(s.next(0)).toEqual({ start: 24, count: 10 }); // 76 left
    expect(s.next(0)).toEqual({ start: 34, count: 9 }); // 66 left
    expect(s.next(0)).toEqual({ start: 43, count: 7 }); // 57 left: a job of 8, but the block has 7
    // Worker 0's block is done: the last 7 (ceil(50 / 8)) of worker 1's.
    expect(s.next(0)).toEqual({ start: 93, count: 7 });
    expect(s.next(1)).toEqual({ start: 50, count: 6 }); // 43 left
    expect(s.left).toBe(37);
    // 2,000 draws: jobs of at least 8.
    expect(minJobDraws(2000)).toBe(8);
    expect(new DrawSchedule(2000, 2).next(1)).toEqual({ start: 1000, count: 250 });
  });

  it('hands out every draw exactly once, in jobs of at least the fewest draws unless a block ends, whoever asks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(7), { minLength: 1, maxLength: 60 }),
        (draws, workers, asks) => {
          const s = new DrawSchedule(draws, workers);
          const blocks = splitDraws(draws, workers);
          const seen = new Uint8Array(draws);
          const firstOf = new Map<number, DrawJob>();
          let jobs = 0;
          for (let k = 0; ; k++) {
            const w = asks[k % asks.length]! % s.workers;
            const job = s.next(w);
            if (job === null) break;
            jobs++;
            if (!firstOf.has(w)) firstOf.set(w, job);
            for (let i = job.start; i < job.start + job.count; i++) {
              if (seen[i]) throw new Error(`draw ${i} handed out twice`);
              seen[i] = 1;
            }
            const block = blocks.find((b) => job.start >= b.start && job.start < b.start + b.count);
            if (job.count > 0) {
              // Within one block, and short only where the block's draws ran out.
              expect(job.start + job.count).toBeLessThanOrEqual(block!.start + block!.count);
              // Fewer than the fewest draws only as the block's last ones.
              if (job.count < minJobDraws(draws)) expect(seen.subarray(block!.start, block!.start + block!.count).every((x) => x === 1)).toBe(true);
            }
          }
          expect(seen.every((x) => x === 1)).toBe(true);
          expect(s.left).toBe(0);
          expect(jobs).toBeGreaterThan(0);
          // A worker's first job begins its own block, where its warm-up began.
          for (const [w, job] of firstOf) if (draws > 0) expect(job.start).toBe(blocks[w]!.start);
        },
      ),
    );
  });

  it('lets a worker with half the speed of the other finish within two of the last jobs of it', () => {
    // Each worker computes its jobs one after the other and asks for the next as one ends,
    // with one job always waiting behind the one it computes (as the client hands them out).
    const msPerDraw = [1, 2];
    const s = new DrawSchedule(2000, 2);
    const queue: DrawJob[][] = [[], []];
    const busyUntil = [0, 0];
    for (const w of [0, 1]) for (let k = 0; k < 2; k++) queue[w]!.push(s.next(w)!);
    const ends = [0, 0];
    let jobs = 4;
    for (;;) {
      // The worker whose current job ends first.
      const live = [0, 1].filter((w) => queue[w]!.length > 0);
      if (live.length === 0) break;
      const w = live.reduce((a, b) => (busyUntil[a]! + queue[a]![0]!.count * msPerDraw[a]! <= busyUntil[b]! + queue[b]![0]!.count * msPerDraw[b]! ? a : b));
      const job = queue[w]!.shift()!;
      busyUntil[w]! += job.count * msPerDraw[w]!;
      ends[w] = busyUntil[w]!;
      const next = s.next(w);
      if (next) {
        queue[w]!.push(next);
        jobs++;
      }
    }
    // Split in halves, the slow worker would end at 2,000 ms and the fast one at 1,000.
    // Here both end near 2,000 x 2 / 3 = 1,333 ms, within two of the last jobs of the slow one.
    expect(Math.abs(ends[0]! - ends[1]!)).toBeLessThanOrEqual(2 * minJobDraws(2000) * 2);
    expect(Math.max(...ends)).toBeLessThan(1350);
    expect(jobs).toBeLessThan(40);
  });

  it('makes a run of no draws one empty job', () => {
    const s = new DrawSchedule(0, 2);
    expect(s.workers).toBe(1);
    expect(s.next(0)).toEqual({ start: 0, count: 0 });
    expect(s.next(0)).toBeNull();
  });
});

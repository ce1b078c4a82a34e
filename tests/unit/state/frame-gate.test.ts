import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FrameGate } from '../../../src/state/frame-gate';

/** Animation frames run by hand. */
function frames() {
  let queued: Array<() => void> = [];
  return {
    schedule: (task: () => void) => void queued.push(task),
    run() {
      const now = queued;
      queued = [];
      for (const t of now) t();
    },
    get queued() {
      return queued.length;
    },
  };
}

describe('FrameGate', () => {
  it('lets the first calculation of a frame run at once and defers the others to a later frame, the last one only', () => {
    const f = frames();
    const gate = new FrameGate(f.schedule);
    const ran: string[] = [];
    expect(gate.take()).toBe(true);
    expect(gate.take()).toBe(false);
    gate.defer(() => ran.push('b'));
    gate.defer(() => ran.push('c'));
    expect(gate.waiting).toBe(true);
    // The frame of the first calculation runs no second one.
    f.run();
    expect(ran).toEqual([]);
    f.run();
    expect(ran).toEqual(['c']);
    expect(gate.waiting).toBe(false);
    // That frame's turn is taken by the deferred calculation.
    expect(gate.take()).toBe(false);
    f.run();
    expect(gate.take()).toBe(true);
  });

  it('without frames every calculation runs at once', () => {
    const gate = new FrameGate(null);
    expect(gate.take()).toBe(true);
    expect(gate.take()).toBe(true);
  });

  it('never runs more than one calculation per frame, and runs the last edit of any burst', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant('frame' as const), fc.integer({ min: 0, max: 999 })), { maxLength: 60 }), (events) => {
        const f = frames();
        const gate = new FrameGate(f.schedule);
        let perFrame = 0;
        let worst = 0;
        let last: number | null = null;
        let computed: number | null = null;
        const compute = (v: number) => {
          perFrame++;
          worst = Math.max(worst, perFrame);
          computed = v;
        };
        for (const e of events) {
          if (e === 'frame') {
            perFrame = 0;
            f.run();
            continue;
          }
          last = e;
          if (gate.take()) compute(e);
          else gate.defer(() => compute(e));
        }
        for (let i = 0; i < 3; i++) {
          perFrame = 0;
          f.run();
        }
        expect(worst).toBeLessThanOrEqual(1);
        expect(computed).toBe(last);
        expect(f.queued).toBe(0);
      }),
    );
  });
});

/**
 * At most one calculation per frame. An edit's figures are computed at once when no
 * calculation has run since the last frame (typing at a human pace: every keystroke is
 * painted in the frame that follows it); edits that come faster than that (a burst of
 * keystrokes queued behind a long task, a pasted value and its replay) are only applied,
 * and the last of them is computed in the next frame that has none yet. Typing fast never
 * queues calculations: the ones in between are never made.
 *
 * Plain TS over an injected `schedule`, so it is tested without a page.
 */

/** Runs `task` at the next animation frame. */
export type FrameSchedule = (task: () => void) => void;

/** The browser's animation frames; null where there are none (Node: every calculation runs at once). */
export const animationFrames: FrameSchedule | null = typeof requestAnimationFrame === 'function' ? (task) => void requestAnimationFrame(() => task()) : null;

export class FrameGate {
  readonly #schedule: FrameSchedule | null;
  /** Whether a calculation ran since the last frame. */
  #used = false;
  #armed = false;
  #deferred: (() => void) | null = null;

  constructor(schedule: FrameSchedule | null = animationFrames) {
    this.#schedule = schedule;
  }

  /** Whether a calculation may run now (none ran since the last frame, none waits); when it may, this frame's turn is taken. */
  take(): boolean {
    if (this.#schedule === null) return true;
    if (this.#used || this.#deferred !== null) return false;
    this.#used = true;
    this.#arm();
    return true;
  }

  /** Runs `work` in the first frame whose turn is free; a later call replaces work not yet run. */
  defer(work: () => void): void {
    this.#deferred = work;
    this.#arm();
  }

  /** Whether work waits for a frame. */
  get waiting(): boolean {
    return this.#deferred !== null;
  }

  #arm(): void {
    if (this.#armed || this.#schedule === null) return;
    this.#armed = true;
    this.#schedule(() => this.#frame());
  }

  #frame(): void {
    this.#armed = false;
    const used = this.#used;
    this.#used = false;
    const work = this.#deferred;
    if (work === null) return;
    if (used) {
      // This frame already has its calculation (the edit before): the deferred one goes to the next.
      this.#arm();
      return;
    }
    this.#deferred = null;
    this.#used = true;
    this.#arm();
    work();
  }
}

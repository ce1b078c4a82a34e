/**
 * The question "which scenarios do you keep?" (keep.ts) while it is open, and the sentence
 * that says how a link was opened. The page shows the question as a dialog; `ask`
 * resolves once the user has answered.
 */
import type { KeepQuestion } from './keep';

export class KeepChoice {
  /** The open question, if any. */
  question = $state.raw<KeepQuestion | null>(null);
  /** How the session was opened from a link, and what became of the saved scenarios. */
  note = $state('');
  #answer: ((keep: boolean[][]) => void) | null = null;

  /** Asks the question; resolves with one list of ticks per group. */
  ask(question: KeepQuestion): Promise<boolean[][]> {
    this.question = question;
    return new Promise((resolve) => (this.#answer = resolve));
  }

  answer(keep: boolean[][]): void {
    const resolve = this.#answer;
    this.#answer = null;
    this.question = null;
    resolve?.(keep);
  }
}

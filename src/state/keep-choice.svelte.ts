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
  // Questions asked while another is open wait their turn.
  #queue: { question: KeepQuestion; resolve: (keep: boolean[][]) => void }[] = [];

  /** Asks the question; resolves with one list of ticks per group. */
  ask(question: KeepQuestion): Promise<boolean[][]> {
    return new Promise((resolve) => {
      this.#queue.push({ question, resolve });
      if (this.#queue.length === 1) this.question = question;
    });
  }

  answer(keep: boolean[][]): void {
    const current = this.#queue.shift();
    this.question = this.#queue[0]?.question ?? null;
    current?.resolve(keep);
  }
}

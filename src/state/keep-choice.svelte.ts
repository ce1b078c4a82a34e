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
  /** The scenarios the note speaks of: once the user has changed them, it is no longer shown. */
  #noteOf: readonly unknown[] = [];

  /** Says how the session was opened (`note`), of the session's scenarios as they are now (`entries`). */
  tell(note: string, entries: readonly { scenario: unknown }[]): void {
    this.note = note;
    this.#noteOf = entries.map((e) => e.scenario);
  }

  /**
   * The note while the scenarios are the ones it speaks of ("the scenario below is the one it
   * holds"); empty once one has been changed, added or removed (scenarios are replaced, never
   * mutated). A value refused as typed changes none.
   */
  noteFor(entries: readonly { scenario: unknown }[]): string {
    const of = this.#noteOf;
    return entries.length === of.length && entries.every((e, i) => e.scenario === of[i]) ? this.note : '';
  }
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

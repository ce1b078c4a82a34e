/**
 * The comparison's figures of the scenarios that are not on screen, computed off the main
 * thread (the comparison worker): a heavy scenario (Erlang A, fifty categories, ten years of
 * growth, three channels) takes far longer than a frame, and the page must keep answering
 * while eight of them are computed. Each scenario is asked for once, in the order wanted;
 * until its figures come, it shows as being calculated (null). Figures already computed on
 * the page (a scenario that was on screen) are used as they are.
 *
 * Plain TS over an injected `compute`, so it is tested without a worker.
 */
import type { Scenario } from '../model';
import type { Compared } from '../io/comparison-protocol';

export type { Compared };

export type ComparedOutcome = { ok: true; value: Compared } | { ok: false; message: string };

export interface ComparedOptions {
  /** Computes a scenario's comparison figures off the main thread. */
  compute: (scenario: Scenario) => Promise<ComparedOutcome>;
  /** The figures when already computed on the page, without computing them. */
  known: (scenario: Scenario) => Compared | undefined;
  /** Called when a scenario's figures (or its failure) came. */
  onReady: () => void;
}

export class ComparedResults {
  readonly #options: ComparedOptions;
  readonly #values = new WeakMap<Scenario, Compared>();
  readonly #asked = new WeakSet<Scenario>();
  readonly #failed = new WeakSet<Scenario>();

  constructor(options: ComparedOptions) {
    this.#options = options;
  }

  /** The figures of each scenario, or null while they are being computed (asked for as needed). */
  values(scenarios: readonly Scenario[]): (Compared | null)[] {
    return scenarios.map((s) => {
      const v = this.#options.known(s) ?? this.#values.get(s);
      if (v) return v;
      if (!this.#asked.has(s)) {
        this.#asked.add(s);
        void this.#options.compute(s).then((o) => {
          if (o.ok) this.#values.set(s, o.value);
          else this.#failed.add(s);
          this.#options.onReady();
        });
      }
      return null;
    });
  }

  /** Whether computing `scenario` failed (its figures will not come). */
  failed(scenario: Scenario): boolean {
    return this.#failed.has(scenario);
  }
}

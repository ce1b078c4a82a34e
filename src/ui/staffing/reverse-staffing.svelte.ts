/**
 * Reverse staffing (docs/METHOD.md, "Reverse staffing"): start from the agents on seat, or from a
 * monthly budget for agents, instead of the contacts. What a fixed headcount gives in the
 * steady month, what the AI must keep from humans for it to meet the target, and how many
 * agents a typed budget pays for. `StaffingPanel.svelte` renders it and forwards actions;
 * the arithmetic is the model's (`headcountCapacity`, `seatsForBudget`).
 *
 * A typed budget is read as every typed number of the page is (io/locale-number.ts): in the
 * page's locale, and asked about when it reads two ways.
 */
import { defaultTargetSeconds, headcountCapacity, isLive, numberField, queueScenario, seatsForBudget, type Results, type Scenario } from '../../model';
import { readTypedNumber, twoReadingsMessage } from '../../io/locale-number';
import type { Planner } from '../../state/planner.svelte';
import { formatMoney, formatNumber, inputText } from '../format';

/** What reverse staffing reads of the planner and asks of it. */
export type StaffingPlanner = Pick<Planner, 'scenario' | 'results' | 'setValue'>;

/** What the budget field says under it: why the text is refused, or what the budget pays for (and the seats to use). */
export interface BudgetAnswer {
  text: string;
  /** Whether the typed text is not an amount (the field is marked invalid). */
  refused: boolean;
  /** Agents on seat the budget pays for, offered as a button; null when there is nothing to use. */
  seats: number | null;
}

const SEATS = numberField('human.seats');

/** What a fixed headcount carries (model: `headcountCapacity`). */
export type HeadcountCapacity = ReturnType<typeof headcountCapacity>;

export const BUDGET_MESSAGES = {
  empty: 'Converted to agents at the loaded hourly cost, shrinkage included.',
  notAmount: (example: string) => `The monthly budget for agents must be an amount of 0 or more, such as ${example}.`,
  perContact: 'This scenario prices human work per contact, so a budget cannot be turned into agents; set a cost per hour or per FTE-year.',
  short: (money: string) => `${money} a month does not pay for one agent in every open hour.`,
  pays: (money: string, seats: string) => `${money} a month pays for ${seats} agents on seat in every open hour.`,
} as const;

/** The seats field's own bounds: whole agents from its lowest to its highest. */
export function seatsInField(n: number): number {
  return Math.min(SEATS.max ?? Infinity, Math.max(SEATS.min ?? 1, Math.round(n)));
}

export class ReverseStaffing {
  /** The budget as the user types it. */
  budgetText = $state('');

  readonly #planner: () => StaffingPlanner;
  readonly #locale: string;

  readonly scenario: Scenario = $derived.by(() => this.#planner().scenario);
  readonly #full: Results['full'] = $derived.by(() => this.#planner().results.full);
  /** The month whose figures are shown: the first at full ramp. */
  readonly steadyMonth: number = $derived(this.#full.summary.steadyMonth);
  readonly steady = $derived(this.#full.rows[this.steadyMonth - 1] ?? this.#full.rows[0]!);
  /** The fixed headcount, or null when the scenario is staffed to the target. */
  readonly seats: number | null = $derived(this.scenario.human.seats);
  /**
   * The queue a headcount faces: the scenario's own, or that of its one channel (its kind and
   * targets); null with several channels, each with its own queue and target.
   */
  readonly #queueScenario: Scenario | null = $derived((this.scenario.channels?.length ?? 1) > 1 ? null : queueScenario(this.scenario));
  /** Whether a channel has a real-time queue (email has none: no service level, no abandonment). */
  readonly queue: boolean = $derived(
    this.#queueScenario === null ? (this.scenario.channels ?? []).some((c) => isLive(c.kind)) : this.#queueScenario.channel !== 'email',
  );
  /** The service target the headcount is judged by: that of its queue; null with several channels (each its own). */
  readonly target: { pct: number; seconds: number } | null = $derived(
    this.#queueScenario === null
      ? null
      : {
          pct: this.#queueScenario.human.serviceLevelPct,
          seconds: this.#queueScenario.human.serviceLevelSeconds ?? defaultTargetSeconds(this.#queueScenario.channel),
        },
  );
  /** What the fixed headcount carries; null when staffed to the target. */
  readonly capacity: HeadcountCapacity | null = $derived(this.seats === null ? null : headcountCapacity(this.scenario, this.seats, this.steady));
  /** Whether the headcount meets the target with the automation the scenario has. */
  readonly meetsTarget: boolean = $derived(this.capacity !== null && this.capacity.automationNeeded <= this.capacity.automationNow + 1e-9);

  /** The typed budget in money a month, or null while empty or not an amount. */
  readonly budget: number | null = $derived.by(() => {
    if (this.budgetText.trim() === '') return null;
    const r = readTypedNumber(this.budgetText, this.#locale);
    return r.ok && Number.isFinite(r.value) && r.value >= 0 ? r.value : null;
  });
  /** Agents on seat in every open hour the budget pays for (fractional); null without a budget or an hourly cost. */
  readonly budgetSeats: number | null = $derived(this.budget === null ? null : seatsForBudget(this.scenario, this.budget));
  readonly budgetAnswer: BudgetAnswer = $derived.by(() => this.#answer());

  /** @param planner the planner whose active scenario is shown (read each time, as a component's prop is) */
  constructor(planner: () => StaffingPlanner, locale: string) {
    this.#planner = planner;
    this.#locale = locale;
  }

  #answer(): BudgetAnswer {
    const text = this.budgetText;
    const locale = this.#locale;
    if (text.trim() === '') return { text: BUDGET_MESSAGES.empty, refused: false, seats: null };
    const read = readTypedNumber(text, locale);
    if (!read.ok && read.readings.length > 1) return { text: twoReadingsMessage(text, read.readings, locale), refused: true, seats: null };
    const budget = this.budget;
    if (budget === null) return { text: BUDGET_MESSAGES.notAmount(inputText(250000.5, 2, locale)), refused: true, seats: null };
    const seats = this.budgetSeats;
    if (seats === null) return { text: BUDGET_MESSAGES.perContact, refused: false, seats: null };
    const money = formatMoney(budget, this.scenario.finance.currency, { whole: true, locale });
    if (seats < 1) return { text: BUDGET_MESSAGES.short(money), refused: false, seats: null };
    return { text: BUDGET_MESSAGES.pays(money, formatNumber(seats, 0, locale)), refused: false, seats: seatsInField(seats) };
  }

  /** Fixes the headcount at `n` agents (within the seats field's bounds). */
  useSeats(n: number): void {
    this.#planner().setValue('human.seats', seatsInField(n));
  }

  /** Fixes the headcount at what the typed budget pays for. */
  useBudget(): void {
    const seats = this.budgetAnswer.seats;
    if (seats !== null) this.useSeats(seats);
  }

  /** Back to staffing to the target. */
  staffToTarget(): void {
    this.#planner().setValue('human.seats', null);
  }

  /** Abandonment needs a model in which customers hang up. */
  useErlangA(): void {
    this.#planner().setValue('human.staffingModel', 'erlang-a');
  }
}

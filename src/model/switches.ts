/**
 * What separates the headline arithmetic from the full model (docs/METHOD.md, "Headline
 * and full methods"). The headline method is every switch off; the full method is every
 * switch on; the gap explanation turns them on one at a time.
 */
export interface Switches {
  /** Per-category handle times, tiers and eligibility (off: one average contact, the automated share only). */
  tiers: boolean;
  /** The AI is billed for every conversation it attempts, escalations included (off: the automated share only). */
  billAttempts: boolean;
  /** Agent minutes lost on each escalation. */
  handoff: boolean;
  /** Wrong answers: re-contacts and cost per error. */
  errors: boolean;
  /** Human cost from staffed FTE (queueing, occupancy, shrinkage) instead of workload hours. */
  queueing: boolean;
  /** Fixed platform fee and knowledge-base upkeep. */
  fixedCosts: boolean;
  /** The adoption ramp. */
  ramp: boolean;
  /** Monthly volume growth. */
  growth: boolean;
}

/** Every effect off: the published arithmetic. */
export const HEADLINE: Readonly<Switches> = Object.freeze({
  tiers: false,
  billAttempts: false,
  handoff: false,
  errors: false,
  queueing: false,
  fixedCosts: false,
  ramp: false,
  growth: false,
});
/** Every effect on: the full model. */
export const FULL: Readonly<Switches> = Object.freeze({
  tiers: true,
  billAttempts: true,
  handoff: true,
  errors: true,
  queueing: true,
  fixedCosts: true,
  ramp: true,
  growth: true,
});

/** The order in which the gap explanation adds what the headline leaves out, with labels. */
export const GAP_STEPS: ReadonlyArray<{ key: keyof Switches; label: string; why: string }> = [
  {
    key: 'tiers',
    label: 'Tiers and handle time by category',
    why: 'The AI takes the short tier-1 contacts; the human contacts left are longer than the average.',
  },
  {
    key: 'billAttempts',
    label: 'AI billed on every attempt',
    why: 'Conversations the AI attempts and escalates are billed too (per conversation, session or tokens).',
  },
  { key: 'handoff', label: 'Escalation handoff overhead', why: 'Agents lose time on each escalation when context does not carry over.' },
  {
    key: 'errors',
    label: 'Wrong answers: re-contacts and error cost',
    why: 'Confident-but-wrong answers come back as human contacts and cost money beyond that.',
  },
  {
    key: 'queueing',
    label: 'Queueing, occupancy and shrinkage',
    why: 'Agents are staffed to a service level per hour of the week, not to average workload, and are paid for time off the phones.',
  },
  { key: 'fixedCosts', label: 'Fixed platform and upkeep costs', why: 'Platform fees and knowledge-base upkeep are paid every month whatever the volume.' },
  { key: 'ramp', label: 'Adoption ramp', why: 'The AI reaches its steady-state resolution rate over the first months.' },
  { key: 'growth', label: 'Volume growth', why: 'Volume grows each month, and so do both costs.' },
];

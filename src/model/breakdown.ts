/**
 * "What a headline announcement says, and what it leaves out" (docs/METHOD.md, "The Klarna
 * reconciliation"): a side-by-side table of what a press release would say (the headline
 * method) and what the full model says, including the figures announcements do not report.
 */
import type { Money } from './money';
import type { QualityView } from './quality';
import type { Summary } from './summary';

/** One cell of the breakdown: a typed figure (money exact, counts and percentages as floats) or none where the announcement says nothing. */
export type Figure =
  | { kind: 'count'; value: number }
  | { kind: 'money'; value: Money }
  | { kind: 'pct'; value: number }
  | { kind: 'minutes'; value: number }
  | { kind: 'months'; value: number }
  | { kind: 'none' };

/** One line of the breakdown table. */
export interface BreakdownRow {
  metric: string;
  /** What the announcement says (headline arithmetic), or `none` where it says nothing. */
  announced: Figure;
  /** What the full model says. */
  full: Figure;
  /** Why they differ, in a sentence. */
  note: string;
  /** The figure before the AI, where the note gives it ("Before: 80 %."): formatted where it is shown, in the reader's locale. */
  before?: Figure;
}

const count = (value: number): Figure => ({ kind: 'count', value });
const money = (value: Money): Figure => ({ kind: 'money', value });
const pct = (value: number | null): Figure => (value === null ? { kind: 'none' } : { kind: 'pct', value });
const none: Figure = { kind: 'none' };

/** The breakdown of any scenario: headline against full, and what the headline leaves out. */
export function breakdown(headline: Summary, full: Summary, quality: QualityView): BreakdownRow[] {
  const rows: BreakdownRow[] = [
    {
      metric: 'Contacts the AI resolves per month',
      announced: count(headline.aiResolvedPerMonth),
      full: count(full.aiResolvedPerMonth),
      note: 'The full model counts the steady-state month after the ramp, with growth.',
    },
    {
      metric: 'Automation rate',
      announced: pct(headline.automationRatePct),
      full: pct(full.automationRatePct),
      note: 'Share of all contacts resolved by the AI.',
    },
    {
      metric: '"The work of N agents"',
      announced: count(headline.agentEquivalentsAiWork),
      full: count(full.agentEquivalentsAiWork),
      note: 'Workload hours / productive hours; the full model nets off re-contacts and handoff time.',
    },
    {
      metric: 'Staffed FTE actually released',
      announced: none,
      full: count(full.staffedFteBaseline - full.staffedFteWithAi),
      note: 'Agents are staffed to a service level per hour with shrinkage, not to average workload.',
    },
    {
      metric: 'Annual savings',
      announced: money(headline.annualSavings),
      full: money(full.annualSavings),
      note: 'The full model adds escalations, errors, queueing, fixed costs and the ramp.',
    },
    {
      metric: 'Average handle time of the human contacts left',
      announced: { kind: 'minutes', value: headline.humanAhtBefore },
      full: full.humanAhtAfter === null ? none : { kind: 'minutes', value: full.humanAhtAfter },
      note: 'The AI takes the short contacts; what humans keep takes longer.',
    },
    {
      metric: 'Resolution time improvement',
      announced: pct(headline.resolutionTimeImprovementPct),
      full: pct(full.resolutionTimeImprovementPct),
      note: 'Escalated customers wait for the AI and then for a human.',
    },
    { metric: 'Escalation rate (of AI-attempted contacts)', announced: none, full: pct(full.escalationRatePct), note: 'Not reported in announcements.' },
    { metric: 'Quality cost per month (wrong answers)', announced: none, full: money(full.qualityCostPerMonth), note: 'Not reported in announcements.' },
    { metric: 'Share of volume human by policy', announced: none, full: pct(quality.humanByPolicyPct), note: 'Complex tiers stay with humans.' },
    {
      metric: 'Payback',
      announced: headline.paybackMonths === null ? none : { kind: 'months', value: headline.paybackMonths },
      full: full.paybackMonths === null ? none : { kind: 'months', value: full.paybackMonths },
      note: 'Months until savings cover the one-time cost.',
    },
  ];
  for (const t of quality.tiers) {
    rows.push({
      metric: `CSAT tier ${t.tier}`,
      announced: none,
      full: pct(t.csatAfter),
      before: pct(t.csatBefore),
      note: 'Per-tier CSAT is not reported in announcements.',
    });
  }
  rows.push({
    metric: 'Blended CSAT',
    announced: pct(quality.blendedBefore),
    full: pct(quality.blendedAfter),
    note: quality.hiddenDecline ? 'The blend holds while a tier falls: the average hides the loss.' : 'Volume-weighted over tiers.',
  });
  return rows;
}

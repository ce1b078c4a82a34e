/**
 * The Klarna breakdown (docs/METHOD.md, "The Klarna reconciliation"): what was published,
 * what the headline arithmetic makes of the 2024 figures, and what the full model says of
 * the 2025 hybrid, including what the announcement did not report.
 */
import { KLARNA, type Figure, type Results } from '../../model';

export interface KlarnaRow {
  metric: string;
  published: string;
  announced: Figure;
  hybrid: Figure;
}

const count = (value: number): Figure => ({ kind: 'count', value });
const pct = (value: number | null): Figure => (value === null ? { kind: 'none' } : { kind: 'pct', value });
const none: Figure = { kind: 'none' };

/** Rows of the Klarna table from the results of the two Klarna presets. */
export function klarnaRows(announced: Results, hybrid: Results): KlarnaRow[] {
  const a = announced.headline.summary;
  const h = hybrid.full.summary;
  const q = hybrid.quality;
  const rows: KlarnaRow[] = [
    { metric: 'Chats the AI handles per month', published: '2.3 million', announced: count(a.aiResolvedPerMonth), hybrid: count(h.aiResolvedPerMonth) },
    { metric: 'Share of all chats', published: 'two thirds', announced: pct(a.automationRatePct), hybrid: pct(h.automationRatePct) },
    {
      metric: '"The work of N agents"',
      published: `${KLARNA.agentsReplaced}`,
      announced: count(a.agentEquivalentsAiWork),
      hybrid: count(h.agentEquivalentsAiWork),
    },
    {
      metric: 'Staffed FTE released (service level, shrinkage)',
      published: 'not reported',
      announced: none,
      hybrid: count(h.staffedFteBaseline - h.staffedFteWithAi),
    },
    {
      metric: 'Savings per year',
      published: '$40 million (estimated)',
      announced: { kind: 'money', value: a.annualSavings },
      hybrid: { kind: 'money', value: h.annualSavings },
    },
    {
      metric: 'AI operating cost per year',
      published: 'not reported (later estimates $5-10 million)',
      announced: { kind: 'money', value: a.aiCostPerMonth.plus(a.fixedCostPerMonth).times(12) },
      hybrid: { kind: 'money', value: h.aiCostPerMonth.plus(h.fixedCostPerMonth).times(12) },
    },
    {
      metric: 'Resolution time improvement',
      published: '11 → 2 minutes',
      announced: pct(a.resolutionTimeImprovementPct),
      hybrid: pct(h.resolutionTimeImprovementPct),
    },
    { metric: 'Escalation rate of AI-attempted chats', published: 'not reported', announced: none, hybrid: pct(h.escalationRatePct) },
    { metric: 'Cost of wrong answers per year', published: 'not reported', announced: none, hybrid: { kind: 'money', value: h.qualityCostPerMonth.times(12) } },
    { metric: 'Share of volume human by policy', published: 'not reported (2025: the complex 20 %)', announced: pct(0), hybrid: pct(q.humanByPolicyPct) },
  ];
  for (const t of q.tiers) {
    rows.push({ metric: `CSAT tier ${t.tier} with AI (all human: ${t.csatBefore} %)`, published: 'not reported', announced: none, hybrid: pct(t.csatAfter) });
  }
  rows.push({ metric: 'Blended CSAT', published: '"on par with human agents"', announced: none, hybrid: pct(q.blendedAfter) });
  return rows;
}

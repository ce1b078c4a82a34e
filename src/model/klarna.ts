/**
 * Reconciling Klarna's published figures (docs/METHOD.md, "The Klarna reconciliation").
 * The 11 minutes was resolution time, not agent handle time: read naively it implies far
 * more agents than 700, so the 700-agent figure implies few agent minutes per chat (or
 * several chats at once).
 */
import { KLARNA } from './presets';

/** Figures implied by Klarna's published numbers (hours, agents, minutes, USD). */
export interface KlarnaReconciliation {
  /** Naive reading: 11 agent minutes per AI chat, hours / 160. */
  naiveAgents: number;
  naiveHoursPerMonth: number;
  /** Agent minutes per chat implied by 700 agents: 700 x 160 x 60 / 2.3 million. */
  impliedAgentMinutesPerChat: number;
  /** Concurrency that turns 11 minutes of resolution time into the implied agent minutes. */
  impliedConcurrency: number;
  /** $40 million a year over 2.3 million chats a month x 12. */
  impliedSavingPerAiChat: number;
  /** $40 million a year over 700 agents. */
  impliedCostPerFteYear: number;
  /** The same for the later figures (853 agents, $60 million). */
  laterImpliedCostPerFteYear: number;
  /** Net saving after the estimated AI operating cost, low and high. */
  netAnnualSavingsAfterAiCost: { low: number; high: number };
}

/** The reconciliation figures, from the published numbers alone. */
export function reconcileKlarna(): KlarnaReconciliation {
  const k = KLARNA;
  const naiveHours = (k.aiChatsPerMonth * k.resolutionMinutesBefore) / 60;
  const impliedMinutes = (k.agentsReplaced * k.productiveHoursPerMonth * 60) / k.aiChatsPerMonth;
  return {
    naiveAgents: naiveHours / k.productiveHoursPerMonth,
    naiveHoursPerMonth: naiveHours,
    impliedAgentMinutesPerChat: impliedMinutes,
    impliedConcurrency: k.resolutionMinutesBefore / impliedMinutes,
    impliedSavingPerAiChat: k.annualSavingsUsd / (k.aiChatsPerMonth * 12),
    impliedCostPerFteYear: k.annualSavingsUsd / k.agentsReplaced,
    laterImpliedCostPerFteYear: k.laterAnnualSavingsUsd / k.laterAgents,
    netAnnualSavingsAfterAiCost: {
      low: k.annualSavingsUsd - k.aiOperatingCostUsdPerYear.high,
      high: k.annualSavingsUsd - k.aiOperatingCostUsdPerYear.low,
    },
  };
}

/**
 * The quality view (docs/METHOD.md, "Quality view"; the Klarna lesson): per-tier and
 * blended CSAT before and after, with a warning when the blend hides a tier that got
 * worse; the share of volume that stays human by policy, and the escalation rate.
 */
import type { MonthRow } from './projection';
import type { Scenario, Tier } from './schema';
import { normalisedShares } from './mix';

/** CSAT and automation of one tier (percent). */
export interface TierQuality {
  tier: Tier;
  /** Share of all contacts in this tier, percent. */
  volumePct: number;
  /** CSAT with every contact human, percent satisfied. */
  csatBefore: number;
  /** CSAT with the AI: AI-resolved contacts at the AI's CSAT, the rest at the human CSAT. */
  csatAfter: number;
  /** AI-resolved share of the tier, percent. */
  automationPct: number;
}

/** The quality view of the steady-state month of the full method. */
export interface QualityView {
  tiers: TierQuality[];
  blendedBefore: number;
  blendedAfter: number;
  /** The blended CSAT holds or rises while at least one tier falls: the average hides a loss. */
  hiddenDecline: boolean;
  /** Tiers whose CSAT falls. */
  decliningTiers: Tier[];
  /** Share of volume that is not AI-eligible (human by policy), percent. */
  humanByPolicyPct: number;
  /** Escalated share of AI-attempted contacts, percent; null when nothing is attempted. */
  escalationRatePct: number | null;
}

/** Quality figures of one month of the full method (per-category funnel rows needed). */
export function qualityView(s: Scenario, row: MonthRow): QualityView {
  const byTier = new Map<Tier, { contacts: number; resolved: number }>();
  for (const f of row.categories) {
    const t = byTier.get(f.tier) ?? { contacts: 0, resolved: 0 };
    t.contacts += f.contacts;
    t.resolved += f.aiResolved;
    byTier.set(f.tier, t);
  }
  const csat = s.experience.csat;
  const tierCsat = { 1: csat.tier1, 2: csat.tier2, 3: csat.tier3 } as const;
  const tiers: TierQuality[] = [];
  let before = 0,
    after = 0,
    total = 0;
  for (const tier of [1, 2, 3] as const) {
    const t = byTier.get(tier);
    if (!t || t.contacts <= 0) continue;
    const c = tierCsat[tier];
    const aiShare = t.resolved / t.contacts;
    const csatAfter = aiShare * c.ai + (1 - aiShare) * c.human;
    tiers.push({ tier, volumePct: 0, csatBefore: c.human, csatAfter, automationPct: aiShare * 100 });
    before += t.contacts * c.human;
    after += t.contacts * csatAfter;
    total += t.contacts;
  }
  for (const t of tiers) t.volumePct = ((byTier.get(t.tier)?.contacts ?? 0) / (total || 1)) * 100;
  const blendedBefore = total > 0 ? before / total : 0;
  const blendedAfter = total > 0 ? after / total : 0;
  const decliningTiers = tiers.filter((t) => t.csatAfter < t.csatBefore - 1e-9).map((t) => t.tier);
  const shares = normalisedShares(s.categories);
  return {
    tiers,
    blendedBefore,
    blendedAfter,
    hiddenDecline: blendedAfter >= blendedBefore - 1e-9 && decliningTiers.length > 0,
    decliningTiers,
    humanByPolicyPct: s.categories.reduce((sum, c, i) => sum + (c.aiEligible ? 0 : (shares[i] ?? 0)), 0) * 100,
    escalationRatePct: row.attempted > 0 ? (row.aiEscalated / row.attempted) * 100 : null,
  };
}

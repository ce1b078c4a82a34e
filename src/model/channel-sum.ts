/**
 * A scenario with channels as the sum of its channels (docs/METHOD.md, "Channels" and
 * "Blended pools"): each channel projected alone, a blended pool staffed as one, the months
 * added up.
 */
import type { Scenario } from './schema';
import { sumFunnelOf, type FunnelRow } from './funnel';
import { channelParts, type ChannelPart } from './channels';
import { isLive } from './channel-defaults';
import type { Context } from './context';
import { humanCost, monthInputs, pricesOf, projectOne, projectOneTotals, staffingBaseOf, type ProjectionTotals } from './engine';
import type { Ledger } from './ledger';
import { repeatedMonth, type MonthRowOf } from './month-row';
import { staffPool, staffPoolTwo, type PoolOutcome } from './pool';
import { savingsTotals } from './summary';
import type { StaffingResult } from './staffing';
import { Money } from './money';
import type { Switches } from './switches';
import { fraction } from './units';

/** One channel's part of a scenario and its months. */
export interface ChannelRows<M> {
  part: ChannelPart;
  rows: MonthRowOf<M>[];
}

/** A scenario's months and, for a scenario with channels, each channel's (empty without channels). */
export interface ChannelsProjection<M> {
  rows: MonthRowOf<M>[];
  channels: ChannelRows<M>[];
  /**
   * A blended pool's FTE month by month (with the AI), against the channels staffed alone;
   * null with dedicated pools, and in a cost-only context (Monte Carlo draws), which does not
   * staff a pool's backlogs alone.
   */
  pooling: { dedicatedFte: number[]; blendedFte: number[] } | null;
}

/** A scenario with channels, booked by `ledger`: each channel's months and their sum (the pool's with blended pools). */
export function projectChannelsWith<M>(ledger: Ledger<M>, s: Scenario, sw: Switches, ctx: Context, staff: boolean): ChannelsProjection<M> {
  const parts = channelParts(s);
  const blendable = parts.length > 1 && blends(s, sw, staff, parts);
  // A backlog or live queue of a blended pool is `pooled`: the pool staffs it (see engine.ts,
  // `projectOne`; a live queue's month alone comes from the pool's search of its week, pool.ts).
  const dedicated = parts.map((part) => ({
    part,
    rows: projectOne(ledger, part.scenario, sw, ctx, staff, part.response, blendable && pooledInBlend(part)),
  }));
  if (dedicated.length === 1) return { rows: dedicated[0]!.rows, channels: dedicated, pooling: null };
  const growth = sw.growth ? 1 + fraction(s.growthPctPerMonth) : 1;
  const totalContacts = (m: number) => s.contactsPerMonth * Math.pow(growth, m);
  if (!blendable)
    return {
      rows: sumChannelRows(
        ledger,
        dedicated.map((c) => ({ live: isLive(c.part.spec.kind), rows: c.rows })),
        totalContacts,
        !ctx.solve.costOnly && staff,
      ),
      channels: dedicated,
      pooling: null,
    };
  const pooled = blend(ledger, sw, ctx, dedicated);
  const rows = sumChannelRows(
    ledger,
    pooled.channels.map((c) => ({ live: isLive(c.part.spec.kind), rows: c.rows })),
    totalContacts,
    !ctx.solve.costOnly && staff,
  );
  // The pool's busiest hour, not the sum of its channels' busiest hours.
  const summed = rows.map((r, m) => ({
    ...r,
    staffing: { ...r.staffing, peakAgents: pooled.peak[m]! },
    staffingBaseline: { ...r.staffingBaseline, peakAgents: pooled.peakBaseline[m]! },
  }));
  const pooling = ctx.solve.costOnly ? null : { dedicatedFte: pooled.dedicatedFte, blendedFte: pooled.blendedFte };
  return { rows: summed, channels: pooled.channels, pooling };
}

/**
 * {@link projectChannelsWith}'s totals (engine.ts, `ProjectionTotals`) without its months
 * (the gap steps, staffing nothing the costs do not need): the sum of the channels' totals,
 * as the months add up; a blended pool's, whose costs follow the pool, from its months.
 */
export function projectChannelsTotals<M>(ledger: Ledger<M>, s: Scenario, sw: Switches, ctx: Context): ProjectionTotals<M> {
  const parts = channelParts(s);
  if (parts.length > 1 && blends(s, sw, false, parts)) {
    return savingsTotals(projectChannelsWith(ledger, s, sw, ctx, false).rows);
  }
  // The channels share the ramp and the horizon: their steady month is the sum's.
  let sum: ProjectionTotals<M> | null = null;
  for (const part of parts) {
    const t = projectOneTotals(ledger, part.scenario, sw, ctx, part.response);
    sum =
      sum === null
        ? t
        : { steadySavings: ledger.plus(sum.steadySavings, t.steadySavings), cumulativeSavings: ledger.plus(sum.cumulativeSavings, t.cumulativeSavings) };
  }
  return sum!;
}

/** Whether a blended pool staffs the channel (its backlog or live queue) in a cost-only context rather than the channel alone. */
function pooledInBlend(part: ChannelPart): boolean {
  return part.response !== null || isLive(part.spec.kind);
}

/** Whether the channels are staffed as one blended pool: asked for, staffed at all, and a backlog beside a live queue to blend. */
function blends(s: Scenario, sw: Switches, staff: boolean, parts: readonly ChannelPart[]): boolean {
  return s.pooling === 'blended' && (staff || sw.queueing) && parts.some((p) => p.response) && parts.some((p) => isLive(p.spec.kind));
}

/** A category a channel does not have: it adds nothing to the sum. */
const NO_FUNNEL: FunnelRow = {
  tier: 1,
  contacts: 0,
  attempted: 0,
  aiResolved: 0,
  escalated: 0,
  errors: 0,
  recontacts: 0,
  humanContacts: 0,
  agentMinutes: 0,
  baselineAgentMinutes: 0,
};

/** Pools kept per context: past this many it starts again empty. */
const POOL_LIMIT = 5_000;

// A channel's month staffed alone names its staffing inputs and workload: the staffing store
// makes one result object per inputs and workload (never one object for two), so a pool is
// kept by its channels' result objects, each named by a number.
const resultIds = new WeakMap<StaffingResult, number>();
let nextResultId = 1;

function resultId(r: StaffingResult): number {
  let id = resultIds.get(r);
  if (id === undefined) resultIds.set(r, (id = nextResultId++));
  return id;
}

/**
 * The channels of a blended pool (docs/METHOD.md, "Blended pools"): each month staffed as
 * one pool with and without the AI (memoised by the channels' workloads, like the
 * staffing store), each channel's staffing its part of the pool, its human cost booked on
 * that part.
 */
function blend<M>(ledger: Ledger<M>, sw: Switches, ctx: Context, dedicated: readonly ChannelRows<M>[]) {
  const bases = dedicated.map((c) => staffingBaseOf(c.part.scenario, ctx, c.part.response));
  const months = dedicated[0]!.rows.length;
  const withAi: PoolOutcome[] = [];
  const baseline: PoolOutcome[] = [];
  const inputsOf = (which: 'ai' | 'base', m: number) =>
    dedicated.map((c, i) => {
      const r = c.rows[m]!;
      const b = bases[i]!.base;
      // A live queue not staffed alone (cost-only, `pooledInBlend`): the pool staffs it alone, from its week.
      const byPool = ctx.solve.costOnly && isLive(c.part.spec.kind);
      return which === 'ai'
        ? { humanContacts: r.humanContacts, agentMinutes: r.humanHours * 60, seats: b.seats, dedicated: byPool ? null : r.staffing }
        : { humanContacts: r.contacts, agentMinutes: r.baselineHours * 60, seats: null, dedicated: byPool ? null : r.staffingBaseline };
    });
  const channelsOf = (inputs: ReturnType<typeof inputsOf>) =>
    inputs.map((x, i) => ({
      live: isLive(dedicated[i]!.part.spec.kind),
      inputs: monthInputs(bases[i]!.base, x.humanContacts, x.agentMinutes, x.seats),
      dedicated: x.dedicated,
    }));
  const pool = (which: 'ai' | 'base', m: number): PoolOutcome => {
    const inputs = inputsOf(which, m);
    const key = inputs.map((x) => resultId(x.dedicated!)).join('/');
    let out = ctx.pools.get(key);
    if (!out) {
      if (ctx.pools.size >= POOL_LIMIT) ctx.pools.clear();
      out = staffPool(channelsOf(inputs), ctx.solve);
      ctx.pools.set(key, out);
    }
    return out;
  };
  for (let m = 0; m < months; m++) {
    const repeats = m > 0 && dedicated.every((c) => c.rows[m]!.contacts === c.rows[m - 1]!.contacts && c.rows[m]!.ramp === c.rows[m - 1]!.ramp);
    if (repeats) {
      withAi.push(withAi[m - 1]!);
      baseline.push(baseline[m - 1]!);
    } else if (ctx.solve.costOnly) {
      // A cost-only context computes Monte Carlo draws, whose workloads recur only when no input
      // has a range (every draw then the same, as fast as the first): keeping pools by their
      // channels' results, about 6 % of a blended draw, would buy nothing. The month's pools
      // with and without the AI are staffed side by side (pool.ts, `staffPoolTwo`).
      const [ai, base] = staffPoolTwo(channelsOf(inputsOf('ai', m)), channelsOf(inputsOf('base', m)), ctx.solve);
      withAi.push(ai);
      baseline.push(base);
    } else {
      withAi.push(pool('ai', m));
      baseline.push(pool('base', m));
    }
  }
  const channels = dedicated.map((c, i) => ({
    part: c.part,
    rows: rebook(
      ledger,
      c.part.scenario,
      sw,
      c.rows,
      withAi.map((p) => p.channels[i]!),
      baseline.map((p) => p.channels[i]!),
    ),
  }));
  return {
    channels,
    peak: withAi.map((p) => p.peakAgents),
    peakBaseline: baseline.map((p) => p.peakAgents),
    dedicatedFte: dedicated[0]!.rows.map((_, m) => dedicated.reduce((a, c) => a + c.rows[m]!.staffing.staffedFte, 0)),
    blendedFte: withAi.map((p) => p.staffedFte),
  };
}

/**
 * A channel's months with other staffing: where human cost follows staffed FTE (queueing
 * on, hourly cost), it is booked again on the new FTE, and the totals, savings and
 * cumulative savings with it; every other figure stays as it was.
 */
function rebook<M>(
  ledger: Ledger<M>,
  s: Scenario,
  sw: Switches,
  rows: readonly MonthRowOf<M>[],
  staffing: readonly StaffingResult[],
  baseline: readonly StaffingResult[],
): MonthRowOf<M>[] {
  const recost = sw.queueing && s.human.costBasis !== 'contact';
  const prices = pricesOf(s);
  let cumulative = ledger.of(new Money(s.ai.setupCost).negated());
  return rows.map((r, m) => {
    const st = staffing[m]!;
    const sb = baseline[m]!;
    const baselineCost = recost ? humanCost(ledger, s, sw, prices, r.contacts, 0, sb) : r.baselineCost;
    const human = recost ? humanCost(ledger, s, sw, prices, r.humanContacts, 0, st) : r.humanCost;
    const totalCost = recost ? ledger.plus(ledger.plus(ledger.plus(human, r.aiCost), r.qualityCost), r.fixedCost) : r.totalCost;
    const savings = recost ? ledger.minus(baselineCost, totalCost) : r.savings;
    cumulative = ledger.plus(cumulative, savings);
    return { ...r, staffing: st, staffingBaseline: sb, baselineCost, humanCost: human, totalCost, savings, cumulativeSavings: cumulative };
  });
}

/**
 * Month by month, the sum of the channels' rows: counts, hours and money add up (money
 * exactly, in the ledger); staffing is combined by {@link combineStaffing}; each category's
 * funnel adds up over the channels.
 */
export function sumChannelRows<M>(
  ledger: Ledger<M>,
  channels: readonly { live: boolean; rows: readonly MonthRowOf<M>[] }[],
  totalContacts?: (monthIndex: number) => number,
  withCategories = true,
): MonthRowOf<M>[] {
  const first = channels[0]!.rows;
  const out: MonthRowOf<M>[] = [];
  for (let m = 0; m < first.length; m++) {
    const prev = out[m - 1];
    // Every channel repeating its previous month (no growth, past the ramp): so does the sum.
    if (prev && channels.every((c) => c.rows[m]!.contacts === c.rows[m - 1]!.contacts && c.rows[m]!.ramp === c.rows[m - 1]!.ramp)) {
      out.push(repeatedMonth(prev, m + 1, ledger.plus(prev.cumulativeSavings, prev.savings)));
      continue;
    }
    const rows = channels.map((c) => c.rows[m]!);
    const r0 = rows[0]!;
    let contacts = 0,
      attempted = 0,
      aiResolved = 0,
      aiEscalated = 0,
      errors = 0,
      recontacts = 0,
      humanContacts = 0,
      humanHours = 0,
      baselineHours = 0,
      ae = 0,
      aeBase = 0;
    let baselineCost = r0.baselineCost,
      humanCostSum = r0.humanCost,
      aiCostSum = r0.aiCost,
      qualityCost = r0.qualityCost,
      fixedCost = r0.fixedCost,
      totalCost = r0.totalCost,
      savings = r0.savings,
      cumulativeSavings = r0.cumulativeSavings;
    rows.forEach((r, i) => {
      contacts += r.contacts;
      attempted += r.attempted;
      aiResolved += r.aiResolved;
      aiEscalated += r.aiEscalated;
      errors += r.errors;
      recontacts += r.recontacts;
      humanContacts += r.humanContacts;
      humanHours += r.humanHours;
      baselineHours += r.baselineHours;
      ae += r.agentEquivalents;
      aeBase += r.agentEquivalentsBaseline;
      if (i === 0) return;
      baselineCost = ledger.plus(baselineCost, r.baselineCost);
      humanCostSum = ledger.plus(humanCostSum, r.humanCost);
      aiCostSum = ledger.plus(aiCostSum, r.aiCost);
      qualityCost = ledger.plus(qualityCost, r.qualityCost);
      fixedCost = ledger.plus(fixedCost, r.fixedCost);
      totalCost = ledger.plus(totalCost, r.totalCost);
      savings = ledger.plus(savings, r.savings);
      cumulativeSavings = ledger.plus(cumulativeSavings, r.cumulativeSavings);
    });
    // The channels' contacts are the scenario's split by share: their float sum can land an
    // ulp or two off the scenario's own figure (1234.0000000000002), which the page shows raw.
    const exact = totalContacts?.(m);
    if (exact !== undefined && Math.abs(contacts - exact) <= Math.abs(exact) * 1e-12) contacts = exact;
    // Without categories (a cost-only context's draws read none): an empty list.
    // Each figure summed over the channels from 0, in the channels' order (a missing category adds 0).
    const categories: FunnelRow[] = (withCategories ? r0.categories : []).map((cat, k) => ({
      tier: cat.tier,
      ...sumFunnelOf(rows, (r) => r.categories[k] ?? NO_FUNNEL),
    }));
    out.push({
      month: r0.month,
      ramp: r0.ramp,
      contacts,
      attempted,
      aiResolved,
      aiEscalated,
      errors,
      recontacts,
      humanContacts,
      humanHours,
      baselineHours,
      agentEquivalents: ae,
      agentEquivalentsBaseline: aeBase,
      staffing: combineStaffing(channels.map((c, i) => ({ live: c.live, arrivals: rows[i]!.humanContacts, result: rows[i]!.staffing }))),
      staffingBaseline: combineStaffing(channels.map((c, i) => ({ live: c.live, arrivals: rows[i]!.contacts, result: rows[i]!.staffingBaseline }))),
      categories,
      baselineCost,
      humanCost: humanCostSum,
      aiCost: aiCostSum,
      qualityCost,
      fixedCost,
      totalCost,
      savings,
      cumulativeSavings,
    });
  }
  return out;
}

/**
 * The staffing of several channels' dedicated pools as one figure (docs/METHOD.md,
 * "Channels"): FTE, on-seat hours and peak agents add up (each pool is sized for its own
 * busiest hour); service level, speed of answer and abandonment are weighted by the live
 * channels' arrivals (null without a live channel); the response level by the asynchronous
 * channels' work (null without a target); occupancy is work over on-seat time.
 */
export function combineStaffing(parts: readonly { live: boolean; arrivals: number; result: StaffingResult }[]): StaffingResult {
  let staffedFte = 0,
    onSeatHours = 0,
    peakAgents = 0,
    work = 0;
  let liveArrivals = 0,
    sl = 0,
    asa = 0,
    abandonArrivals = 0,
    abandon = 0,
    anyLive = false,
    anyAbandon = false;
  let asyncWork = 0,
    response = 0,
    anyResponse = false;
  for (const { live, arrivals, result: r } of parts) {
    staffedFte += r.staffedFte;
    onSeatHours += r.onSeatHours;
    peakAgents += r.peakAgents;
    work += r.occupancy * r.onSeatHours;
    if (live && r.serviceLevel !== null) {
      anyLive = true;
      liveArrivals += arrivals;
      sl += arrivals * r.serviceLevel;
      if (arrivals > 0) asa += arrivals * (r.asaSeconds ?? 0);
      if (r.abandonRate !== null) {
        anyAbandon = true;
        abandonArrivals += arrivals;
        abandon += arrivals * r.abandonRate;
      }
    }
    if (!live && r.responseLevel !== undefined && r.responseLevel !== null) {
      // Weighted by work: the agent-hours of the channel's contacts.
      const w = r.occupancy * r.onSeatHours;
      anyResponse = true;
      asyncWork += w;
      response += w * r.responseLevel;
    }
  }
  const combined: StaffingResult = {
    staffedFte,
    onSeatHours,
    peakAgents,
    serviceLevel: anyLive ? (liveArrivals > 0 ? sl / liveArrivals : 1) : null,
    asaSeconds: anyLive ? (liveArrivals > 0 ? asa / liveArrivals : 0) : null,
    occupancy: onSeatHours > 0 ? work / onSeatHours : 0,
    abandonRate: anyAbandon ? (abandonArrivals > 0 ? abandon / abandonArrivals : 0) : null,
  };
  if (anyResponse) combined.responseLevel = asyncWork > 0 ? response / asyncWork : 1;
  return combined;
}

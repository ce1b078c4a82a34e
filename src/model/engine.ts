/**
 * The one-channel engine (docs/METHOD.md, "The funnel", "Staffing" and "Costs"): the months
 * of a scenario without channels, or of one channel of a scenario with channels, for one
 * set of switches.
 */
import type { Category, Scenario } from './schema';
import { addFunnel, emptyFunnel, funnelRow, sumFunnel, type FunnelRow, type FunnelTotals } from './funnel';
import type { ResponseTarget } from './channels';
import { backlogWeightsOf, weightsOf, type Context } from './context';
import type { Ledger } from './ledger';
import { repeatedMonth, type MonthRowOf } from './month-row';
import { automationRate, averageHandleMinutes, normalisedShares } from './mix';
import { openHoursPerWeek } from './profile';
import { staffMonth, staffMonthTwo, type StaffingInputs, type StaffingResult } from './staffing';
import { staffingBaseKey, type StaffTwo } from './staffing-store';
import { Money, ZERO, toMinorUnit } from './money';
import type { Switches } from './switches';
import { defaultTargetSeconds, fraction } from './units';

/** The categories the engine works with: the scenario's, or the headline's single average contact. */
function engineCategories(
  s: Scenario,
  sw: Switches,
): { shares: number[]; cats: Pick<Category, 'tier' | 'handleMinutes' | 'aiEligible' | 'resolutionPct'>[]; ask: number } {
  if (sw.tiers) {
    return { shares: normalisedShares(s.categories), cats: s.categories, ask: fraction(s.quality.askHumanPct) };
  }
  // Published arithmetic: one average contact; the AI handles exactly the automated share.
  const auto = automationRate(s);
  return {
    shares: [auto, 1 - auto],
    cats: [
      { tier: 1, handleMinutes: averageHandleMinutes(s.categories), aiEligible: true, resolutionPct: 100 },
      { tier: 1, handleMinutes: averageHandleMinutes(s.categories), aiEligible: false, resolutionPct: 0 },
    ],
    ask: 0,
  };
}

/** Hourly cost of a paid agent hour (docs/METHOD.md, "Costs": FTE-year converted with paid hours). */
export function hourlyCost(s: Scenario): Money {
  const h = s.human;
  if (h.costBasis === 'fte-year') return new Money(h.costPerFteYear).div(new Money(h.paidHoursPerMonth).times(12));
  return new Money(h.costPerHour);
}

/** Ramp fraction of month m (1-based): listed months, then 1. */
export function rampFraction(s: Scenario, month: number, sw: Switches): number {
  if (!sw.ramp) return 1;
  return s.ramp[month - 1] ?? 1;
}

/** Prices of one calculation as decimals, parsed once rather than on every month. */
export interface Prices {
  hourly: Money;
  perContact: Money;
  perUnit: Money;
  perToken: Money;
  errorCost: Money;
  /** The one-time cost, negated: where cumulative savings start. */
  setupNegated: Money;
  /** The fixed monthly costs rounded to the minor unit, by its decimals (made on first use). */
  fixed: Money[];
}

/** The scenario's fixed monthly costs (platform and upkeep) rounded to `digits` decimals. */
function fixedAt(s: Scenario, p: Prices, digits: number): Money {
  return (p.fixed[digits] ??= toMinorUnit(new Money(s.ai.fixedPerMonth).plus(s.ai.upkeepPerMonth), digits));
}

// A calculation projects one scenario object many times (both methods, the gap steps), and
// scenarios are never changed in place: what depends on the scenario alone is made once.
const pricesMade = new WeakMap<Scenario, Prices>();

/** The scenario's prices as decimals. */
export function pricesOf(s: Scenario): Prices {
  let p = pricesMade.get(s);
  if (p === undefined) pricesMade.set(s, (p = parsePrices(s)));
  return p;
}

function parsePrices(s: Scenario): Prices {
  return {
    hourly: hourlyCost(s),
    perContact: new Money(s.human.costPerContact),
    perUnit: new Money(s.ai.pricePerUnit),
    perToken: new Money(s.ai.pricePerMillionTokens).div(1_000_000),
    errorCost: new Money(s.quality.errorCost),
    setupNegated: new Money(s.ai.setupCost).negated(),
    fixed: [],
  };
}

/** What a human side costs: hours or contacts at their price, booked by `ledger`. */
export function humanCost<M>(ledger: Ledger<M>, s: Scenario, sw: Switches, p: Prices, contacts: number, agentMinutes: number, staffing: StaffingResult): M {
  const h = s.human;
  if (h.costBasis === 'contact') return ledger.times(contacts, p.perContact);
  if (sw.queueing) return ledger.times(staffing.staffedFte * h.paidHoursPerMonth, p.hourly);
  return ledger.times(agentMinutes / 60, p.hourly);
}

/** What the AI costs: the billed units at their price, booked by `ledger`. */
function aiCost<M>(ledger: Ledger<M>, s: Scenario, sw: Switches, p: Prices, attempted: number, resolved: number): M {
  const billed = sw.billAttempts ? attempted : resolved;
  switch (s.ai.pricing) {
    case 'resolution':
      return ledger.times(resolved, p.perUnit);
    case 'tokens':
      return ledger.times(billed * s.ai.tokensPerConversation, p.perToken);
    case 'minute':
      // Voice AI is sold by the minute: every billed conversation for its minutes.
      return ledger.times(billed * s.ai.minutesPerConversation, p.perUnit);
    default:
      return ledger.times(billed, p.perUnit);
  }
}

const NOT_STAFFED: StaffingResult = { staffedFte: 0, onSeatHours: 0, peakAgents: 0, serviceLevel: null, asaSeconds: null, occupancy: 0, abandonRate: null };

/**
 * What the gap steps read of a projection (gap.ts): the steady month's savings (the first
 * month past the ramp, else the last; summary.ts, `steadyIndex`) and the savings to date at
 * the horizon, net of the one-time cost.
 */
export interface ProjectionTotals<M> {
  steadySavings: M;
  cumulativeSavings: M;
}

/**
 * The projection of one channel: a scenario without channels, or one channel of a scenario
 * with channels. `pooled`: the channel is a backlog or live queue that a blended pool
 * staffs (in a cost-only context it is then not staffed alone: its staffing reads 0 until the pool's).
 */
export function projectOne<M>(
  ledger: Ledger<M>,
  s: Scenario,
  sw: Switches,
  ctx: Context,
  staff: boolean,
  response: ResponseTarget | null = null,
  pooled = false,
): MonthRowOf<M>[] {
  return months(ledger, s, sw, ctx, staff, response, null, pooled);
}

/**
 * {@link projectOne}'s totals alone, without staffing beyond what the costs need and with no
 * month's row made: the gap steps' runs, seven per recalculation, would otherwise make a row
 * of two dozen figures for every month only to read two of them (docs/METHOD.md, "Headline
 * and full methods").
 */
export function projectOneTotals<M>(ledger: Ledger<M>, s: Scenario, sw: Switches, ctx: Context, response: ResponseTarget | null = null): ProjectionTotals<M> {
  const totals = { steadySavings: ledger.of(ZERO), cumulativeSavings: ledger.of(ZERO) };
  months(ledger, s, sw, ctx, false, response, totals);
  return totals;
}

/** The months of one channel: their rows, or (given `totals`) their totals written there and no row. */
function months<M>(
  ledger: Ledger<M>,
  s: Scenario,
  sw: Switches,
  ctx: Context,
  staff: boolean,
  response: ResponseTarget | null,
  totals: ProjectionTotals<M> | null,
  pooled = false,
): MonthRowOf<M>[] {
  const { shares, cats, ask } = engineCategories(s, sw);
  const rates = {
    errorRate: sw.errors ? fraction(s.quality.errorRatePct) : 0,
    recontactShare: fraction(s.quality.recontactPct),
    handoffMinutes: sw.handoff ? s.quality.handoffMinutes : 0,
  };
  const { base: staffingBase, key: baseKey } = staffingBaseOf(s, ctx, response);
  // The inputs object is built only for a month the store has not staffed yet.
  const staffOne = (humanContacts: number, agentMinutes: number, seats: number | null) =>
    staffMonth(monthInputs(staffingBase, humanContacts, agentMinutes, seats), ctx.solve);
  const staffTwo: StaffTwo = (contactsA, minutesA, seatsA, contactsB, minutesB, seatsB) =>
    staffMonthTwo(monthInputs(staffingBase, contactsA, minutesA, seatsA), monthInputs(staffingBase, contactsB, minutesB, seatsB), ctx.solve);
  const prices = pricesOf(s);
  const fixed = ledger.of(sw.fixedCosts ? fixedAt(s, prices, ledger.digits) : ZERO);
  const growth = sw.growth ? 1 + fraction(s.growthPctPerMonth) : 1;
  // Category rows are kept for what the page shows: a cost-only context's draws read none, and
  // the runs that do not staff (the gap steps) read the savings alone. The page breaks the
  // steady month down by category (the first past the ramp, summary.ts `steadyIndex`): a month
  // keeps its rows until then (the last month is the steady one when the ramp never ends), and
  // a long horizon's other months are their totals alone, summed to the same bits (funnel.ts).
  const keepCategories = staff && !ctx.solve.costOnly;
  const rows: MonthRowOf<M>[] = [];
  let cumulative = ledger.of(prices.setupNegated);
  // The previous month, for a month that repeats it (and for the totals, which keep no row).
  let prevContacts = NaN,
    prevRamp = NaN,
    prevSavings = cumulative,
    steady = false;
  for (let m = 1; m <= s.finance.months; m++) {
    const ramp = rampFraction(s, m, sw);
    const contacts = s.contactsPerMonth * Math.pow(growth, m - 1);
    if (contacts === prevContacts && ramp === prevRamp) {
      // Without growth and past the ramp a month repeats the previous one: book the same figures.
      cumulative = ledger.plus(cumulative, prevSavings);
      if (totals === null) rows.push(repeatedMonth(rows[rows.length - 1]!, m, cumulative));
      continue;
    }
    let funnel: FunnelRow[] = [];
    let t: FunnelTotals;
    if (keepCategories && (ramp < 1 || !steady)) {
      funnel = cats.map((c, i) =>
        funnelRow(
          {
            contacts: contacts * (shares[i] ?? 0),
            tier: c.tier,
            handleMinutes: c.handleMinutes,
            attemptShare: c.aiEligible ? 1 - ask : 0,
            resolvedShare: fraction(c.resolutionPct) * ramp,
          },
          rates,
        ),
      );
      t = sumFunnel(funnel);
    } else {
      // The month's totals alone, summed alike (funnel.ts, addFunnel), no category row made.
      t = emptyFunnel();
      for (let i = 0; i < cats.length; i++) {
        const c = cats[i]!;
        addFunnel(t, contacts * (shares[i] ?? 0), c.handleMinutes, c.aiEligible ? 1 - ask : 0, fraction(c.resolutionPct) * ramp, rates);
      }
    }
    // A backlog or live queue in a blended pool, computed for its costs alone (Monte Carlo
    // draws): the pool staffs it and its costs are booked again on that (channel-sum.ts,
    // `blend`), so it is not staffed alone here (a backlog alone was about a sixth of such a
    // draw; a live queue's month alone the pool takes from its own search of the week).
    const needStaffing = (staff || sw.queueing) && !(pooled && ctx.solve.costOnly);
    let staffing = NOT_STAFFED,
      staffingBaseline = NOT_STAFFED;
    if (needStaffing && staffingBase.backlog) {
      // A backlog's month with and without the AI, staffed side by side (backlog.ts, `staffBacklogSumsTwo`).
      [staffing, staffingBaseline] = ctx.staffed.getTwo(
        baseKey,
        t.humanContacts,
        t.agentMinutes,
        staffingBase.seats,
        t.contacts,
        t.baselineAgentMinutes,
        null,
        staffOne,
        staffTwo,
      );
    } else if (needStaffing) {
      staffing = ctx.staffed.get(baseKey, t.humanContacts, t.agentMinutes, staffingBase.seats, staffOne);
      staffingBaseline = ctx.staffed.get(baseKey, t.contacts, t.baselineAgentMinutes, null, staffOne);
    }
    const baselineCost = humanCost(ledger, s, sw, prices, t.contacts, t.baselineAgentMinutes, staffingBaseline);
    const human = humanCost(ledger, s, sw, prices, t.humanContacts, t.agentMinutes, staffing);
    const ai = aiCost(ledger, s, sw, prices, t.attempted, t.aiResolved);
    const quality = ledger.times(t.errors, prices.errorCost);
    const totalCost = ledger.plus(ledger.plus(ledger.plus(human, ai), quality), fixed);
    const savings = ledger.minus(baselineCost, totalCost);
    cumulative = ledger.plus(cumulative, savings);
    prevContacts = contacts;
    prevRamp = ramp;
    prevSavings = savings;
    // A repeated month has the savings of the one it repeats, so the steady month is always one computed here.
    if (totals !== null && !steady) totals.steadySavings = savings;
    steady ||= ramp >= 1;
    if (totals !== null) continue;
    rows.push({
      month: m,
      ramp,
      contacts: t.contacts,
      attempted: t.attempted,
      aiResolved: t.aiResolved,
      aiEscalated: t.escalated,
      errors: t.errors,
      recontacts: t.recontacts,
      humanContacts: t.humanContacts,
      humanHours: t.agentMinutes / 60,
      baselineHours: t.baselineAgentMinutes / 60,
      agentEquivalents: t.agentMinutes / 60 / s.human.productiveHoursPerMonth,
      agentEquivalentsBaseline: t.baselineAgentMinutes / 60 / s.human.productiveHoursPerMonth,
      staffing,
      staffingBaseline,
      categories: funnel,
      baselineCost,
      humanCost: human,
      aiCost: ai,
      qualityCost: quality,
      fixedCost: fixed,
      totalCost,
      savings,
      cumulativeSavings: cumulative,
    });
  }
  if (totals !== null) totals.cumulativeSavings = cumulative;
  return rows;
}

/**
 * A month's staffing inputs: `base` with its workload. Written out field by field (a spread
 * of this many fields takes a slow path in V8, and every month makes one).
 */
export function monthInputs(
  base: Omit<StaffingInputs, 'humanContacts' | 'agentMinutes'>,
  humanContacts: number,
  agentMinutes: number,
  seats: number | null,
): StaffingInputs {
  return {
    channel: base.channel,
    model: base.model,
    humanContacts,
    agentMinutes,
    weights: base.weights,
    serviceLevel: base.serviceLevel,
    targetSeconds: base.targetSeconds,
    maxOccupancy: base.maxOccupancy,
    concurrency: base.concurrency,
    shrinkage: base.shrinkage,
    paidHoursPerMonth: base.paidHoursPerMonth,
    patienceSeconds: base.patienceSeconds,
    seats,
    openHoursPerWeek: base.openHoursPerWeek,
    backlog: base.backlog,
  };
}

/** A channel's staffing inputs, with the weights and response target they were made for. */
interface BaseMade {
  weights: readonly number[];
  response: ResponseTarget | null;
  made: { base: Omit<StaffingInputs, 'humanContacts' | 'agentMinutes'>; key: string };
}

const basesMade = new WeakMap<Scenario, BaseMade>();

/**
 * The staffing inputs a channel's months share, and their key in the staffing store: made
 * once per scenario object, response target and weights (the context keeps one weights array
 * per profile and opening hours, context.ts).
 */
export function staffingBaseOf(
  s: Scenario,
  ctx: Context,
  response: ResponseTarget | null,
): { base: Omit<StaffingInputs, 'humanContacts' | 'agentMinutes'>; key: string } {
  const async = response ? backlogWeightsOf(ctx, s) : null;
  const weights = async ? async.weights : weightsOf(ctx, s);
  const hit = basesMade.get(s);
  if (hit !== undefined && hit.weights === weights && hit.response === response) return hit.made;
  const made = makeStaffingBase(s, response, weights, async);
  basesMade.set(s, { weights, response, made });
  return made;
}

function makeStaffingBase(
  s: Scenario,
  response: ResponseTarget | null,
  weights: number[],
  async: { weights: number[]; open: number[] } | null,
): { base: Omit<StaffingInputs, 'humanContacts' | 'agentMinutes'>; key: string } {
  const staffingBase: Omit<StaffingInputs, 'humanContacts' | 'agentMinutes'> = {
    channel: s.channel,
    model: s.human.staffingModel,
    weights,
    serviceLevel: fraction(s.human.serviceLevelPct),
    targetSeconds: s.human.serviceLevelSeconds ?? defaultTargetSeconds(s.channel),
    maxOccupancy: fraction(s.human.maxOccupancyPct),
    concurrency: s.human.concurrency,
    shrinkage: fraction(s.human.shrinkagePct),
    paidHoursPerMonth: s.human.paidHoursPerMonth,
    patienceSeconds: s.human.patienceMinutes * 60,
    seats: s.human.seats,
    openHoursPerWeek: openHoursPerWeek(s.human),
    backlog: response && async ? { ...response, open: async.open } : null,
  };
  return { base: staffingBase, key: staffingBaseKey(staffingBase) };
}

/**
 * The monthly projection (docs/METHOD.md, "The funnel", "Staffing" and "Costs"): for each
 * month of the horizon the funnel, staffing and booked costs, then the summary figures.
 * One engine serves both methods; `Switches` says which of the full model's effects are
 * on.
 */
import type { Category, Scenario } from './schema';
import { funnelRow, sumFunnel, sumFunnelOf, type FunnelRow } from './funnel';
import { channelParts, type ChannelPart, type ResponseTarget } from './channels';
import { isLive } from './channel-defaults';
import { staffPool, type PoolOutcome } from './pool';
import { automationRate, averageHandleMinutes, normalisedShares } from './mix';
import { arrivalWeights, backlogWeights, isOpenHour, openHoursPerWeek } from './profile';
import { HOURS_PER_WEEK } from './units';
import { staffMonth, queueSolver, type IntervalSolver, type StaffingInputs, type StaffingResult } from './staffing';
import { StaffingStore, staffingBaseKey } from './staffing-store';
import { Money, ZERO, fromMinor, minorScale, minorTimes, minorUnitDigits, timesAt, toMinorUnit } from './money';
import type { Switches } from './switches';
import { defaultTargetSeconds, fraction } from './units';

/**
 * One month of the projection. Counts are expected contacts; money is booked to the
 * currency's minor unit, as `M`: exact decimals (`Money`) for everything the app shows, whole
 * minor units in a number while booking and in the Monte Carlo's draws (see `Ledger`).
 */
export interface MonthRowOf<M> {
  /** 1-based month number. */
  month: number;
  /** Ramp fraction applied to resolution rates this month, 0-1. */
  ramp: number;
  contacts: number;
  attempted: number;
  aiResolved: number;
  aiEscalated: number;
  errors: number;
  recontacts: number;
  humanContacts: number;
  /** Agent hours of human handling (workload), with the AI. */
  humanHours: number;
  /** Agent hours if every contact were human. */
  baselineHours: number;
  /** Workload hours / productive hours per FTE-month. */
  agentEquivalents: number;
  agentEquivalentsBaseline: number;
  staffing: StaffingResult;
  staffingBaseline: StaffingResult;
  /** Per-category funnel rows, in the order of the scenario's categories (or one row for the headline). */
  categories: FunnelRow[];
  baselineCost: M;
  humanCost: M;
  aiCost: M;
  qualityCost: M;
  /** Platform fee and knowledge-base upkeep. */
  fixedCost: M;
  totalCost: M;
  savings: M;
  /** Savings to date, net of the one-time implementation cost. */
  cumulativeSavings: M;
}

/** One month of the projection, money as exact decimals. */
export type MonthRow = MonthRowOf<Money>;

/**
 * Month `month` booking the same figures as `r`, with its own cumulative savings. Written
 * out field by field, in the order of the projection's own rows: a spread of this many
 * fields takes a slow path in V8 (about 5 % of a recalculation, in the gap steps).
 */
function repeatedMonth<M>(r: MonthRowOf<M>, month: number, cumulativeSavings: M): MonthRowOf<M> {
  return {
    month,
    ramp: r.ramp,
    contacts: r.contacts,
    attempted: r.attempted,
    aiResolved: r.aiResolved,
    aiEscalated: r.aiEscalated,
    errors: r.errors,
    recontacts: r.recontacts,
    humanContacts: r.humanContacts,
    humanHours: r.humanHours,
    baselineHours: r.baselineHours,
    agentEquivalents: r.agentEquivalents,
    agentEquivalentsBaseline: r.agentEquivalentsBaseline,
    staffing: r.staffing,
    staffingBaseline: r.staffingBaseline,
    categories: r.categories,
    baselineCost: r.baselineCost,
    humanCost: r.humanCost,
    aiCost: r.aiCost,
    qualityCost: r.qualityCost,
    fixedCost: r.fixedCost,
    totalCost: r.totalCost,
    savings: r.savings,
    cumulativeSavings,
  };
}

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

/**
 * A calculation context: a month's staffing is memoised by its workload (and the staffing
 * inputs), so the runs of one calculation (both methods and the gap steps) staff each
 * distinct month once, and a context started from another keeps its staffing and weights.
 */
export interface Context {
  solve: IntervalSolver;
  /** Staffing results, shared with the contexts started from this one. */
  staffed: StaffingStore;
  /** Blended pools' staffing by the channels' inputs and workloads, shared the same way. */
  pools: Map<string, PoolOutcome>;
  /**
   * Arrival weights, with what they were computed from (the profile and the opening hours):
   * one entry per profile in use (the channels of a scenario may each have their own).
   */
  weights: WeightsEntry[];
}

/** Arrival weights and what they were computed from. */
interface WeightsEntry {
  profile: Scenario['arrivalProfile'];
  from: number;
  to: number;
  days: readonly number[];
  weights: number[];
  /** Asynchronous work: arrivals in every hour, closed ones included, and the open hours (made on first use). */
  backlog?: { weights: number[]; open: number[] };
}

/** Profiles a context keeps weights for: the channels of one scenario (at most 6) and a few more. */
const WEIGHT_SETS = 16;

/**
 * A calculation context. `from` carries an earlier context's staffing results, arrival
 * weights (checked against the scenario before use) and solver (whose first guesses for
 * the next search change how fast an answer is found, never which) over. A new context
 * made `costOnly` staffs months for their costs alone (see `IntervalSolver`), and the sum of
 * a scenario's channels has no category funnels: the Monte Carlo's draws read staffed FTE
 * and money, never service level, speed of answer or a category.
 */
export function newContext(from: Context | null = null, costOnly = false): Context {
  return {
    solve: from?.solve ?? queueSolver(costOnly),
    staffed: from?.staffed ?? new StaffingStore(),
    pools: from?.pools ?? new Map(),
    weights: from?.weights ?? [],
  };
}

/** Whether two number arrays (or two nulls) hold the same numbers; the same array at once. */
function sameNumbers(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function weightsOf(ctx: Context, s: Scenario): number[] {
  return entryOf(ctx, s).weights;
}

/** Weights and open hours of asynchronous work (docs/METHOD.md, "Asynchronous channels"), kept with the scenario's weights. */
function backlogWeightsOf(ctx: Context, s: Scenario): { weights: number[]; open: number[] } {
  const e = entryOf(ctx, s);
  return (e.backlog ??= {
    weights: backlogWeights(s.arrivalProfile, s.human),
    open: Array.from({ length: HOURS_PER_WEEK }, (_, h) => (isOpenHour(s.human, h) ? 1 : 0)),
  });
}

function entryOf(ctx: Context, s: Scenario): WeightsEntry {
  const h = s.human;
  // Compared by what the weights depend on, by value: an edit validated by the schema comes
  // back with new arrays of the same numbers, and the weights (whose identity keys the
  // staffing store) must then stay the same array.
  for (const w of ctx.weights) {
    if (sameNumbers(w.profile, s.arrivalProfile) && w.from === h.openFromHour && w.to === h.openToHour && sameNumbers(w.days, h.openDays)) return w;
  }
  const made: WeightsEntry = {
    profile: s.arrivalProfile,
    from: h.openFromHour,
    to: h.openToHour,
    days: h.openDays,
    weights: arrivalWeights(s.arrivalProfile, h),
  };
  // The most recent first; the oldest makes room.
  ctx.weights.unshift(made);
  if (ctx.weights.length > WEIGHT_SETS) ctx.weights.pop();
  return made;
}

/** Prices of one calculation as decimals, parsed once rather than on every month. */
interface Prices {
  hourly: Money;
  perContact: Money;
  perUnit: Money;
  perToken: Money;
  errorCost: Money;
}

function pricesOf(s: Scenario): Prices {
  return {
    hourly: hourlyCost(s),
    perContact: new Money(s.human.costPerContact),
    perUnit: new Money(s.ai.pricePerUnit),
    perToken: new Money(s.ai.pricePerMillionTokens).div(1_000_000),
    errorCost: new Money(s.quality.errorCost),
  };
}

/** What a human side costs: hours or contacts at their price, booked by `ledger`. */
function humanCost<M>(ledger: Ledger<M>, s: Scenario, sw: Switches, p: Prices, contacts: number, agentMinutes: number, staffing: StaffingResult): M {
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

/**
 * How the engine books money (docs/METHOD.md, "Money and rounding"): a quantity times a price
 * rounded half-up to the currency's minor unit (`digits` decimals: JPY 0, USD 2, BHD 3), and
 * exact sums. Two ledgers give the same amounts: {@link decimalLedger} (decimal.js) and
 * {@link minorLedger} (whole minor units in numbers, several times faster).
 */
export interface Ledger<M> {
  /** Decimals of the minor unit the ledger books to. */
  readonly digits: number;
  /** `quantity` x `price`, rounded half-up to the minor unit. */
  times(quantity: number, price: Money): M;
  /** An amount given as a decimal, booked as it is (the fixed costs, already in minor units, and the one-time cost). */
  of(amount: Money): M;
  plus(a: M, b: M): M;
  minus(a: M, b: M): M;
}

const decimalLedgers: Ledger<Money>[] = [];

/** The exact ledger at `digits` decimals: decimal.js amounts. */
export function decimalLedger(digits: number): Ledger<Money> {
  return (decimalLedgers[digits] ??= {
    digits,
    times: (quantity, price) => timesAt(quantity, price, digits),
    of: (amount) => amount,
    plus: (a, b) => a.plus(b),
    minus: (a, b) => a.minus(b),
  });
}

/** The exact ledger to the cent (a two-decimal currency). */
export const DECIMALS: Ledger<Money> = decimalLedger(2);

/**
 * Whole minor units in float64 numbers: exact integers below 2^53. A product is booked by
 * {@link minorTimes} (floats, and the decimal product near a half), so it is the decimal
 * ledger's amount. Any amount at or past 2^51 minor units (or an amount that is not whole
 * minor units) sets `overflow`: the caller then books with the decimal ledger.
 */
export interface CentsLedger extends Ledger<number> {
  overflow: boolean;
}

/** Past this many minor units (about 22 trillion dollars in cents) the ledger gives up; sums of a few such stay exact. */
const SAFE_UNITS = 2 ** 51;

/** The fast ledger at `digits` decimals (see {@link CentsLedger}). */
export function minorLedger(digits: number): CentsLedger {
  const floats = new Map<Money, number>();
  const scale = minorScale(digits);
  const ledger: CentsLedger = {
    digits,
    overflow: false,
    times(quantity, price) {
      let p = floats.get(price);
      if (p === undefined) floats.set(price, (p = price.toNumber()));
      const c = minorTimes(quantity, price, p, digits);
      if (Math.abs(c) >= SAFE_UNITS) ledger.overflow = true;
      return c;
    },
    of(amount) {
      const c = amount.times(scale).toNumber() + 0;
      if (!Number.isInteger(c) || Math.abs(c) >= SAFE_UNITS) ledger.overflow = true;
      return c;
    },
    plus(a, b) {
      const c = a + b;
      if (Math.abs(c) >= SAFE_UNITS) ledger.overflow = true;
      return c;
    },
    minus(a, b) {
      const c = a - b;
      if (Math.abs(c) >= SAFE_UNITS) ledger.overflow = true;
      return c;
    },
  };
  return ledger;
}

/** The fast ledger to the cent (kept for the Monte Carlo's two-decimal callers). */
export function centsLedger(): CentsLedger {
  return minorLedger(2);
}

/** Decimals of the scenario currency's minor unit. */
export function digitsOf(s: Scenario): number {
  return minorUnitDigits(s.finance.currency);
}

/** Decimal rows made from whole minor units, and those units: what sums over the months read (see `unitsOf`). */
const unitRows = new WeakMap<readonly MonthRow[], { digits: number; rows: readonly MonthRowOf<number>[] }>();

/**
 * The whole minor units `rows` were read from, when the projection booked them so: sums over
 * the months are then exact in plain numbers (the summary's horizon figures).
 */
export function unitsOf(rows: readonly MonthRow[]): { digits: number; rows: readonly MonthRowOf<number>[] } | undefined {
  return unitRows.get(rows);
}

/**
 * Rows booked in whole minor units as decimals (the same amounts). Equal amounts share one
 * decimal (see `fromMinor`): a month that repeats an earlier one makes none.
 */
function decimalRows(rows: readonly MonthRowOf<number>[], digits: number): MonthRow[] {
  const dec = (units: number): Money => fromMinor(units, digits);
  const out: MonthRow[] = new Array<MonthRow>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    out[i] = {
      month: r.month,
      ramp: r.ramp,
      contacts: r.contacts,
      attempted: r.attempted,
      aiResolved: r.aiResolved,
      aiEscalated: r.aiEscalated,
      errors: r.errors,
      recontacts: r.recontacts,
      humanContacts: r.humanContacts,
      humanHours: r.humanHours,
      baselineHours: r.baselineHours,
      agentEquivalents: r.agentEquivalents,
      agentEquivalentsBaseline: r.agentEquivalentsBaseline,
      staffing: r.staffing,
      staffingBaseline: r.staffingBaseline,
      categories: r.categories,
      baselineCost: dec(r.baselineCost),
      humanCost: dec(r.humanCost),
      aiCost: dec(r.aiCost),
      qualityCost: dec(r.qualityCost),
      fixedCost: dec(r.fixedCost),
      totalCost: dec(r.totalCost),
      savings: dec(r.savings),
      cumulativeSavings: dec(r.cumulativeSavings),
    };
  }
  unitRows.set(out, { digits, rows });
  return out;
}

const NOT_STAFFED: StaffingResult = { staffedFte: 0, onSeatHours: 0, peakAgents: 0, serviceLevel: null, asaSeconds: null, occupancy: 0, abandonRate: null };

/**
 * Computes every month of the horizon for one set of switches. With `staff` false and
 * queueing off, staffing is skipped (its figures read 0): the gap explanation needs only
 * the money of such runs.
 */
export function project(s: Scenario, sw: Switches, ctx: Context = newContext(), staff = true): MonthRow[] {
  return projectChannels(s, sw, ctx, staff).rows;
}

/**
 * {@link project}, booking money with `ledger`. A scenario with channels is the sum of its
 * channels (docs/METHOD.md, "Channels"), each projected as a one-channel scenario;
 * without channels the one projection below.
 */
export function projectWith<M>(ledger: Ledger<M>, s: Scenario, sw: Switches, ctx: Context = newContext(), staff = true): MonthRowOf<M>[] {
  if (s.channels === null) return projectOne(ledger, s, sw, ctx, staff);
  return projectChannelsWith(ledger, s, sw, ctx, staff).rows;
}

/** One channel's part of a scenario and its months. */
export interface ChannelRows<M> {
  part: ChannelPart;
  rows: MonthRowOf<M>[];
}

/** A scenario's months and, for a scenario with channels, each channel's (empty without channels). */
export interface ChannelsProjection<M> {
  rows: MonthRowOf<M>[];
  channels: ChannelRows<M>[];
  /** A blended pool's FTE month by month (with the AI), against the channels staffed alone; null with dedicated pools. */
  pooling: { dedicatedFte: number[]; blendedFte: number[] } | null;
}

/** {@link project} with each channel's months (dedicated pools: each channel staffed alone). */
export function projectChannels(s: Scenario, sw: Switches, ctx: Context = newContext(), staff = true): ChannelsProjection<Money> {
  const digits = digitsOf(s);
  // Booked in whole minor units (docs/METHOD.md, "Money and rounding"), then read as decimals;
  // amounts too large for exact floats, or a one-time cost with fractions of the minor unit,
  // are booked in decimals from the start (the same amounts either way).
  const fast = minorLedger(digits);
  const p: ChannelsProjection<number> =
    s.channels === null ? { rows: projectOne(fast, s, sw, ctx, staff), channels: [], pooling: null } : projectChannelsWith(fast, s, sw, ctx, staff);
  if (!fast.overflow) {
    const rowsOf = (rows: MonthRowOf<number>[]) => decimalRows(rows, digits);
    const rows = rowsOf(p.rows);
    return { rows, channels: p.channels.map((c) => ({ part: c.part, rows: c.rows === p.rows ? rows : rowsOf(c.rows) })), pooling: p.pooling };
  }
  const exact = decimalLedger(digits);
  if (s.channels === null) return { rows: projectOne(exact, s, sw, ctx, staff), channels: [], pooling: null };
  return projectChannelsWith(exact, s, sw, ctx, staff);
}

function projectChannelsWith<M>(ledger: Ledger<M>, s: Scenario, sw: Switches, ctx: Context, staff: boolean): ChannelsProjection<M> {
  const dedicated = channelParts(s).map((part) => ({ part, rows: projectOne(ledger, part.scenario, sw, ctx, staff, part.response) }));
  if (dedicated.length === 1) return { rows: dedicated[0]!.rows, channels: dedicated, pooling: null };
  const blendable =
    s.pooling === 'blended' && (staff || sw.queueing) && dedicated.some((c) => c.part.response) && dedicated.some((c) => isLive(c.part.spec.kind));
  const growth = sw.growth ? 1 + fraction(s.growthPctPerMonth) : 1;
  const totalContacts = (m: number) => s.contactsPerMonth * Math.pow(growth, m);
  if (!blendable)
    return {
      rows: sumChannelRows(
        ledger,
        dedicated.map((c) => ({ live: isLive(c.part.spec.kind), rows: c.rows })),
        totalContacts,
        !ctx.solve.costOnly,
      ),
      channels: dedicated,
      pooling: null,
    };
  const pooled = blend(ledger, sw, ctx, dedicated);
  const rows = sumChannelRows(
    ledger,
    pooled.channels.map((c) => ({ live: isLive(c.part.spec.kind), rows: c.rows })),
    totalContacts,
    !ctx.solve.costOnly,
  );
  // The pool's busiest hour, not the sum of its channels' busiest hours.
  const summed = rows.map((r, m) => ({
    ...r,
    staffing: { ...r.staffing, peakAgents: pooled.peak[m]! },
    staffingBaseline: { ...r.staffingBaseline, peakAgents: pooled.peakBaseline[m]! },
  }));
  return { rows: summed, channels: pooled.channels, pooling: { dedicatedFte: pooled.dedicatedFte, blendedFte: pooled.blendedFte } };
}

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
  const pool = (which: 'ai' | 'base', m: number): PoolOutcome => {
    const inputs = dedicated.map((c, i) => {
      const r = c.rows[m]!;
      const b = bases[i]!.base;
      return which === 'ai'
        ? { humanContacts: r.humanContacts, agentMinutes: r.humanHours * 60, seats: b.seats, dedicated: r.staffing }
        : { humanContacts: r.contacts, agentMinutes: r.baselineHours * 60, seats: null, dedicated: r.staffingBaseline };
    });
    const key = inputs.map((x) => resultId(x.dedicated)).join('/');
    let out = ctx.pools.get(key);
    if (!out) {
      if (ctx.pools.size >= POOL_LIMIT) ctx.pools.clear();
      out = staffPool(
        inputs.map((x, i) => ({
          live: isLive(dedicated[i]!.part.spec.kind),
          inputs: monthInputs(bases[i]!.base, x.humanContacts, x.agentMinutes, x.seats),
          dedicated: x.dedicated,
        })),
        ctx.solve,
      );
      ctx.pools.set(key, out);
    }
    return out;
  };
  for (let m = 0; m < months; m++) {
    const repeats = m > 0 && dedicated.every((c) => c.rows[m]!.contacts === c.rows[m - 1]!.contacts && c.rows[m]!.ramp === c.rows[m - 1]!.ramp);
    withAi.push(repeats ? withAi[m - 1]! : pool('ai', m));
    baseline.push(repeats ? baseline[m - 1]! : pool('base', m));
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
    const categories: FunnelRow[] = (withCategories ? r0.categories : []).map((cat, k) => {
      // Each figure summed over the channels from 0, in the channels' order (a missing category adds 0).
      const sum: FunnelRow = {
        tier: cat.tier,
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
      for (const r of rows) {
        const c = r.categories[k];
        sum.contacts += c ? c.contacts : 0;
        sum.attempted += c ? c.attempted : 0;
        sum.aiResolved += c ? c.aiResolved : 0;
        sum.escalated += c ? c.escalated : 0;
        sum.errors += c ? c.errors : 0;
        sum.recontacts += c ? c.recontacts : 0;
        sum.humanContacts += c ? c.humanContacts : 0;
        sum.agentMinutes += c ? c.agentMinutes : 0;
        sum.baselineAgentMinutes += c ? c.baselineAgentMinutes : 0;
      }
      return sum;
    });
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
      asa += arrivals * (r.asaSeconds ?? 0);
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

/** The projection of one channel: a scenario without channels, or one channel of a scenario with channels. */
function projectOne<M>(ledger: Ledger<M>, s: Scenario, sw: Switches, ctx: Context, staff: boolean, response: ResponseTarget | null = null): MonthRowOf<M>[] {
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
  const fixed = ledger.of(sw.fixedCosts ? toMinorUnit(new Money(s.ai.fixedPerMonth).plus(s.ai.upkeepPerMonth), ledger.digits) : ZERO);
  const prices = pricesOf(s);
  const growth = sw.growth ? 1 + fraction(s.growthPctPerMonth) : 1;
  const rows: MonthRowOf<M>[] = [];
  let cumulative = ledger.of(new Money(s.ai.setupCost).negated());
  for (let m = 1; m <= s.finance.months; m++) {
    const ramp = rampFraction(s, m, sw);
    const contacts = s.contactsPerMonth * Math.pow(growth, m - 1);
    const prev = rows[rows.length - 1];
    if (prev && prev.contacts === contacts && prev.ramp === ramp) {
      // Without growth and past the ramp a month repeats the previous one: book the same figures.
      cumulative = ledger.plus(cumulative, prev.savings);
      rows.push(repeatedMonth(prev, m, cumulative));
      continue;
    }
    const category = (c: (typeof cats)[number], i: number): FunnelRow =>
      funnelRow(
        {
          contacts: contacts * (shares[i] ?? 0),
          tier: c.tier,
          handleMinutes: c.handleMinutes,
          attemptShare: c.aiEligible ? 1 - ask : 0,
          resolvedShare: fraction(c.resolutionPct) * ramp,
        },
        rates,
      );
    // A cost-only context keeps no category rows (its draws read none): the month's totals alone, summed alike.
    const funnel = ctx.solve.costOnly ? [] : cats.map(category);
    const t = ctx.solve.costOnly ? sumFunnelOf(cats, category) : sumFunnel(funnel);
    const needStaffing = staff || sw.queueing;
    const staffing = needStaffing ? ctx.staffed.get(baseKey, t.humanContacts, t.agentMinutes, staffingBase.seats, staffOne) : NOT_STAFFED;
    const staffingBaseline = needStaffing ? ctx.staffed.get(baseKey, t.contacts, t.baselineAgentMinutes, null, staffOne) : NOT_STAFFED;
    const baselineCost = humanCost(ledger, s, sw, prices, t.contacts, t.baselineAgentMinutes, staffingBaseline);
    const human = humanCost(ledger, s, sw, prices, t.humanContacts, t.agentMinutes, staffing);
    const ai = aiCost(ledger, s, sw, prices, t.attempted, t.aiResolved);
    const quality = ledger.times(t.errors, prices.errorCost);
    const totalCost = ledger.plus(ledger.plus(ledger.plus(human, ai), quality), fixed);
    const savings = ledger.minus(baselineCost, totalCost);
    cumulative = ledger.plus(cumulative, savings);
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
  return rows;
}

/**
 * A month's staffing inputs: `base` with its workload. Written out field by field (a spread
 * of this many fields takes a slow path in V8, and every month makes one).
 */
function monthInputs(
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

/** The staffing inputs a channel's months share, and their key in the staffing store. */
function staffingBaseOf(
  s: Scenario,
  ctx: Context,
  response: ResponseTarget | null,
): { base: Omit<StaffingInputs, 'humanContacts' | 'agentMinutes'>; key: string } {
  const async = response ? backlogWeightsOf(ctx, s) : null;
  const weights = async ? async.weights : weightsOf(ctx, s);
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

/**
 * Erlang A: the M/M/N+M queue (Palm's model), Erlang C with customers who abandon after an
 * exponentially distributed patience. With abandonment the queue is stable at any load,
 * so N <= A agents is a valid (if poor) staffing.
 *
 * Notation (rates per second): lambda arrivals, mu = 1 / handle time, theta = 1 / mean
 * patience, N agents, A = lambda / mu Erlangs, x = lambda / theta, b = N mu / theta.
 * With j contacts waiting ahead of it, a new arrival reaches an agent after a sum of
 * exponential phases with rates theta (b + i), i = 0..j, so e^(-theta V) ~ Beta(b, j + 1)
 * and it is served (does not abandon first) with probability b / (b + j + 1). Summing over
 * the stationary queue gives every measure as a Kummer series
 * K(b, y) = sum_j y^j / ((b + 1) ... (b + j)) = M(1, b + 1, y), with y = x or
 * y = x e^(-theta t) for a target t: the incomplete-gamma form of Garnett, Mandelbaum and
 * Reiman, "Designing a call center with impatient customers", MSOM 4(3), 2002, and of
 * Mandelbaum and Zeltyn, "The Palm/Erlang-A queue, with applications to call centers"
 * (2005), section 4.
 *
 * Numerics: no factorials or powers. The agent states enter through the Erlang B
 * recursion (B = pi_N / (pi_0 + ... + pi_N)); the queue states through the series above,
 * summed term by term with a running scale (so a heavily overloaded queue cannot
 * overflow) and stopped by a geometric tail bound at 1e-17 of the smallest sum. When the
 * terms peak far out (lambda > N mu, many contacts waiting) the negligible head of the
 * series is skipped with a Stirling log-gamma ratio, so the work stays
 * O(sqrt(lambda / theta)) terms per series however long the queue, plus O(N) for Erlang B.
 * (A few thousand terms for any realistic interval; a million at 10^6 contacts an hour
 * with months of patience.) Measured against a state-by-state birth-death computation
 * the results agree to 1e-9 (see the unit tests); the skipped-head path carries an
 * absolute error of about 1e-16 x lambda / theta in the answered-within-target share.
 */
import { checkSteps, ModelLimitError } from './limits';
import { erlangB, erlangBStartAgents, erlangBStartValue, erlangCFromB, erlangCPerformance, serviceLevelFromC, type QueueResult } from './erlang';

const MESSAGES = {
  notFinite: 'Erlang A inputs must be finite numbers (patience may be Infinity)',
  negative: 'Erlang A inputs must not be negative',
  serviceLevel: 'the service-level target must be at least 0 and below 1',
  occupancy: 'the occupancy cap must be above 0 and at most 1',
} as const;

/** Every Erlang A measure for one interval; shares are 0-1, times seconds. */
export interface ErlangAMeasures {
  agents: number;
  /** Offered load A = lambda x handle time, Erlangs. */
  trafficErlangs: number;
  /** P(W > 0): an arrival finds every agent busy and has to queue. */
  waitProbability: number;
  /** P(Ab): share of arrivals that abandon before reaching an agent. */
  abandonProbability: number;
  /** Share of all arrivals answered within the target (abandoned ones count as not). */
  answeredWithinTarget: number;
  /** P(W > t): share of all arrivals still waiting (unanswered, not abandoned) at the target. */
  waitBeyondTargetProbability: number;
  /** E[W]: mean time in queue over all arrivals, abandoned ones included, seconds. */
  meanWaitSeconds: number;
  /** Mean time in queue of the contacts that are answered, seconds. */
  meanWaitAnsweredSeconds: number;
  /** Carried load A (1 - P(Ab)): agents busy on average. */
  carriedErlangs: number;
}

// The sums of the last `queueSums` call (no object made), by these indices into `sums`:
/** Natural log of the factor every sum below is to be multiplied by. */
const LOG_SCALE = 0;
/** sum_j t_j, t_j = x^j / ((b + 1) ... (b + j)) */
const ALL = 1;
/** sum_j t_j b / (b + j + 1): weight = chance the contact is served */
const SERVED = 2;
/** sum_j t_j (j + 1) / (b + j + 1): weight = chance the contact abandons */
const ABANDONED = 3;
/** sum_j t_j b / (b + j + 1) H_j, H_j = sum_{i=0..j} 1 / (b + 1 + i): served wait x theta */
const SERVED_WAIT = 4;
const sums = new Float64Array(5);

const STIRLING_MIN = 30;
const TAIL_EPS = 1e-17;
const RESCALE_AT = 1e250;

/** lnGamma(z) - ((z - 1/2) ln z - z + ln(2 pi) / 2): Stirling's series, |error| < 1e-17 for z >= 30. */
function stirlingTail(z: number): number {
  const z2 = z * z;
  return (1 / z) * (1 / 12 - (1 / z2) * (1 / 360 - (1 / z2) * (1 / 1260 - 1 / (1680 * z2))));
}

/**
 * sum_{i=1..j} ln(x / (b + i)), the log of the j-th series term. Exact terms while
 * b + i is small, then the Stirling ratio written so that no large logs cancel.
 */
function logTerm(x: number, b: number, j: number): number {
  let acc = 0;
  let i = 1;
  for (; i <= j && b + i < STIRLING_MIN; i++) acc += Math.log(x / (b + i));
  if (i > j) return acc;
  const m = j - i + 1;
  const z1 = b + i;
  const z2 = z1 + m;
  return acc + m * Math.log(x / z2) - (z1 - 0.5) * Math.log1p(m / z1) + m - stirlingTail(z2) + stirlingTail(z1);
}

/** sum_{i=0..m-1} 1 / (z + i) = digamma(z + m) - digamma(z), by the asymptotic series past 30. */
function harmonicFrom(z: number, m: number): number {
  let acc = 0;
  let i = 0;
  for (; i < m && z + i < STIRLING_MIN; i++) acc += 1 / (z + i);
  if (i >= m) return acc;
  const z1 = z + i;
  const z2 = z + m;
  const tail = (w: number): number => {
    const w2 = 1 / (w * w);
    return -1 / (2 * w) - w2 * (1 / 12 - w2 * (1 / 120 - w2 * (1 / 252 - w2 / 240)));
  };
  return acc + Math.log1p((m - i) / z1) + tail(z2) - tail(z1);
}

/**
 * The Kummer-series sums for queue terms t_j = x^j / ((b + 1) ... (b + j)). Terms rise
 * while b + j < x and fall after; terms more than 12 standard deviations below the peak
 * (relative size < e^-72) are skipped. The sums are left in `sums`.
 */
function queueSums(b: number, x: number): void {
  const skip = Math.floor(x - b - 12 * Math.sqrt(x));
  const j0 = skip > 64 ? skip : 0;
  let logScale = j0 > 0 ? logTerm(x, b, j0) : 0;
  let harmonic = j0 > 0 ? harmonicFrom(b + 1, j0) : 0;
  let t = 1;
  let all = 0;
  let served = 0;
  let abandoned = 0;
  let servedWait = 0;
  // One division per term: every quotient of term j has the denominator b + j + 1, and
  // the ratio to the next term is x over it (the loop runs some thousand terms per search).
  let ratio = 0;
  for (let j = j0, steps = 0; ; j++, steps++) {
    checkSteps(steps, 'Erlang A queue sum');
    if (j > j0) t *= ratio;
    const inverse = 1 / (b + j + 1);
    harmonic += inverse;
    const pServed = b * inverse;
    all += t;
    served += t * pServed;
    abandoned += t * (j + 1) * inverse;
    servedWait += t * pServed * harmonic;
    if (t > RESCALE_AT) {
      t /= RESCALE_AT;
      all /= RESCALE_AT;
      served /= RESCALE_AT;
      abandoned /= RESCALE_AT;
      servedWait /= RESCALE_AT;
      logScale += Math.log(RESCALE_AT);
    }
    ratio = x * inverse;
    // Ratios fall with j, so past the peak the rest is at most t ratio / (1 - ratio).
    if (ratio < 1 && (t * ratio) / (1 - ratio) <= TAIL_EPS * Math.min(all, served, abandoned, servedWait)) break;
  }
  sums[LOG_SCALE] = logScale;
  sums[ALL] = all;
  sums[SERVED] = served;
  sums[ABANDONED] = abandoned;
  sums[SERVED_WAIT] = servedWait;
}

/** Below this blocking probability the Erlang B recursion is a pure product (see {@link blockingProbability}). */
const NEGLIGIBLE_BLOCKING = 1e-20;

/**
 * Erlang B for the Erlang A measures, in O(sqrt(A)) steps however far N is from A.
 *
 * Below 400 Erlangs this is `erlangB` itself. Above, the recursion is warm-started as in
 * `erlangBStart`, also below the usual start: from n0 < N with B(n0) = 1 - n0 / A every
 * step shrinks the starting error by at most m / A (the iterates stay above 1 - m / A),
 * so k steps with (N / A)^k < e^-75 leave nothing of it in a double. Above A, once
 * B < 1e-20, B(m) = A B(m-1) / (m + A B(m-1)) is A / m times B(m-1) to 1e-20 relative,
 * and the rest of the recursion is the product prod A / m, summed as a log-gamma ratio.
 */
function blockingProbability(agents: number, trafficErlangs: number): number {
  const a = trafficErlangs;
  if (a < 400) return erlangB(agents, a);
  let n0 = erlangBStartAgents(a);
  let b = erlangBStartValue(n0, a);
  if (agents < n0) {
    const steps = Math.ceil(75 / -Math.log(agents / a)) + 1;
    n0 = Math.max(0, agents - steps);
    b = n0 === 0 ? 1 : 1 - n0 / a;
  }
  const inverseTraffic = 1 / a;
  let r = 1 / b;
  for (let m = n0 + 1; m <= agents; m++) {
    r = 1 + m * inverseTraffic * r; // 1 / B, as in erlang.ts
    if (m > a && r > 1 / NEGLIGIBLE_BLOCKING && m < agents) return Math.exp(logTerm(a, m, agents - m)) / r;
  }
  return 1 / r;
}

/**
 * The Erlang C staffing for the same interval, as the first guess of the Erlang A search:
 * the warm-started Erlang B walk of `erlangCAgents`, stopping at the occupancy bound once
 * nobody waits, without evaluating the performance there (O(sqrt(A)) steps in all).
 */
function erlangCGuess(a: number, handleSeconds: number, targetSeconds: number, serviceLevel: number, maxOccupancy: number): number {
  const capped = Math.ceil(a / (maxOccupancy + 1e-12));
  const n0 = erlangBStartAgents(a);
  const inverseTraffic = 1 / a;
  let r = 1 / erlangBStartValue(n0, a);
  for (let n = n0 + 1, steps = 1; ; n++, steps++) {
    checkSteps(steps, 'Erlang A first guess');
    r = 1 + n * inverseTraffic * r; // 1 / B, as in erlang.ts
    if (n <= a) continue;
    const c = erlangCFromB(n, a, 1 / r);
    if (c < 1e-16) return Math.max(n, capped);
    if (n >= capped && serviceLevelFromC(n, a, c, handleSeconds, targetSeconds) >= serviceLevel - 1e-12) return n;
  }
}

/** Checks each input in turn, agents first (0 when there are none to check); no array made, on the searches' hottest path. */
function checkInputs(callsPerHour: number, handleSeconds: number, targetSeconds: number, patienceSeconds: number, agents = 0): void {
  checkInput(agents);
  checkInput(callsPerHour);
  checkInput(handleSeconds);
  checkInput(targetSeconds);
  if (Number.isNaN(patienceSeconds)) throw new RangeError(MESSAGES.notFinite);
  if (patienceSeconds < 0) throw new RangeError(MESSAGES.negative);
}

function checkInput(v: number): void {
  if (!Number.isFinite(v)) throw new RangeError(MESSAGES.notFinite);
  if (v < 0) throw new RangeError(MESSAGES.negative);
}

/** No waiting at all (no load, or so many agents that B underflows): everyone answered at once. */
function idleMeasures(agents: number, a: number): ErlangAMeasures {
  return {
    agents,
    trafficErlangs: a,
    waitProbability: 0,
    abandonProbability: 0,
    answeredWithinTarget: 1,
    waitBeyondTargetProbability: 0,
    meanWaitSeconds: 0,
    meanWaitAnsweredSeconds: 0,
    carriedErlangs: a,
  };
}

/**
 * All Erlang A measures of `agents` agents (a whole number) for one interval.
 *
 * Limits handled exactly: patience Infinity is Erlang C (then only a stable queue,
 * N > A, has finite waits); patience 0 is Erlang B (whoever would wait leaves at once);
 * no agents means every contact abandons.
 *
 * @param agents agents on seat, a whole number >= 0
 * @param callsPerHour arrivals per hour
 * @param handleSeconds mean handle time, seconds (exponential)
 * @param patienceSeconds mean customer patience, seconds (exponential)
 * @param targetSeconds answer-time target t, seconds
 */
export function erlangAMeasures(agents: number, callsPerHour: number, handleSeconds: number, patienceSeconds: number, targetSeconds: number): ErlangAMeasures {
  measure(agents, callsPerHour, handleSeconds, patienceSeconds, targetSeconds);
  return measuresIn(measured);
}

/** The measures held in `v` (by the indices of `measured`) as an object. */
function measuresIn(v: Float64Array): ErlangAMeasures {
  return {
    agents: v[AGENTS]!,
    trafficErlangs: v[TRAFFIC]!,
    waitProbability: v[WAIT]!,
    abandonProbability: v[ABANDON]!,
    answeredWithinTarget: v[WITHIN_TARGET]!,
    waitBeyondTargetProbability: v[BEYOND_TARGET]!,
    meanWaitSeconds: v[MEAN_WAIT]!,
    meanWaitAnsweredSeconds: v[MEAN_WAIT_ANSWERED]!,
    carriedErlangs: v[CARRIED]!,
  };
}

// The measures of the last `measure` call (no object made: a staffing search evaluates
// thousands of counts), by these indices into `measured`, in the order of ErlangAMeasures.
const AGENTS = 0;
const TRAFFIC = 1;
const WAIT = 2;
const ABANDON = 3;
const WITHIN_TARGET = 4;
const BEYOND_TARGET = 5;
const MEAN_WAIT = 6;
const MEAN_WAIT_ANSWERED = 7;
const CARRIED = 8;
const measured = new Float64Array(9);

/** Leaves `m` in `measured`. */
function store(m: ErlangAMeasures): void {
  measured[AGENTS] = m.agents;
  measured[TRAFFIC] = m.trafficErlangs;
  measured[WAIT] = m.waitProbability;
  measured[ABANDON] = m.abandonProbability;
  measured[WITHIN_TARGET] = m.answeredWithinTarget;
  measured[BEYOND_TARGET] = m.waitBeyondTargetProbability;
  measured[MEAN_WAIT] = m.meanWaitSeconds;
  measured[MEAN_WAIT_ANSWERED] = m.meanWaitAnsweredSeconds;
  measured[CARRIED] = m.carriedErlangs;
}

/** P(W > 0) x sum / all, at most P(W > 0): a queue measure as a ratio of sums sharing one scale. */
function shareOfWaiting(waitProbability: number, sum: number, all: number): number {
  return Math.min(waitProbability, (waitProbability * sum) / all);
}

/** {@link erlangAMeasures}, its figures left in `measured`. */
function measure(agents: number, callsPerHour: number, handleSeconds: number, patienceSeconds: number, targetSeconds: number): void {
  checkInputs(callsPerHour, handleSeconds, targetSeconds, patienceSeconds, agents);
  const n = Math.floor(agents);
  const a = (callsPerHour * handleSeconds) / 3600;
  if (a <= 0) return store(idleMeasures(n, a));
  const lambda = callsPerHour / 3600;
  if (patienceSeconds === Infinity) return store(erlangCMeasures(n, callsPerHour, handleSeconds, targetSeconds));
  if (n === 0) {
    return store({
      agents: 0,
      trafficErlangs: a,
      waitProbability: 1,
      abandonProbability: 1,
      answeredWithinTarget: 0,
      waitBeyondTargetProbability: patienceSeconds > 0 ? Math.exp(-targetSeconds / patienceSeconds) : 0,
      meanWaitSeconds: patienceSeconds,
      meanWaitAnsweredSeconds: Infinity,
      carriedErlangs: 0,
    });
  }
  const blocking = blockingProbability(n, a);
  if (patienceSeconds === 0) {
    return store({
      agents: n,
      trafficErlangs: a,
      waitProbability: blocking,
      abandonProbability: blocking,
      answeredWithinTarget: 1 - blocking,
      waitBeyondTargetProbability: 0,
      meanWaitSeconds: 0,
      meanWaitAnsweredSeconds: 0,
      carriedErlangs: a * (1 - blocking),
    });
  }
  // Nobody finds every agent busy (B underflows far above the load): no queue to sum.
  if (blocking === 0) return store(idleMeasures(n, a));
  const theta = 1 / patienceSeconds;
  const x = lambda / theta;
  const b = (n * patienceSeconds) / handleSeconds;
  // Patience so long that lambda / theta or N mu / theta overflows: nobody abandons.
  if (!Number.isFinite(x) || !Number.isFinite(b)) return store(erlangCMeasures(n, callsPerHour, handleSeconds, targetSeconds));
  queueSums(b, x);
  const fullLogScale = sums[LOG_SCALE]!;
  const fullAll = sums[ALL]!;
  // pi_N (1/B - 1) is the no-wait mass and pi_N S the queue mass (S = sum of t_j).
  // Every queue measure is written as P(W > 0) times a ratio of sums sharing one scale,
  // so the (possibly huge) series scale cancels exactly instead of in floating point.
  const logOdds = Math.log(blocking) + fullLogScale + Math.log(fullAll) - Math.log1p(-blocking);
  const waitProbability = 1 / (1 + Math.exp(-logOdds));
  const noWait = 1 / (1 + Math.exp(logOdds));
  const servedAfterWait = shareOfWaiting(waitProbability, sums[SERVED]!, fullAll);
  const abandonProbability = shareOfWaiting(waitProbability, sums[ABANDONED]!, fullAll);
  const servedWaitSeconds = shareOfWaiting(waitProbability, sums[SERVED_WAIT]!, fullAll) / theta;
  // Contacts that wait and are served later than t: offered wait V > t and patience > V.
  // In u = e^(-theta V) this is the part of the served integral below u0 = e^(-theta t),
  // a series in x u0 times u0^(b+1) e^(x (1 - u0)); P(W > t) likewise with u0^b.
  let servedLate = 0;
  let waitingAtTarget = 0;
  if (targetSeconds !== Infinity && waitProbability > 0) {
    const u0 = Math.exp(-theta * targetSeconds);
    queueSums(b, x * u0);
    const logFactor = sums[LOG_SCALE]! - fullLogScale - (n / handleSeconds + theta) * targetSeconds - x * Math.expm1(-theta * targetSeconds);
    const logAll = Math.log(fullAll);
    // Rounding must not let a part exceed its whole: P(W > t) <= P(W > 0), late <= all served.
    servedLate = Math.min(servedAfterWait, waitProbability * Math.exp(logFactor + Math.log(sums[SERVED]!) - logAll));
    waitingAtTarget = Math.min(waitProbability, waitProbability * Math.exp(logFactor + Math.log(sums[ALL]!) - logAll));
  }
  const answeredWithinTarget = Math.min(1, Math.max(0, noWait + servedAfterWait - servedLate));
  const served = noWait + servedAfterWait;
  measured[AGENTS] = n;
  measured[TRAFFIC] = a;
  measured[WAIT] = waitProbability;
  measured[ABANDON] = abandonProbability;
  measured[WITHIN_TARGET] = answeredWithinTarget;
  measured[BEYOND_TARGET] = waitingAtTarget;
  measured[MEAN_WAIT] = abandonProbability * patienceSeconds;
  measured[MEAN_WAIT_ANSWERED] = served > 0 ? servedWaitSeconds / served : Infinity;
  measured[CARRIED] = a * served;
}

function erlangCMeasures(n: number, callsPerHour: number, handleSeconds: number, targetSeconds: number): ErlangAMeasures {
  const c = erlangCPerformance(n, callsPerHour, handleSeconds, targetSeconds);
  const stable = n > c.trafficErlangs;
  return {
    agents: n,
    trafficErlangs: c.trafficErlangs,
    waitProbability: c.waitProbability,
    abandonProbability: 0,
    answeredWithinTarget: c.serviceLevel,
    waitBeyondTargetProbability: 1 - c.serviceLevel,
    meanWaitSeconds: c.asaSeconds,
    meanWaitAnsweredSeconds: c.asaSeconds,
    carriedErlangs: stable ? c.trafficErlangs : n,
  };
}

function toQueueResult(m: ErlangAMeasures): QueueResult {
  return {
    agents: m.agents,
    trafficErlangs: m.trafficErlangs,
    waitProbability: m.waitProbability,
    serviceLevel: m.answeredWithinTarget,
    asaSeconds: m.meanWaitAnsweredSeconds,
    occupancy: occupancy(m.agents, m.carriedErlangs),
    abandonRate: m.abandonProbability,
  };
}

/**
 * Erlang A performance of `agents` agents for `callsPerHour` arrivals of `handleSeconds`
 * each, customers abandoning after an exponential patience of mean `patienceSeconds`.
 *
 * - `waitProbability`: P(W > 0), share of arrivals that find every agent busy.
 * - `serviceLevel`: share of ALL arrivals answered within `targetSeconds`,
 *   P(served and W <= t). Every abandoned contact counts as not answered within target,
 *   even one that hangs up before t: the strictest of the usual definitions, and the
 *   one that cannot be raised by customers giving up. (P(W <= t), which counts early
 *   hang-ups as good, is 1 - `waitBeyondTargetProbability` of {@link erlangAMeasures}.)
 * - `asaSeconds`: mean wait of the contacts that are answered, E[W | served]
 *   (Infinity with no agents).
 * - `occupancy`: carried load / N = A (1 - P(Ab)) / N: abandoned contacts take no agent time.
 * - `abandonRate`: P(Ab), share of arrivals that abandon.
 *
 * Sources: C. Palm's model; Garnett, Mandelbaum and Reiman (2002); Mandelbaum and Zeltyn,
 * "The Palm/Erlang-A queue, with applications to call centers" (2005).
 *
 * @param agents agents on seat, a whole number >= 0
 * @param callsPerHour arrivals per hour
 * @param handleSeconds mean handle time, seconds
 * @param patienceSeconds mean customer patience, seconds (Infinity gives Erlang C)
 * @param targetSeconds answer-time target, seconds
 */
export function erlangAPerformance(agents: number, callsPerHour: number, handleSeconds: number, patienceSeconds: number, targetSeconds: number): QueueResult {
  return toQueueResult(erlangAMeasures(agents, callsPerHour, handleSeconds, patienceSeconds, targetSeconds));
}

/**
 * The fewest agents that reach the service-level target (share of all arrivals answered
 * within `targetSeconds`, as in {@link erlangAPerformance}) under Erlang A while keeping
 * occupancy (carried load / N) at or below the cap. Because abandonment keeps the queue
 * stable, the answer may be at or below the offered load A. Both measures are monotone
 * in N, so the search gallops out from a first guess, the Erlang C answer (close to the
 * Erlang A one in practice, and O(sqrt(A)) to find), until it brackets the answer, then
 * bisects: a handful of O(sqrt(A)) evaluations when the guess is near, O(log N) when it is
 * far. Fewer than A x serviceLevel agents never suffice (N agents carry at most N Erlangs).
 * A caller that knows a closer first guess (the answer of a neighbouring month) passes it
 * as `hint`: the search then needs two evaluations when the hint is right or one off, and
 * finds the same answer from any hint. A caller that knows that fewer than `atLeast` agents
 * fail (they failed the same target with fewer arrivals: service level falls and occupancy
 * rises with the arrivals) passes it too, and the search does not evaluate them again.
 *
 * @param callsPerHour arrivals per hour
 * @param handleSeconds mean handle time, seconds
 * @param patienceSeconds mean customer patience, seconds
 * @param targetSeconds answer-time target, seconds
 * @param serviceLevel target share answered within it, 0-1 (exclusive of 1)
 * @param maxOccupancy occupancy cap, 0-1 (exclusive of 0)
 * @param hint agents to start the search from (default: the Erlang C answer)
 * @param atLeast fewer agents are known to miss the target (default: none known)
 */
export function erlangAAgents(
  callsPerHour: number,
  handleSeconds: number,
  patienceSeconds: number,
  targetSeconds: number,
  serviceLevel: number,
  maxOccupancy: number,
  hint?: number,
  atLeast = 0,
): QueueResult {
  const a = checkedTraffic(callsPerHour, handleSeconds, patienceSeconds, targetSeconds, serviceLevel, maxOccupancy);
  if (a <= 0) return toQueueResult(idleMeasures(0, 0));
  ask(callsPerHour, handleSeconds, patienceSeconds, targetSeconds, serviceLevel, maxOccupancy, Infinity, true);
  fewestMeeting(a, handleSeconds, targetSeconds, serviceLevel, maxOccupancy, hint, atLeast);
  // The answer's figures: those of the last count that met the target, which is always the
  // smallest met so far (see `fewestMeeting`).
  return toQueueResult(measuresIn(best));
}

/**
 * {@link erlangAAgents}'s answer alone, for a caller that also knows a count that meets the
 * target, `atMost` (it met the same target with more arrivals). The search is the same,
 * from the same first guess, but counts of `atMost` or more are known to meet and are not
 * evaluated: with the answer bracketed by the known counts either side, as staffing a week
 * mostly has it (`queueSolver`), one evaluation decides between them where the search
 * alone needs two. For any such `atLeast` and `atMost` the answer is
 * `erlangAAgents(..., atLeast, atLeast).agents`.
 */
export function erlangAAgentCount(
  callsPerHour: number,
  handleSeconds: number,
  patienceSeconds: number,
  targetSeconds: number,
  serviceLevel: number,
  maxOccupancy: number,
  atLeast: number,
  atMost: number,
): number {
  const a = checkedTraffic(callsPerHour, handleSeconds, patienceSeconds, targetSeconds, serviceLevel, maxOccupancy);
  if (a <= 0) return 0;
  ask(callsPerHour, handleSeconds, patienceSeconds, targetSeconds, serviceLevel, maxOccupancy, atMost, false);
  return fewestMeeting(a, handleSeconds, targetSeconds, serviceLevel, maxOccupancy, atLeast > 0 ? atLeast : undefined, atLeast);
}

/** Occupancy: carried load / N, 0 with no agents. */
function occupancy(agents: number, carriedErlangs: number): number {
  return agents > 0 ? Math.min(1, carriedErlangs / agents) : 0;
}

// The search under way (one at a time: nothing it calls searches): its interval and target,
// the count known to meet, and whether the figures of the answer are kept in `best`.
const asked = { callsPerHour: 0, handleSeconds: 0, patienceSeconds: 0, targetSeconds: 0, serviceLevel: 0, maxOccupancy: 1, atMost: Infinity, keep: false };
/** The measures of the last count that met the target, when kept. */
const best = new Float64Array(measured.length);

function ask(
  callsPerHour: number,
  handleSeconds: number,
  patienceSeconds: number,
  targetSeconds: number,
  serviceLevel: number,
  maxOccupancy: number,
  atMost: number,
  keep: boolean,
): void {
  asked.callsPerHour = callsPerHour;
  asked.handleSeconds = handleSeconds;
  asked.patienceSeconds = patienceSeconds;
  asked.targetSeconds = targetSeconds;
  asked.serviceLevel = serviceLevel;
  asked.maxOccupancy = maxOccupancy;
  asked.atMost = atMost;
  asked.keep = keep;
}

/** Whether `n` agents meet the target of the search under way: the occupancy cap and the service level. */
function meets(n: number): boolean {
  const q = asked;
  if (n >= q.atMost) return true;
  measure(n, q.callsPerHour, q.handleSeconds, q.patienceSeconds, q.targetSeconds);
  if (!(occupancy(measured[AGENTS]!, measured[CARRIED]!) <= q.maxOccupancy + 1e-12 && measured[WITHIN_TARGET]! >= q.serviceLevel - 1e-12)) return false;
  if (q.keep) best.set(measured);
  return true;
}

/** The offered load of an Erlang A search's inputs, Erlangs, once they are checked (RangeError names what is wrong). */
function checkedTraffic(
  callsPerHour: number,
  handleSeconds: number,
  patienceSeconds: number,
  targetSeconds: number,
  serviceLevel: number,
  maxOccupancy: number,
): number {
  if (!(serviceLevel >= 0 && serviceLevel < 1)) throw new RangeError(MESSAGES.serviceLevel);
  if (!(maxOccupancy > 0 && maxOccupancy <= 1)) throw new RangeError(MESSAGES.occupancy);
  checkInputs(callsPerHour, handleSeconds, targetSeconds, patienceSeconds);
  return (callsPerHour * handleSeconds) / 3600;
}

/**
 * The search of {@link erlangAAgents} over `meets(n)` (the search `ask` set), monotone in n:
 * the fewest agents that meet the target for offered load `a` > 0. It gallops out from the first guess until it
 * brackets the answer, then bisects. Every count that meets is below every one that met
 * before it, so the last one met is the answer.
 */
function fewestMeeting(
  a: number,
  handleSeconds: number,
  targetSeconds: number,
  serviceLevel: number,
  maxOccupancy: number,
  hint: number | undefined,
  atLeast: number,
): number {
  // N agents carry at most N Erlangs, so fewer than A x serviceLevel cannot meet the target.
  const floor = Math.max(0, Math.ceil(a * serviceLevel * (1 - 1e-9)) - 1, Number.isSafeInteger(atLeast) ? atLeast - 1 : 0);
  const guess = Math.max(
    floor + 1,
    hint !== undefined && Number.isSafeInteger(hint) && hint >= 1 ? hint : erlangCGuess(a, handleSeconds, targetSeconds, serviceLevel, maxOccupancy),
  );
  let lo: number;
  let hi: number;
  if (meets(guess)) {
    hi = guess;
    for (let step = 1; ; step *= 2) {
      const down = hi - step;
      if (down <= floor) {
        lo = floor;
        break;
      }
      if (!meets(down)) {
        lo = down;
        break;
      }
      hi = down;
    }
  } else {
    lo = guess;
    for (let step = 1; ; step *= 2) {
      // Doubling reaches any count of agents a double holds in 53 steps: more is a loop that cannot end.
      if (step > 2 ** 53)
        throw new ModelLimitError('The Erlang A staffing search found no headcount that meets the target; the scenario lies outside what the model can staff.');
      const up = lo + step;
      if (meets(up)) {
        hi = up;
        break;
      }
      lo = up;
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

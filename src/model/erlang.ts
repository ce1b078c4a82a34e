/**
 * Erlang B and Erlang C queueing (M/M/N), the standard contact-centre staffing maths.
 *
 * Numerically stable for tens of thousands of agents: Erlang B comes from its recursion
 * B(0) = 1, B(n) = A B(n-1) / (n + A B(n-1)), never from factorials or powers, and
 * Erlang C from B: C = N B / (N - A (1 - B)). Sources: A. K. Erlang (1917); the
 * recursion as in Cooper, "Introduction to Queueing Theory" (1981), 5.3.
 * Probabilities are floats: this is queueing maths, not money.
 */
import { checkSteps } from './limits';

/**
 * Where the Erlang B recursion may start for traffic A, and the value to start from.
 *
 * The recursion forgets its starting value: an error in B(n-1) is multiplied by
 * dB(n)/dB(n-1) = A n / (n + A B)^2, about n / A while n is well below A. Starting at
 * n0 = A - 12 sqrt(A) with B(n0) = 1 - n0 / A (the heavy-overload value), the error left
 * at n = A is below exp(-(12^2 - 1) / 2) = 1e-31 of the start: nothing in a double. So
 * large loads cost O(sqrt(A)) steps instead of O(A). Below 400 Erlangs the recursion
 * starts at 0 as usual.
 */
export function erlangBStart(trafficErlangs: number): { n: number; b: number } {
  const n = erlangBStartAgents(trafficErlangs);
  return { n, b: erlangBStartValue(n, trafficErlangs) };
}

/**
 * The start of {@link erlangBStart} as two numbers, its agents here and its value below:
 * the hot loops read them so, since an object per call (one per interval of every month
 * staffed) was a large share of what a recalculation allocated.
 */
export function erlangBStartAgents(trafficErlangs: number): number {
  return trafficErlangs < 400 ? 0 : Math.floor(trafficErlangs - 12 * Math.sqrt(trafficErlangs));
}

/** B at the start `n` of {@link erlangBStartAgents}: 1 from 0 agents, else the heavy-overload value 1 - n / A. */
export function erlangBStartValue(n: number, trafficErlangs: number): number {
  return n === 0 ? 1 : 1 - n / trafficErlangs;
}

// The Erlang B recursion is carried as its inverse: with r(n) = 1 / B(n), the step
// B(n) = A B(n-1) / (n + A B(n-1)) reads r(n) = 1 + n (1 / A) r(n-1). A multiply-add per step
// where B itself needs a division whose latency the next step waits for: the recursion runs
// about twice as fast, a month's staffing about a quarter faster. B underflowing to 0 is r
// reaching Infinity. Written out in each loop
// (erlang-a.ts too) rather than called: the first, unoptimised runs pay for every call.

/** Erlang B blocking probability for `agents` servers offered `trafficErlangs`. */
export function erlangB(agents: number, trafficErlangs: number): number {
  const n0 = erlangBStartAgents(trafficErlangs);
  if (agents < n0) return erlangBFromZero(agents, trafficErlangs);
  const inverseTraffic = 1 / trafficErlangs;
  let r = 1 / erlangBStartValue(n0, trafficErlangs);
  for (let n = n0 + 1; n <= agents; n++) {
    r = 1 + n * inverseTraffic * r;
    // Underflowed: B stays 0 for every larger N, so stop instead of walking on to N.
    if (r === Infinity) return 0;
  }
  return 1 / r;
}

/** Erlang B by the full recursion from B(0) = 1 (the reference the warm start is tested against). */
export function erlangBFromZero(agents: number, trafficErlangs: number): number {
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (trafficErlangs * b) / (n + trafficErlangs * b);
  return b;
}

/** Erlang C from a known Erlang B value; 1 when the queue is unstable (N <= A). */
export function erlangCFromB(agents: number, trafficErlangs: number, blocking: number): number {
  if (agents <= trafficErlangs) return 1;
  return (agents * blocking) / (agents - trafficErlangs * (1 - blocking));
}

/** Erlang C: probability that an arriving contact waits (N agents, A Erlangs). */
export function erlangC(agents: number, trafficErlangs: number): number {
  if (trafficErlangs <= 0) return 0;
  return erlangCFromB(agents, trafficErlangs, erlangB(agents, trafficErlangs));
}

/**
 * Share of contacts answered within `targetSeconds`:
 * SL = 1 - C exp(-(N - A) t / AHT). 0 when the queue is unstable.
 */
export function serviceLevelFromC(agents: number, trafficErlangs: number, waitProbability: number, handleSeconds: number, targetSeconds: number): number {
  if (trafficErlangs <= 0) return 1;
  if (agents <= trafficErlangs) return 0;
  if (handleSeconds <= 0) return 1;
  return 1 - waitProbability * Math.exp((-(agents - trafficErlangs) * targetSeconds) / handleSeconds);
}

/** Average speed of answer in seconds: ASA = C AHT / (N - A); Infinity when unstable. */
export function asaFromC(agents: number, trafficErlangs: number, waitProbability: number, handleSeconds: number): number {
  if (trafficErlangs <= 0) return 0;
  if (agents <= trafficErlangs) return Infinity;
  return (waitProbability * handleSeconds) / (agents - trafficErlangs);
}

/** How one interval performs with a given number of agents. */
export interface QueueResult {
  agents: number;
  /** Offered load in Erlangs (arrivals x handle time / interval). */
  trafficErlangs: number;
  /** Probability of waiting (Erlang C). */
  waitProbability: number;
  /** Share answered within the target, 0-1. */
  serviceLevel: number;
  /** Average speed of answer, seconds. */
  asaSeconds: number;
  /** Agent utilisation A / N, 0-1. */
  occupancy: number;
  /** Share of arrivals that abandon, 0-1 (always 0 under Erlang C). */
  abandonRate: number;
}

/** Erlang C performance of `agents` agents for `callsPerHour` arrivals of `handleSeconds` each. */
export function erlangCPerformance(agents: number, callsPerHour: number, handleSeconds: number, targetSeconds: number): QueueResult {
  const a = (callsPerHour * handleSeconds) / 3600;
  const c = erlangC(agents, a);
  return {
    agents,
    trafficErlangs: a,
    waitProbability: c,
    serviceLevel: serviceLevelFromC(agents, a, c, handleSeconds, targetSeconds),
    asaSeconds: asaFromC(agents, a, c, handleSeconds),
    occupancy: agents > 0 ? Math.min(1, a / agents) : a > 0 ? 1 : 0,
    abandonRate: 0,
  };
}

/**
 * {@link erlangCPerformance}'s wait probability, service level and speed of answer, written
 * to `out[0]`, `out[1]` and `out[2]`: the same operations in the same order, in one body.
 * For the loops over every interval of a month: a double returned by a call the compiler
 * does not inline is boxed, and three such calls per interval were most of what staffing a
 * month allocated. `erlang.test.ts` holds it to `erlangCPerformance` to the bit.
 */
export function erlangCFigures(agents: number, trafficErlangs: number, handleSeconds: number, targetSeconds: number, out: Float64Array): void {
  const a = trafficErlangs;
  if (a <= 0) {
    out[0] = 0;
    out[1] = 1;
    out[2] = 0;
    return;
  }
  if (agents <= a) {
    out[0] = 1;
    out[1] = 0;
    out[2] = Infinity;
    return;
  }
  // Erlang B as `erlangB` walks it (from its warm start), then C from B as `erlangCFromB`.
  const n0 = erlangBStartAgents(a);
  let b: number;
  if (agents < n0) b = erlangBFromZero(agents, a);
  else {
    const inverseTraffic = 1 / a;
    let r = 1 / erlangBStartValue(n0, a);
    for (let n = n0 + 1; n <= agents; n++) {
      r = 1 + n * inverseTraffic * r;
      if (r === Infinity) break;
    }
    b = r === Infinity ? 0 : 1 / r;
  }
  const c = (agents * b) / (agents - a * (1 - b));
  out[0] = c;
  out[1] = handleSeconds <= 0 ? 1 : 1 - c * Math.exp((-(agents - a) * targetSeconds) / handleSeconds);
  out[2] = (c * handleSeconds) / (agents - a);
}

/**
 * The fewest agents that reach the service-level target under Erlang C while keeping
 * occupancy A / N at or below the cap. Walks N upward carrying the Erlang B recursion,
 * so the whole search is O(N) (O(sqrt(A)) steps past 400 Erlangs). Example (published tables): 100 contacts per 30 minutes,
 * 180 s, 80 % in 20 s needs 14 agents; with a 70 % occupancy cap, 15.
 *
 * @param callsPerHour arrivals per hour
 * @param handleSeconds average handle time, seconds
 * @param targetSeconds answer-time target, seconds
 * @param serviceLevel target share answered within it, 0-1 (exclusive of 1)
 * @param maxOccupancy occupancy cap, 0-1
 */
export function erlangCAgents(callsPerHour: number, handleSeconds: number, targetSeconds: number, serviceLevel: number, maxOccupancy: number): QueueResult {
  const a = (callsPerHour * handleSeconds) / 3600;
  if (a <= 0) return { agents: 0, trafficErlangs: 0, waitProbability: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0, abandonRate: 0 };
  const n = walkAgents(a, handleSeconds, targetSeconds, serviceLevel, maxOccupancy, 0);
  // Nobody waits at the answer, to double precision: its figures are those of that many agents.
  if (walked[2] === 1) return erlangCPerformance(n, callsPerHour, handleSeconds, targetSeconds);
  const c = walked[0]!;
  return {
    agents: n,
    trafficErlangs: a,
    waitProbability: c,
    serviceLevel: walked[1]!,
    asaSeconds: asaFromC(n, a, c, handleSeconds),
    occupancy: a / n,
    abandonRate: 0,
  };
}

/** At the answer of the last {@link walkAgents} (no object made): the wait probability, the service level, and 1 where the occupancy cap alone bound. */
const walked = new Float64Array(3);

/**
 * The Erlang C staffing walk for traffic `a` > 0: the fewest agents, from `atLeast`, meeting
 * the target under the occupancy cap. Where nobody waits from some number of agents on (to
 * double precision), the occupancy cap alone binds (`walked[2]` 1); otherwise the answer's
 * wait probability and service level are left in `walked`.
 */
function walkAgents(a: number, handleSeconds: number, targetSeconds: number, serviceLevel: number, maxOccupancy: number, atLeast: number): number {
  const n0 = erlangBStartAgents(a);
  const inverseTraffic = 1 / a;
  let r = 1 / erlangBStartValue(n0, a);
  // A bound on the walk (docs/METHOD.md, "Limits of the model"): past 2^53, n++ stops counting, so the steps are counted apart.
  for (let n = n0 + 1, steps = 1; ; n++, steps++) {
    checkSteps(steps, 'Erlang C staffing search');
    r = 1 + n * inverseTraffic * r;
    if (n <= a || n < atLeast) continue;
    const c = erlangCFromB(n, a, 1 / r);
    if (c < 1e-16) {
      // Nobody waits, to double precision, from here on (C falls with N): only the occupancy cap binds.
      let agents = Math.max(n, Math.ceil(a / (maxOccupancy + 1e-12)));
      if (a / agents > maxOccupancy + 1e-12) agents++;
      walked[2] = 1;
      return agents;
    }
    if (a / n > maxOccupancy + 1e-12) continue;
    const sl = serviceLevelFromC(n, a, c, handleSeconds, targetSeconds);
    if (sl >= serviceLevel - 1e-12) {
      walked[0] = c;
      walked[1] = sl;
      walked[2] = 0;
      return n;
    }
  }
}

/**
 * The agents {@link erlangCAgents} finds, without its figures (no object made): the same walk
 * and the same tests, where a caller that knows that fewer than `atLeast` agents miss the
 * target (they missed it with fewer arrivals: staffing is monotone in the arrivals) skips
 * testing them. For any such `atLeast` the answer is `erlangCAgents(...).agents`.
 */
export function erlangCAgentCount(
  callsPerHour: number,
  handleSeconds: number,
  targetSeconds: number,
  serviceLevel: number,
  maxOccupancy: number,
  atLeast = 0,
): number {
  const a = (callsPerHour * handleSeconds) / 3600;
  if (a <= 0) return 0;
  return walkAgents(a, handleSeconds, targetSeconds, serviceLevel, maxOccupancy, atLeast);
}

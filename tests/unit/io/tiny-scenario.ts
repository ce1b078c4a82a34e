/**
 * A two-month scenario whose figures are worked by hand below, with rates chosen so that
 * every intermediate value is exact in binary floating point.
 *
 * Email (staffed FTE = workload / occupancy / (paid hours x (1 - shrinkage)) = hours / 80),
 * 1,000 contacts growing 25 %, 75 % tier 1 (6 min, AI-eligible, 50 % resolution), 25 %
 * tier 3 (15 min, human only), ramp 0.5 then 1, errors 25 % with half coming back,
 * 1 min handoff, EUR 30 per hour, EUR 0.50 per conversation attempted, 100 + 50 fixed,
 * 1,000 one-time.
 *
 * Month 1: V 1000, E 750, R 750 x 0.25 = 187.5, X 562.5, W 46.875, back 23.4375;
 *   H = 750 - 187.5 + 23.4375 + 250 = 835.9375; minutes 585.9375 x 6 + 562.5 x 1 + 250 x 15
 *   = 7828.125 (130.46875 h; 0.8154296875 agent-eq.; FTE 1.630859375);
 *   human cost = FTE x 160 x 30 = 7828.125 -> 7828.13; baseline 8250 min -> 8250.00;
 *   AI 750 x 0.5 = 375.00; quality 46.875 x 2 = 93.75; fixed 150.00; total 8446.88;
 *   savings -196.88; cumulative -1000 - 196.88 = -1196.88.
 * Month 2: V 1250, E 937.5, R 468.75, X 468.75, W 117.1875, back 58.59375;
 *   H = 527.34375 + 312.5 = 839.84375; minutes 3164.0625 + 468.75 + 4687.5 = 8320.3125
 *   (138.671875 h; 0.86669921875; FTE 1.7333984375); human 8320.31; baseline 10312.50;
 *   AI 468.75; quality 234.375 -> 234.38; fixed 150.00; total 9173.44; savings 1139.06;
 *   cumulative -57.82.
 */
import type { Scenario } from '../../../src/model';

export const TINY: Scenario = {
  name: 'Pilot, "EU"',
  presetId: null,
  method: 'full',
  contactsPerMonth: 1000,
  growthPctPerMonth: 25,
  channel: 'email',
  channels: null,
  pooling: 'dedicated',
  categories: [
    { id: 'simple', name: 'Order status', sharePct: 75, tier: 1, handleMinutes: 6, aiEligible: true, resolutionPct: 50 },
    { id: 'complex', name: 'Disputes', sharePct: 25, tier: 3, handleMinutes: 15, aiEligible: false, resolutionPct: 0 },
  ],
  human: {
    costBasis: 'hour',
    costPerHour: 30,
    costPerFteYear: 57000,
    costPerContact: 8,
    productiveHoursPerMonth: 160,
    paidHoursPerMonth: 160,
    shrinkagePct: 50,
    maxOccupancyPct: 100,
    concurrency: 1,
    serviceLevelPct: 80,
    serviceLevelSeconds: null,
    staffingModel: 'erlang-c',
    patienceMinutes: 5,
    seats: null,
    openFromHour: 0,
    openToHour: 24,
    openDays: [0, 1, 2, 3, 4, 5, 6],
  },
  ai: {
    pricing: 'conversation',
    pricePerUnit: 0.5,
    tokensPerConversation: 0,
    pricePerMillionTokens: 0,
    fixedPerMonth: 100,
    setupCost: 1000,
    upkeepPerMonth: 50,
    minutesPerConversation: 4,
  },
  quality: { errorRatePct: 25, recontactPct: 50, errorCost: 2, handoffMinutes: 1, askHumanPct: 0 },
  experience: {
    resolutionMinutesHuman: 10,
    resolutionMinutesAi: 2,
    csat: { tier1: { human: 85, ai: 85 }, tier2: { human: 80, ai: 72 }, tier3: { human: 75, ai: 55 } },
  },
  ramp: [0.5],
  arrivalProfile: null,
  finance: { months: 2, discountRatePct: 0, currency: 'EUR' },
  ranges: { resolutionPct: null, handleMinutes: null, costPerHour: null, aiPrice: null, errorRatePct: null, rampSpeed: null },
  seed: 7,
};

/** Lines joined as a CSV file: CRLF after every record. */
export function lines(...records: string[]): string {
  return records.map((r) => `${r}\r\n`).join('');
}

/**
 * Fixtures for channels in links, files and saved entries: a set written before channels
 * existed (no `channels`, `pooling` or `ai.minutesPerConversation`), frozen as JSON text,
 * and a three-channel scenario that sets every channel field somewhere.
 */
import type { Scenario } from '../../../src/model';
import { TINY } from './tiny-scenario';

/**
 * A scenario set as format-1 share links and saved entries held it before channels:
 * a chat desk open 8-20 on weekdays with an hour-of-week profile, and a phone line on
 * Erlang A. Frozen text: it must open, with the figures below, in every later version.
 */
export const BEFORE_CHANNELS_JSON =
  '{"a":1,"s":[{"name":"Chat desk, before channels","presetId":"saas","method":"full","contactsPerMonth":50000,"g' +
  'rowthPctPerMonth":0.5,"channel":"chat","categories":[{"id":"order-status","name":"Order status, shipping, acco' +
  'unt access","sharePct":50,"tier":1,"handleMinutes":5,"aiEligible":true,"resolutionPct":65},{"id":"product-ques' +
  'tions","name":"Product questions","sharePct":17.5,"tier":1,"handleMinutes":7,"aiEligible":true,"resolutionPct"' +
  ':65},{"id":"returns-refunds","name":"Returns and refunds","sharePct":12.5,"tier":2,"handleMinutes":10,"aiEligi' +
  'ble":true,"resolutionPct":65},{"id":"complaints","name":"Complaints and escalations","sharePct":12.5,"tier":3,' +
  '"handleMinutes":14,"aiEligible":false,"resolutionPct":0},{"id":"complex","name":"Complex or high-value","share' +
  'Pct":7.5,"tier":3,"handleMinutes":20,"aiEligible":false,"resolutionPct":0}],"human":{"costBasis":"hour","costP' +
  'erHour":25,"costPerFteYear":57000,"costPerContact":8,"productiveHoursPerMonth":160,"paidHoursPerMonth":173.9,"' +
  'shrinkagePct":30,"maxOccupancyPct":85,"concurrency":1,"serviceLevelPct":80,"serviceLevelSeconds":null,"staffin' +
  'gModel":"erlang-c","patienceMinutes":5,"seats":null,"openFromHour":8,"openToHour":20,"openDays":[0,1,2,3,4]},"' +
  'ai":{"pricing":"resolution","pricePerUnit":0.99,"tokensPerConversation":6000,"pricePerMillionTokens":5,"fixedP' +
  'erMonth":0,"setupCost":30000,"upkeepPerMonth":2000},"quality":{"errorRatePct":5,"recontactPct":50,"errorCost":' +
  '10,"handoffMinutes":2,"askHumanPct":5},"experience":{"resolutionMinutesHuman":11,"resolutionMinutesAi":2,"csat' +
  '":{"tier1":{"human":85,"ai":85},"tier2":{"human":80,"ai":72},"tier3":{"human":75,"ai":55}}},"ramp":[0.667,0.86' +
  '7,1],"arrivalProfile":[0,0,0,0,0,0,0,0,0.006,0.007,0.003,0.004,0.005,0.006,0.007,0.003,0.004,0.005,0.006,0.007' +
  ',0,0,0,0,0,0,0,0,0,0,0,0,0.005,0.006,0.007,0.003,0.004,0.005,0.006,0.007,0.003,0.004,0.005,0.006,0,0,0,0,0,0,0' +
  ',0,0,0,0,0,0.004,0.005,0.006,0.007,0.003,0.004,0.005,0.006,0.007,0.003,0.004,0.005,0,0,0,0,0,0,0,0,0,0,0,0,0.0' +
  '03,0.004,0.005,0.006,0.007,0.003,0.004,0.005,0.006,0.007,0.003,0.004,0,0,0,0,0,0,0,0,0,0,0,0,0.007,0.003,0.004' +
  ',0.005,0.006,0.007,0.003,0.004,0.005,0.006,0.007,0.003,0,0,0,0,0,0,0,0,0,0,0,0,0.006,0.007,0.003,0.004,0.005,0' +
  '.006,0.007,0.003,0.004,0.005,0.006,0.007,0,0,0,0,0,0,0,0,0,0,0,0,0.005,0.006,0.007,0.003,0.004,0.005,0.006,0.0' +
  '07,0.003,0.004,0.005,0.006,0,0,0,0],"finance":{"months":24,"discountRatePct":8,"currency":"USD"},"ranges":{"re' +
  'solutionPct":{"low":60,"high":70},"handleMinutes":{"low":0.85,"high":1.15},"costPerHour":{"low":0.9,"high":1.1' +
  '},"aiPrice":{"low":0.8,"high":1.2},"errorRatePct":{"low":2,"high":8},"rampSpeed":{"low":0.7,"high":1}},"seed":' +
  '20240227},{"name":"Phone line, before channels","presetId":"b2b-enterprise","method":"full","contactsPerMonth"' +
  ':50000,"growthPctPerMonth":0.5,"channel":"voice","categories":[{"id":"order-status","name":"Order status, ship' +
  'ping, account access","sharePct":50,"tier":1,"handleMinutes":5,"aiEligible":true,"resolutionPct":37.5},{"id":"' +
  'product-questions","name":"Product questions","sharePct":17.5,"tier":1,"handleMinutes":7,"aiEligible":true,"re' +
  'solutionPct":37.5},{"id":"returns-refunds","name":"Returns and refunds","sharePct":12.5,"tier":2,"handleMinute' +
  's":10,"aiEligible":true,"resolutionPct":37.5},{"id":"complaints","name":"Complaints and escalations","sharePct' +
  '":12.5,"tier":3,"handleMinutes":14,"aiEligible":false,"resolutionPct":0},{"id":"complex","name":"Complex or hi' +
  'gh-value","sharePct":7.5,"tier":3,"handleMinutes":20,"aiEligible":false,"resolutionPct":0}],"human":{"costBasi' +
  's":"hour","costPerHour":25,"costPerFteYear":57000,"costPerContact":8,"productiveHoursPerMonth":160,"paidHoursP' +
  'erMonth":173.9,"shrinkagePct":30,"maxOccupancyPct":85,"concurrency":1,"serviceLevelPct":80,"serviceLevelSecond' +
  's":30,"staffingModel":"erlang-a","patienceMinutes":3,"seats":null,"openFromHour":0,"openToHour":24,"openDays":' +
  '[0,1,2,3,4,5,6]},"ai":{"pricing":"resolution","pricePerUnit":0.99,"tokensPerConversation":6000,"pricePerMillio' +
  'nTokens":5,"fixedPerMonth":0,"setupCost":30000,"upkeepPerMonth":2000},"quality":{"errorRatePct":5,"recontactPc' +
  't":50,"errorCost":10,"handoffMinutes":2,"askHumanPct":5},"experience":{"resolutionMinutesHuman":11,"resolution' +
  'MinutesAi":2,"csat":{"tier1":{"human":85,"ai":85},"tier2":{"human":80,"ai":72},"tier3":{"human":75,"ai":55}}},' +
  '"ramp":[0.667,0.867,1],"arrivalProfile":null,"finance":{"months":24,"discountRatePct":8,"currency":"USD"},"ran' +
  'ges":{"resolutionPct":{"low":30,"high":45},"handleMinutes":{"low":0.85,"high":1.15},"costPerHour":{"low":0.9,"' +
  'high":1.1},"aiPrice":{"low":0.8,"high":1.2},"errorRatePct":{"low":2,"high":8},"rampSpeed":{"low":0.7,"high":1}' +
  '},"seed":20240227}]}';

/** An hour-of-week profile as an import makes it: counts over their total, busy weekday daytimes. */
export function importedProfile(): number[] {
  const counts = Array.from({ length: 168 }, (_, i) => {
    const day = Math.floor(i / 24);
    const hour = i % 24;
    const base = hour >= 8 && hour < 20 ? 700 + ((i * 31) % 300) : 20 + ((i * 7) % 40);
    return Math.round(base * (day >= 5 ? 0.5 : 1));
  });
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => c / total);
}

/**
 * Three channels on the hand-worked scenario, every channel field set somewhere: a phone
 * line with its own profile, automation and per-minute AI; an email channel with its own
 * handle time, hours, target and category mix; a human-only messaging channel with
 * concurrency. Pooled blended.
 */
export const THREE_CHANNELS: Scenario = {
  ...TINY,
  name: 'Three channels, "EU"',
  pooling: 'blended',
  channels: [
    {
      id: 'voice',
      kind: 'voice',
      name: 'Phone',
      sharePct: 25,
      handleMultiplier: 1.2,
      handleMinutes: null,
      serviceLevelPct: null,
      targetSeconds: 20,
      concurrency: null,
      openFromHour: null,
      openToHour: null,
      openDays: null,
      arrivalProfile: importedProfile(),
      aiEnabled: true,
      automationPct: 20,
      aiPricing: 'minute',
      aiPricePerUnit: 0.12,
      aiMinutesPerConversation: 3.5,
      categorySharesPct: null,
    },
    {
      id: 'email',
      kind: 'email',
      name: 'Web form, "EU"',
      sharePct: 45,
      handleMultiplier: 1,
      handleMinutes: 9.5,
      serviceLevelPct: 90,
      targetSeconds: 14_400,
      concurrency: null,
      openFromHour: 8,
      openToHour: 18,
      openDays: [0, 1, 2, 3, 4],
      arrivalProfile: null,
      aiEnabled: true,
      automationPct: null,
      aiPricing: null,
      aiPricePerUnit: null,
      aiMinutesPerConversation: null,
      categorySharesPct: [60, 40],
    },
    {
      id: 'messaging-2',
      kind: 'messaging',
      name: 'WhatsApp',
      sharePct: 30,
      handleMultiplier: 0.8,
      handleMinutes: null,
      serviceLevelPct: 85,
      targetSeconds: 3600,
      concurrency: 3,
      openFromHour: 7,
      openToHour: 22,
      openDays: [0, 1, 2, 3, 4, 5, 6],
      arrivalProfile: null,
      aiEnabled: false,
      automationPct: 0,
      aiPricing: 'conversation',
      aiPricePerUnit: 0.3,
      aiMinutesPerConversation: 2,
      categorySharesPct: [90, 10],
    },
  ],
};

/**
 * The full-method summary figures of the two scenarios of BEFORE_CHANNELS_JSON, as the
 * planner computed them before channels existed: they must not change (written, as the page
 * writes them, at 12 significant digits).
 */
export const BEFORE_CHANNELS_FIGURES: readonly Record<string, string>[] = [
  {
    contacts_per_month: '50501.25',
    automation_rate: '49.4',
    ai_resolved_per_month: '24947.6175',
    human_contacts_per_month: '26177.3229375',
    human_hours_per_month: '4849.58374717',
    human_aht_after: '11.1155378846',
    agent_equivalents_baseline: '43.2679980469',
    agent_equivalents_with_ai: '30.3098984198',
    agent_equivalents_ai_work: '12.9580996271',
    staffed_fte_baseline: '68.5826947225',
    staffed_fte_with_ai: '49.2938118318',
    peak_agents: '31',
    baseline_cost_per_month: '298163.27',
    total_cost_per_month: '253476.8',
    monthly_savings: '44686.47',
    annual_savings: '536237.64',
    baseline_cost_per_contact: '5.9',
    hybrid_cost_per_contact: '5.02',
    payback_months: '1.58382143614',
    roi: '150.250601971',
    npv: '948688.2',
    quality_cost_per_month: '12473.81',
    break_even_error_cost: '45.82',
    resolution_time_improvement: '35.5818181818',
    annual_savings_p10: '',
    annual_savings_p50: '',
    annual_savings_p90: '',
    service_level: '83.779784043',
    asa_seconds: '36.0352122879',
    abandon_rate: '',
    occupancy: '80.8191797879',
  },
  {
    contacts_per_month: '50501.25',
    automation_rate: '28.5',
    ai_resolved_per_month: '14392.85625',
    human_contacts_per_month: '36468.2151562',
    human_hours_per_month: '6268.01722192',
    human_aht_after: '10.312570322',
    agent_equivalents_baseline: '43.2679980469',
    agent_equivalents_with_ai: '39.175107637',
    agent_equivalents_ai_work: '4.09289040985',
    staffed_fte_baseline: '72.0118294586',
    staffed_fte_with_ai: '66.0108436704',
    peak_agents: '11',
    baseline_cost_per_month: '313071.43',
    total_cost_per_month: '310427.5',
    monthly_savings: '2643.93',
    annual_savings: '31727.16',
    baseline_cost_per_contact: '6.2',
    hybrid_cost_per_contact: '6.15',
    payback_months: '18.424567922',
    roi: '4.19978650752',
    npv: '13018.69',
    quality_cost_per_month: '7196.43',
    break_even_error_cost: '13.67',
    resolution_time_improvement: '14.6818181818',
    annual_savings_p10: '',
    annual_savings_p50: '',
    annual_savings_p90: '',
    service_level: '85.1187338557',
    asa_seconds: '8.68518689864',
    abandon_rate: '6.5814258697',
    occupancy: '72.8702920162',
  },
];

/**
 * The assumptions table of the print report (README, "Print"): every input of a scenario
 * with its value and unit, and, where the value is still the one its preset set, the
 * preset's source. Sources are numbered once and listed under the table, so a long source
 * is printed once however many rows cite it. Pure: scenario in, rows out.
 */
import {
  defaultTargetSeconds,
  isLive,
  isPresetId,
  KIND_NAMES,
  PRESETS,
  RANGE_SPECS,
  RANGED_INPUTS,
  type Preset,
  type Scenario,
  type Source,
} from '../../model';
import { formatMoney, formatNumber } from '../format';

/** One input as printed. */
export interface AssumptionRow {
  /** Dotted scenario path of the input (`human.costPerHour`, `categories.2.handleMinutes`). */
  path: string;
  label: string;
  value: string;
  unit: string;
  /** Number of the source in `sources` (1-based), or null when the value is the user's own. */
  sourceNo: number | null;
}

export interface AssumptionGroup {
  title: string;
  rows: AssumptionRow[];
}

export interface Assumptions {
  groups: AssumptionGroup[];
  /** Sources cited by the rows, in order of first citation: number i + 1 is `sources[i]`. */
  sources: Source[];
  /** The preset the scenario started from, or null. */
  presetLabel: string | null;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const PRICING_NAMES: Record<string, string> = {
  conversation: 'Per conversation (attempt)',
  resolution: 'Per resolution',
  session: 'Per session',
  tokens: 'Tokens',
  minute: 'Per minute (voice AI)',
};
const PRICING_UNITS: Record<string, string> = {
  conversation: 'per conversation',
  resolution: 'per resolution',
  session: 'per session',
  tokens: 'per conversation (tokens)',
  minute: 'per minute',
};
const COST_BASIS_NAMES: Record<string, string> = { hour: 'per agent hour', 'fte-year': 'per FTE-year', contact: 'per human contact' };

function valueAt(root: unknown, path: string): unknown {
  let at: unknown = root;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The source a preset gives for `path`: its own, or that of the field in any category or
 * channel (`categories.handleMinutes`), or that of the nearest enclosing input
 * (`experience.csat` for `experience.csat.tier2`, `categories` for a category's share).
 */
export function sourceFor(preset: Preset, path: string): Source | null {
  let key = path;
  if (preset.sources[key]) return preset.sources[key] ?? null;
  key = path.replace(/\.\d+(?=\.|$)/g, '');
  while (key) {
    const found = preset.sources[key];
    if (found) return found;
    key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
  }
  return null;
}

/** "00:00-24:00, Mon-Sun" or "08:00-18:00, Mon, Tue, Wed". */
export function openingText(from: number, to: number, days: readonly number[]): string {
  const hours = `${String(from).padStart(2, '0')}:00-${String(to).padStart(2, '0')}:00`;
  const sorted = [...days].sort((a, b) => a - b);
  const contiguous = sorted.length > 2 && sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  const dayText = contiguous ? `${DAYS[sorted[0]!]}-${DAYS[sorted[sorted.length - 1]!]}` : sorted.map((d) => DAYS[d]).join(', ');
  return `${hours}, ${dayText}`;
}

/**
 * The printed assumptions of a scenario in `locale`. A row cites its preset's source only
 * while its value equals the preset's (for a category, the preset's category of the same id).
 */
export function assumptions(s: Scenario, locale: string): Assumptions {
  const preset: Preset | null = s.presetId !== null && isPresetId(s.presetId) ? PRESETS[s.presetId] : null;
  const cur = s.finance.currency;
  const sources: Source[] = [];
  const num = (x: number, digits = 2) => formatNumber(x, digits, locale);
  const money = (x: number) => formatMoney(x, cur, { locale, exact: true });

  /** The source number of `path` when its value is still the preset's. */
  function cite(path: string, presetPath = path): number | null {
    if (!preset) return null;
    const mine = valueAt(s, path);
    if (mine === undefined || !sameValue(mine, valueAt(preset.scenario, presetPath))) return null;
    const source = sourceFor(preset, path);
    if (!source) return null;
    const known = sources.indexOf(source);
    if (known >= 0) return known + 1;
    sources.push(source);
    return sources.length;
  }

  const row = (path: string, label: string, value: string, unit = '', sourceNo: number | null = cite(path)): AssumptionRow => ({
    path,
    label,
    value,
    unit,
    sourceNo,
  });
  /** The row of the number at `path`, written by `show` (so the path and the value shown cannot disagree). */
  const figure = (path: string, label: string, unit: string, show: (x: number) => string = num): AssumptionRow =>
    row(path, label, show(valueAt(s, path) as number), unit);
  const whole = (x: number) => num(x, 0);
  const groups: AssumptionGroup[] = [];

  groups.push({
    title: 'Volume and channels',
    rows: [
      figure('contactsPerMonth', 'Contacts per month (month 1)', 'contacts', whole),
      figure('growthPctPerMonth', 'Volume growth', '% per month'),
      ...(s.channels
        ? [
            row(
              'pooling',
              'Agent pools',
              s.pooling === 'blended' ? 'Blended' : 'One per channel',
              s.pooling === 'blended' ? 'live and asynchronous work in one pool' : '',
            ),
            ...s.channels.flatMap((c, i) => channelRows(s, i, num, money, row)),
          ]
        : [row('channel', 'Channel', KIND_NAMES[s.channel], '')]),
    ],
  });

  groups.push({
    title: 'Categories and tiers',
    rows: s.categories.flatMap((c, i) => {
      const at = preset?.scenario.categories.findIndex((p) => p.id === c.id) ?? -1;
      const citeCat = (field: string) => (at < 0 ? null : cite(`categories.${i}.${field}`, `categories.${at}.${field}`));
      return [
        row(`categories.${i}.sharePct`, `${c.name}: share of contacts`, num(c.sharePct), `%, tier ${c.tier}`, citeCat('sharePct')),
        row(`categories.${i}.handleMinutes`, `${c.name}: handle time`, num(c.handleMinutes), 'agent minutes per contact', citeCat('handleMinutes')),
        c.aiEligible
          ? row(`categories.${i}.resolutionPct`, `${c.name}: AI resolution`, num(c.resolutionPct), '% of AI-attempted contacts', citeCat('resolutionPct'))
          : row(`categories.${i}.aiEligible`, `${c.name}: AI resolution`, 'Human only', 'not AI-eligible', null),
      ];
    }),
  });

  const h = s.human;
  const costPath = h.costBasis === 'fte-year' ? 'human.costPerFteYear' : h.costBasis === 'contact' ? 'human.costPerContact' : 'human.costPerHour';
  const slDefault = defaultTargetSeconds(s.channel);
  groups.push({
    title: 'Human cost, hours and service level',
    rows: [
      figure(costPath, 'Loaded human cost', COST_BASIS_NAMES[h.costBasis]!, money),
      figure('human.productiveHoursPerMonth', 'Productive hours', 'hours per FTE-month'),
      figure('human.paidHoursPerMonth', 'Paid hours', 'hours per FTE-month'),
      figure('human.shrinkagePct', 'Shrinkage', '% of paid time'),
      figure('human.maxOccupancyPct', 'Maximum occupancy', '% of time on seat'),
      figure('human.concurrency', 'Chats per agent at once', 'chat only'),
      figure('human.serviceLevelPct', 'Service level target', '% answered in time'),
      row(
        'human.serviceLevelSeconds',
        'Answer within',
        h.serviceLevelSeconds === null ? num(slDefault, 0) : num(h.serviceLevelSeconds, 0),
        h.serviceLevelSeconds === null ? "seconds (the channel's default)" : 'seconds',
      ),
      row(
        'human.staffingModel',
        'Queue model',
        h.staffingModel === 'erlang-a' ? 'Erlang A' : 'Erlang C',
        h.staffingModel === 'erlang-a' ? 'customers abandon' : 'no abandonment',
      ),
      ...(h.staffingModel === 'erlang-a' ? [figure('human.patienceMinutes', 'Mean customer patience', 'minutes')] : []),
      row(
        'human.seats',
        'Agents on seat per open hour',
        h.seats === null ? 'Staffed to the target' : num(h.seats, 0),
        h.seats === null ? '' : 'agents (reverse staffing)',
      ),
      row('human.openDays', 'Opening hours', openingText(h.openFromHour, h.openToHour, h.openDays), ''),
      row(
        'arrivalProfile',
        'Arrivals by hour of week',
        s.arrivalProfile === null ? 'Flat over the open hours' : 'Imported profile',
        s.arrivalProfile === null ? '' : '168 hourly weights',
      ),
    ],
  });

  const a = s.ai;
  const pricePath = a.pricing === 'tokens' ? 'ai.pricePerMillionTokens' : 'ai.pricePerUnit';
  groups.push({
    title: 'AI cost',
    rows: [
      row('ai.pricing', 'AI pricing model', PRICING_NAMES[a.pricing]!, ''),
      a.pricing === 'tokens'
        ? row(pricePath, 'AI price', money(a.pricePerMillionTokens), 'per million tokens')
        : row(pricePath, 'AI price', money(a.pricePerUnit), PRICING_UNITS[a.pricing]!),
      ...(a.pricing === 'tokens' ? [figure('ai.tokensPerConversation', 'Tokens per conversation', 'tokens', whole)] : []),
      ...(a.pricing === 'minute' || s.channels?.some((c) => c.aiPricing === 'minute')
        ? [figure('ai.minutesPerConversation', 'AI minutes per conversation', 'billed minutes')]
        : []),
      figure('ai.fixedPerMonth', 'Platform fee', 'per month', money),
      figure('ai.setupCost', 'One-time implementation cost', 'before month 1', money),
      figure('ai.upkeepPerMonth', 'Knowledge-base upkeep', 'per month', money),
    ],
  });

  groups.push({
    title: "Quality of the AI's answers",
    rows: [
      figure('quality.errorRatePct', 'Wrong answers', '% of AI resolutions'),
      figure('quality.recontactPct', 'Wrong answers that come back', '% of wrong answers'),
      figure('quality.errorCost', 'Cost per wrong answer beyond the re-contact', 'per wrong answer', money),
      figure('quality.handoffMinutes', 'Handoff overhead per escalation', 'agent minutes'),
      figure('quality.askHumanPct', 'Customers who ask for a human', '% of AI-eligible contacts'),
    ],
  });

  const e = s.experience;
  groups.push({
    title: 'Customer experience',
    rows: [
      figure('experience.resolutionMinutesHuman', 'Resolution time, human', 'minutes'),
      figure('experience.resolutionMinutesAi', 'Resolution time, AI', 'minutes'),
      ...([1, 2, 3] as const).map((t) => {
        const c = e.csat[`tier${t}`];
        return row(`experience.csat.tier${t}`, `CSAT tier ${t}`, `${num(c.human)} / ${num(c.ai)}`, '% satisfied, human / AI');
      }),
    ],
  });

  const f = s.finance;
  groups.push({
    title: 'Adoption ramp and finance',
    rows: [
      row(
        'ramp',
        'Adoption ramp',
        s.ramp.length === 0 ? 'Off' : s.ramp.map((x) => num(x, 3)).join(' / '),
        s.ramp.length === 0 ? 'full rate from month 1' : 'of the steady-state rate, months 1, 2, ...',
      ),
      figure('finance.months', 'Horizon', 'months', whole),
      figure('finance.discountRatePct', 'Discount rate', '% per year (NPV)'),
      row('finance.currency', 'Currency', f.currency, 'formatting only, no conversion'),
      row('method', 'Summary figures report', s.method === 'full' ? 'Full model' : 'Headline arithmetic', ''),
    ],
  });

  const ranged = RANGED_INPUTS.filter((k) => s.ranges[k] !== null);
  groups.push({
    title: 'Ranges (uncertainty)',
    rows: [
      ...ranged.map((k) => {
        const spec = RANGE_SPECS[k];
        const r = s.ranges[k]!;
        const multiplier = spec.kind === 'multiplier';
        const text = multiplier ? `${num(r.low * 100)} to ${num(r.high * 100)}` : `${num(r.low)} to ${num(r.high)}`;
        return row(`ranges.${k}`, spec.label, text, multiplier ? '% of the point value' : '%', null);
      }),
      row('seed', 'Monte Carlo seed', String(s.seed), 'reproduces the draws', null),
    ],
  });

  return { groups, sources, presetLabel: preset?.label ?? null };
}

type RowFn = (path: string, label: string, value: string, unit?: string, sourceNo?: number | null) => AssumptionRow;

function channelRows(s: Scenario, i: number, num: (x: number, d?: number) => string, money: (x: number) => string, row: RowFn): AssumptionRow[] {
  const c = s.channels![i]!;
  const p = `channels.${i}`;
  const name = `${c.name} (${c.kind})`;
  const live = isLive(c.kind);
  const target =
    c.targetSeconds === null
      ? live
        ? 'scenario target'
        : 'no target: worked within the day'
      : `${num(c.serviceLevelPct ?? s.human.serviceLevelPct)} % within ${c.targetSeconds >= 3600 ? `${num(c.targetSeconds / 3600)} h` : `${num(c.targetSeconds, 0)} s`}`;
  const ai = !c.aiEnabled ? 'Human only' : c.automationPct === null ? "The categories' rates" : `${num(c.automationPct)} %`;
  const price =
    c.aiPricing === null && c.aiPricePerUnit === null
      ? 'as the scenario'
      : `${c.aiPricePerUnit === null ? 'scenario price' : money(c.aiPricePerUnit)} ${PRICING_UNITS[c.aiPricing ?? s.ai.pricing]}`;
  return [
    row(`${p}.sharePct`, `${name}: share of contacts`, num(c.sharePct), '%'),
    row(
      `${p}.handleMinutes`,
      `${name}: handle time`,
      c.handleMinutes === null ? `x ${num(c.handleMultiplier)}` : num(c.handleMinutes),
      c.handleMinutes === null ? "of the categories' times" : 'minutes',
    ),
    row(`${p}.targetSeconds`, `${name}: target`, target, ''),
    row(`${p}.automationPct`, `${name}: AI automation`, ai, c.aiEnabled && c.automationPct !== null ? 'of the channel’s contacts' : ''),
    row(`${p}.aiPricePerUnit`, `${name}: AI price`, price, ''),
  ];
}

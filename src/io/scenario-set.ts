/**
 * The scenario set that share links, autosave and the manifest carry: one or more
 * scenarios (imported data already inside them as aggregates) and which one is active.
 */
import { parseScenario, type Scenario } from '../model';

export interface ScenarioSet {
  scenarios: Scenario[];
  /** 0-based index of the scenario on screen. */
  active: number;
}

/** More scenarios than anyone compares; a bound against oversized links and entries. */
export const MAX_SCENARIOS = 20;

export type SetParse = { ok: true; set: ScenarioSet } | { ok: false; message: string };

/**
 * Validates a scenario set from outside (a link, storage, a file): every scenario with
 * `parseScenario`, the active index in range. The message names the scenario and field.
 */
export function parseScenarioSet(scenarios: unknown, active: unknown): SetParse {
  if (!Array.isArray(scenarios) || scenarios.length === 0) return { ok: false, message: 'It holds no scenario.' };
  if (scenarios.length > MAX_SCENARIOS) return { ok: false, message: `It holds ${scenarios.length} scenarios; at most ${MAX_SCENARIOS} are accepted.` };
  const valid: Scenario[] = [];
  for (const [i, raw] of scenarios.entries()) {
    const r = parseScenario(raw);
    if (!r.ok) {
      const first = r.issues[0];
      const more = r.issues.length > 1 ? ` (and ${r.issues.length - 1} more problem${r.issues.length > 2 ? 's' : ''})` : '';
      return { ok: false, message: `Scenario ${i + 1}${nameOf(raw)}: ${first?.field || 'scenario'}: ${first?.message ?? 'is not valid'}${more}.` };
    }
    valid.push(r.value);
  }
  if (typeof active !== 'number' || !Number.isInteger(active) || active < 0 || active >= valid.length) {
    return { ok: false, message: `The active scenario ${String(active)} is not one of the ${valid.length} scenario${valid.length > 1 ? 's' : ''}.` };
  }
  return { ok: true, set: { scenarios: valid, active } };
}

function nameOf(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return '';
  const name = (raw as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() !== '' ? ` ("${name.trim().slice(0, 80)}")` : '';
}

/**
 * JSON text that keeps every number exactly, including negative zero (which
 * `JSON.stringify` writes as `0`; `JSON.parse('-0')` gives -0 back). Plain data only:
 * objects, arrays, strings, finite numbers, booleans and null.
 */
export function exactJson(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return '-0';
    return Number.isFinite(value) ? String(value) : 'null';
  }
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : exactJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value)) if (v !== undefined) parts.push(`${JSON.stringify(k)}:${exactJson(v)}`);
    return `{${parts.join(',')}}`;
  }
  return 'null';
}

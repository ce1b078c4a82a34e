/**
 * Scenarios from outside (a share link, the autosave, a scenario CSV) pass the same checks
 * as the form: an explosive growth, a money field of 1e308 or a range of x1e6 is refused
 * with a message, never computed.
 */
import { describe, expect, it } from 'vitest';
import { presetScenario, type Scenario } from '../../../src/model';
import { decodeShareFragment, toBase64Url } from '../../../src/io/share-url';
import { loadScenarios, STORAGE_KEY } from '../../../src/io/storage';
import { importScenarioCsv } from '../../../src/io/scenario-csv-import';
import { scenarioCsv } from '../../../src/io/csv-export';

async function deflate(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}
const link = async (scenarios: Scenario[]) => `#s=1.${await deflate(new TextEncoder().encode(JSON.stringify({ a: 0, s: scenarios })))}`;

const good = presetScenario('ecommerce');
const explosive: Scenario = { ...good, name: 'Explosive', growthPctPerMonth: 50, finance: { ...good.finance, months: 120 } };
const moneyBomb: Scenario = { ...good, name: 'Money', human: { ...good.human, costPerHour: 1e308 } };
const rangeBomb: Scenario = { ...good, name: 'Ranges', ranges: { ...good.ranges, handleMinutes: { low: -5, high: 1e300 } } };

describe('a share link whose second scenario is hostile', () => {
  it.each([
    ['explosive growth', explosive, 'growthPctPerMonth: Growth of 50 % a month'],
    ['money of 1e308', moneyBomb, 'human.costPerHour: Loaded cost per hour cannot exceed 10,000,000'],
    ['a range of -5 to 1e300', rangeBomb, 'ranges.handleMinutes.low: Handle time: the low end must be more than 0 %'],
  ])('%s is refused with the field named', async (_what, bad, message) => {
    const r = await decodeShareFragment(await link([good, bad]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});

describe('a saved entry holding an explosive scenario', () => {
  it('is reported and left in place, not loaded', () => {
    const raw = JSON.stringify({ format: 1, savedAt: '2026-12-01T00:00:00.000Z', active: 1, scenarios: [good, explosive] });
    const store = new Map([[STORAGE_KEY, raw]]);
    const r = loadScenarios({ getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) });
    expect(r.ok).toBe(false);
    expect(store.get(STORAGE_KEY)).toBe(raw);
  });
});

describe('a scenario CSV holding an explosive scenario', () => {
  it('is refused naming the row and the growth', () => {
    // The file as the app writes it, then the growth changed by hand in the manifest.
    const text = scenarioCsv({ scenarios: [good], active: 0 }, { appVersion: 'test' } as never);
    const edited = text.replace(/(growthPctPerMonth,)[^\r\n]*/, '$150').replace(/(finance\.months,)[^\r\n]*/, '$1120');
    expect(edited).not.toBe(text);
    const r = importScenarioCsv(edited);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message).join(' ')).toContain('Growth of 50 % a month');
  });
});

/**
 * Fuzzed links (README, "Readable URL parameters"): readable parameters and share
 * fragments. Never an exception, never NaN or Infinity in a figure or its formatted text,
 * always a scenario or a message naming the parameter. Seeded, so a failure reproduces.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyQuery, QUERY_PARAMETERS } from '../../../src/io/query-params';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/share-url';
import { calculate, metricValues, parseScenario, presetScenario, type Scenario } from '../../../src/model';
import { formatMinutes, formatMoney, formatMonths, formatNumber, formatPct, formatSeconds } from '../../../src/ui/format';

const PLAIN = /^-?\d+(\.\d+)?$/;

/** Every figure as `data-value` and as formatted text: plain numbers or nothing, never NaN or Infinity. */
function expectFiniteFigures(s: Scenario): void {
  const summary = calculate(s).primary.summary;
  for (const [name, v] of Object.entries(metricValues(summary))) {
    if (!(v === '' || PLAIN.test(v))) throw new Error(`${name} = ${v}`);
    const n = v === '' ? null : Number(v);
    const texts = [formatNumber(n, 2), formatPct(n), formatMinutes(n), formatSeconds(n), formatMonths(n), formatMoney(n, s.finance.currency)];
    for (const t of texts) if (/NaN|Infinity|∞/.test(t)) throw new Error(`${name} formats as ${t}`);
  }
}

const rawValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '-0',
    '1e309',
    '5e-324',
    '',
    ' ',
    'off',
    '0.5,,1',
    '1,1,1',
    '100',
    '0',
    '-1',
    '1e6',
    'EUR',
    'xyz',
    'chat',
    'voice',
    'email',
    'tokens',
    'erlang-a',
    'headline',
  ),
);
const key = fc.oneof(fc.constantFrom(...QUERY_PARAMETERS), fc.constantFrom('x', 'Contacts', 'contacts[]', '', '__proto__', 'constructor'));
const query = fc.array(fc.tuple(key, rawValue), { maxLength: 10 }).map((pairs) => new URLSearchParams(pairs).toString());

describe('readable parameters (fuzz)', () => {
  it('always give a valid scenario, and every notice names the parameter it is about', () => {
    fc.assert(
      fc.property(query, (q) => {
        const r = applyQuery(q);
        expect(parseScenario(r.scenario).ok).toBe(true);
        const keys = [...new URLSearchParams(q).keys()];
        for (const n of r.notices) expect(keys.some((k) => n.includes(k === '' ? '""' : k))).toBe(true);
      }),
      { seed: 606, numRuns: 5000 },
    );
  }, 120_000);

  it('give finite figures and finite formatted text, whatever the values', () => {
    fc.assert(
      fc.property(query, (q) => expectFiniteFigures(applyQuery(q).scenario)),
      { seed: 607, numRuns: 400 },
    );
  }, 300_000);
});

describe('share fragments (fuzz)', () => {
  it('decode to a scenario with finite figures, or to a message; never an exception', async () => {
    const valid = (await encodeShareFragment({ scenarios: [presetScenario('saas'), presetScenario('klarna-2025')], active: 1 })) as {
      ok: true;
      fragment: string;
    };
    const frag = valid.fragment;
    const mutated = fc
      .tuple(fc.nat(frag.length - 1), fc.nat(frag.length), fc.string({ maxLength: 4 }))
      .map(([at, cut, insert]) => `#${(frag.slice(0, at) + insert + frag.slice(at + 1)).slice(0, Math.max(cut, 3))}`);
    const hash = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string().map((s) => `#s=${s}`),
      fc.string().map((s) => `#s=1.${s}`),
      mutated,
    );
    let decoded = 0;
    await fc.assert(
      fc.asyncProperty(hash, async (h) => {
        const r = await decodeShareFragment(h);
        if (!r.ok) {
          expect(r.message.length).toBeGreaterThan(10);
          return;
        }
        decoded++;
        for (const s of r.scenarios) expect(parseScenario(s).ok).toBe(true);
        // Figures for the decoded ones: rare, so their cost stays small.
        if (decoded <= 50) r.scenarios.forEach(expectFiniteFigures);
      }),
      { seed: 608, numRuns: 3000 },
    );
  }, 300_000);
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate, metricValues, PRESET_IDS, presetScenario, type Scenario } from '../../../src/model';
import {
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  hasShareFragment,
  packProfile,
  shareUrl,
  toBase64Url,
  MAX_PAYLOAD_BYTES,
} from '../../../src/io/share-url';
import { scenarioSet } from './scenario-arbitrary';
import { BEFORE_CHANNELS_FIGURES, BEFORE_CHANNELS_JSON, THREE_CHANNELS } from './channel-fixtures';

async function encode(scenarios: Scenario[], active = 0): Promise<string> {
  const r = await encodeShareFragment({ scenarios, active });
  if (!r.ok) throw new Error(r.message);
  return r.fragment;
}

async function deflate(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** An hour-of-week count profile shaped like a helpdesk export: quiet nights, busy weekdays. */
function importedProfile(): number[] {
  const counts = Array.from({ length: 168 }, (_, i) => {
    const day = Math.floor(i / 24);
    const hour = i % 24;
    const daytime = hour >= 8 && hour < 20 ? 900 + ((i * 37) % 400) : 40 + ((i * 13) % 60);
    return Math.round(daytime * (day >= 5 ? 0.55 : 1));
  });
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => c / total);
}

/** A scenario written out field by field, independent of the presets, for the frozen link. */
const FROZEN_SCENARIO: Scenario = {
  name: 'Frozen, "v1" =check',
  presetId: null,
  method: 'full',
  contactsPerMonth: 12345.5,
  growthPctPerMonth: -0.25,
  channel: 'voice',
  channels: null,
  pooling: 'dedicated',
  categories: [
    { id: 'a', name: 'Where is my order', sharePct: 70, tier: 1, handleMinutes: 4.5, aiEligible: true, resolutionPct: 80 },
    { id: 'b', name: 'Disputes\nand fraud', sharePct: 30, tier: 3, handleMinutes: 18, aiEligible: false, resolutionPct: 0 },
  ],
  human: {
    costBasis: 'fte-year',
    costPerHour: 25,
    costPerFteYear: 57000,
    costPerContact: 8,
    productiveHoursPerMonth: 160,
    paidHoursPerMonth: 173.9,
    shrinkagePct: 30,
    maxOccupancyPct: 85,
    concurrency: 1,
    serviceLevelPct: 80,
    serviceLevelSeconds: 20,
    staffingModel: 'erlang-a',
    patienceMinutes: 3,
    seats: null,
    openFromHour: 8,
    openToHour: 20,
    openDays: [0, 1, 2, 3, 4],
  },
  ai: {
    pricing: 'tokens',
    pricePerUnit: 0,
    tokensPerConversation: 6000,
    pricePerMillionTokens: 5,
    fixedPerMonth: 1000,
    setupCost: 25000,
    upkeepPerMonth: 1500,
    minutesPerConversation: 4,
  },
  quality: { errorRatePct: 5, recontactPct: 50, errorCost: 10, handoffMinutes: 2, askHumanPct: 5 },
  experience: {
    resolutionMinutesHuman: 11,
    resolutionMinutesAi: 2,
    csat: { tier1: { human: 85, ai: 85 }, tier2: { human: 80, ai: 72 }, tier3: { human: 75, ai: 55 } },
  },
  ramp: [0.5, 0.75],
  arrivalProfile: Array.from({ length: 168 }, (_, i) => ((i % 24) + 1) / 2100),
  finance: { months: 12, discountRatePct: 8, currency: 'EUR' },
  ranges: { resolutionPct: { low: 60, high: 90 }, handleMinutes: null, costPerHour: null, aiPrice: null, errorRatePct: { low: 2, high: 8 }, rampSpeed: null },
  seed: 42,
};

/** Written by format 1 and committed: this link must open, unchanged, in every later version. */
const FROZEN_V1 =
  '#s=1.7VXbbts4EP0VY54nhihbsUKgD922QRbYYI1esFg0eWCpkUVEJrUk5cZr6N-LEeXYTj5gX_bNnMuZ0Zkz4wMokBlCAPn9AFZ' +
  'tCSTcevcvWZw9wE48wOydbkg_AULnKVD8vQJp-7ZF2FJsXAUS6r5tAUE7G5WOYU3-3tnYgBT5YlnMC4SNdz9js9bx5LvK5nmBoBt' +
  'lLbUgYeeMJoZRkTbOG0pNGa6gAI_d_dWQp5kJs-1-5nxFHhBCozytdQS5yhCiIQ9SIDTKVi3dG9tHBltyJ8p8as3G_GgJZPQ9IXg' +
  'Kru2jcXZEKLMBp6o_TlU_mtAxyoNVtprVXvXVRd3FS93Fm7qivCxbqza8rZsNjwhNv1UW5AG0C_E3FUxgeiNd7Un5keLAFN653oM' +
  'c6UuG20h_c4QsVlmWvZg_pImALHl6rup1NDvi7PMhXWcInTLVa_tqMb_hb_TGPqnN6Tu36vlPrftOWb1PlI2NWN17T1bvR-4D-Z3' +
  'R9AftqJ14vTR-Ie1sFUDm7Iiqro3d3Ltq1AL5VtnNFY-9U9GQ1Sc6F4yjYjjK0HVkb73bJlLKZPjqJo6y9P6o9iynDAXmuMDl48A' +
  'zYaY7b7SxG5AQ3RPZMArdaFqT_2ZNHNcjeRKhO_JB8dRAXo9cH6PvTdsaZ78mFFkg1OaZqjNCx_BAse8-uBB5gKOl756IurO4Iss' +
  'GhH961Zq45x7Je-c_q5hmULB2pmVLhgxTSIIVWZKgq-sX0nIEFZ7uWF4pZUCg5478yC3XOMlxSrpLWhQC3_remxFSBxU5l5Uv-Me' +
  'k37JI7JZchp35uTNLzlU-ORdnztWUWRTDMCB4te14bPMCs_mqeERQ3pudatfe1aYdG69A5oJ5tCC_T-PFAq9xhSXeoMhQCBQ5igW' +
  'KJYoCxTWKFYoSxQ3mGeYC8xzzBeZL_D_9P0rnfayNVZMYt7wJfDpzhMoE7XobX_RfIpxODXz69hlGpdgNC_3w-q4eoHU_eVcRGrN' +
  'pQN7wcr060emSXFzXZFJmzet9fF4u4gSdH5HLSbFfOqLpX3LghefHMh8eh18';

describe('encodeShareFragment and decodeShareFragment', () => {
  it('brings every preset back identical, in a fragment under 2,000 characters', async () => {
    const lengths: Record<string, number> = {};
    for (const id of PRESET_IDS) {
      const s = presetScenario(id);
      const fragment = await encode([s]);
      lengths[id] = fragment.length;
      expect(fragment).toMatch(/^#s=1\.[A-Za-z0-9_-]+$/);
      expect(fragment.length).toBeLessThan(2000);
      expect(await decodeShareFragment(fragment)).toEqual({ ok: true, scenarios: [s], active: 0 });
    }
    console.info('share fragment length per preset:', lengths);
  });

  it('keeps an imported 168-hour profile exact and the link under 2,000 characters', async () => {
    const s: Scenario = { ...presetScenario('ecommerce'), name: 'Imported tickets', arrivalProfile: importedProfile(), contactsPerMonth: 48211.333333333336 };
    const fragment = await encode([s]);
    console.info('share fragment length with an imported profile:', fragment.length);
    expect(fragment.length).toBeLessThan(2000);
    const back = await decodeShareFragment(fragment);
    expect(back).toEqual({ ok: true, scenarios: [s], active: 0 });
    if (back.ok) expect(back.scenarios[0]!.arrivalProfile!.every((w, i) => Object.is(w, s.arrivalProfile![i]))).toBe(true);
  });

  it('carries three compared scenarios and the active one', async () => {
    const set = [presetScenario('ecommerce'), presetScenario('klarna-2024'), presetScenario('klarna-2025')];
    const fragment = await encode(set, 2);
    console.info('share fragment length for three scenarios:', fragment.length);
    expect(fragment.length).toBeLessThan(2000);
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, scenarios: set, active: 2 });
  });

  it('gives back exactly the scenario set it was given (property)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioSet, async (set) => {
        const back = await decodeShareFragment(await encode(set.scenarios, set.active));
        expect(back).toEqual({ ok: true, scenarios: set.scenarios, active: set.active });
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('keeps negative zero and the smallest subnormal', async () => {
    const s = { ...FROZEN_SCENARIO, growthPctPerMonth: -0, contactsPerMonth: 5e-324, ramp: [-0, 1e-7] };
    const back = await decodeShareFragment(await encode([s]));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const got = back.scenarios[0]!;
    expect(Object.is(got.growthPctPerMonth, -0)).toBe(true);
    expect(got.contactsPerMonth).toBe(5e-324);
    expect(Object.is(got.ramp[0], -0)).toBe(true);
    expect(got.ramp[1]).toBe(1e-7);
  });

  it('opens the frozen format-1 link, also when a mail client percent-encoded it', async () => {
    expect(await decodeShareFragment(FROZEN_V1)).toEqual({ ok: true, scenarios: [FROZEN_SCENARIO], active: 0 });
    expect(await decodeShareFragment(FROZEN_V1.replace('s=', 's%3D'))).toEqual({ ok: true, scenarios: [FROZEN_SCENARIO], active: 0 });
    expect(await decodeShareFragment('#s%3D1.%E0%A4%A')).toEqual({ ok: false, message: 'The link holds no scenario (nothing after "#s=").' });
  });

  it('opens a format-1 link written before channels as one-channel scenarios with identical figures', async () => {
    const fragment = `#s=1.${await deflate(new TextEncoder().encode(BEFORE_CHANNELS_JSON))}`;
    const r = await decodeShareFragment(fragment);
    if (!r.ok) throw new Error(r.message);
    expect(r.active).toBe(1);
    const written = (JSON.parse(BEFORE_CHANNELS_JSON) as { s: Record<string, unknown>[] }).s;
    r.scenarios.forEach((s, i) => {
      expect(s).toMatchObject({ channels: null, pooling: 'dedicated', ai: { minutesPerConversation: 4 } });
      const { channels: _c, pooling: _p, ...rest } = s;
      expect({ ...rest, ai: { ...rest.ai, minutesPerConversation: undefined } }).toEqual({
        ...written[i],
        ai: { ...(written[i]!.ai as object), minutesPerConversation: undefined },
      });
      expect(metricValues(calculate(s).full.summary)).toEqual(BEFORE_CHANNELS_FIGURES[i]);
    });
  });

  it('brings a three-channel scenario back identical, each channel profile packed', async () => {
    const fragment = await encode([THREE_CHANNELS, presetScenario('saas')], 0);
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, scenarios: [THREE_CHANNELS, presetScenario('saas')], active: 0 });
    // The phone channel's imported profile travels as counts: the link stays short.
    expect((await encode([THREE_CHANNELS])).length).toBeLessThan(2_000);
  });

  it('names the channel field of a damaged channel list', async () => {
    const bad = { ...THREE_CHANNELS, channels: [{ ...THREE_CHANNELS.channels![0]!, kind: 'fax' }, THREE_CHANNELS.channels![0]] };
    const fragment = `#s=1.${await deflate(new TextEncoder().encode(JSON.stringify({ a: 0, s: [bad] })))}`;
    const r = await decodeShareFragment(fragment);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/channels\.0\.kind/);
  });

  it('refuses to make a link for an invalid scenario, naming the field', async () => {
    const bad = { ...FROZEN_SCENARIO, contactsPerMonth: -1 };
    const r = await encodeShareFragment({ scenarios: [bad], active: 0 });
    expect(r).toEqual({
      ok: false,
      message:
        'The link cannot be made: Scenario 1 ("Frozen, "v1" =check"): contactsPerMonth: Contacts per month cannot be negative (accepted: 0 or more contacts).',
    });
    expect(await encodeShareFragment({ scenarios: [FROZEN_SCENARIO], active: 1 })).toEqual({
      ok: false,
      message: 'The link cannot be made: The active scenario 1 is not one of the 1 scenario.',
    });
  });
});

describe('decodeShareFragment on bad links', () => {
  it('names what is wrong', async () => {
    const cases: [string, string][] = [
      ['', 'The link holds no scenario (nothing after "#s=").'],
      ['#other=1', 'The link holds no scenario (nothing after "#s=").'],
      ['#s=', 'The link is not a scenario link of this app: it should start "#s=" followed by a format number and a dot.'],
      ['#s=abc', 'The link is not a scenario link of this app: it should start "#s=" followed by a format number and a dot.'],
      [
        '#s=9.AAAA',
        'The link uses format 9, which this version of the app cannot read (it reads format 1). It was probably made by a newer version: open it there.',
      ],
      [
        '#s=0.AAAA',
        'The link uses format 0, which no version of this app has written (it reads format 1). The link is probably damaged or was changed by hand.',
      ],
      ['#s=1.a*b', 'The link is damaged: it has characters that a scenario link never contains. Was it cut or changed when it was copied?'],
      ['#s=1.A', 'The link is damaged: it has characters that a scenario link never contains. Was it cut or changed when it was copied?'],
      ['#s=1.AAAA', 'The link is damaged: its compressed content is incomplete or altered. Was it cut when it was copied?'],
    ];
    for (const [hash, message] of cases) expect(await decodeShareFragment(hash), hash).toEqual({ ok: false, message });
  });

  it('reports content that is not JSON, not a set, or not a valid scenario', async () => {
    const enc = (text: string) => deflate(new TextEncoder().encode(text));
    expect(await decodeShareFragment(`#s=1.${await enc('not json')}`)).toEqual({
      ok: false,
      message: 'The link is damaged: its content is not readable. Was it cut when it was copied?',
    });
    expect(await decodeShareFragment(`#s=1.${await enc('{"a":0}')}`)).toEqual({ ok: false, message: 'The link is damaged: it holds no list of scenarios.' });
    expect(await decodeShareFragment(`#s=1.${await enc('{"a":0,"s":[]}')}`)).toEqual({
      ok: false,
      message: "The link's scenario is not valid: It holds no scenario.",
    });
    const wrong = JSON.stringify({ a: 0, s: [{ ...FROZEN_SCENARIO, human: { ...FROZEN_SCENARIO.human, shrinkagePct: 120 } }] });
    expect(await decodeShareFragment(`#s=1.${await enc(wrong)}`)).toEqual({
      ok: false,
      message:
        'The link\'s scenario is not valid: Scenario 1 ("Frozen, "v1" =check"): human.shrinkagePct: Shrinkage cannot exceed 100 % (accepted: 0 to 95 %) (and 1 more problem).',
    });
    const tooMany = JSON.stringify({ a: 0, s: Array.from({ length: 21 }, () => FROZEN_SCENARIO) });
    expect(await decodeShareFragment(`#s=1.${await enc(tooMany)}`)).toEqual({ ok: false, message: 'The link holds 21 scenarios; at most 20 are accepted.' });
  });

  it('stops reading a compressed bomb', async () => {
    const bomb = await deflate(new Uint8Array(MAX_PAYLOAD_BYTES + 1000).fill(32));
    expect(bomb.length).toBeLessThan(10_000);
    expect(await decodeShareFragment(`#s=1.${bomb}`)).toEqual({
      ok: false,
      message: 'The link is damaged or not a scenario link: its content is far larger than any scenario.',
    });
  });

  it('never throws on fuzzed fragments, and never returns an unvalidated scenario', async () => {
    const valid = await encode([presetScenario('saas')]);
    const mutated = fc
      .tuple(fc.nat(valid.length - 1), fc.nat(valid.length), fc.string({ maxLength: 4 }))
      .map(([at, cut, insert]) => (valid.slice(0, at) + insert + valid.slice(at + 1)).slice(0, Math.max(cut, 5)));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `#s=1.${s}`),
          mutated,
        ),
        async (hash) => {
          const r = await decodeShareFragment(hash);
          if (r.ok) expect(r.scenarios.length).toBeGreaterThan(0);
          else expect(r.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('packProfile', () => {
  it('writes an imported profile as counts over their total', () => {
    const packed = packProfile([1 / 7, 2 / 7, 4 / 7]);
    expect(packed).toEqual({ d: 7, n: [1, 2, 4] });
  });

  it('keeps weights that no small fraction reproduces as they are', () => {
    expect(packProfile([Math.PI, 0.1 + 0.2])).toEqual([Math.PI, 0.1 + 0.2]);
    expect(packProfile(null)).toBeNull();
  });
});

describe('base64url', () => {
  it('matches RFC 4648 test vectors without padding, and inverts', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(toBase64Url(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(fromBase64Url(encoded)!)).toBe(plain);
    }
    expect(toBase64Url(new Uint8Array([251, 255]))).toBe('-_8');
    fc.assert(
      fc.property(fc.uint8Array(), (b) => {
        expect([...fromBase64Url(toBase64Url(b))!]).toEqual([...b]);
      }),
    );
  });
});

describe('shareUrl and hasShareFragment', () => {
  it('puts the fragment on the page address without the readable query', () => {
    expect(shareUrl('https://plan.example/app/?preset=saas&contacts=5#old', '#s=1.AB')).toBe('https://plan.example/app/#s=1.AB');
    expect(shareUrl('https://plan.example/', 's=1.AB')).toBe('https://plan.example/#s=1.AB');
    expect(hasShareFragment('#s=1.AB')).toBe(true);
    expect(hasShareFragment('#x=1')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exactNumberText, manifestCsv, MODEL_VERSION } from '../../../src/io/manifest';
import { lines, TINY } from './tiny-scenario';

describe('manifestCsv', () => {
  it('writes every input of the hand-worked scenario as one readable row', () => {
    const p = (input: string, value: string) => `1,"Pilot, ""EU""",${input},${value}`;
    expect(manifestCsv({ scenarios: [TINY], active: 0 }, { appVersion: '0.1.0', monteCarloDraws: 2000 })).toBe(
      lines(
        'scenario_no,scenario,input,value',
        ',,manifest_format,1',
        ',,app_version,0.1.0',
        `,,model_version,${MODEL_VERSION}`,
        ',,scenarios,1',
        ',,active_scenario,1',
        ',,monte_carlo_draws,2000',
        p('name', '"Pilot, ""EU"""'),
        p('presetId', ''),
        p('method', 'full'),
        p('contactsPerMonth', '1000'),
        p('growthPctPerMonth', '25'),
        p('channel', 'email'),
        p('channels', ''),
        p('pooling', 'dedicated'),
        p('categories.0.id', 'simple'),
        p('categories.0.name', 'Order status'),
        p('categories.0.sharePct', '75'),
        p('categories.0.tier', '1'),
        p('categories.0.handleMinutes', '6'),
        p('categories.0.aiEligible', 'true'),
        p('categories.0.resolutionPct', '50'),
        p('categories.1.id', 'complex'),
        p('categories.1.name', 'Disputes'),
        p('categories.1.sharePct', '25'),
        p('categories.1.tier', '3'),
        p('categories.1.handleMinutes', '15'),
        p('categories.1.aiEligible', 'false'),
        p('categories.1.resolutionPct', '0'),
        p('human.costBasis', 'hour'),
        p('human.costPerHour', '30'),
        p('human.costPerFteYear', '57000'),
        p('human.costPerContact', '8'),
        p('human.productiveHoursPerMonth', '160'),
        p('human.paidHoursPerMonth', '160'),
        p('human.shrinkagePct', '50'),
        p('human.maxOccupancyPct', '100'),
        p('human.concurrency', '1'),
        p('human.serviceLevelPct', '80'),
        p('human.serviceLevelSeconds', ''),
        p('human.staffingModel', 'erlang-c'),
        p('human.patienceMinutes', '5'),
        p('human.seats', ''),
        p('human.openFromHour', '0'),
        p('human.openToHour', '24'),
        p('human.openDays.0', '0'),
        p('human.openDays.1', '1'),
        p('human.openDays.2', '2'),
        p('human.openDays.3', '3'),
        p('human.openDays.4', '4'),
        p('human.openDays.5', '5'),
        p('human.openDays.6', '6'),
        p('ai.pricing', 'conversation'),
        p('ai.pricePerUnit', '0.5'),
        p('ai.tokensPerConversation', '0'),
        p('ai.pricePerMillionTokens', '0'),
        p('ai.fixedPerMonth', '100'),
        p('ai.setupCost', '1000'),
        p('ai.upkeepPerMonth', '50'),
        p('ai.minutesPerConversation', '4'),
        p('quality.errorRatePct', '25'),
        p('quality.recontactPct', '50'),
        p('quality.errorCost', '2'),
        p('quality.handoffMinutes', '1'),
        p('quality.askHumanPct', '0'),
        p('experience.resolutionMinutesHuman', '10'),
        p('experience.resolutionMinutesAi', '2'),
        p('experience.csat.tier1.human', '85'),
        p('experience.csat.tier1.ai', '85'),
        p('experience.csat.tier2.human', '80'),
        p('experience.csat.tier2.ai', '72'),
        p('experience.csat.tier3.human', '75'),
        p('experience.csat.tier3.ai', '55'),
        p('ramp.0', '0.5'),
        p('arrivalProfile', ''),
        p('finance.months', '2'),
        p('finance.discountRatePct', '0'),
        p('finance.currency', 'EUR'),
        p('ranges.resolutionPct', ''),
        p('ranges.handleMinutes', ''),
        p('ranges.costPerHour', ''),
        p('ranges.aiPrice', ''),
        p('ranges.errorRatePct', ''),
        p('ranges.rampSpeed', ''),
        p('seed', '7'),
      ),
    );
  });

  it('writes an empty text as a lone quote and leaves an empty ramp without rows', () => {
    const csv = manifestCsv(
      { scenarios: [{ ...TINY, presetId: '', ramp: [], ranges: { ...TINY.ranges, aiPrice: { low: -0.5, high: 2 } } }], active: 0 },
      { appVersion: '=1' },
    );
    expect(csv).toContain(",,app_version,'=1\r\n");
    expect(csv).toContain(",presetId,'\r\n");
    expect(csv).not.toMatch(/,ramp\./);
    expect(csv).toContain(',ranges.aiPrice.low,-0.5\r\n');
    expect(csv).toContain(',ranges.aiPrice.high,2\r\n');
  });
});

describe('exactNumberText', () => {
  it('writes plain decimals without exponents', () => {
    expect(exactNumberText(-0)).toBe('-0');
    expect(exactNumberText(0)).toBe('0');
    expect(exactNumberText(1e-7)).toBe('0.0000001');
    expect(exactNumberText(-1.5e-9)).toBe('-0.0000000015');
    expect(exactNumberText(1e21)).toBe('1000000000000000000000');
    expect(exactNumberText(1.2345e22)).toBe('12345000000000000000000');
    expect(exactNumberText(173.9)).toBe('173.9');
    expect(exactNumberText(5e-324)).toBe(`0.${'0'.repeat(323)}5`);
  });

  it('reads back to the same double for every finite double (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = exactNumberText(x);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Object.is(Number(text), x)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../src/io/csv-import/apply-import';
import { categoryRows } from '../../../../src/io/csv-import/category-rows';
import { presetScenario } from '../../../../src/model/presets';
import { callFigures, parseOutcome } from '../../../../src/io/csv-import/values';
import { importTickets, preview } from './helpers';

/*
 * A per-call log in the layout of the call-centre data of Brown et al. (JASA 2005): 300
 * calls, 10 a day from Monday 1 March 1999. Call k: k mod 10 in {0, 1} -> HANG (abandoned,
 * 60 calls, 90 s in the queue each, service 0); k mod 10 = 2 -> PHANTOM (30 calls, neither,
 * no wait, no service); else AGENT (answered, 210 calls, 20 s in the queue, 180 s of service).
 * Worked by hand:
 * - abandonment 60 / (210 + 60) = 22.22 %; speed of answer 4,200 s / 210 = 20 s;
 * - patience = all waiting (210 x 20 + 60 x 90 = 9,600 s) / 60 abandoned = 160 s = 2.667 min;
 * - handle time: the answered calls' service, 180 s = 3 min (an abandoned call's 0 is no handle time).
 */
function callLog(): string {
  const lines = ['call_id,date,vru_entry,q_time,outcome,ser_time'];
  for (let k = 0; k < 300; k++) {
    const day = 1 + Math.floor(k / 10);
    const r = k % 10;
    const outcome = r < 2 ? 'HANG' : r === 2 ? 'PHANTOM' : 'AGENT';
    const wait = r < 2 ? 90 : r === 2 ? 0 : 20;
    const service = r < 2 ? '0' : r === 2 ? '' : '180';
    lines.push(`${33116 + k},9903${String(day).padStart(2, '0')},${8 + r}:0${r}:15,${wait},${outcome},${service}`);
  }
  return lines.join('\n');
}

describe('call logs', () => {
  const text = callLog();

  it('reads outcomes in the words call systems use', () => {
    expect(['AGENT', 'answered', 'Handled', 'HANG', 'Abandoned', 'ABD', 'dropped', 'PHANTOM', 'transfer', ''].map(parseOutcome)).toEqual([
      1, 1, 1, 2, 2, 2, 2, 0, 0, 0,
    ]);
  });

  it('finds the queue wait, the outcome and the service time, and works out the queue figures', () => {
    const p = preview(text);
    expect(p.tickets).toMatchObject({ created: 1, createdTime: 2, queueWait: 3, outcome: 4, handleTime: 5 });
    expect(p.handleUnit).toBe('seconds');
    const scan = importTickets(text);
    expect(scan.report.importedRows).toBe(300);
    const calls = scan.report.calls!;
    expect(calls).toMatchObject({ answered: 210, abandoned: 60, otherOutcomes: 30, waitSeconds: 9600, answeredWaitSeconds: 4200 });
    expect(calls.abandonRatePct).toBeCloseTo((60 / 270) * 100, 12);
    expect(calls.asaSeconds).toBe(20);
    expect(calls.patienceMinutes).toBeCloseTo(160 / 60, 12);
    expect(scan.report.handleMinutes).toBe(3);
    if (scan.aggregates.kind !== 'tickets') throw new Error('tickets');
    expect(scan.aggregates.dated!.months.map((m) => [m.month, m.contacts])).toEqual([['1999-03', 300]]);
    expect(scan.aggregates.dated!.withoutTime).toBe(0);
  });

  it('the patience estimate goes to Erlang A only when taken', () => {
    const scan = importTickets(text);
    const scenario = presetScenario('ecommerce');
    const rows = categoryRows(scan.aggregates);
    const kept = applyImport(scenario, scan.aggregates, rows);
    expect(kept.ok && kept.value.human.patienceMinutes).toBe(scenario.human.patienceMinutes);
    const taken = applyImport(scenario, scan.aggregates, rows, { patienceMinutes: scan.report.calls!.patienceMinutes });
    expect(taken.ok && taken.value.human.patienceMinutes).toBe(2.67);
  });

  it('no abandoned call: no patience estimate, never a division by zero', () => {
    const f = callFigures({ answered: 5, abandoned: 0, otherOutcomes: 0, waitSeconds: 50, answeredWaitSeconds: 50 });
    expect(f).toMatchObject({ abandonRatePct: 0, asaSeconds: 10, patienceMinutes: null });
    expect(callFigures({ answered: 0, abandoned: 0, otherOutcomes: 3, waitSeconds: 0, answeredWaitSeconds: 0 })).toMatchObject({
      abandonRatePct: null,
      asaSeconds: null,
      patienceMinutes: null,
    });
  });
});

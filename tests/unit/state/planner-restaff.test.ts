import { describe, expect, it, vi } from 'vitest';

// Every month the model staffs (a miss of its staffing store) and every backlog week it staffs, in whichever form (blended pools go around the store), is counted.
let staffed = 0;
vi.mock('../../../src/model/backlog', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/model/backlog')>();
  return {
    ...m,
    staffBacklog: (...args: Parameters<typeof m.staffBacklog>) => {
      staffed++;
      return m.staffBacklog(...args);
    },
    staffBacklogSums: (...args: Parameters<typeof m.staffBacklogSums>) => {
      staffed++;
      return m.staffBacklogSums(...args);
    },
    staffInBuffers: (...args: Parameters<typeof m.staffInBuffers>) => {
      staffed++;
      return m.staffInBuffers(...args);
    },
  };
});
vi.mock('../../../src/model/staffing-store', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/model/staffing-store')>();
  class CountingStore extends m.StaffingStore {
    override get(...[key, contacts, minutes, seats, compute]: Parameters<InstanceType<typeof m.StaffingStore>['get']>) {
      return super.get(key, contacts, minutes, seats, (c, a, n) => {
        staffed++;
        return compute(c, a, n);
      });
    }
  }
  return { ...m, StaffingStore: CountingStore };
});

const { presetScenario } = await import('../../../src/model');
const { Planner } = await import('../../../src/state/planner.svelte');
const { threeChannelScenario } = await import('../../bench/channel-scenario');

describe('an edit that leaves staffing alone', () => {
  for (const pooling of ['dedicated', 'blended'] as const) {
    it(`staffs no month again: prices and costs, three channels with imported profiles, ${pooling} pools`, () => {
      const p = new Planner({ scenarios: [{ ...threeChannelScenario(presetScenario()), pooling }], activeIndex: 0 }, { frames: null });
      void p.results;
      staffed = 0;
      const price = p.scenario.ai.pricePerUnit;
      for (const [path, value] of [
        ['ai.pricePerUnit', price + 0.05],
        ['human.costPerHour', p.scenario.human.costPerHour + 1],
        ['ai.fixedPerMonth', p.scenario.ai.fixedPerMonth + 100],
        ['ai.setupCost', p.scenario.ai.setupCost + 1000],
        ['quality.errorCost', p.scenario.quality.errorCost + 1],
      ] as const) {
        expect(p.setNumber(path, String(value))).toBe(true);
        void p.results;
      }
      expect(staffed).toBe(0);
      // A new volume does.
      p.setNumber('contactsPerMonth', String(p.scenario.contactsPerMonth + 500));
      void p.results;
      expect(staffed).toBeGreaterThan(0);
    });
  }
});

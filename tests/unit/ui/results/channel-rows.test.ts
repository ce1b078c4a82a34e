import { describe, expect, it } from 'vitest';
import { calculate, metricValues, presetScenario, type MethodResult, type Scenario } from '../../../../src/model';
import { addChannel } from '../../../../src/state/channels';
import {
  channelChart,
  channelOutcomes,
  channelTable,
  poolingNote,
  poolingText,
  showsChannels,
  type ChannelOutcome,
} from '../../../../src/ui/results/channel-rows';

const s: Scenario = { ...addChannel(addChannel(presetScenario('ecommerce'), 'voice'), 'email'), pooling: 'blended' };
const results = calculate(s);

/** The primary results with their channels as the engine reports them. */
function withChannels(m: MethodResult): MethodResult {
  const c = channelOutcomes(m);
  if (c.length > 0) return m;
  // A model without channel results: a stand-in with the contract's shape.
  const sum = m.summary;
  const part = (id: string, kind: string, live: boolean, share: number, extra: object = {}): ChannelOutcome => ({
    id,
    kind,
    name: s.channels!.find((x) => x.id === id)!.name,
    live,
    share,
    summary: { ...sum, ...extra },
  });
  return Object.assign({}, m, {
    channels: [
      part('chat', 'chat', true, 0.335),
      part('voice', 'voice', true, 0.335),
      part('email', 'email', false, 0.33, { serviceLevelPct: null, responseLevelPct: 93.25 }),
    ],
    pooling: { dedicatedFte: 30, blendedFte: 27.5, savedFte: 2.5 },
  });
}

describe('results by channel', () => {
  const m = withChannels(results.primary);

  it('gives every channel a row of named figures with raw values', () => {
    const t = channelTable(s, m);
    expect(t.rows.map((r) => r.id)).toEqual(['chat', 'voice', 'email']);
    for (const [i, row] of t.rows.entries()) {
      const c = channelOutcomes(m)[i]!;
      const v = metricValues(c.summary);
      expect(row.cells.map((x) => x.metric)).toEqual([
        'contacts_per_month',
        'ai_resolved_per_month',
        'staffed_fte_baseline',
        'staffed_fte_with_ai',
        c.live ? 'service_level' : 'response_level',
        'hybrid_cost_per_contact',
      ]);
      expect(row.cells[0]!.value).toBe(v.contacts_per_month);
      expect(row.cells[3]!.value).toBe(v.staffed_fte_with_ai);
      expect(row.cells[5]!.value).toBe(v.hybrid_cost_per_contact);
      for (const cell of row.cells) {
        expect(cell.value).toMatch(/^(-?\d+(\.\d+)?)?$/);
        expect(cell.text).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
    expect(t.total[0]).toBe('All channels');
    expect(t.total).toHaveLength(t.head.length);
  });

  it('reads a backlog\'s response level, and says "no target" where a level does not exist', () => {
    const t = channelTable(s, m);
    const email = t.rows.find((r) => r.id === 'email')!;
    const level = email.cells.find((c) => c.metric === 'response_level')!;
    const c = channelOutcomes(m).find((x) => x.id === 'email')!;
    expect(level.value).toBe(c.summary.responseLevelPct == null ? '' : String(c.summary.responseLevelPct));
    const none = Object.assign({}, m, {
      channels: channelOutcomes(m).map((x) => ({ ...x, summary: { ...x.summary, serviceLevelPct: null, responseLevelPct: null } })),
    });
    for (const row of channelTable(s, none).rows) {
      const cell = row.cells[4]!;
      expect([cell.value, cell.text]).toEqual(['', 'no target']);
    }
  });

  it('says why a channel the AI does not touch shows more FTE with the AI in a blended pool', () => {
    const humanOnly: Scenario = { ...s, channels: s.channels!.map((c) => (c.kind === 'voice' ? { ...c, aiEnabled: false } : c)) };
    const m2 = calculate(humanOnly).primary;
    const phone = channelOutcomes(m2).find((c) => c.kind === 'voice')!;
    expect(phone.summary.staffedFteWithAi).toBeGreaterThan(phone.summary.staffedFteBaseline);
    expect(poolingText(humanOnly, m2)!.method).toMatch(
      / Phone \(\d+(\.\d)? → \d+(\.\d)?\) shows more FTE with the AI than without: the pool needs fewer agents in all, but the AI took away other channels' work/,
    );
    // Where no channel does, nothing is added.
    expect(poolingText(s, m)!.method).toMatch(/Steady-state month, with the AI\.$/);
  });

  it('says "no contacts" for a channel of 0 %, which keeps its target but has nothing to answer', () => {
    const zero: Scenario = { ...s, pooling: 'dedicated', channels: s.channels!.map((c) => (c.kind === 'email' ? { ...c, sharePct: 0 } : c)) };
    const email = channelTable(zero, calculate(zero).primary).rows.find((r) => r.id === 'email')!;
    expect(email.cells[0]!.text).toBe('0');
    expect([email.cells[4]!.value, email.cells[4]!.text]).toEqual(['', 'no contacts']);
    // A live queue of 0 % too: its staffing reports 100 % answered in time, of no one.
    const noPhone: Scenario = { ...s, pooling: 'dedicated', channels: s.channels!.map((c) => (c.kind === 'voice' ? { ...c, sharePct: 0 } : c)) };
    const voice = channelTable(noPhone, calculate(noPhone).primary).rows.find((r) => r.id === 'voice')!;
    expect(voice.cells.map((c) => c.text).slice(0, 1)).toEqual(['0']);
    expect([voice.cells[4]!.metric, voice.cells[4]!.value, voice.cells[4]!.text]).toEqual(['service_level', '', 'no contacts']);
  });

  it('shows the table from two channels on, and the blended saving with its method', () => {
    expect(showsChannels(m)).toBe(true);
    expect(showsChannels(calculate(presetScenario('ecommerce')).primary)).toBe(false);
    const p = poolingText(s, m)!;
    expect(Number(p.value)).toBeGreaterThanOrEqual(0);
    expect(p.text).toMatch(/^Blending saves \d+(\.\d)? FTE: /);
    expect(p.method).toMatch(/^Method: /);
    expect(poolingText({ ...s, pooling: 'dedicated' }, m)).toBeNull();
    expect(poolingNote(s, m)).toBeNull();
    // Blended, but nothing to blend: said so, no saving figure.
    const none = Object.assign({}, m, { pooling: null });
    expect(poolingText(s, none)).toBeNull();
    expect(poolingNote(s, none)).toMatch(/^Blended pools need a live channel/);
    expect(poolingNote({ ...s, pooling: 'dedicated' }, none)).toBeNull();
  });

  it('charts FTE before and after by channel, with the same figures in its table', () => {
    const spec = channelChart(s, { ...results, primary: m });
    expect(spec.labels).toEqual(['Chat', 'Phone', 'Email']);
    // Channels down the side, where their names are read in full however narrow the page.
    expect(spec.horizontal).toBe(true);
    expect(spec.series.map((x) => x.label)).toEqual(['Without AI', 'With AI']);
    expect(spec.table.rows).toHaveLength(3);
    expect(spec.summary).toMatch(/needs the most agents with the AI/);
  });
});

import { describe, expect, it } from 'vitest';
import { markStarted, markStarting, previousStart, safeStartMessage, START_MARK_KEY, type MarkStorage } from '../../../src/state/start-guard';

function memory(): MarkStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('start guard', () => {
  it('a start that finished leaves nothing behind', () => {
    const s = memory();
    expect(previousStart(s)).toEqual({ failed: false, opening: null });
    markStarting(s, 'share-link');
    markStarted(s);
    expect(previousStart(s)).toEqual({ failed: false, opening: null });
  });

  it('a start that never finished is seen by the next one, with what it was opening', () => {
    const s = memory();
    markStarting(s, 'share-link');
    expect(previousStart(s)).toEqual({ failed: true, opening: 'share-link' });
  });

  it('a damaged mark still counts as a failed start, without a name', () => {
    const s = memory();
    s.setItem(START_MARK_KEY, '<img src=x>');
    expect(previousStart(s)).toEqual({ failed: true, opening: null });
  });

  it('storage that throws or is missing turns the guard off, never the start', () => {
    const throwing: MarkStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(previousStart(throwing)).toEqual({ failed: false, opening: null });
    expect(() => markStarting(throwing, 'saved')).not.toThrow();
    expect(() => markStarted(throwing)).not.toThrow();
    expect(previousStart(null)).toEqual({ failed: false, opening: null });
  });

  it('says what was being opened and how many saved scenarios wait', () => {
    expect(safeStartMessage({ failed: true, opening: 'share-link' }, 3)).toBe(
      'The last visit in this tab stopped before the page was ready while opening a share link. The planner opened on the default scenario instead. Your 3 saved scenarios are kept and not opened yet, so that the page works; open them below when you are ready. Nothing is saved over them until you do.',
    );
    expect(safeStartMessage({ failed: true, opening: null }, 1)).toContain('while opening the page.');
    expect(safeStartMessage({ failed: true, opening: 'saved' }, 1)).toContain('Your saved scenario is kept');
    expect(safeStartMessage({ failed: true, opening: 'readable-link' }, 0)).not.toContain('saved scenario');
  });
});

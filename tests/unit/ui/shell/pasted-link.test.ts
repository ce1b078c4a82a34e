import { describe, expect, it } from 'vitest';
import { encodeShareFragment } from '../../../../src/io/share-url';
import { presetScenario } from '../../../../src/model';
import { openPastedShareLinks, type HashSource } from '../../../../src/ui/shell/pasted-link';

/** A window whose address bar the test types into. */
function tab() {
  const listeners = new Set<() => void>();
  const source: HashSource = {
    location: { hash: '' },
    addEventListener: (_type, l) => void listeners.add(l),
    removeEventListener: (_type, l) => void listeners.delete(l),
  };
  const paste = (hash: string) => {
    source.location.hash = hash;
    for (const l of listeners) l();
  };
  return { source, paste, listeners };
}

describe('openPastedShareLinks', () => {
  it('saves the session, then loads the page again, when a share link is pasted into the open tab', async () => {
    const { source, paste } = tab();
    const steps: string[] = [];
    openPastedShareLinks(
      source,
      () => steps.push('save'),
      () => steps.push('reload'),
    );
    const encoded = await encodeShareFragment({ scenarios: [presetScenario('saas')], active: 0 });
    if (!encoded.ok) throw new Error('the fixture link could not be made');
    paste(encoded.fragment);
    expect(steps).toEqual(['save', 'reload']);
  });

  it('opens a percent-encoded share link as well (as some chat clients send it)', () => {
    const { source, paste } = tab();
    const steps: string[] = [];
    openPastedShareLinks(
      source,
      () => steps.push('save'),
      () => steps.push('reload'),
    );
    paste('#s%3D1.AAAA');
    expect(steps).toEqual(['save', 'reload']);
  });

  it('leaves section links and an emptied address alone', () => {
    const { source, paste } = tab();
    const steps: string[] = [];
    openPastedShareLinks(
      source,
      () => steps.push('save'),
      () => steps.push('reload'),
    );
    for (const hash of ['#inputs', '#results', '', '#', '#share']) paste(hash);
    expect(steps).toEqual([]);
  });

  it('stops watching when asked', () => {
    const { source, paste, listeners } = tab();
    const stop = openPastedShareLinks(
      source,
      () => {},
      () => {
        throw new Error('reloaded after stop');
      },
    );
    stop();
    expect(listeners.size).toBe(0);
    paste('#s=1.AAAA');
  });
});

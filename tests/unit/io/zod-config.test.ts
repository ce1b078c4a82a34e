import { describe, expect, it } from 'vitest';
import '../../../src/io/zod-config';
import { config } from 'zod';
import { parseScenario, presetScenario } from '../../../src/model';

describe('zod-config', () => {
  it('makes zod validate without compiling code, before any schema is built', () => {
    expect(config().jitless).toBe(true);
    // A parse still works interpreted.
    expect(parseScenario(presetScenario()).ok).toBe(true);
  });
});

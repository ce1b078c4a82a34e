/**
 * The share-link worker's work (share-link-client.ts), which the page also does itself
 * where there is no worker.
 */
import { encodeShareFragment, type ShareEncode } from './share-url';
import type { ScenarioSet } from './scenario-set';

/** The share link of `set`: never throws, every problem is a message (as `encodeShareFragment` gives it). */
export async function answerShareRequest(set: ScenarioSet): Promise<ShareEncode> {
  try {
    return await encodeShareFragment(set);
  } catch (e) {
    return { ok: false, message: `The link cannot be made: ${e instanceof Error ? e.message : String(e)}` };
  }
}

// The first visits of the startup bench (README, "Benchmarks"), built by the project's own code:
// share links of the default scenario and of the three-channel case (./channel-scenario.ts),
// and the saved entry of a returning visitor.
// The share link is validated as it is made: the validation the page loads on demand is loaded here at once.
import '../../src/model/schema-define';
import { presetScenario } from '../../src/model';
import { encodeShareFragment } from '../../src/io/share-url';
import { STORAGE_FORMAT } from '../../src/io/storage';
import { threeChannelScenario } from './channel-scenario';

export interface Visits {
  /** `#s=...` of the default preset with another volume. */
  share: string;
  /** `#s=...` of the three-channel scenario with imported profiles. */
  shareChannels: string;
  /** The saved entry (local storage) of a visitor who edited the default scenario. */
  saved: string;
}

export async function visits(): Promise<Visits> {
  const edited = { ...presetScenario(), contactsPerMonth: 20_000 };
  const share = await encodeShareFragment({ scenarios: [edited], active: 0 });
  const shareChannels = await encodeShareFragment({ scenarios: [threeChannelScenario(presetScenario())], active: 0 });
  if (!share.ok || !shareChannels.ok) throw new Error(share.ok ? (shareChannels.ok ? '' : shareChannels.message) : share.message);
  const saved = JSON.stringify({ format: STORAGE_FORMAT, savedAt: new Date().toISOString(), active: 0, scenarios: [{ ...edited, contactsPerMonth: 18_000 }] });
  return { share: share.fragment, shareChannels: shareChannels.fragment, saved };
}

// The scenario of the edit-to-paint bench: the default preset as three channels, each with its
// own imported 168-hour profile (./channel-scenario.ts), built by the project's own code.
import { presetScenario, type Scenario } from '../../src/model';
import { threeChannelScenario } from './channel-scenario';

export function editScenario(): Scenario {
  return threeChannelScenario(presetScenario());
}

// The multi-channel bench case (README, "Benchmarks"): three channels, each with its own
// imported 168-hour arrival profile: live voice, chat two at a time, email answered 90 %
// within 4 hours as a backlog (docs/METHOD.md, "Channels", "Asynchronous channels").
// The Monte Carlo bench builds it into a page from another checkout's sources: it imports
// only the channel defaults (a new channel as the editor makes it), not the model's index.
import { newChannel } from '../../src/model/channel-defaults';
import type { ChannelSpec, Scenario } from '../../src/model';

/** A weekly profile with its own daily shape: `peak` is the busiest hour, `night` the level at night. */
function profile(peak: number, night: number, weekend: number, salt: number): number[] {
  return Array.from({ length: 168 }, (_, h) => {
    const day = Math.floor(h / 24),
      hour = h % 24;
    const shape = Math.max(night, Math.exp(-((hour - peak) ** 2) / 18));
    return shape * (day < 5 ? 1 : weekend) * (1 + ((h * salt) % 13) / 100);
  });
}

/** A new channel of the kind, as the channel editor makes it, with the bench's own settings. */
function spec(kind: 'voice' | 'chat' | 'email', patch: Partial<ChannelSpec>): ChannelSpec {
  return { ...newChannel(kind, 0), ...patch };
}

/** `base` (24 months, 1 % growth) with voice 25 %, chat 35 % and email 40 %, each with its own profile. */
export function threeChannelScenario(base: Scenario): Scenario {
  return {
    ...base,
    finance: { ...base.finance, months: 24 },
    growthPctPerMonth: 1,
    channels: [
      spec('voice', {
        sharePct: 25,
        targetSeconds: 20,
        handleMultiplier: 1.3,
        automationPct: 15,
        aiPricing: 'minute',
        aiPricePerUnit: 0.12,
        arrivalProfile: profile(11, 0.05, 0.5, 37),
      }),
      spec('chat', { sharePct: 35, targetSeconds: 60, concurrency: 2, arrivalProfile: profile(14, 0.1, 0.8, 41) }),
      spec('email', {
        sharePct: 40,
        targetSeconds: 4 * 3600,
        serviceLevelPct: 90,
        handleMinutes: 9,
        openFromHour: 8,
        openToHour: 20,
        openDays: [0, 1, 2, 3, 4, 5],
        arrivalProfile: profile(10, 0.3, 0.6, 43),
      }),
    ],
  };
}

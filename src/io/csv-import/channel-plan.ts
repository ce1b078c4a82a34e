/**
 * Which channels of a ticket export become the scenario's channels.
 *
 * A scenario holds at most six channels. With six names or fewer in the file, each is a
 * channel. With more, the five largest are kept, and every smaller name is merged into the
 * largest kept channel of the kind its name suggests (a small "WhatsApp" into a kept
 * "Twitter": both messaging). Names that suggest no kind, or a kind no kept channel has,
 * go into a sixth channel, "Other channels", whose kind is the one most of its contacts
 * suggest, or none (the user is asked); so do the names past the reader's cap, which are
 * never kept as one channel. Rows with a blank channel cell are no channel:
 * they stay in the volume and the mix, spread over the channels by their shares.
 */
import { suggestKind, MAX_SCENARIO_CHANNELS, type ChannelKind } from '../../model';

/** Name of the sixth channel that gathers what the five kept ones do not take. */
export const OTHER_CHANNELS = 'Other channels';
/** Name of the rows whose channel cell is blank (the reader's fallback name). */
export const BLANK_CHANNEL = 'Unknown';
/** Merged names listed per channel (the rest are counted). */
export const MAX_LISTED_MERGED = 20;

export interface ChannelPlanInput {
  name: string;
  contacts: number;
  /** Names of the file it stands for (more than 1 for the reader's own "Other"). */
  names: number;
  /** The reader's "Other" (names past its cap): suggests no kind. */
  other: boolean;
}

export interface PlannedChannel {
  name: string;
  /** Indices into the inputs, largest first. */
  members: number[];
  contacts: number;
  names: number;
  /** The suggested kind; null: ask the user. */
  kind: ChannelKind | null;
  /** Names of the file merged into it besides its own (largest first, at most {@link MAX_LISTED_MERGED}). */
  mergedNames: string[];
}

export interface ChannelPlan {
  channels: PlannedChannel[];
  /** Indices of the inputs with a blank channel cell. */
  blank: number[];
}

/** The plan for the reader's channels (largest first). */
export function planChannels(inputs: readonly ChannelPlanInput[]): ChannelPlan {
  const blank: number[] = [];
  const named: number[] = [];
  inputs.forEach((c, i) => (c.name === BLANK_CHANNEL && !c.other ? blank : named).push(i));
  // Largest first; the reader's "Other" (many small names) last, never kept as one channel.
  named.sort((a, b) => Number(inputs[a]!.other) - Number(inputs[b]!.other) || inputs[b]!.contacts - inputs[a]!.contacts || a - b);
  const own = (i: number): PlannedChannel => ({
    name: inputs[i]!.name,
    members: [i],
    contacts: inputs[i]!.contacts,
    names: inputs[i]!.names,
    kind: inputs[i]!.other ? null : suggestKind(inputs[i]!.name),
    mergedNames: [],
  });
  if (named.length <= MAX_SCENARIO_CHANNELS) return { channels: named.map(own), blank };
  const kept = named.slice(0, MAX_SCENARIO_CHANNELS - 1).map(own);
  const rest: PlannedChannel = { name: OTHER_CHANNELS, members: [], contacts: 0, names: 0, kind: null, mergedNames: [] };
  const restKinds = new Map<ChannelKind, number>();
  for (const i of named.slice(MAX_SCENARIO_CHANNELS - 1)) {
    const c = inputs[i]!;
    const kind = c.other ? null : suggestKind(c.name);
    const into = kind === null ? undefined : kept.find((k) => k.kind === kind);
    const target = into ?? rest;
    target.members.push(i);
    target.contacts += c.contacts;
    target.names += c.names;
    if (target.mergedNames.length < MAX_LISTED_MERGED) target.mergedNames.push(c.name);
    if (!into && kind !== null) restKinds.set(kind, (restKinds.get(kind) ?? 0) + c.contacts);
  }
  if (rest.members.length === 1) {
    kept.push(own(rest.members[0]!));
  } else if (rest.members.length > 0) {
    let best: ChannelKind | null = null;
    for (const [kind, n] of restKinds) if (best === null || n > restKinds.get(best)!) best = kind;
    // Most of its contacts must suggest that kind; otherwise the user says what it is.
    rest.kind = best !== null && restKinds.get(best)! * 2 > rest.contacts ? best : null;
    kept.push(rest);
  }
  return { channels: kept, blank };
}

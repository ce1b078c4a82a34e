/**
 * The hour-of-week arrival profile: 168 weights (Monday 00:00 first) that say how a
 * week's contacts spread over its hours. Flat over the opening hours by default
 * (docs/METHOD.md, "Staffing"), or taken from imported ticket timestamps.
 */
import type { Human } from './schema';
import { HOURS_PER_WEEK } from './units';

/** Whether hour-of-week `h` is inside the opening hours. */
export function isOpenHour(human: Pick<Human, 'openFromHour' | 'openToHour' | 'openDays'>, h: number): boolean {
  const day = Math.floor(h / 24);
  const hour = h % 24;
  return human.openDays.includes(day) && hour >= human.openFromHour && hour < human.openToHour;
}

/**
 * Weights that add up to 1 over the 168 hours. An imported profile is used as it is
 * (customers write when they write); contacts arriving outside opening hours are then
 * served in the open hours, so closed hours get no weight and the rest is rescaled.
 */
export function arrivalWeights(profile: readonly number[] | null, human: Pick<Human, 'openFromHour' | 'openToHour' | 'openDays'>): number[] {
  const raw = Array.from({ length: HOURS_PER_WEEK }, (_, h) => (isOpenHour(human, h) ? (profile ? Math.max(0, profile[h] ?? 0) : 1) : 0));
  let total = raw.reduce((s, w) => s + w, 0);
  if (total <= 0) {
    // An imported profile with no arrivals in the open hours: fall back to flat open hours.
    for (let h = 0; h < HOURS_PER_WEEK; h++) raw[h] = isOpenHour(human, h) ? 1 : 0;
    total = raw.reduce((s, w) => s + w, 0);
  }
  return raw.map((w) => w / total);
}

/** Number of open hours in the week. */
export function openHoursPerWeek(human: Pick<Human, 'openFromHour' | 'openToHour' | 'openDays'>): number {
  let open = 0;
  for (let h = 0; h < HOURS_PER_WEEK; h++) if (isOpenHour(human, h)) open++;
  return open;
}

/**
 * Weights of asynchronous work (docs/METHOD.md, "Asynchronous channels"): an imported
 * profile over all 168 hours, closed hours included (what arrives then waits for the next
 * open hour); without a profile, flat over the open hours.
 */
export function backlogWeights(profile: readonly number[] | null, human: Pick<Human, 'openFromHour' | 'openToHour' | 'openDays'>): number[] {
  if (!profile) return arrivalWeights(null, human);
  const raw = Array.from({ length: HOURS_PER_WEEK }, (_, h) => Math.max(0, profile[h] ?? 0));
  const total = raw.reduce((s, w) => s + w, 0);
  if (!(total > 0)) return arrivalWeights(null, human);
  return raw.map((w) => w / total);
}

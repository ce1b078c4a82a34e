/**
 * Date-dependent aggregates and the day/month order.
 *
 * A date such as 03/04/2024 reads two ways. The order is settled over the whole file:
 * the first date that only one order can read (25/03/2024) decides it; later dates that
 * only the other order can read are rejected and counted, so the user can re-import the
 * other way. While no date has decided it, both readings are kept side by side (only the
 * months and the weekly profile differ, a few kilobytes), and when the file ends still
 * undecided the import asks the user instead of guessing.
 */
import { dayOf, outOfRangeYear, TS_INVALID, TS_PAIR, type DateOrder, type TimestampParts, type TimestampStatus } from './timestamp';
import { hourOfWeek, monthIndexOfDay, monthLabel, daysFromCivil, daysInMonth, MINUTES_PER_DAY } from './calendar';
import type { DateOrderChoice, DateOrderOutcome, DateOrderQuestion, DatedSummary, MonthVolume } from './types';
import { msg } from './messages';

const HOURS_PER_WEEK = 168;
/** Days cached by {@link DatedState} (a power of two: a slot is the day's low bits). */
const DAY_SLOTS = 1024;

/** Months, weekly profile and span of one reading of the dates. */
export class DatedState {
  minDay = Infinity;
  maxDay = -Infinity;
  minMinute = Infinity;
  maxMinute = -Infinity;
  readonly hourOfWeek = new Float64Array(HOURS_PER_WEEK);
  timedWeight = 0;
  withoutTime = 0;
  /** Month index -> weight per category index. */
  readonly months = new Map<number, Float64Array>();
  /** Hour-of-week weights per channel slot (tickets with a channel column); allocated on a channel's first timed row. */
  readonly channelHours: (Float64Array | null)[] = [];
  // A direct-mapped cache of the days seen (exports are often not in time order): the
  // month's weights and the hour-of-week of midnight, found once per distinct day.
  private readonly slotDay = new Float64Array(DAY_SLOTS).fill(NaN);
  private readonly slotMonth: (Float64Array | null)[] = new Array<Float64Array | null>(DAY_SLOTS).fill(null);
  private readonly slotHour = new Int16Array(DAY_SLOTS);

  /** An independent copy (the other reading of the dates, split off when the first date reads both ways). */
  clone(): DatedState {
    const c = new DatedState();
    c.minDay = this.minDay;
    c.maxDay = this.maxDay;
    c.minMinute = this.minMinute;
    c.maxMinute = this.maxMinute;
    c.hourOfWeek.set(this.hourOfWeek);
    c.timedWeight = this.timedWeight;
    c.withoutTime = this.withoutTime;
    for (const [k, v] of this.months) c.months.set(k, v.slice());
    for (let i = 0; i < this.channelHours.length; i++) c.channelHours[i] = this.channelHours[i]?.slice() ?? null;
    return c;
  }

  /** `channel`: the row's channel slot, or -1 when the file has no channel column. */
  add(day: number, minuteOfDay: number, category: number, weight: number, channel = -1): void {
    const slot = day & (DAY_SLOTS - 1);
    let month = this.slotMonth[slot]!;
    if (this.slotDay[slot] !== day || month === null) month = this.enterDay(day, slot);
    if (category >= month.length) month = this.grow(day, month, category);
    month[category]! += weight;
    const wall = day * MINUTES_PER_DAY + (minuteOfDay < 0 ? 0 : minuteOfDay);
    if (wall < this.minMinute) this.minMinute = wall;
    if (wall > this.maxMinute) this.maxMinute = wall;
    if (minuteOfDay < 0) {
      this.withoutTime += weight;
    } else {
      const hour = this.slotHour[slot]! + ((minuteOfDay / 60) | 0);
      this.hourOfWeek[hour]! += weight;
      this.timedWeight += weight;
      if (channel >= 0) (this.channelHours[channel] ??= new Float64Array(HOURS_PER_WEEK))[hour]! += weight;
    }
  }

  private enterDay(day: number, slot: number): Float64Array {
    const mi = monthIndexOfDay(day);
    let month = this.months.get(mi);
    if (month === undefined) {
      month = new Float64Array(8);
      this.months.set(mi, month);
    }
    this.slotDay[slot] = day;
    this.slotMonth[slot] = month;
    this.slotHour[slot] = hourOfWeek(day * MINUTES_PER_DAY);
    if (day < this.minDay) this.minDay = day;
    if (day > this.maxDay) this.maxDay = day;
    return month;
  }

  /** Adds category `from`'s weights to `into`'s in every month and clears `from` (a name folded into "Other"). */
  fold(from: number, into: number): void {
    for (const [mi, w] of this.months) {
      if (from >= w.length || w[from] === 0) continue;
      let month = w;
      if (into >= month.length) {
        month = new Float64Array(Math.max(into + 1, w.length * 2));
        month.set(w);
        this.months.set(mi, month);
        for (let k = 0; k < DAY_SLOTS; k++) if (this.slotMonth[k] === w) this.slotMonth[k] = month;
      }
      month[into]! += month[from]!;
      month[from] = 0;
    }
  }

  /** Adds channel `from`'s weekly profile to `into`'s and clears `from` (a channel name folded into "Other"). */
  foldChannel(from: number, into: number): void {
    const a = this.channelHours[from] ?? null;
    if (a === null) return;
    const b = (this.channelHours[into] ??= new Float64Array(HOURS_PER_WEEK));
    for (let h = 0; h < HOURS_PER_WEEK; h++) b[h]! += a[h]!;
    this.channelHours[from] = null;
  }

  /** Room for more categories in a month's weights; the cache follows the new array. */
  private grow(day: number, month: Float64Array, category: number): Float64Array {
    const grown = new Float64Array(Math.max(category + 1, month.length * 2));
    grown.set(month);
    this.months.set(monthIndexOfDay(day), grown);
    for (let k = 0; k < DAY_SLOTS; k++) if (this.slotMonth[k] === month) this.slotMonth[k] = grown;
    return grown;
  }

  /**
   * The summary, with `categories` entries per month. `coverEndMinutes`: minutes after the
   * last timestamp that the data still covers (an interval's length; 0 for tickets).
   */
  summarize(categories: number, coverEndMinutes = 0, channelGroups: readonly (readonly number[])[] = []): DatedSummary | null {
    if (this.months.size === 0) return null;
    const lastCovered = Math.floor((this.maxMinute + Math.max(0, coverEndMinutes - 1)) / MINUTES_PER_DAY);
    const endDay = Math.max(this.maxDay, lastCovered);
    const keys = [...this.months.keys()].sort((a, b) => a - b);
    const months: MonthVolume[] = keys.map((mi) => {
      const w = this.months.get(mi)!;
      const byCategory = Array.from({ length: categories }, (_, i) => w[i] ?? 0);
      const year = Math.floor(mi / 12);
      const month = mi - year * 12 + 1;
      const first = daysFromCivil(year, month, 1);
      const last = first + daysInMonth(year, month) - 1;
      return {
        month: monthLabel(mi),
        contacts: byCategory.reduce((a, b) => a + b, 0),
        complete: this.minDay <= first && endDay >= last,
        byCategory,
      };
    });
    return {
      firstMinute: this.minMinute,
      lastMinute: this.maxMinute,
      months,
      hourOfWeek: this.timedWeight > 0 ? Array.from(this.hourOfWeek) : null,
      withoutTime: this.withoutTime,
      hourOfWeekByChannel: channelGroups.length === 0 ? null : channelGroups.map((group) => this.groupHours(group)),
    };
  }

  /** The weekly profile of channel slots taken together; null when none of them had a time of day. */
  private groupHours(group: readonly number[]): number[] | null {
    const out = new Array<number>(HOURS_PER_WEEK).fill(0);
    let any = false;
    for (const slot of group) {
      const h = this.channelHours[slot] ?? null;
      if (h === null) continue;
      any = true;
      for (let k = 0; k < HOURS_PER_WEEK; k++) out[k]! += h[k]!;
    }
    return any && out.some((w) => w > 0) ? out : null;
  }
}

/** Reads each timestamp under the settled (or both open) date orders and feeds the states. */
export class DateTracker {
  private readonly states: Partial<Record<DateOrder, DatedState>>;
  private order: DateOrder | null;
  private readonly source: DateOrderOutcome['source'];
  private decidedBy: { row: number; value: string } | null = null;
  private conflicting = 0;
  private ambiguous = 0;
  private readonly examples: string[] = [];
  /** Reason of the last rejected read. */
  reason = '';
  /** The last read's day (in the first reading), its day in the other reading, and whether they differ. */
  dayA = 0;
  dayB = 0;
  split = false;

  constructor(choice: DateOrderChoice) {
    if (choice === 'auto') {
      this.order = null;
      this.source = 'open';
      // Both readings share one state until a date reads differently in each (see commit).
      const shared = new DatedState();
      this.states = { dmy: shared, mdy: shared };
    } else {
      this.order = choice;
      this.source = 'given';
      this.states = { [choice]: new DatedState() };
    }
  }

  /** The date order, once given or settled by a date that reads one way only; null while open. */
  get settled(): DateOrder | null {
    return this.order;
  }

  /** Checks one timestamp; false (with {@link reason}) rejects the row. Commit with {@link commit}. */
  read(status: TimestampStatus, parts: TimestampParts, raw: string, row: number): boolean {
    this.split = false;
    if (status === TS_INVALID) {
      const year = outOfRangeYear(raw);
      this.reason = year === null ? msg.badTimestamp(raw) : msg.yearOutOfRange(raw, year);
      return false;
    }
    if (status !== TS_PAIR) {
      this.dayA = dayOf(status, parts, 'dmy');
      return true;
    }
    const dmy = dayOf(status, parts, 'dmy');
    const mdy = dayOf(status, parts, 'mdy');
    const dmyOk = !Number.isNaN(dmy);
    const mdyOk = !Number.isNaN(mdy);
    if (!dmyOk && !mdyOk) {
      const year = parts.year < 1900 || parts.year > 2199 ? parts.year : null;
      this.reason = year === null ? msg.badTimestamp(raw) : msg.yearOutOfRange(raw, year);
      return false;
    }
    if (this.order !== null) {
      const day = this.order === 'dmy' ? dmy : mdy;
      if (Number.isNaN(day)) {
        this.conflicting++;
        this.reason = msg.conflictingDate(raw, this.order, this.decidedBy);
        return false;
      }
      this.dayA = day;
      return true;
    }
    if (dmyOk && mdyOk) {
      if (dmy === mdy) {
        this.dayA = dmy;
        return true;
      }
      this.ambiguous++;
      if (this.examples.length < 5 && this.ambiguous <= 10_000) {
        // One example per date: the same day at other times says nothing new.
        const cell = raw.trim();
        const date = cell.split(/[\sT]/)[0];
        if (!this.examples.some((e) => e.split(/[\sT]/)[0] === date)) this.examples.push(cell);
      }
      this.dayA = dmy;
      this.dayB = mdy;
      this.split = true;
      return true;
    }
    // Only one order reads this date: it settles the file.
    this.order = dmyOk ? 'dmy' : 'mdy';
    this.decidedBy = { row, value: raw.trim() };
    for (const k of Object.keys(this.states) as DateOrder[]) if (k !== this.order) delete this.states[k];
    this.dayA = dmyOk ? dmy : mdy;
    return true;
  }

  /** Sets the last read back to a day kept from earlier (an event log's first event), for {@link commit}. */
  restore(dayA: number, dayB: number, split: boolean): void {
    this.dayA = dayA;
    this.dayB = dayB;
    this.split = split;
  }

  /** Adds the last successfully read timestamp. */
  commit(minuteOfDay: number, category: number, weight: number, channel = -1): void {
    const dmy = this.states.dmy;
    let mdy = this.states.mdy;
    if (this.split) {
      if (dmy !== undefined && dmy === mdy) this.states.mdy = mdy = dmy.clone();
      dmy?.add(this.dayA, minuteOfDay, category, weight, channel);
      mdy?.add(this.dayB, minuteOfDay, category, weight, channel);
      return;
    }
    if (dmy) dmy.add(this.dayA, minuteOfDay, category, weight, channel);
    if (mdy && mdy !== dmy) mdy.add(this.dayA, minuteOfDay, category, weight, channel);
  }

  /** Folds channel `from`'s weekly profile into `into`'s in every reading. */
  foldChannel(from: number, into: number): void {
    const dmy = this.states.dmy;
    const mdy = this.states.mdy;
    dmy?.foldChannel(from, into);
    if (mdy && mdy !== dmy) mdy.foldChannel(from, into);
  }

  /** Folds category `from` into `into` in every reading. */
  fold(from: number, into: number): void {
    const dmy = this.states.dmy;
    const mdy = this.states.mdy;
    dmy?.fold(from, into);
    if (mdy && mdy !== dmy) mdy.fold(from, into);
  }

  /** The outcome, the question when the order is still open, and the summaries per reading. */
  finish(
    categories: number,
    coverEndMinutes = 0,
    channelGroups: readonly (readonly number[])[] = [],
  ): {
    outcome: DateOrderOutcome;
    question: DateOrderQuestion | null;
    dated: Partial<Record<DateOrder, DatedSummary>>;
  } {
    const dated: Partial<Record<DateOrder, DatedSummary>> = {};
    const open = this.order === null && this.ambiguous > 0;
    for (const k of Object.keys(this.states) as DateOrder[]) {
      // Without ambiguous dates both readings are identical: keep one.
      if (!open && this.order === null && k === 'mdy') continue;
      const s = this.states[k]!.summarize(categories, coverEndMinutes, channelGroups);
      if (s) dated[k] = s;
    }
    const source: DateOrderOutcome['source'] = this.source === 'given' ? 'given' : this.order !== null ? 'detected' : open ? 'open' : 'none';
    return {
      outcome: {
        source,
        order: this.order,
        evidence: this.decidedBy,
        conflictingRows: this.conflicting,
        ambiguousRows: this.ambiguous,
      },
      question: open ? { examples: [...this.examples], ambiguousRows: this.ambiguous } : null,
      dated,
    };
  }
}

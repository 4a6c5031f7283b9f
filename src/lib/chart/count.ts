/**
 * The chart's first step: the events counted per day they fall on, and the
 * events known only to their month or year per month or year (the bands).
 * A period (an event with `end`) counts once, on its first day; it widens
 * the chart to its last day.
 */
import type { EventDate } from '../../domain.ts';
import { dayKey, monthKey, yearKey } from '../dates/keys.ts';
import { compareEventDates, periodEnd } from '../dates/periods.ts';
import { periodDays } from './bins.ts';
import type { ChartInput } from './model.ts';

export interface UndatedCount {
  kind: 'month' | 'year';
  count: number;
  /** First and last day (day keys) of the month or year. */
  first: string;
  last: string;
  date: EventDate;
}

export interface EventCounts {
  /** The earliest date, and the latest end of a period with its last day. */
  first: EventDate;
  last: { date: EventDate; day: string };
  /** Events per day key, with a date on that day. */
  days: Map<string, { count: number; date: EventDate }>;
  /** Events known only to their month or year, per month or year key. */
  undated: Map<string, UndatedCount>;
}

/** Counts non-empty `events` per day, and per month or year where the day is not known. */
export function countEvents(events: readonly ChartInput[], zone: string): EventCounts {
  let first: EventDate | undefined;
  let last: { date: EventDate; day: string } | undefined;
  const dayCounts = new Map<string, { count: number; date: EventDate }>();
  const bandCounts = new Map<string, UndatedCount>();
  for (const { date } of events) {
    if (!first || compareEventDates(date, first) < 0) first = date;
    const days = periodDays(date, zone);
    if (!last || periodEnd(date, zone) > periodEnd(last.date, zone)) last = { date, day: days.last };
    const day = dayKey(date, zone);
    if (day) {
      const counted = dayCounts.get(day);
      if (counted) counted.count++;
      else dayCounts.set(day, { count: 1, date });
      continue;
    }
    const kind = date.precision === 'year' ? 'year' : 'month';
    const key = kind === 'year' ? yearKey(date, zone) : monthKey(date, zone)!;
    const band = bandCounts.get(key) ?? { kind, count: 0, ...days, date };
    band.count++;
    bandCounts.set(key, band);
  }
  return { first: first!, last: last!, days: dayCounts, undated: bandCounts };
}

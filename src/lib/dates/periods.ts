/**
 * Where a date's period starts and ends in the site's zone, and timeline
 * order. All calendar work goes through luxon; nothing here adds or
 * subtracts time by hand.
 */
import { DateTime } from 'luxon';
import type { EventDate, Precision } from '../../domain.ts';
import { historianYear } from './years.ts';

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, time: 3 };

/**
 * Starts, by zone and instant. Luxon's DateTime is immutable, so one object
 * serves every caller; computing a zone's offset (from Intl) was the largest
 * cost of rendering a big timeline, where each event's date is shown on a
 * dozen pages and feeds.
 */
const starts = new Map<string, DateTime>();

/** The start of the date's period (or its instant) in the site's zone. */
export function toDateTime(date: EventDate, zone: string): DateTime {
  const key = `${zone} ${date.epoch}`;
  let start = starts.get(key);
  if (!start) {
    start = DateTime.fromMillis(date.epoch, { zone });
    starts.set(key, start);
  }
  return start;
}

/** The last moment of the date's period: for a day, 23:59:59.999 that day. */
export function periodEnd(date: EventDate, zone: string): DateTime {
  const start = toDateTime(date, zone);
  return date.precision === 'time' ? start : start.endOf(date.precision);
}

/**
 * Timeline order: by the start of the period; within the same start, less
 * precise first (a month-only event opens its month). Callers break the
 * remaining ties by event id, so the order never depends on file-system order.
 */
export function compareEventDates(a: EventDate, b: EventDate): number {
  const byStart = a.epoch - b.epoch;
  if (byStart !== 0) return byStart;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** Is `end` at or after `date` (comparing the end of `end`'s period with the start of `date`)? */
export function endsAfterStart(date: EventDate, end: EventDate, zone: string): boolean {
  return periodEnd(end, zone) >= toDateTime(date, zone);
}

/** Today's date in `zone`, in the day form (`2020-01-17`): when an entry is published, by the site's calendar. */
export function todayIn(zone: string, now: DateTime = DateTime.now()): string {
  return now.setZone(zone).toISODate()!;
}

/** The historian's year of a date's start in the site's zone, e.g. -44 for 44 BC. */
export function yearOf(date: EventDate, zone: string): number {
  return historianYear(toDateTime(date, zone).year);
}

/** Whether the date lies before Christ (in the site's zone). */
export function isBeforeChrist(date: EventDate, zone: string): boolean {
  return toDateTime(date, zone).year <= 0;
}

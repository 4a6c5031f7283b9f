/**
 * Keys of the year, month and day a date falls in (`2020`, `2020-01`,
 * `2020-01-17`; `-0044` before Christ), for archive pages and headings, and
 * the way back from a key to its period.
 */
import { DateTime } from 'luxon';
import type { EventDate } from '../../domain.ts';
import { toDateTime } from './periods.ts';
import { toAstronomical, yearText } from './years.ts';

/** Key of the year the date falls in: `2020`, `0476`, `-0044`. Keys sort as text only within one era; order by events. */
export function yearKey(date: EventDate, zone: string): string {
  return yearText(toDateTime(date, zone).year);
}

/** Key of the month the date falls in (`2020-01`), or null for a year-only date. */
export function monthKey(date: EventDate, zone: string): string | null {
  return date.precision === 'year' ? null : `${yearKey(date, zone)}-${toDateTime(date, zone).toFormat('LL')}`;
}

/** Key of the day the date falls in (`2020-01-17`), or null when the day is not known. */
export function dayKey(date: EventDate, zone: string): string | null {
  return date.precision === 'day' || date.precision === 'time'
    ? `${yearKey(date, zone)}-${toDateTime(date, zone).toFormat('LL-dd')}`
    : null;
}

const KEY = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** The start of a year, month or day key (`-0044`, `2020-01`, `2020-01-17`) in the zone. */
export function keyStart(key: string, zone: string): DateTime {
  const match = KEY.exec(key);
  if (!match) throw new Error(`not a date key: ${key}`);
  return DateTime.fromObject(
    {
      year: toAstronomical(Number(match[1])),
      month: match[2] ? Number(match[2]) : 1,
      day: match[3] ? Number(match[3]) : 1,
    },
    { zone },
  );
}

/** The year key of a year, month or day key: `2020-01-17` → `2020`, `-0044-03` → `-0044`. */
export function yearOfKey(key: string): string {
  return KEY.exec(key)?.[1] ?? key;
}

/** The month number (`01`) of a month or day key. */
export function monthOfKey(key: string): string {
  return KEY.exec(key)?.[2] ?? '';
}

/** The key of the year before a year key: `1850` → `1849`, `0001` → `-0001`. */
export function previousYearKey(key: string, zone: string): string {
  return yearText(keyStart(key, zone).minus({ years: 1 }).year);
}

/** Keys in time order (for keys of one kind: years, months or days). */
export function compareKeys(a: string, b: string, zone: string): number {
  return keyStart(a, zone).toMillis() - keyStart(b, zone).toMillis();
}

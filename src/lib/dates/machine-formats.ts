/**
 * Dates as machines read them: ISO 8601 for exports and `<time datetime>`,
 * RFC 2822 for RSS, RFC 3339 for JSON Feed, and the search index's sort key.
 * Every value is computed in the site's zone from the exact instant, so none
 * depends on the build machine.
 */
import type { DateTime } from 'luxon';
import type { EventDate } from '../../domain.ts';
import { isBeforeChrist, toDateTime } from './periods.ts';
import { yearText } from './years.ts';

/** Whether the zone's offset at `dt` is a whole number of minutes (it is not in local mean time, e.g. New York before 1883). */
function wholeMinuteOffset(dt: DateTime): boolean {
  return Number.isInteger(dt.offset);
}

/** The instant as ISO 8601 with the zone's offset, or in UTC where that offset has seconds (ISO offsets have none). */
function isoInstant(dt: DateTime): string {
  const exact = wholeMinuteOffset(dt) ? dt : dt.toUTC();
  if (exact.year >= 1) return exact.toISO({ suppressMilliseconds: true, suppressSeconds: true })!;
  const clock = exact.toFormat(exact.millisecond ? 'HH:mm:ss.SSS' : exact.second ? 'HH:mm:ss' : 'HH:mm');
  return `${yearText(exact.year)}-${exact.toFormat('LL-dd')}T${clock}${exact.offset === 0 ? 'Z' : exact.toFormat('ZZ')}`;
}

/**
 * The date as precise as it is known, in the site's zone, for exports
 * (events.csv, JSON Feed, JSON-LD): `2020`, `2020-01`, `2020-01-17`,
 * `2020-01-17T14:30:15+01:00`. Years before Christ are written as in
 * `date`: `-0044-03-15` is 15 March 44 BC. A time whose offset has seconds
 * (local mean time) is given in UTC, which says the instant exactly.
 */
export function isoDate(date: EventDate, zone: string): string {
  const dt = toDateTime(date, zone);
  switch (date.precision) {
    case 'year':
      return yearText(dt.year);
    case 'month':
      return `${yearText(dt.year)}-${dt.toFormat('LL')}`;
    case 'day':
      return `${yearText(dt.year)}-${dt.toFormat('LL-dd')}`;
    case 'time':
      return isoInstant(dt);
  }
}

/**
 * The value for `<time datetime>`: as precise as the date, never more; or
 * undefined (leave the attribute off) for a date before Christ. HTML's date
 * strings have a year of four or more digits above 0 and no era, so no value
 * can say "44 BC"; the element's text still does.
 */
export function datetimeAttribute(date: EventDate, zone: string): string | undefined {
  return isBeforeChrist(date, zone) ? undefined : isoDate(date, zone);
}

/**
 * The start of the date's period (or its instant) in RFC 2822, for RSS:
 * "Wed, 01 Jan 2020 00:00:00 +0100" with the site zone's offset (in GMT
 * where the offset has seconds). Undefined before AD 1, which RFC 2822 cannot write.
 */
export function rfc2822(date: EventDate, zone: string): string | undefined {
  const dt = toDateTime(date, zone);
  if (dt.year < 1) return undefined;
  const exact = wholeMinuteOffset(dt) ? dt : dt.toUTC();
  return exact.toRFC2822()!;
}

/**
 * The start of the date's period (or its instant) in RFC 3339, for JSON
 * Feed: "2020-01-01T00:00:00+01:00" with the site zone's offset (in UTC
 * where the offset has seconds). Undefined before AD 1: RFC 3339 years are 0000–9999.
 */
export function rfc3339(date: EventDate, zone: string): string | undefined {
  const dt = toDateTime(date, zone);
  if (dt.year < 1) return undefined;
  const exact = wholeMinuteOffset(dt) ? dt : dt.toUTC();
  return exact.toISO({ suppressMilliseconds: true })!;
}

/**
 * A text key that sorts as the instants do, for the search index's date
 * sort: the instant in UTC as ISO 8601 (`2020-01-17T13:30:00Z`). Before
 * Christ, a minus sign (which sorts before every digit) and the year counted
 * up from 9999 BC (`-0001` is 9999 BC, `-9956` 44 BC), so earlier years sort first.
 */
export function utcSortKey(date: EventDate, zone: string): string {
  const utc = toDateTime(date, zone).toUTC();
  if (utc.year >= 1) return utc.toISO({ suppressMilliseconds: true })!;
  return `-${String(9999 + utc.year).padStart(4, '0')}-${utc.toFormat("LL-dd'T'HH:mm:ss'Z'")}`;
}

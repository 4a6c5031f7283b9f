/**
 * Event dates: parsing what an editor wrote, at the precision it was written,
 * and everything derived from it (sort keys, grouping keys, labels, the
 * `datetime` attribute). All calendar work goes through luxon; nothing here
 * adds or subtracts time by hand.
 *
 * The form written sets the precision:
 *   2020                 year
 *   2020-01              month
 *   2020-01-17           day
 *   2020-01-17T14:30     time, local to the site's zone (a space instead of T is fine; seconds optional)
 *   2020-01-16T23:30Z    time with an offset (Z or ±hh:mm): an instant, shown in the site's zone
 */
import { DateTime, IANAZone, Interval } from 'luxon';

export type Precision = 'year' | 'month' | 'day' | 'time';

/** A parsed event date. Plain data, so it survives Astro's content store. */
export interface EventDate {
  /** The value normalised to the form the editor wrote, e.g. `2020-01` or `2020-01-17T14:30`. */
  written: string;
  precision: Precision;
  /** Start of the period (or the instant), as an ISO date-time in the site's zone, with offset. */
  start: string;
}

export const ACCEPTED_DATE_FORMS = [
  '2020',
  '2020-01',
  '2020-01-17',
  '2020-01-17T14:30',
  '2020-01-17T14:30+01:00',
  '2020-01-16T23:30:00Z',
] as const;

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, time: 3 };

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Date and time with optional seconds and optional offset; T or a single space between them.
const TIME = /^(\d{4}-\d{2}-\d{2})[T ]((?:[01]\d|2[0-3]):[0-5]\d(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export class DateParseError extends Error {
  override name = 'DateParseError';
}

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * Turns what YAML gave us into the string the editor wrote.
 * - numbers: YAML reads an unquoted `2020` as a number;
 * - Date objects: some YAML parsers (js-yaml, used by Astro itself) turn unquoted
 *   `2020-01-17` or `2020-01-17 14:30:00` into a Date at that wall-clock time in UTC.
 *   The wall clock is what the editor wrote, so we read the UTC fields back.
 *   (The project's own reader keeps timestamps as strings; this is the fallback.)
 */
function writtenForm(value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new DateParseError('is not a valid date');
    const wallClock = DateTime.fromJSDate(value, { zone: 'utc' });
    const isMidnight = wallClock.hour === 0 && wallClock.minute === 0 && wallClock.second === 0 && wallClock.millisecond === 0;
    return isMidnight ? wallClock.toFormat('yyyy-LL-dd') : wallClock.toFormat("yyyy-LL-dd'T'HH:mm");
  }
  throw new DateParseError(`must be a date, not ${describeType(value)}`);
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

function invalid(written: string): never {
  throw new DateParseError(`"${written}" is not a date that exists`);
}

/** Parses an event date written in one of the accepted forms, in the given IANA zone. */
export function parseEventDate(value: unknown, zone: string): EventDate {
  const written = writtenForm(value);
  const opts = { zone, setZone: true } as const;

  let parsed: DateTime;
  let precision: Precision;
  let normalised = written;

  if (YEAR.test(written)) {
    precision = 'year';
    parsed = DateTime.fromFormat(written, 'yyyy', opts);
  } else if (MONTH.test(written)) {
    precision = 'month';
    parsed = DateTime.fromFormat(written, 'yyyy-LL', opts);
  } else if (DAY.test(written)) {
    precision = 'day';
    parsed = DateTime.fromFormat(written, 'yyyy-LL-dd', opts);
  } else {
    const match = TIME.exec(written);
    if (!match) {
      throw new DateParseError(`"${written}" is not in an accepted form`);
    }
    precision = 'time';
    const [, day, clock, offset] = match;
    const iso = `${day}T${clock}${offset ? normaliseOffset(offset) : ''}`;
    parsed = offset
      ? DateTime.fromISO(iso, { setZone: true }).setZone(zone)
      : DateTime.fromISO(iso, opts);
    normalised = `${day}T${clock}${offset ? normaliseOffset(offset) : ''}`;
  }

  if (!parsed.isValid) invalid(written);
  return { written: normalised, precision, start: parsed.toISO({ suppressMilliseconds: true })! };
}

function normaliseOffset(offset: string): string {
  if (offset.toUpperCase() === 'Z') return 'Z';
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/** The start of the date's period (or its instant) in the site's zone. */
export function toDateTime(date: EventDate, zone: string): DateTime {
  return DateTime.fromISO(date.start, { zone });
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
  const byStart = Date.parse(a.start) - Date.parse(b.start);
  if (byStart !== 0) return byStart;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** Is `end` at or after `date` (comparing the end of `end`'s period with the start of `date`)? */
export function endsAfterStart(date: EventDate, end: EventDate, zone: string): boolean {
  return periodEnd(end, zone) >= toDateTime(date, zone);
}

/** The value for `<time datetime>`: as precise as the date, never more. */
export function datetimeAttribute(date: EventDate, zone: string): string {
  const dt = toDateTime(date, zone);
  switch (date.precision) {
    case 'year':
      return dt.toFormat('yyyy');
    case 'month':
      return dt.toFormat('yyyy-LL');
    case 'day':
      return dt.toFormat('yyyy-LL-dd');
    case 'time':
      return dt.toISO({ suppressMilliseconds: true, suppressSeconds: true })!;
  }
}

/** Key of the month the date falls in (`2020-01`), or null for a year-only date. */
export function monthKey(date: EventDate, zone: string): string | null {
  return date.precision === 'year' ? null : toDateTime(date, zone).toFormat('yyyy-LL');
}

/** Key of the day the date falls in (`2020-01-17`), or null when the day is not known. */
export function dayKey(date: EventDate, zone: string): string | null {
  return date.precision === 'day' || date.precision === 'time' ? toDateTime(date, zone).toFormat('yyyy-LL-dd') : null;
}

export function yearKey(date: EventDate, zone: string): string {
  return toDateTime(date, zone).toFormat('yyyy');
}

/** "2020", "januari 2020", "vrijdag 17 januari 2020" or "vrijdag 17 januari 2020, 14:30". */
export function formatDate(date: EventDate, zone: string, locale: string): string {
  const dt = toDateTime(date, zone).setLocale(locale);
  switch (date.precision) {
    case 'year':
      return dt.toLocaleString({ year: 'numeric' });
    case 'month':
      return dt.toLocaleString({ month: 'long', year: 'numeric' });
    case 'day':
      return dt.toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    case 'time':
      return dt.toLocaleString({
        weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      });
  }
}

/** The clock time alone ("14:30"), for entries already listed under their day. */
export function formatTime(date: EventDate, zone: string, locale: string): string | null {
  if (date.precision !== 'time') return null;
  return toDateTime(date, zone).setLocale(locale).toLocaleString({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** Heading for a month group ("januari 2020"). `key` is a monthKey. */
export function formatMonthKey(key: string, zone: string, locale: string): string {
  return DateTime.fromFormat(key, 'yyyy-LL', { zone, locale }).toLocaleString({ month: 'long', year: 'numeric' });
}

/** Heading for a day group ("vrijdag 17 januari 2020"). `key` is a dayKey. */
export function formatDayKey(key: string, zone: string, locale: string): string {
  return DateTime.fromFormat(key, 'yyyy-LL-dd', { zone, locale }).toLocaleString({
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
  });
}

/**
 * Label for a period from `date` to `end`. Same precision: one range as the
 * locale writes it ("17 – 20 januari 2020"); otherwise the two labels joined.
 */
export function formatRange(date: EventDate, end: EventDate, zone: string, locale: string): string {
  if (date.precision === end.precision && date.precision !== 'time') {
    const options: Intl.DateTimeFormatOptions =
      date.precision === 'year' ? { year: 'numeric' }
      : date.precision === 'month' ? { month: 'long', year: 'numeric' }
      : { day: 'numeric', month: 'long', year: 'numeric' };
    return Interval.fromDateTimes(toDateTime(date, zone), toDateTime(end, zone)).toLocaleString(options, { locale });
  }
  return `${formatDate(date, zone, locale)} – ${formatDate(end, zone, locale)}`;
}

/** The label for an event's date, or its period when it has an end. */
export function eventDateLabel(date: EventDate, end: EventDate | undefined, zone: string, locale: string): string {
  return end ? formatRange(date, end, zone, locale) : formatDate(date, zone, locale);
}

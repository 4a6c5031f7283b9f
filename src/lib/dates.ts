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

/**
 * The accepted forms as one regular expression (source text, no flags), for
 * forms that check a date as it is typed (the web editor). It checks only the
 * shape: a year of one to four digits, optionally negative (BC), then month,
 * day and a time with an optional offset. Whether the date exists is the
 * parser's job (parseEventDate), which also runs in the checker.
 */
export const DATE_FORM_PATTERN = String.raw`^-?\d{1,4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}:?\d{2})?)?)?)?$`;

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

/**
 * Parsed starts, by zone and ISO start. Luxon's DateTime is immutable, so one
 * object serves every caller; parsing with a zone (its offset comes from Intl)
 * was the largest cost of rendering a big timeline, where each event's date is
 * shown on a dozen pages and feeds.
 */
const parsedStarts = new Map<string, DateTime>();

/** The start of the date's period (or its instant) in the site's zone. */
export function toDateTime(date: EventDate, zone: string): DateTime {
  const key = `${zone} ${date.start}`;
  let parsed = parsedStarts.get(key);
  if (!parsed) {
    parsed = DateTime.fromISO(date.start, { zone });
    parsedStarts.set(key, parsed);
  }
  return parsed;
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

const formattedDates = new Map<string, string>();

/**
 * Day labels in day-month-year order with the locale's own names:
 * "vrijdag 17 januari 2020", "Friday 17 January 2020" (the order of the
 * site's languages; Intl's en-GB would add a comma after the weekday).
 */
const DAY_LABEL = 'EEEE d MMMM yyyy';

/** "2020", "januari 2020", "vrijdag 17 januari 2020" or "vrijdag 17 januari 2020, 14:30". */
export function formatDate(date: EventDate, zone: string, locale: string): string {
  const key = `${zone} ${locale} ${date.precision} ${date.start}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    formatted = formatDateUncached(date, zone, locale);
    formattedDates.set(key, formatted);
  }
  return formatted;
}

function formatDateUncached(date: EventDate, zone: string, locale: string): string {
  const dt = toDateTime(date, zone).setLocale(locale);
  switch (date.precision) {
    case 'year':
      return dt.toLocaleString({ year: 'numeric' });
    case 'month':
      return dt.toLocaleString({ month: 'long', year: 'numeric' });
    case 'day':
      return dt.toFormat(DAY_LABEL);
    case 'time':
      return `${dt.toFormat(DAY_LABEL)}, ${dt.toFormat('HH:mm')}`;
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
  return DateTime.fromFormat(key, 'yyyy-LL-dd', { zone, locale }).toFormat(DAY_LABEL);
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

// ---------------------------------------------------------------------------
// Feeds, exports and the overview chart. Every value below is computed in the
// site's zone from the date as written, so none depends on the build machine.

/** The start of the date's period (or its instant) in RFC 2822 with the site zone's offset, for RSS: "Wed, 01 Jan 2020 00:00:00 +0100". */
export function rfc2822(date: EventDate, zone: string): string {
  return toDateTime(date, zone).toRFC2822()!;
}

/** The start of the date's period (or its instant) in RFC 3339 with the site zone's offset, for JSON Feed: "2020-01-01T00:00:00+01:00". */
export function rfc3339(date: EventDate, zone: string): string {
  return toDateTime(date, zone).toISO({ suppressMilliseconds: true })!;
}

/** A date as TimelineJS reads it: the wall-clock parts in the site's zone, only as far as the precision goes. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export function dateParts(date: EventDate, zone: string): DateParts {
  const dt = toDateTime(date, zone);
  switch (date.precision) {
    case 'year':
      return { year: dt.year };
    case 'month':
      return { year: dt.year, month: dt.month };
    case 'day':
      return { year: dt.year, month: dt.month, day: dt.day };
    case 'time':
      return { year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute };
  }
}

/**
 * When an event happens, as a calendar entry: a day (or run of days) as an
 * all-day entry, a time as an instant in UTC. `end` is exclusive, as
 * iCalendar wants it: the day after the last day, or the end instant. Null
 * for month- and year-only dates, which no calendar day can stand for.
 */
export type CalendarSpan =
  | { allDay: true; start: DateTime; end: DateTime }
  | { allDay: false; start: DateTime; end: DateTime | undefined };

export function calendarSpan(date: EventDate, end: EventDate | undefined, zone: string): CalendarSpan | null {
  if (date.precision === 'year' || date.precision === 'month') return null;
  const start = toDateTime(date, zone);
  if (date.precision === 'day') {
    const last = end ? periodEnd(end, zone) : start;
    return { allDay: true, start, end: last.startOf('day').plus({ days: 1 }) };
  }
  if (!end) return { allDay: false, start: start.toUTC(), end: undefined };
  const until = end.precision === 'time' ? toDateTime(end, zone) : periodEnd(end, zone).startOf('day').plus({ days: 1 });
  return { allDay: false, start: start.toUTC(), end: until.toUTC() };
}

/** First and last day (`2020-01-01`, `2020-01-31`) of the date's period in the site's zone. */
export function periodDays(date: EventDate, zone: string): { first: string; last: string } {
  return { first: toDateTime(date, zone).toFormat('yyyy-LL-dd'), last: periodEnd(date, zone).toFormat('yyyy-LL-dd') };
}

export type BinUnit = 'day' | 'week' | 'month';

/** The bin a day (`2020-01-17`) falls in: the day itself, the Monday of its ISO week, or its month (`2020-01`). */
export function binKey(day: string, unit: BinUnit, zone: string): string {
  const dt = DateTime.fromFormat(day, 'yyyy-LL-dd', { zone });
  if (unit === 'day') return day;
  if (unit === 'week') return dt.startOf('week').toFormat('yyyy-LL-dd');
  return dt.toFormat('yyyy-LL');
}

/** Every bin from the one holding `first` to the one holding `last` (days `yyyy-LL-dd`), in order. */
export function binKeys(first: string, last: string, unit: BinUnit, zone: string): string[] {
  const step = unit === 'day' ? { days: 1 } : unit === 'week' ? { weeks: 1 } : { months: 1 };
  const format = unit === 'month' ? 'yyyy-LL' : 'yyyy-LL-dd';
  const parse = (key: string) => DateTime.fromFormat(key, format, { zone });
  const stop = parse(binKey(last, unit, zone));
  const keys: string[] = [];
  for (let current = parse(binKey(first, unit, zone)); current <= stop; current = current.plus(step)) keys.push(current.toFormat(format));
  return keys;
}

/** Calendar days from `first` to `last` inclusive (both `yyyy-LL-dd`). */
export function daySpan(first: string, last: string, zone: string): number {
  const parse = (key: string) => DateTime.fromFormat(key, 'yyyy-LL-dd', { zone });
  return Math.round(parse(last).diff(parse(first), 'days').days) + 1;
}

/** "dec 2019", for axis labels. `key` is a monthKey. */
export function formatShortMonth(key: string, zone: string, locale: string): string {
  return DateTime.fromFormat(key, 'yyyy-LL', { zone, locale }).toLocaleString({ month: 'short', year: 'numeric' });
}

/** "1 december 2019": a day without its weekday. `key` is a dayKey. */
export function formatDayKeyPlain(key: string, zone: string, locale: string): string {
  return DateTime.fromFormat(key, 'yyyy-LL-dd', { zone, locale }).toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' });
}

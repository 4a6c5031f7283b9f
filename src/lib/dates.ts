/**
 * Event dates: parsing what an editor wrote, at the precision it was written,
 * and everything derived from it (sort keys, grouping keys, labels, the
 * `datetime` attribute, export values). All calendar work goes through luxon;
 * nothing here adds or subtracts time by hand.
 *
 * The form written sets the precision:
 *   2020, 476, -44       year (a minus sign is a year before Christ: -44 is 44 BC)
 *   2020-01              month
 *   2020-01-17           day
 *   2020-01-17T14:30     time, local to the site's zone (a space instead of T is fine; seconds optional)
 *   2020-01-16T23:30Z    time with an offset (Z or ±hh:mm): an instant, shown in the site's zone
 * Years run from 9999 BC to AD 9999, as historians count them: there is no
 * year 0 (1 BC is followed by AD 1). Luxon counts astronomically (year 0 is
 * 1 BC, -43 is 44 BC); the mapping between the two happens only in this
 * module, in `toAstronomical` and `historianYear`. Dates are in the
 * proleptic Gregorian calendar, as in ISO 8601 and luxon.
 *
 * An EventDate keeps its start as an exact instant (epoch milliseconds), never
 * as a string with an offset: before standard time, zones had offsets with
 * seconds (New York −4:56:02 until 1883, Monrovia −0:44:30 until 1972), and an
 * ISO string rounds those to whole minutes, which moved midnight to the day before.
 */
import type { EventDate, Precision } from '../domain.ts';

export type { EventDate, Precision };
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';

/** Whether a stored value has the shape of an EventDate (the content store may hold data from an older build). */
export function isEventDate(value: unknown): value is EventDate {
  if (typeof value !== 'object' || value === null) return false;
  const date = value as Partial<EventDate>;
  return typeof date.written === 'string' && typeof date.precision === 'string' && typeof date.epoch === 'number';
}

export const ACCEPTED_DATE_FORMS = [
  '2020',
  '2020-01',
  '2020-01-17',
  '2020-01-17T14:30',
  '2020-01-17T14:30+01:00',
  '2020-01-16T23:30:00Z',
] as const;

/** Forms for years before 1000 and before Christ, for the field reference and messages. */
export const HISTORIC_DATE_FORMS = ['476', '0476-09-04', '-44', '-0044-03-15'] as const;

export const MIN_YEAR = -9999;
export const MAX_YEAR = 9999;

/**
 * The accepted forms as one regular expression (source text, no flags), for
 * forms that check a date as it is typed (the web editor). It checks only the
 * shape: a year of one to four digits, optionally negative (BC), then month,
 * day and a time with an optional offset. Whether the date exists is the
 * parser's job (parseEventDate), which also runs in the checker.
 */
export const DATE_FORM_PATTERN = String.raw`^-?\d{1,4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}:?\d{2})?)?)?)?$`;

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, time: 3 };

const YEAR = /^(-?)(\d{1,4})$/;
const MONTH = /^(-?)(\d{4})-(\d{2})$/;
const DAY = /^(-?)(\d{4})-(\d{2})-(\d{2})$/;
// Date and time with optional seconds and optional offset; T or a single space between them.
const TIME =
  /^(-?)(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,3}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
// A month, day or time whose year has fewer than four digits (`632-06-08`).
const SHORT_YEAR = /^(-?)(\d{1,3})(-\d{1,2}(?:-\d{1,2})?(?:[T ].*)?)$/;
const LONG_YEAR = /^-?\d{5,6}(?:-|$)/;

export class DateParseError extends Error {
  override name = 'DateParseError';
  /** What to write instead, when the problem has a better answer than the field's general hint. */
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * Turns what YAML gave us into the string the editor wrote.
 * - numbers: YAML reads an unquoted `2020` or `-44` as a number (the
 *   project's reader keeps `0602` as written; see lib/frontmatter.ts);
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
    const isMidnight =
      wallClock.hour === 0 && wallClock.minute === 0 && wallClock.second === 0 && wallClock.millisecond === 0;
    return isMidnight ? wallClock.toFormat('yyyy-LL-dd') : wallClock.toFormat("yyyy-LL-dd'T'HH:mm");
  }
  throw new DateParseError(`must be a date, not ${describeType(value)}`);
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

// --- Years: historians' and astronomers' ------------------------------------

/** The astronomical year (luxon's) of a historian's year: 1 → 1, -1 (1 BC) → 0, -44 → -43. */
export function toAstronomical(historian: number): number {
  return historian < 0 ? historian + 1 : historian;
}

/** The historian's year of an astronomical one: 0 → -1 (1 BC), -43 → -44. */
export function historianYear(astronomical: number): number {
  return astronomical <= 0 ? astronomical - 1 : astronomical;
}

/** A historian's year as the date forms write it: four digits, a minus sign before Christ (`0476`, `-0044`). */
export function writtenYear(historian: number): string {
  return `${historian < 0 ? '-' : ''}${String(Math.abs(historian)).padStart(4, '0')}`;
}

/** An astronomical (luxon) year as keys and exports write it: `writtenYear` of the historian's year. */
export function yearText(astronomical: number): string {
  return writtenYear(historianYear(astronomical));
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

function checkYear(sign: string, digits: string, written: string, rest = ''): number {
  const year = Number(digits) * (sign === '-' ? -1 : 1);
  if (Number(digits) === 0) {
    throw new DateParseError(
      `"${written}" is year 0, which historians do not count: 1 BC is followed by AD 1`,
      `write -${'1'.padStart(digits.length, '0')}${rest} for 1 BC or ${'1'.padStart(digits.length, '0')}${rest} for AD 1`,
    );
  }
  return year;
}

function invalid(written: string): never {
  throw new DateParseError(`"${written}" is not a date that exists`);
}

/** The parts of a written date, to the millisecond. */
interface WrittenParts extends DateParts {
  millisecond?: number;
}

/** Parses an event date written in one of the accepted forms, in the given IANA zone. */
export function parseEventDate(value: unknown, zone: string): EventDate {
  const written = writtenForm(value);

  if (LONG_YEAR.test(written)) {
    throw new DateParseError(
      `"${written}" has a year of more than four digits`,
      `years go from -9999 (9999 BC) to 9999; write e.g. ${HISTORIC_DATE_FORMS.join(', ')}`,
    );
  }
  const short = SHORT_YEAR.exec(written);
  if (short) {
    const [, sign, digits, rest] = short;
    const fourDigits = `${sign}${digits!.padStart(4, '0')}${rest}`;
    if (Number(digits) === 0) checkYear(sign!, '0000', written, rest);
    throw new DateParseError(
      `"${written}" has a year of fewer than four digits`,
      `with a month or day, write the year with four digits: if you mean the year ${Number(digits)}${sign ? ' BC' : ''}, write ${fourDigits}`,
    );
  }

  let match: RegExpExecArray | null;
  if ((match = YEAR.exec(written))) {
    const year = checkYear(match[1]!, match[2]!, written);
    return build(written, 'year', { year }, zone);
  }
  if ((match = MONTH.exec(written))) {
    const year = checkYear(match[1]!, match[2]!, written, `-${match[3]}`);
    return build(written, 'month', { year, month: Number(match[3]) }, zone);
  }
  if ((match = DAY.exec(written))) {
    const year = checkYear(match[1]!, match[2]!, written, `-${match[3]}-${match[4]}`);
    return build(written, 'day', { year, month: Number(match[3]), day: Number(match[4]) }, zone);
  }
  match = TIME.exec(written);
  if (!match) throw new DateParseError(`"${written}" is not in an accepted form`);
  const [, sign, digits, month, day, hour, minute, second, fraction, offset] = match;
  const year = checkYear(sign!, digits!, written, `-${month}-${day}T${hour}:${minute}`);
  const parts: WrittenParts = {
    year,
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: second === undefined ? 0 : Number(second),
    millisecond: fraction === undefined ? 0 : Number(fraction.padEnd(3, '0')),
  };
  const clock = `${hour}:${minute}${second === undefined ? '' : `:${second}`}${fraction === undefined ? '' : `.${fraction}`}`;
  const normalisedOffset = offset ? normaliseOffset(offset) : undefined;
  const normalised = `${sign}${digits}-${month}-${day}T${clock}${normalisedOffset ?? ''}`;
  return build(normalised, 'time', parts, zone, normalisedOffset, written);
}

function normaliseOffset(offset: string): string {
  if (offset.toUpperCase() === 'Z') return 'Z';
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

function build(
  normalised: string,
  precision: Precision,
  parts: WrittenParts,
  zone: string,
  offset?: string,
  written = normalised,
): EventDate {
  const object = { ...parts, year: toAstronomical(parts.year) };
  const where =
    offset === undefined
      ? zone
      : offset === 'Z'
        ? FixedOffsetZone.utcInstance
        : FixedOffsetZone.parseSpecifier(`UTC${offset}`);
  const parsed = DateTime.fromObject(object, { zone: where });
  if (!parsed.isValid) invalid(written);
  if (precision === 'time' && offset === undefined)
    checkClockChange(parsed, object, zone, written, normalised.slice(normalised.indexOf('T') + 1));
  return { written: normalised, precision, epoch: parsed.toMillis() };
}

// --- Clock changes ------------------------------------------------------------

/**
 * A local time must name one instant. In a spring-forward gap it names none
 * (luxon would silently move it on); in a fall-back overlap it names two.
 */
function checkClockChange(
  parsed: DateTime,
  wanted: { hour?: number; minute?: number; second?: number },
  zone: string,
  written: string,
  clock: string,
): void {
  if (parsed.hour !== wanted.hour || parsed.minute !== wanted.minute || parsed.second !== wanted.second) {
    const { before, after } = transitionAround(parsed);
    const last = before.minus({ minutes: 1 });
    throw new DateParseError(
      `"${written}" does not exist in ${zone}: the clocks jumped from ${before.toFormat('HH:mm')} straight to ${after.toFormat('HH:mm')} that day (${offsetText(before.minus({ milliseconds: 1 }))} to ${offsetText(after)})`,
      `write a time before or after the gap, e.g. ${localText(last)} or ${localText(after)}; ${clock} by the clock before the change is ${localText(parsed)}`,
    );
  }
  const offsets = parsed.getPossibleOffsets();
  if (offsets.length > 1) {
    const sorted = [...offsets].sort((a, b) => a.toMillis() - b.toMillis());
    const options = sorted.map(
      (dt, index) => `${exactText(dt)} (${index === 0 ? 'the first time' : 'the second time'})`,
    );
    throw new DateParseError(
      `"${written}" happens twice in ${zone}: the clocks were put back that day`,
      `write it with its offset: ${options.join(' or ')}`,
    );
  }
}

/**
 * The clock change just before `after` (an instant right after a gap):
 * the last wall-clock time before it and the first after it. Found by
 * halving the interval between two instants a day apart with luxon.
 */
function transitionAround(after: DateTime): { before: DateTime; after: DateTime } {
  let high = after.toMillis();
  let low = after.minus({ days: 1 }).toMillis();
  const zone = after.zone;
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const later = offsetAt(high);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(middle) === later) high = middle;
    else low = middle;
  }
  const first = DateTime.fromMillis(high, { zone });
  // The wall clock just before the change, read with the old offset, ends where the gap begins.
  const before = DateTime.fromMillis(high, { zone: FixedOffsetZone.instance(offsetAt(low)) });
  return { before, after: first };
}

function offsetText(dt: DateTime): string {
  return Number.isInteger(dt.offset)
    ? dt.toFormat('ZZ')
    : `UTC${dt.offset < 0 ? '−' : '+'}${DateTime.fromMillis(Math.abs(dt.offset) * 60_000, { zone: 'utc' }).toFormat('H:mm:ss')}`;
}

/** A local time as an editor writes it (`2020-03-29T03:00`, seconds only when there are any). */
function localText(dt: DateTime): string {
  return `${yearText(dt.year)}-${dt.toFormat(dt.second ? "LL-dd'T'HH:mm:ss" : "LL-dd'T'HH:mm")}`;
}

/** An instant written with its offset, or in UTC where the offset has seconds. */
function exactText(dt: DateTime): string {
  if (!Number.isInteger(dt.offset)) return `${localText(dt.toUTC())}Z`;
  return `${localText(dt)}${dt.toFormat('ZZ')}`;
}

// --- Instants -------------------------------------------------------------------

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

// --- Machine-readable values ------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Feeds, exports and the overview chart. Every value below is computed in the
// site's zone from the exact instant, so none depends on the build machine.

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

/**
 * A date as TimelineJS reads it: the wall-clock parts in the site's zone,
 * only as far as the precision goes. TimelineJS counts years as historians
 * do (a negative year is BC, with no year 0).
 */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

export function dateParts(date: EventDate, zone: string): DateParts {
  const dt = toDateTime(date, zone);
  const year = historianYear(dt.year);
  switch (date.precision) {
    case 'year':
      return { year };
    case 'month':
      return { year, month: dt.month };
    case 'day':
      return { year, month: dt.month, day: dt.day };
    case 'time':
      return {
        year,
        month: dt.month,
        day: dt.day,
        hour: dt.hour,
        minute: dt.minute,
        ...(dt.second ? { second: dt.second } : {}),
      };
  }
}

/**
 * When an event happens, as a calendar entry: a day (or run of days) as an
 * all-day entry, a time as an instant in UTC. `end` is exclusive, as
 * iCalendar wants it: the day after the last day, or the end instant. Null
 * for month- and year-only dates, which no calendar day can stand for, and
 * before AD 1, which iCalendar's four-digit years cannot write.
 */
export type CalendarSpan =
  { allDay: true; start: DateTime; end: DateTime } | { allDay: false; start: DateTime; end: DateTime | undefined };

export function calendarSpan(date: EventDate, end: EventDate | undefined, zone: string): CalendarSpan | null {
  if (date.precision === 'year' || date.precision === 'month') return null;
  const start = toDateTime(date, zone);
  if (start.year < 1) return null;
  if (date.precision === 'day') {
    const last = end ? periodEnd(end, zone) : start;
    return { allDay: true, start, end: last.startOf('day').plus({ days: 1 }) };
  }
  if (!end) return { allDay: false, start: start.toUTC(), end: undefined };
  const until =
    end.precision === 'time' ? toDateTime(end, zone) : periodEnd(end, zone).startOf('day').plus({ days: 1 });
  return { allDay: false, start: start.toUTC(), end: until.toUTC() };
}

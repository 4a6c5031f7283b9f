/**
 * Parsing an event date as an editor wrote it (forms.ts), at the precision it
 * was written, in the site's zone. Dates are in the proleptic Gregorian
 * calendar, as in ISO 8601 and luxon.
 *
 * An EventDate keeps its start as an exact instant (epoch milliseconds), never
 * as a string with an offset: before standard time, zones had offsets with
 * seconds (New York −4:56:02 until 1883, Monrovia −0:44:30 until 1972), and an
 * ISO string rounds those to whole minutes, which moved midnight to the day before.
 */
import { DateTime, FixedOffsetZone } from 'luxon';
import type { EventDate, Precision } from '../../domain.ts';
import { checkClockChange } from './clock-changes.ts';
import { DateParseError, HISTORIC_DATE_FORMS } from './forms.ts';
import { toAstronomical, type DateParts } from './years.ts';

/** Whether a stored value has the shape of an EventDate (the content store may hold data from an older build). */
export function isEventDate(value: unknown): value is EventDate {
  if (typeof value !== 'object' || value === null) return false;
  const date = value as Partial<EventDate>;
  return typeof date.written === 'string' && typeof date.precision === 'string' && typeof date.epoch === 'number';
}

const YEAR = /^(-?)(\d{1,4})$/;
const MONTH = /^(-?)(\d{4})-(\d{2})$/;
const DAY = /^(-?)(\d{4})-(\d{2})-(\d{2})$/;
// Date and time with optional seconds and optional offset; T or a single space between them.
const TIME =
  /^(-?)(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,3}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
// A month, day or time whose year has fewer than four digits (`632-06-08`).
const SHORT_YEAR = /^(-?)(\d{1,3})(-\d{1,2}(?:-\d{1,2})?(?:[T ].*)?)$/;
const LONG_YEAR = /^-?\d{5,6}(?:-|$)/;

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

/** The parts of a written date, as far as they were written: a calendar date's, to the millisecond. */
type WrittenParts = DateParts & { millisecond?: number };

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

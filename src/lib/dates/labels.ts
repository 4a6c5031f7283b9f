/**
 * Dates in words, in the site's language: "vrijdag 17 januari 2020",
 * "januari 2020", "44 v.Chr.", and the headings of months, days and years.
 * Only luxon formats; the values come from periods.ts and keys.ts.
 */
import { type DateTime, Interval } from 'luxon';
import { type EventDate } from '../../domain.ts';
import { keyStart } from './keys.ts';
import { toDateTime } from './periods.ts';
import { historianYear } from './years.ts';

const formattedDates = new Map<string, string>();

/**
 * Month and day headings, by key: every list page labels the same periods
 * again, and parsing a key in its zone was the largest part of luxon's share
 * of a 10,000-event build (bench/profile-summary.ts).
 */
const keyLabels = new Map<string, string>();
function keyLabel(kind: string, key: string, zone: string, locale: string, make: () => string): string {
  const cacheKey = `${kind} ${key} ${zone} ${locale}`;
  let label = keyLabels.get(cacheKey);
  if (label === undefined) keyLabels.set(cacheKey, (label = make()));
  return label;
}

/** The first year of the Gregorian calendar (October 1582); a weekday is shown only from then on. */
const FIRST_GREGORIAN_YEAR = 1583;

/** "2020", "476", "44 v.Chr." / "44 BC": AD years unpadded, years before Christ with the locale's era. */
function yearLabel(dt: DateTime, locale: string): string {
  if (dt.year > 0) return String(dt.year);
  return `${historianYear(dt.year) * -1} ${dt.setLocale(locale).toFormat('G')}`;
}

function monthLabel(dt: DateTime, locale: string): string {
  return `${dt.setLocale(locale).toFormat('LLLL')} ${yearLabel(dt, locale)}`;
}

/**
 * Day labels in day-month-year order with the locale's own names:
 * "vrijdag 17 januari 2020", "Friday 17 January 2020" (the order of the
 * site's languages; Intl's en-GB would add a comma after the weekday).
 * Before 1583 without the weekday: the calendar is the proleptic Gregorian
 * one, and a weekday for a date a source gives in the Julian calendar would be wrong.
 */
function dayLabel(dt: DateTime, locale: string, weekday = true): string {
  const local = dt.setLocale(locale);
  const day = `${local.toFormat('d MMMM')} ${yearLabel(dt, locale)}`;
  return weekday && dt.year >= FIRST_GREGORIAN_YEAR ? `${local.toFormat('EEEE')} ${day}` : day;
}

/** "2020", "januari 2020", "vrijdag 17 januari 2020" or "vrijdag 17 januari 2020, 14:30"; "15 maart 44 v.Chr.". */
export function formatDate(date: EventDate, zone: string, locale: string): string {
  const key = `${zone} ${locale} ${date.precision} ${date.epoch}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    formatted = formatDateUncached(date, zone, locale);
    formattedDates.set(key, formatted);
  }
  return formatted;
}

function formatDateUncached(date: EventDate, zone: string, locale: string): string {
  const dt = toDateTime(date, zone);
  switch (date.precision) {
    case 'year':
      return yearLabel(dt, locale);
    case 'month':
      return monthLabel(dt, locale);
    case 'day':
      return dayLabel(dt, locale);
    case 'time':
      return `${dayLabel(dt, locale)}, ${dt.toFormat('HH:mm')}`;
  }
}

/** The clock time alone ("14:30"), for entries already listed under their day. */
export function formatTime(date: EventDate, zone: string, locale: string): string | null {
  if (date.precision !== 'time') return null;
  return toDateTime(date, zone).setLocale(locale).toFormat('HH:mm');
}

/** A year key as readers see it: "2020", "476", "44 v.Chr.". */
export function formatYearKey(key: string, zone: string, locale: string): string {
  return yearLabel(keyStart(key, zone), locale);
}

/** Heading for a month group ("januari 2020"). `key` is a monthKey. */
export function formatMonthKey(key: string, zone: string, locale: string): string {
  return keyLabel('month', key, zone, locale, () => monthLabel(keyStart(key, zone), locale));
}

/** A month's name alone ("januari"), for lists already grouped by year. `key` is a monthKey. */
export function formatMonthName(key: string, zone: string, locale: string): string {
  return keyStart(key, zone).setLocale(locale).toFormat('LLLL');
}

/** Heading for a day group ("vrijdag 17 januari 2020"). `key` is a dayKey. */
export function formatDayKey(key: string, zone: string, locale: string): string {
  return keyLabel('day', key, zone, locale, () => dayLabel(keyStart(key, zone), locale));
}

/** "1 december 2019": a day without its weekday. `key` is a dayKey. */
export function formatDayKeyPlain(key: string, zone: string, locale: string): string {
  return dayLabel(keyStart(key, zone), locale, false);
}

/** "dec 2019", "mrt 44 v.Chr.", for axis labels. `key` is a monthKey. */
export function formatShortMonth(key: string, zone: string, locale: string): string {
  const dt = keyStart(key, zone);
  return `${dt.setLocale(locale).toLocaleString({ month: 'short' })} ${yearLabel(dt, locale)}`;
}

/**
 * Label for a period from `date` to `end`. Same precision: one range as the
 * locale writes it ("17 – 20 januari 2020"); otherwise, and before Christ
 * (Intl has no era in ranges), the two labels joined.
 */
export function formatRange(date: EventDate, end: EventDate, zone: string, locale: string): string {
  const from = toDateTime(date, zone);
  const to = toDateTime(end, zone);
  if (date.precision === end.precision && date.precision !== 'time' && from.year > 0 && to.year > 0) {
    const options: Intl.DateTimeFormatOptions =
      date.precision === 'year'
        ? { year: 'numeric' }
        : date.precision === 'month'
          ? { month: 'long', year: 'numeric' }
          : { day: 'numeric', month: 'long', year: 'numeric' };
    // Intl's range formatter, through luxon (it prints years unpadded, as the labels do).
    return Interval.fromDateTimes(from, to).toLocaleString(options, { locale });
  }
  return `${formatDate(date, zone, locale)} – ${formatDate(end, zone, locale)}`;
}

/** The label for an event's date, or its period when it has an end. */
export function eventDateLabel(date: EventDate, end: EventDate | undefined, zone: string, locale: string): string {
  return end ? formatRange(date, end, zone, locale) : formatDate(date, zone, locale);
}

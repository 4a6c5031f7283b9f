/**
 * A date as other timeline and calendar formats read it: TimelineJS's date
 * parts and an iCalendar entry's span.
 */
import type { DateTime } from 'luxon';
import type { EventDate } from '../../domain.ts';
import { periodEnd, toDateTime } from './periods.ts';
import { historianYear, type DateParts } from './years.ts';

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

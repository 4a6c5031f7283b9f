/**
 * Event dates, for modules outside src/lib: one import for parsing what an
 * editor wrote and everything derived from it. Inside src/lib/dates each
 * module imports the one it needs; words for readers are labels.ts.
 */
export type { EventDate, Precision } from '../../domain.ts';
export { ACCEPTED_DATE_FORMS, DATE_FORM_PATTERN, DateParseError, HISTORIC_DATE_FORMS, isValidZone } from './forms.ts';
export { isEventDate, parseEventDate } from './parse.ts';
export { MAX_YEAR, MIN_YEAR, historianYear, toAstronomical, writtenYear, yearText, type DateParts } from './years.ts';
export {
  compareEventDates,
  endsAfterStart,
  isBeforeChrist,
  periodEnd,
  toDateTime,
  todayIn,
  yearOf,
} from './periods.ts';
export { compareKeys, dayKey, keyStart, monthKey, monthOfKey, previousYearKey, yearKey, yearOfKey } from './keys.ts';
export { datetimeAttribute, isoDate, rfc2822, rfc3339, utcSortKey } from './machine-formats.ts';
export { calendarSpan, dateParts, type CalendarSpan } from './calendar.ts';

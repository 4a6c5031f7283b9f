/**
 * A date as TimelineJS and iCalendar read it (src/lib/dates/calendar.ts): only as precise as the date,
 * in the site's zone (Amsterdam: UTC+1 in winter, UTC+2 in summer).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calendarSpan, dateParts } from '../../../src/lib/dates/calendar.ts';
import { parseEventDate } from '../../../src/lib/dates/parse.ts';

const ZONE = 'Europe/Amsterdam';
const date = (value: string, zone = ZONE) => parseEventDate(value, zone);

describe('dates for TimelineJS and iCalendar', () => {
  test('TimelineJS date parts go only as far as the precision', () => {
    assert.deepEqual(dateParts(date('2020'), ZONE), { year: 2020 });
    assert.deepEqual(dateParts(date('2020-01'), ZONE), { year: 2020, month: 1 });
    assert.deepEqual(dateParts(date('2020-01-17'), ZONE), { year: 2020, month: 1, day: 17 });
    // The wall clock in the site's zone, not in UTC.
    assert.deepEqual(dateParts(date('2020-01-16T23:30:00Z'), ZONE), {
      year: 2020,
      month: 1,
      day: 17,
      hour: 0,
      minute: 30,
    });
  });

  test('calendar spans: days all-day with an exclusive end, times in UTC, months and years none', () => {
    const day = calendarSpan(date('2020-01-17'), undefined, ZONE)!;
    assert.equal(day.allDay, true);
    assert.equal(day.start.toFormat('yyyyLLdd'), '20200117');
    assert.equal(day.end!.toFormat('yyyyLLdd'), '20200118');
    const period = calendarSpan(date('2020-01-17'), date('2020-01-20'), ZONE)!;
    assert.equal(period.end!.toFormat('yyyyLLdd'), '20200121');
    // The last Sunday of March has 23 hours in Amsterdam; the next day is still the 30th.
    assert.equal(calendarSpan(date('2020-03-29'), undefined, ZONE)!.end!.toFormat('yyyyLLdd'), '20200330');
    const time = calendarSpan(date('2020-01-17 14:30'), undefined, ZONE)!;
    assert.equal(time.allDay, false);
    assert.equal(time.start.toISO({ suppressMilliseconds: true }), '2020-01-17T13:30:00Z');
    assert.equal(time.end, undefined);
    assert.equal(calendarSpan(date('2020-01'), undefined, ZONE), null);
    assert.equal(calendarSpan(date('2020'), undefined, ZONE), null);
  });

  test('before Christ: TimelineJS years as historians count them; no calendar entry (iCalendar has no such years)', () => {
    assert.deepEqual(dateParts(date('-0044-03-15'), ZONE), { year: -44, month: 3, day: 15 });
    assert.deepEqual(dateParts(date('-1'), ZONE), { year: -1 });
    assert.equal(calendarSpan(date('-0044-03-15'), undefined, ZONE), null);
  });

  test('a time with an end: both instants in UTC; an end given as a day runs to the end of that day', () => {
    const span = calendarSpan(date('2020-01-17T14:30'), date('2020-01-17T16:00'), ZONE)!;
    assert.equal(span.allDay, false);
    assert.equal(span.end!.toISO({ suppressMilliseconds: true }), '2020-01-17T15:00:00Z');
    const untilDay = calendarSpan(date('2020-07-01T09:00'), date('2020-07-02'), ZONE)!;
    assert.equal(untilDay.start.toISO({ suppressMilliseconds: true }), '2020-07-01T07:00:00Z');
    assert.equal(untilDay.end!.toISO({ suppressMilliseconds: true }), '2020-07-02T22:00:00Z');
  });
});

/**
 * Periods and order (src/lib/dates/periods.ts): where a date's period ends, timeline order, an end
 * on or after its start, and today by the site's calendar.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEventDate } from '../../../src/lib/dates/parse.ts';
import { compareEventDates, endsAfterStart, periodEnd, todayIn } from '../../../src/lib/dates/periods.ts';
import { ZONE, parse } from '../../support/dates.ts';

describe('keys and periods', () => {
  test('periodEnd is the last moment of the period', () => {
    assert.equal(periodEnd(parse('2020-01-17'), ZONE).toISO(), '2020-01-17T23:59:59.999+01:00');
    assert.equal(periodEnd(parse('2020-02'), ZONE).toISO(), '2020-02-29T23:59:59.999+01:00');
    assert.equal(periodEnd(parse(2020), ZONE).toISO(), '2020-12-31T23:59:59.999+01:00');
    assert.equal(periodEnd(parse('2020-01-17T14:30'), ZONE).toISO(), '2020-01-17T14:30:00.000+01:00');
  });
});

describe('compareEventDates', () => {
  test('earlier start first, whatever the precision', () => {
    assert.ok(compareEventDates(parse('2019-12-31T23:59'), parse(2020)) < 0);
    assert.ok(compareEventDates(parse('2020-02'), parse('2020-01-31')) > 0);
  });

  test('at the same start, the less precise date comes first', () => {
    const written = [parse('2020-01-01T00:00'), parse('2020-01-01'), parse(2020), parse('2020-01')];
    const sorted = [...written].sort(compareEventDates);
    assert.deepEqual(
      sorted.map((date) => date.precision),
      ['year', 'month', 'day', 'time'],
    );
  });

  test('the same instant written two ways compares equal', () => {
    assert.equal(compareEventDates(parse('2020-01-17T14:30'), parse('2020-01-17T13:30:00Z')), 0);
  });
});

describe('endsAfterStart', () => {
  test('an end on the same day, or within the same period, is fine', () => {
    assert.equal(endsAfterStart(parse('2020-01-17'), parse('2020-01-17'), ZONE), true);
    assert.equal(endsAfterStart(parse('2020-01-17T14:30'), parse('2020-01-17'), ZONE), true);
    assert.equal(endsAfterStart(parse('2020-01-17'), parse('2020-01'), ZONE), true);
    assert.equal(endsAfterStart(parse('2020-06'), parse(2020), ZONE), true);
    assert.equal(endsAfterStart(parse('2020-01-17'), parse('2020-01-20'), ZONE), true);
  });

  test('an end before the start is refused', () => {
    assert.equal(endsAfterStart(parse('2020-01-17'), parse('2020-01-16'), ZONE), false);
    assert.equal(endsAfterStart(parse('2020-01-17T14:30'), parse('2020-01-17T14:00'), ZONE), false);
    assert.equal(endsAfterStart(parse('2020-02-01'), parse('2020-01'), ZONE), false);
    assert.equal(endsAfterStart(parse(2020), parse(2019), ZONE), false);
  });
});

describe('years before 1000 and before Christ', () => {
  const inZone = (value: unknown) => parseEventDate(value, ZONE);
  test('order runs by time across the era boundary', () => {
    const written = ['0001', '-0001-12-31', '-0500', '-0044-03-15', '0476', '-0044', '2020'];
    const sorted = written
      .map(inZone)
      .sort(compareEventDates)
      .map((date) => date.written);
    assert.deepEqual(sorted, ['-0500', '-0044', '-0044-03-15', '-0001-12-31', '0001', '0476', '2020']);
  });
});

describe('writtenYear and todayIn', () => {
  test("today by the site's calendar, not the machine's: 23:30 UTC on 17 January is the 18th in Amsterdam", async () => {
    const { DateTime } = await import('luxon');
    assert.equal(todayIn(ZONE, DateTime.fromISO('2020-01-17T23:30:00Z')), '2020-01-18');
    assert.equal(todayIn('America/New_York', DateTime.fromISO('2020-01-17T23:30:00Z')), '2020-01-17');
  });
});

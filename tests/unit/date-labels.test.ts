/** Dates in words (src/lib/date-labels.ts). More label cases, per zone and era, are in dates.test.ts. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatDate, formatDayKey, formatMonthKey, formatTime } from '../../src/lib/date-labels.ts';
import { parseEventDate } from '../../src/lib/dates.ts';

const ZONE = 'Europe/Amsterdam';
const parse = (value: unknown) => parseEventDate(value, ZONE);

describe('labels in Dutch', () => {
  test('formatDate per precision', () => {
    assert.equal(formatDate(parse(2020), ZONE, 'nl'), '2020');
    assert.equal(formatDate(parse('2020-01'), ZONE, 'nl'), 'januari 2020');
    assert.equal(formatDate(parse('2020-01-17'), ZONE, 'nl'), 'vrijdag 17 januari 2020');
    assert.equal(formatDate(parse('2020-07-01'), ZONE, 'nl'), 'woensdag 1 juli 2020');
  });

  test('a time label names the day and the clock time', () => {
    const label = formatDate(parse('2020-01-17T14:30'), ZONE, 'nl');
    assert.match(label, /^vrijdag 17 januari 2020\D+14:30$/);
  });

  test('formatTime only for dates with a time', () => {
    assert.equal(formatTime(parse('2020-01-17T09:05'), ZONE, 'nl'), '09:05');
    assert.equal(formatTime(parse('2020-01-17'), ZONE, 'nl'), null);
  });

  test('formatDayKey and formatMonthKey headings', () => {
    assert.equal(formatDayKey('2020-01-17', ZONE, 'nl'), 'vrijdag 17 januari 2020');
    assert.equal(formatDayKey('2020-03-29', ZONE, 'nl'), 'zondag 29 maart 2020');
    assert.equal(formatMonthKey('2020-01', ZONE, 'nl'), 'januari 2020');
    assert.equal(formatMonthKey('2019-12', ZONE, 'nl'), 'december 2019');
  });
});

/**
 * Local times around a clock change (src/lib/dates/clock-changes.ts): a local time must name exactly one instant.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type DateParseError } from '../../../src/lib/dates/forms.ts';
import { parseEventDate } from '../../../src/lib/dates/parse.ts';
import { formatTime } from '../../../src/lib/dates/labels.ts';
import { ZONE, parse } from '../../support/dates.ts';

describe('clock changes: a local time must name exactly one instant', () => {
  test('a time in the spring-forward gap names the gap and the times around it', () => {
    assert.throws(
      () => parse('2020-03-29T02:30'),
      (error: DateParseError) =>
        error.message ===
          '"2020-03-29T02:30" does not exist in Europe/Amsterdam: the clocks jumped from 02:00 straight to 03:00 that day (+01:00 to +02:00)' &&
        error.hint ===
          'write a time before or after the gap, e.g. 2020-03-29T01:59 or 2020-03-29T03:00; 02:30 by the clock before the change is 2020-03-29T03:30',
    );
    assert.throws(
      () => parseEventDate('2021-03-14T02:15', 'America/New_York'),
      /jumped from 02:00 straight to 03:00.*\(-05:00 to -04:00\)/,
    );
  });

  test('a time that happens twice offers both, with their offsets', () => {
    assert.throws(
      () => parse('2020-10-25T02:30'),
      (error: DateParseError) =>
        error.message === '"2020-10-25T02:30" happens twice in Europe/Amsterdam: the clocks were put back that day' &&
        error.hint ===
          'write it with its offset: 2020-10-25T02:30+02:00 (the first time) or 2020-10-25T02:30+01:00 (the second time)',
    );
  });

  test('each offered form is accepted and they are an hour apart; times around the change are fine', () => {
    const first = parse('2020-10-25T02:30+02:00');
    const second = parse('2020-10-25T02:30+01:00');
    assert.equal(second.epoch - first.epoch, 3_600_000);
    assert.equal(formatTime(first, ZONE, 'nl-NL'), '02:30');
    assert.equal(parse('2020-03-29T01:59').start, '2020-03-29T01:59:00+01:00');
    assert.equal(parse('2020-03-29T03:00').start, '2020-03-29T03:00:00+02:00');
    assert.equal(parse('2020-10-25T03:00').start, '2020-10-25T03:00:00+01:00');
    // A day, month or year on such a date is no problem: it starts at midnight.
    assert.equal(parse('2020-03-29').precision, 'day');
  });
});

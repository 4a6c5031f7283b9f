/** Dates in words (src/lib/dates/labels.ts), in Dutch and English, per precision and era. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dayKey, monthKey } from '../../../src/lib/dates/keys.ts';
import { formatDate, formatDayKey, formatMonthKey, formatTime } from '../../../src/lib/dates/labels.ts';
import { parseEventDate } from '../../../src/lib/dates/parse.ts';

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

describe('years before 1000 and before Christ', () => {
  const inZone = (value: unknown) => parseEventDate(value, ZONE);
  test('-44 and -0044 are 44 BC; 476 and 0476 are AD 476; labels carry the era, AD years are unpadded', () => {
    assert.equal(formatDate(inZone(-44), ZONE, 'nl-NL'), '44 v.Chr.');
    assert.equal(formatDate(inZone('-0044'), ZONE, 'en-GB'), '44 BC');
    assert.equal(formatDate(inZone('-0044-03-15'), ZONE, 'nl-NL'), '15 maart 44 v.Chr.');
    assert.equal(formatDate(inZone('-0044-03-15'), ZONE, 'en-GB'), '15 March 44 BC');
    assert.equal(formatDate(inZone('-0044-03'), ZONE, 'nl-NL'), 'maart 44 v.Chr.');
    assert.equal(formatDate(inZone(476), ZONE, 'nl-NL'), '476');
    assert.equal(formatDate(inZone('0476'), ZONE, 'nl-NL'), '476');
    assert.equal(formatMonthKey(monthKey(inZone('0622-08'), ZONE)!, ZONE, 'en-GB'), 'August 622');
    assert.equal(formatDayKey(dayKey(inZone('0622-08-08'), ZONE)!, ZONE, 'en-GB'), '8 August 622');
    assert.equal(formatDate(inZone('0622-08-08T12:00'), ZONE, 'en-GB'), '8 August 622, 12:00');
  });
});

/**
 * Dates as machines read them (src/lib/dates/machine-formats.ts): `<time datetime>`, exports and
 * the search sort key, as precise as the date and never more.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEventDate } from '../../../src/lib/dates/parse.ts';
import { compareEventDates } from '../../../src/lib/dates/periods.ts';
import { datetimeAttribute, isoDate, rfc2822, rfc3339, utcSortKey } from '../../../src/lib/dates/machine-formats.ts';
import { formatTime } from '../../../src/lib/dates/labels.ts';
import { ZONE, parse } from '../../support/dates.ts';

describe('datetimeAttribute is as precise as the date, never more', () => {
  test('per precision', () => {
    assert.equal(datetimeAttribute(parse(2020), ZONE), '2020');
    assert.equal(datetimeAttribute(parse('2020-01'), ZONE), '2020-01');
    assert.equal(datetimeAttribute(parse('2020-01-17'), ZONE), '2020-01-17');
    assert.equal(datetimeAttribute(parse('2020-01-17T14:30'), ZONE), '2020-01-17T14:30+01:00');
    assert.equal(datetimeAttribute(parse('2020-01-17T14:30:15'), ZONE), '2020-01-17T14:30:15+01:00');
  });

  test("instants carry Amsterdam's offset, +02:00 in summer", () => {
    assert.equal(datetimeAttribute(parse('2020-01-16T23:30:00Z'), ZONE), '2020-01-17T00:30+01:00');
    assert.equal(datetimeAttribute(parse('2020-07-01T12:00'), ZONE), '2020-07-01T12:00+02:00');
  });
});

describe('years before 1000 and before Christ', () => {
  const inZone = (value: unknown) => parseEventDate(value, ZONE);
  test('<time datetime> is left off before Christ (HTML has no such value); exports write the form of `date`', () => {
    assert.equal(datetimeAttribute(inZone('-0044-03-15'), ZONE), undefined);
    assert.equal(datetimeAttribute(inZone('0476-09-04'), ZONE), '0476-09-04');
    assert.equal(isoDate(inZone('-0044-03-15'), ZONE), '-0044-03-15');
    assert.equal(rfc3339(inZone('-0044-03-15'), ZONE), undefined);
  });

  test('search sort keys sort as the instants do', () => {
    const written = ['-9999', '-0500', '-0044-03-15', '-0001-12-31', '0001', '2020-01-17T14:30'];
    const keys = written.map((value) => utcSortKey(inZone(value), ZONE));
    assert.deepEqual([...keys].sort(), keys);
  });
});

describe('seconds', () => {
  test('are kept in order, datetime and exports, and left out of labels', () => {
    const a = parse('2020-01-17T14:30:01');
    const b = parse('2020-01-17T14:30:15');
    assert.ok(compareEventDates(a, b) < 0);
    assert.equal(datetimeAttribute(b, ZONE), '2020-01-17T14:30:15+01:00');
    assert.equal(isoDate(b, ZONE), '2020-01-17T14:30:15+01:00');
    assert.equal(formatTime(b, ZONE, 'nl-NL'), '14:30');
  });
});

describe('dates for feeds', () => {
  test('RFC 2822 and RFC 3339: the start of the period, with the site zone offset', () => {
    assert.equal(rfc2822(parseEventDate('2020-01', ZONE), ZONE), 'Wed, 01 Jan 2020 00:00:00 +0100');
    assert.equal(rfc2822(parseEventDate('2020', ZONE), ZONE), 'Wed, 01 Jan 2020 00:00:00 +0100');
    assert.equal(rfc2822(parseEventDate('2020-07-01', ZONE), ZONE), 'Wed, 01 Jul 2020 00:00:00 +0200');
    assert.equal(rfc2822(parseEventDate('2020-01-16T23:30:00Z', ZONE), ZONE), 'Fri, 17 Jan 2020 00:30:00 +0100');
    assert.equal(rfc3339(parseEventDate('2020-01', ZONE), ZONE), '2020-01-01T00:00:00+01:00');
    assert.equal(rfc3339(parseEventDate('2020-01-17 14:30', ZONE), ZONE), '2020-01-17T14:30:00+01:00');
    assert.equal(
      rfc3339(parseEventDate('2020-01-17', 'Pacific/Auckland'), 'Pacific/Auckland'),
      '2020-01-17T00:00:00+13:00',
    );
  });

  test('before AD 1 neither RFC can write the year: no value', () => {
    assert.equal(rfc2822(parseEventDate('-0044-03-15', ZONE), ZONE), undefined);
    assert.equal(rfc3339(parseEventDate('-1', ZONE), ZONE), undefined);
  });
});

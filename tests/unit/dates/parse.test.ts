/**
 * Parsing an event date as an editor wrote it (src/lib/dates/parse.ts): the precision follows the form
 * written, the instant is exact in the site's zone (Amsterdam here), and every impossible or wrong value
 * is refused with a message that quotes it. Expected values are worked out by hand from the calendar.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDate } from '../../../src/domain.ts';
import { DateParseError } from '../../../src/lib/dates/forms.ts';
import { parseEventDate } from '../../../src/lib/dates/parse.ts';
import { toDateTime } from '../../../src/lib/dates/periods.ts';
import { dayKey, monthKey, yearKey } from '../../../src/lib/dates/keys.ts';
import { datetimeAttribute, rfc3339 } from '../../../src/lib/dates/machine-formats.ts';
import { formatDate, formatTime } from '../../../src/lib/dates/labels.ts';
import { readFrontmatter } from '../../../src/lib/frontmatter.ts';
import { ZONE, parse, shown } from '../../support/dates.ts';

describe('parseEventDate: precision follows the form written', () => {
  test('a year as a number (unquoted YAML) and as text', () => {
    const expected = { written: '2020', precision: 'year', start: '2020-01-01T00:00:00+01:00' };
    assert.deepEqual(shown(parse(2020)), expected);
    assert.deepEqual(shown(parse('2020')), expected);
  });

  test('a month', () => {
    assert.deepEqual(shown(parse('2020-01')), {
      written: '2020-01',
      precision: 'month',
      start: '2020-01-01T00:00:00+01:00',
    });
  });

  test('a day', () => {
    assert.deepEqual(shown(parse('2020-01-17')), {
      written: '2020-01-17',
      precision: 'day',
      start: '2020-01-17T00:00:00+01:00',
    });
  });

  test('a local time with T or with a space is the wall clock in Amsterdam (winter: +01:00)', () => {
    const expected = { written: '2020-01-17T14:30', precision: 'time', start: '2020-01-17T14:30:00+01:00' };
    assert.deepEqual(shown(parse('2020-01-17T14:30')), expected);
    assert.deepEqual(shown(parse('2020-01-17 14:30')), expected);
  });

  test('seconds are kept', () => {
    assert.deepEqual(shown(parse('2020-01-17T14:30:15')), {
      written: '2020-01-17T14:30:15',
      precision: 'time',
      start: '2020-01-17T14:30:15+01:00',
    });
  });

  test('surrounding whitespace is ignored', () => {
    assert.deepEqual(parse('  2020-01-17  '), parse('2020-01-17'));
  });

  test('a UTC instant late in the evening is shown the next day in Amsterdam', () => {
    const date = parse('2020-01-16T23:30:00Z');
    assert.equal(date.precision, 'time');
    assert.equal(date.start, '2020-01-17T00:30:00+01:00');
    assert.equal(dayKey(date, ZONE), '2020-01-17');
    assert.equal(formatTime(date, ZONE, 'nl'), '00:30');
    assert.match(formatDate(date, ZONE, 'nl'), /^vrijdag 17 januari 2020\D+00:30$/);
  });

  test("an instant on New Year's Eve in UTC belongs to the new year in Amsterdam", () => {
    const date = parse('2019-12-31T23:30:00Z');
    assert.equal(yearKey(date, ZONE), '2020');
    assert.equal(monthKey(date, ZONE), '2020-01');
    assert.equal(dayKey(date, ZONE), '2020-01-01');
  });

  test('an explicit +02:00 offset in winter is converted to Amsterdam time (one hour earlier)', () => {
    // 14:30 at +02:00 is 12:30 UTC, which is 13:30 in Amsterdam in January.
    const date = parse('2020-01-17T14:30+02:00');
    assert.equal(date.written, '2020-01-17T14:30+02:00');
    assert.equal(date.start, '2020-01-17T13:30:00+01:00');
    assert.equal(formatTime(date, ZONE, 'nl'), '13:30');
  });

  test('an offset without a colon is normalised, and negative offsets work', () => {
    assert.equal(parse('2020-01-17T14:30+0200').written, '2020-01-17T14:30+02:00');
    assert.equal(parse('2020-01-17T14:30+0200').start, '2020-01-17T13:30:00+01:00');
    // 08:30 at -05:00 is 13:30 UTC, 14:30 in Amsterdam.
    assert.equal(parse('2020-01-17T08:30-05:00').start, '2020-01-17T14:30:00+01:00');
  });

  test('a summer date is read at +02:00', () => {
    assert.equal(parse('2020-07-01T12:00').start, '2020-07-01T12:00:00+02:00');
    assert.equal(parse('2020-07-01').start, '2020-07-01T00:00:00+02:00');
    // 10:00 UTC is 12:00 in Amsterdam in summer.
    assert.equal(parse('2020-07-01T10:00:00Z').start, '2020-07-01T12:00:00+02:00');
    // Same offset written as the site's own: nothing changes.
    assert.equal(parse('2020-07-01T12:00+02:00').start, '2020-07-01T12:00:00+02:00');
  });

  test('instants on both sides of the switch to summer time (29 March 2020, 01:00 UTC)', () => {
    assert.equal(parse('2020-03-29T00:59:00Z').start, '2020-03-29T01:59:00+01:00');
    assert.equal(parse('2020-03-29T01:00:00Z').start, '2020-03-29T03:00:00+02:00');
  });

  test('Date objects from js-yaml: midnight UTC is a day', () => {
    assert.deepEqual(shown(parse(new Date(Date.UTC(2020, 0, 17)))), {
      written: '2020-01-17',
      precision: 'day',
      start: '2020-01-17T00:00:00+01:00',
    });
  });

  test('Date objects from js-yaml: the UTC fields are the wall clock the editor wrote', () => {
    // js-yaml reads `2020-01-17 14:30:00` as 14:30 UTC; the editor meant 14:30 in Amsterdam.
    assert.deepEqual(shown(parse(new Date(Date.UTC(2020, 0, 17, 14, 30)))), {
      written: '2020-01-17T14:30',
      precision: 'time',
      start: '2020-01-17T14:30:00+01:00',
    });
    assert.equal(parse(new Date(Date.UTC(2020, 6, 1, 23, 45))).start, '2020-07-01T23:45:00+02:00');
  });

  test('an invalid Date object is rejected', () => {
    assert.throws(() => parse(new Date(Number.NaN)), DateParseError);
  });
});

describe('parseEventDate: quoted and unquoted YAML give the same date', () => {
  const read = (line: string) => readFrontmatter(`---\n${line}\n---\nTekst.\n`).data['date'];

  for (const [unquoted, quoted] of [
    ['date: 2020-01-17 14:30', 'date: "2020-01-17 14:30"'],
    ['date: 2020-01-17T14:30', "date: '2020-01-17T14:30'"],
    ['date: 2020-01-17', 'date: "2020-01-17"'],
    ['date: 2020-01', 'date: "2020-01"'],
    ['date: 2020', 'date: "2020"'],
    ['date: 2020-01-16T23:30:00Z', 'date: "2020-01-16T23:30:00Z"'],
  ] as const) {
    test(`${unquoted}  ≡  ${quoted}`, () => {
      const a = parse(read(unquoted));
      const b = parse(read(quoted));
      assert.deepEqual(a, b);
    });
  }

  test('the unquoted local time is still 14:30 in Amsterdam, not 14:30 UTC', () => {
    assert.equal(parse(read('date: 2020-01-17 14:30')).start, '2020-01-17T14:30:00+01:00');
    assert.equal(parse(read('date: 2020')).precision, 'year');
  });
});

describe('parseEventDate: impossible or wrong values are refused', () => {
  for (const value of [
    '2020-02-30', // February has no 30th
    '17-01-2020', // Dutch order
    '2020-13', // no 13th month
    '2020-00',
    '2019-02-29', // 2019 is not a leap year
    '2020-01-17T25:00',
    '2020-01-17T14:60',
    '2020-1-7',
    '20200117',
    'januari 2020',
    '',
    '   ',
    true,
    [2020],
    null,
    undefined,
    { year: 2020 },
    2020.5,
  ]) {
    test(`rejects ${JSON.stringify(value) ?? String(value)}`, () => {
      assert.throws(() => parse(value), DateParseError);
    });
  }

  test('the message quotes what was written', () => {
    assert.throws(
      () => parse('2020-02-30'),
      (error: Error) => error instanceof DateParseError && error.message.includes('2020-02-30'),
    );
  });

  test('29 February exists in a leap year', () => {
    assert.deepEqual(shown(parse('2020-02-29')), {
      written: '2020-02-29',
      precision: 'day',
      start: '2020-02-29T00:00:00+01:00',
    });
  });
});

describe('years before 1000 and before Christ', () => {
  const inZone = (value: unknown) => parseEventDate(value, ZONE);
  test('the same year written two ways is the same instant', () => {
    assert.equal(inZone(-44).epoch, inZone('-0044').epoch);
    assert.equal(inZone(476).epoch, inZone('0476').epoch);
  });

  test('there is no year 0: the message quotes what was written and suggests -1 or 1', () => {
    assert.throws(
      () => inZone('0000'),
      (error: DateParseError) =>
        error.message === '"0000" is year 0, which historians do not count: 1 BC is followed by AD 1' &&
        error.hint === 'write -0001 for 1 BC or 0001 for AD 1',
    );
    assert.throws(
      () => inZone(0),
      (error: DateParseError) =>
        error.message.startsWith('"0" is year 0') && error.hint === 'write -1 for 1 BC or 1 for AD 1',
    );
    assert.throws(
      () => inZone('0000-03-15'),
      (error: DateParseError) => error.hint === 'write -0001-03-15 for 1 BC or 0001-03-15 for AD 1',
    );
  });

  test('unquoted 0602 and 0000 in YAML are reported and read as written', () => {
    const read = (line: string) => readFrontmatter(`---\n${line}\n---\nTekst.\n`).data['date'];
    assert.equal(read('date: 0602'), '0602');
    assert.deepEqual(inZone(read('date: 0602')), inZone(read('date: "0602"')));
    assert.deepEqual(inZone(read('date: -0044')), inZone(read('date: "-0044"')));
    assert.throws(
      () => inZone(read('date: 0000')),
      (error: DateParseError) => error.message.startsWith('"0000"'),
    );
  });

  test('a month or day with a short year says that four digits work', () => {
    assert.throws(
      () => inZone('632-06-08'),
      (error: DateParseError) =>
        error.message === '"632-06-08" has a year of fewer than four digits' &&
        error.hint!.endsWith('write 0632-06-08'),
    );
    assert.equal(formatDate(inZone('0632-06-08'), ZONE, 'en-GB'), '8 June 632');
  });

  test('9999 BC to AD 9999, and no further', () => {
    assert.equal(formatDate(inZone(-9999), ZONE, 'en-GB'), '9999 BC');
    assert.equal(formatDate(inZone('9999-12-31'), ZONE, 'en-GB'), 'Friday 31 December 9999');
    assert.throws(() => inZone('10000'), DateParseError);
    assert.throws(() => inZone('-10000-01'), DateParseError);
  });
});

describe('exact in every zone, also where offsets had seconds (local mean time)', () => {
  // Offsets before standard time: New York −4:56:02 (to 1883), Monrovia −0:44:30 (to 1972),
  // Amsterdam +0:19:32 (to 1937, then +0:20), Kolkata +5:53:28, Dublin −0:25:21 (to 1916).
  const zones = [
    'America/New_York',
    'Africa/Monrovia',
    'Europe/Amsterdam',
    'Asia/Kolkata',
    'Europe/Dublin',
    'Pacific/Kiritimati',
    'UTC',
  ];
  const days = ['1850-03-04', '1960-07-01', '1900-01-01', '1883-11-18', '0632-06-08', '-0044-03-15', '2020-01-17'];
  for (const zone of zones) {
    test(`${zone}: days, months, years and times stay as written`, () => {
      for (const day of days) {
        const date = parseEventDate(day, zone);
        assert.equal(dayKey(date, zone), day);
        assert.equal(monthKey(parseEventDate(day.slice(0, -3), zone), zone), day.slice(0, -3));
        assert.equal(yearKey(parseEventDate(day.slice(0, -6), zone), zone), day.slice(0, -6));
        if (!day.startsWith('-')) assert.equal(datetimeAttribute(date, zone), day);
      }
      const noon = parseEventDate('1850-03-04T12:00:30', zone);
      assert.equal(formatTime(noon, zone, 'en-GB'), '12:00');
      assert.equal(toDateTime(noon, zone).second, 30);
      assert.equal(dayKey(noon, zone), '1850-03-04');
    });
  }

  test('New York 1850: the reported cases', () => {
    const zone = 'America/New_York';
    assert.equal(formatDate(parseEventDate('1850-03-04', zone), zone, 'en-GB'), 'Monday 4 March 1850');
    assert.equal(formatDate(parseEventDate('1850-03', zone), zone, 'en-GB'), 'March 1850');
    assert.equal(formatDate(parseEventDate('1850', zone), zone, 'en-GB'), '1850');
    assert.equal(formatDate(parseEventDate('1850-03-04T12:00', zone), zone, 'en-GB'), 'Monday 4 March 1850, 12:00');
    // ISO 8601 offsets have no seconds: where the zone's has, the instant is written in UTC.
    assert.equal(datetimeAttribute(parseEventDate('1850-03-04T12:00', zone), zone), '1850-03-04T16:56:02Z');
    assert.equal(rfc3339(parseEventDate('1850-03-04', zone), zone), '1850-03-04T04:56:02Z');
    assert.equal(
      formatDate(parseEventDate('1960-07-01', 'Africa/Monrovia'), 'Africa/Monrovia', 'en-GB'),
      'Friday 1 July 1960',
    );
  });
});

// Type-only use, so a change to the EventDate shape breaks the build of this file too.
const _shape: EventDate = { written: '2020', precision: 'year', epoch: Date.UTC(2019, 11, 31, 23) };
void _shape;

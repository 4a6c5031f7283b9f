/**
 * Event dates as an editor writes them, and what readers see: precision,
 * the instant in Europe/Amsterdam (UTC+1 in winter, UTC+2 in summer), Dutch
 * labels, `<time datetime>` values and timeline order. Expected values are
 * worked out by hand from the calendar, not copied from the implementation.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  DateParseError,
  compareEventDates,
  datetimeAttribute,
  dayKey,
  endsAfterStart,
  isoDate,
  monthKey,
  parseEventDate,
  periodEnd,
  previousYearKey,
  rfc3339,
  toDateTime,
  todayIn,
  utcSortKey,
  writtenYear,
  yearKey,
  type EventDate,
} from '../../src/lib/dates.ts';
import { formatDate, formatDayKey, formatMonthKey, formatTime, formatYearKey } from '../../src/lib/date-labels.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { dateOutputs } from '../fixtures/unit/date-outputs.ts';

const ZONE = 'Europe/Amsterdam';
/**
 * The parsed date plus its start as RFC 3339 in Amsterdam, so expectations can
 * be written as wall-clock times. (An EventDate itself holds the exact instant
 * in epoch milliseconds: an ISO string would round offsets with seconds.)
 */
const parse = (value: unknown) => {
  const date = parseEventDate(value, ZONE);
  return { ...date, start: rfc3339(date, ZONE) };
};
const shown = ({ written, precision, start }: ReturnType<typeof parse>) => ({ written, precision, start });

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

describe('keys and periods', () => {
  test('monthKey and dayKey are null when the date does not know them', () => {
    assert.equal(monthKey(parse(2020), ZONE), null);
    assert.equal(dayKey(parse('2020-01'), ZONE), null);
    assert.equal(monthKey(parse('2020-01'), ZONE), '2020-01');
    assert.equal(dayKey(parse('2020-01-17'), ZONE), '2020-01-17');
  });

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

describe("the build machine's time zone changes nothing", () => {
  const fixture = fileURLToPath(new URL('../fixtures/unit/date-outputs.ts', import.meta.url));
  const here = JSON.parse(JSON.stringify(dateOutputs()));

  test('the shared fixture agrees with the hand-worked values above', () => {
    const byInput = new Map(here.map((row: { input: unknown }) => [JSON.stringify(row.input), row]));
    const utcEvening = byInput.get(JSON.stringify('2020-01-16T23:30:00Z')) as { day: string; datetime: string };
    assert.equal(utcEvening.day, '2020-01-17');
    assert.equal(utcEvening.datetime, '2020-01-17T00:30+01:00');
  });

  for (const zone of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata']) {
    test(`TZ=${zone} gives the same dates, keys and labels`, () => {
      const stdout = execFileSync(process.execPath, [fixture], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      const child = JSON.parse(stdout) as { processZone: string; januaryOffset: number; outputs: unknown[] };
      // The child really ran in that zone (otherwise this test proves nothing): check its
      // UTC offset on 17 January 2020 (getTimezoneOffset is minutes behind UTC).
      const expectedOffset = { UTC: 0, 'Pacific/Auckland': -780, 'America/Los_Angeles': 480, 'Asia/Kolkata': -330 }[
        zone
      ];
      assert.equal(child.januaryOffset, expectedOffset);
      assert.deepEqual(child.outputs, here);
    });
  }
});

// Type-only use, so a change to the EventDate shape breaks the build of this file too.
const _shape: EventDate = { written: '2020', precision: 'year', epoch: Date.UTC(2019, 11, 31, 23) };
void _shape;

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

  test('the same year written two ways is the same instant', () => {
    assert.equal(inZone(-44).epoch, inZone('-0044').epoch);
    assert.equal(inZone(476).epoch, inZone('0476').epoch);
  });

  test('keys are four digits with a sign before Christ, and the year before AD 1 is 1 BC', () => {
    assert.equal(yearKey(inZone(-1), ZONE), '-0001');
    assert.equal(yearKey(inZone(1), ZONE), '0001');
    assert.equal(dayKey(inZone('-0044-03-15'), ZONE), '-0044-03-15');
    assert.equal(previousYearKey('0001', ZONE), '-0001');
    assert.equal(formatYearKey('-0001', ZONE, 'en-GB'), '1 BC');
  });

  test('order runs by time across the era boundary', () => {
    const written = ['0001', '-0001-12-31', '-0500', '-0044-03-15', '0476', '-0044', '2020'];
    const sorted = written
      .map(inZone)
      .sort(compareEventDates)
      .map((date) => date.written);
    assert.deepEqual(sorted, ['-0500', '-0044', '-0044-03-15', '-0001-12-31', '0001', '0476', '2020']);
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

describe('writtenYear and todayIn', () => {
  test('years as the date forms write them: four digits, a minus before Christ', () => {
    assert.equal(writtenYear(-44), '-0044');
    assert.equal(writtenYear(476), '0476');
    assert.equal(parseEventDate(writtenYear(-44), ZONE).written, '-0044');
  });

  test("today by the site's calendar, not the machine's: 23:30 UTC on 17 January is the 18th in Amsterdam", async () => {
    const { DateTime } = await import('luxon');
    assert.equal(todayIn(ZONE, DateTime.fromISO('2020-01-17T23:30:00Z')), '2020-01-18');
    assert.equal(todayIn('America/New_York', DateTime.fromISO('2020-01-17T23:30:00Z')), '2020-01-17');
  });
});

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
  DateParseError, compareEventDates, datetimeAttribute, dayKey, endsAfterStart, formatDate, formatDayKey,
  formatMonthKey, formatTime, monthKey, parseEventDate, periodEnd, rfc3339, yearKey, type EventDate,
} from '../../src/lib/dates.ts';
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
    assert.deepEqual(shown(parse('2020-01')), { written: '2020-01', precision: 'month', start: '2020-01-01T00:00:00+01:00' });
  });

  test('a day', () => {
    assert.deepEqual(shown(parse('2020-01-17')), { written: '2020-01-17', precision: 'day', start: '2020-01-17T00:00:00+01:00' });
  });

  test('a local time with T or with a space is the wall clock in Amsterdam (winter: +01:00)', () => {
    const expected = { written: '2020-01-17T14:30', precision: 'time', start: '2020-01-17T14:30:00+01:00' };
    assert.deepEqual(shown(parse('2020-01-17T14:30')), expected);
    assert.deepEqual(shown(parse('2020-01-17 14:30')), expected);
  });

  test('seconds are kept', () => {
    assert.deepEqual(shown(parse('2020-01-17T14:30:15')), {
      written: '2020-01-17T14:30:15', precision: 'time', start: '2020-01-17T14:30:15+01:00',
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

  test('an instant on New Year\'s Eve in UTC belongs to the new year in Amsterdam', () => {
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
      written: '2020-01-17', precision: 'day', start: '2020-01-17T00:00:00+01:00',
    });
  });

  test('Date objects from js-yaml: the UTC fields are the wall clock the editor wrote', () => {
    // js-yaml reads `2020-01-17 14:30:00` as 14:30 UTC; the editor meant 14:30 in Amsterdam.
    assert.deepEqual(shown(parse(new Date(Date.UTC(2020, 0, 17, 14, 30)))), {
      written: '2020-01-17T14:30', precision: 'time', start: '2020-01-17T14:30:00+01:00',
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
    assert.throws(() => parse('2020-02-30'), (error: Error) => error instanceof DateParseError && error.message.includes('2020-02-30'));
  });

  test('29 February exists in a leap year', () => {
    assert.deepEqual(shown(parse('2020-02-29')), { written: '2020-02-29', precision: 'day', start: '2020-02-29T00:00:00+01:00' });
  });
});

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

describe('datetimeAttribute is as precise as the date, never more', () => {
  test('per precision', () => {
    assert.equal(datetimeAttribute(parse(2020), ZONE), '2020');
    assert.equal(datetimeAttribute(parse('2020-01'), ZONE), '2020-01');
    assert.equal(datetimeAttribute(parse('2020-01-17'), ZONE), '2020-01-17');
    assert.equal(datetimeAttribute(parse('2020-01-17T14:30'), ZONE), '2020-01-17T14:30+01:00');
    assert.equal(datetimeAttribute(parse('2020-01-17T14:30:15'), ZONE), '2020-01-17T14:30:15+01:00');
  });

  test('instants carry Amsterdam\'s offset, +02:00 in summer', () => {
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
    assert.deepEqual(sorted.map((date) => date.precision), ['year', 'month', 'day', 'time']);
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

describe('the build machine\'s time zone changes nothing', () => {
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
      const expectedOffset = { UTC: 0, 'Pacific/Auckland': -780, 'America/Los_Angeles': 480, 'Asia/Kolkata': -330 }[zone];
      assert.equal(child.januaryOffset, expectedOffset);
      assert.deepEqual(child.outputs, here);
    });
  }
});

// Type-only use, so a change to the EventDate shape breaks the build of this file too.
const _shape: EventDate = { written: '2020', precision: 'year', epoch: Date.UTC(2019, 11, 31, 23) };
void _shape;

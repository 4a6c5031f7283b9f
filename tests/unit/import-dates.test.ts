/** TimelineJS date parts to event dates (src/import/dates.ts): as precise as the parts given, 12-hour times, what cannot be carried over. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertDate, parseClock } from '../../src/import/dates.ts';
import { writtenYear } from '../../src/lib/dates/index.ts';
import type { SlideField } from '../../src/import/slides.ts';

const field = (name: SlideField) => `events[2].${name.replace('.', '_date.')}`;
const convert = (parts: Record<string, unknown>, zone = 'UTC') => convertDate(parts, 'start', field, zone);
const written = (parts: Record<string, unknown>) => {
  const result = convert(parts);
  return result.ok ? result.written : result.problem;
};

test('the most precise date the parts give: year, month, day, time, seconds; numbers as strings and empty strings as found', () => {
  assert.equal(written({ year: '1815' }), '1815');
  assert.equal(written({ year: 1943, month: '7', day: '' }), '1943-07');
  assert.equal(written({ year: '1815', month: '12', day: '10', hour: '', minute: '' }), '1815-12-10');
  assert.equal(written({ year: '2020', month: '1', day: '17', hour: '14', minute: '5' }), '2020-01-17T14:05');
  assert.equal(written({ year: '2020', month: '1', day: '17', hour: '14' }), '2020-01-17T14:00');
  assert.equal(
    written({ year: '2020', month: '1', day: '17', hour: '14', minute: '30', second: '15' }),
    '2020-01-17T14:30:15',
  );
  assert.equal(written({ year: '602' }), '0602');
});

test("the Sheets template's Time column, in 12- and 24-hour forms", () => {
  assert.equal(written({ year: '2021', month: '3', day: '15', time: '2:30 PM' }), '2021-03-15T14:30');
  assert.equal(written({ year: '2021', month: '3', day: '15', time: '12:05 a.m.' }), '2021-03-15T00:05');
  assert.equal(written({ year: '2021', month: '3', day: '15', time: '9am' }), '2021-03-15T09:00');
  assert.equal(written({ year: '2021', month: '3', day: '15', time: '14:30:15' }), '2021-03-15T14:30:15');
  assert.deepEqual(parseClock('12:00 PM'), { hour: 12, minute: 0, second: undefined });
  assert.equal(parseClock('25:00'), undefined);
});

test('what cannot be a date says which value and why; a part without the one before it is left out and said', () => {
  assert.equal(written({ year: 'MMXX' }), 'events[2].start_date.year: "MMXX" is not a whole number');
  assert.equal(written({ month: '3' }), 'events[2].start_date.year: no year is given; every TimelineJS date needs one');
  assert.equal(
    written({ year: '2021', month: '2', day: '30' }),
    'events[2].start_date.day: 2021-02-30 is not a date that exists',
  );
  assert.equal(
    written({ year: '0' }),
    "events[2].start_date.year: year 0 does not exist in the site's calendar (1 BC is followed by AD 1) — write -1 or 1",
  );
  assert.match(written({ year: '-13800000000' }), /outside the years the site shows/);
  assert.equal(
    written({ year: '2021', month: '3', day: '15', time: 'noonish' }),
    'events[2].start_date.time: "noonish" is not a time of day such as 14:30 or 2:30 PM',
  );
  const dayWithoutMonth = convert({ year: '2021', day: '4' });
  assert.deepEqual(dayWithoutMonth, {
    ok: true,
    written: '2021',
    notes: ['events[2].start_date.day: left out, because the part before it is not given; the date is kept as 2021'],
  });
});

test('years before Christ are written as the contract has them: negative, four digits', () => {
  assert.equal(writtenYear(-44), '-0044');
  assert.equal(writtenYear(476), '0476');
  assert.equal(writtenYear(2021), '2021');
});

test('BCE dates pass the date module (needs the BCE dates of issue 12)', () => {
  assert.equal(written({ year: '-44', month: '3', day: '15' }), '-0044-03-15');
  assert.equal(written({ year: '-509' }), '-0509');
});

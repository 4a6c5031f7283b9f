import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { adjacent, planArchive } from '../../src/lib/archive.ts';
import { parseEventDate } from '../../src/lib/dates/index.ts';
import { sortEvents } from '../../src/lib/timeline.ts';

const ZONE = 'Europe/Amsterdam';
const events = sortEvents(
  [
    ['a', '2019'],
    ['b', '2019-12-17'],
    ['c', '2020-01'],
    ['d', '2020-01-16'],
    ['e', '2020-01-17T09:00'],
    ['f', '2020-02-03'],
  ].map(([id, date]) => ({ id: id!, date: parseEventDate(date, ZONE) })),
);

describe('planArchive', () => {
  test('years and months with their events, year-only events apart, counts per year', () => {
    const archive = planArchive(events, ZONE, { pageSize: 150, base: '/' });
    assert.deepEqual(
      archive.years.map((year) => [year.key, year.count, year.undated.map((event) => event.id)]),
      [
        ['2019', 2, ['a']],
        ['2020', 4, []],
      ],
    );
    assert.deepEqual(
      archive.years[1]!.months.map((month) => [month.key, month.events.map((event) => event.id)]),
      [
        ['2020-01', ['c', 'd', 'e']],
        ['2020-02', ['f']],
      ],
    );
  });

  test('up to pageSize events it is one page: every anchor is on the home page', () => {
    const archive = planArchive(events, ZONE, { pageSize: 10, base: '/tijdlijn/' });
    assert.equal(archive.split, false);
    assert.equal(archive.anchor('2020-01-17'), '/tijdlijn/#t-2020-01-17');
  });

  test('past pageSize it splits: days and months on their month page, year-only events on the year page', () => {
    const archive = planArchive(events, ZONE, { pageSize: 5, base: '/tijdlijn/' });
    assert.equal(archive.split, true);
    assert.equal(archive.anchor('2020-01-17'), '/tijdlijn/2020/01/#t-2020-01-17');
    assert.equal(archive.anchor('2020-01-undated'), '/tijdlijn/2020/01/#t-2020-01-undated');
    assert.equal(archive.anchor('2019'), '/tijdlijn/2019/#t-2019');
    assert.equal(archive.yearPath('2019'), '/tijdlijn/2019/');
    assert.equal(archive.monthPath('2020-02'), '/tijdlijn/2020/02/');
  });
});

describe('adjacent', () => {
  const periods = [{ key: '2019-12' }, { key: '2020-01' }, { key: '2020-02' }];
  test('neighbours of a period; none past either end, none for an unknown key', () => {
    assert.deepEqual(adjacent(periods, '2020-01'), { previous: { key: '2019-12' }, next: { key: '2020-02' } });
    assert.deepEqual(adjacent(periods, '2019-12'), { next: { key: '2020-01' } });
    assert.deepEqual(adjacent(periods, '2020-02'), { previous: { key: '2020-01' } });
    assert.deepEqual(adjacent(periods, '2030-01'), {});
  });
});

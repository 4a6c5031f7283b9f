/** The chart's first step (src/lib/chart/count.ts): events per day, and per month or year where the day is not known. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countEvents } from '../../../src/lib/chart/count.ts';
import { ZONE, date } from '../../support/chart.ts';

describe('countEvents', () => {
  test('events on the same day are counted together; a time counts on its day in the site zone', () => {
    const counts = countEvents([{ date: date('2020-01-15') }, { date: date('2020-01-15T23:30:00Z') }], ZONE);
    assert.deepEqual(
      [...counts.days].map(([day, { count }]) => [day, count]),
      [
        ['2020-01-15', 1],
        ['2020-01-16', 1],
      ],
    );
  });

  test('month- and year-only events are counted apart, with the days their period spans', () => {
    const counts = countEvents([{ date: date('2020-02') }, { date: date('2020-02') }, { date: date('2019') }], ZONE);
    assert.equal(counts.days.size, 0);
    const february = counts.undated.get('2020-02')!;
    assert.deepEqual(
      [february.kind, february.count, february.first, february.last],
      ['month', 2, '2020-02-01', '2020-02-29'],
    );
    assert.equal(counts.undated.get('2019')!.kind, 'year');
  });

  test('the span runs from the earliest start to the latest end of any period', () => {
    const counts = countEvents(
      [{ date: date('2020-03-01') }, { date: date('2020-01') }, { date: date('2020-02-10') }],
      ZONE,
    );
    assert.equal(counts.first.written, '2020-01');
    assert.equal(counts.last.day, '2020-03-01');
    const withYear = countEvents([{ date: date('2020-03-01') }, { date: date('2020') }], ZONE);
    assert.equal(withYear.last.day, '2020-12-31');
  });
});

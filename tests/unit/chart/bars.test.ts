/** The chart's bars (src/lib/chart/bars.ts): counts summed per bin, heights against the highest. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildBars } from '../../../src/lib/chart/bars.ts';
import { LAYOUT } from '../../../src/lib/chart/model.ts';
import { date, gridOf } from '../../support/chart.ts';

const days = (entries: Array<[string, number]>) =>
  new Map(entries.map(([day, count]) => [day, { count, date: date(day) }]));

describe('buildBars', () => {
  test('per week: the days of one ISO week share a bar, which links to its first day with events', () => {
    const grid = gridOf('2020-01-06', '2020-01-26', 'week');
    const { bins, max } = buildBars(
      days([
        ['2020-01-07', 1],
        ['2020-01-09', 2],
        ['2020-01-21', 1],
      ]),
      '2020-01-26',
      grid,
    );
    assert.deepEqual(
      bins.map((bin) => [bin.key, bin.count, bin.target]),
      [
        ['2020-01-06', 3, '2020-01-07'],
        ['2020-01-13', 0, null],
        ['2020-01-20', 1, '2020-01-21'],
      ],
    );
    assert.equal(max, 3);
    assert.equal(bins[0]!.height, grid.plot.height);
    assert.equal(bins[1]!.height, 0);
    assert.ok(bins[2]!.height >= LAYOUT.minBarHeight && bins[2]!.height < bins[0]!.height);
  });

  test('every bar stands on the axis and sits inside its own slot', () => {
    const grid = gridOf('2020-01-01', '2020-01-10', 'day');
    const { bins } = buildBars(days([['2020-01-05', 1]]), '2020-01-10', grid);
    for (const [index, bin] of bins.entries()) {
      assert.equal(bin.y + bin.height, grid.plot.bottom);
      assert.ok(bin.x >= grid.xOf(index) && bin.x + bin.width <= grid.xOf(index + 1) + 0.01);
    }
  });
});

/** The bands for month- and year-only events (src/lib/chart/bands.ts): a row per kind, merged where they share a bin. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildBands } from '../../../src/lib/chart/bands.ts';
import { countEvents } from '../../../src/lib/chart/count.ts';
import { ZONE, date, gridOf } from '../../support/chart.ts';

describe('buildBands', () => {
  test('months in one row, years in the next; each band spans its period and links to its undated heading', () => {
    const { undated } = countEvents([{ date: date('2020-01') }, { date: date('2020') }], ZONE);
    const { bands, rows } = buildBands(undated, 200, gridOf('2020-01-01', '2020-12-31', 'month'));
    assert.equal(rows, 2);
    const month = bands.find((band) => band.kind === 'month');
    const year = bands.find((band) => band.kind === 'year');
    assert.deepEqual([month!.kind, month!.key, month!.target, month!.y], ['month', '2020-01', '2020-01-undated', 200]);
    assert.ok(year!.y > month!.y);
    assert.ok(year!.width > 10 * month!.width);
  });

  test('months that fall in the same bin are merged into one band with their total', () => {
    const { undated } = countEvents(
      [{ date: date('2019-01') }, { date: date('2019-03') }, { date: date('2019-03') }],
      ZONE,
    );
    const { bands } = buildBands(undated, 0, gridOf('2019-01-01', '2029-12-31', 'year'));
    assert.equal(bands.length, 1);
    assert.deepEqual([bands[0]!.key, bands[0]!.lastKey, bands[0]!.count], ['2019-01', '2019-03', 3]);
  });
});

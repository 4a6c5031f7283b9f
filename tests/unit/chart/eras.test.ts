/** Eras on the chart (src/lib/chart/eras.ts): clipped to the span, in rows of their own where they overlap. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignRows, buildEras } from '../../../src/lib/chart/eras.ts';
import { toDateTime, periodEnd } from '../../../src/lib/dates/periods.ts';
import { ZONE, date, gridOf } from '../../support/chart.ts';

describe('assignRows', () => {
  test('an interval goes in the first row that is free by its start', () => {
    assert.deepEqual(
      assignRows([
        { from: 0, to: 4 },
        { from: 2, to: 6 },
        { from: 5, to: 8 },
        { from: 7, to: 9 },
      ]),
      [0, 1, 0, 1],
    );
  });
});

describe('buildEras', () => {
  const grid = gridOf('2020-01-01', '2020-12-31', 'month');
  const span = { start: toDateTime(date('2020-01-01'), ZONE), end: periodEnd(date('2020-12-31'), ZONE) };
  const era = (id: string, start: string, end: string) => ({ id, name: id, start: date(start), end: date(end) });

  test('an era outside the span is left out; one reaching past it is cut at the edge', () => {
    const { eras, rows } = buildEras(
      [era('before', '2018', '2019'), era('long', '2019-06', '2020-03')],
      span,
      300,
      grid,
    );
    assert.deepEqual(
      eras.map((e) => e.id),
      ['long'],
    );
    assert.equal(rows, 1);
    assert.equal(eras[0]!.x, grid.xOf(0) + 1);
    assert.equal(eras[0]!.y, 300);
  });

  test('overlapping eras get a row each; a name too long for its band is not shown in it', () => {
    const { eras, rows } = buildEras(
      [era('a', '2020-01', '2020-06'), era('een heel lange naam voor een maand', '2020-03', '2020-03')],
      span,
      0,
      grid,
    );
    assert.equal(rows, 2);
    assert.ok(eras[1]!.y > eras[0]!.y);
    assert.equal(eras[1]!.showName, false);
  });
});

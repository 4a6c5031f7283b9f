/** The chart's axis ticks (src/lib/chart/ticks.ts): thinned so labels never touch, and inside the drawing. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LAYOUT } from '../../../src/lib/chart/model.ts';
import { buildTicks } from '../../../src/lib/chart/ticks.ts';
import { gridOf } from '../../support/chart.ts';

const right = LAYOUT.left + LAYOUT.plotWidth + LAYOUT.right;

describe('buildTicks', () => {
  test('per day, a tick at the start of each month; the first at the chart start', () => {
    const ticks = buildTicks('2020-01-15', '2020-03-20', (key) => key, gridOf('2020-01-15', '2020-03-20', 'day'));
    assert.deepEqual(
      ticks.map((tick) => [tick.key, tick.kind]),
      [
        ['2020-01', 'month'],
        ['2020-02', 'month'],
        ['2020-03', 'month'],
      ],
    );
    assert.equal(ticks[0]!.x, LAYOUT.left);
  });

  test('long labels thin the ticks until no two labels touch, and none runs off the drawing', () => {
    const label = () => 'een lange maandnaam';
    const ticks = buildTicks('2010-01-01', '2019-12-31', label, gridOf('2010-01-01', '2019-12-31', 'month'));
    const width = label().length * LAYOUT.charWidth;
    for (const [index, tick] of ticks.entries()) {
      if (index > 0) assert.ok(tick.x - ticks[index - 1]!.x >= width, `${tick.key} touches the label before it`);
      assert.ok(tick.x + 3 + width <= right);
    }
    assert.ok(ticks.length > 1 && ticks.length < 120);
  });
});

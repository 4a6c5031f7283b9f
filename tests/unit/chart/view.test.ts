/**
 * The overview chart's words and places (src/lib/chart-view.ts): labels in
 * the site's language, links to the anchors the archive gives, tooltips that
 * stay inside the plot, day numbers that never touch, and the hidden table
 * in time order.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dictionary } from '../../../src/i18n/index.ts';
import { buildChart } from '../../../src/lib/chart/build.ts';
import { MIN_DAY_LABEL_GAP, chartView, tickLabel } from '../../../src/lib/chart/view.ts';
import { parseEventDate } from '../../../src/lib/dates/index.ts';

const ZONE = 'Europe/Amsterdam';
const words = (language: 'nl' | 'en') => {
  const t = dictionary(language);
  return { t, zone: ZONE, locale: t.locale, anchor: (key: string) => `/#t-${key}` };
};
const chartOf = (dates: string[], locale = 'nl-NL') =>
  buildChart(
    dates.map((date) => ({ date: parseEventDate(date, ZONE) })),
    ZONE,
    { tickLabel: (key, kind) => tickLabel(key, kind, ZONE, locale) },
  )!;

describe('chartView', () => {
  const dates = ['2019-12-17', '2020-01', '2020-01-16', '2020-01-16', '2020-01-17', '2020-01-18', '2020-01-31'];

  test('bars and bands say their period and count in the site language, and link to its anchor', () => {
    const nl = chartView(chartOf(dates), words('nl'));
    const busiest = nl.bars.find((bar) => bar.key === '2020-01-16')!;
    assert.equal(busiest.count, 2);
    assert.match(busiest.label, /16 januari 2020/);
    assert.equal(busiest.href, `/#t-${busiest.target}`);
    assert.match(nl.bands[0]!.label, /januari 2020/);
    const en = chartView(chartOf(dates, 'en-GB'), words('en'));
    assert.match(en.bars.find((bar) => bar.key === '2020-01-16')!.label, /16 January 2020: 2 events/);
  });

  test('tooltips near an edge are pinned inside the plot', () => {
    const chart = chartOf(dates);
    const view = chartView(chart, words('nl'));
    const first = view.bars[0]!;
    const last = view.bars.at(-1)!;
    assert.equal(first.tip.anchor, 'start');
    assert.ok(first.tip.x >= chart.plot.left);
    assert.equal(last.tip.anchor, 'end');
    assert.ok(last.tip.x <= chart.plot.left + chart.plot.width);
  });

  test('day numbers under the bars never come closer than the gap', () => {
    const view = chartView(
      chartOf(['2020-01-01', '2020-01-02', '2020-01-03', '2020-01-04', '2020-01-05', '2020-01-20']),
      words('nl'),
    );
    assert.ok(view.dayLabels.length > 0);
    view.dayLabels
      .slice(1)
      .forEach((bar, index) =>
        assert.ok(
          bar.centre - view.dayLabels[index]!.centre >= MIN_DAY_LABEL_GAP,
          `${view.dayLabels[index]!.key} and ${bar.key}`,
        ),
      );
  });

  test('the hidden table lists every bar and band in time order, the month before its days', () => {
    const view = chartView(chartOf(dates), words('nl'));
    assert.deepEqual(
      view.rows.map((row) => row.key),
      ['2019-12-17', '2020-01', '2020-01-16', '2020-01-17', '2020-01-18', '2020-01-31'],
    );
    assert.equal(
      view.rows.reduce((sum, row) => sum + row.count, 0),
      dates.length,
    );
  });

  test('the caption names the span and the events known only to their month', () => {
    const { caption } = chartView(chartOf(dates, 'en-GB'), words('en'));
    assert.match(caption, /17 December 2019/);
    assert.match(caption, /31 January 2020/);
    assert.match(
      caption,
      new RegExp(
        dictionary('en')
          .chartUndated(1)
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      ),
    );
  });
});

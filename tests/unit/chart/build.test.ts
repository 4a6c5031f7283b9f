/**
 * The overview chart's numbers and geometry: the bin follows the span, no
 * size is negative, labels never overlap, hatched bands stay on their
 * periods, and eras are drawn where they fall.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildChart } from '../../../src/lib/chart/build.ts';
import type { Chart } from '../../../src/lib/chart/model.ts';
import { parseEventDate } from '../../../src/lib/dates/index.ts';
import { formatShortMonth, formatYearKey } from '../../../src/lib/dates/labels.ts';

const ZONE = 'Europe/Amsterdam';
const events = (...dates: string[]) => dates.map((date) => ({ date: parseEventDate(date, ZONE) }));
const tickLabel = (key: string, kind: 'month' | 'year') =>
  kind === 'month' ? formatShortMonth(key, ZONE, 'nl-NL') : formatYearKey(key, ZONE, 'nl-NL');
const chartOf = (...dates: string[]) => buildChart(events(...dates), ZONE, { tickLabel })!;

/** Every rectangle the chart draws: bars, bands, eras. */
const boxes = (chart: Chart) => [...chart.bins.filter((bin) => bin.count > 0), ...chart.bands, ...chart.eras];

function assertDrawable(chart: Chart) {
  for (const box of boxes(chart)) {
    assert.ok(box.width >= 1, `width ${box.width}`);
    assert.ok(box.height >= 0, `height ${box.height}`);
    assert.ok(
      box.x >= chart.plot.left - 0.01 && box.x + box.width <= chart.plot.left + chart.plot.width + 0.01,
      `x ${box.x} + ${box.width}`,
    );
  }
  // 12.5 units per character: the widest chart text the stylesheet sets (20px on narrow screens).
  chart.ticks.slice(1).forEach((tick, index) => {
    const previous = chart.ticks[index]!;
    assert.ok(
      tick.x - previous.x >= tickLabel(previous.key, previous.kind).length * 12.5,
      `${previous.key} and ${tick.key} overlap`,
    );
  });
  const last = chart.ticks.at(-1)!;
  assert.ok(last.x + 3 + tickLabel(last.key, last.kind).length * 12.5 <= chart.width, `${last.key} runs off the chart`);
}

describe('the bin follows the span', () => {
  const cases: Array<[string, string[], Chart['unit'], number]> = [
    ['six weeks (Citrix)', ['2019-12-17', '2020-01-17', '2020-01-31'], 'day', 46],
    ['a year and a half', ['2019-01-01', '2020-06-30'], 'week', 79],
    ['five years', ['2000-01-01', '2004-06-01'], 'month', 54],
    ['ninety years', ['1900-05-01', '1989-11-09'], 'year', 90],
    ['since 1850', ['1850-03-04', '2020-01-17'], 'decade', 18],
    ['1,400 years', ['0632-06-08', '2020-01-17'], 'century', 15],
    ['2,500 years across the era boundary', ['-0500', '-0044-03-15', '0476-09-04', '2020-01-17'], 'century', 26],
    ['9999 BC to AD 9999', ['-9999', '9999-12-31'], 'century', 200],
  ];
  for (const [name, dates, unit, count] of cases) {
    test(`${name}: per ${unit}, ${count} bins, every size positive, labels apart`, () => {
      const chart = chartOf(...dates);
      assert.equal(chart.unit, unit);
      assert.equal(chart.bins.length, count);
      assertDrawable(chart);
      // Each dated event is counted once, in the bin that holds it.
      const dated = dates.filter((date) => date.length >= 10).length;
      assert.equal(
        chart.bins.reduce((sum, bin) => sum + bin.count, 0),
        dated,
      );
    });
  }

  test('a century bin before Christ is labelled with its own years and links to its first day', () => {
    const chart = chartOf('-0500', '-0044-03-15', '0476-09-04', '2020-01-17');
    const bin = chart.bins.find((candidate) => candidate.count > 0)!;
    assert.deepEqual([bin.key, bin.lastYear, bin.target], ['-0100', '-0001', '-0044-03-15']);
    assert.ok(chart.ticks.some((tick) => tickLabel(tick.key, tick.kind).endsWith('v.Chr.')));
  });
});

describe('hatched bands for events known only to their month or year', () => {
  test('a month band spans its month of days (Citrix: January 2020)', () => {
    const chart = chartOf('2019-12-17', '2020-01-17', '2020-01');
    const band = chart.bands[0]!;
    const january = chart.bins.filter((bin) => bin.key.startsWith('2020-01'));
    assert.equal(band.key, '2020-01');
    assert.ok(Math.abs(band.x - (january[0]!.centre - (january[1]!.centre - january[0]!.centre) / 2) - 1) < 0.02);
    assert.ok(band.x + band.width <= chart.plot.left + chart.plot.width);
    assert.equal(band.showCount, true);
  });

  test('bands that would share a bin are merged, never drawn over each other', () => {
    const chart = chartOf('1850-03', '1852-07', '1852', '1990-01-01');
    const months = chart.bands.filter((band) => band.kind === 'month');
    assert.equal(chart.unit, 'decade');
    assert.equal(months.length, 1);
    assert.deepEqual([months[0]!.key, months[0]!.lastKey, months[0]!.count], ['1850-03', '1852-07', 2]);
    const years = chart.bands.filter((band) => band.kind === 'year');
    assert.equal(years.length, 1);
    assert.notEqual(years[0]!.y, months[0]!.y);
    assertDrawable(chart);
  });

  test("a count that does not fit its band is left to the band's title", () => {
    const chart = chartOf('-9999', '-0044-03', '9999-12-31');
    const band = chart.bands.find((candidate) => candidate.key === '-0044-03')!;
    assert.ok(band.width < 12);
    assert.equal(band.showCount, false);
    assert.ok(band.width >= 1);
  });
});

describe('eras', () => {
  const era = (id: string, name: string, start: string, end: string) => ({
    id,
    name,
    start: parseEventDate(start, ZONE),
    end: parseEventDate(end, ZONE),
  });

  test('are clipped to the events, in rows of their own where they overlap, and left out outside the span', () => {
    const chart = buildChart(events('-0500', '0476-09-04', '2020-01-17'), ZONE, {
      tickLabel,
      eras: [
        era('rome', 'Romeinse Rijk', '-0027', '0476-09-04'),
        era('republic', 'Republiek', '-0509', '-0027'),
        era('future', 'Toekomst', '3000', '4000'),
        era('modern', 'Nieuwste tijd', '1789', '2100'),
        era('stone', 'Steentijd', '-9999', '-3000'),
        era('late', 'Late oudheid', '0300', '0600'),
      ],
    })!;
    assert.deepEqual(
      chart.eras.map((drawn) => drawn.id),
      ['republic', 'rome', 'late', 'modern'],
    );
    const byId = new Map(chart.eras.map((drawn) => [drawn.id, drawn]));
    // The republic starts before the chart: clipped at its left edge.
    assert.equal(byId.get('republic')!.x, chart.plot.left + 1);
    // Rome and late antiquity overlap: different rows. Modern times run past the chart: clipped at its right edge.
    assert.notEqual(byId.get('rome')!.y, byId.get('late')!.y);
    assert.ok(
      Math.abs(byId.get('modern')!.x + byId.get('modern')!.width - (chart.plot.left + chart.plot.width - 1)) < 0.02,
    );
    assert.ok(chart.height >= Math.max(...chart.eras.map((drawn) => drawn.y + drawn.height)));
    for (const drawn of chart.eras) assert.equal(drawn.showName, drawn.width >= drawn.name.length * 12.5 + 8);
    assertDrawable(chart);
  });

  test('no eras: nothing drawn and no room taken', () => {
    const plain = chartOf('2019-12-17', '2020-01-17');
    assert.deepEqual(plain.eras, []);
    const withEra = buildChart(events('2019-12-17', '2020-01-17'), ZONE, {
      eras: [era('lek', 'Het lek', '2019-12-17', '2020-01-31')],
    })!;
    assert.ok(withEra.height > plain.height);
  });
});

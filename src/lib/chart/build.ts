/**
 * The overview chart at the top of the timeline: how many events fall in
 * each bin of time, as numbers and bar geometry in SVG user units. The bin
 * follows the span: a day, a week, a month, a year, a decade or a century,
 * so a fortnight and 2,500 years both get a readable number of bars. Drawn
 * at build time by `components/OverviewChart.astro`; no script runs in the
 * reader's browser.
 *
 * Events known only to their month or year are not put on a day: they are
 * counted apart, as a hatched band spanning their month (or year) under the
 * axis; bands that would share bins are merged into one. A period (an event
 * with `end`) counts once, on its first day. Named periods (eras) are drawn
 * as labelled bands under everything else.
 *
 * Every size is at least 1 and every label is placed only where it fits, at
 * the largest text size the stylesheet uses (on narrow screens), so no two
 * labels ever overlap.
 */
import { toDateTime, periodEnd } from '../dates/periods.ts';
import { buildBands } from './bands.ts';
import { buildBars } from './bars.ts';
import { binCount, binKey, binKeys, daySpan, periodDays, type BinUnit } from './bins.ts';
import { countEvents } from './count.ts';
import { buildEras } from './eras.ts';
import { LAYOUT, type Chart, type ChartEraInput, type ChartInput, type ChartOptions, type Grid } from './model.ts';
import { buildTicks } from './ticks.ts';

/**
 * The chart for events in any order; null when there are none. `tickLabel`
 * gives a tick's label as readers see it, so ticks can be spaced for it (by
 * default the key). `eras` are clipped to the span of the events. The steps:
 * count the events, lay the bins out on a grid, then draw bars, bands, eras
 * and ticks on it, from the top down.
 */
export function buildChart(
  events: readonly ChartInput[],
  zone: string,
  options: ChartOptions & {
    eras?: readonly ChartEraInput[];
    tickLabel?: (key: string, kind: 'month' | 'year') => string;
  } = {},
): Chart | null {
  if (events.length === 0) return null;
  const settings: Required<ChartOptions> = { maxDaysPerDay: 120, maxDaysPerWeek: 730, maxBins: 120, ...options };

  const counts = countEvents(events, zone);
  const firstDay = periodDays(counts.first, zone).first;
  const lastDay = counts.last.day;
  const unit = unitFor(firstDay, lastDay, zone, settings);
  const grid = gridFor(binKeys(firstDay, lastDay, unit, zone), unit, zone);

  const { bins, max } = buildBars(counts.days, lastDay, grid);
  const bandTop = grid.plot.bottom + LAYOUT.labels;
  const bands = buildBands(counts.undated, bandTop, grid);
  const eraTop = bandTop + bands.rows * (LAYOUT.bandHeight + LAYOUT.bandGap);
  const span = { start: toDateTime(counts.first, zone), end: periodEnd(counts.last.date, zone) };
  const eras = buildEras(options.eras ?? [], span, eraTop, grid);
  const ticks = buildTicks(firstDay, lastDay, options.tickLabel ?? ((key: string) => key), grid);

  const undated = [...counts.undated.values()].reduce((sum, band) => sum + band.count, 0);
  return {
    unit,
    first: firstDay,
    last: lastDay,
    bins,
    bands: bands.bands,
    eras: eras.eras,
    max,
    dated: events.length - undated,
    undated,
    hasPeriods: events.some((event) => event.end !== undefined),
    ticks,
    dayLabels: unit === 'day' && grid.slot >= 8,
    width: LAYOUT.left + LAYOUT.plotWidth + LAYOUT.right,
    height: eraTop + eras.rows * (LAYOUT.eraHeight + LAYOUT.bandGap),
    plot: grid.plot,
    labelY: grid.plot.bottom + 14,
  };
}

/** The unit for a span of `days`: the smallest that keeps the number of bins readable. */
function unitFor(first: string, last: string, zone: string, options: Required<ChartOptions>): BinUnit {
  const days = daySpan(first, last, zone);
  if (days <= options.maxDaysPerDay) return 'day';
  if (days <= options.maxDaysPerWeek) return 'week';
  for (const unit of ['month', 'year', 'decade'] as const) {
    if (binCount(first, last, unit, zone) <= options.maxBins) return unit;
  }
  return 'century';
}

/** The plot area split into one slot per bin key. */
function gridFor(keys: readonly string[], unit: BinUnit, zone: string): Grid {
  const slot = LAYOUT.plotWidth / keys.length;
  const plot = {
    left: LAYOUT.left,
    top: LAYOUT.top,
    width: LAYOUT.plotWidth,
    height: LAYOUT.plotHeight,
    bottom: LAYOUT.top + LAYOUT.plotHeight,
  };
  const indexOf = new Map(keys.map((key, index) => [key, index]));
  return {
    unit,
    zone,
    keys,
    slot,
    plot,
    xOf: (index) => plot.left + index * slot,
    indexOf,
    binIndex: (day) => indexOf.get(binKey(day, unit, zone))!,
  };
}

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
import { type EventDate } from '../domain.ts';
import { dayKey, monthKey, previousYearKey, yearKey } from './dates/keys.ts';
import { compareEventDates, periodEnd, toDateTime } from './dates/periods.ts';
import { binCount, binKey, binKeys, daySpan, periodDays, type BinUnit } from './date-bins.ts';

export interface ChartOptions {
  /** Longest span, in days, still drawn per day; longer timelines are drawn per week. */
  maxDaysPerDay?: number;
  /** Longest span, in days, still drawn per week; longer timelines are drawn per month. */
  maxDaysPerWeek?: number;
  /** Most bins of any unit before the next larger unit is used. */
  maxBins?: number;
}

/** A named period (`eras.yaml`): drawn as a labelled band over the time it covers. */
export interface ChartEraInput {
  id: string;
  name: string;
  start: EventDate;
  end: EventDate;
}

export interface ChartBin {
  /** `2020-01-17` (day), the Monday `2020-01-13` (week), `2020-01` (month), or the first year (`1850`, `-0099`). */
  key: string;
  count: number;
  /** Timeline anchor key the bar links to (a day or month heading), or null for an empty bin. */
  target: string | null;
  /** First day in the bin that has events (null for an empty bin). */
  firstDay: string | null;
  /** Last year key in the bin (for labels of decades and centuries). */
  lastYear: string;
  x: number;
  width: number;
  y: number;
  height: number;
  /** Centre of the bin, for labels. */
  centre: number;
}

export interface ChartBand {
  kind: 'month' | 'year';
  /** `2020-01` or `2020`: the first period in the band. */
  key: string;
  /** The last period when bands that shared bins were merged; otherwise the same as `key`. */
  lastKey: string;
  count: number;
  /** Timeline anchor key of the first "dag onbekend" / "maand onbekend" heading. */
  target: string;
  x: number;
  width: number;
  y: number;
  height: number;
  centre: number;
  /** Whether the count fits inside the band as text. */
  showCount: boolean;
}

export interface ChartTick {
  /** A month key (`2020-01`) or a year key (`1850`, `-0044`) whose start (or the chart's start) sits at `x`. */
  key: string;
  kind: 'month' | 'year';
  x: number;
}

export interface ChartEra {
  id: string;
  name: string;
  x: number;
  width: number;
  y: number;
  height: number;
  /** The name fits inside the band; otherwise only its `<title>` carries it. */
  showName: boolean;
}

export interface Chart {
  unit: BinUnit;
  /** First and last day covered (day keys). */
  first: string;
  last: string;
  bins: ChartBin[];
  bands: ChartBand[];
  eras: ChartEra[];
  /** Highest bin count (at least 1). */
  max: number;
  /** Events placed on a day, and events known only to their month or year. */
  dated: number;
  undated: number;
  /** Whether some event is a period (counted on its first day only). */
  hasPeriods: boolean;
  ticks: ChartTick[];
  /** Whether bins are wide enough to carry a day-of-month label. */
  dayLabels: boolean;
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number; bottom: number };
  /** Baseline of the axis labels. */
  labelY: number;
}

/** Layout in SVG user units. The SVG scales to its box; text sizes are set in CSS against these units. */
const LAYOUT = {
  left: 28,
  right: 8,
  top: 26,
  plotWidth: 560,
  plotHeight: 110,
  labels: 34,
  bandHeight: 20,
  bandGap: 6,
  eraHeight: 22,
  maxBarWidth: 48,
  minBarHeight: 3,
  /**
   * Width of one character of label text, in user units, at the largest
   * size the stylesheet gives chart text (narrow screens; see global.css),
   * plus the gap kept between two labels. Labels are placed with these.
   */
  charWidth: 12.5,
  labelGap: 14,
};

const round = (value: number) => Math.round(value * 100) / 100;

interface ChartInput {
  date: EventDate;
  end?: EventDate | undefined;
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

/** Greedy rows for intervals [from, to] (bin indexes): the first row whose last interval ends before this one starts. */
function assignRows<T extends { from: number; to: number }>(items: readonly T[]): number[] {
  const rowEnds: number[] = [];
  return items.map((item) => {
    let row = rowEnds.findIndex((end) => end < item.from);
    if (row === -1) row = rowEnds.push(item.to) - 1;
    else rowEnds[row] = item.to;
    return row;
  });
}

/**
 * The chart for events in any order; null when there are none. `tickLabel`
 * gives a tick's label as readers see it, so ticks can be spaced for it (by
 * default the key). `eras` are clipped to the span of the events.
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

  let first: EventDate | undefined;
  let last: { date: EventDate; day: string } | undefined;
  const dayCounts = new Map<string, { count: number; date: EventDate }>();
  const bandCounts = new Map<
    string,
    { kind: 'month' | 'year'; count: number; first: string; last: string; date: EventDate }
  >();
  for (const { date } of events) {
    if (!first || compareEventDates(date, first) < 0) first = date;
    const days = periodDays(date, zone);
    if (!last || periodEnd(date, zone) > periodEnd(last.date, zone)) last = { date, day: days.last };
    const day = dayKey(date, zone);
    if (day) {
      const counted = dayCounts.get(day);
      if (counted) counted.count++;
      else dayCounts.set(day, { count: 1, date });
      continue;
    }
    const kind = date.precision === 'year' ? 'year' : 'month';
    const key = kind === 'year' ? yearKey(date, zone) : monthKey(date, zone)!;
    const band = bandCounts.get(key) ?? { kind, count: 0, ...days, date };
    band.count++;
    bandCounts.set(key, band);
  }
  const firstDay = periodDays(first!, zone).first;
  const lastDay = last!.day;

  const unit = unitFor(firstDay, lastDay, zone, settings);
  const keys = binKeys(firstDay, lastDay, unit, zone);
  const slot = LAYOUT.plotWidth / keys.length;
  const barWidth = Math.min(LAYOUT.maxBarWidth, Math.max(1, slot - Math.min(2, slot * 0.2)));
  const plot = {
    left: LAYOUT.left,
    top: LAYOUT.top,
    width: LAYOUT.plotWidth,
    height: LAYOUT.plotHeight,
    bottom: LAYOUT.top + LAYOUT.plotHeight,
  };
  const xOf = (index: number) => plot.left + index * slot;
  const indexOf = new Map(keys.map((key, index) => [key, index]));
  const binIndex = (day: string) => indexOf.get(binKey(day, unit, zone))!;

  // Days in time order (day keys of years before Christ do not sort as text).
  const days = [...dayCounts].sort(([, a], [, b]) => compareEventDates(a.date, b.date));
  const binned = new Map<string, { count: number; firstDay: string }>();
  for (const [day, { count }] of days) {
    const key = binKey(day, unit, zone);
    const bin = binned.get(key);
    if (bin) bin.count += count;
    else binned.set(key, { count, firstDay: day });
  }
  const max = Math.max(1, ...[...binned.values()].map((bin) => bin.count));

  const bins = keys.map((key, index): ChartBin => {
    const bin = binned.get(key);
    const count = bin?.count ?? 0;
    const height = count === 0 ? 0 : Math.max(LAYOUT.minBarHeight, (count / max) * plot.height);
    const next = keys[index + 1];
    return {
      key,
      count,
      target: !bin ? null : unit === 'day' || unit === 'month' ? key : bin.firstDay,
      firstDay: bin?.firstDay ?? null,
      lastYear: unit === 'decade' || unit === 'century' ? lastYearOf(next, lastDay, zone) : key,
      x: round(xOf(index) + (slot - barWidth) / 2),
      width: round(barWidth),
      y: round(plot.bottom - height),
      height: round(height),
      centre: round(xOf(index) + slot / 2),
    };
  });

  // Bands, per row (month-only, then year-only), merged where they would share a bin.
  const rows: Array<'month' | 'year'> = (['month', 'year'] as const).filter((kind) =>
    [...bandCounts.values()].some((band) => band.kind === kind),
  );
  const bandTop = plot.bottom + LAYOUT.labels;
  const merged: Array<{
    kind: 'month' | 'year';
    key: string;
    lastKey: string;
    count: number;
    from: number;
    to: number;
  }> = [];
  for (const [key, band] of [...bandCounts].sort(([, a], [, b]) => compareEventDates(a.date, b.date))) {
    const from = binIndex(band.first);
    const to = binIndex(band.last);
    const previous = merged.findLast((other) => other.kind === band.kind);
    if (previous && from <= previous.to) {
      previous.count += band.count;
      previous.lastKey = key;
      previous.to = Math.max(previous.to, to);
    } else {
      merged.push({ kind: band.kind, key, lastKey: key, count: band.count, from, to });
    }
  }
  const bands = merged.map((band): ChartBand => {
    const span = (band.to - band.from + 1) * slot;
    const inset = span > 6 ? 1 : 0;
    const x = xOf(band.from) + inset;
    const width = Math.max(1, span - 2 * inset);
    return {
      kind: band.kind,
      key: band.key,
      lastKey: band.lastKey,
      count: band.count,
      target: `${band.key}-undated`,
      x: round(x),
      width: round(width),
      y: bandTop + rows.indexOf(band.kind) * (LAYOUT.bandHeight + LAYOUT.bandGap),
      height: LAYOUT.bandHeight,
      centre: round(x + width / 2),
      showCount: width >= String(band.count).length * LAYOUT.charWidth + 4,
    };
  });

  // Eras: clipped to the chart's span, in rows of their own where they overlap.
  const chartStart = toDateTime(first!, zone);
  const chartEnd = periodEnd(last!.date, zone);
  const eraTop = bandTop + rows.length * (LAYOUT.bandHeight + LAYOUT.bandGap);
  const eraSpans = [...(options.eras ?? [])]
    .filter((era) => periodEnd(era.end, zone) >= chartStart && toDateTime(era.start, zone) <= chartEnd)
    .sort((a, b) => compareEventDates(a.start, b.start))
    .map((era) => {
      const from = toDateTime(era.start, zone) < chartStart ? 0 : binIndex(periodDays(era.start, zone).first);
      const to = periodEnd(era.end, zone) > chartEnd ? keys.length - 1 : binIndex(periodDays(era.end, zone).last);
      return { era, from, to };
    });
  const eraRows = assignRows(eraSpans);
  const eras = eraSpans.map(({ era, from, to }, index): ChartEra => {
    const span = (to - from + 1) * slot;
    const inset = span > 6 ? 1 : 0;
    const width = Math.max(1, span - 2 * inset);
    return {
      id: era.id,
      name: era.name,
      x: round(xOf(from) + inset),
      width: round(width),
      y: eraTop + eraRows[index]! * (LAYOUT.eraHeight + LAYOUT.bandGap),
      height: LAYOUT.eraHeight,
      showName: width >= era.name.length * LAYOUT.charWidth + 8,
    };
  });
  const eraRowCount = eraRows.length > 0 ? Math.max(...eraRows) + 1 : 0;

  // Ticks at the start of each month (or year, decade, century), thinned so labels never touch.
  const tickKind: 'month' | 'year' = unit === 'day' || unit === 'week' ? 'month' : unit === 'month' ? 'month' : 'year';
  const tickKeys = tickKind === 'month' ? binKeys(firstDay, lastDay, 'month', zone) : keys;
  const label = options.tickLabel ?? ((key: string) => key);
  const widest = Math.max(...tickKeys.map((key) => label(key, tickKind).length)) * LAYOUT.charWidth + LAYOUT.labelGap;
  const step = Math.max(1, Math.ceil(widest / (LAYOUT.plotWidth / tickKeys.length)));
  const right = LAYOUT.left + LAYOUT.plotWidth + LAYOUT.right;
  const ticks = tickKeys
    .filter((_, index) => index % step === 0)
    .map((key, index): ChartTick => {
      // The first tick sits at the chart's start, which may be after the 1st of its month.
      const at = index === 0 ? 0 : tickKind === 'month' ? binIndex(`${key}-01`) : indexOf.get(key)!;
      return { key, kind: tickKind, x: round(xOf(at)) };
    })
    // The last label must end inside the drawing.
    .filter((tick) => tick.x + 3 + label(tick.key, tick.kind).length * LAYOUT.charWidth <= right);

  const undated = [...bandCounts.values()].reduce((sum, band) => sum + band.count, 0);
  return {
    unit,
    first: firstDay,
    last: lastDay,
    bins,
    bands,
    eras,
    max,
    dated: events.length - undated,
    undated,
    hasPeriods: events.some((event) => event.end !== undefined),
    ticks,
    dayLabels: unit === 'day' && slot >= 8,
    width: right,
    height: eraTop + eraRowCount * (LAYOUT.eraHeight + LAYOUT.bandGap),
    plot,
    labelY: plot.bottom + 14,
  };
}

/** The last year key of a decade or century bin: the year before the next bin's, or the chart's last year. */
function lastYearOf(next: string | undefined, lastDay: string, zone: string): string {
  return next === undefined ? binKey(lastDay, 'year', zone) : previousYearKey(next, zone);
}

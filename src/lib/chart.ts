/**
 * The overview chart at the top of the timeline: how many events fall in
 * each day (or week, or month when the timeline is long), as numbers and
 * bar geometry in SVG user units. Drawn at build time by
 * `components/OverviewChart.astro`; no script runs in the reader's browser.
 *
 * Events known only to their month or year are not put on a day: they are
 * counted apart, as a band spanning their month (or year) under the axis.
 * A period (an event with `end`) counts once, on its first day.
 */
import {
  binKey, binKeys, dayKey, daySpan, monthKey, periodDays, yearKey,
  type BinUnit, type EventDate,
} from './dates.ts';

export interface ChartOptions {
  /** Longest span, in days, still drawn per day; longer timelines are drawn per week. */
  maxDaysPerDay?: number;
  /** Longest span, in days, still drawn per week; longer timelines are drawn per month. */
  maxDaysPerWeek?: number;
}

export interface ChartBin {
  /** `2020-01-17` (day), the Monday `2020-01-13` (week) or `2020-01` (month). */
  key: string;
  count: number;
  /** Timeline anchor key the bar links to (a day or month heading), or null for an empty bin. */
  target: string | null;
  /** First day in the bin that has events (null for an empty bin). */
  firstDay: string | null;
  x: number;
  width: number;
  y: number;
  height: number;
  /** Centre of the bin, for labels. */
  centre: number;
}

export interface ChartBand {
  kind: 'month' | 'year';
  /** `2020-01` or `2020`. */
  key: string;
  count: number;
  /** Timeline anchor key of the "dag onbekend" / "maand onbekend" heading. */
  target: string;
  x: number;
  width: number;
  y: number;
  height: number;
  centre: number;
}

export interface ChartTick {
  /** Month key `2020-01` whose first day (or the chart's start) sits at `x`. */
  month: string;
  x: number;
}

export interface Chart {
  unit: BinUnit;
  /** First and last day covered (`yyyy-LL-dd`). */
  first: string;
  last: string;
  bins: ChartBin[];
  bands: ChartBand[];
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
  maxBarWidth: 48,
  minBarHeight: 3,
  minTickSpacing: 64,
};

const round = (value: number) => Math.round(value * 100) / 100;

interface ChartInput {
  date: EventDate;
  end?: EventDate | undefined;
}

/** The chart for events in any order; null when there are none. */
export function buildChart(events: readonly ChartInput[], zone: string, options: ChartOptions = {}): Chart | null {
  if (events.length === 0) return null;
  const { maxDaysPerDay = 120, maxDaysPerWeek = 730 } = options;

  let first = '';
  let last = '';
  const dayCounts = new Map<string, number>();
  const bandCounts = new Map<string, { kind: 'month' | 'year'; count: number; first: string; last: string }>();
  for (const { date } of events) {
    const days = periodDays(date, zone);
    if (!first || days.first < first) first = days.first;
    if (!last || days.last > last) last = days.last;
    const day = dayKey(date, zone);
    if (day) {
      dayCounts.set(day, (dayCounts.get(day) ?? 0) + 1);
      continue;
    }
    const kind = date.precision === 'year' ? 'year' : 'month';
    const key = kind === 'year' ? yearKey(date, zone) : monthKey(date, zone)!;
    const band = bandCounts.get(key) ?? { kind, count: 0, ...days };
    band.count++;
    bandCounts.set(key, band);
  }

  const span = daySpan(first, last, zone);
  const unit: BinUnit = span <= maxDaysPerDay ? 'day' : span <= maxDaysPerWeek ? 'week' : 'month';
  const keys = binKeys(first, last, unit, zone);
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

  const binned = new Map<string, { count: number; firstDay: string }>();
  for (const [day, count] of [...dayCounts].sort(([a], [b]) => (a < b ? -1 : 1))) {
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
    return {
      key,
      count,
      target: !bin ? null : unit === 'day' ? key : unit === 'week' ? bin.firstDay : key,
      firstDay: bin?.firstDay ?? null,
      x: round(xOf(index) + (slot - barWidth) / 2),
      width: round(barWidth),
      y: round(plot.bottom - height),
      height: round(height),
      centre: round(xOf(index) + slot / 2),
    };
  });

  const rows: Array<'month' | 'year'> = (['month', 'year'] as const).filter((kind) => [...bandCounts.values()].some((band) => band.kind === kind));
  const bandTop = plot.bottom + LAYOUT.labels;
  const bands = [...bandCounts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, band]): ChartBand => {
      const from = indexOf.get(binKey(band.first, unit, zone))!;
      const to = indexOf.get(binKey(band.last, unit, zone))!;
      const x = xOf(from) + 1;
      const width = (to - from + 1) * slot - 2;
      return {
        kind: band.kind,
        key,
        count: band.count,
        target: `${key}-undated`,
        x: round(x),
        width: round(width),
        y: bandTop + rows.indexOf(band.kind) * (LAYOUT.bandHeight + LAYOUT.bandGap),
        height: LAYOUT.bandHeight,
        centre: round(x + width / 2),
      };
    });

  // A tick at the start of each month (and at the chart's start), thinned so labels do not collide.
  const months = binKeys(first, last, 'month', zone);
  const monthStep = Math.max(1, Math.ceil(LAYOUT.minTickSpacing / (LAYOUT.plotWidth / months.length)));
  const ticks = months
    .filter((_, index) => index % monthStep === 0)
    .map((month, index): ChartTick => {
      const day = index === 0 && `${month}-01` < first ? first : `${month}-01`;
      return { month, x: round(xOf(indexOf.get(binKey(day, unit, zone))!)) };
    });

  const undated = [...bandCounts.values()].reduce((sum, band) => sum + band.count, 0);
  return {
    unit,
    first,
    last,
    bins,
    bands,
    max,
    dated: events.length - undated,
    undated,
    hasPeriods: events.some((event) => event.end !== undefined),
    ticks,
    dayLabels: unit === 'day' && slot >= 8,
    width: LAYOUT.left + LAYOUT.plotWidth + LAYOUT.right,
    height: bandTop + (rows.length > 0 ? rows.length * (LAYOUT.bandHeight + LAYOUT.bandGap) : 0),
    plot,
    labelY: plot.bottom + 14,
  };
}

/**
 * The overview chart's model: what buildChart (build.ts) returns, in SVG
 * user units, and the layout those units come from. The steps (count.ts,
 * bars.ts, bands.ts, eras.ts, ticks.ts) each fill in one part of it on the
 * same grid of bins.
 */
import type { EventDate } from '../../domain.ts';
import type { BinUnit } from './bins.ts';

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
export const LAYOUT = {
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

export const round = (value: number) => Math.round(value * 100) / 100;

/** What the chart needs of an event. */
export interface ChartInput {
  date: EventDate;
  end?: EventDate | undefined;
}

/** The bins of one chart: their keys in time order, where each starts, and which bin a day falls in. */
export interface Grid {
  unit: BinUnit;
  zone: string;
  keys: readonly string[];
  /** Width of one bin. */
  slot: number;
  plot: Chart['plot'];
  /** Left edge of the bin at `index`. */
  xOf(index: number): number;
  /** Index of a bin key. */
  indexOf: ReadonlyMap<string, number>;
  /** Index of the bin a day key falls in. */
  binIndex(day: string): number;
}
